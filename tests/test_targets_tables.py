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


def test_tables_without_indicator_and_year_columns_are_ignored():
    table = Table(index=1, rows=[["TT", "Mục tiêu hoạt động", "Mã ngành VSIC"], ["1", "Kinh doanh bất động sản", "6810"]])
    assert list(iter_targets("", [table])) == []
