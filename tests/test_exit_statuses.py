"""Each way a command can end has its own exit status, documented for
operators: a bad query is not a missing database, a missing manifest or
params file is a configuration error, and none of them is "some document
failed" (1)."""

from __future__ import annotations

import re

import pytest
from cli_run import one_line, vnplans

from pipeline.cli import ExitStatus
from pipeline.load.schema import connect


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "vnplans.duckdb"
    connect(path).close()
    return path


@pytest.mark.parametrize("sql", ["SELEC 1", "SELECT * FROM no_such_table", "DELETE FROM targets"])
def test_a_bad_query_is_its_own_status(db, sql):
    result = vnplans("query", sql, "--db", db)
    assert result.returncode == ExitStatus.QUERY_FAILED, result.stderr


@pytest.mark.parametrize("args", [
    ("query", "SELECT 1"),
    ("export", "--parquet", "out"),
])
def test_a_missing_database_is_a_configuration_error(tmp_path, args):
    result = vnplans(*args, "--db", tmp_path / "nope.duckdb", cwd=tmp_path)
    assert result.returncode == ExitStatus.CONFIG
    assert "nope.duckdb" in one_line(result.stderr)


@pytest.mark.parametrize("args", [
    ("run", "--data-dir", "data"),
    ("ingest", "--data-dir", "data"),
    ("stage", "fetch", "--data-dir", "data"),
    ("stage", "extract", "--data-dir", "data"),
])
def test_a_missing_manifest_is_a_configuration_error(tmp_path, args):
    result = vnplans(*args, "--sources", tmp_path / "nope.yaml", cwd=tmp_path)
    assert result.returncode == ExitStatus.CONFIG
    assert "nope.yaml" in one_line(result.stderr)


def test_the_statuses_are_distinct_and_documented_for_operators(repo_root):
    assert len({int(status) for status in ExitStatus}) == len(ExitStatus.__members__)
    for doc in ("README.md", "docs/scheduling.md"):
        table = dict(re.findall(r"^\| `?(\d+)`? \| (.+) \|$", (repo_root / doc).read_text(encoding="utf-8"), re.M))
        assert set(map(int, table)) == {int(status) for status in ExitStatus}, doc
