"""An annex attached as .xlsx: each sheet is a Table record (and text), so its
assignment rows and target rows are read as those of a PDF or text table."""

from decimal import Decimal

from office_helpers import rows_to_xlsx
from parse_helpers import parse_file, write_and_parse

from extractors.agencies import flattened_tables, iter_agencies
from pipeline.extract.stage import extract_document
from schemas import Table


def _table_assignments(extraction):
    return {(a.canonical_name, a.role) for a in extraction.agencies if a.table_row is not None}


def test_xlsx_annex_gives_the_assignments_of_the_plans_table(tmp_path, shared_docs):
    plan = shared_docs / "na_kh980_phongthudansu_2025.md"
    annex = next(flattened_tables(plan.read_text(encoding="utf-8")))
    rows = [annex.header] + [[cell[2] or None for cell in row] for row in annex.rows]
    workbook = write_and_parse(tmp_path, "phu-luc.xlsx", rows_to_xlsx({"Phụ lục": rows}))
    assert (workbook.status, workbook.media_type, workbook.parser) == ("ok", "xlsx", "openpyxl")
    assert workbook.text.startswith("Phụ lục\n\n" + "\t".join(annex.header) + "\n")
    [table] = workbook.tables
    assert [cell for cell in table.rows[0] if cell] == annex.header and len(table.rows) == len(rows)
    assert workbook.text[table.char_start:table.char_end] == workbook.text.split("\n\n", 1)[1]

    # The same rows as a PDF table give the same assignments; the text's own reading
    # of its flattened table finds these too (and splits "Bộ CHQS tỉnh; UBND cấp xã").
    from_xlsx = _table_assignments(extract_document(workbook))
    as_pdf_table = {(a.canonical_name, a.role) for a in iter_agencies("", [Table(page=5, index=0, rows=rows)])}
    from_text = _table_assignments(extract_document(parse_file(plan)))
    assert len(from_xlsx) > 10 and from_xlsx == as_pdf_table and from_xlsx <= from_text


def test_xlsx_numbers_are_written_the_vietnamese_way_and_become_targets(tmp_path):
    rows = [
        ["TT", "Chỉ tiêu", "Đơn vị tính", "Năm 2025", "Năm 2030", "Cơ quan chủ trì"],
        [1, "Tỷ lệ dịch vụ công trực tuyến toàn trình", "%", 0.8, 0.95, "Sở Khoa học và Công nghệ"],
        [2, "Số doanh nghiệp công nghệ số", "doanh nghiệp", 1200, 2500, "Sở Tài chính"],
        [3, "Diện tích rừng trồng mới", "ha", 48.3, 120.5, "Sở Nông nghiệp và Môi trường"],
    ]
    workbook = write_and_parse(tmp_path, "chi-tieu.xlsx", rows_to_xlsx({"Chỉ tiêu": rows}, {(1, 3): "0%", (1, 4): "0%"}))
    assert workbook.tables[0].rows[1][3:5] == ["80%", "95%"]
    assert workbook.tables[0].rows[3][3:5] == ["48,3", "120,5"]
    # Read as table rows (each value with its column's year), not as the prose of the sheet's text.
    got = {(t.source, t.table_row, t.deadline_year, t.value, t.unit) for t in extract_document(workbook).targets}
    assert got == {("table", row, year, Decimal(value), unit) for row, unit, values in (
        (1, "%", ("80", "95")), (2, "doanh nghiệp", ("1200", "2500")), (3, "ha", ("48.3", "120.5")))
        for year, value in zip((2025, 2030), values)}


def test_empty_workbook_is_an_error(tmp_path):
    doc = write_and_parse(tmp_path, "trong.xlsx", rows_to_xlsx({"Sheet1": []}))
    assert (doc.status, doc.error) == ("error", "no text: the document is empty")
