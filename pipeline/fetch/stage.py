"""The fetch stage: manifest → content-addressed raw store + blob index.

Each URL's last record in the index gives the validators (ETag,
Last-Modified) for a conditional GET; a 304, or the same sha256 as last time,
makes the blob "unchanged" and nothing downstream needs to run for it.
Listings are crawled page by page (``next``, up to ``max_pages``), their
``follow`` links fetched as news pages, and the news pages' attachment links
fetched with ``parent_sha256`` pointing at the page.
"""

from __future__ import annotations

import os
import re
import secrets
import stat
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Optional
from urllib.parse import urljoin, urlsplit

import lxml.html
from lxml import etree

from pipeline.parse import sniff
from pipeline.fetch.http_client import FetchSettings, HttpClient, HttpResponse, RedirectPolicy, decode_text
from pipeline.fetch.manifest import Source, SourceKind, load_manifest, local_file_refusal
from pipeline.fetch.store import BlobIndex, BlobStore, append_jsonl, sha256_of
from schemas.ids import stable_id
from schemas.records import ErrorRecord, FetchedBlob, FetchLogEntry

__all__ = ["FetchOutcome", "FetchSettings", "fetch_sources", "new_run_id", "FETCH_LOG", "FETCH_ERRORS"]

FETCH_LOG = "logs/fetch_log.jsonl"  # relative to the data dir; every run appends
FETCH_ERRORS = "logs/errors.jsonl"
_BINARY_SUFFIX = re.compile(r"(?i)\.(pdf|docx?|xlsx?)$")
_BINARY_TYPES = ("application/pdf", "application/x-pdf", "application/msword", "application/vnd.")
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")


@dataclass
class FetchOutcome:
    run_id: str
    fetched: list[FetchedBlob] = field(default_factory=list)  # content new or changed at its URL
    unchanged: list[FetchedBlob] = field(default_factory=list)  # 304, or the same bytes as last time
    log: list[FetchLogEntry] = field(default_factory=list)
    errors: list[ErrorRecord] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # URLs robots.txt does not let us fetch

    @property
    def blobs(self) -> list[FetchedBlob]:
        """Every document the manifest currently yields: fetched and unchanged."""
        return self.fetched + self.unchanged

    @property
    def failed(self) -> bool:
        return bool(self.errors)

    @property
    def failures(self) -> list[tuple[str, str]]:
        """(url or source, reason) of every source that could not be fetched."""
        return [(e.url or e.source_id or "?", e.reason) for e in self.errors]


def new_run_id() -> str:
    return f"run_{datetime.now(timezone.utc):%Y%m%dT%H%M%SZ}_{secrets.token_hex(3)}"


def fetch_sources(
    manifest: Path,
    data_dir: Path,
    settings: FetchSettings = FetchSettings(),
    run_id: Optional[str] = None,
) -> FetchOutcome:
    """Fetch every source of the manifest into ``data_dir``.

    Never raises for a failing source: failures are ErrorRecords in the
    outcome (and in ``data_dir/logs/errors.jsonl``); every request is a
    FetchLogEntry (also appended to ``data_dir/logs/fetch_log.jsonl``).
    Raises ManifestError for an invalid manifest. Callers running
    concurrently with other vnplans commands should hold
    ``pipeline.fetch.store.data_dir_lock(data_dir)``.
    """
    sources = load_manifest(manifest).sources
    outcome = FetchOutcome(run_id=run_id or new_run_id())
    store = BlobStore(data_dir)
    with HttpClient(settings) as client:
        fetcher = _Fetcher(store, client, outcome, manifest.resolve().parent)
        for source in sources:
            fetcher.fetch_source(source)
    append_jsonl(data_dir / FETCH_LOG, (entry.model_dump_json() for entry in outcome.log))
    append_jsonl(data_dir / FETCH_ERRORS, (error.model_dump_json() for error in outcome.errors))
    return outcome


@dataclass(frozen=True)
class Link:
    url: str
    text: str


def extract_links(html: str, base_url: str) -> tuple[list[Link], Optional[etree._Element]]:
    """Absolute http(s) links (a[href], iframe/embed[src]) of a page, in page order, without fragments."""
    try:
        root = lxml.html.document_fromstring(_XML_DECLARATION.sub("", html))
    except (etree.ParserError, ValueError):
        return [], None
    base = root.xpath("string(//base/@href)").strip()
    base_url = urljoin(base_url, base) if base else base_url
    links, seen = [], set()
    for element in root.xpath("//a[@href] | //iframe[@src] | //embed[@src]"):
        url = _absolute(element.get("href") or element.get("src"), base_url)
        if url and url not in seen:
            seen.add(url)
            links.append(Link(url=url, text=" ".join(element.text_content().split())))
    return links, root


def _absolute(href: Optional[str], base_url: str) -> Optional[str]:
    if not href:
        return None
    try:
        url = urljoin(base_url, href.strip()).split("#", 1)[0]
        return url if urlsplit(url).scheme in ("http", "https") and urlsplit(url).hostname else None
    except ValueError:  # e.g. "http://[::1" on a hand-written page
        return None


def _claims_binary(url: str, content_type: Optional[str]) -> bool:
    """Whether the server (by Content-Type) or the link (by file name) promises a PDF/Office file."""
    declared = (content_type or "").split(";", 1)[0].strip().lower()
    return declared.startswith(_BINARY_TYPES) or bool(_BINARY_SUFFIX.search(urlsplit(url).path))


class _Fetcher:
    def __init__(self, store: BlobStore, client: HttpClient, outcome: FetchOutcome, manifest_dir: Path):
        self.store = store
        self.client = client
        self.outcome = outcome
        self.manifest_dir = manifest_dir
        # per index: the last record of each URL, kept current as the run records blobs
        self.latest = {index.path: index.latest_by_url() for index in (store.documents, store.listings)}
        self.done: dict[tuple[Path, str, RedirectPolicy], Optional[FetchedBlob]] = {}  # one request per URL per run

    def fetch_source(self, source: Source) -> None:
        if source.kind is SourceKind.listing:
            self._crawl(source)
        elif source.is_remote:
            document = self._remote(source, source.location, self.store.documents)
            if document is not None and source.attachments:
                self._attachments(source, document)
        else:
            self._local(source)

    # ----------------------------------------------------------------- local files

    def _local(self, source: Source) -> None:
        assert source.local_path is not None
        started = time.monotonic()
        requested_at = datetime.now(timezone.utc)
        settings = self.client.settings
        reason = local_file_refusal(source, self.manifest_dir, settings.allowed_roots, settings.allow_file_urls)
        data = None
        try:
            if reason is None:
                data = _read_limited(source.local_path.resolve(), settings.max_bytes)
        except OSError as exc:
            reason = f"cannot read {source.local_path}: {exc.strerror or exc}"
        except _NotReadable as exc:
            reason = str(exc)
        if data is None:
            self._log(source, source.location, requested_at, started, error=reason)
            self._error(source, source.location, reason)
            return
        sha256 = sha256_of(data)
        self._log(source, source.location, requested_at, started, sha256=sha256, size=len(data))
        self._keep(source, source.location, data, self.store.documents, content_type=None)

    # ----------------------------------------------------------------- remote

    def _crawl(self, source: Source) -> None:
        follow, next_regex, next_xpath = source.follow_patterns(), source.next_pattern(), source.next_xpath()

        queue, queued = [source.location], {source.location}
        news_urls: dict[str, None] = {}  # ordered set
        pages = 0
        while queue and pages < source.max_pages:
            page_url = queue.pop(0)
            pages += 1
            page = self._remote(source, page_url, self.store.listings, expect_html=True)
            if page is None:
                continue
            links, root = extract_links(decode_text(self.store.read(page.sha256)), page_url)
            next_urls = set()
            if next_xpath is not None and root is not None:
                next_urls = _selected_hrefs(root, next_xpath, page_url)
            for link in links:
                if next_regex is not None and (next_regex.search(link.url) or next_regex.search(link.text)):
                    next_urls.add(link.url)
                elif link.url not in next_urls and any(p.search(link.url) for p in follow):
                    news_urls[link.url] = None
            page_order = {link.url: position for position, link in enumerate(links)}
            for url in sorted(next_urls - queued, key=lambda u: page_order.get(u, len(page_order))):
                queued.add(url)
                queue.append(url)

        for news_url in news_urls:
            news = self._remote(source, news_url, self.store.documents)
            if news is not None:
                self._attachments(source, news)

    def _attachments(self, source: Source, page: FetchedBlob) -> None:
        """Fetch the attachment links of an HTML page, each linked to the page by parent_sha256."""
        if page.media_type != sniff.HTML:
            return
        pattern = source.attachment_pattern()
        links, _ = extract_links(decode_text(self.store.read(page.sha256)), page.url)
        for link in links:
            if pattern.search(link.url) and link.url != page.url:
                self._remote(source, link.url, self.store.documents, parent=page.sha256)

    def _remote(
        self,
        source: Source,
        url: str,
        index: BlobIndex,
        *,
        parent: Optional[str] = None,
        expect_html: bool = False,
    ) -> Optional[FetchedBlob]:
        key = (index.path, url, source.redirect_policy())  # a refused redirect may be allowed for another source
        if key in self.done:
            return self.done[key]
        previous = self.latest[index.path].get(url)
        validators = {}
        if previous is not None and self.store.has(previous.sha256):
            validators = {"etag": previous.etag, "last_modified": previous.last_modified}
        response = self.client.get(url, redirects=source.redirect_policy(), **validators)
        self._log_response(source, response)

        blob = None
        if response.blocked_by_robots:
            self.outcome.skipped.append(url)
            if url == source.location:  # a manifest entry that can never be fetched needs fixing
                self._error(source, url, f"{response.error}: the source's own URL")
        elif response.error:
            self._error(source, url, response.error)
        elif response.not_modified and previous is not None:
            blob = self._unchanged(previous, parent, index)
        elif response.body is None:
            self._error(source, url, f"HTTP {response.status} without a body")
        else:
            blob = self._keep(
                source,
                url,
                response.body,
                index,
                content_type=response.content_type,
                etag=response.etag,
                last_modified=response.last_modified,
                parent=parent,
                expect_html=expect_html,
            )
        self.done[key] = blob
        return blob

    # ----------------------------------------------------------------- recording

    def _keep(
        self,
        source: Source,
        url: str,
        data: bytes,
        index: BlobIndex,
        *,
        content_type: Optional[str],
        etag: Optional[str] = None,
        last_modified: Optional[str] = None,
        parent: Optional[str] = None,
        expect_html: bool = False,
    ) -> Optional[FetchedBlob]:
        if not data:
            self._error(source, url, "empty: 0 bytes")
            return None
        media_type = sniff.sniff_media_type(data)
        if media_type == sniff.HTML and _claims_binary(url, content_type):
            # Kept for inspection (the log line has its sha256) but not indexed: it is no document.
            self.store.put(data)
            self._error(source, url, f"expected a PDF/Office file ({content_type or 'by its name'}) "
                                     "but got an HTML page (error page?); recorded as html/error")
            return None
        if expect_html and media_type != sniff.HTML:
            self._error(source, url, f"listing page is not HTML (sniffed {media_type})")
            return None
        sha256 = self.store.put(data)
        blob = FetchedBlob(
            sha256=sha256,
            source_id=source.id,
            province=source.province,
            url=url,
            media_type=media_type,
            size=len(data),
            path=self.store.relative_path(sha256),
            fetched_at=datetime.now(timezone.utc),
            etag=etag,
            last_modified=last_modified,
            parent_sha256=parent,
        )
        previous = self.latest[index.path].get(url)
        if previous is not None and previous.sha256 == sha256:
            return self._unchanged(previous, parent, index, etag=etag, last_modified=last_modified)
        self._record(index, blob)
        if index is self.store.documents:
            self.outcome.fetched.append(blob)
        return blob

    def _unchanged(
        self,
        previous: FetchedBlob,
        parent: Optional[str],
        index: BlobIndex,
        **validators: Optional[str],
    ) -> FetchedBlob:
        """Same bytes as last time: re-record only to link a new parent page, or to keep
        validators when there were none. Validators that merely changed are not
        recorded: some servers make a new ETag for every response, and a run with
        nothing new must leave the index as it was."""
        changes = {}
        if previous.etag is None and previous.last_modified is None:
            changes = {k: v for k, v in validators.items() if v is not None}
        if parent is not None and parent != previous.parent_sha256:
            changes["parent_sha256"] = parent
        blob = previous
        if changes:
            blob = previous.model_copy(update={**changes, "fetched_at": datetime.now(timezone.utc)})
            self._record(index, blob)
        if index is self.store.documents:
            self.outcome.unchanged.append(blob)
        return blob

    def _record(self, index: BlobIndex, blob: FetchedBlob) -> None:
        # Appended at once, not at the end of the run: a killed run keeps its progress.
        index.append([blob])
        self.latest[index.path][blob.url] = blob

    def _log_response(self, source: Source, response: HttpResponse) -> None:
        if response.error and response.traces and response.traces[-1].url == response.url:
            response.traces[-1].error = response.traces[-1].error or response.error
        for trace in response.traces:
            self.outcome.log.append(
                FetchLogEntry(
                    request_id=self._request_id(),
                    run_id=self.outcome.run_id,
                    source_id=source.id,
                    url=trace.url,
                    status=trace.status,
                    redirect_to=trace.redirect_to,
                    etag=trace.etag,
                    last_modified=trace.last_modified,
                    sha256=sha256_of(trace.body) if trace.body is not None else None,
                    bytes=trace.bytes,
                    elapsed_ms=trace.elapsed_ms,
                    error=trace.error,
                    requested_at=trace.requested_at,
                )
            )
        if response.error and (not response.traces or response.traces[-1].url != response.url):
            # refused before any request (robots.txt, scheme): still a line in the log
            self._log(source, response.url, datetime.now(timezone.utc), time.monotonic(), error=response.error)

    def _log(
        self,
        source: Source,
        url: str,
        requested_at: datetime,
        started: float,
        *,
        sha256: Optional[str] = None,
        size: Optional[int] = None,
        error: Optional[str] = None,
    ) -> None:
        self.outcome.log.append(
            FetchLogEntry(
                request_id=self._request_id(),
                run_id=self.outcome.run_id,
                source_id=source.id,
                url=url,
                sha256=sha256,
                bytes=size,
                elapsed_ms=round((time.monotonic() - started) * 1000, 1),
                error=error,
                requested_at=requested_at,
            )
        )

    def _request_id(self) -> str:
        return stable_id("req", self.outcome.run_id, len(self.outcome.log))

    def _error(self, source: Source, url: str, reason: str) -> None:
        # A failure found in the body (wrong type, …) belongs on the request's log line too.
        for entry in reversed(self.outcome.log):
            if entry.url == url:
                entry.error = entry.error or reason
                break
        self.outcome.errors.append(
            ErrorRecord(
                error_id=stable_id("err", self.outcome.run_id, "fetch", source.id, url, reason),
                run_id=self.outcome.run_id,
                stage="fetch",
                source_id=source.id,
                url=url,
                reason=reason,
                at=datetime.now(timezone.utc),
            )
        )


class _NotReadable(Exception):
    """A local file that is not read: too large, or no regular file."""


def _read_limited(path: Path, max_bytes: int) -> bytes:
    """A regular file's bytes, refused before reading when larger than ``max_bytes``."""
    # O_NONBLOCK: opening a FIFO must not wait for a writer; it is refused below.
    with open(os.open(path, os.O_RDONLY | os.O_NONBLOCK), "rb") as handle:
        info = os.fstat(handle.fileno())
        if not stat.S_ISREG(info.st_mode):
            raise _NotReadable(f"{path} is not a regular file")
        if info.st_size > max_bytes:
            raise _NotReadable(f"file of {info.st_size} bytes exceeds the {max_bytes}-byte limit (fetch.max_bytes); not read")
        data = handle.read(max_bytes + 1)
    if len(data) > max_bytes:  # it grew while we read it
        raise _NotReadable(f"file exceeds the {max_bytes}-byte limit (fetch.max_bytes); not read")
    return data


def _selected_hrefs(root: etree._Element, xpath: str, base_url: str) -> set[str]:
    hrefs = set()
    for element in root.xpath(xpath):
        candidates = [element] if element.get("href") else element.xpath(".//a[@href]")
        for candidate in candidates:
            url = _absolute(candidate.get("href"), base_url)
            if url:
                hrefs.add(url)
    return hrefs
