"""A review's tables of goals beside results (Word: "STT | Nội dung | Mục tiêu | Kết quả đạt được đến năm 2016"):
the figures of the result column are what was achieved, not targets, when the rows are read as prose
(ht_bcx_stttt_danhgiaquyhoach, b26g; data/external, the test skips where it is absent)."""

from blind_documents import parsed_blind_document
from extractors.targets import iter_targets


def test_the_figures_of_a_result_column_are_not_targets():
    parsed = parsed_blind_document("ht_bcx_stttt_danhgiaquyhoach_2017.doc")
    text_targets = [t for t in iter_targets(parsed.text, parsed.tables) if t.table_index is None]
    sentences = [" ".join(parsed.text[t.clause_start:t.clause_end].split()) for t in text_targets]
    # results of the column "Kết quả đạt được đến năm 2016"
    assert not any(s.startswith("- 90% trạm y tế được đầu tư máy tính") for s in sentences)
    assert not any(s.startswith("- 100% UBND cấp xã đầu tư máy tính") for s in sentences)
    # the goal column's figures are still read
    assert any("2020: 40-45 cơ sở dữ liệu" in s for s in sentences)


def test_a_year_labelling_the_figures_after_it_dates_them():
    text = ("II. MỤC TIÊU\n\n1. Tỷ lệ văn bản được trao đổi trên môi trường mạng: - 2015: 90% VB cấp tỉnh và 50% VB cấp xã "
            "- 2020: 100% VB các cấp\n\n2. Số doanh nghiệp CNTT: - Năm 2015: 2-3 DN - Năm 2020: 4-5 DN\n")
    assert [(str(t.value), t.deadline_year) for t in iter_targets(text)] == [
        ("90", 2015), ("50", 2015), ("100", 2020), ("2", 2015), ("4", 2020)]


def test_a_review_dated_only_by_month_and_year_drops_the_targets_whose_year_has_passed():
    # "Hà Tĩnh, ngày    tháng 01 năm 2017": the day is left blank, the year is printed. The plans'
    # 2015 targets restated beside their results are past; their 2020 targets are still goals.
    from pipeline.extract.stage import extract_document

    extraction = extract_document(parsed_blind_document("ht_bcx_stttt_danhgiaquyhoach_2017.doc"))
    assert extraction.document.issue_date is None
    dated = {(t.deadline_year, t.value, t.unit) for t in extraction.targets}
    # "- 2015: 25-30 cơ sở dữ liệu. - 2020: 40-45 cơ sở dữ liệu."
    assert (2015, 25, "cơ sở dữ liệu") not in dated and (2020, 40, "cơ sở dữ liệu") in dated
    assert sum(year == 2015 for year, _, _ in dated) < 5  # of about 90 before


def test_a_date_line_with_a_blank_day_still_gives_the_year():
    from extractors.metadata import extract_metadata

    text = ("UBND TỈNH HÀ TĨNH\nSỞ THÔNG TIN VÀ TRUYỀN THÔNG\nSố:     /BC-STTTT\tHà Tĩnh, ngày      tháng 01 năm 2017\n\n"
            "BÁO CÁO\n\nĐánh giá việc triển khai 06 Quy hoạch ngành Thông tin và Truyền thông\n\nNội dung.\n")
    metadata = extract_metadata(text)
    assert metadata.issue_date is None and metadata.issue_year == 2017
    text = text.replace("ngày      tháng 01 năm 2017", "ngày 09 tháng 01 năm 2017")
    assert extract_metadata(text).issue_year == 2017
