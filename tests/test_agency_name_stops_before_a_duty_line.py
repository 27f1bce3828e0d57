"""A body's name set on a line of its own ends there when the next line opens a sentence ("11. Cục Thuế tỉnh" ⏎ "Kiểm tra
các tổ chức …"): after a level word only a place, all of its words capitalised, carries the name over the line break."""

from tests._agencies_support import named_roles

ITEMS = (
    "VI. TỔ CHỨC THỰC HIỆN\n"
    "11. Cục Thuế tỉnh\nKiểm tra các tổ chức, cá nhân trong việc kê khai thuế.\n"
    "12. Ủy ban nhân dân cấp huyện\nĐịnh kỳ hằng năm lập dự toán chi gửi Sở Tài chính.\n"
)


def test_the_name_ends_before_the_duty_on_the_next_line():
    roles = named_roles(ITEMS)
    assert ("Cục Thuế tỉnh", "thực hiện") in roles
    assert ("Ủy ban nhân dân cấp huyện", "thực hiện") in roles
    assert not any("Kiểm tra" in name or "Định" in name for name, _ in roles)


def test_a_place_wrapped_to_the_next_line_stays_in_the_name():
    roles = named_roles("VI. TỔ CHỨC THỰC HIỆN\n3. Ủy ban nhân dân huyện\nCan Lộc chủ trì thực hiện kiểm tra.\n")
    assert ("Ủy ban nhân dân huyện Can Lộc", "chủ trì") in roles


def test_a_level_written_in_title_case_on_the_next_line_stays_in_the_name():
    roles = named_roles("3. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam các cấp\nThành phố phối hợp tuyên truyền.\n")
    assert ("Ủy ban Mặt trận Tổ quốc Việt Nam các cấp Thành phố", "phối hợp") in roles
