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
