from schemas.records import Table

from extractors.targets import iter_targets


def test_target_table_rows_become_targets_with_lead_agency():
    table = Table(
        page=3,
        index=0,
        rows=[
            ["TT", "Chỉ tiêu", "Đơn vị tính", "Năm 2025", "Năm 2030", "Cơ quan chủ trì"],
            ["1", "Tỷ lệ dịch vụ công trực tuyến toàn trình", "%", "80", "≥ 95", "Sở Khoa học và Công nghệ"],
            ["2", "Số doanh nghiệp công nghệ số", "doanh nghiệp", "1.200", "", "Sở Tài chính"],
        ],
    )
    got = [(t.table_row, t.deadline_year, t.value, t.unit, t.comparator, t.agencies) for t in iter_targets("", [table])]
    assert got == [
        (1, 2025, 80, "%", "=", ("Sở Khoa học và Công nghệ",)),
        (1, 2030, 95, "%", ">=", ("Sở Khoa học và Công nghệ",)),
        (2, 2025, 1200, "doanh nghiệp", "=", ("Sở Tài chính",)),
    ]


def test_a_second_header_row_of_years_is_not_a_target_row():
    table = Table(
        page=2,
        index=0,
        rows=[
            ["TT", "Chỉ tiêu", "ĐVT", "Năm 2026", "Năm 2030"],
            ["", "Năm 2026", "Năm 2027", "Năm 2028", "Năm 2029"],
            ["1", "Kim ngạch xuất khẩu", "triệu USD", "300", "500"],
        ],
    )
    got = [(t.table_row, t.deadline_year, t.value, t.unit, t.metric) for t in iter_targets("", [table])]
    assert got == [(2, 2026, 300, "triệu USD", "Kim ngạch xuất khẩu"), (2, 2030, 500, "triệu USD", "Kim ngạch xuất khẩu")]


def test_tables_without_indicator_and_year_columns_are_ignored():
    table = Table(index=1, rows=[["TT", "Mục tiêu hoạt động", "Mã ngành VSIC"], ["1", "Kinh doanh bất động sản", "6810"]])
    assert list(iter_targets("", [table])) == []


FLATTENED = """**PHỤ LỤC**
|
**TT**
|
**Chỉ tiêu**
|
**Đơn vị**
|
**Kết quả**
|
**Cơ quan chủ trì**
|
|
**I**
|
**Giai đoạn 2026-2030**
|
|
|
|
|
1
|
Tỉ lệ hồ sơ được số hóa
|
%
|
≥ 90%
|
Sở Nội vụ
|
|
"""


def test_flattened_markdown_table_with_group_period():
    (t,) = iter_targets(FLATTENED)
    assert (t.value, t.unit, t.comparator, t.period_start, t.period_end) == (90, "%", ">=", 2026, 2030)
    assert t.agencies == ("Sở Nội vụ",) and t.table_index == 0
    assert FLATTENED[t.start : t.end] == "≥ 90%"


def test_annex_copy_of_a_prose_target_is_not_repeated(shared_docs):
    text = (shared_docs / "cp_qd2629_chinhphuso_2025.md").read_text(encoding="utf-8")
    targets = list(iter_targets(text))
    assert targets and all(t.table_index is None for t in targets)


def test_result_columns_are_baselines_and_period_columns_fill_period():
    table = Table(
        index=2,
        rows=[
            ["Chỉ tiêu", "ĐVT", "Thực hiện năm 2024", "Mục tiêu đến năm 2030", "Giai đoạn 2026-2030"],
            ["Tỷ lệ xã đạt chuẩn nông thôn mới", "%", "45", "80", "≥ 70"],
        ],
    )
    got = [(t.value, t.deadline_year, t.period_start, t.period_end, t.comparator) for t in iter_targets("", [table])]
    assert got == [(80, 2030, None, None, "="), (70, None, 2026, 2030, ">=")]


def test_table_header_without_indicator_word_is_found_by_unit_and_year_columns():
    cells = ["STT", "Sản phẩm chủ lực", "ĐVT", "Năm 2025", "Năm 2030", "", "1", "Diện tích lúa chất lượng cao", "ha", "5.000", "8.000", ""]
    text = "|\n" + "".join(f"{c}\n|\n" for c in cells)
    got = [(int(t.value), t.unit, t.deadline_year, t.metric) for t in iter_targets(text)]
    assert got == [(5000, "ha", 2025, "Diện tích lúa chất lượng cao"), (8000, "ha", 2030, "Diện tích lúa chất lượng cao")]


def test_task_table_with_deadline_column_is_not_a_target_table():
    table = Table(index=0, rows=[["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời gian hoàn thành"], ["1", "Xây dựng 05 mô hình", "Sở Nông nghiệp", "Năm 2026"]])
    assert list(iter_targets("", [table])) == []


def test_pipe_table_written_one_row_per_line():
    text = (
        "| TT | Chỉ tiêu | ĐVT | Năm 2025 | Năm 2030 |\n|---|---|---|---|---|\n"
        "| 1 | Tỷ lệ hồ sơ được số hóa | % | 80 | ≥ 95 |\n| 2 | Số doanh nghiệp công nghệ số | doanh nghiệp | 1.200 | |\n"
    )
    got = [(int(t.value), t.unit, t.comparator, t.deadline_year, text[t.start : t.end]) for t in iter_targets(text)]
    assert got == [(80, "%", "=", 2025, "80"), (95, "%", ">=", 2030, "≥ 95"), (1200, "doanh nghiệp", "=", 2025, "1.200")]


# The summary table closing a Markdown page on Lào Cai's Resolution 34-NQ/TU and Plan 134/KH-UBND (blind b8).
SUMMARY_TABLE = """## CÁC CHỈ TIÊU QUAN TRỌNG NĂM 2026

| Chỉ tiêu | Mục tiêu | Tiến độ Quý I/2026 |
|---|---|---|
| Mặt bằng sạch | ≥500 ha | 98,30 ha (19,66%) |
| Thành lập mới | 02 KCN + 05 CCN | 01 CCN (Bảo Minh) |
| KCN có XLNT tập trung | 100% | Đang triển khai |
| Di dời KCN/CCN do đường sắt | KCN Đông Phố Mới + 02 CCN | Đang chuẩn bị |
"""


def test_a_flattened_target_table_is_read_by_rows_not_as_prose_and_its_progress_column_is_no_target():
    got = [(t.metric, float(t.value), t.unit, t.comparator) for t in iter_targets(SUMMARY_TABLE)]
    assert got == [
        ("Mặt bằng sạch", 500, "ha", ">="),
        ("Thành lập mới", 2, "KCN", "="),  # "02 KCN + 05 CCN": a sum of counts of two kinds, two targets
        ("Thành lập mới", 5, "CCN", "="),
        ("KCN có XLNT tập trung", 100, "%", "="),
    ]


def test_table_rows_without_a_milestone_take_the_one_of_the_goal_heading_above():
    assert {t.deadline_year for t in iter_targets(SUMMARY_TABLE)} == {2026}
