"""A span of years opening a list item ("- Giai đoạn 2008 - 2010 diện tích cao su đạt 6.000 ha.") is the item's period:
its last year is no figure of the noun after it (blind batch b27d, the Lai Châu council's rubber programme of 2008,
read in session 35 when a lead-in made its items goals)."""

from extractors.targets import iter_targets

PROGRAMME = (
    "Điều 1: Nhất trí thông qua Chương trình phát triển cây cao su trên địa bàn tỉnh Lai Châu đến năm 2015, với những "
    "nội dung chính sau: I - mục tiêu:\n1. Về diện tích.\n"
    "- Giai đoạn 2008 - 2010 diện tích cao su đạt 6.000 ha.\n"
    "- Giai đoạn 2011 - 2015 diện tích cao su đạt 20.000 ha.\n"
)


def test_the_last_year_of_a_span_is_no_figure():
    assert sorted(str(t.value) for t in iter_targets(PROGRAMME)) == ["20000", "6000"]


def test_a_year_after_a_word_is_still_read_as_before():
    found = {(str(t.value), t.unit) for t in iter_targets("Mục tiêu cụ thể:\n- Năm 2026 trồng mới 2.015 ha cao su.\n")}
    assert found == {("2015", "ha")}
