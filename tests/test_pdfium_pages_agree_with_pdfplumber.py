"""Pages PDFium reads come out as pdfplumber reads them (issue 12: word agreement ≥ 0.99),
on the kinds of page where PDFium's characters once differed from pdfminer's: text in a
"1 Tf" font scaled by its text matrix with superscript footnote numbers, row numbers in
the first column of a ruled table near the top of the page, and a table of contents whose
dot leaders follow and precede a space drawn as a run of its own (a Word tab)."""

from __future__ import annotations

import ctypes
from pathlib import Path

import fpdf  # fpdf2, the test extra
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import pytest
from parse_helpers import write_and_parse

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
BODY = "Kế hoạch triển khai nhiệm vụ phát triển kinh tế xã hội năm 2026 của tỉnh Lào Cai"


def _both_engines(tmp_path: Path, data: bytes):
    auto = write_and_parse(tmp_path, "auto.pdf", data, text_engine="auto", ocr="never")
    plumber = write_and_parse(tmp_path, "plumber.pdf", data, text_engine="pdfplumber", ocr="never")
    return auto, plumber


def _fpdf() -> fpdf.FPDF:
    if not FONT.exists():
        pytest.fail(f"{FONT} missing: scripts/setup.sh --test installs fonts-dejavu-core")
    pdf = fpdf.FPDF(format="A4", unit="pt")
    pdf.set_auto_page_break(False)
    pdf.add_font("DejaVuSans", fname=str(FONT))
    pdf.set_font("DejaVuSans", size=12)
    return pdf


def _scaled_run(pdf: pdfium.PdfDocument, page: pdfium.PdfPage, text: str, size: float, x: float, y: float) -> float:
    """``text`` in Helvetica at "1 Tf", scaled to ``size`` by its matrix; returns where it ends."""
    run = pdfium_c.FPDFPageObj_NewTextObj(pdf.raw, b"Helvetica", ctypes.c_float(1))
    chars = (text + "\0").encode("utf-16-le")
    pdfium_c.FPDFText_SetText(run, ctypes.cast(ctypes.c_char_p(chars), ctypes.POINTER(pdfium_c.FPDF_WCHAR)))
    pdfium_c.FPDFPageObj_Transform(run, size, 0, 0, size, x, y)
    pdfium_c.FPDFPage_InsertObject(page.raw, run)
    right = ctypes.c_float()
    pdfium_c.FPDFPageObj_GetBounds(run, ctypes.byref(ctypes.c_float()), ctypes.byref(ctypes.c_float()),
                                   ctypes.byref(right), ctypes.byref(ctypes.c_float()))
    return right.value


def test_superscript_footnote_numbers_of_a_matrix_scaled_font_stay_on_their_line(tmp_path):
    pdf = pdfium.PdfDocument.new()
    page = pdf.new_page(595, 842)
    y = 760.0
    for number, item in enumerate(["7.", "7a.", "7b."], start=7):
        x = _scaled_run(pdf, page, item, 14, 72, y)
        x = _scaled_run(pdf, page, str(number), 9, x + 0.5, y + 5)  # the footnote reference, raised
        _scaled_run(pdf, page, " LS - Cap cho luat su nuoc ngoai hanh nghe tai Viet Nam.", 14, x + 0.5, y)
        y -= 24
    pdfium_c.FPDFPage_GenerateContent(page.raw)
    path = tmp_path / "made.pdf"
    pdf.save(str(path))
    page.close()
    pdf.close()

    auto, plumber = _both_engines(tmp_path, path.read_bytes())
    assert [span.engine for span in auto.pages] == ["pdfium"]
    assert auto.text == plumber.text
    assert auto.text.split("\n")[0] == "7.7 LS - Cap cho luat su nuoc ngoai hanh nghe tai Viet Nam."


def test_row_numbers_in_the_first_column_of_a_ruled_table_stay_in_their_rows(tmp_path):
    pdf = _fpdf()
    pdf.add_page()
    # The page number is drawn first, at the bottom: each row's number then jumps back up the
    # page, as a number typed late into the letterhead would (pdfplumber's _split_late_numbers).
    pdf.text(290, 800, "- 13 -")
    pdf.text(60, 100, BODY)
    rows = [("TT", "Các thông số", "Đơn vị", "Giá trị"), ("1", "Đường kính lỗ khoan", "mm", "76"),
            ("2", "Đường cản chân tầng", "m", "2,8"), ("3", "Khoảng cách các lỗ khoan", "m", "2,8"),
            ("4", "Chiều cao tầng", "m", "5,0")]
    columns = (60, 81, 300, 380, 480)
    for number, row in enumerate(rows):
        top = 120 + 20 * number
        for (left, right), text in zip(zip(columns, columns[1:]), row):
            pdf.rect(left, top, right - left, 20)
            pdf.text(left + 2.5, top + 14, text)
            if left == columns[0]:
                # Word's space after the number, a run of its own that PDFium's text page gives
                # no box: where pdfminer's space ends decides whether "1 " runs on into its row.
                pdf.text(left + 2.5 + pdf.get_string_width(text), top + 14, " ")
    auto, plumber = _both_engines(tmp_path, bytes(pdf.output()))
    assert [span.engine for span in auto.pages] == ["pdfium"]
    assert auto.text == plumber.text and auto.tables == plumber.tables
    assert "1 Đường kính lỗ khoan mm 76" in auto.text.split("\n")


def test_a_table_of_contents_keeps_the_spaces_around_its_dot_leaders(tmp_path):
    pdf = _fpdf()
    for page in range(2):  # page 1 is laid out from PDFium's character boxes, page 2 is its plain text
        pdf.add_page()
        pdf.text(72, 72, BODY)
        for line, (title, number) in enumerate([("Lời nói đầu", "4"), ("Phạm vi, đối tượng áp dụng", "5"),
                                                ("Tài liệu viện dẫn", "13")]):
            y = 420 + 22 * line  # below the letterhead band: page 2 is PDFium's plain text
            pdf.text(72, y, title)
            end = 72 + pdf.get_string_width(title)
            # A Word tab: a space drawn on its own, overlapped by the leader (and the leader's
            # own tab by the page number) as the tab stops fall.
            pdf.text(end + 1, y, " ")
            leader = "." * int((480 - end) / pdf.get_string_width("."))
            pdf.text(end + 2, y, leader)
            pdf.text(480 + 1, y, " ")
            pdf.text(482, y, number)
    auto, plumber = _both_engines(tmp_path, bytes(pdf.output()))
    assert [span.engine for span in auto.pages] == ["pdfium", "pdfium"]
    assert auto.text == plumber.text
    for page in auto.text.split("\n\f\n"):
        lines = page.split("\n")
        assert lines[2].startswith("Phạm vi, đối tượng áp dụng ....") and lines[2].endswith(".. 5")
