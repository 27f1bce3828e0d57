from datetime import timedelta

import duckdb
import pytest
from sample_extraction import NOW, SHA

from pipeline.load import create_schema, record_run, upsert_blobs, upsert_errors, upsert_fetch_log
from schemas import ErrorRecord, FetchedBlob, FetchLogEntry, Run


@pytest.fixture
def con():
    con = duckdb.connect(":memory:")
    create_schema(con)
    yield con
    con.close()


def test_record_run_writes_then_updates_the_run(con):
    run = Run(run_id="run_1", command="vnplans run", started_at=NOW, extractor_version="0.1.0",
              params={"ocr": "tesseract", "workers": "2"})
    record_run(con, run)
    record_run(con, run.model_copy(update={"finished_at": NOW + timedelta(minutes=3), "documents": 12,
                                           "documents_ok": 11, "targets": 340}))

    assert con.execute("SELECT documents, targets, finished_at IS NOT NULL, params['workers'] FROM runs").fetchall() == [
        (12, 340, True, "2")]


def test_blobs_fetch_log_and_errors_are_upserted_by_key(con):
    blob = FetchedBlob(sha256=SHA, source_id="soctrang-110-kh-ubnd", province="Sóc Trăng",
                       url="https://www.soctrang.gov.vn/van-ban/110-KH-UBND.pdf", media_type="pdf",
                       size=482_113, path=f"raw/{SHA[:2]}/{SHA}", fetched_at=NOW)
    entry = FetchLogEntry(request_id="req_1", run_id="run_1", source_id=blob.source_id, url=blob.url,
                          status=200, sha256=SHA, bytes=482_113, elapsed_ms=812.5, requested_at=NOW)
    error = ErrorRecord(error_id="err_1", run_id="run_1", stage="fetch", source_id="hau-giang-kh",
                        url="https://haugiang.gov.vn/kh.pdf", reason="HTTP 404", at=NOW)
    for _ in range(2):
        upsert_blobs(con, [blob])
        upsert_fetch_log(con, [entry, entry.model_copy(update={"status": 304})])  # last of a repeated key wins
        upsert_errors(con, [error])

    assert con.execute("SELECT count(*), any_value(etag) FROM blobs").fetchone() == (1, None)
    upsert_blobs(con, [blob.model_copy(update={"etag": '"abc"'})])
    assert con.execute("SELECT count(*), any_value(etag) FROM blobs").fetchone() == (1, '"abc"')
    assert con.execute("SELECT count(*), any_value(status) FROM fetch_log").fetchone() == (1, 304)
    assert con.execute("SELECT count(*) FROM errors").fetchone() == (1,)
