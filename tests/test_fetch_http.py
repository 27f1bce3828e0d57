"""Fetch stage against a real HTTP server that behaves like a provincial portal."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Iterator

import pytest
from portal_server import (
    CP1258_TEXT, LAST_MODIFIED, Portal, Resource, build_portal, minimal_pdf, portal_manifest, serve,
)

from pipeline.fetch.stage import FetchOutcome, extract_links, fetch_sources
from pipeline.fetch.http_client import FetchSettings, HttpClient, decode_text
from pipeline.fetch.store import BlobStore, sha256_of

FAST = FetchSettings(
    timeout_s=1.5,  # generous: a busy 2-core CI machine must not turn a normal reply into a retry
    connect_timeout_s=1.5,
    total_timeout_s=6.0,
    attempts=3,
    backoff_initial_s=0.01,
    backoff_max_s=0.05,
    max_retry_after_s=2.0,
    min_interval_s=0.05,
    max_bytes=200_000,
)


def short(outcome_urls, portal: Portal) -> set[str]:
    return {url.removeprefix(portal.base_url) for url in outcome_urls}


@pytest.fixture(scope="module")
def first_run(tmp_path_factory) -> Iterator[tuple[Portal, Path, Path, FetchOutcome]]:
    """One crawl of a fresh portal, shared by the tests that only look at it."""
    yield from _crawled(tmp_path_factory.mktemp("portal"))


@pytest.fixture
def own_run(tmp_path: Path) -> Iterator[tuple[Portal, Path, Path, FetchOutcome]]:
    """A crawl of its own, for tests that change the portal."""
    yield from _crawled(tmp_path)


def _crawled(directory: Path) -> Iterator[tuple[Portal, Path, Path, FetchOutcome]]:
    for portal in serve(build_portal()):
        manifest = portal_manifest(portal, directory)
        data = directory / "data"
        yield portal, manifest, data, fetch_sources(manifest, data, FAST, run_id="run_1")


def test_crawl_fetches_news_pages_and_attachments(first_run):
    portal, _, data, outcome = first_run
    fetched = {blob.url.removeprefix(portal.base_url): blob for blob in outcome.fetched}
    assert set(fetched) == {
        "/tin-tuc/kh-110.html",
        "/tin-tuc/cds-2025.html",
        "/tin-tuc/ket-qua.html",  # on listing page 2
        "/files/KH_110_UBND.pdf",
        "/files/phu-luc.pdf",
        "/files/ban.pdf",
        "/files/loi-500.pdf",
        "/files/cds.doc",
        "/files/direct.pdf",
    }
    news = fetched["/tin-tuc/kh-110.html"]
    assert news.media_type == "html" and news.parent_sha256 is None and news.province == "Sóc Trăng"
    plan = fetched["/files/KH_110_UBND.pdf"]
    assert plan.parent_sha256 == news.sha256 and plan.media_type == "pdf"
    assert plan.sha256 == sha256_of(minimal_pdf("KH 110/KH-UBND"))
    assert (data / plan.path).read_bytes() == minimal_pdf("KH 110/KH-UBND")
    assert plan.etag and plan.last_modified == LAST_MODIFIED
    assert fetched["/files/cds.doc"].parent_sha256 == fetched["/tin-tuc/cds-2025.html"].sha256
    assert fetched["/files/cds.doc"].media_type == "doc"
    # listing pages are stored but are not documents
    assert len(BlobStore(data).listings.records()) == 2
    assert not any("/tin-tuc?page" in blob.url for blob in outcome.fetched)


def test_what_is_not_fetched(first_run):
    portal, _, _, outcome = first_run
    requested = set(portal.paths())
    assert "/tin-tuc?page=3" not in requested and "/tin-tuc/cu.html" not in requested  # max_pages: 2
    assert "/private/noi-bo.html" not in requested  # robots.txt
    assert short(outcome.skipped, portal) == {"/private/noi-bo.html"}
    assert "/lien-he" not in requested  # matches neither `follow` nor the attachment pattern
    assert portal.count("/robots.txt") == 1


def test_failures_are_recorded_not_stored(first_run):
    portal, _, data, outcome = first_run
    errors = {e.url.removeprefix(portal.base_url): e.reason for e in outcome.errors}
    assert set(errors) == {
        "/files/loi.pdf",
        "/files/qua-lon.pdf",
        "/files/qua-lon-stream.pdf",
        "/files/cham.pdf",
        "/files/vong-a.pdf",
    }
    assert "HTML page" in errors["/files/loi.pdf"] and "html/error" in errors["/files/loi.pdf"]
    assert "exceeds the 200000-byte limit" in errors["/files/qua-lon.pdf"]
    assert "exceeds the 200000-byte limit" in errors["/files/qua-lon-stream.pdf"]
    assert "timeout" in errors["/files/cham.pdf"] and "3 attempts" in errors["/files/cham.pdf"]
    assert "redirect loop" in errors["/files/vong-a.pdf"]
    assert portal.count("/files/cham.pdf") == 3 and portal.count("/files/vong-a.pdf") == 1
    assert all(e.stage == "fetch" and e.source_id == "soctrang-news" for e in outcome.errors)
    stored = {p.name for p in (data / "raw").glob("*/*") if p.suffix != ".jsonl"}
    error_page = sha256_of(portal.resources["/files/loi.pdf"].body)  # kept to be looked at, not indexed
    assert error_page in {entry.sha256 for entry in outcome.log}
    documents_and_listings = {b.sha256 for b in outcome.fetched} | {b.sha256 for b in BlobStore(data).listings.records()}
    assert stored == documents_and_listings | {error_page}
    assert error_page not in {b.sha256 for b in BlobStore(data).documents.records()}


def test_every_request_is_logged(first_run):
    portal, _, _, outcome = first_run
    logged = [entry.url.removeprefix(portal.base_url) for entry in outcome.log]
    # each request the server saw is one log line, plus the robots.txt refusal that never hit the wire
    assert sorted(logged) == sorted(portal.paths() + ["/private/noi-bo.html"])
    by_url = {}
    for entry in outcome.log:
        by_url.setdefault(entry.url.removeprefix(portal.base_url), []).append(entry)
    ok = by_url["/files/KH_110_UBND.pdf"][0]
    assert ok.status == 200 and ok.sha256 == sha256_of(minimal_pdf("KH 110/KH-UBND")) and ok.bytes > 0
    assert ok.etag and ok.last_modified == LAST_MODIFIED and ok.elapsed_ms >= 0 and ok.run_id == "run_1"
    assert [e.status for e in by_url["/files/loi-500.pdf"]] == [500, 200]
    assert [e.status for e in by_url["/files/ban.pdf"]] == [429, 200]
    assert by_url["/files/loi.pdf"][0].error and by_url["/files/vong-b.pdf"][0].error.startswith("redirect loop")
    assert by_url["/private/noi-bo.html"][0].error == "disallowed by robots.txt"
    assert len({entry.request_id for entry in outcome.log}) == len(outcome.log)


def test_retry_after_and_rate_limit_are_honoured(first_run):
    portal, _, _, outcome = first_run
    with portal.lock:
        busy = [r.at for r in portal.requests if r.path == "/files/ban.pdf"]
    assert busy[1] - busy[0] >= 0.95  # Retry-After: 1
    sent = [entry.requested_at for entry in outcome.log if entry.status is not None]
    gaps = [(later - earlier).total_seconds() for earlier, later in zip(sent, sent[1:])]
    assert min(gaps) >= FAST.min_interval_s * 0.95


def test_user_agent_and_conditional_second_run(own_run):
    portal, manifest, data, _ = own_run
    index = data / "raw" / "blobs.jsonl"
    before = index.read_bytes(), sorted(p.name for p in (data / "raw").glob("*/*"))
    with portal.lock:
        first_requests = len(portal.requests)
        assert all(r.headers["user-agent"].startswith("vnplans/") for r in portal.requests)

    again = fetch_sources(manifest, data, FAST, run_id="run_2")

    assert again.fetched == [] and len(again.unchanged) == 9
    assert (index.read_bytes(), sorted(p.name for p in (data / "raw").glob("*/*"))) == before
    with portal.lock:
        second = portal.requests[first_requests:]
    plan = next(r for r in second if r.path == "/files/KH_110_UBND.pdf")
    assert plan.headers.get("if-none-match") and plan.status == 304
    listing = next(r for r in second if r.path == "/tin-tuc?page=1")
    assert listing.headers.get("if-modified-since") == LAST_MODIFIED and listing.status == 304
    assert {r.path for r in second if r.status == 200} <= {"/robots.txt", "/files/loi.pdf",
                                                          "/files/qua-lon.pdf", "/files/qua-lon-stream.pdf"}
    # the failures are tried again (and fail again): nothing is remembered as done
    assert {e.url.removeprefix(portal.base_url) for e in again.errors} == {
        "/files/loi.pdf", "/files/qua-lon.pdf", "/files/qua-lon-stream.pdf", "/files/cham.pdf", "/files/vong-a.pdf"
    }


def test_changed_page_and_new_item_are_fetched(own_run):
    portal, manifest, data, first = own_run
    old_news = next(b for b in first.fetched if b.url.endswith("/kh-110.html"))
    portal.set_page("/tin-tuc/kh-110.html", portal.resources["/tin-tuc/kh-110.html"].body.replace(
        b"</body>", b"<p>C\xe1\xba\xadp nh\xe1\xba\xadt</p><a href='/files/bo-sung.pdf'>bo-sung.pdf</a></body>"))
    portal.resources["/files/bo-sung.pdf"] = Resource(minimal_pdf("Bo sung"), "application/pdf")

    again = fetch_sources(manifest, data, FAST)

    fetched = {b.url.removeprefix(portal.base_url): b for b in again.fetched}
    assert set(fetched) == {"/tin-tuc/kh-110.html", "/files/bo-sung.pdf"}
    new_news = fetched["/tin-tuc/kh-110.html"]
    assert new_news.sha256 != old_news.sha256 and fetched["/files/bo-sung.pdf"].parent_sha256 == new_news.sha256
    # the unchanged attachment is re-linked to the new version of its page, not re-processed
    plan = next(b for b in again.unchanged if b.url.endswith("/KH_110_UBND.pdf"))
    assert plan.parent_sha256 == new_news.sha256
    assert BlobStore(data).documents.latest_by_url()[plan.url].parent_sha256 == new_news.sha256


def test_windows_1258_page_decodes_to_nfc(first_run):
    portal, _, data, outcome = first_run
    page = next(b for b in outcome.fetched if b.url.endswith("/cds-2025.html"))
    raw = (data / page.path).read_bytes()
    assert CP1258_TEXT.encode("utf-8") not in raw  # stored as served
    text = decode_text(raw)
    assert CP1258_TEXT in text
    links, _ = extract_links(text, page.url)
    assert [(link.url.removeprefix(portal.base_url), link.text) for link in links] == [("/files/cds.doc", "Tài liệu")]


def test_pagination_by_css_selector(portal: Portal, tmp_path: Path):
    manifest = portal_manifest(portal, tmp_path, max_pages=5)
    text = manifest.read_text().replace("next: 'Trang sau'", "next: 'css:a.next'")
    text = text.replace("follow: ['/tin-tuc/[a-z0-9-]+[.]html$', '/private/']", "follow: ['/tin-tuc/(cu|ket-qua)[.]html$']")
    manifest.write_text(text, encoding="utf-8")
    outcome = fetch_sources(manifest, tmp_path / "data", FAST)
    assert {"/tin-tuc?page=1", "/tin-tuc?page=2", "/tin-tuc?page=3", "/tin-tuc/cu.html"} <= set(portal.paths())
    assert any(b.url.endswith("/tin-tuc/cu.html") for b in outcome.fetched)


def test_client_retries_with_backoff_and_gives_up_on_long_retry_after(portal: Portal):
    waits: list[float] = []
    settings = replace(FAST, backoff_initial_s=0.2, backoff_max_s=1.0)
    with HttpClient(settings, sleep=waits.append) as client:
        response = client.get(portal.url("/files/ban.pdf"))
        assert response.status == 200 and response.body == minimal_pdf("ban")
        assert max(waits) == 1.0  # Retry-After: 1, not the 0.2 s backoff
        portal.failures_left["/files/loi-500.pdf"] = 10
        waits.clear()
        response = client.get(portal.url("/files/loi-500.pdf"))
        assert response.error == "HTTP 500 (gave up after 3 attempts)" and response.status == 500
        assert [w for w in waits if w > settings.min_interval_s] == [0.2, 0.4]  # exponential backoff
        portal.failures_left["/files/ban.pdf"] = 1
        portal.retry_after = "3600"
        response = client.get(portal.url("/files/ban.pdf"))
        assert response.status == 429 and "too long to wait" in response.error
        assert portal.count("/files/ban.pdf") == 3  # no retry after being told to wait an hour


def test_client_refuses_other_schemes_and_unreachable_hosts(portal: Portal):
    with HttpClient(FAST) as client:
        assert client.get("ftp://127.0.0.1/x.pdf").error.startswith("refused non-http(s)")
        response = client.get("http://127.0.0.1:9/nothing.pdf")  # discard port: nothing listens
        assert response.error.startswith("robots.txt not readable: connection error")
        assert not response.blocked_by_robots  # a failure to retry, not a refusal


def test_a_single_news_page_with_its_attachments(portal: Portal, tmp_path: Path):
    manifest = tmp_path / "sources.yaml"
    manifest.write_text(
        f"sources:\n  - id: kh110-news\n    url: {portal.url('/tin-tuc/kh-110.html')}\n"
        f"    attachments: 'KH_110_UBND[.]pdf$'\n  - id: plain\n    url: {portal.url('/tin-tuc/cds-2025.html')}\n",
        encoding="utf-8",
    )
    outcome = fetch_sources(manifest, tmp_path / "data", FAST)
    fetched = {b.url.removeprefix(portal.base_url): b for b in outcome.fetched}
    assert set(fetched) == {"/tin-tuc/kh-110.html", "/files/KH_110_UBND.pdf", "/tin-tuc/cds-2025.html"}
    assert fetched["/files/KH_110_UBND.pdf"].parent_sha256 == fetched["/tin-tuc/kh-110.html"].sha256
    assert "/files/cds.doc" not in portal.paths()  # no `attachments`: a document's links are not followed


TCVN3_SAMPLE = b"C\xe9ng ho\xb5 x\xb7 h\xe9i ch\xf1 ngh\xdca Vi\xd6t Nam. K\xd5 ho\xb9ch th\xf9c hi\xd6n"


@pytest.mark.parametrize(
    ("data", "content_type"),
    [
        ("Kế hoạch thực hiện".encode("utf-8"), None),
        (b"\xef\xbb\xbf" + "Kế hoạch thực hiện".encode("utf-8"), "text/html; charset=windows-1258"),
        (b"K\xea\xec hoa\xf2ch th\xfd\xf2c hi\xea\xf2n", None),  # Windows-1258, undeclared
        (b"K\xea\xec hoa\xf2ch th\xfd\xf2c hi\xea\xf2n", "text/html; charset=windows-1258"),
        (b"<meta charset='windows-1258'>K\xea\xec hoa\xf2ch th\xfd\xf2c hi\xea\xf2n", None),
        (TCVN3_SAMPLE, None),  # TCVN3 (ABC) font encoding
        (TCVN3_SAMPLE, "text/html; charset=iso-8859-1"),
    ],
)
def test_decode_text_charsets(data: bytes, content_type):
    assert decode_text(data, content_type).endswith("Kế hoạch thực hiện")


def test_a_source_robots_txt_forbids_is_a_failure(portal: Portal, tmp_path: Path):
    manifest = tmp_path / "sources.yaml"
    manifest.write_text(f"sources:\n  - id: private\n    url: {portal.url('/private/noi-bo.html')}\n", encoding="utf-8")
    outcome = fetch_sources(manifest, tmp_path / "data", FAST)
    assert [e.reason for e in outcome.errors] == ["disallowed by robots.txt: the source's own URL"]
    assert portal.paths() == ["/robots.txt"]


def test_extract_links_resolves_and_filters():
    html = """<html><head><base href="/van-ban/"></head><body>
      <a href="KH_110_UBND.pdf#page=2">Kế hoạch</a> <a href="http://[::1">hỏng</a>
      <a href="mailto:vanthu@soctrang.gov.vn">thư</a> <a href="javascript:void(0)">js</a>
      <iframe src="https://cdn.example.vn/viewer/qd.pdf"></iframe> <a href="KH_110_UBND.pdf">lần hai</a>
    </body></html>"""
    links, _ = extract_links(html, "https://soctrang.gov.vn/tin-tuc/1.html")
    assert [(link.url, link.text) for link in links] == [
        ("https://soctrang.gov.vn/van-ban/KH_110_UBND.pdf", "Kế hoạch"),
        ("https://cdn.example.vn/viewer/qd.pdf", ""),
    ]


def test_a_new_etag_on_the_same_bytes_changes_nothing(portal: Portal, tmp_path: Path):
    manifest = tmp_path / "sources.yaml"
    manifest.write_text(f"sources:\n  - id: qd\n    url: {portal.url('/files/etag-moi.pdf')}\n", encoding="utf-8")
    data = tmp_path / "data"
    first = fetch_sources(manifest, data, FAST)
    index = (data / "raw" / "blobs.jsonl").read_bytes()
    again = fetch_sources(manifest, data, FAST)
    assert portal.statuses("/files/etag-moi.pdf") == [200, 200]
    assert again.fetched == [] and [b.sha256 for b in again.unchanged] == [first.fetched[0].sha256]
    assert (data / "raw" / "blobs.jsonl").read_bytes() == index


def test_client_redirects_and_crawl_delay(portal: Portal):
    waits: list[float] = []
    portal.resources["/robots.txt"] = Resource(b"User-agent: *\nCrawl-delay: 2\nDisallow: /private/\n", "text/plain")
    with HttpClient(FAST, sleep=waits.append) as client:
        moved = client.get(portal.url("/files/ban-cu.pdf"))
        assert moved.error is None and moved.url == portal.url("/files/KH_110_UBND.pdf")
        assert moved.body == minimal_pdf("KH 110/KH-UBND") and [t.status for t in moved.traces] == [200, 302, 200]
        assert min(waits) > 1.9  # robots.txt asks for 2 s between requests
        assert client.get(portal.url("/files/ftp.pdf")).error.startswith("refused non-http(s) URL ftp://")
    with HttpClient(replace(FAST, max_redirects=0), sleep=waits.append) as client:
        assert client.get(portal.url("/files/ban-cu.pdf")).error == "more than 0 redirects"
