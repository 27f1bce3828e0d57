"""A polite HTTP client for provincial portals.

One GET = robots.txt check, per-host rate limit, retries with exponential
backoff (connection errors, timeouts, 429, 5xx; ``Retry-After`` honoured),
manually followed redirects (bounded, loops detected, http/https only), a body
size limit enforced while streaming, and conditional GET. Every request made
on the wire, including robots.txt, redirects and retries, is returned as a
``RequestTrace`` so the caller can log it.
"""

from __future__ import annotations

import re
import time
import tomllib
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Callable, Optional
from urllib.parse import urljoin, urlsplit

import httpx
from protego import Protego
from tenacity import Retrying, retry_if_exception_type, stop_after_attempt, wait_exponential

from pipeline.parse.legacy_encodings import fix_legacy_encoding

ROBOTS_TOKEN = "vnplans"
DEFAULT_CONTACT = "https://github.com/vnplans/vnplans"
_REDIRECTS = {301, 302, 303, 307, 308}
_MAX_ROBOTS_BYTES = 512 * 1024
_DISALLOWED = "disallowed by robots.txt"


def vnplans_version() -> str:
    try:
        return version("vnplans")
    except PackageNotFoundError:  # running from a checkout that is not pip-installed
        pyproject = Path(__file__).resolve().parents[2] / "pyproject.toml"
        return tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]["version"]


@dataclass(frozen=True)
class FetchSettings:
    """Knobs of the fetch stage; defaults are polite for real portals, tests shrink them."""

    timeout_s: float = 30.0  # per network read / write
    connect_timeout_s: float = 10.0
    total_timeout_s: float = 300.0  # one response body, start to end
    attempts: int = 4  # per request, retries included
    backoff_initial_s: float = 1.0
    backoff_max_s: float = 60.0
    max_retry_after_s: float = 120.0  # a longer Retry-After is reported as an error, not waited for
    min_interval_s: float = 1.0  # between two requests to the same host
    max_crawl_delay_s: float = 30.0  # cap on a robots.txt Crawl-delay
    max_redirects: int = 5
    max_bytes: int = 100 * 1024 * 1024  # per response body and per local file, checked before reading it all
    obey_robots: bool = True
    contact: str = DEFAULT_CONTACT
    # Local files a manifest may name: the manifest's directory and these (the operator's choice,
    # never the manifest's); file:// URLs only when allowed. See docs/sources.md, "Trusting a manifest".
    allowed_roots: tuple[str, ...] = ()
    allow_file_urls: bool = False

    def __post_init__(self) -> None:
        object.__setattr__(self, "allowed_roots", tuple(str(root) for root in self.allowed_roots))

    @property
    def user_agent(self) -> str:
        return f"vnplans/{vnplans_version()} (+{self.contact})"


def _same_site(host: str) -> str:
    return host.lower().removeprefix("www.")


@dataclass(frozen=True)
class RedirectPolicy:
    """Where a redirect may lead: the host of the URL requested (``www.`` aside), or a
    host of ``allowed_hosts`` (``*.example.vn``: any subdomain of example.vn)."""

    allowed_hosts: tuple[str, ...] = ()

    def refusal(self, from_url: str, to_url: str) -> Optional[str]:
        """Why the redirect from ``from_url`` to ``to_url`` is not followed, or None."""
        target = (urlsplit(to_url).hostname or "").lower()
        if _same_site(target) == _same_site(urlsplit(from_url).hostname or ""):
            return None
        for allowed in self.allowed_hosts:
            allowed = allowed.lower()
            if target == allowed or (allowed.startswith("*.") and target.endswith(allowed[1:])):
                return None
        allowed = ", ".join(self.allowed_hosts) or "none"
        return f"redirect to another host refused: {to_url} (the source's redirect_hosts: {allowed})"


SAME_HOST = RedirectPolicy()


@dataclass
class RequestTrace:
    """One request on the wire."""

    url: str
    requested_at: datetime
    status: Optional[int] = None
    redirect_to: Optional[str] = None  # the Location of a 3xx, followed or not
    etag: Optional[str] = None
    last_modified: Optional[str] = None
    bytes: Optional[int] = None
    elapsed_ms: Optional[float] = None
    error: Optional[str] = None
    body: Optional[bytes] = field(default=None, repr=False)


@dataclass
class HttpResponse:
    """Outcome of ``HttpClient.get`` after redirects and retries."""

    url: str  # the final URL
    status: Optional[int] = None
    body: Optional[bytes] = field(default=None, repr=False)
    content_type: Optional[str] = None
    etag: Optional[str] = None
    last_modified: Optional[str] = None
    error: Optional[str] = None
    blocked_by_robots: bool = False
    traces: list[RequestTrace] = field(default_factory=list)

    @property
    def not_modified(self) -> bool:
        return self.status == 304


class _Retryable(Exception):
    def __init__(self, reason: str, retry_after_s: Optional[float] = None):
        super().__init__(reason)
        self.reason = reason
        self.retry_after_s = retry_after_s


class _Failed(Exception):
    """A final failure of one request: not worth retrying."""


@dataclass
class _Hop:
    status: int
    headers: httpx.Headers
    body: Optional[bytes]


class HttpClient:
    def __init__(
        self,
        settings: FetchSettings,
        *,
        sleep: Callable[[float], None] = time.sleep,
    ):
        self.settings = settings
        self._sleep = sleep
        self._client = httpx.Client(
            headers={"User-Agent": settings.user_agent},
            timeout=httpx.Timeout(settings.timeout_s, connect=settings.connect_timeout_s),
            follow_redirects=False,  # followed by hand: robots.txt, scheme and loop checks on every hop
        )
        self._last_request_at: dict[str, float] = {}
        self._host_interval: dict[str, float] = {}
        self._robots: dict[str, Protego | str | None] = {}  # rules, a failure, or no rules

    def __enter__(self) -> "HttpClient":
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        self._client.close()

    def get(
        self,
        url: str,
        *,
        etag: Optional[str] = None,
        last_modified: Optional[str] = None,
        redirects: RedirectPolicy = SAME_HOST,
    ) -> HttpResponse:
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        return self._follow(url, headers, check_robots=self.settings.obey_robots, redirects=redirects)

    # ----------------------------------------------------------------- internals

    def _follow(
        self, url: str, headers: dict[str, str], *, check_robots: bool, redirects: Optional[RedirectPolicy]
    ) -> HttpResponse:
        """GET ``url``, following redirects that ``redirects`` allows (None: any, for robots.txt)."""
        traces: list[RequestTrace] = []
        visited = {url}
        current = url
        for _ in range(self.settings.max_redirects + 1):
            if urlsplit(current).scheme.lower() not in ("http", "https"):
                return HttpResponse(url=current, error=f"refused non-http(s) URL {current}", traces=traces)
            if check_robots:
                refusal = self._robots_refusal(current, traces)
                if refusal is not None:
                    return HttpResponse(
                        url=current, error=refusal, blocked_by_robots=refusal == _DISALLOWED, traces=traces
                    )
            try:
                hop = self._request_with_retries(current, headers, traces)
            except _Failed as exc:
                status = traces[-1].status if traces else None
                return HttpResponse(url=current, status=status, error=str(exc), traces=traces)
            if hop.status in _REDIRECTS and "location" in hop.headers:
                target = urljoin(current, hop.headers["location"]).split("#", 1)[0]
                traces[-1].redirect_to = target
                if target in visited:
                    return HttpResponse(url=current, status=hop.status, error=f"redirect loop at {target}", traces=traces)
                refusal = redirects.refusal(current, target) if redirects is not None else None
                if refusal is not None:
                    return HttpResponse(url=current, status=hop.status, error=refusal, traces=traces)
                visited.add(target)
                current = target
                continue
            return HttpResponse(
                url=current,
                status=hop.status,
                body=hop.body,
                content_type=hop.headers.get("content-type"),
                etag=hop.headers.get("etag"),
                last_modified=hop.headers.get("last-modified"),
                error=None if hop.status < 400 else f"HTTP {hop.status}",
                traces=traces,
            )
        return HttpResponse(
            url=current, error=f"more than {self.settings.max_redirects} redirects", traces=traces
        )

    def _request_with_retries(self, url: str, headers: dict[str, str], traces: list[RequestTrace]) -> _Hop:
        settings = self.settings
        backoff = wait_exponential(multiplier=settings.backoff_initial_s, max=settings.backoff_max_s)

        def wait(retry_state) -> float:
            exc = retry_state.outcome.exception()
            retry_after = exc.retry_after_s if isinstance(exc, _Retryable) else None
            return max(backoff(retry_state), retry_after or 0.0)

        retrying = Retrying(
            stop=stop_after_attempt(settings.attempts),
            wait=wait,
            retry=retry_if_exception_type(_Retryable),
            sleep=self._sleep,
            reraise=True,
        )
        try:
            return retrying(self._request_once, url, headers, traces)
        except _Retryable as exc:
            raise _Failed(f"{exc.reason} (gave up after {settings.attempts} attempts)") from None

    def _request_once(self, url: str, headers: dict[str, str], traces: list[RequestTrace]) -> _Hop:
        self._throttle(url)
        trace = RequestTrace(url=url, requested_at=datetime.now(timezone.utc))
        traces.append(trace)
        started = time.monotonic()
        try:
            with self._client.stream("GET", url, headers=headers) as response:
                trace.status = response.status_code
                trace.etag = response.headers.get("etag")
                trace.last_modified = response.headers.get("last-modified")
                status = response.status_code
                if status == 429 or status >= 500:
                    retry_after = _retry_after_seconds(response.headers.get("retry-after"))
                    if retry_after is not None and retry_after > self.settings.max_retry_after_s:
                        raise _Failed(f"HTTP {status}, Retry-After {retry_after:g}s is too long to wait")
                    raise _Retryable(f"HTTP {status}", retry_after)
                body = None
                if 200 <= status < 300:
                    body = self._read_limited(response, started)
                    trace.bytes = len(body)
                    trace.body = body
                return _Hop(status=status, headers=response.headers, body=body)
        except (_Retryable, _Failed) as exc:
            trace.error = str(exc)
            raise
        except httpx.TimeoutException as exc:
            trace.error = f"timeout ({type(exc).__name__})"
            raise _Retryable(trace.error) from None
        except httpx.TransportError as exc:
            trace.error = f"connection error: {type(exc).__name__}: {exc}"
            raise _Retryable(trace.error) from None
        except (httpx.HTTPError, httpx.InvalidURL) as exc:  # a broken gzip body, a malformed URL: no retry helps
            trace.error = f"{type(exc).__name__}: {exc}"
            raise _Failed(trace.error) from None
        finally:
            trace.elapsed_ms = round((time.monotonic() - started) * 1000, 1)

    def _read_limited(self, response: httpx.Response, started: float) -> bytes:
        limit = self.settings.max_bytes
        declared = response.headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > limit:
            raise _Failed(f"body of {declared} bytes exceeds the {limit}-byte limit")
        chunks, size = [], 0
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > limit:
                raise _Failed(f"body exceeds the {limit}-byte limit")
            if time.monotonic() - started > self.settings.total_timeout_s:
                raise _Retryable(f"body not received within {self.settings.total_timeout_s:g}s")
            chunks.append(chunk)
        return b"".join(chunks)

    def _throttle(self, url: str) -> None:
        host = urlsplit(url).netloc.lower()
        interval = self._host_interval.get(host, self.settings.min_interval_s)
        last = self._last_request_at.get(host)
        if last is not None:
            remaining = interval - (time.monotonic() - last)
            if remaining > 0:
                self._sleep(remaining)
        self._last_request_at[host] = time.monotonic()

    def _robots_refusal(self, url: str, traces: list[RequestTrace]) -> Optional[str]:
        """Why robots.txt keeps us from ``url``, or None when it may be fetched."""
        parts = urlsplit(url)
        origin = f"{parts.scheme.lower()}://{parts.netloc.lower()}"
        if origin not in self._robots:
            self._robots[origin] = self._load_robots(origin, traces)
        rules = self._robots[origin]
        if isinstance(rules, str):
            return rules
        return None if rules is None or rules.can_fetch(url, ROBOTS_TOKEN) else _DISALLOWED

    def _load_robots(self, origin: str, traces: list[RequestTrace]) -> Protego | str | None:
        """The origin's rules; None when there are none (robots.txt absent, 4xx).

        An unreadable robots.txt (5xx, network error) is a failure for every
        URL of the origin in this run, as the big crawlers treat it: the
        site may be overloaded. It is retried on the next run.
        """
        # RFC 9309: a robots.txt redirect is followed across hosts; its body is only read as rules.
        response = self._follow(f"{origin}/robots.txt", {}, check_robots=False, redirects=None)
        traces.extend(response.traces)
        if response.status is not None and 400 <= response.status < 500:
            return None
        if response.error or response.body is None:
            return f"robots.txt not readable: {response.error or f'HTTP {response.status}'}"
        rules = Protego.parse(response.body[:_MAX_ROBOTS_BYTES].decode("utf-8", "replace"))
        delay = rules.crawl_delay(ROBOTS_TOKEN)
        if delay:
            host = urlsplit(origin).netloc
            self._host_interval[host] = max(self.settings.min_interval_s, min(delay, self.settings.max_crawl_delay_s))
        return rules


def _retry_after_seconds(value: Optional[str]) -> Optional[float]:
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return max(0.0, (when - datetime.now(timezone.utc)).total_seconds())


# --------------------------------------------------------------------------- decoding

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_HEADER_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9_.:-]+)", re.I)


def decode_text(data: bytes, content_type: Optional[str] = None) -> str:
    """Bytes of an HTML/text page as NFC Unicode text.

    UTF-8 (with or without BOM) when the bytes are valid UTF-8, else the
    charset declared in the Content-Type header or a <meta> tag, else
    Windows-1258, the Vietnamese code page, which writes tones as combining
    marks, hence NFC: "Kê\u0301 hoa\u0323ch" becomes "Kế hoạch". Text in the
    pre-Unicode font encodings TCVN3 (ABC) and VNI, read as Windows-1252
    look-alikes ("KÕ ho¹ch"), is converted as well.
    """
    text = _decode_declared(data, content_type)
    if text is None:
        text, legacy = fix_legacy_encoding(data.decode("cp1252", "replace"))
        if legacy is None:
            text = data.decode("cp1258", "replace")
    else:
        text, _ = fix_legacy_encoding(text)
    return unicodedata.normalize("NFC", text)


def _decode_declared(data: bytes, content_type: Optional[str]) -> Optional[str]:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", "replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    declared = []
    if content_type and (match := _HEADER_CHARSET.search(content_type)):
        declared.append(match.group(1))
    if match := _META_CHARSET.search(data[:4096]):
        declared.append(match.group(1).decode("ascii"))
    for charset in declared:
        try:
            return data.decode(charset)
        except (LookupError, UnicodeDecodeError):
            continue
    return None
