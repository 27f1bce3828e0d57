"""Metadata classes read on the b8 held-out batch and checked on other sources: an office of a
committee or council that issues in its own name (a chairman's decision under the 2025 law, a
council's standing committee), and news pages that report a document in ways the rules did not
know. The blind documents live in data/external (python scripts/get_external_docs.py
corpus/gold-blind/sources-*.yaml); the tests skip where they are absent. The other cases are
short excerpts of real pages and letterheads."""

from blind_documents import parsed_blind_document
from extractors.metadata import extract_metadata


def _external(name: str):
    parsed = parsed_blind_document(name)
    return extract_metadata(parsed.text, parsed.hints)


def test_a_chairmans_letterhead_makes_the_chairman_the_issuer():
    # PDF: "CHỦ TỊCH ỦY BAN NHÂN DÂN ⏎ TỈNH PHÚ THỌ … Số: 63 /2025/QĐ-CTUBND".
    metadata = _external("pt_qd63_quychenguoinuocngoai_2025.pdf")
    assert (metadata.issuer, metadata.province) == ("Chủ tịch UBND tỉnh Phú Thọ", "Phú Thọ")


def test_a_chairmans_letterhead_in_a_markdown_table_cell_makes_the_chairman_the_issuer():
    # A legal site's Markdown copy (Đồng Tháp, 2025): the capitals broken over the cell's lines.
    text = (
        "|\n**CHỦ TỊCH ỦY\nBAN NHÂN DÂN**\nTỈNH ĐỒNG THÁP\n--------\n|\n**CỘNG HÒA XÃ\nHỘI CHỦ NGHĨA VIỆT NAM**\n"
        "Độc lập - Tự do - Hạnh phúc\n---------------\n|\n|\nSố:\n144/2025/QĐ-CTUBND\n|\n*Đồng Tháp,\n"
        "ngày 02 tháng 12 năm 2025*\n|\n\n\n**QUYẾT ĐỊNH**\n\nBAN HÀNH QUY CHẾ VỀ QUẢN LÝ, SỬ DỤNG CHỮ KÝ SỐ\n"
        "CHUYÊN DÙNG CÔNG VỤ\n\n*Căn cứ Luật Tổ chức chính\nquyền địa phương số 72/2025/QH15;*\n"
    )
    metadata = extract_metadata(text, {})
    assert (metadata.issuer, metadata.number) == ("Chủ tịch UBND tỉnh Đồng Tháp", "144/2025/QĐ-CTUBND")


def test_a_chairmans_number_code_under_the_committees_letterhead_names_the_chairman():
    # A legal site's copy (Cao Bằng, 2025): the committee's letterhead, the chairman's code "QĐ-CTUBND".
    text = (
        "|\n|\n**ỦY BAN NHÂN\nDÂN**\nTỈNH CAO BẰNG\n--------\n|\n**CỘNG HÒA XÃ\nHỘI CHỦ NGHĨA VIỆT NAM**\n"
        "Độc lập - Tự do - Hạnh phúc\n---------------\n|\n|\nSố: 52/2025/QĐ-CTUBND\n|\n*Cao Bằng, ngày 28 tháng 11 "
        "năm 2025*\n|\n\n**QUYẾT ĐỊNH**\n\nPhân cấp cho Sở Giáo dục và Đào tạo thực hiện một số nhiệm vụ\n\n"
        "*Căn cứ Luật Tổ chức chính quyền địa phương;*\n"
    )
    metadata = extract_metadata(text, {})
    assert (metadata.issuer, metadata.number) == ("Chủ tịch UBND tỉnh Cao Bằng", "52/2025/QĐ-CTUBND")


def test_a_committee_letterhead_over_its_chairmans_enacting_line_stays_the_committee():
    # "ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI" above, "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI" enacting.
    metadata = _external("qng_qd1627_kiemketaisancong_2025.md")
    assert metadata.issuer == "UBND tỉnh Quảng Ngãi"


def test_a_councils_standing_committee_enacting_under_the_councils_letterhead_issues():
    # PDF: "HỘI ĐỒNG NHÂN DÂN ⏎ TỈNH THANH HÓA … QUYẾT ĐỊNH … THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN TỈNH THANH HÓA".
    metadata = _external("th_qd_hdnd_okrkpi_vanphong_2026.pdf")
    assert metadata.issuer == "Thường trực HĐND tỉnh Thanh Hóa"
