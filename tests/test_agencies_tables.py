"""Assignment tables: flattened markdown tables and schemas.Table rows."""

from extractors.agencies import flattened_tables, iter_agencies
from schemas import Table
from tests._agencies_support import all_roles


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
    roles = all_roles(text)
    assert roles == {("Sở Khoa học và Công nghệ", "chủ trì"), ("Trung tâm Chuyển đổi số", "phối hợp")}


def test_provinces_and_cities_listed_in_an_agency_cell_are_assigned_bodies():
    # Rows of Phụ lục III and IV of Resolution 109/NQ-CP (blind b6): a task led by two cities, one whose partners
    # are a ministry and two cities, one whose partner is a city's people's committee (a body already).
    header = ["TT", "Nhiệm vụ", "Thời gian", "Cơ quan chủ trì", "Cơ quan phối hợp"]
    table = Table(page=52, index=0, rows=[
        header,
        ["117", "Xây dựng Đề án xử lý cơ bản tình trạng ô nhiễm môi trường không khí", "2026",
         "Thành phố Hà Nội, Thành phố\nHồ Chí Minh", "Bộ Nông nghiệp và Môi\ntrường, các bộ, cơ quan"],
        ["11", "Xây dựng cơ chế, chính sách huy động nguồn lực phát triển đường sắt tốc độ cao", "2026 - 2027",
         "Bộ Tài chính", "Bộ Xây dựng,\nThành phố Hà Nội,\nThành phố Hồ Chí\nMinh"],
        ["21", "Luật Thủ đô (sửa đổi)", "2026", "Bộ Tư pháp", "Ủy ban nhân dân Thành\nphố Hà Nội, các bộ,\nngành"],
    ])
    roles = {(a.name, a.role) for a in iter_agencies("", [table]) if not a.generic}
    assert {("Thành phố Hà Nội", "chủ trì"), ("Thành phố Hồ Chí Minh", "chủ trì"), ("Bộ Xây dựng", "phối hợp"),
            ("Thành phố Hà Nội", "phối hợp"), ("Thành phố Hồ Chí Minh", "phối hợp")} <= roles
    assert not any(name == "Thành phố Hà Nội" for name, _ in roles - {("Thành phố Hà Nội", "chủ trì"),
                                                                       ("Thành phố Hà Nội", "phối hợp")})


def test_every_body_of_a_pdf_cell_is_kept_though_they_share_the_cells_span():
    # Row 47 of Phụ lục III of Resolution 109/NQ-CP (blind b6): three partners in one cell.
    header = ["TT", "Nhiệm vụ", "Thời gian", "Cơ quan chủ trì", "Cơ quan phối hợp"]
    table = Table(page=41, index=0, rows=[header, [
        "47", "Xây dựng đề án tái cấu trúc Tập đoàn Điện lực Việt Nam", "Quý III/2026", "Bộ Tài chính",
        "Bộ Công Thương, các bộ,\nngành, Tập đoàn Điện lực\nViệt Nam",
    ]])
    partners = {a.name for a in iter_agencies("", [table]) if a.role == "phối hợp" and not a.generic}
    assert partners == {"Bộ Công Thương", "Tập đoàn Điện lực Việt Nam"}


def test_a_body_cut_by_a_page_break_on_a_function_word_is_no_name():
    # Đắk Nông's mobile broadband plan (blind b7), page 7: the partner cell goes on over the page break.
    header = ["TT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian"]
    table = Table(page=7, index=0, rows=[header, [
        "3", "Phát triển hạ tầng viễn thông", "Sở Thông tin và Truyền thông", "Các Sở, ban,\nngành; UBND các", "2025",
    ]])
    names = {a.name for a in iter_agencies("", [table])}
    assert "UBND các" not in names and "Sở Thông tin và Truyền thông" in names
