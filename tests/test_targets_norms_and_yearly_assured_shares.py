"""An allocation norm is no target ("với định mức không vượt quá 15% tổng kinh phí", QĐ 05/2026/QĐ-TTg, blind batch
b35a), while a share the text assures every year is one ("Nhà nước bảo đảm hằng năm ít nhất 40% tổng số cán bộ … được
bồi dưỡng", NQ 250/2025/QH15)."""

from extractors.targets import iter_targets


def _values(text: str) -> list[tuple[str, str, str]]:
    return [(str(t.value), t.comparator, t.unit) for t in iter_targets(text)]


def test_an_allocation_norm_is_no_target():
    text = (
        "Căn cứ đề xuất của các bộ để thực hiện mục tiêu, chỉ tiêu của Chương trình, Bộ Công an xây dựng phương án "
        "phân bổ vốn giai đoạn 2026-2030 với định mức không vượt quá 15% tổng kinh phí của Chương trình."
    )
    assert _values(text) == []


def test_a_level_kept_stable_is_still_a_target():
    assert _values("Mục tiêu: tỷ lệ che phủ rừng ổn định mức 42% đến năm 2030.") == [("42", "=", "%")]


def test_a_share_assured_every_year_is_a_target():
    text = "3. Nhà nước bảo đảm hằng năm ít nhất 40% tổng số cán bộ làm công tác đối ngoại được bồi dưỡng kiến thức."
    assert _values(text) == [("40", ">=", "% tổng số cán bộ")]
