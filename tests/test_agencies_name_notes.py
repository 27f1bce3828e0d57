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
    associations = [a for a in agencies if a.name.startswith("Hiệp hội")]
    assert associations and all(a.generic for a in associations)


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
