"""A scheduled `vnplans ingest` with nothing new to fetch still applies an
extractor (or parser) upgrade to the documents it already has: what it counts as
processed holds only for the processing stamp it was processed under."""

import duckdb

from pipeline import stages
from pipeline.executors import ExecutorSettings
from pipeline.orchestrate import PipelineSettings, ingest_pipeline
from pipeline.settings import DEFAULT_MANIFEST


def content_stamps(db):
    con = duckdb.connect(str(db), read_only=True)
    try:
        return dict(con.execute("SELECT document_id, content_stamp FROM documents").fetchall())
    finally:
        con.close()


def test_ingest_reprocesses_stored_documents_after_an_upgrade(tmp_path, monkeypatch):
    settings = PipelineSettings(executor=ExecutorSettings(workers=1))
    db, data = tmp_path / "db.duckdb", tmp_path / "data"
    first = ingest_pipeline(DEFAULT_MANIFEST, db, data, settings)
    assert first.failures == [] and first.run.documents == 2
    before = content_stamps(db)

    monkeypatch.setattr(stages, "EXTRACTOR_VERSION", stages.EXTRACTOR_VERSION + "-upgraded")
    upgraded = ingest_pipeline(DEFAULT_MANIFEST, db, data, settings)
    assert upgraded.failures == [] and upgraded.run.documents == 2
    after = content_stamps(db)
    assert after.keys() == before.keys()
    assert all(after[doc] != before[doc] for doc in before)  # re-extracted and reloaded

    again = ingest_pipeline(DEFAULT_MANIFEST, db, data, settings)
    assert again.run.documents == 0 and content_stamps(db) == after
