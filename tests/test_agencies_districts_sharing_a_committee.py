"""A committee's head shared by the districts or communes listed after it ("UBND thành phố Hà Tĩnh, thị xã Kỳ Anh,
thị xã Hồng Lĩnh khẩn trương …", "UBND huyện Can Lộc, huyện Thạch Hà …") names one committee per place (blind gold
ht_kh122; session 36). A place of a higher rank after a commune or a district is its address, not another body."""

from tests._agencies_support import canonical_roles


def test_each_district_listed_after_the_committee_is_a_committee():
    roles = canonical_roles(
        "- UBND thành phố Hà Tĩnh, thị xã Kỳ Anh, thị xã Hồng Lĩnh khẩn trương tổ chức triển khai thực hiện đồng bộ "
        "việc phân loại rác thải tại nguồn."
    )
    assert roles == {
        ("Ủy ban nhân dân thành phố Hà Tĩnh", "thực hiện"),
        ("Ủy ban nhân dân thị xã Kỳ Anh", "thực hiện"),
        ("Ủy ban nhân dân thị xã Hồng Lĩnh", "thực hiện"),
    }


def test_the_level_may_be_written_again_and_a_note_may_follow():
    roles = canonical_roles("Giao UBND huyện Can Lộc, huyện Thạch Hà (Hà Tĩnh) khẩn trương khắc phục thiệt hại.")
    assert roles == {("Ủy ban nhân dân huyện Can Lộc", "thực hiện"), ("Ủy ban nhân dân huyện Thạch Hà", "thực hiện")}


def test_a_commune_and_its_district_are_one_body():
    roles = canonical_roles("Giao UBND xã Yên Bình, huyện Yên Bình khẩn trương triển khai.")
    assert roles == {("Ủy ban nhân dân xã Yên Bình", "thực hiện")}


def test_a_district_and_its_city_under_central_rule_are_one_body():
    roles = canonical_roles("Giao UBND huyện Củ Chi, thành phố Hồ Chí Minh khẩn trương triển khai.")
    assert roles == {("Ủy ban nhân dân huyện Củ Chi", "thực hiện")}


def test_a_district_after_a_provincial_committee_is_not_its_peer():
    roles = canonical_roles("Đề nghị UBND thành phố Hà Nội, quận Ba Đình khẩn trương triển khai.")
    assert not any(name.endswith("Ba Đình") for name, _ in roles)
