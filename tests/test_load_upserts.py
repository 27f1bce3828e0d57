from datetime import timedelta

from sample_extraction import NOW, SHA, soc_trang_extraction

from pipeline.load.write import counts, load_extraction, record_errors, record_fetch, record_run
from schemas import ErrorRecord, FetchedBlob, FetchLogEntry, Run


BLOB = FetchedBlob(sha256=SHA, source_id="soctrang-110-kh-ubnd", province="Sóc Trăng",
                   url="https://www.soctrang.gov.vn/van-ban/110-KH-UBND.pdf", media_type="pdf",
                   size=482_113, path=f"raw/{SHA[:2]}/{SHA}", fetched_at=NOW)
REQUEST = FetchLogEntry(request_id="req_1", run_id="run_1", source_id=BLOB.source_id, url=BLOB.url,
                        status=200, sha256=SHA, bytes=482_113, elapsed_ms=812.5, requested_at=NOW)
NOT_FOUND = ErrorRecord(error_id="err_1", run_id="run_1", stage="fetch", source_id="hau-giang-kh",
                        url="https://haugiang.gov.vn/kh.pdf", reason="HTTP 404", at=NOW)


def test_record_run_writes_then_updates_the_run(con):
    run = Run(run_id="run_1", command="vnplans run", started_at=NOW, extractor_version="0.1.0",
              params={"ocr": "tesseract", "workers": "2"})
    record_run(con, run)
    record_run(con, run.model_copy(update={"finished_at": NOW + timedelta(minutes=3), "documents": 12,
                                           "documents_ok": 11, "targets": 340}))

    assert con.execute("SELECT documents, targets, finished_at IS NOT NULL, params['workers'] FROM runs").fetchall() == [
        (12, 340, True, "2")]


def test_fetch_records_are_upserted_by_key(con):
    for _ in range(2):
        # the last of a repeated key wins
        record_fetch(con, [BLOB], [REQUEST, REQUEST.model_copy(update={"status": 304})], [NOT_FOUND])
    record_errors(con, [NOT_FOUND])
    assert con.execute("SELECT count(*), any_value(etag) FROM blobs").fetchone() == (1, None)
    assert con.execute("SELECT count(*), any_value(status) FROM fetch_log").fetchone() == (1, 304)
    assert con.execute("SELECT count(*) FROM errors").fetchone() == (1,)

    record_fetch(con, [BLOB.model_copy(update={"etag": '"abc"'})], [])
    assert con.execute("SELECT count(*), any_value(etag) FROM blobs").fetchone() == (1, '"abc"')


def test_counts_sums_the_documents_of_the_given_blobs(con):
    load_extraction(con, soc_trang_extraction())
    other = soc_trang_extraction("doc_other")
    load_extraction(con, other.model_copy(update={"document": other.document.model_copy(
        update={"sha256": "ab" * 32, "status": "needs_ocr"})}))

    assert counts(con, [SHA]) == {"documents": 1, "documents_ok": 1, "documents_failed": 0,
                                  "documents_needs_ocr": 0, "documents_needs_conversion": 0, "goals": 2, "targets": 3, "agencies": 2, "tasks": 1}
    assert counts(con, [SHA, "ab" * 32])["documents_needs_ocr"] == 1
    assert counts(con, [])["documents"] == 0
