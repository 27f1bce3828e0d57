"""A frequency written with its period before the number ("ít nhất mỗi năm 1 lần") is the rate "1 lần/năm", as the
gold writes it; a rate's slash base stops at a word's end ("lần/năm" before "hội nghị" is no "lần/năm hộ")."""

from tests._targets_support import target_rows


def test_a_yearly_check_up_written_each_year_once():
    # Resolution 72-NQ/TW as two news pages quote it (tw_nq59_70_71_72_muctieu, tw_nq72_suckhoenhandan).
    text = ("Mục tiêu: Từ năm 2026, người dân được khám sức khỏe định kỳ hoặc khám sàng lọc miễn phí ít nhất mỗi năm 1 lần, "
            "được lập sổ sức khỏe điện tử để quản lý sức khỏe theo vòng đời.")
    assert target_rows(text) == [(">=", "1", "lần/năm", 2026)]


def test_a_rates_base_ends_with_its_word():
    assert target_rows("Mục tiêu: tổ chức ít nhất 1 lần/năm hội nghị đối thoại.") == [(">=", "1", "lần/năm", None)]


def test_a_month_named_before_a_figure_is_still_a_date():
    text = "Mục tiêu năm 2025: tháng 5 tổ chức hội nghị, tháng 6 hoàn thành 100% hồ sơ."
    assert target_rows(text) == [("=", "100", "%", 2025)]

