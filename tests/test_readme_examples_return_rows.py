"""Every example query of the README and of the data dictionary answers something
on the development corpus, loaded as the README shows."""

import re

import duckdb
import pytest

from conftest import REPO

from pipeline.load.export import export_parquet, export_parquet_partitioned

EXAMPLE_SOURCES = ("README.md", "docs/data-dictionary.md")


def examples():
    for name in EXAMPLE_SOURCES:
        text = (REPO / name).read_text(encoding="utf-8")
        for sql in re.findall(r"```sql\n(.*?)\n```", text, re.S):
            yield pytest.param(sql, id=f"{name}: {sql[:60]}")


EXAMPLES = list(examples())


def test_the_readme_and_the_dictionary_have_examples():
    assert len(EXAMPLES) >= 12


@pytest.fixture(scope="module")
def exported(dev_db, tmp_path_factory):
    """The development corpus exported as the README's export examples read it (their DIR)."""
    out = tmp_path_factory.mktemp("export")
    export_parquet(dev_db, out)
    export_parquet_partitioned(dev_db, out / "partitioned")
    return out


@pytest.mark.parametrize("sql", EXAMPLES)
def test_example_query_returns_rows(dev_db, sql, request):
    if "'DIR/" in sql:
        sql = sql.replace("'DIR/", f"'{request.getfixturevalue('exported')}/")
    with duckdb.connect(str(dev_db), read_only=True) as con:
        rows = con.execute(sql).fetchall()
    assert rows, f"no rows on the development corpus: {sql}"
