"""An item may state a role for a class of bodies and then name them one by one ("2. Các Sở, ngành, Ủy ban nhân dân
các huyện, thành phố, thị xã chủ trì phối hợp với các đơn vị liên quan xây dựng …, cụ thể như sau:" ⏎ "a) Sở Nông
nghiệp và Phát triển nông thôn:" ⏎ "- Giá các loại rừng …"), or say that they follow ("4. Các sở, ngành sau đây có
trách nhiệm chủ trì …" ⏎ "a) Sở Tài chính: Tổng hợp, trình …"): each body named takes the role (blind golds
ht_qd44_quanlynhanuocvegia_2017, ht_kh496_ungdungcntt2017_2016; session 37)."""

from tests._agencies_support import named_roles

_ITEM = (
    "III. TỔ CHỨC THỰC HIỆN\n2. Các Sở, ngành, Ủy ban nhân dân các huyện, thành phố, thị xã {role} với các đơn vị liên "
    "quan xây dựng, trình Ủy ban nhân dân tỉnh quy định giá, cụ thể như sau:\na) Sở Nông nghiệp và Phát triển nông "
    "thôn:\n- Giá các loại rừng bao gồm rừng sản xuất;\nb) Sở Xây dựng:\n- Giá cho thuê nhà ở xã hội.\n"
)


def test_each_body_named_takes_the_role_of_its_class():
    roles = named_roles(_ITEM.format(role="chủ trì phối hợp"))
    assert {("Sở Nông nghiệp và Phát triển nông thôn", "chủ trì"), ("Sở Xây dựng", "chủ trì")} <= roles


def test_partners_named_one_by_one():
    roles = named_roles(_ITEM.format(role="phối hợp"))
    assert {("Sở Nông nghiệp và Phát triển nông thôn", "phối hợp"), ("Sở Xây dựng", "phối hợp")} <= roles


def test_without_a_stated_role_the_bodies_do_their_points():
    roles = named_roles(_ITEM.format(role="làm việc"))
    assert ("Sở Xây dựng", "thực hiện") in roles


def test_a_class_that_says_its_bodies_follow():
    roles = named_roles(
        "III. TỔ CHỨC THỰC HIỆN\n4. Các sở, ngành sau đây có trách nhiệm chủ trì và phối hợp với Sở Thông tin và "
        "Truyền thông thực hiện các nhiệm vụ\na) Sở Tài chính: Tổng hợp, trình cấp có thẩm quyền bố trí kinh phí.\n"
        "b) Sở Nội vụ: Tổ chức xây dựng các giải pháp cải cách hành chính.\n"
    )
    assert {("Sở Tài chính", "chủ trì"), ("Sở Nội vụ", "chủ trì")} <= roles
