"""The parser's own text layout gives pdfplumber's strings: ``layout.flow_text`` is
``chars_to_textmap(…, use_text_flow=True).as_string``, ``layout.plain_text`` is
``utils.extract_text`` and ``tables.cell_texts`` is ``Table.extract()``, on the characters
of every corpus PDF page as pdfminer reads them and as PDFium reads them (what the parser
feeds them)."""

from __future__ import annotations

import pdfplumber
import pypdfium2 as pdfium

from pipeline.parse.pdf import pdfium as pdfium_reader
from pipeline.parse.pdf.layout import flow_text, plain_text
from pipeline.parse.pdf.plumber import TEXT_OPTIONS, _merge_stamps, widget_chars
from pipeline.parse.pdf.tables import MIN_RULES, _by_height, cell_texts


def _pdfplumbers_flow(chars: list[dict]) -> str:
    return pdfplumber.utils.chars_to_textmap(chars, **TEXT_OPTIONS).as_string if chars else ""


def _pdfium_chars(pdf: pdfium.PdfDocument, index: int) -> list[dict]:
    page = pdf[index]
    try:
        textpage = page.get_textpage()
        run_order = pdfium_reader._inspect_objects(page).run_order
        # None (a glyph without a Unicode map): no characters to lay out
        chars = pdfium_reader._char_boxes(textpage, page.get_size()[1], run_order) or []
        textpage.close()
        return chars
    finally:
        page.close()


def test_text_flow_is_pdfplumbers_on_every_corpus_page(shared_docs):
    pages = 0
    for path in sorted(shared_docs.glob("*.pdf")):
        pdf = pdfium.PdfDocument(str(path))
        with pdfplumber.open(path) as plumber:
            for index, page in enumerate(plumber.pages):
                stamps = widget_chars(page)
                for chars in (page.chars, page.dedupe_chars().chars, _pdfium_chars(pdf, index)):
                    assert flow_text(chars, TEXT_OPTIONS) == _pdfplumbers_flow(chars), f"{path.name} page {index + 1}"
                    merged = _merge_stamps(chars, stamps)
                    assert flow_text(merged, TEXT_OPTIONS) == _pdfplumbers_flow(merged), f"{path.name} page {index + 1}"
                pages += 1
                page.close()
        pdf.close()
    assert pages >= 38


def test_words_break_as_pdfplumber_breaks_them():
    def char(text: str, x0: float, top: float) -> dict:
        return {"text": text, "x0": x0, "x1": x0 + 5, "top": top, "bottom": top + 10, "doctop": top, "upright": True,
                "size": 10}

    cases = [
        [char("", 0, 0), char("a", 5, 0), char("b", 10, 0)],  # an empty character is a word of its own
        [char("a", 0, 0), char("", 5, 0), char("", 5, 0), char("b", 10, 0)],
        [char("ﬁ", 0, 0), char(" ", 5, 0), char("x", 20, 2.9), char("y", 30, 5.8), char("z", 0, 20), char("w", 4, 0)],
        [char("a", 10, 0), char("b", 5, 0), char("c", 16.4, 0), char("d", 23, 0)],  # a step back, gaps of 1.4 and 1.6
        # one line (a table cell) and just not: tops 3 apart are one line, 3.01 two; out of x order; a ligature
        [char("b", 10, 3), char("ﬂ", 0, 0), char(" ", 5, 1), char("a", 20, 1.5), char("c", 4, 3)],
        [char("b", 10, 3.01), char("ﬂ", 0, 0), char("a", 20, 1.5), char("c", 4, 3.01)],
        [char(" ", 0, 0), char(" ", 5, 0)],
    ]
    for chars in cases:
        assert flow_text(chars, TEXT_OPTIONS) == _pdfplumbers_flow(chars)
        assert plain_text(chars) == pdfplumber.utils.extract_text(chars)


def test_cell_texts_are_pdfplumbers_on_every_corpus_table(shared_docs):
    tables = 0
    for path in sorted(shared_docs.glob("*.pdf")):
        with pdfplumber.open(path) as pdf:
            for page in pdf.pages:
                if len(page.lines) + len(page.rects) >= MIN_RULES:
                    by_height = _by_height(page.chars)  # the page's characters sorted once, for all its tables
                    for table in page.find_tables():
                        expected = table.extract()
                        where = f"{path.name} page {page.page_number}"
                        assert cell_texts(table) == cell_texts(table, by_height) == expected, where
                        tables += 1
                page.close()
    assert tables >= 9
