"""A bound written after the noun a share counts ("90% số xã trở lên đạt chuẩn", "80% hộ gia đình trở lên") is the
value's: the comparator is ">=", and "trở lên" is no part of the metric (found reading blind batch b35a, TT 01/2026/TT-BTP,
"đạt 90% đánh giá hài lòng trở lên"). A bound on a degree or a grade stays the noun's."""

from extractors.targets import iter_targets


def _read(text: str) -> list[tuple[str, str, str]]:
    return [(str(t.value), t.comparator, t.metric) for t in iter_targets(text)]


def test_a_bound_after_the_counted_noun_bounds_the_share():
    assert _read("Đến năm 2025 có 90% số xã trở lên đạt chuẩn nông thôn mới.") == [("90", ">=", "xã đạt chuẩn nông thôn mới")]
    assert _read("Phấn đấu 80% hộ gia đình trở lên sử dụng nước sạch.") == [("80", ">=", "hộ gia đình sử dụng nước sạch")]


def test_a_bound_on_a_degree_or_a_grade_is_the_nouns():
    assert _read("Phấn đấu đến năm 2030 có 70% lao động có trình độ đại học trở lên.") == [
        ("70", "=", "lao động có trình độ đại học trở lên"),
    ]
    assert _read("Phấn đấu đến năm 2030 có 70% học sinh khá giỏi trở lên.") == [("70", "=", "học sinh khá giỏi trở lên")]
