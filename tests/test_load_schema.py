import duckdb
import pytest
from sample_extraction import soc_trang_extraction

from pipeline.load import TABLE_MODELS, connect, create_schema, load_extraction
from schemas import Document, Run, Target


def column_types(con, table: str) -> dict[str, tuple[str, bool]]:
    found = con.execute(
        "SELECT column_name, data_type, is_nullable FROM duckdb_columns() WHERE table_name = ?", [table]
    ).fetchall()
    return {name: (data_type, nullable) for name, data_type, nullable in found}


@pytest.fixture
def con():
    con = duckdb.connect(":memory:")
    create_schema(con)
    yield con
    con.close()


def test_column_types_follow_the_python_types(con):
    targets = column_types(con, Target.table)
    assert targets["value"] == ("DECIMAL(38,6)", False)
    assert targets["value_max"] == ("DECIMAL(38,6)", True)
    assert targets["comparator"] == ("VARCHAR", False)  # an enum
    assert targets["strict"] == ("BOOLEAN", False)
    assert targets["deadline_year"] == ("BIGINT", True)
    documents = column_types(con, Document.table)
    assert documents["issue_date"] == ("DATE", True)
    assert documents["ocr_pages"] == ("BIGINT[]", False)
    runs = column_types(con, Run.table)
    assert runs["started_at"] == ("TIMESTAMP", False)
    assert runs["params"] == ("MAP(VARCHAR, VARCHAR)", False)
    assert column_types(con, "agencies")["tasks"] == ("VARCHAR[]", False)
    assert column_types(con, "fetch_log")["elapsed_ms"] == ("DOUBLE", True)


def test_every_table_has_its_key_as_primary_key(con):
    keys = dict(con.execute(
        "SELECT table_name, constraint_column_names[1] FROM duckdb_constraints() WHERE constraint_type = 'PRIMARY KEY'"
    ).fetchall())
    assert keys == {m.table: m.key for m in TABLE_MODELS}


def test_creating_the_schema_again_keeps_the_data(tmp_path):
    path = tmp_path / "vnplans.duckdb"
    con = connect(path)
    load_extraction(con, soc_trang_extraction())
    con.close()
    con = connect(path)
    assert con.execute("SELECT count(*) FROM targets").fetchone() == (3,)


def test_a_column_added_to_a_model_is_added_to_an_older_database(con):
    con.execute("ALTER TABLE targets DROP COLUMN baseline_year")
    create_schema(con)
    assert "baseline_year" in column_types(con, "targets")
    load_extraction(con, soc_trang_extraction())
