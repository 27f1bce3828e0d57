"""A portal's editorial board is named whole ("Ban Biên tập Cổng Thông tin điện tử huyện", blind batch b35f, Nghi Xuân's
Kế hoạch 54/KH-UBND), as is the State appraisal council of national projects (b35c, NQ 127/NQ-CP)."""

from extractors.agencies.mentions import iter_mentions


def _names(text: str) -> list[str]:
    return [m.name for m in iter_mentions(text)]


def test_an_editorial_board_is_named_whole():
    assert _names("4. Trung tâm Văn hóa - Truyền thông, Ban Biên tập Cổng Thông tin điện tử huyện: Tuyên truyền") == [
        "Trung tâm Văn hóa - Truyền thông", "Ban Biên tập Cổng Thông tin điện tử huyện",
    ]
    assert _names("Ban Biên tập Cổng TTĐT tỉnh chủ trì") == ["Ban Biên tập Cổng TTĐT tỉnh"]


def test_the_state_appraisal_council_is_a_body():
    assert _names("(vii) Hội đồng thẩm định Nhà nước thẩm định, trình Thủ tướng Chính phủ")[0] == "Hội đồng thẩm định Nhà nước"
