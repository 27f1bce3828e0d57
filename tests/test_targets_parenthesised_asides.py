"""What a parenthesis after a figure says: a past figure with its year ("(năm 2024 đạt 45%)") neither counts as a
target nor dates the figure before it; a parenthesised goal of its own ("(phấn đấu giải ngân đạt tối thiểu 95% … năm
2025)", as the Government Office's conclusions on provinces write it) is a target."""

from tests._targets_support import target_rows


def test_a_goal_in_parentheses_is_a_target():
    # vpcp_tb655 (Sơn La) and vpcp_tb636 (Phú Thọ) put the disbursement goal in parentheses after the task.
    text = ("Đề nghị tỉnh đẩy mạnh giải ngân vốn đầu tư công (phấn đấu giải ngân đạt tối thiểu 95% kế hoạch vốn đầu tư "
            "công năm 2025).")
    assert target_rows(text) == [(">=", "95", "% kế hoạch vốn đầu tư công", 2025)]


def test_a_past_figure_in_parentheses_does_not_date_the_goal():
    assert target_rows("Mục tiêu: tỷ lệ che phủ rừng đạt 60% (năm 2024 đạt 45%).") == [("=", "60", "%", None)]
    assert target_rows("Mục tiêu: tỷ lệ che phủ rừng đạt 60% (năm 2030).") == [("=", "60", "%", 2030)]
