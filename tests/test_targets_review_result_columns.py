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
