"""What Tesseract makes of a scanned plan's rules, dashes and capitals, mended before extraction:
a rule bar glued to a word, a list dash read as "~", a doubled per cent sign, "MỤC TIỂU" for "MỤC TIÊU".
The two Hà Tĩnh scans (KH 496, KH 498; data/external) are image-only: their tests skip without them
or without Tesseract."""

import shutil

import pytest

from blind_documents import EXTERNAL_DOCS
from extractors.sections import classify
from pipeline.extract.stage import extract_document, parse_path
from pipeline.parse.pdf.ocr import clean_ocr_text
from pipeline.parse.stage import ParseSettings


def test_a_rule_bar_glued_to_a_word_is_dropped():
    assert clean_ocr_text("có cơ |hội được tư vấn |\nnguồn xã| hội") == "có cơ hội được tư vấn\nnguồn xã hội"


def test_a_bar_between_table_cells_stays():
    assert clean_ocr_text("2017-2020 | Năm 2017 | Năm 2018") == "2017-2020 | Năm 2017 | Năm 2018"


def test_a_misread_list_dash_and_a_doubled_per_cent_sign():
    assert clean_ocr_text("~ 100% doanh nghiệp\n-_ 100%% cơ quan\n_ 30% xã") == "- 100% doanh nghiệp\n- 100% cơ quan\n- 30% xã"


def test_goal_heading_misread_by_ocr_is_still_a_goal_heading():
    assert classify("MỤC TIỂU") == "goal"
    assert classify("MỤC TIẾU CỤ THỂ") == "goal_specific"


def _scan(name: str):
    path = EXTERNAL_DOCS / name
    if not path.is_file() or shutil.which("tesseract") is None:
        pytest.skip(f"{name} or Tesseract missing")
    return extract_document(parse_path(path, ParseSettings()))


def test_the_goals_of_a_scanned_plan_are_read():
    targets = _scan("ht_kh496_ungdungcntt2017_2016.pdf").targets
    assert len(targets) == 12
    assert {(t.comparator, str(t.value), t.unit) for t in targets} >= {(">=", "90", "%"), (">=", "60", "%"), ("=", "30", "%")}
    # "~ 100% doanh nghiệp kê khai trực tuyến": a dash, not "about"
    assert not any(t.comparator == "approx" for t in targets)


def test_a_paragraph_break_inside_a_sentence_is_a_line_break():
    # Tesseract opens a paragraph where the line spacing widens: "… cho sự" ⏎⏎ "phát triển TMĐT."
    text = "- Phát triển hạ tầng viễn thông tạo điều kiện thuận lợi cho sự\n\nphát triển TMĐT.\n\n- Chủ trì nâng cấp sàn.\n\nĐề xuất"
    assert clean_ocr_text(text) == ("- Phát triển hạ tầng viễn thông tạo điều kiện thuận lợi cho sự\nphát triển TMĐT.\n\n"
                                    "- Chủ trì nâng cấp sàn.\n\nĐề xuất")
