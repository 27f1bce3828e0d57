"""An energy plan counts fuel reserves in days of net imports ("dự trữ xăng dầu đạt khoảng 90 ngày nhập ròng"): the
unit is the whole phrase, not a duration in days."""

from extractors.targets import iter_targets


def test_fuel_reserves_are_counted_in_days_of_net_imports():
    text = "II. MỤC TIÊU\n\n- Đến năm 2030, tổng mức dự trữ xăng dầu cả nước đạt khoảng 90 ngày nhập ròng.\n"
    assert [(str(t.value), t.unit) for t in iter_targets(text)] == [("90", "ngày nhập ròng")]
