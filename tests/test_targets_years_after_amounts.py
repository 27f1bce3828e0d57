"""A year written right after a scaled amount ("7 triệu năm 2005") dates the amount; it is no unit ("triệu năm"),
and a baseline so dated before "lên" is no target."""

from tests._targets_support import target_rows


def test_a_year_after_a_scaled_amount_dates_it_and_is_no_unit():
    # Bình Phước's 2006 collective-economy decision (bp_qd_kinhtetapthe): the baseline's year and the goal's, the
    # noun (đồng) left out; the baseline is no target.
    text = ("Mục tiêu: nâng thu nhập bình quân của một lao động trong kinh tế tập thể từ 7 triệu năm 2005 lên 14 triệu "
            "vào năm 2010.")
    assert target_rows(text) == [("=", "14", "triệu", 2010)]


def test_a_year_after_den_without_nam_is_a_milestone_not_a_count():
    # A news page on the national technology-innovation programme (blind b32d): "đến 2025" dates the figures after
    # it; "2025 số lượng" is no count of 2025.
    text = ("Mục tiêu cụ thể đến 2025 số lượng doanh nghiệp đổi mới công nghệ tăng trung bình 15%/năm; 100% các "
            "doanh nghiệp sản xuất các sản phẩm chủ lực tham gia Chương trình.")
    assert target_rows(text) == [("=", "15", "%/năm", 2025), ("=", "100", "%", 2025)]


def test_a_year_after_den_followed_by_a_percent_is_still_a_value():
    # What follows the year tells a milestone from a value: "đến 2025%" is no year.
    assert target_rows("Phấn đấu đến năm 2030 tăng đến 2025% so với năm 2020.") == [("=", "2025", "%", 2030)]
