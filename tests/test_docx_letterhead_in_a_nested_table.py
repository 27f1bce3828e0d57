"""A Word letterhead laid out as a table inside a table's cell (LibreOffice's conversion of a district's
.doc does this): its committee, number and date are read like any letterhead. python-docx's cell text
skips nested tables, so they were lost."""

import io

import docx

from extractors.metadata import extract_metadata
from parse_helpers import write_and_parse


def _nested_letterhead_docx() -> bytes:
    document = docx.Document()
    outer = document.add_table(rows=1, cols=1)
    inner = outer.cell(0, 0).add_table(rows=2, cols=2)
    inner.cell(0, 0).text = "ỦY BAN NHÂN DÂN\nHUYỆN HƯƠNG KHÊ"
    inner.cell(0, 1).text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"
    inner.cell(1, 0).text = "Số: 200 /KH-UBND"
    inner.cell(1, 1).text = "Hương Khê, ngày 09 tháng 02 năm 2015"
    for line in ("KẾ HOẠCH", "Tuyên truyền đẩy mạnh tiêu thụ hàng hóa sản xuất trong tỉnh, trong nước năm 2015",
                 "I. MỤC ĐÍCH, YÊU CẦU", "Tuyên truyền, vận động Nhân dân tham gia Cuộc vận động."):
        document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_the_cells_of_a_nested_table_are_in_the_text(tmp_path):
    parsed = write_and_parse(tmp_path, "kh200.docx", _nested_letterhead_docx())
    head = parsed.text.split("KẾ HOẠCH")[0]
    assert "HUYỆN HƯƠNG KHÊ" in head and "Số: 200 /KH-UBND" in head and "ngày 09 tháng 02 năm 2015" in head


def test_a_district_committee_letterhead_names_issuer_and_province(tmp_path):
    parsed = write_and_parse(tmp_path, "kh200.docx", _nested_letterhead_docx())
    metadata = extract_metadata(parsed.text, parsed.hints)
    assert (metadata.number, metadata.issuer, metadata.province) == ("200/KH-UBND", "UBND huyện Hương Khê", "Hà Tĩnh")
    assert str(metadata.issue_date) == "2015-02-09"
