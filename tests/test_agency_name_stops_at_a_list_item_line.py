"""PDF text has no blank line between a heading naming an agency and the list of
its duties, so the name must end at the line break before a list marker instead of
swallowing the marker and the first word of the duty ("Công an tỉnh - Chủ trì")."""

import pytest

from extractors.agencies import iter_agencies

# Lines as pdfplumber gives them for a typeset plan (the shape of the
# born-digital renditions in benchmarks/born_digital.py).
SECTION = """IV. TỔ CHỨC THỰC HIỆN
1. Sở Xây dựng
- Chủ trì xây dựng cơ sở dữ liệu quy hoạch xây dựng.
2. Công an tỉnh
{marker} Chủ trì tham mưu triển khai ứng dụng công nghệ số trong giám sát giao thông.
3. Ngân hàng Nhà nước chi nhánh khu vực 14
a) Chỉ đạo các ngân hàng thương mại phối hợp triển khai thanh toán không dùng tiền mặt.
"""


@pytest.mark.parametrize("marker", ["-", "+", "•", "a)"])
def test_name_ends_before_the_list_marker_of_the_next_line(marker):
    names = {a.name for a in iter_agencies(SECTION.format(marker=marker))}
    assert "Công an tỉnh" in names
    assert "Ngân hàng Nhà nước chi nhánh khu vực 14" in names
    assert not any("Chủ trì" in name or "Chỉ đạo" in name or name.endswith(" a") for name in names), names


def test_a_name_wrapped_over_two_lines_still_joins():
    text = "IV. TỔ CHỨC THỰC HIỆN\n1. Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với Trung tâm\nKhuyến nông tỉnh tổ chức tập huấn.\n"
    names = {a.name for a in iter_agencies(text)}
    assert "Trung tâm Khuyến nông" in names or "Trung tâm Khuyến nông tỉnh" in names, names
