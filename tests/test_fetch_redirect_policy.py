"""A redirect leads only to the host requested, unless the manifest entry lists the other
host in redirect_hosts; every redirect's target is in fetch_log, a refused one with why."""

from __future__ import annotations

from pathlib import Path

from portal_server import Portal, Resource, minimal_pdf

from pipeline.fetch.http_client import FetchSettings, HttpClient, RedirectPolicy
from pipeline.fetch.stage import fetch_sources
from pipeline.fetch.store import BlobStore

FAST = FetchSettings(timeout_s=1.5, connect_timeout_s=1.5, attempts=2, backoff_initial_s=0.01,
                     backoff_max_s=0.05, min_interval_s=0.0)


def test_a_redirect_to_another_host_is_refused_unless_the_source_allows_it(portal: Portal, tmp_path: Path):
    other_host = portal.url("/files/KH_110_UBND.pdf").replace("127.0.0.1", "localhost")
    portal.redirects["/files/sang-trang-khac.pdf"] = other_host
    portal.redirects["/files/cho-phep.pdf"] = other_host
    manifest = tmp_path / "sources.yaml"
    manifest.write_text(
        "sources:\n"
        f"  - id: strict\n    url: {portal.url('/files/sang-trang-khac.pdf')}\n"
        f"  - id: allowing\n    url: {portal.url('/files/cho-phep.pdf')}\n    redirect_hosts: [localhost]\n"
        f"  - id: same-host\n    url: {portal.url('/files/ban-cu.pdf')}\n",
        encoding="utf-8",
    )
    data = tmp_path / "data"

    outcome = fetch_sources(manifest, data, FAST)

    assert {blob.source_id: blob.url for blob in outcome.fetched} == {
        "allowing": portal.url("/files/cho-phep.pdf"),
        "same-host": portal.url("/files/ban-cu.pdf"),  # a moved file on the same host is followed
    }
    assert BlobStore(data).read(outcome.fetched[0].sha256) == minimal_pdf("KH 110/KH-UBND")
    [error] = outcome.errors
    assert error.source_id == "strict"
    assert error.reason == (f"redirect to another host refused: {other_host} (the source's redirect_hosts: none)")
    hops = {(entry.source_id, entry.status): entry for entry in outcome.log
            if entry.status in (200, 302) and not entry.url.endswith("/robots.txt")}
    refused = hops[("strict", 302)]
    assert refused.redirect_to == other_host and refused.error == error.reason
    assert hops[("allowing", 302)].redirect_to == other_host and hops[("allowing", 302)].error is None
    assert hops[("allowing", 200)].url == other_host
    assert ("strict", 200) not in hops  # the other host was never asked for the strict source


def test_redirect_policy_hosts():
    same = RedirectPolicy()
    assert same.refusal("http://soctrang.gov.vn/a", "https://www.soctrang.gov.vn/b") is None
    assert same.refusal("http://soctrang.gov.vn/a", "http://evil.example/b").startswith("redirect to another host")
    listed = RedirectPolicy(("cdn.soctrang.gov.vn", "*.vnpt.vn"))
    assert listed.refusal("http://soctrang.gov.vn/a", "http://cdn.soctrang.gov.vn/a.pdf") is None
    assert listed.refusal("http://soctrang.gov.vn/a", "http://files.vnpt.vn/a.pdf") is None
    assert listed.refusal("http://soctrang.gov.vn/a", "http://evilvnpt.vn/a.pdf") is not None


def test_robots_txt_is_read_through_a_redirect_to_another_host(portal: Portal):
    # RFC 9309: robots.txt redirects are followed across hosts (only rules are read from it).
    portal.resources["/quy-tac.txt"] = Resource(b"User-agent: *\nDisallow: /tin-tuc/\n", "text/plain")
    portal.redirects["/robots.txt"] = portal.url("/quy-tac.txt").replace("127.0.0.1", "localhost")
    with HttpClient(FAST) as client:
        response = client.get(portal.url("/tin-tuc/kh-110.html"))
    assert response.blocked_by_robots and response.error == "disallowed by robots.txt"
