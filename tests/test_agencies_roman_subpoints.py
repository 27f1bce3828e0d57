"""Points numbered "(i)", "(ii)" (a Government plan quoted by an explainer, a Government Office notice: blind batch b35,
NQ 127/NQ-CP and TB 653/TB-VPCP) are points of the item above them: a body that opens one is its subject, and under an
item that ends by asking ("b) Để làm tốt các nhiệm vụ sắp tới, đề nghị:") the bodies are asked, so partners."""

from tests._agencies_support import named_roles


def test_a_roman_point_opens_on_its_subject():
    text = (
        "*(1) Nhiệm vụ chủ yếu*\n\n"
        "(iii) Ủy ban nhân dân các địa phương: chủ trì tổ chức thực hiện công tác thu hồi đất.\n\n"
        "(vii) Hội đồng thẩm định Nhà nước thẩm định, trình Thủ tướng Chính phủ phê duyệt Báo cáo trong tháng 8 năm 2025.\n"
    )
    assert named_roles(text) == {("Ủy ban nhân dân các địa phương", "chủ trì"), ("Hội đồng thẩm định Nhà nước", "thực hiện")}


ASKED = (
    "1. Về Dự án Nhà máy điện\n\n"
    "b) Để làm tốt các nhiệm vụ sắp tới, đề nghị:\n\n"
    "(i) Tập đoàn Dầu khí Việt Nam báo cáo Thủ tướng Chính phủ xem xét về thời gian khánh thành dự án.\n\n"
    "(ii) Giao Bộ Công Thương nghiên cứu, xem xét theo thẩm quyền các đề xuất.\n"
)


def test_the_points_of_an_item_that_asks_are_asked():
    assert named_roles(ASKED) == {("Tập đoàn Dầu khí Việt Nam", "phối hợp"), ("Bộ Công Thương", "thực hiện")}


def test_the_same_points_under_a_plain_item_are_duties():
    assert named_roles(ASKED.replace("đề nghị:", "cần:")) == {
        ("Tập đoàn Dầu khí Việt Nam", "thực hiện"), ("Bộ Công Thương", "thực hiện"),
    }
