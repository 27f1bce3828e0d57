"""`vnplans ingest` twice with nothing new: the second run processes nothing
and leaves every document and extracted row as it was."""

import duckdb

from pipeline.executors import ExecutorSettings
from pipeline.orchestrate import PipelineSettings, ingest_pipeline
from pipeline.settings import DEFAULT_MANIFEST

DATA_TABLES = ("documents", "pages", "goals", "targets", "agencies", "tasks", "target_agencies", "blobs",
               "document_sources")


def snapshot(db):
    con = duckdb.connect(str(db), read_only=True)
    try:
        return {table: con.execute(f"SELECT * FROM {table} ORDER BY ALL").fetchall() for table in DATA_TABLES}
    finally:
        con.close()


def test_second_ingest_changes_no_rows(tmp_path):
    settings = PipelineSettings(executor=ExecutorSettings(workers=1))
    first = ingest_pipeline(DEFAULT_MANIFEST, tmp_path / "db.duckdb", tmp_path / "data", settings)
    assert first.failures == [] and first.run.documents == 2
    before = snapshot(tmp_path / "db.duckdb")

    second = ingest_pipeline(DEFAULT_MANIFEST, tmp_path / "db.duckdb", tmp_path / "data", settings)
    assert second.failures == [] and second.run.documents == 0
    assert snapshot(tmp_path / "db.duckdb") == before
