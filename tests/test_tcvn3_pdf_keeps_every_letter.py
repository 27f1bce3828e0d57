"""A PDF typed in TCVN3 with a font not named ".Vn…" (so not converted glyph by glyph)
reads as the Unicode it stands for, with either text engine: U+00AD, TCVN3's "ư", must be
converted before the cleaning drops soft hyphens ("dưới" once came out as "dới"), and
PDFium, which takes a line-final U+00AD for a soft hyphen, leaves such pages to pdfplumber."""

from __future__ import annotations

import re
from pathlib import Path

import fpdf  # fpdf2, the test extra
import pytest
from parse_helpers import as_tcvn3_reads, tcvn3_paragraphs, tcvn3_typed, write_and_parse

# A TrueType font with the Latin-1 glyphs TCVN3 text is drawn with (Debian's fonts-dejavu-core).
FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
_ENDS_IN_U_HORN = re.compile(r"(?<=ư)\s")


def _corpus_lines(shared_docs) -> list[str]:
    """Two plan paragraphs of the corpus, and one broken into lines after each word ending in "ư"."""
    paragraphs = tcvn3_paragraphs(shared_docs)
    text = (shared_docs / "seed_000.txt").read_text(encoding="utf-8")
    ending = next(" ".join(p.split()) for p in text.split("\n\n") if _ENDS_IN_U_HORN.search(" ".join(p.split()) + " "))
    return paragraphs + [_ENDS_IN_U_HORN.sub("\n", ending)]


def _tcvn3_pdf(paragraphs: list[str]) -> bytes:
    if not FONT.exists():
        pytest.fail(f"{FONT} missing: scripts/setup.sh --test installs fonts-dejavu-core")
    pdf = fpdf.FPDF(format="A4")
    pdf.add_font("DejaVuSans", fname=str(FONT))
    pdf.set_font("DejaVuSans", size=11)
    for _ in range(2):  # page 1 is laid out from PDFium's character boxes, page 2 is its plain text
        pdf.add_page()
        for paragraph in paragraphs:
            # print_sh: U+00AD is a letter here, drawn like any other, not a hyphenation point.
            pdf.multi_cell(0, 6, tcvn3_typed(paragraph), print_sh=True, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(6)
    return bytes(pdf.output())


def test_tcvn3_pdf_keeps_u_horn_with_either_engine(tmp_path, shared_docs):
    paragraphs = _corpus_lines(shared_docs)
    data = _tcvn3_pdf(paragraphs)

    parsed = {engine: write_and_parse(tmp_path, f"tcvn3-{engine}.pdf", data, text_engine=engine)
              for engine in ("auto", "pdfplumber")}

    for document in parsed.values():
        for page in document.text.split("\n\f\n"):
            read = " ".join(page.split())
            for paragraph in paragraphs:
                assert as_tcvn3_reads(" ".join(paragraph.split())) in read
        assert document.warnings == [f"page {n}: legacy TCVN3 encoding converted to Unicode" for n in (1, 2)]
    assert parsed["auto"].text == parsed["pdfplumber"].text
