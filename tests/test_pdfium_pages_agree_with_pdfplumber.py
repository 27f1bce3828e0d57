"""Pages PDFium reads come out as pdfplumber reads them (issue 12: word agreement ≥ 0.99),
on the kinds of page where PDFium's characters once differed from pdfminer's: text in a
"1 Tf" font scaled by its text matrix with superscript footnote numbers, row numbers in
the first column of a ruled table near the top of the page, a table of contents whose
dot leaders follow and precede a space drawn as a run of its own (a Word tab), and the
blanks pdfminer reads where PDFium's text page has none (Word's empty footer paragraphs,
empty table cells) around numbers that jump back up the page."""

from __future__ import annotations

import ctypes
from pathlib import Path

import fpdf  # fpdf2, the test extra
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import pytest
from parse_helpers import parse_file, write_and_parse

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
# Real PDFs of provincial bodies (benchmarks/real_pdfs.yaml), copied by scripts/get_external_docs.py.
REAL_PDFS = Path(__file__).resolve().parents[1] / "data" / "external" / "real-pdfs"
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


def test_row_numbers_near_the_top_stay_in_their_rows_below_an_empty_footer_drawn_first(tmp_path):
    pdf = _fpdf()
    pdf.add_page()
    # Word draws a page's empty footer paragraph before its body: a blank at the bottom of
    # the page, which pdfminer reads and PDFium's text page does not. It is no text the row
    # numbers below "jump back" from, as numbers typed late into the letterhead would.
    pdf.text(72, 815, " ")
    pdf.text(60, 60, BODY)
    rows = [("1", "Đường kính lỗ khoan 76 mm"), ("2", "Đường cản chân tầng 2,8 m"),
            ("3", "Chiều cao tầng 5,0 m")]
    for number, (row_number, text) in enumerate(rows):
        pdf.text(62, 100 + 40 * number, row_number)
        pdf.text(90, 100 + 40 * number, text)
    auto, plumber = _both_engines(tmp_path, bytes(pdf.output()))
    assert [span.engine for span in auto.pages] == ["pdfium"]
    assert auto.text == plumber.text
    assert auto.text.split("\n")[1:] == [f"{n} {text}" for n, text in rows]


def test_a_table_drawn_after_the_text_below_it_keeps_each_row_on_one_line(tmp_path):
    pdf = _fpdf()
    pdf.add_page()
    pdf.text(60, 60, BODY)
    for line in range(8):
        pdf.text(60, 400 + 20 * line, BODY)
    # The rows of a table continued from the page before, drawn after the text below them:
    # their numbers jump back up the page. Its empty cells are blank runs (pdfminer reads a
    # space, PDFium's text page nothing), and the last column sits 0.4 pt lower.
    for number, (year, pupils) in enumerate([("2021", "62"), ("2022", "19")]):
        baseline = 100 + 22 * number
        pdf.text(81, baseline, year + " ")
        pdf.text(147, baseline, pupils + " ")
        for left in (226, 274, 325, 377, 427, 476):
            pdf.text(left, baseline, " ")
        pdf.text(525, baseline + 0.4, pupils)
    auto, plumber = _both_engines(tmp_path, bytes(pdf.output()))
    assert [span.engine for span in auto.pages] == ["pdfium"]
    assert auto.text == plumber.text
    assert auto.text.split("\n")[-2:] == ["2021 62 62", "2022 19 19"]


@pytest.mark.parametrize("name, page, line", [
    # Row numbers at the top of a table, below Word's empty footer paragraphs drawn first.
    ("nhanluc-vinhlong/bc-snv-vinhlong-tiep-thu-tham-dinh.pdf", 2, "3"),
    # Rows of a table drawn after the text below them, their last cell 0.4 pt lower.
    ("nhanluc-vinhlong/bc-snv-vinhlong-tong-ket-dao-tao-2021-2025.pdf", 17, "2021 62 62"),
])
def test_real_word_pages_read_by_pdfium_are_pdfplumbers_text(name, page, line):
    path = REAL_PDFS / name
    if not path.exists():
        pytest.skip(f"{name} not in data/external (python scripts/get_external_docs.py benchmarks/real_pdfs.yaml)")
    auto = parse_file(path, text_engine="auto", ocr="never")
    plumber = parse_file(path, text_engine="pdfplumber", ocr="never")
    span = auto.pages[page - 1]
    assert span.engine == "pdfium"
    assert auto.text == plumber.text
    assert line in auto.text[span.char_start:span.char_end].split("\n")
