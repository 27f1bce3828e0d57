"""Names as annotators count them: a unit in parentheses after its body is a note,
a head after "các" is a collective reference, and a body written two ways is one."""

from extractors.agencies import iter_agencies


def _agencies(shared_docs, name):
    return list(iter_agencies((shared_docs / name).read_text(encoding="utf-8")))


def test_a_unit_in_parentheses_after_its_body_is_a_note_on_that_body(shared_docs):
    # Annex row: "Bộ Công an (Trung tâm Dữ liệu quốc gia) | Bộ Giáo dục và Đào tạo"
    agencies = _agencies(shared_docs, "cp_qd2629_chinhphuso_2025.md")
    assert ("Bộ Công an", "chủ trì") in {(a.canonical_name, a.role) for a in agencies}
    assert not any(a.canonical_name.startswith("Trung tâm Dữ liệu quốc gia") for a in agencies)


def test_a_head_after_cac_is_a_collective_reference(shared_docs):
    # "Bộ Khoa học và Công nghệ, Bộ Quốc phòng, Bộ Tài chính, các Hiệp hội và Doanh nghiệp công nghệ số Việt Nam"
    agencies = _agencies(shared_docs, "cp_qd2629_chinhphuso_2025.md")
    associations = [a for a in agencies if "Hiệp hội" in a.name]
    assert associations and all(a.generic and a.name.startswith("các") for a in associations)


# Kế hoạch 1026/KH-UBND 2025 of Nghệ An (tnt305/tai_lieu_noi_bo dataset 0a97eb9c3c536047.md), item III.6.
REQUESTED_BODIES = """III. PHÂN CÔNG NHIỆM VỤ
**6.** Đề nghị Văn phòng Tỉnh ủy và các Ban Xây
dựng Đảng và Ủy ban Kiểm tra Tỉnh ủy, Văn phòng Đoàn đại biểu Quốc hội và HĐND
tỉnh, Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, Viện kiểm sát nhân dân tỉnh, Tòa
án nhân dân tỉnh, Thuế tỉnh, Kiểm toán nhà nước khu vực II, Kho bạc nhà nước
khu vực XI, Ngân hàng nhà nước khu vực 8, Chi cục Hải quan khu vực XI tăng
cường công tác bảo vệ bí mật nhà nước theo quy định của pháp luật hiện hành.
"""


def test_a_requested_list_goes_on_past_a_collective_reference_and_names_regional_branches():
    from extractors.agencies import iter_agencies

    partners = {a.name for a in iter_agencies(REQUESTED_BODIES) if not a.generic and a.role == "phối hợp"}
    assert {
        "Văn phòng Tỉnh ủy",
        "Ủy ban Kiểm tra Tỉnh ủy",
        "Văn phòng Đoàn đại biểu Quốc hội và HĐND tỉnh",
        "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",
        "Thuế tỉnh",
        "Kiểm toán nhà nước khu vực II",
        "Kho bạc nhà nước khu vực XI",
        "Ngân hàng nhà nước khu vực 8",
        "Chi cục Hải quan khu vực XI",
    } <= partners


def test_a_board_written_with_cap_tinh_is_the_provincial_board(shared_docs):
    # "Ban Chỉ huy Phòng thủ dân sự cấp tỉnh, cấp xã" and "Ban Chỉ huy Phòng thủ dân sự tỉnh" lead annex rows.
    agencies = _agencies(shared_docs, "na_kh980_phongthudansu_2025.md")
    boards = {a.canonical_name for a in agencies if a.name.startswith("Ban Chỉ huy Phòng thủ dân sự")}
    assert boards == {"Ban Chỉ huy Phòng thủ dân sự tỉnh"}


def test_commune_committees_written_without_a_comma_are_the_commune_committees(shared_docs):
    # Annex cells "UBND các phường xã" beside "UBND các phường, xã".
    agencies = _agencies(shared_docs, "dnai_kh179_kinhteso_2025.md")
    communes = {a.canonical_name for a in agencies if a.name.startswith("UBND các phường")}
    assert communes == {"Ủy ban nhân dân cấp xã"}
