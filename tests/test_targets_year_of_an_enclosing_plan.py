"""Goals without a year of their own under a part headed by a plan or programme for one year ("KẾ HOẠCH NĂM 2026" ⏎
"2. MỤC TIÊU TRỌNG ĐIỂM") take that year: the README's enclosing heading."""

from decimal import Decimal

from extractors.targets import iter_targets


def test_the_goals_under_a_plan_for_one_year_take_its_year():
    # "KẾ HOẠCH NĂM 2026" ⏎ "2. MỤC TIÊU TRỌNG ĐIỂM" ⏎ "- 100% …" (blind batch b37e): the enclosing heading's year.
    text = (
        "VIII. ĐÁNH GIÁ CHUNG\n\nKết quả năm 2025 đạt 95%.\n\nKẾ HOẠCH NĂM 2026\n\n"
        "1. CHỦ ĐỀ – ĐỊNH HƯỚNG CHUNG\n\nTăng tốc, bứt phá.\n\n2. MỤC TIÊU TRỌNG ĐIỂM\n\n"
        "a) Cải cách thủ tục hành chính\n\n- 100% thủ tục hành chính được thực hiện không phụ thuộc địa giới hành chính.\n\n"
        "- Tỷ lệ hồ sơ giải quyết đúng hạn đạt từ 98% trở lên.\n"
    )
    assert [(t.value, t.deadline_year) for t in iter_targets(text)] == [(Decimal("100"), 2026), (Decimal("98"), 2026)]
