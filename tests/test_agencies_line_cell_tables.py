"""Annex task tables whose text arrives one cell line per line with no mark between cells: Công
báo texts dumped from a PDF's text layer (.txt) and the text of born-digital PDFs. The lead and
partner columns give bodies with those roles, the time column the row's task deadline."""

from extractors.agencies import iter_agencies
from extractors.agencies.tables import line_tables
from extractors.tasks import iter_tasks
from tests.blind_documents import parsed_blind_document


def _rows(text):
    return [[cell[2] for cell in row] for table in line_tables(text) for row in table.rows]


def _task(tasks, opening):
    """The annex row's task (the main text, before the annex, may assign the same words)."""
    return max((task for task in tasks if task.text.startswith(opening)), key=lambda task: task.start)


def test_numbered_rows_give_lead_partner_and_quarter_deadline():
    text = parsed_blind_document("cp_qd982_dncongnghesotoancau_2026.txt").text
    tasks = list(iter_tasks(text))
    task = _task(tasks, "Nghiên cứu, xây dựng cơ chế tài chính, tín dụng")
    assert task.lead_agencies == ("Bộ Tài chính",)
    assert "Bộ Khoa học và Công nghệ" in task.partner_agencies
    assert task.deadline == "Quý IV/2026"
    # The group row "2. Đẩy mạnh nghiên cứu, …" printed over the whole width does not end the table.
    assert any(row[0] == "2.1" for row in _rows(text))


def test_two_bodies_one_above_the_other_are_two_names():
    # "Ngân hàng Nhà nước" / "Bộ Khoa học và Công nghệ" in the partner cell of row 3.4.
    text = parsed_blind_document("cp_qd982_dncongnghesotoancau_2026.txt").text
    names = {a.name for a in iter_agencies(text) if a.role == "phối hợp"}
    assert "Ngân hàng Nhà nước" in names
    assert not any(name.startswith("Ngân hàng Nhà nước Bộ") for name in names)


def test_running_headers_stay_out_of_task_text():
    text = parsed_blind_document("cp_nq175_trungtamdulieuquocgia_2023.txt").text
    rows = _rows(text)
    assert rows
    assert not any("CÔNG BÁO" in cell for row in rows for cell in row)


def test_a_merged_lead_column_gives_its_body_to_the_rows_of_its_group():
    text = parsed_blind_document("cp_nq175_trungtamdulieuquocgia_2023.txt").text
    tasks = list(iter_tasks(text))
    assert _task(tasks, "Theo dõi, đôn đốc các cơ quan triển khai").lead_agencies == ("Văn phòng Chính phủ",)
    security = _task(tasks, "Triển khai các giải pháp bảo đảm an toàn")
    assert security.lead_agencies == ("Ban Cơ yếu Chính phủ",)
    assert security.deadline_year == 2023
    # "(1) Bộ Tư pháp" / "(2) Văn phòng Chính phủ" / "(3) Bộ Công an": one partner cell.
    decree = _task(tasks, "Tham mưu Chính phủ ban hành Nghị định")
    assert {"Bộ Tư pháp", "Văn phòng Chính phủ", "Bộ Công an"} <= set(decree.partner_agencies)
    assert decree.deadline == "Quý IV/2023"


def test_pdf_text_table_with_its_first_label_on_the_tt_line():
    parsed = parsed_blind_document("cp_nq100_phichinhphu_2026.pdf")
    rows = _rows(parsed.text)
    assert len(rows) > 20
    # "… ngày 22/10/2018 của" / "Bộ Chính trị về tăng cường …" goes on the task: no lead cell.
    second = next(row for row in rows if row[1].startswith("Tuyên truyền, phổ biến và triển khai"))
    assert second[2] == "Bộ Ngoại giao"
    leads = {a.canonical_name for a in iter_agencies(parsed.text, parsed.tables) if a.role == "chủ trì"}
    assert {"Bộ Ngoại giao", "Bộ Nội vụ"} <= leads


def test_group_row_after_a_lone_number_and_a_time_cell_over_two_lines():
    parsed = parsed_blind_document("cp_nq116_thientai_2026.pdf")
    rows = _rows(parsed.text)
    first = next(row for row in rows if row[1].startswith("Rà soát, thể chế hóa các chủ trương"))
    assert first[2] == "Bộ NN&MT, Bộ Quốc phòng"
    assert first[4] == "Năm 2026 - 2027"


def test_prose_and_pipe_tables_hold_no_line_table(shared_docs):
    for name in ("ct_kh157_khongtienmat_2025.md", "na_kh980_phongthudansu_2025.md"):
        text = (shared_docs / name).read_text(encoding="utf-8")
        assert list(line_tables(text)) == []
