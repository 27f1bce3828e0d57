"""A fake provincial portal on 127.0.0.1 (real http.server, real sockets).

Paginated news listing (3 pages), news pages linking attachments, robots.txt
with a disallowed path, ETag/Last-Modified with 304s, a 429 with Retry-After,
a 500 that succeeds on the next request, a response slower than the client
timeout, a redirect loop, oversized files (with and without Content-Length),
a PDF served as text/html, an HTML error page served as application/pdf and a
Windows-1258 news page. Every request is recorded in ``Portal.requests``.
"""

from __future__ import annotations

import hashlib
import threading
import time
import unicodedata
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Iterator
from urllib.parse import urlsplit

import pytest

LAST_MODIFIED = "Tue, 15 Jul 2025 08:00:00 GMT"
SLOW_SECONDS = 4.0  # well beyond the tests' 1.5 s read timeout
OVERSIZED = 300_000  # bytes; tests set max_bytes below this


def minimal_pdf(text: str) -> bytes:
    """A valid one-page PDF showing ``text`` (ASCII), built by hand with a correct xref."""
    stream = f"BT /F1 12 Tf 20 100 Td ({text}) Tj ET".encode("ascii")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 200] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


_TONE_MARKS = set("\u0300\u0301\u0303\u0309\u0323")  # the five tones: combining marks in Windows-1258


def encode_cp1258(text: str) -> bytes:
    """Windows-1258 as Vietnamese sites wrote it: precomposed letters, tones as combining marks."""
    out = bytearray()
    for char in unicodedata.normalize("NFC", text):
        decomposed = unicodedata.normalize("NFD", char)
        tones = "".join(c for c in decomposed if c in _TONE_MARKS)
        letter = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in _TONE_MARKS))
        out += letter.encode("cp1258") + tones.encode("cp1258")
    return bytes(out)


CP1258_TEXT = "Kế hoạch thực hiện chuyển đổi số tỉnh Sóc Trăng năm 2025"


def _page(title: str, body: str) -> bytes:
    return (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{title}</title></head>"
        f"<body><h1>{title}</h1>{body}</body></html>"
    ).encode("utf-8")


def _listing(page: int, items: list[tuple[str, str]], has_next: bool) -> bytes:
    links = "".join(f"<li><a href='{href}'>{text}</a></li>" for href, text in items)
    pager = f"<a class='next' href='/tin-tuc?page={page + 1}'>Trang sau</a>" if has_next else ""
    return _page(f"Tin tức - trang {page}", f"<ul>{links}</ul><a href='/lien-he'>Liên hệ</a>{pager}")


@dataclass
class Resource:
    body: bytes
    content_type: str
    etag: bool = True  # send an ETag (else only Last-Modified)


@dataclass
class Request:
    path: str
    headers: dict[str, str]
    at: float
    status: int = 0


@dataclass
class Portal:
    base_url: str = ""
    resources: dict[str, Resource] = field(default_factory=dict)
    requests: list[Request] = field(default_factory=list)
    failures_left: dict[str, int] = field(default_factory=dict)  # path -> 500s (429 for ban.pdf) still to give
    retry_after: str = "1"
    redirects: dict[str, str] = field(default_factory=dict)  # path -> Location, beside REDIRECTS
    lock: threading.Lock = field(default_factory=threading.Lock)

    def url(self, path: str) -> str:
        return self.base_url + path

    def paths(self) -> list[str]:
        with self.lock:
            return [r.path for r in self.requests]

    def count(self, path: str) -> int:
        return self.paths().count(path)

    def statuses(self, path: str) -> list[int]:
        with self.lock:
            return [r.status for r in self.requests if r.path == path]

    def set_page(self, path: str, body: bytes, content_type: str = "text/html; charset=utf-8") -> None:
        self.resources[path] = Resource(body, content_type)


def build_portal() -> Portal:
    portal = Portal()
    pdf = "application/pdf"
    portal.resources.update(
        {
            "/robots.txt": Resource(b"User-agent: *\nDisallow: /private/\n", "text/plain"),
            "/tin-tuc?page=1": Resource(
                _listing(1, [("/tin-tuc/kh-110.html", "Kế hoạch 110/KH-UBND"),
                             ("/tin-tuc/cds-2025.html", "Chuyển đổi số 2025"),
                             ("/private/noi-bo.html", "Tin nội bộ")], True),
                "text/html; charset=utf-8", etag=False),
            "/tin-tuc?page=2": Resource(
                _listing(2, [("/tin-tuc/ket-qua.html", "Kết quả thực hiện")], True),
                "text/html; charset=utf-8", etag=False),
            "/tin-tuc?page=3": Resource(
                _listing(3, [("/tin-tuc/cu.html", "Tin cũ")], False), "text/html; charset=utf-8", etag=False),
            "/tin-tuc/kh-110.html": Resource(_page("Kế hoạch 110/KH-UBND", (
                "<p>Ban hành Kế hoạch số 110/KH-UBND.</p>"
                "<a href='/files/KH_110_UBND.pdf'>KH_110_UBND.pdf</a>"
                "<a href='/files/phu-luc.pdf'>Phụ lục</a>"
                "<a href='/files/loi.pdf'>Tệp lỗi</a>"
                "<a href='/files/qua-lon.pdf'>Tệp lớn</a>"
                "<a href='/files/qua-lon-stream.pdf'>Tệp lớn 2</a>"
                "<a href='/files/cham.pdf'>Tệp chậm</a>"
                "<a href='/files/vong-a.pdf'>Chuyển hướng</a>"
                "<a href='/files/ban.pdf'>Máy chủ bận</a>"
                "<a href='/files/loi-500.pdf'>Lỗi 500</a>"
                "<a href='/lien-he'>Liên hệ</a>")), "text/html; charset=utf-8"),
            "/tin-tuc/cds-2025.html": Resource(
                b"<html><head><meta http-equiv='Content-Type' content='text/html; charset=windows-1258'></head><body><p>"
                + encode_cp1258(CP1258_TEXT)
                + b"</p><a href='/files/cds.doc'>T\xe0i li\xea\xf2u</a></body></html>",
                "text/html; charset=windows-1258"),
            "/tin-tuc/ket-qua.html": Resource(_page("Kết quả", "<p>Không có tệp đính kèm.</p>"), "text/html"),
            "/tin-tuc/cu.html": Resource(_page("Tin cũ", "<p>Cũ.</p>"), "text/html"),
            "/private/noi-bo.html": Resource(_page("Nội bộ", "<p>Không được thu thập.</p>"), "text/html"),
            "/files/KH_110_UBND.pdf": Resource(minimal_pdf("KH 110/KH-UBND"), pdf),
            "/files/phu-luc.pdf": Resource(minimal_pdf("Phu luc"), "text/html"),  # a PDF with the wrong type
            "/files/loi.pdf": Resource(_page("404", "<p>Không tìm thấy trang</p>"), pdf),  # error page as PDF
            "/files/qua-lon.pdf": Resource(b"%PDF-1.4\n" + b"0" * OVERSIZED, pdf),
            "/files/qua-lon-stream.pdf": Resource(b"%PDF-1.4\n" + b"1" * OVERSIZED, pdf),
            "/files/cham.pdf": Resource(minimal_pdf("cham"), pdf),
            "/files/ban.pdf": Resource(minimal_pdf("ban"), pdf),
            "/files/loi-500.pdf": Resource(minimal_pdf("loi 500"), pdf),
            "/files/cds.doc": Resource(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512, "application/msword"),
            "/files/direct.pdf": Resource(minimal_pdf("Quyet dinh"), pdf),
            "/files/etag-moi.pdf": Resource(minimal_pdf("ETag moi"), pdf),
        }
    )
    portal.failures_left = {"/files/ban.pdf": 1, "/files/loi-500.pdf": 1}
    return portal


REDIRECTS = {
    "/files/vong-a.pdf": "/files/vong-b.pdf",  # a loop
    "/files/vong-b.pdf": "/files/vong-a.pdf",
    "/files/ban-cu.pdf": "/files/KH_110_UBND.pdf",  # a moved file
    "/files/ftp.pdf": "ftp://127.0.0.1/KH_110_UBND.pdf",
}


class _Handler(BaseHTTPRequestHandler):
    server_version = "FakePortal/1.0"

    def log_message(self, format: str, *args: object) -> None:  # keep test output clean
        pass

    def do_GET(self) -> None:  # noqa: N802 (http.server naming)
        portal: Portal = self.server.portal  # type: ignore[attr-defined]
        path = self.path
        record = Request(path=path, headers={k.lower(): v for k, v in self.headers.items()}, at=time.monotonic())
        with portal.lock:
            portal.requests.append(record)
        try:
            record.status = self._respond(portal, path)
        except (BrokenPipeError, ConnectionResetError):
            record.status = -1  # the client gave up (timeout), as intended

    def _respond(self, portal: Portal, path: str) -> int:
        route = urlsplit(path).path
        location = portal.redirects.get(route) or REDIRECTS.get(route)
        if location:
            return self._status(302, {"Location": location})
        with portal.lock:
            failing = portal.failures_left.get(route, 0)
            if failing:
                portal.failures_left[route] = failing - 1
        if failing and route == "/files/ban.pdf":
            return self._status(429, {"Retry-After": portal.retry_after})
        if failing:
            return self._status(500, {})
        if route == "/files/cham.pdf":
            time.sleep(SLOW_SECONDS)
        resource = portal.resources.get(path)
        if resource is None:
            return self._status(404, {}, b"<html><body>404</body></html>")
        etag = f'"{hashlib.sha256(resource.body).hexdigest()[:16]}"'
        if route == "/files/etag-moi.pdf":  # a server that makes up a new ETag for every response
            etag = f'"{time.monotonic_ns()}"'
        if resource.etag and self.headers.get("If-None-Match") == etag:
            return self._status(304, {"ETag": etag})
        if not resource.etag and self.headers.get("If-Modified-Since") == LAST_MODIFIED:
            return self._status(304, {"Last-Modified": LAST_MODIFIED})
        self.send_response(200)
        self.send_header("Content-Type", resource.content_type)
        self.send_header("Last-Modified", LAST_MODIFIED)
        if resource.etag:
            self.send_header("ETag", etag)
        if route != "/files/qua-lon-stream.pdf":  # that one ends when the connection closes
            self.send_header("Content-Length", str(len(resource.body)))
        self.end_headers()
        self.wfile.write(resource.body)
        return 200

    def _status(self, status: int, headers: dict[str, str], body: bytes = b"") -> int:
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if body:
            self.wfile.write(body)
        return status


def serve(portal: Portal) -> Iterator[Portal]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    server.daemon_threads = True
    server.portal = portal  # type: ignore[attr-defined]
    host, port = server.server_address[:2]
    portal.base_url = f"http://{host}:{port}"
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield portal
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
def portal() -> Iterator[Portal]:
    yield from serve(build_portal())


def portal_manifest(portal: Portal, directory, *, max_pages: int = 2):
    """A sources.yaml for the portal: the listing plus one direct document."""
    text = f"""\
sources:
  - id: soctrang-news
    province: Sóc Trăng
    kind: listing
    url: {portal.url('/tin-tuc?page=1')}
    follow: ['/tin-tuc/[a-z0-9-]+[.]html$', '/private/']
    next: 'Trang sau'
    max_pages: {max_pages}
  - id: soctrang-qd-direct
    province: Sóc Trăng
    url: {portal.url('/files/direct.pdf')}
"""
    path = directory / "sources.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def ingest_manifest(portal: Portal, directory, attachments: str = r"(KH_110_UBND|phu-luc[-0-9]*|loi-500)[.]pdf$"):
    """A manifest of the portal's well-behaved parts (plus a local file): a clean run has no failures."""
    (directory / "local.txt").write_text("Mục tiêu đến năm 2030: 100% xã đạt chuẩn.", encoding="utf-8")
    path = directory / "sources.yaml"
    path.write_text(
        f"""\
sources:
  - id: soctrang-news
    province: Sóc Trăng
    kind: listing
    url: {portal.url('/tin-tuc?page=1')}
    follow: ['/tin-tuc/(kh-110|ket-qua)[.]html$']
    next: 'Trang sau'
    max_pages: 2
    attachments: '{attachments}'
  - id: local-note
    path: local.txt
""",
        encoding="utf-8",
    )
    return path
