"""Indicator tables grouped by department: the heading above a table names the body that leads
(or partners in) every row ("NHÓM CHỈ TIÊU SỞ X CHỦ TRÌ theo dõi"), the table's columns the others."""

from extractors.agencies import iter_agencies

# The first two tables of a provincial department's reference file (lc_cv7323, b7), shortened.
GROUPED_TABLES = """## I. NHÓM CHỈ TIÊU SỞ CÔNG THƯƠNG **CHỦ TRÌ** theo dõi, báo cáo

| TT | Chỉ tiêu | ĐVT | GĐ 2026-2030 | Quý I/2026 | Mục tiêu 2026 | Cơ quan phối hợp |
|---|---|---|---|---|---|---|
| 3 | Tốc độ tăng chỉ số sản xuất công nghiệp bình quân hằng năm (IIP) | % | >12 | 9,5 | **13** | Thống kê tỉnh |
| 15 | Tăng trưởng điện thương phẩm bình quân | % | >11 | 4,97 | **12,10** | Thống kê tỉnh; Công ty Điện lực Lào Cai |

---

## II. NHÓM CHỈ TIÊU SỞ CÔNG THƯƠNG **PHỐI HỢP**

| TT | Chỉ tiêu | ĐVT | GĐ 2026-2030 | Quý I/2026 | Mục tiêu 2026 | Cơ quan chủ trì |
|---|---|---|---|---|---|---|
| 31 | Tỷ lệ cơ sở sản xuất kinh doanh đạt quy chuẩn về môi trường | % | 98 | 45 | 50 | Sở Nông nghiệp và Môi trường |
"""


def test_the_heading_above_a_table_gives_its_body_a_role_in_every_row():
    roles = {(a.canonical_name, a.role) for a in iter_agencies(GROUPED_TABLES)}
    assert ("Sở Công Thương", "chủ trì") in roles
    assert ("Sở Công Thương", "phối hợp") in roles
    assert ("Công ty Điện lực", "phối hợp") in roles
    assert ("Sở Nông nghiệp và Môi trường", "chủ trì") in roles


def test_a_partner_column_without_anybody_leading_assigns_nothing():
    text = GROUPED_TABLES.split("---\n\n## II")[0].replace("SỞ CÔNG THƯƠNG **CHỦ TRÌ** theo dõi, báo cáo", "CÁC CHỈ TIÊU CÔNG NGHIỆP")
    assert [a for a in iter_agencies(text) if a.table_row is not None] == []


def test_a_task_table_goes_on_over_the_next_page_under_a_running_header_box():
    # The annex of a provincial mobile-network plan (dno_kh_stttt, b7): the header is printed on the
    # first page only, and every page opens on a narrow running header box.
    from schemas import Table

    header = ["TT", "Nhiệm vụ thực hiện", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian thực hiện", "Quy mô, mục tiêu, kết quả", "Ghi chú"]
    first = Table(page=5, index=0, rows=[header, ["1", "Tập trung mở rộng vùng phủ sóng", "Các doanh nghiệp viễn thông", "Sở TT&TT", "2024-2025", "", ""]])
    running = Table(page=6, index=1, rows=[["", "VIETTEL AI RACE", "TD341"], ["", "KẾ HOẠCH NÂNG CAO CHẤT LƯỢNG", "Lần ban hành: 1"]])
    going_on = Table(page=6, index=2, rows=[
        ["III", "Tăng cường công tác quản lý, giám sát", "", "", "", "", ""],
        ["6", "Tăng cường công tác quản lý chất lượng viễn thông", "Sở Thông tin và Truyền thông",
         "UBND các huyện, thành phố; các Doanh nghiệp viễn thông", "Thường xuyên", "Định kỳ công bố chất lượng", ""],
    ])
    rows = {(a.canonical_name, a.role, a.table_index) for a in iter_agencies("", [first, running, going_on])}
    assert ("Sở Thông tin và Truyền thông", "chủ trì", 2) in rows


# A report's annex of solutions (lc_bcx_vpubnd, b26h, shortened): the "Cơ quan phụ trách" column labels each body's role.
SOLUTIONS_TABLE = """PHỤ LỤC 3. GIẢI PHÁP THÁO GỠ

| TT | Cụm công nghiệp | Tiến độ hiện tại | Giải pháp, kiến nghị | Cơ quan phụ trách |
|---|---|---|---|---|
| 1 | CCN Thống Nhất 1 | Đã kiểm đếm 152/152 hộ | Đề nghị hoàn thành tuyến IC18 trước tháng 6/2027 | Chủ trì: Công ty LCIDI (CĐT). Phối hợp: UBND xã Gia Phú (GPMB); Sở Tài chính (tái định cư). |
| 2 | CCN Châu Quế | Đang thẩm định hồ sơ | Trình UBND tỉnh quyết định thành lập trong Quý III/2026 | Sở Công Thương |
"""


def test_a_column_of_bodies_in_charge_states_their_roles_by_labels():
    roles = {(a.canonical_name, a.role) for a in iter_agencies(SOLUTIONS_TABLE) if a.table_row is not None}
    assert ("Công ty LCIDI", "chủ trì") in roles
    assert ("Ủy ban nhân dân xã Gia Phú", "phối hợp") in roles or ("UBND xã Gia Phú", "phối hợp") in roles
    assert ("Sở Tài chính", "phối hợp") in roles
    assert ("Sở Công Thương", "thực hiện") in roles  # no label: the column's bodies do the row's task


def test_where_the_work_stands_is_no_deadline_column():
    from extractors.tasks import iter_tasks

    by_text = {t.text[:20]: t.deadline for t in iter_tasks(SOLUTIONS_TABLE)}
    assert by_text.get("Đề nghị hoàn thành t") == "Tháng 6/2027"  # not "152/152" read as a date of the progress column
