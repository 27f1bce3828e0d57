"""Incremental ingestion: only new or changed documents reach processing, and
whatever failed (fetch or processing) is tried again on the next run."""

from __future__ import annotations

from pathlib import Path

import pytest
from portal_server import Portal, Resource, ingest_manifest, minimal_pdf

from pipeline.fetch.stage import FetchOutcome
from pipeline.fetch.http_client import FetchSettings
from pipeline.fetch.incremental import INGEST_LOG, STATE_FILE, ingest
from schemas.ids import document_id_for
from schemas.records import FetchedBlob

FAST = FetchSettings(timeout_s=1.5, connect_timeout_s=1.5, attempts=2, backoff_initial_s=0.01,
                     backoff_max_s=0.02, min_interval_s=0.05, max_bytes=200_000)
ALL_DOCUMENTS = {
    "/tin-tuc/kh-110.html", "/tin-tuc/ket-qua.html", "/files/KH_110_UBND.pdf", "/files/phu-luc.pdf",
    "/files/loi-500.pdf", "local.txt",
}


class Recorder:
    """A stand-in for parse → extract → load: remembers what it was given."""

    def __init__(self, portal: Portal):
        self.portal = portal
        self.calls: list[set[str]] = []
        self.fail: dict[str, str] = {}  # short url -> reason
        self.raise_error = False
        self.shape = "pairs"  # how failures are returned: pairs, mapping or ids

    def __call__(self, blobs: list[FetchedBlob], fetch: FetchOutcome, db_path: Path):
        assert db_path.name == "vnplans.duckdb" and isinstance(fetch, FetchOutcome)
        self.calls.append({self.short(blob.url) for blob in blobs})
        if self.raise_error:
            raise RuntimeError("database is on fire")
        failed = [b for b in blobs if self.short(b.url) in self.fail]
        if self.shape == "ids":
            return [b.sha256 for b in failed]
        pairs = [(document_id_for(b.sha256), self.fail[self.short(b.url)]) for b in failed]
        if self.shape == "mapping":
            return dict(pairs)
        return [("soctrang-news", "some fetch failure, not a document")] + pairs  # like RunSummary.failures

    def short(self, url: str) -> str:
        return url.removeprefix(self.portal.base_url)


@pytest.fixture
def setup(portal: Portal, tmp_path: Path):
    manifest = ingest_manifest(portal, tmp_path)
    recorder = Recorder(portal)

    def run(**kwargs):
        return ingest(manifest, tmp_path / "vnplans.duckdb", tmp_path / "data", FAST,
                      process_documents=recorder, **kwargs)

    return portal, tmp_path / "data", recorder, run


def snapshot(data: Path) -> dict[str, bytes]:
    """Everything in the data dir except the logs, which every run appends to."""
    return {str(p.relative_to(data)): p.read_bytes() for p in data.rglob("*")
            if p.is_file() and "logs" not in p.parts and p.name != ".vnplans.lock"}


def test_first_run_processes_everything_and_second_run_nothing(setup):
    portal, data, recorder, run = setup
    first = run(run_id="run_a")
    assert recorder.calls == [ALL_DOCUMENTS]
    assert first.exit_code == 0 and first.failures == [] and first.run_id == "run_a"
    assert len(first.fetch.fetched) == 6 and first.retried == []
    assert (data / STATE_FILE).is_file()
    before = snapshot(data)
    requests_before = len(portal.paths())

    second = run()  # a handful of 304s, no processing

    assert recorder.calls == [ALL_DOCUMENTS]  # not called again
    assert second.exit_code == 0 and second.processed == [] and second.fetch.fetched == []
    assert len(second.fetch.unchanged) == 6
    assert snapshot(data) == before
    with portal.lock:
        statuses = {r.path: r.status for r in portal.requests[requests_before:]}
    assert statuses.pop("/robots.txt") == 200
    assert set(statuses.values()) == {304}  # every document and listing page asked conditionally
    assert len((data / INGEST_LOG).read_text().splitlines()) == 2


def test_only_changed_documents_are_processed(setup):
    portal, data, recorder, run = setup
    run()
    portal.set_page("/tin-tuc/ket-qua.html", portal.resources["/tin-tuc/ket-qua.html"].body.replace(
        b"</body>", b"<a href='/files/KH_110_UBND.pdf'>KH_110_UBND.pdf</a></body>"))
    (data.parent / "local.txt").write_text("Mục tiêu đến năm 2030: 95% xã đạt chuẩn.", encoding="utf-8")

    report = run()

    assert recorder.calls[1] == {"/tin-tuc/ket-qua.html", "local.txt"}
    assert report.exit_code == 0 and report.retried == []


@pytest.mark.parametrize("shape", ["pairs", "mapping", "ids"])
def test_processing_failures_are_retried_next_run(setup, shape):
    portal, data, recorder, run = setup
    recorder.fail, recorder.shape = {"/files/KH_110_UBND.pdf": "parse: broken xref"}, shape
    reason = "processing failed" if shape == "ids" else "parse: broken xref"
    first = run()
    assert first.exit_code == 1
    assert [r for _, r in first.failures] == [reason]
    assert reason in (data / STATE_FILE).read_text()

    recorder.fail = {}
    second = run()
    assert recorder.calls[1] == {"/files/KH_110_UBND.pdf"}  # unchanged on the portal, yet retried
    assert [recorder.short(b.url) for b in second.retried] == ["/files/KH_110_UBND.pdf"]
    assert second.exit_code == 0 and reason not in (data / STATE_FILE).read_text()

    run()
    assert len(recorder.calls) == 2


def test_an_exception_in_processing_leaves_everything_to_the_next_run(setup):
    portal, data, recorder, run = setup
    recorder.raise_error = True
    with pytest.raises(RuntimeError, match="on fire"):
        run()
    assert not (data / STATE_FILE).exists()
    recorder.raise_error = False
    report = run()
    assert recorder.calls[1] == ALL_DOCUMENTS and len(report.retried) == 6


def test_fetch_failures_are_retried_next_run(setup):
    portal, data, recorder, run = setup
    portal.failures_left["/files/loi-500.pdf"] = 1000  # the server is down for that file all day
    first = run()
    assert first.exit_code == 1
    assert [(what.removeprefix(portal.base_url), reason) for what, reason in first.failures] == [
        ("/files/loi-500.pdf", "HTTP 500 (gave up after 2 attempts)")
    ]
    assert recorder.calls == [ALL_DOCUMENTS - {"/files/loi-500.pdf"}]

    portal.failures_left["/files/loi-500.pdf"] = 0
    second = run()
    assert second.exit_code == 0
    assert recorder.calls[1] == {"/files/loi-500.pdf"}
    assert second.recovered == [portal.url("/files/loi-500.pdf")]


def test_a_new_attachment_is_processed_with_its_page(setup):
    portal, data, recorder, run = setup
    run()
    portal.set_page("/tin-tuc/kh-110.html", portal.resources["/tin-tuc/kh-110.html"].body.replace(
        b"</body>", "<a href='/files/phu-luc-2.pdf'>Phụ lục 2</a></body>".encode()))
    portal.resources["/files/phu-luc-2.pdf"] = Resource(minimal_pdf("Phu luc 2"), "application/pdf")
    run()
    assert recorder.calls[1] == {"/tin-tuc/kh-110.html", "/files/phu-luc-2.pdf"}
