"""An item title that names a body and says it has duties ("a) Tổng cục Quản lý ruộng đất có trách nhiệm:", "2. Sở
Y tế có nhiệm vụ:") heads the points under it as "2. Sở Y tế:" does: a point's stated role and partners are the body's
(blind batch b34d, Chỉ thị 299/TTg)."""

from tests._agencies_support import all_roles as _roles

POINTS = "{title}\n- Chủ trì, phối hợp với Sở Tài chính xây dựng kế hoạch.\n- Hướng dẫn các huyện triển khai.\n"


def test_a_title_with_duties_hands_its_points_their_roles():
    for title in ("1. Sở Y tế có trách nhiệm:", "1. Sở Y tế có nhiệm vụ:", "1. Sở Y tế chịu trách nhiệm thực hiện các nhiệm vụ sau:"):
        assert _roles(POINTS.format(title=title)) == {
            ("Sở Y tế", "chủ trì"), ("Sở Y tế", "thực hiện"), ("Sở Tài chính", "phối hợp"),
        }, title


def test_a_duty_in_the_title_itself_is_no_heading():
    assert _roles("2. Sở Tài chính có trách nhiệm bố trí kinh phí thực hiện kế hoạch.\n") == {("Sở Tài chính", "thực hiện")}
