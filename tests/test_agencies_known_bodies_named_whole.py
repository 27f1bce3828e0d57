"""Known bodies named whole: a portal's editorial board ("Ban Biên tập Cổng Thông tin điện tử huyện", blind batch b35f,
Nghi Xuân's Kế hoạch 54/KH-UBND), the State appraisal council of national projects (b35c, NQ 127/NQ-CP), and a known
force with the level written after it ("Lực lượng Công an các cấp", b35h, QĐ 28/2025/QĐ-TTg)."""

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


def test_a_known_force_keeps_the_level_written_after_it():
    # Blind batch b35h (QĐ 28/2025/QĐ-TTg): "Lực lượng Công an các cấp chủ trì …", "Lực lượng Công an cấp xã tham mưu …".
    assert _names("1. Lực lượng Công an các cấp chủ trì, phối hợp với lực lượng chức năng") == ["Lực lượng Công an các cấp"]
    assert _names("Lực lượng Công an cấp xã tham mưu Ủy ban nhân dân xã")[0] == "Lực lượng Công an cấp xã"
    assert _names("Lực lượng Công an chủ trì") == ["Lực lượng Công an"]


def test_the_committee_on_foreign_ngos_keeps_its_inner_cac():
    # NQ 100/NQ-CP of 2026 (blind): "… và Ủy ban Công tác về⏎các tổ chức phi chính phủ nước ngoài tại Việt Nam …".
    assert _names("quản lý và Ủy ban Công tác về\ncác tổ chức phi chính phủ nước ngoài tại Việt Nam") == [
        "Ủy ban Công tác về các tổ chức phi chính phủ nước ngoài",
    ]


def test_the_education_ministrys_departments_keep_their_inner_comma_and_va():
    # Bộ Giáo dục và Đào tạo's conference paper (b35i): "a) Vụ Học sinh, sinh viên chủ trì …", "c) Cục Nhà giáo và Cán bộ
    # quản lý giáo dục phối hợp với Vụ Học sinh, sinh viên, các đơn vị thuộc Bộ …".
    assert _names("c) Cục Nhà giáo và Cán bộ quản lý giáo dục phối hợp với Vụ Học sinh, sinh viên, các Sở")[:2] == [
        "Cục Nhà giáo và Cán bộ quản lý giáo dục", "Vụ Học sinh, sinh viên",
    ]


def test_a_consortium_is_named_whole():
    # Lào Cai's report on industrial clusters (blind): "Chủ trì: Liên danh Đông Đô - Bắc Giang số 9 (CĐT)"; a lower-case
    # "liên danh tư vấn" is no name.
    assert _names("Chủ trì: Liên danh Đông Đô - Bắc Giang số 9 (CĐT). Phối hợp: UBND phường Văn Phú")[0] == (
        "Liên danh Đông Đô - Bắc Giang số 9"
    )
    assert _names("thực hiện các thủ tục chỉ định thầu liên danh tư vấn (Tư vấn trong nước)") == []
