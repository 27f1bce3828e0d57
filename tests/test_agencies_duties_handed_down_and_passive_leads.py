"""A lead named in the passive ("… do Sở X chủ trì, phối hợp với …") leads wherever the clause stands, not only under
an implementation heading (a policy compendium names its leads inside its policies); a body a department is told to
direct "Chỉ đạo, giao nhiệm vụ cho X chủ trì …" leads as one "chỉ đạo X chủ trì" does."""

from tests._agencies_support import named_roles


def test_a_passive_lead_inside_a_policy_leads():
    text = (
        "3.6. Hỗ trợ xây dựng nhà vệ sinh công cộng\n\n"
        "Nhà vệ sinh phải có Biên bản thẩm định các tiêu chuẩn do Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với "
        "các ngành liên quan kiểm tra, thẩm định.\n"
    )
    assert ("Sở Văn hóa, Thể thao và Du lịch", "chủ trì") in named_roles(text)


def test_the_owner_of_a_programme_part_is_still_no_lead():
    text = "Thực hiện các dự án, tiểu dự án do Bộ Công an chủ trì theo kế hoạch.\n"
    assert ("Bộ Công an", "chủ trì") not in named_roles(text)


def test_a_body_handed_a_duty_to_lead_leads():
    text = (
        "VI. TỔ CHỨC THỰC HIỆN\n6. Sở Công Thương\n"
        "a) Chỉ đạo, giao nhiệm vụ cho Chi cục Quản lý thị trường chủ trì, phối hợp với các cơ quan liên quan thực hiện "
        "công tác kiểm tra.\n"
    )
    assert ("Chi cục Quản lý thị trường", "chủ trì") in named_roles(text)
