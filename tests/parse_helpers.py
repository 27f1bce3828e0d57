"""Helpers for the parse-stage tests: a FetchedBlob for a file, tiny hand-made PDFs."""

from __future__ import annotations

import hashlib
from datetime import datetime, timezone
from pathlib import Path

from pipeline.parse.legacy_encodings import _TCVN3
from pipeline.parse.stage import ParseSettings, parse_blob
from pipeline.parse.sniff import sniff_media_type
from schemas import FetchedBlob, ParsedDocument


def blob_for(path: Path, url: str | None = None) -> FetchedBlob:
    data = path.read_bytes()
    return FetchedBlob(
        sha256=hashlib.sha256(data).hexdigest(), source_id=path.stem, url=url or str(path),
        media_type=sniff_media_type(data), size=len(data), path=str(path),
        fetched_at=datetime(2026, 1, 1, tzinfo=timezone.utc),
    )


def parse_file(path: Path, url: str | None = None, **settings) -> ParsedDocument:
    return parse_blob(blob_for(path, url), path, ParseSettings(**settings))


def write_and_parse(tmp_path: Path, name: str, data: bytes, url: str | None = None, **settings) -> ParsedDocument:
    path = tmp_path / name
    path.write_bytes(data)
    return parse_file(path, url, **settings)


def minimal_pdf(objects: list[bytes], trailer_extra: bytes = b"") -> bytes:
    """A PDF with a correct xref table from numbered object bodies (object 1 is the catalog)."""
    out = b"%PDF-1.4\n"
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R " % (len(objects) + 1) + trailer_extra + b">>\n"
    out += b"startxref\n%d\n%%%%EOF\n" % xref
    return out


def text_pdf(lines: list[str], media_box: str = "0 0 595 842") -> bytes:
    """One page of Helvetica text (Latin-1 only), one line per string."""
    ops = b"BT /F1 12 Tf 14 TL 50 780 Td " + b" ".join(
        b"(" + line.encode("latin-1").replace(b"(", b"\\(").replace(b")", b"\\)") + b") '" for line in lines
    ) + b" ET"
    return minimal_pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [" + media_box.encode() + b"] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(ops) + ops + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ])


def doubled_text_pdf(line: str, times: int = 2) -> bytes:
    """One page where the same line is drawn ``times`` times at one place (fake bold)."""
    draw = b"BT /F1 12 Tf 50 780 Td (" + line.encode("latin-1") + b") Tj ET "
    ops = draw * times
    return minimal_pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(ops) + ops + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ])


def flate_bomb_pdf(inflated_bytes: int) -> bytes:
    """One page whose Flate content stream inflates to ``inflated_bytes`` spaces."""
    import zlib

    packed = zlib.compress(b" " * inflated_bytes, 9)
    return minimal_pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(packed) + packed + b"\nendstream",
    ])


def fonts_pdf(lines: list[tuple[str, str]]) -> bytes:
    """One page of (BaseFont name, Latin-1 line) pairs, each line in its own font."""
    fonts = sorted({font for font, _ in lines})
    ops = b"BT 14 TL 50 780 Td "
    for font, line in lines:
        escaped = line.encode("latin-1").replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
        ops += b"/F%d 12 Tf (" % fonts.index(font) + escaped + b") ' "
    ops += b"ET"
    font_refs = b" ".join(b"/F%d %d 0 R" % (i, 5 + i) for i in range(len(fonts)))
    return minimal_pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << " + font_refs + b" >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(ops) + ops + b"\nendstream",
    ] + [b"<< /Type /Font /Subtype /Type1 /BaseFont /" + font.encode() + b" /Encoding /WinAnsiEncoding "
         b"/FirstChar 32 /LastChar 255 /Widths [250 " + b" ".join([b"500"] * 223) + b"] "
         b"/FontDescriptor << /Type /FontDescriptor /FontName /" + font.encode() + b" /Flags 32 "
         b"/FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 900 /Descent -200 /CapHeight 700 /StemV 80 >> >>"
         for font in fonts])


# Unicode letter → its TCVN3 character (as read through Windows-1252), from the parser's own table.
_TO_TCVN3 = {letter: byte for byte, letter in _TCVN3.items() if byte != "μ"}


def tcvn3_paragraphs(docs: Path) -> list[str]:
    """Two one-line paragraphs of a real plan from the corpus, with many "ư" (U+00AD in TCVN3)."""
    paragraphs = (docs / "seed_000.txt").read_text(encoding="utf-8").strip().split("\n\n")
    chosen = [" ".join(p.split()) for p in paragraphs if p.count("ư") >= 3 and "\n" not in p.strip()][:2]
    assert len(chosen) == 2
    return chosen


def tcvn3_typed(text: str) -> str:
    """``text`` typed in TCVN3. Accented capitals have no TCVN3 character of their own:
    the ".VnTimeH" fonts draw the lower-case ones."""
    return "".join(_TO_TCVN3.get(ch, _TO_TCVN3.get(ch.lower(), ch)) for ch in text)


def as_tcvn3_reads(text: str) -> str:
    """What a TCVN3 copy of ``text`` stands for: the accented capitals come back in lower case."""
    return "".join(ch if ch in _TO_TCVN3 or ch.isascii() or ch.lower() not in _TO_TCVN3 else ch.lower() for ch in text)
