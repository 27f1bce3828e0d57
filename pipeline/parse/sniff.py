"""Media type from the bytes themselves: a PDF served as text/html is still a
PDF, and an HTML error page saved as .pdf is not."""

from __future__ import annotations

import re

PDF, HTML, TEXT, DOC, UNKNOWN = "pdf", "html", "text", "doc", "unknown"

_HTML_START = re.compile(rb"^\s*(<!doctype\s+html|<html|<head|<body|<\?xml[^>]*>\s*<html|<meta|<title|<div|<!--)", re.I)
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # legacy .doc/.xls container
_ZIP = b"PK\x03\x04"  # .docx and friends
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
PDF_HEADER_WINDOW = 1024  # readers accept junk before "%PDF-" within the first KiB


def sniff_media_type(data: bytes) -> str:
    head = data[:2048]
    if head.lstrip(b"\x00\t\r\n \xef\xbb\xbf")[:5] == b"%PDF-":
        return PDF
    if head.startswith(_OLE) or head.startswith(_ZIP):
        return DOC
    if head[:2] in _UTF16_BOMS:
        # UTF-16 text has NUL bytes: judge its decoded form instead.
        head = head.decode("utf-16", "ignore").encode("utf-8")
    if _HTML_START.match(head.lstrip(b"\xef\xbb\xbf")):
        return HTML
    if 0 < head.find(b"%PDF-") < PDF_HEADER_WINDOW:
        return PDF
    if not head:
        return UNKNOWN
    if b"\x00" in head:
        return UNKNOWN
    return TEXT
