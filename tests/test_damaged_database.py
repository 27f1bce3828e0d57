"""A damaged database (a file cut short, as by a full disk or a copy that
stopped) ends a command with one line naming it and saying how to rebuild it,
and its own exit status, not a traceback; `--rebuild` sets the damaged file
aside as <name>.damaged-<time> and rebuilds the database from the data
directory, with the same documents and rows as before."""

from __future__ import annotations

import os

import pytest
from cli_run import one_line, vnplans

from pipeline.cli import ExitStatus

DOCUMENT = "bn_kh141_canbo_2025.md"
CUT_AT = 16 * 1024  # past the file headers, short of the tables' blocks
ROWS = "SELECT * FROM {table} ORDER BY ALL"


@pytest.fixture
def damaged(tmp_path, shared_docs):
    """A run's data directory and database, the database then cut short; with what it held."""
    manifest = tmp_path / "sources.yaml"
    manifest.write_text(f"sources:\n  - id: bn-kh141\n    province: Bắc Ninh\n    path: {shared_docs / DOCUMENT}\n", encoding="utf-8")
    data, db = tmp_path / "data", tmp_path / "data" / "vnplans.duckdb"
    options = ("--sources", manifest, "--allow-root", shared_docs, "--data-dir", data, "--db", db, "--workers", "1")
    assert vnplans("run", *options).returncode == 0
    held = {table: _rows(db, table) for table in ("documents", "goals", "targets", "agencies", "tasks")}
    assert held["targets"]
    os.truncate(db, CUT_AT)
    return options, db, held


def _rows(db, table):
    result = vnplans("query", ROWS.format(table=table), "--db", db, "--format", "csv")
    assert result.returncode == 0, result.stderr
    return result.stdout


@pytest.mark.parametrize("command", ["run", "ingest"])
def test_a_damaged_database_is_named_with_how_to_rebuild_it(damaged, command):
    options, db, _ = damaged
    result = vnplans(command, *options)
    assert result.returncode == ExitStatus.DATABASE_DAMAGED
    message = one_line(result.stderr)
    assert f"the database {db} is damaged" in message and "--rebuild" in message


def test_a_query_on_a_damaged_database_says_so(damaged):
    _, db, _ = damaged
    result = vnplans("query", "SELECT count(*) FROM targets", "--db", db)
    assert result.returncode == ExitStatus.DATABASE_DAMAGED
    assert f"the database {db} is damaged" in one_line(result.stderr)


@pytest.mark.parametrize("command", ["run", "ingest"])
def test_rebuild_sets_the_damaged_file_aside_and_brings_every_row_back(damaged, command):
    options, db, held = damaged
    damaged_bytes = db.read_bytes()
    result = vnplans(command, *options, "--rebuild")
    assert result.returncode == ExitStatus.OK, result.stderr
    [aside] = db.parent.glob(f"{db.name}.damaged-*")
    assert aside.read_bytes() == damaged_bytes and str(aside) in result.stderr
    assert {table: _rows(db, table) for table in held} == held
