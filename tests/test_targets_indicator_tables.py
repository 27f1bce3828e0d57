"""Indicator tables ("Phụ lục chỉ tiêu"): "TT | Chỉ tiêu | Mục tiêu 2026 - 2030 | Cơ quan chủ trì,
theo dõi | Cơ quan phối hợp", the unit closing the indicator cell ("(%)"), comparators written in
the value cell ("Phấn đấu ≥ 10,0", "> 55", "Không quá 60"), the period in the column heading, and
growth tables whose heading carries the unit ("Tốc độ bình quân 2026 - 2030 (%/năm)")."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from extractors.responsibility import iter_links
from extractors.agencies import iter_agencies
from extractors.targets import iter_targets
from schemas.records import Table

HEADER = ["TT", "CHỈ TIÊU", "MỤC TIÊU\n2026 - 2030", "CƠ QUAN CHỦ\nTRÌ, THEO DÕI", "CƠ QUAN\nPHỐI HỢP"]


def indicator_table(*rows: list[str]) -> Table:
    return Table(page=1, index=0, rows=[HEADER, *rows])


def read(table: Table, text: str = "") -> list[tuple]:
    return [
        (t.metric, t.value, t.value_max, t.unit, t.comparator, t.strict, t.deadline_year, (t.period_start, t.period_end))
        for t in iter_targets(text, [table])
    ]


def test_the_unit_closing_the_indicator_cell_is_the_targets_unit_and_the_heading_its_period():
    table = indicator_table(["1", "Tỉ lệ che phủ rừng (%)", "42", "Bộ Nông nghiệp và Môi trường", "Các bộ"])
    assert read(table) == [("Tỉ lệ che phủ rừng", 42, None, "%", "=", False, None, (2026, 2030))]


def test_comparators_written_in_the_value_cell():
    table = indicator_table(
        ["1", "Tốc độ tăng trưởng GDP bình quân/năm (%)", "Phấn đấu ≥\n10,0", "Bộ Tài chính", ""],
        ["2", "Tỉ lệ đô thị hoá (%)", "> 50", "Bộ Xây dựng", ""],
        ["3", "Trần nợ công so với GDP (%)", "Không quá 60", "Bộ Tài chính", ""],
        ["4", "Tỉ lệ tự dùng và tổn thất điện năng (%)", "≤10,7", "Bộ Công Thương", ""],
    )
    assert [(value, comparator, strict) for _, value, _, _, comparator, strict, _, _ in read(table)] == [
        (Decimal("10.0"), ">=", False), (50, ">=", True), (60, "<=", False), (Decimal("10.7"), "<=", False),
    ]


def test_a_deadline_named_in_the_indicator_leaves_the_metric():
    table = indicator_table(["2", "GDP bình quân đầu người đến\nnăm 2030 (USD)", "8.500", "Bộ Tài chính", ""])
    assert read(table) == [("GDP bình quân đầu người", 8500, None, "USD", "=", False, 2030, (2026, 2030))]


def test_counts_and_ratios_without_a_unit_are_targets_but_ranks_and_words_are_not():
    table = indicator_table(
        ["18", "Hệ số ICOR", "4,5 - 4,8", "Bộ Tài chính", ""],
        ["31", "Số đặc khu kinh tế đến năm\n2030", "3", "Bộ Tài chính", ""],
        ["5", "Chỉ số năng lực cạnh tranh công nghiệp (CIP) đến năm 2030", "Thuộc nhóm\n3 nước dẫn\nđầu ASEAN", "", ""],
        ["46", "Tỉ lệ dân số tham gia bảo hiểm y tế toàn dân (%)", "Đạt bao phủ\nbảo hiểm y tế", "", ""],
        ["9", "Kim ngạch xuất khẩu", "40", "", ""],  # a plain amount with no unit anywhere is no target
    )
    assert read(table) == [
        ("Hệ số ICOR", Decimal("4.5"), Decimal("4.8"), "", "range", False, None, (2026, 2030)),
        ("Số đặc khu kinh tế", 3, None, "", "=", False, 2030, (2026, 2030)),
    ]


def test_a_sub_row_without_a_unit_is_part_of_the_numbered_row_above():
    table = indicator_table(
        ["9", "Tăng trưởng giá trị kim\nngạch xuất khẩu hàng hóa\n(%)", "15 - 16", "Bộ Công Thương", ""],
        ["", "Trong đó:\nNhóm nông, lâm, thuỷ sản", "10 - 12", "Bộ Nông nghiệp và\nMôi trường", ""],
    )
    assert [(metric, unit) for metric, _, _, unit, *_ in read(table)] == [
        ("Tăng trưởng giá trị kim ngạch xuất khẩu hàng hóa", "%"),
        ("Tăng trưởng giá trị kim ngạch xuất khẩu hàng hóa nhóm nông, lâm, thuỷ sản", "%"),
    ]


def test_a_growth_table_takes_its_unit_and_what_it_measures_from_the_value_heading():
    table = Table(page=1, index=0, rows=[
        ["TT", "NGÀNH, LĨNH VỰC/\nĐỊA PHƯƠNG", "TỐC ĐỘ BÌNH\nQUÂN 2026 -\n2030 (%/NĂM)", "CƠ QUAN CHỦ\nTRÌ, THEO DÕI"],
        ["I", "THEO TỈNH, THÀNH\nPHỐ", "", "Các tỉnh, thành phố"],
        ["1", "Thành phố Hà Nội", "10,5 - 11,0", ""],
    ])
    assert read(table) == [
        ("Tốc độ tăng trưởng bình quân Thành phố Hà Nội", Decimal("10.5"), Decimal("11.0"), "%/năm", "range", False, None, (2026, 2030)),
    ]


# Rows of the assignment annex of Lào Cai's Công văn 7323 on Resolution 169/NQ-CP (blind b6), as a pipe table.
NQ169_ROWS = """| TT | Chỉ tiêu | ĐVT | GĐ 2026-2030 | Quý I/2026 | Mục tiêu 2026 | Cơ quan phối hợp |
|---|---|---|---|---|---|---|
| 7 | Tăng trưởng giá trị kim ngạch **xuất khẩu** hàng hoá | % | 23 | 27,15 | **93,5** | Thống kê tỉnh |
| 7a | — Nhóm nông, lâm, thuỷ sản | % | 31,12 | 54,6 | **87,5** | Thống kê tỉnh |
| 1 | Tốc độ tăng trưởng GRDP bình quân/năm | % | 10 | 9,8 | 10,1 | Sở Tài chính |
| 1.1 | Khu vực nông, lâm nghiệp và thuỷ sản | % | 5,25 | 4,1 | 5,3 | nt |
| 1.2 | Khu vực công nghiệp và xây dựng | % | 13,78 | 10,47 | 15,2 | Thống kê tỉnh; Sở Tài chính |
| — | + Công nghiệp | % | 14,68 | 10,33 | 14,8 | nt |
| — | ++ Trong đó: công nghiệp chế biến, chế tạo | % | 15,25 | 6,08 | 11,4 | nt |
| 16 | Số doanh nghiệp hoạt động trên địa bàn | nghìn DN | >18 | 12 | 13,4 | Sở Tài chính |
| 16.1 | Số doanh nghiệp thành lập mới | nghìn DN | 5 | 1 | 1,2 | Sở Tài chính |
"""


def test_a_sub_row_named_without_a_measure_takes_the_measure_of_the_row_its_number_or_dash_extends():
    metrics = {t.metric for t in iter_targets(NQ169_ROWS)}
    assert "Tăng trưởng giá trị kim ngạch xuất khẩu hàng hoá nhóm nông, lâm, thuỷ sản" in metrics  # "7a" under "7"
    assert "Tốc độ tăng trưởng GRDP bình quân/năm khu vực nông, lâm nghiệp và thuỷ sản" in metrics  # "1.1" under "1"
    # "+ Công nghiệp" under "1.2 | Khu vực công nghiệp và xây dựng": a part of a part, measured as "1" is.
    assert "Tốc độ tăng trưởng GRDP bình quân/năm công nghiệp" in metrics
    assert "Tốc độ tăng trưởng GRDP bình quân/năm công nghiệp chế biến, chế tạo" in metrics
    # A sub-item that names its own measure keeps it.
    assert "Số doanh nghiệp thành lập mới" in metrics


def test_parts_stay_as_written_when_no_row_above_names_a_measure():
    rows = NQ169_ROWS.split("\n")
    metrics = {t.metric for t in iter_targets("\n".join(rows[:2] + rows[6:9]))}  # "1.2", "+ …", "++ …" without "1"
    assert {"Khu vực công nghiệp và xây dựng", "Công nghiệp", "công nghiệp chế biến, chế tạo"} <= metrics


def test_the_sentence_of_a_pdf_row_is_its_indicator_cell_then_its_value_cell():
    text = (
        "TT CHỈ TIÊU\nMỤC TIÊU\n2026 - 2030\nCƠ QUAN CHỦ\nTRÌ, THEO DÕI\nCƠ QUAN\nPHỐI HỢP\n"
        "57\nTỉ lệ che phủ rừng (%)\n42\nBộ Nông nghiệp và\nMôi trường\nCác bộ, cơ quan"
    )
    table = indicator_table(["57", "Tỉ lệ che phủ rừng (%)", "42", "Bộ Nông nghiệp và\nMôi trường", "Các bộ, cơ quan"])
    table = table.model_copy(update={"char_start": 0, "char_end": len(text)})
    (target,) = iter_targets(text, [table])
    assert " ".join(text[target.clause_start : target.clause_end].split()) == "Tỉ lệ che phủ rừng (%) 42"
    assert text[target.start : target.end] == "42"


def test_figures_of_an_assignment_table_are_tasks_not_targets():
    text = "TT NHIỆM VỤ THỜI HẠN CƠ QUAN CHỦ TRÌ\n1 Cắt giảm tối thiểu 30% thời gian giải quyết thủ tục hành chính Quý II/2026 Bộ Tư pháp"
    table = Table(page=1, index=0, char_start=0, char_end=len(text), rows=[
        ["TT", "NHIỆM VỤ", "THỜI HẠN", "CƠ QUAN CHỦ TRÌ"],
        ["1", "Cắt giảm tối thiểu 30% thời gian giải quyết thủ tục hành chính", "Quý II/2026", "Bộ Tư pháp"],
    ])
    assert list(iter_targets(text, [table])) == []


NQ109 = Path(__file__).resolve().parents[1] / "data" / "external" / "docs" / "cp_nq109_chuongtrinhhanhdong_2026.pdf"


@pytest.fixture(scope="module")
def nq109():
    if not NQ109.exists():
        pytest.skip("data/external not copied (scripts/get_external_docs.py)")
    from pipeline.extract.stage import parse_path

    return parse_path(NQ109)


def test_a_national_programme_annex_gives_its_indicator_and_growth_tables(nq109):
    targets = [t for t in iter_targets(nq109.text, nq109.tables) if t.table_index is not None]
    sentences = {" ".join(nq109.text[t.clause_start : t.clause_end].split()): t for t in targets}
    gdp = sentences["Tốc độ tăng trưởng GDP bình quân/năm (%) Phấn đấu ≥ 10,0"]
    assert (gdp.value, gdp.unit, gdp.comparator, gdp.deadline_year) == (10, "%", ">=", None)
    poverty = sentences["Giảm tỉ lệ hộ nghèo (theo chuẩn nghèo đa chiều) (%) Giảm 1 - 1,5 điểm%/năm"]
    assert (poverty.value, poverty.value_max, poverty.unit, poverty.comparator) == (1, Decimal("1.5"), "điểm%/năm", "range")
    assert sentences["Hà Tĩnh 10,0"].unit == "%/năm"
    # Phụ lục I (69 rows, a few without a number) and Phụ lục II (sectors and 34 provinces) across 12 pages.
    assert len(targets) >= 110


def test_a_table_target_is_linked_to_the_lead_column_of_its_own_row(nq109):
    targets = list(iter_targets(nq109.text, nq109.tables))
    agencies = list(iter_agencies(nq109.text, nq109.tables))
    linked: dict[int, set] = {}
    for link in iter_links(nq109.text, targets, agencies):
        linked.setdefault(link.target, set()).add((agencies[link.agency].canonical_name, agencies[link.agency].role))
    by_metric = {t.metric: i for i, t in enumerate(targets) if t.table_index is not None}
    assert linked[by_metric["Tăng trưởng giá trị kim ngạch xuất khẩu hàng hóa"]] == {("Bộ Công Thương", "chủ trì")}
    assert linked[by_metric["Chỉ số phát triển con người (HDI)"]] == {
        ("Bộ Giáo dục và Đào tạo", "chủ trì"), ("Bộ Y tế", "chủ trì"),
    }


def test_a_table_continued_on_the_next_page_without_its_header_is_read_under_it():
    first = Table(page=23, index=0, rows=[HEADER, ["1", "Tỉ lệ che phủ rừng (%)", "42", "Bộ Nông nghiệp và Môi trường", ""]])
    continued = Table(page=24, index=1, rows=[["2", "Tỉ lệ đô thị hoá (%)", "> 50", "Bộ Xây dựng", ""]])
    got = [(t.table_index, t.metric, t.value, t.unit) for t in iter_targets("", [first, continued])]
    assert got == [(0, "Tỉ lệ che phủ rừng", 42, "%"), (1, "Tỉ lệ đô thị hoá", 50, "%")]
    # The same rows on a page of their own, far from any target table, are no table of targets.
    alone = continued.model_copy(update={"page": 30})
    assert [t.metric for t in iter_targets("", [first, alone])] == ["Tỉ lệ che phủ rừng"]
    # A table that opens with a header of its own (an assignment table) does not continue it.
    tasks = Table(page=24, index=1, rows=[
        ["TT", "NHIỆM VỤ", "THỜI HẠN", "CƠ QUAN CHỦ TRÌ", "CƠ QUAN PHỐI HỢP"],
        ["1", "Tăng 10% số doanh nghiệp", "Năm 2026", "Bộ Tài chính", ""],
    ])
    assert [t.metric for t in iter_targets("", [first, tasks])] == ["Tỉ lệ che phủ rừng"]


def test_a_result_to_reach_by_a_year_is_a_target_column():
    header = ["TT", "Chỉ tiêu", "Cơ quan chủ trì", "Cơ quan phối hợp", "Kết quả đến năm 2025"]
    rows = [["1", "Tỷ lệ độ che phủ rừng", "Sở NN và PTNT", "Sở, ngành liên quan", "52,5%"]]
    got = read(Table(page=1, index=0, rows=[header, *rows]))
    assert [(g[1], g[3], g[6]) for g in got] == [(Decimal("52.5"), "%", 2025)]


def test_a_result_reached_is_not():
    header = ["TT", "Chỉ tiêu", "Kết quả đạt được đến năm 2016", "Kết quả thực hiện năm 2017"]
    rows = [["1", "Tỷ lệ độ che phủ rừng", "52,5%", "53%"]]
    assert read(Table(page=1, index=0, rows=[header, *rows])) == []
