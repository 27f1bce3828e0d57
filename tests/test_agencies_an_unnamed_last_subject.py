"""Subjects may end on a member the text does not name before their role ("4. Đài Truyền hình Việt Nam, Đài Tiếng nói
Việt Nam, Thông tấn xã Việt Nam và hệ thống các cơ quan báo chí phối hợp với các Bộ, ngành …"): the role after it is
still theirs (blind gold vpcp_cv11554_chongbuonlau_2025; session 37)."""

from tests._agencies_support import named_roles


def test_the_role_after_an_unnamed_member_is_the_subjects():
    roles = named_roles(
        "III. TỔ CHỨC THỰC HIỆN\n4. Đài Truyền hình Việt Nam, Đài Tiếng nói Việt Nam, Thông tấn xã Việt Nam và hệ thống "
        "các cơ quan báo chí phối hợp với các Bộ, ngành tăng thời lượng tuyên truyền.\n"
    )
    assert {("Đài Truyền hình Việt Nam", "phối hợp"), ("Đài Tiếng nói Việt Nam", "phối hợp"),
            ("Thông tấn xã Việt Nam", "phối hợp")} <= roles
    assert ("Đài Truyền hình Việt Nam", "thực hiện") not in roles


def test_a_lead_keeps_its_own_partners():
    roles = named_roles("III. TỔ CHỨC THỰC HIỆN\n1. Sở Y tế tổ chức tuyên truyền, phối hợp với Sở Nội vụ rà soát.\n")
    assert ("Sở Y tế", "thực hiện") in roles
