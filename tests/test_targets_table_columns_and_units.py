"""Indicator tables with several value columns ("GĐ 2026-2030 | Quý I/2026 | Mục tiêu 2026"), values
without a unit in their cell, and units and comparators of energy and telecom plans, on real text."""

from __future__ import annotations

from decimal import Decimal

from extractors.numbers import iter_numbers
from extractors.targets import iter_targets
from extractors.targets.quantities import sentence_quantities
from schemas.records import Table
from tests.blind_documents import parsed_blind_document

# Rows of the indicator tables of a provincial department's reference file (lc_cv7323, b7).
TRACKING_TABLE = """## I. NHÓM CHỈ TIÊU SỞ CÔNG THƯƠNG **CHỦ TRÌ** theo dõi, báo cáo

| TT | Chỉ tiêu | ĐVT | GĐ 2026-2030 | Quý I/2026 | Mục tiêu 2026 | Cơ quan phối hợp |
|---|---|---|---|---|---|---|
| 4 | Tỷ trọng công nghiệp chế biến, chế tạo trong GRDP đến năm 2030 | % | 13,8 | 12,26 | **11,8** | Thống kê tỉnh |
| 7 | Tăng trưởng giá trị kim ngạch **xuất khẩu** hàng hoá | % | 23 | 27,15 | **93,5** | Chi cục Hải quan khu vực VII |
"""

IMPLICIT_PERCENT_TABLE = """## III. CÁC CHỈ TIÊU KHÁC

| TT | Chỉ tiêu | GĐ 2026-2030 | Mục tiêu 2026 | Chủ trì |
|---|---|---|---|---|
| 1 | Tốc độ tăng trưởng GRDP bình quân/năm | 10 | 10,1 | Thống kê tỉnh; Sở Tài chính |
| 1.1 | Khu vực nông, lâm nghiệp và thuỷ sản | 5,25 | 5,3 | nt |
| 2 | GRDP bình quân đầu người đến 2030 (USD) | 4.961 | 3.665 | nt |
| 13 | Tỷ trọng kinh tế số trong GRDP đến 2030 | 20 | — | Sở KH&CN |
| 17 | Tỷ lệ đô thị hoá | >38 | 32,4 | — |
"""


def read(text: str, tables=()) -> list[tuple]:
    return [(t.value, t.unit, t.comparator, t.strict, t.deadline_year, t.period_start) for t in iter_targets(text, tables)]


def test_a_quarter_results_column_gives_no_target_and_a_target_columns_year_beats_the_rows():
    assert read(TRACKING_TABLE) == [
        (Decimal("13.8"), "%", "=", False, 2030, 2026),  # the period column, the row's "đến năm 2030"
        (Decimal("11.8"), "%", "=", False, 2026, None),  # "Mục tiêu 2026", not the row's 2030
        (23, "%", "=", False, None, 2026),
        (Decimal("93.5"), "%", "=", False, 2026, None),  # 27,15 under "Quý I/2026" is a first-quarter result
    ]


def test_shares_and_growth_rates_of_a_table_that_marks_no_percent_are_in_percent():
    assert read(IMPLICIT_PERCENT_TABLE) == [
        (10, "%", "=", False, None, 2026),
        (Decimal("10.1"), "%", "=", False, 2026, None),
        (Decimal("5.25"), "%", "=", False, None, 2026),  # "1.1" takes the unit of item "1"
        (Decimal("5.3"), "%", "=", False, 2026, None),
        (4961, "USD", "=", False, 2030, 2026),  # "đến 2030" without "năm" dates the period column's cell
        (3665, "USD", "=", False, 2026, None),
        (20, "%", "=", False, 2030, 2026),
        (38, "%", ">=", True, None, 2026),
        (Decimal("32.4"), "%", "=", False, 2026, None),
    ]


def test_a_table_that_marks_its_percent_rows_leaves_an_unmarked_ratio_as_written():
    # Phụ lục I of a government resolution (cp_nq109, b6): "(%)" closes most ratio rows, not row 60.
    table = Table(page=1, index=0, rows=[
        ["TT", "CHỈ TIÊU", "MỤC TIÊU\n2026 - 2030", "CƠ QUAN CHỦ TRÌ", "CƠ QUAN PHỐI HỢP"],
        ["60", "Tỉ trọng thu nội địa trong\ntổng thu ngân sách nhà\nnước", "87-88", "Bộ Tài chính", ""],
        ["63", "Tỉ lệ chi đầu tư phát triển\ntrong tổng chi ngân sách\nnhà nước (%)", "40", "Bộ Tài chính", ""],
    ])
    assert [(t.value, t.value_max, t.unit) for t in iter_targets("", [table])] == [(87, 88, ""), (40, None, "%")]


def test_the_blind_tracking_file_gives_no_quarter_result_as_a_target():
    document = parsed_blind_document("lc_cv7323_chitieu_nq169_2026.md")
    table_values = {t.value for t in iter_targets(document.text) if t.table_index is not None}
    # First-quarter results of the tables (9,5; 12,26; 27,15; 54,6; 36,6; 4,97; 10,47; 18,062; 33,3).
    assert not table_values & {Decimal(v) for v in ("9.5", "12.26", "27.15", "54.6", "36.6", "4.97", "10.47", "18.062", "33.3")}
    assert {Decimal("93.5"), Decimal("108.3"), Decimal("13.8"), 42} <= table_values


def quantities(sentence: str) -> list[tuple]:
    return [(q.value, q.value_max, q.unit, q.comparator, q.strict) for q in sentence_quantities(sentence, list(iter_numbers(sentence)))]


def test_energy_units_in_oil_equivalent_gigawatts_and_intensity():
    # The government's energy programme (cp_ctrinh_nq55, b7), a number glued to its unit included.
    assert quantities("năng lượng sơ cấp đến năm 2030 đạt khoảng 175-195 triệu tấn dầu quy đổi (TOE), "
                      "đến năm 2045 đạt khoảng 320- 350 triệu TOE") == [
        (175, 195, "triệu tấn dầu quy đổi", "range", False), (320, 350, "triệu TOE", "range", False)]
    assert quantities("tổng công suất của các nguồn điện đến năm 2030 đạt khoảng 125-130GW") == [
        (125, 130, "GW", "range", False)]
    assert quantities("Cường độ năng lượng sơ cấp năm 2030 đạt từ 420-460 kgOE/1.000 USD GDP") == [
        (420, 460, "kgOE/1.000 USD GDP", "range", False)]


def test_broadband_speeds_and_a_forbidden_gap_are_bounds():
    # A provincial mobile-network plan (dno_kh_stttt, b7).
    assert quantities("Tốc độ tải xuống đạt tối thiểu 5Mbit/s") == [(5, None, "Mbit/s", ">=", False)]
    assert quantities("Tốc độ tải xuống trung bình tối thiểu 100Mbit/s") == [(100, None, "Mbit/s", ">=", False)]
    assert quantities("đảm bảo không để mất sóng quá 1 km liên tục") == [(1, None, "km", "<=", False)]


def test_the_speed_a_service_is_counted_at_defines_the_metric():
    # A provincial digital-economy plan (bn_kh144, b4): the share is the target, the speed its threshold.
    assert quantities("Tỷ lệ người sử dụng có khả năng truy cập băng rộng cố định với tốc độ 01 Gb/s đạt 100%.") == [
        (100, None, "%", None, False)]


def test_digital_technology_firms_are_counted_as_firms():
    # A national programme (cp_qd982, b6): the kind of firm qualifies the count, the unit stays "doanh nghiệp".
    assert quantities("Phấn đấu có tối thiểu 5.000 doanh nghiệp công nghệ số Việt Nam có doanh thu") == [
        (5000, None, "doanh nghiệp", ">=", False)]


def test_research_groups_are_counted_not_read_as_a_rank():
    # A national human-resources programme (cp_qd893, b6).
    assert quantities("Phấn đấu có 04 - 05 nhóm nghiên cứu có khả năng làm chủ một số công nghệ") == [
        (4, 5, "nhóm nghiên cứu", "range", False)]


def test_a_value_cell_may_carry_its_own_unit():
    table = Table(page=1, index=0, rows=[
        ["TT", "Chỉ tiêu", "Mục tiêu 2030"],
        ["1", "Kim ngạch xuất khẩu nông, lâm, thủy sản", "5,5 tỷ USD"],
        ["2", "Số hợp tác xã nông nghiệp hoạt động hiệu quả", "1.500 hợp tác xã"],
        ["3", "Số xã đạt chuẩn nông thôn mới", "Toàn bộ các xã"],  # words, no figure
    ])
    assert [(t.value, t.unit, t.deadline_year) for t in iter_targets("", [table])] == [
        (Decimal("5.5"), "tỷ USD", 2030), (1500, "hợp tác xã", 2030)]


# Rows of the Government's indicator annex for resolution 57 (b11a, published as a table of its own).
ANNEX_TABLE = """| TT | Chỉ tiêu | Đơn vị | Kết quả | Cơ quan chủ trì theo dõi, đánh giá |
| --- | --- | --- | --- | --- |
| **I** | **Đến năm 2030** | | | |
| 4 | Xếp hạng năng lực cạnh tranh số | Thứ bậc | ≤ 3 Đông Nam Á; ≤ 50 Thế giới | Bộ Thông tin và Truyền thông |
| 17 | Chi ngân sách hàng năm cho phát triển khoa học, công nghệ | % tổng chi NSNN | ≥ 3% và tăng dần theo yêu cầu phát triển | Bộ Tài chính |
| **II** | **Đến năm 2045** | | | |
| 41 | Làm chủ một số công nghệ chíp và vi mạch bán dẫn | % | 20% - 50% | Bộ Công an |
"""


def test_a_cell_that_scopes_its_values_or_writes_a_range_with_units_gives_each_value_in_the_rows_unit():
    got = {(t.comparator, float(t.value), float(t.value_max) if t.value_max else None, t.unit, t.deadline_year)
           for t in iter_targets(ANNEX_TABLE)}
    assert got == {
        ("<=", 3.0, None, "Thứ bậc", 2030), ("<=", 50.0, None, "Thứ bậc", 2030),  # Đông Nam Á; Thế giới
        (">=", 3.0, None, "% tổng chi NSNN", 2030),  # "và tăng dần …" goes on in words
        ("range", 20.0, 50.0, "%", 2045),  # "20% - 50%"
    }
