"""The head of a body with a title of its own stands for the body in an assignment, as "Bộ trưởng Bộ …" does:
"Thống đốc Ngân hàng Nhà nước Việt Nam chỉ đạo …", "Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh chủ trì …" (modelled on a
Prime Minister's dispatch on flood recovery, blind batch b33c, shortened)."""

from tests._agencies_support import named_roles as _roles

DISPATCH = """THỦ TƯỚNG CHÍNH PHỦ yêu cầu:
10. Bộ trưởng Bộ Khoa học và Công nghệ chỉ đạo các doanh nghiệp cung cấp dịch vụ viễn thông khôi phục ngay hệ thống viễn thông.
11. Thống đốc Ngân hàng Nhà nước Việt Nam chỉ đạo các ngân hàng, tổ chức tín dụng triển khai các chính sách tín dụng.
12. Viện trưởng Viện kiểm sát nhân dân tối cao chỉ đạo đẩy nhanh việc giải quyết các vụ án.
"""


def test_the_governor_stands_for_the_state_bank():
    assert ("Ngân hàng Nhà nước Việt Nam", "thực hiện") in _roles(DISPATCH)


def test_the_procurator_general_stands_for_the_procuracy():
    assert ("Viện kiểm sát nhân dân tối cao", "thực hiện") in _roles(DISPATCH)


def test_a_minister_still_stands_for_the_ministry():
    assert ("Bộ Khoa học và Công nghệ", "thực hiện") in _roles(DISPATCH)
