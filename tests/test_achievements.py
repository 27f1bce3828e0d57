"""Achieved figures in real results texts: the value, its unit, the planned value
the clause states, the indicator; and none in plans' goals or in conditions."""

from decimal import Decimal
from pathlib import Path

from extractors.achievements import iter_achievements
from pipeline.extract.stage import extract_path

REPO = Path(__file__).resolve().parents[1]


def by_value(achievements):
    found = {}
    for a in achievements:
        found.setdefault(a.value, a)
    return found


def test_a_years_results_in_a_budget_plan(shared_docs):
    extraction = extract_path(shared_docs / "cm_kh0204_taichinh_2025.md")
    found = by_value(extraction.achievements)
    # "Quỹ Đền ơn đáp nghĩa được 12.375,3/10.200 triệu đồng, vượt 21,3% kế hoạch"
    fund = found[Decimal("12375.3")]
    assert (fund.unit, fund.target_value, fund.year) == ("triệu đồng", Decimal("10200"), 2025)
    assert found[Decimal("21.3")].unit == "% kế hoạch"
    # "Ước thực hiện cả năm 5.817,196 tỷ đồng/5.937,440 tỷ đồng": the plan, not a second result.
    assert found[Decimal("5817.196")].target_value == Decimal("5937.440")
    assert Decimal("5937.440") not in found
    # "sản lượng phân bón đạt 1,14 triệu tấn": the scale word belongs to the unit.
    fertiliser = found[Decimal("1.14")]
    assert (fertiliser.unit, fertiliser.indicator) == ("triệu tấn", "sản lượng phân bón")
    # Section II forecasts 2026 ("Kim ngạch xuất khẩu đạt khoảng 8,95 tỷ USD"): not a result.
    assert Decimal("8.95") not in found and Decimal("270000") not in found
    # A change is not a level: "ước tăng thu khoảng 500 tỷ đồng".
    assert not any("tăng thu khoảng" in a.sentence and a.value == 500 for a in extraction.achievements)


def test_fractions_and_stated_plans_in_a_results_news(shared_docs):
    found = extract_path(shared_docs / "dno_stp_nongthonmoi_news_2018.html").achievements
    fractions = [(a.value, a.unit, a.target_value) for a in found if a.unit == "tiêu chí"]
    assert (Decimal(18), "tiêu chí", Decimal(19)) in fractions and (Decimal(15), "tiêu chí", Decimal(19)) in fractions
    votes = next(a for a in found if a.value == 77)
    assert (votes.unit, votes.target_value) == ("%", Decimal(90))  # "chưa đạt theo quy định là 90%"


def test_no_achievements_where_nothing_was_achieved(shared_docs):
    # seed_004 reviews a programme without a figure; dt_kh597 is a plan (goals and tasks only).
    assert extract_path(REPO / "corpus" / "seed_004.txt").achievements == []
    assert extract_path(shared_docs / "dt_kh597_cds_giaothong_2025.md").achievements == []


def test_a_condition_is_not_a_result(shared_docs):
    # "Đây là những hộ … có doanh thu từ 50 triệu đồng/tháng trở lên": who must keep books.
    found = extract_path(shared_docs / "dno_dakrlap_hokinhdoanh_news_2019.html").achievements
    assert not any(a.value == 50 and "trở lên" in a.sentence for a in found)


def test_targets_given_to_exclude_are_not_achievements():
    text = "Năm 2020, tỷ lệ doanh nghiệp ứng dụng công nghệ số đạt 45%."
    [achieved] = iter_achievements(text, document_year=2021)
    assert (achieved.value, achieved.unit, achieved.year) == (Decimal(45), "%", 2020)
    assert list(iter_achievements(text, document_year=2021, exclude=[(achieved.start, achieved.end)])) == []
    assert list(iter_achievements(text, document_year=2019)) == []  # after the document: a plan
