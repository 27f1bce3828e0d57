"""The gazetteer of public bodies finds whole official names in real plan
sentences: inner "và" and commas kept, one match per body of a list, line
breaks and markdown emphasis inside a name, numbered and provincial names."""

import pytest

from extractors.gazetteer import iter_gazetteer_matches


def _paragraph(shared_docs, document: str, phrase: str) -> str:
    """The paragraph of the document that holds the phrase."""
    text = (shared_docs / document).read_text(encoding="utf-8")
    at = text.index(phrase)
    start = text.rfind("\n\n", 0, at) + 1
    end = text.find("\n\n", at)
    return text[start : end if end != -1 else len(text)]


def _found(text: str) -> list[tuple[str, str]]:
    return [(" ".join(text[m.start : m.end].split()), m.canonical_name) for m in iter_gazetteer_matches(text)]


def test_a_name_with_an_inner_comma_and_va_is_one_body(shared_docs):
    text = _paragraph(shared_docs, "dnai_kh179_kinhteso_2025.md", "**15.** Báo và Phát thanh")
    assert ("Báo và Phát thanh, Truyền hình Đồng Nai", "Báo và Phát thanh, Truyền hình tỉnh") in _found(text)


def test_a_board_name_with_an_inner_comma_is_one_body(shared_docs):
    text = _paragraph(shared_docs, "dnai_kh179_kinhteso_2025.md", "Ban Quản lý các Khu công nghiệp, khu kinh tế")
    assert ("Ban Quản lý các Khu công nghiệp, khu kinh tế", "Ban Quản lý các khu công nghiệp tỉnh") in _found(text)


def test_a_list_of_ministries_gives_one_match_per_ministry(shared_docs):
    text = _paragraph(shared_docs, "vpcp_tb624_bcd_khcn_2025.md", "Bộ\nKhoa học và Công nghệ, Bộ Công an và Bộ Nội vụ")
    found = _found(text)
    at = found.index(("Bộ Khoa học và Công nghệ", "Bộ Khoa học và Công nghệ"))
    assert [name for _, name in found[at : at + 3]] == ["Bộ Khoa học và Công nghệ", "Bộ Công an", "Bộ Nội vụ"]


def test_a_list_of_mass_organisations_gives_one_match_each(shared_docs):
    text = _paragraph(shared_docs, "dnai_kh179_kinhteso_2025.md", "**17.** Khuyến khích Liên đoàn Lao động")
    assert [name for _, name in _found(text)] == ["Liên đoàn Lao động tỉnh", "Hội Nông dân tỉnh", "Liên minh Hợp tác xã tỉnh"]


def test_markdown_emphasis_and_line_breaks_inside_names(shared_docs):
    text = _paragraph(shared_docs, "hcm_kh174_binhdanggioi_2025.md", "**3. Đề nghị Ủy ban Mặt trận")
    text += _paragraph(shared_docs, "hcm_kh174_binhdanggioi_2025.md", "**Phụ nữ Thành phố")
    names = [name for _, name in _found(text)]
    assert names[:2] == ["Ủy ban Mặt trận Tổ quốc Việt Nam thành phố", "Hội Liên hiệp Phụ nữ thành phố"]


@pytest.mark.parametrize(
    "document, phrase, written, canonical, kind",
    [
        ("dnai_kh179_kinhteso_2025.md", "**8. Ngân hàng nhà nước Việt", "Ngân hàng nhà nước Việt Nam - Chi nhánh Khu vực II",
         "Ngân hàng Nhà nước chi nhánh khu vực II", "regional_branch"),
        ("ct_kh153_matuy_2025.md", "- Chi cục Hải quan khu vực XIX", "Chi cục Hải quan khu vực XIX",
         "Chi cục Hải quan khu vực XIX", "regional_branch"),
        ("cm_kh0204_taichinh_2025.md", "- Thuế tỉnh Cà Mau", "Thuế tỉnh Cà Mau", "Thuế tỉnh", "regional_branch"),
        ("cm_kh0204_taichinh_2025.md", "- Kiểm toán nhà nước khu vực V", "Kiểm toán nhà nước khu vực V",
         "Kiểm toán Nhà nước khu vực V", "regional_branch"),
        ("cm_kh0204_taichinh_2025.md", "- Cổng TTĐT tỉnh", "Cổng TTĐT tỉnh", "Cổng Thông tin điện tử tỉnh", "press"),
        ("dnai_kh179_kinhteso_2025.md", "**18.** Khuyến khích Mặt trận", "Mặt trận Tổ quốc Việt Nam tỉnh Đồng Nai",
         "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "mass_organisation"),
    ],
)
def test_numbered_regional_and_provincial_names(shared_docs, document, phrase, written, canonical, kind):
    text = _paragraph(shared_docs, document, phrase)
    found = [(" ".join(text[m.start : m.end].split()), m.canonical_name, m.kind) for m in iter_gazetteer_matches(text)]
    assert (written, canonical, kind) in found


def test_the_2025_successor_comes_with_the_match():
    text = "Sở Kế hoạch và Đầu tư, Sở Thông tin và Truyền thông, Bộ Giao thông vận tải, Ủy ban Dân tộc"
    assert [m.renamed_to for m in iter_gazetteer_matches(text)] == [
        "Sở Tài chính",
        "Sở Khoa học và Công nghệ",
        "Bộ Xây dựng",
        "Bộ Dân tộc và Tôn giáo",
    ]


def test_tone_placement_abbreviations_and_the_province_after_a_department():
    text = "Sở Văn hoá, Thể thao và Du lịch tỉnh Hà Tĩnh chủ trì; Sở KH&CN, UBND tỉnh phối hợp"
    assert _found(text) == [
        ("Sở Văn hoá, Thể thao và Du lịch tỉnh Hà Tĩnh", "Sở Văn hóa, Thể thao và Du lịch"),
        ("Sở KH&CN", "Sở Khoa học và Công nghệ"),
        ("UBND tỉnh", "Ủy ban nhân dân tỉnh"),
    ]


def test_a_common_noun_in_lower_case_is_no_body():
    text = "tỷ lệ nông dân tham gia bảo hiểm xã hội tự nguyện; Bảo hiểm xã hội tỉnh hướng dẫn"
    assert _found(text) == [("Bảo hiểm xã hội tỉnh", "Bảo hiểm xã hội tỉnh")]


def test_a_body_inside_a_longer_known_name_is_not_found_apart(shared_docs):
    text = _paragraph(shared_docs, "vpcp_tb624_bcd_khcn_2025.md", "Cục Tiền lương và Bảo hiểm xã hội")
    assert ("Cục Tiền lương và Bảo hiểm xã hội", "Cục Tiền lương và Bảo hiểm xã hội") in _found(text)
    assert "Bảo hiểm xã hội tỉnh" not in [name for _, name in _found(text)]
