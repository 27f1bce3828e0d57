"""text_engine "auto": PDFium reads plainly born-digital pages (page 1 with its letterhead,
signature-widget pages, late-filled numbers and ruled tables laid out from its character
boxes and path objects), pdfplumber every other page, and the document comes out as
pdfplumber alone would have made it."""

from __future__ import annotations

import ctypes
import hashlib
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from pathlib import Path

import pdfplumber
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import pytest

from pipeline.parse import stage as parse
from pipeline.extract.stage import extract_document
from pipeline.parse.stage import ParseSettings, parse_blob
from pipeline.parse.pdf.plumber import extract_page
from pipeline.parse.pdf.tables import MIN_RULES
from pipeline.parse.pdf import pdfium as pdfium_reader
from pipeline.parse.pdf.pdfium import read_clean_page
from pipeline.settings import load_settings
from schemas import FetchedBlob

DECISION = "lc_qd2170_ctdt_kcn_banqua_2026.pdf"  # e-signed decision: stamped page 1, ruled tables, a clean page 4
CLEAN_PAGE = 4
# 1: letterhead and signature stamps; 2, 5-9: ruled tables; 3: its page number drawn last, at the top
PDFIUM_PAGES = list(range(1, 10))


def _read(path: Path, number: int):
    pdf = pdfium.PdfDocument(str(path))
    try:
        with pdfplumber.open(path) as plumber:
            return read_clean_page(pdf, number - 1, lambda: plumber.pages[number - 1])
    finally:
        pdf.close()


def _parse(path: Path, **settings):
    data = path.read_bytes()
    blob = FetchedBlob(sha256=hashlib.sha256(data).hexdigest(), source_id="local", url=str(path), media_type="pdf",
                       size=len(data), path=str(path), fetched_at=datetime(2026, 1, 1, tzinfo=UTC))
    return parse_blob(blob, path, ParseSettings(ocr="never", **settings))


def test_a_clean_born_digital_page_is_read_by_pdfium_with_pdfplumbers_words(shared_docs):
    read = _read(shared_docs / DECISION, CLEAN_PAGE)
    assert read.page is not None, read.refused_by
    assert read.page.engine == "pdfium"
    with pdfplumber.open(shared_docs / DECISION) as pdf:
        ours = extract_page(pdf.pages[CLEAN_PAGE - 1])
    assert read.page.text.split() == ours.text.split()
    assert read.page.text.split("\n") == ours.text.split("\n")
    assert (read.page.verdict, read.page.notes, read.page.tables) == (ours.verdict, ours.notes, ours.tables)


@pytest.mark.parametrize("number", PDFIUM_PAGES)
def test_letterhead_stamped_late_number_and_table_pages_are_laid_out_as_pdfplumber_does(shared_docs, number):
    read = _read(shared_docs / DECISION, number)
    assert read.page is not None, read.refused_by
    with pdfplumber.open(shared_docs / DECISION) as pdf:
        ours = extract_page(pdf.pages[number - 1])
    assert read.page.text == ours.text
    assert (read.page.verdict, read.page.notes, read.page.tables) == (ours.verdict, ours.notes, ours.tables)


def test_signature_stamps_are_merged_where_they_sit(shared_docs):
    text = _read(shared_docs / DECISION, 1).page.text
    assert "Lào Cai, ngày 23 tháng 6 năm 2026" in text  # "23" and "6" are widget appearances over blanks
    lines = text.split("\n")
    # The letterhead's two columns stay apart; "2170" is a widget appearance over the number's blank.
    assert lines[:4] == ["UỶ BAN NHÂN DÂN", "TỈNH LÀO CAI", "Số: 2170 /QĐ - UBND", "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"]


@pytest.mark.parametrize(("name", "number", "refused_by"), [
    ("bct_cv2265_hhnh_2026_scan.pdf", 2, "page-covering image"),
    ("lc_bb_kiemtra_kho_mongson_2026_badocr.pdf", 2, "page-covering image"),  # scan under a hidden OCR layer
    ("vn_cn_nghidinhthu_vantai_ocr.pdf", 3, "page-covering image"),  # scan with a visible OCR layer
    ("lc_cv3036_kho_vlncn_2026_garbled.pdf", 2, "character without a Unicode map"),
])
def test_pages_pdfplumber_must_read_are_left_to_it(shared_docs, name, number, refused_by):
    read = _read(shared_docs / name, number)
    assert read.page is None
    assert read.refused_by == refused_by


def test_the_characters_pdfium_makes_up_are_spaces_and_line_breaks_only(shared_docs):
    # The per-character loop asks PDFium whether a character was made up only of these codes.
    made_up = set()
    for path in sorted(shared_docs.glob("*.pdf")):
        pdf = pdfium.PdfDocument(str(path))
        for index in range(len(pdf)):
            page = pdf[index]
            textpage = page.get_textpage()
            made_up.update(pdfium_c.FPDFText_GetUnicode(textpage.raw, i)
                           for i in range(textpage.count_chars()) if pdfium_c.FPDFText_IsGenerated(textpage.raw, i) == 1)
            textpage.close()
            page.close()
        pdf.close()
    assert made_up == pdfium_reader._GENERATED_CODES


def test_ruled_pages_read_by_pdfium_get_pdfplumbers_rules_and_tables(shared_docs):
    """Lines, rectangles and curves made from PDFium's paths are pdfminer's, one for one,
    so pdfplumber's table finder finds the same tables, cell for cell."""
    checked = 0
    for path in sorted(shared_docs.glob("*.pdf")):
        pdf = pdfium.PdfDocument(str(path))
        with pdfplumber.open(path) as plumber:
            for page in plumber.pages:
                if len(page.lines) + len(page.rects) >= MIN_RULES:
                    read = read_clean_page(pdf, page.page_number - 1, lambda: page)
                    if read.page is not None:
                        checked += 1
                        pdfium_page = pdf[page.page_number - 1]
                        rules = pdfium_reader._rules(pdfium_reader._inspect_objects(pdfium_page).paths,
                                                     pdfium_page.get_size()[1])
                        pdfium_page.close()
                        assert [len(rules[kind]) for kind in ("line", "rect", "curve")] == [
                            len(page.lines), len(page.rects), len(page.curves)], f"{path.name} page {page.page_number}"
                        assert read.page.tables == extract_page(page).tables, f"{path.name} page {page.page_number}"
                page.close()
        pdf.close()
    assert checked >= 8


def test_auto_gives_the_pdfplumber_document_and_says_which_pages_pdfium_read(shared_docs):
    auto = _parse(shared_docs / DECISION, text_engine="auto")
    plumber = _parse(shared_docs / DECISION, text_engine="pdfplumber")
    assert auto.status == "ok" and auto.parser == "pdfplumber+pdfium" and [s.page for s in auto.pages if s.engine == "pdfium"] == PDFIUM_PAGES
    assert plumber.parser == "pdfplumber" and {s.engine for s in plumber.pages} == {"pdfplumber"}
    assert _without_engines(auto) == _without_engines(plumber)


def test_the_engine_of_each_page_reaches_the_pages_records(tmp_path):
    # Page 2 is drawn in invisible text (the hidden layer of an OCR'd scan): pdfplumber's.
    path = _two_page_pdf(tmp_path, render_mode=pdfium_c.FPDF_TEXTRENDERMODE_INVISIBLE)
    extraction = extract_document(_parse(path, text_engine="auto"))
    assert {page.page: page.engine for page in extraction.pages} == {1: "pdfium", 2: "pdfplumber"}


def test_accents_reaching_into_the_line_below_are_not_text_drawn_over_itself(shared_docs):
    """The box of "ậ" on one line overlaps that of "Điều " below it by a sliver: the page
    is PDFium's, with pdfplumber's text (a repeat PDFium drops would cover its glyph)."""
    name = "lc_qd1696_uyquyen_sct_2026.pdf"
    read = _read(shared_docs / name, 2)
    assert read.page is not None, read.refused_by
    with pdfplumber.open(shared_docs / name) as pdf:
        ours = extract_page(pdf.pages[1])
    assert read.page.text == ours.text
    assert (read.page.verdict, read.page.notes, read.page.tables) == (ours.verdict, ours.notes, ours.tables)


def _without_engines(doc) -> dict:
    """The document as data, leaving out what says which engine read it."""
    data = doc.model_dump(exclude={"parser"})
    for span in data["pages"]:
        span.pop("engine")
    return data


@pytest.mark.parametrize("settings", [{"text_engine": "pdfplumber"}, {"text_engine": "auto", "use_text_flow": False}])
def test_pdfium_is_not_asked_with_text_engine_pdfplumber_or_without_text_flow(shared_docs, monkeypatch, settings):
    asked = []
    monkeypatch.setattr(parse, "read_clean_page", lambda *args: asked.append(args))  # a failure would be swallowed
    doc = _parse(shared_docs / DECISION, **settings)
    assert not asked
    assert doc.status == "ok" and doc.parser == "pdfplumber" and all(s.engine == "pdfplumber" for s in doc.pages)


def test_a_pdfium_failure_sends_the_page_to_pdfplumber(shared_docs, monkeypatch):
    def broken(*args):
        raise pdfium.PdfiumError("simulated")

    monkeypatch.setattr(parse, "read_clean_page", broken)
    doc = _parse(shared_docs / DECISION, text_engine="auto")
    assert doc == _parse(shared_docs / DECISION, text_engine="pdfplumber")


def test_threads_parsing_side_by_side_get_the_serial_result(shared_docs):
    serial = _parse(shared_docs / DECISION)
    with ThreadPoolExecutor(2) as pool:
        results = list(pool.map(lambda _: _parse(shared_docs / DECISION), range(4)))
    assert all(doc == serial for doc in results)


def test_an_unknown_text_engine_is_refused_with_the_choices(tmp_path):
    with pytest.raises(ValueError, match="text_engine must be auto or pdfplumber, not 'pdfium'"):
        ParseSettings(text_engine="pdfium")
    params = tmp_path / "params.yaml"
    params.write_text("parse:\n  text_engine: fast\n", encoding="utf-8")
    with pytest.raises(ValueError, match="text_engine must be auto or pdfplumber"):
        load_settings(params)
    params.write_text("parse:\n  text_engine: pdfplumber\n", encoding="utf-8")
    assert load_settings(params).parse.text_engine == "pdfplumber"


# --------------------------------------------------------------------------- synthetic pages

LINE = "Ke hoach trien khai nhiem vu phat trien kinh te xa hoi nam 2026 cua tinh"


def _made_pdf(tmp_path: Path, pages: list[list[str]], render_mode: int = pdfium_c.FPDF_TEXTRENDERMODE_FILL,
              again_at: float | None = None, turned: bool = False) -> Path:
    """One Helvetica line per string, 20 pt apart. From page 2 on the text is drawn with
    ``render_mode``, again ``again_at`` points to the right and turned a quarter when asked."""
    pdf = pdfium.PdfDocument.new()
    for number, lines in enumerate(pages, start=1):
        page = pdf.new_page(595, 842)
        later = number > 1
        for row, line in enumerate(lines):
            for shift in (0.0, again_at) if again_at is not None and later else (0.0,):
                text = pdfium_c.FPDFPageObj_NewTextObj(pdf.raw, b"Helvetica", ctypes.c_float(12))
                chars = (line + "\0").encode("utf-16-le")
                pdfium_c.FPDFText_SetText(text, ctypes.cast(ctypes.c_char_p(chars), ctypes.POINTER(pdfium_c.FPDF_WCHAR)))
                pdfium_c.FPDFTextObj_SetTextRenderMode(text, render_mode if later else pdfium_c.FPDF_TEXTRENDERMODE_FILL)
                if turned and later:
                    pdfium_c.FPDFPageObj_Transform(text, 0, 1, -1, 0, 0, 0)
                pdfium_c.FPDFPageObj_Transform(text, 1, 0, 0, 1, 72 + shift, 780 - 20 * row)
                pdfium_c.FPDFPage_InsertObject(page.raw, text)
        pdfium_c.FPDFPage_GenerateContent(page.raw)
        page.close()
    path = tmp_path / "made.pdf"
    pdf.save(str(path))
    pdf.close()
    return path


def _two_page_pdf(tmp_path: Path, **options) -> Path:
    return _made_pdf(tmp_path, [[LINE] * 10] * 2, **options)


def test_a_synthetic_clean_page_matches_pdfplumber(tmp_path):
    path = _two_page_pdf(tmp_path)
    read = _read(path, 2)
    assert read.page is not None, read.refused_by
    with pdfplumber.open(path) as pdf:
        assert read.page.text == extract_page(pdf.pages[1]).text == "\n".join([LINE] * 10)


def test_invisible_text_stays_on_pdfplumber(tmp_path):
    assert _read(_two_page_pdf(tmp_path, render_mode=pdfium_c.FPDF_TEXTRENDERMODE_INVISIBLE), 2).refused_by == "invisible text"


@pytest.mark.parametrize("shift", [0.0, 0.4, 3.0])  # the same place, fake bold, a shadow
def test_text_drawn_over_itself_stays_on_pdfplumber(tmp_path, shift):
    assert _read(_two_page_pdf(tmp_path, again_at=shift), 2).refused_by == "text runs drawn over one another"


def test_turned_text_stays_on_pdfplumber(tmp_path):
    assert _read(_two_page_pdf(tmp_path, turned=True), 2).refused_by == "rotated, skewed or mirrored text"


def test_pages_read_by_pdfium_lose_running_headers_and_page_numbers_like_the_others(tmp_path):
    pages = [["UBND TINH LAO CAI", *[LINE] * 8, f"Trang {n}"] for n in range(1, 5)]
    path = _made_pdf(tmp_path, pages)
    auto, plumber = _parse(path, text_engine="auto"), _parse(path, text_engine="pdfplumber")
    assert [s.page for s in auto.pages if s.engine == "pdfium"] == [1, 2, 3, 4] and auto.parser == "pdfplumber+pdfium"
    assert auto.text == plumber.text and _without_engines(auto)["pages"] == _without_engines(plumber)["pages"]
    assert "UBND TINH LAO CAI" not in auto.text and "Trang" not in auto.text
