"""Fetch stage on local files (the embedded corpus works this way) and manifest validation."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from portal_server import minimal_pdf

from pipeline.fetch.http_client import FetchSettings
from pipeline.fetch.stage import FETCH_ERRORS, FETCH_LOG, fetch_sources
from pipeline.fetch.manifest import ManifestError, css_to_xpath, load_manifest
from pipeline.fetch.store import BlobStore, current_blobs, sha256_of

FILE_URLS = FetchSettings(allow_file_urls=True)  # the corpus names one file by a file:// URL


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    docs = tmp_path / "corpus" / "docs"
    docs.mkdir(parents=True)
    (docs / "kh110.pdf").write_bytes(minimal_pdf("KH 110"))
    (docs / "tin.html").write_text("<html><body><p>Kế hoạch</p></body></html>", encoding="utf-8")
    (docs / "ghi-chu.txt").write_text("Mục tiêu: 100% xã", encoding="utf-8")
    (docs / "loi.pdf").write_text("<!DOCTYPE html><html><body>404</body></html>", encoding="utf-8")
    (docs / "rong.pdf").write_bytes(b"")
    manifest = tmp_path / "corpus" / "sources.yaml"
    manifest.write_text(
        f"""\
sources:
  - id: kh110
    province: Sóc Trăng
    path: docs/kh110.pdf
  - id: tin
    url: docs/tin.html
  - id: ghi-chu
    url: {(docs / 'ghi-chu.txt').as_uri()}
  - id: error-page
    path: docs/loi.pdf
  - id: missing
    path: docs/khong-co.pdf
  - id: empty
    path: docs/rong.pdf
""",
        encoding="utf-8",
    )
    return manifest


def test_local_documents_are_stored_content_addressed(corpus: Path, tmp_path: Path):
    data = tmp_path / "data"
    outcome = fetch_sources(corpus, data, FILE_URLS, run_id="run_1")

    by_source = {blob.source_id: blob for blob in outcome.fetched}
    assert set(by_source) == {"kh110", "tin", "ghi-chu"}
    assert {s: b.media_type for s, b in by_source.items()} == {"kh110": "pdf", "tin": "html", "ghi-chu": "text"}
    pdf = by_source["kh110"]
    assert pdf.url == "docs/kh110.pdf" and pdf.province == "Sóc Trăng"  # as written: stable across machines
    assert pdf.sha256 == sha256_of(minimal_pdf("KH 110"))
    assert pdf.path == f"raw/{pdf.sha256[:2]}/{pdf.sha256}"
    assert (data / pdf.path).read_bytes() == minimal_pdf("KH 110")
    assert by_source["ghi-chu"].url.startswith("file://")

    reasons = {e.source_id: e.reason for e in outcome.errors}
    assert set(reasons) == {"error-page", "missing", "empty"}
    assert "HTML page" in reasons["error-page"] and "No such file" in reasons["missing"]
    assert reasons["empty"] == "empty: 0 bytes"
    assert all(e.stage == "fetch" and e.run_id == "run_1" for e in outcome.errors)
    assert not list((data / "raw").glob("*/*.tmp"))

    # every read is logged, in memory and in the data dir
    assert len(outcome.log) == 6 and all(entry.status is None for entry in outcome.log)
    logged = [json.loads(line) for line in (data / FETCH_LOG).read_text().splitlines()]
    assert [entry["url"] for entry in logged] == [entry.url for entry in outcome.log]
    assert len((data / FETCH_ERRORS).read_text().splitlines()) == 3
    assert {b.sha256 for b in current_blobs(data)} == {b.sha256 for b in outcome.fetched}


def test_second_run_changes_nothing_and_a_changed_file_is_fetched(corpus: Path, tmp_path: Path):
    data = tmp_path / "data"
    fetch_sources(corpus, data, FILE_URLS)
    index = data / "raw" / "blobs.jsonl"
    before = index.read_bytes()
    stored = sorted(p.name for p in (data / "raw").glob("*/*"))

    again = fetch_sources(corpus, data, FILE_URLS)
    assert again.fetched == [] and {b.source_id for b in again.unchanged} == {"kh110", "tin", "ghi-chu"}
    assert index.read_bytes() == before
    assert sorted(p.name for p in (data / "raw").glob("*/*")) == stored

    (corpus.parent / "docs" / "ghi-chu.txt").write_text("Mục tiêu: 95% xã", encoding="utf-8")
    changed = fetch_sources(corpus, data, FILE_URLS)
    assert [b.source_id for b in changed.fetched] == ["ghi-chu"]
    assert len(index.read_bytes().splitlines()) == len(before.splitlines()) + 1
    old = BlobStore(data).path_for(sha256_of("Mục tiêu: 100% xã".encode()))
    assert old.read_text(encoding="utf-8") == "Mục tiêu: 100% xã"  # never overwritten or removed


def test_a_truncated_index_line_from_a_crash_is_skipped(corpus: Path, tmp_path: Path):
    data = tmp_path / "data"
    fetch_sources(corpus, data, FILE_URLS)
    index = data / "raw" / "blobs.jsonl"
    lines = index.read_bytes().splitlines(keepends=True)
    index.write_bytes(b"".join(lines[:-1]) + lines[-1][:40])  # kill -9 in the middle of an append

    again = fetch_sources(corpus, data, FILE_URLS)
    assert [b.source_id for b in again.fetched] == ["ghi-chu"]  # its record was lost: recorded again
    assert len(BlobStore(data).documents.records()) == 3


def test_embedded_manifest_is_valid(repo_root: Path):
    manifest = load_manifest(repo_root / "corpus" / "sources.yaml")
    for source in manifest.sources:
        assert source.local_path is not None and source.local_path.is_file(), source.id


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ("{id: a, url: 'https://x.vn/a.pdf', path: a.pdf}", "exactly one of 'url' or 'path'"),
        ("{id: a}", "exactly one of 'url' or 'path'"),
        ("{id: a, kind: listing, url: 'https://x.vn/tin-tuc'}", "needs 'follow'"),
        ("{id: a, kind: listing, path: tin.html, follow: [x]}", "needs an http(s) 'url'"),
        ("{id: a, url: 'https://x.vn/', follow: [x]}", "only apply to kind: listing"),
        ("{id: a, kind: listing, url: 'https://x.vn/', follow: ['(']}", "not a valid regex"),
        ("{id: a, kind: listing, url: 'https://x.vn/', follow: [x], next: 'css:a > b'}", "unsupported CSS"),
        ("{id: a, url: 'ftp://x.vn/a.pdf'}", "unsupported URL scheme 'ftp'"),
        ("{id: 'a b', path: a.pdf}", "no spaces"),
        ("{id: a, path: a.pdf, kind: feed}", "kind"),
        ("{id: a, path: a.pdf, max_pages: 0}", "max_pages"),
        ("{id: a, path: a.pdf, colour: red}", "colour"),
        ("{id: a, path: a.html, attachments: 'pdf$'}", "'attachments' only applies to http(s)"),
    ],
)
def test_invalid_entries_are_named(tmp_path: Path, entry: str, message: str):
    manifest = tmp_path / "sources.yaml"
    manifest.write_text(f"sources:\n  - {{id: ok, path: ok.pdf}}\n  - {entry}\n", encoding="utf-8")
    with pytest.raises(ManifestError) as raised:
        load_manifest(manifest)
    assert str(manifest) in str(raised.value) and "source #2" in str(raised.value)
    assert message in str(raised.value)


def test_duplicate_ids_and_bad_files(tmp_path: Path):
    manifest = tmp_path / "sources.yaml"
    manifest.write_text("sources:\n  - {id: a, path: a.pdf}\n  - {id: a, path: b.pdf}\n", encoding="utf-8")
    with pytest.raises(ManifestError, match=r"source #2 \(id 'a'\): duplicate id \(also entry #1\)"):
        load_manifest(manifest)
    manifest.write_text("- just a list\n", encoding="utf-8")
    with pytest.raises(ManifestError, match="'sources:' list"):
        load_manifest(manifest)
    manifest.write_text("sources: [\n", encoding="utf-8")
    with pytest.raises(ManifestError, match="not valid YAML"):
        load_manifest(manifest)


def test_css_subset():
    assert css_to_xpath("a.next") == "//a[contains(concat(' ', normalize-space(@class), ' '), ' next ')]"
    assert css_to_xpath("ul#pager a[rel=next]") == "//ul[@id='pager']//a[@rel='next']"
