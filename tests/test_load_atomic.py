import duckdb
import pytest
from sample_extraction import DOCUMENT_ID, soc_trang_extraction

from pipeline.load import write
from pipeline.load.columns import PER_DOCUMENT_MODELS
from pipeline.load.write import load_extraction, load_extractions


def snapshot(con) -> dict[str, list[tuple]]:
    return {m.table: con.execute(f"SELECT * FROM {m.table} ORDER BY ALL").fetchall() for m in PER_DOCUMENT_MODELS}


def test_a_key_collision_mid_load_leaves_the_previous_rows(con):
    load_extraction(con, soc_trang_extraction())
    before = snapshot(con)
    reloaded = soc_trang_extraction()
    # Another document already holds the task id: the insert into tasks fails after
    # documents, pages, goals, targets and agencies were replaced in the transaction.
    con.execute("UPDATE tasks SET document_id = 'doc_other'")
    before["tasks"] = con.execute("SELECT * FROM tasks ORDER BY ALL").fetchall()

    with pytest.raises(duckdb.ConstraintException):
        load_extraction(con, reloaded)

    assert snapshot(con) == before


def test_an_exception_mid_load_leaves_the_previous_rows(con, monkeypatch):
    load_extraction(con, soc_trang_extraction())
    before = snapshot(con)
    real_insert = write._insert

    def failing_insert(con, model, records, verb):
        if model.table == "targets":
            raise RuntimeError("disk full")
        real_insert(con, model, records, verb)

    monkeypatch.setattr(write, "_insert", failing_insert)
    with pytest.raises(RuntimeError, match="disk full"):
        load_extraction(con, soc_trang_extraction())

    assert snapshot(con) == before
    monkeypatch.undo()
    load_extraction(con, soc_trang_extraction())  # the connection is usable again
    assert snapshot(con) == before


def test_load_extractions_records_a_failing_document_and_loads_the_rest(con):
    good = soc_trang_extraction("doc_good")
    bad = soc_trang_extraction()
    bad = bad.model_copy(update={"targets": bad.targets + [bad.targets[0].model_copy(update={"unit": "%"})]})

    report = load_extractions(con, [bad, good], run_id="run_1")

    assert report.documents == 1 and report.rows["targets"] == 3
    assert [e.document_id for e in report.errors] == [DOCUMENT_ID]
    stored = con.execute("SELECT run_id, stage, document_id, reason FROM errors").fetchall()
    assert stored == [("run_1", "load", DOCUMENT_ID, report.errors[0].reason)]
    assert "two different records share target_id" in report.errors[0].reason
    assert con.execute("SELECT DISTINCT document_id FROM targets").fetchall() == [("doc_good",)]
