"""A land-use plan gives each use an approximate area and the share it makes ("khoảng 2.763 ha, chiếm 17,6%"): the
share is as approximate as the area. Its uses are listed under a forecast that names the horizon ("đến năm 2050 …;
Trong đó:"), which dates them."""

from extractors.targets import iter_targets

PLAN = """## Định hướng quy hoạch sử dụng đất Khu kinh tế ven biển đến năm 2050 như thế nào?

Định hướng quy hoạch sử dụng đất như sau:

- Dự báo, quy mô diện tích khu vực xây dựng khu chức năng đến năm 2050 khoảng 15.707 ha chiếm 79% tổng diện tích đất tự nhiên ranh giới quy hoạch; Trong đó:

+ Phát triển dân cư: Quy mô khoảng 2.763 ha, chiếm 17,6% diện tích đất xây dựng.

+ Phát triển hỗn hợp khoảng 557 ha (chiếm 3,5% diện tích đất xây dựng).
"""


def _found():
    return {(str(t.value), t.unit.split()[0], t.comparator, t.deadline_year) for t in iter_targets(PLAN)}


def test_the_share_of_an_approximate_area_is_approximate():
    found = _found()
    assert ("79", "%", "approx", 2050) in found
    assert ("17.6", "%", "approx", 2050) in found
    assert ("3.5", "%", "approx", 2050) in found

