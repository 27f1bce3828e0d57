"""`vnplans run` on the embedded corpus: the seeds come out right, and a re-run
replaces rows instead of duplicating them."""

from decimal import Decimal

import duckdb
import pytest

from pipeline.executors import ExecutorSettings
from pipeline.orchestrate import PipelineSettings, run_pipeline
from pipeline.settings import DEFAULT_MANIFEST

TABLES = ("documents", "pages", "goals", "targets", "agencies", "tasks", "target_agencies")


@pytest.fixture(scope="module")
def embedded_run(tmp_path_factory):
    work = tmp_path_factory.mktemp("run")
    settings = PipelineSettings(executor=ExecutorSettings(workers=1))
    first = run_pipeline(DEFAULT_MANIFEST, work / "db.duckdb", work / "data", settings)
    return work, settings, first


def rows(db, sql):
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def test_every_seed_document_loads_ok(embedded_run):
    work, _, summary = embedded_run
    assert summary.failures == []
    assert summary.run.documents == 2 and summary.run.documents_ok == 2
    statuses = rows(work / "db.duckdb", "SELECT status, count(*) FROM documents GROUP BY status")
    assert statuses == [("ok", 2)]


def test_seed_000_targets(embedded_run):
    work, _, _ = embedded_run
    targets = rows(
        work / "db.duckdb",
        "SELECT value, value_max, unit, comparator, deadline_year FROM targets t "
        "JOIN documents d USING (document_id) WHERE d.number = '110/KH-UBND' ORDER BY char_start",
    )
    assert (Decimal(250), None, "đơn vị", ">=", 2025) in targets
    assert (Decimal(10), Decimal(12), "%/năm", "range", 2030) in targets
    assert any(t[:2] == (Decimal(1), Decimal(2)) and t[2].startswith("sáng chế") and t[3:] == ("range", 2030) for t in targets)
    assert len(targets) == 7


def test_seed_000_metadata(embedded_run):
    work, _, _ = embedded_run
    (doc,) = rows(
        work / "db.duckdb",
        "SELECT number, province, province_current, issue_date::VARCHAR FROM documents WHERE number = '110/KH-UBND'",
    )
    assert doc == ("110/KH-UBND", "Sóc Trăng", "Cần Thơ", "2021-07-13")


def test_rerun_does_not_duplicate_rows(embedded_run):
    work, settings, _ = embedded_run
    before = {t: rows(work / "db.duckdb", f"SELECT count(*) FROM {t}")[0][0] for t in TABLES}
    again = run_pipeline(DEFAULT_MANIFEST, work / "db.duckdb", work / "data", settings)
    after = {t: rows(work / "db.duckdb", f"SELECT count(*) FROM {t}")[0][0] for t in TABLES}
    assert after == before
    assert again.failures == []
    assert rows(work / "db.duckdb", "SELECT count(*) FROM runs")[0][0] == 2
