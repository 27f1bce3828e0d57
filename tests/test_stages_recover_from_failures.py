"""The stage drivers recover: a parse that failed once and reads now reaches the
database, a killed run's leftovers do not break the next run, and two runs on
one data directory do not overlap."""

import duckdb
import pytest

import pipeline.stages as stages
from pipeline.executors import ExecutorSettings
from pipeline.orchestrate import PipelineSettings, run_pipeline
from pipeline.settings import DEFAULT_MANIFEST
from pipeline.fetch.store import AlreadyRunning, data_dir_lock

IN_PROCESS = PipelineSettings(executor=ExecutorSettings(workers=1))


def statuses(db):
    con = duckdb.connect(str(db), read_only=True)
    try:
        return sorted(row[0] for row in con.execute("SELECT status FROM documents").fetchall())
    finally:
        con.close()


def test_a_document_that_failed_once_and_reads_now_is_reloaded(tmp_path, monkeypatch):
    real_parse = stages.parse_blob

    def failing_parse(blob, raw, settings):
        parsed = real_parse(blob, raw, settings)
        return parsed.model_copy(update={"status": "error", "error": "raw file not readable: transient", "text": ""})

    monkeypatch.setattr(stages, "parse_blob", failing_parse)
    first = run_pipeline(DEFAULT_MANIFEST, tmp_path / "db.duckdb", tmp_path / "data", IN_PROCESS)
    assert statuses(tmp_path / "db.duckdb") == ["error", "error"] and len(first.failures) == 2

    monkeypatch.setattr(stages, "parse_blob", real_parse)
    second = run_pipeline(DEFAULT_MANIFEST, tmp_path / "db.duckdb", tmp_path / "data", IN_PROCESS)
    assert second.failures == []
    assert statuses(tmp_path / "db.duckdb") == ["ok", "ok"]
    assert second.run.targets == 7


def test_leftovers_of_a_killed_run_are_ignored_and_removed(tmp_path):
    run_pipeline(DEFAULT_MANIFEST, tmp_path / "db.duckdb", tmp_path / "data", IN_PROCESS)
    leftovers = [tmp_path / "data" / "parsed" / ".doc_x.json.123.tmp", tmp_path / "data" / "extracted" / ".doc_y.json.9.tmp"]
    for path in leftovers:
        path.write_text('{"stamp": "0", "par', encoding="utf-8")  # cut short by kill -9
    again = run_pipeline(DEFAULT_MANIFEST, tmp_path / "db.duckdb", tmp_path / "data", IN_PROCESS)
    assert again.failures == [] and statuses(tmp_path / "db.duckdb") == ["ok", "ok"]
    assert not any(path.exists() for path in leftovers)


def test_a_second_run_on_a_busy_data_directory_is_refused(tmp_path):
    with data_dir_lock(tmp_path / "data"):
        with pytest.raises(AlreadyRunning):
            run_pipeline(DEFAULT_MANIFEST, tmp_path / "db.duckdb", tmp_path / "data", IN_PROCESS)


def test_an_unreadable_extraction_is_recorded_and_the_others_load(tmp_path):
    from pipeline.stages import load_stage

    run_pipeline(DEFAULT_MANIFEST, tmp_path / "db.duckdb", tmp_path / "data", IN_PROCESS)
    broken = sorted((tmp_path / "data" / "extracted").glob("*.json"))[0]
    broken.write_text('{"stamp": "changed", "extraction": {"document": ', encoding="utf-8")  # damaged on disk
    (tmp_path / "data" / "extracted" / "doc_new.json").write_text("{}", encoding="utf-8")

    report = load_stage(tmp_path / "data", tmp_path / "db.duckdb", run_id="run_x")
    assert {what for what, _ in report.failed} == {broken.stem, "doc_new"}
    con = duckdb.connect(str(tmp_path / "db.duckdb"), read_only=True)
    try:
        recorded = con.execute("SELECT document_id, reason FROM errors WHERE stage = 'load' AND run_id = 'run_x'").fetchall()
    finally:
        con.close()
    assert {doc for doc, _ in recorded} == {broken.stem, "doc_new"}
    assert all(reason.startswith("unreadable ") for _, reason in recorded)
    assert statuses(tmp_path / "db.duckdb") == ["ok", "ok"]  # the earlier rows of both documents stay
