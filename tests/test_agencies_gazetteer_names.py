"""Agencies whose official name the public-body gazetteer knows are taken whole
(inner "và" and commas kept) with their role, in real plan sentences; a list
of known bodies before "chủ trì" gives each the lead; mass organisations and
regional branches a plan asks to act are agencies; names the gazetteer does
not know still come from the structural rules."""

from functools import lru_cache
from pathlib import Path

from extractors.agencies import iter_agencies, iter_mentions

DOCS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "docs"


@lru_cache(maxsize=None)
def _text(document: str) -> str:
    return (DOCS / document).read_text(encoding="utf-8")


@lru_cache(maxsize=None)
def _agencies(document: str) -> tuple:
    return tuple(iter_agencies(_text(document)))


def _found_after(document: str, phrase: str, length: int) -> list[tuple[str, str, str]]:
    """(name as written, canonical name, role) of the agencies within ``length`` characters from the phrase."""
    at = _text(document).index(phrase)
    return [
        (" ".join(a.name.split()), a.canonical_name, a.role) for a in _agencies(document) if at <= a.start < at + length
    ]


def test_a_board_whose_name_holds_va_is_one_lead(shared_docs):
    found = _found_after("hcm_qd2853_thientai_2025.md", "7. Ban Quản lý", 120)
    assert found[0] == (
        "Ban Quản lý các Khu chế xuất và công nghiệp Thành phố", "Ban Quản lý các khu chế xuất và công nghiệp", "chủ trì"
    )


def test_three_known_bodies_before_chu_tri_each_lead(shared_docs):
    found = _found_after("cp_qd2530_khongkhi_2025.md", "l) Đài Truyền hình Việt Nam", 200)
    leads = [canonical for _, canonical, role in found if role == "chủ trì"]
    assert leads == ["Đài Truyền hình Việt Nam", "Đài Tiếng nói Việt Nam", "Thông tấn xã Việt Nam"]
    assert {canonical for _, canonical, role in found if role == "phối hợp"} == {"Bộ Nông nghiệp và Môi trường", "Bộ Y tế"}


def test_a_board_name_with_an_inner_comma_in_an_assignment_table_is_one_agency(shared_docs):
    found = _found_after("dnai_kh179_kinhteso_2025.md", "Ban Quản lý các Khu công nghiệp, khu kinh tế\n|", 60)
    assert found[0][:2] == ("Ban Quản lý các Khu công nghiệp, khu kinh tế", "Ban Quản lý các khu công nghiệp tỉnh")


def test_judicial_bodies_an_item_title_asks_are_agencies(shared_docs):
    found = _found_after("ct_kh153_matuy_2025.md", "**14. Đề\nnghị Viện kiểm sát", 120)
    # The bodies asked are partners; the Công an their first point works with is a partner there too.
    assert {(canonical, role) for _, canonical, role in found} == {
        ("Viện Kiểm sát nhân dân thành phố", "phối hợp"), ("Tòa án nhân dân thành phố", "phối hợp"),
        ("Công an thành phố", "phối hợp"),
    }


def test_mass_organisations_the_plan_encourages_to_act_are_agencies(shared_docs):
    found = _found_after("dnai_kh179_kinhteso_2025.md", "**16.** Khuyến khích Đoàn Thanh niên", 900)
    assert {canonical for _, canonical, _ in found} >= {
        "Tỉnh đoàn", "Liên đoàn Lao động tỉnh", "Hội Nông dân tỉnh", "Liên minh Hợp tác xã tỉnh",
        "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",
    }


def test_regional_branches_are_agencies_under_one_canonical_name(shared_docs):
    dong_nai = {canonical for name, canonical, _ in _found_after("dnai_kh179_kinhteso_2025.md", "", 10**7)
                if name.lower().startswith("ngân hàng nhà nước")}
    # "Ngân hàng nhà nước Việt Nam - Chi nhánh Khu vực II" and "… Việt nam Chi nhánh Khu vực II": one branch.
    assert dong_nai == {"Ngân hàng Nhà nước chi nhánh khu vực II"}
    can_tho = {canonical for _, canonical, _ in _found_after("ct_kh153_matuy_2025.md", "", 10**7)}
    assert "Chi cục Hải quan khu vực XIX" in can_tho


def test_a_body_named_after_a_known_one_keeps_its_longer_name():
    text = _text("na_kh980_phongthudansu_2025.md")
    names = {" ".join(m.name.split()) for m in iter_mentions(text)}
    assert "Văn phòng Ban Chỉ huy Phòng thủ dân sự tỉnh" in names


def test_the_merged_provincial_press_is_known_with_the_word_dai_too():
    # Since the 2025 merger a province's paper and broadcaster are one body; portals write it with "Đài" as well.
    names = {a.name for a in iter_agencies("Báo và Đài Phát thanh, Truyền hình Lâm Đồng phối hợp tuyên truyền.")}
    assert names == {"Báo và Đài Phát thanh, Truyền hình Lâm Đồng"}


def test_an_economic_zone_board_with_the_provinces_industrial_parks_is_one_body():
    # The board of Quảng Ngãi (qng_qd1627) and of Thanh Hóa: "và các Khu công nghiệp" is inside the name.
    sentence = "Sở Tài chính phối hợp Ban Quản lý Khu kinh tế Dung Quất và các Khu công nghiệp Quảng Ngãi kiểm kê tài sản."
    assert [(a.name, a.role) for a in iter_agencies(sentence)][1] == (
        "Ban Quản lý Khu kinh tế Dung Quất và các Khu công nghiệp Quảng Ngãi", "phối hợp"
    )
    lead = "Ban Quản lý Khu kinh tế Nghi Sơn và các khu công nghiệp Thanh Hóa chủ trì thực hiện."
    assert [a.name for a in iter_agencies(lead)] == ["Ban Quản lý Khu kinh tế Nghi Sơn và các khu công nghiệp Thanh Hóa"]
    # A zone board listed with another body stays apart from it.
    listed = "Ban Quản lý Khu kinh tế và Sở Công Thương chủ trì."
    assert [a.name for a in iter_agencies(listed)] == ["Ban Quản lý Khu kinh tế", "Sở Công Thương"]


def test_national_inter_agency_committees_are_read_whole_with_their_inner_commas():
    text = (
        "Bộ Ngoại giao chủ trì, phối hợp với Ủy ban Công tác về các tổ chức phi chính phủ nước ngoài tuyên truyền; "
        "Ban Chỉ đạo quốc gia về tìm kiếm, quy tập và xác định danh tính hài cốt liệt sĩ chủ trì tổng kết."
    )
    assert [m.name for m in iter_mentions(text)] == [
        "Bộ Ngoại giao",
        "Ủy ban Công tác về các tổ chức phi chính phủ nước ngoài",
        "Ban Chỉ đạo quốc gia về tìm kiếm, quy tập và xác định danh tính hài cốt liệt sĩ",
    ]


def test_a_numbered_region_closes_a_name_the_gazetteer_lacks():
    # "- Phối hợp với Trung tâm Tần số vô tuyến điện khu vực VI tiến hành thanh tra …" (a department's 2017 work
    # programme, blind batch b26e): only a place may follow the region's number, not the clause's verb.
    found = [(a.name, a.role) for a in iter_agencies(
        "- Phối hợp với Trung tâm Tần số vô tuyến điện khu vực VI tiến hành thanh tra, kiểm tra.\n"
        "- Giao Chi cục Hải quan khu vực XIII tỉnh Lâm Đồng chủ trì kiểm tra.\n"
    )]
    assert ("Trung tâm Tần số vô tuyến điện khu vực VI", "phối hợp") in found
    assert ("Chi cục Hải quan khu vực XIII tỉnh Lâm Đồng", "chủ trì") in found
