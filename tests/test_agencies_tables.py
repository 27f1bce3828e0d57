"""Assignment tables: flattened markdown tables and schemas.Table rows."""

from extractors.agencies import flattened_tables, iter_agencies
from schemas import Table


def test_flattened_markdown_table_rows_give_lead_and_partner(shared_docs):
    text = (shared_docs / "na_kh980_phongthudansu_2025.md").read_text(encoding="utf-8")
    rows = [a for a in iter_agencies(text) if a.table_row is not None]
    first_row = {(a.canonical_name, a.role) for a in rows if a.section and a.section.startswith("KIỆN TOÀN")}
    assert ("Bộ Chỉ huy Quân sự tỉnh", "chủ trì") in first_row
    assert ("Ủy ban nhân dân cấp xã", "chủ trì") in first_row
    assert ("Văn phòng Ban Chỉ huy", "phối hợp") in first_row
    for annotation in rows:
        assert text[annotation.start : annotation.end].split()[0] == annotation.name.split()[0]


def test_schemas_table_rows(shared_docs):
    text = (shared_docs / "na_kh980_phongthudansu_2025.md").read_text(encoding="utf-8")
    flat = next(flattened_tables(text))
    rows = [flat.header] + [[cell[2] for cell in row] for row in flat.rows]
    table = Table(page=5, index=0, rows=rows, char_start=flat.start, char_end=flat.end)
    annotations = [a for a in iter_agencies("", [table]) if a.table_index == 0]
    leads = {a.canonical_name for a in annotations if a.role == "chủ trì"}
    assert {"Bộ Chỉ huy Quân sự tỉnh", "Sở Tài chính", "Sở Y tế"} <= leads
    assert all(a.table_row is not None for a in annotations)


def test_a_misread_cost_table_gives_no_role_to_its_content_cells():
    text = (
        "IV. TỔ CHỨC THỰC HIỆN\n\n"
        "| TT | Nội dung công việc | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian |\n"
        "| --- | --- | --- | --- | --- |\n"
        "| 1 | Khảo sát, đánh giá hiện trạng | Nội dung 1 | Chuyên gia trong nước | 2026 |\n"
        "| 2 | Xây dựng cơ sở dữ liệu | Sở Khoa học và Công nghệ | Trung tâm Chuyển đổi số | 2026 |\n"
    )
    roles = {(a.name, a.role) for a in iter_agencies(text)}
    assert roles == {("Sở Khoa học và Công nghệ", "chủ trì"), ("Trung tâm Chuyển đổi số", "phối hợp")}
