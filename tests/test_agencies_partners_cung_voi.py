"""The bodies a subject acts "cùng với" (or "phối hợp cùng") are its partners, also in a later clause of its item
whose duty goes on after a semicolon (modelled on a provincial council's 2018 supervision programme and the
Government's 2019 price-management conclusions, shortened)."""

from tests._agencies_support import named_roles as _roles

PROGRAMME = """QUYẾT NGHỊ:
Điều 2. Tổ chức thực hiện
1. Sở Tư pháp tổ chức triển khai thực hiện Kế hoạch; hướng dẫn các huyện xây dựng kế hoạch kiểm tra; cùng với Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh tiến hành hoạt động kiểm tra theo luật định.
2. Sở Kế hoạch và Đầu tư theo dõi việc thực hiện kế hoạch, phối hợp cùng với Sở Tài chính hằng năm bố trí kinh phí.
"""


def test_the_body_acted_with_after_a_semicolon_is_a_partner():
    roles = _roles(PROGRAMME)
    assert ("Sở Tư pháp", "thực hiện") in roles
    assert ("Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "phối hợp") in roles


def test_phoi_hop_cung_voi_names_a_partner():
    assert ("Sở Tài chính", "phối hợp") in _roles(PROGRAMME)
