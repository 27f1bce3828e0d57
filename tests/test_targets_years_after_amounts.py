"""A year written right after a scaled amount ("7 triệu năm 2005") dates the amount; it is no unit ("triệu năm"),
and a baseline so dated before "lên" is no target."""

from tests._targets_support import target_rows


def test_a_year_after_a_scaled_amount_dates_it_and_is_no_unit():
    # Bình Phước's 2006 collective-economy decision (bp_qd_kinhtetapthe): the baseline's year and the goal's, the
    # noun (đồng) left out; the baseline is no target.
    text = ("Mục tiêu: nâng thu nhập bình quân của một lao động trong kinh tế tập thể từ 7 triệu năm 2005 lên 14 triệu "
            "vào năm 2010.")
    assert target_rows(text) == [("=", "14", "triệu", 2010)]
