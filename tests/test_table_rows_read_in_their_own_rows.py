"""A PDF table's rows follow each other down the page: each row's cells are looked for below the row above,
so a body named row after row ("Bộ Công Thương") is found in its own row and a task's sentence is its row,
not the rows above it. A table whose repeated header was dropped as a running header is still located by
its first row; the rows of an assignment table that name no body (a row cut by a page break) are no
commitments of their own, and what the text reader reads inside such a table is left to its rows."""

from types import SimpleNamespace

from blind_documents import blind_tasks, parsed_blind_document, task_opening
from extractors.agencies.tables import iter_assignment_rows
from pipeline.parse.pdf.tables import locate_table

HEADER = ["TT", "NHIỆM VỤ", "THỜI HẠN\nHOÀN THÀNH", "CƠ QUAN CHỦ TRÌ", "CƠ QUAN PHỐI HỢP"]
ROWS = [
    HEADER,
    ["1", "Hoàn thiện các cơ chế, chính sách cho phát triển điện gió ngoài khơi", "Quý II/2026", "Bộ Công Thương",
     "Bộ Tài chính, các bộ, cơ quan"],
    ["2", "Tiếp tục rà soát, hoàn thiện các quy định liên quan giá than, giá khí", "Quý III/2026", "Bộ Công Thương",
     "Bộ Tài chính, các bộ, cơ quan"],
]
# As the page's text reads the table: line by line, the cells of one row side by side.
PAGE = (
    "Phụ lục III\n"
    "TT NHIỆM VỤ THỜI HẠN CƠ QUAN CHỦ TRÌ CƠ QUAN PHỐI HỢP\nHOÀN THÀNH\n"
    "1 Hoàn thiện các cơ chế, chính sách cho phát triển điện gió ngoài khơi Quý II/2026 Bộ Công Thương Bộ Tài chính, các bộ, cơ quan\n"
    "2 Tiếp tục rà soát, hoàn thiện các quy định liên quan giá than, giá khí Quý III/2026 Bộ Công Thương Bộ Tài chính, các bộ, cơ quan\n"
)


def _table(rows, text):
    start, end = locate_table(text, rows, 0, len(text))
    return SimpleNamespace(page=1, index=0, rows=rows, char_start=start, char_end=end)


def test_a_lead_named_row_after_row_is_found_in_its_own_row():
    rows = list(iter_assignment_rows(PAGE, [_table(ROWS, PAGE)], tables_in_text=[]))
    assert [row.lead[2] for row in rows] == ["Bộ Công Thương", "Bộ Công Thương"]
    second = rows[1]
    assert PAGE[second.span[0]:].startswith("Tiếp tục rà soát")
    assert second.task[0] < second.lead[0] < second.span[1]
    assert PAGE.index("Bộ Công Thương", PAGE.index("Tiếp tục")) == second.lead[0]


def test_a_table_whose_repeated_header_was_dropped_is_located_by_its_first_row():
    without_header = PAGE.replace("TT NHIỆM VỤ THỜI HẠN CƠ QUAN CHỦ TRÌ CƠ QUAN PHỐI HỢP\nHOÀN THÀNH\n", "")
    start, end = locate_table(without_header, ROWS, 0, len(without_header))
    assert start == without_header.index("1 Hoàn thiện") + len("1 ")
    assert without_header[:end].endswith("Bộ Tài chính, các bộ, cơ quan")


def test_a_table_none_of_whose_edge_rows_is_in_the_text_is_not_located():
    assert locate_table("Một đoạn văn khác hẳn.", ROWS, 0, 22) == (None, None)


def test_each_task_of_a_government_programme_annex_reads_its_own_row():
    tasks = blind_tasks("cp_nq109_chuongtrinhhanhdong_2026.pdf")
    task = task_opening(tasks, "Rà soát, phê duyệt điều chỉnh Quy hoạch sử dụng đất")
    assert task.deadline == "Quý II/2026"
    assert task.lead_agencies == ("Bộ Nông nghiệp và Môi trường",)
    parsed = parsed_blind_document("cp_nq109_chuongtrinhhanhdong_2026.pdf")
    assert parsed.text[task.start:].startswith("Rà soát, phê duyệt điều chỉnh")


def test_every_page_of_an_action_plan_table_is_located_and_its_cut_rows_give_no_tasks():
    parsed = parsed_blind_document("cp_qd844_bhyttoandan_2026.pdf")
    assert all(table.char_start is not None for table in parsed.tables)
    tasks = blind_tasks("cp_qd844_bhyttoandan_2026.pdf")
    in_tables = [t for t in tasks if any(tb.char_start <= t.start < tb.char_end for tb in parsed.tables)]
    assert in_tables and all(t.lead_agencies or t.partner_agencies for t in in_tables)


def test_a_body_in_a_table_s_lead_column_is_read_by_its_row_only():
    # "Bộ Tư pháp, các bộ, cơ quan tham mưu, đề xuất …" in the lead column: the row makes it the lead; the
    # text reader, which sees the row's cells run together line by line, does not make it an implementer.
    from extractors.agencies import iter_agencies

    parsed = parsed_blind_document("cp_nq109_chuongtrinhhanhdong_2026.pdf")
    agencies = list(iter_agencies(parsed.text, parsed.tables))
    roles = {(a.canonical_name, a.role) for a in agencies}
    assert ("Bộ Tư pháp", "chủ trì") in roles and ("Bộ Tư pháp", "thực hiện") not in roles
    assert ("Bộ Y tế", "thực hiện") not in roles
    spans = [(t.char_start, t.char_end) for t in parsed.tables if t.char_start is not None]
    assert not [a for a in agencies if a.table_index is None and any(a_ <= a.start < b for a_, b in spans)]
