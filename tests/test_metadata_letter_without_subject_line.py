"""A draft letter may leave out its "V/v" subject line: the letterhead's "Số: …/UBND-NC" and the "Kính gửi:" under it
still make it the committee's letter (công văn), with no title, and a blank number stays blank."""

from extractors.metadata import extract_metadata

DRAFT = (
    "ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG Số: /UBND-NC\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc "
    "Lâm Đồng, ngày tháng 10 năm 2025\n\nKính gửi:\n\n- Công an tỉnh;\n\n- Sở Y tế;\n\n- Sở Tài chính;\n\n"
    "Nhằm nâng cao hiệu quả công tác cai nghiện ma túy trên địa bàn tỉnh, Chủ tịch Ủy ban nhân dân tỉnh có ý kiến như "
    "sau:\n\n1. Giao Sở Y tế tiến hành rà soát.\n"
)


def test_a_draft_letter_without_a_subject_line_is_the_committees_letter():
    metadata = extract_metadata(DRAFT)
    assert (metadata.doc_type, metadata.issuer, metadata.province, metadata.number, metadata.title) == (
        "Công văn", "UBND tỉnh Lâm Đồng", "Lâm Đồng", None, None,
    )


def test_a_page_addressed_to_bodies_without_a_number_line_is_no_letter():
    assert extract_metadata(DRAFT.replace("Số: /UBND-NC", "")).doc_type != "Công văn"


def test_an_office_under_its_committee_closing_the_letterhead_is_the_issuer():
    # An OCR'd transfer slip (phiếu chuyển) of a provincial committee's office: "VĂN PHÒNG" ends the letterhead.
    text = (
        "UBND TỈNH LÀO CAI CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nVĂN PHÒNG Độc lập - Tự do - Hạnh phúc\n"
        "Số: 466 /PC-VPUBND Lào Cai, ngày 12 tháng 5 năm 2026\nPHIẾU CHUYÊN\n\nKính gửi: Sở Công Thương\n\n"
        "Ngày 11/5/2026, Ủy ban nhân dân tỉnh nhận được Công văn số 01/TTr-CT05 ngày 07/5/2026.\n"
    )
    metadata = extract_metadata(text)
    assert (metadata.issuer, metadata.province, metadata.number) == ("Văn phòng UBND tỉnh Lào Cai", "Lào Cai", "466/PC-VPUBND")
