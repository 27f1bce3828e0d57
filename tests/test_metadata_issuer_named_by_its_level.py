"""A text may name its issuer by the level alone ("UBND Thành phố yêu cầu …" in a Hà Nội letter without its
letterhead, an e-signature's "UBND Thành phố"): the issuer is that level's body of the document's province (blind
gold hn_cv6356; session 36), which keeps two provinces' committees apart."""

from blind_documents import parsed_blind_document
from extractors.metadata import extract_metadata


def test_the_letter_without_its_letterhead():
    parsed = parsed_blind_document("hn_cv6356_onhiemkhongkhi_2025.md")
    metadata = extract_metadata(parsed.text, parsed.hints)
    assert (metadata.issuer, metadata.province) == ("UBND Thành phố Hà Nội", "Hà Nội")


def test_a_level_is_completed_only_with_a_province():
    text = (
        "ỦY BAN NHÂN DÂN TỈNH LÀO CAI\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 12/KH-UBND\n"
        "Lào Cai, ngày 05 tháng 01 năm 2026\nKẾ HOẠCH\nPhát triển cụm công nghiệp năm 2026\n"
    )
    metadata = extract_metadata(text)
    assert metadata.issuer == "UBND tỉnh Lào Cai"
