"""Media type from the bytes themselves: a PDF served as text/html is still a
PDF, and an HTML error page saved as .pdf is not."""

from __future__ import annotations

import io
import re
import zipfile

PDF, HTML, TEXT, UNKNOWN = "pdf", "html", "text", "unknown"
# Office containers: Word and Excel (OOXML), their legacy binary forms, and any other ZIP/OLE file.
DOCX, XLSX, DOC, XLS, OFFICE = "docx", "xlsx", "doc", "xls", "office"
OFFICE_TYPES = (DOCX, XLSX, DOC, XLS, OFFICE)

_HTML_START = re.compile(rb"^\s*(<!doctype\s+html|<html|<head|<body|<\?xml[^>]*>\s*<html|<meta|<title|<div|<!--)", re.I)
# Markup that text files exported by a CMS hold: a fragment starting with a block tag,
# or running text with several closing tags (a .txt holding an article's HTML).
_FRAGMENT_START = re.compile(rb"^\s*<(p|h[1-6]|table|article|section|span|strong|b|em|ul|ol|br|figure|header|main)\b[^>]*>", re.I)
_CLOSING_TAG = re.compile(rb"</(p|div|span|strong|em|b|i|u|td|tr|table|li|ul|ol|h[1-6]|a)\s*>", re.I)
MARKUP_TAGS = 3  # closing tags in the first 2 KiB that make a text file HTML
# A CMS export: "---" front matter (JSON or YAML) before the body.
_FRONT_MATTER = re.compile(rb"^(?:\xef\xbb\xbf)?\s*---[ \t]*\r?\n.*?\r?\n---[ \t]*\r?\n", re.S)
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # legacy .doc/.xls container
_OLE_WORKBOOK = ("Workbook".encode("utf-16-le"), "Book\x00".encode("utf-16-le"))  # an Excel stream's name
_ZIP = b"PK\x03\x04"  # .docx, .xlsx and other ZIP files
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
PDF_HEADER_WINDOW = 1024  # readers accept junk before "%PDF-" within the first KiB


def sniff_media_type(data: bytes) -> str:
    head = data[:2048]
    if head.lstrip(b"\x00\t\r\n \xef\xbb\xbf")[:5] == b"%PDF-":
        return PDF
    if head.startswith(_OLE):
        return XLS if any(name in data for name in _OLE_WORKBOOK) else DOC
    if head.startswith(_ZIP):
        return _zip_type(data)
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
    return HTML if is_markup(head) else TEXT


def is_markup(head: bytes) -> bool:
    """Text that is HTML: a fragment or a front-matter export whose body is markup."""
    front = _FRONT_MATTER.match(head)
    body = head[front.end():] if front else head.lstrip(b"\xef\xbb\xbf")
    return bool(_HTML_START.match(body) or _FRAGMENT_START.match(body)
                or len(_CLOSING_TAG.findall(body)) >= MARKUP_TAGS)


def _zip_type(data: bytes) -> str:
    try:
        names = set(zipfile.ZipFile(io.BytesIO(data)).namelist())
    except (zipfile.BadZipFile, ValueError, OSError):
        # A truncated file: the names are still in its local headers; parsing names what is wrong.
        names = {name.decode() for name in (b"word/document.xml", b"xl/workbook.xml") if name in data}
    if "word/document.xml" in names:
        return DOCX
    if "xl/workbook.xml" in names:
        return XLSX
    return OFFICE
