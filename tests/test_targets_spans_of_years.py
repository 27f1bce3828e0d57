"""A number of years followed by the years themselves is the span of a period ("kế hoạch sử dụng đất quốc gia 5 năm
(2021 - 2025)", "03 năm 2026 - 2028"), not a duration to reach; a duration a goal sets stays one."""

from extractors.targets import iter_targets

PLAN = "II. MỤC TIÊU\n2. Mục tiêu cụ thể đến năm 2030\n"


def test_the_span_of_a_plan_named_with_its_years_is_no_target():
    text = PLAN + "- Hoàn thành điều chỉnh kế hoạch sử dụng đất quốc gia 5 năm (2021 - 2025) và 03 năm 2026 - 2028.\n"
    assert list(iter_targets(text)) == []


def test_a_duration_a_goal_sets_is_a_target():
    got = [(float(t.value), t.unit) for t in iter_targets(PLAN + "- Rút ngắn thời gian giải quyết xuống còn 5 năm (so với 7 năm).\n")]
    assert got[:1] == [(5, "năm")]

