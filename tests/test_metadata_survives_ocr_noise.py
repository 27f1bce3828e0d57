"""Metadata read through the noise Tesseract makes on Vietnamese: marks of one vowel
confused ("QUYÉT", "CHÁP", "Sô:", "ngảy"), a stray ':' inside the heading, digits read
as letters ("2O25", "l5"), on the first page of clean corpus documents and on the
corpus scans themselves."""

import re
from datetime import date

import pytest

from extractors.canonical import fold_marks
from extractors.metadata import extract_metadata
from pipeline.parse.stage import ParseSettings
from pipeline.extract.stage import parse_path

# Confusions seen in the OCR of the corpus scans: a circumflex or horn lost, a tone swapped.
_MARK_CONFUSIONS = str.maketrans({"Ấ": "Á", "Ế": "É", "Ố": "Ó", "Ầ": "Ả", "Ồ": "Ò", "Ơ": "O", "Ư": "U", "Ă": "Â", "ố": "ô"})
_HEADINGS = ("KẾ HOẠCH", "QUYẾT ĐỊNH", "CHƯƠNG TRÌNH", "THÔNG BÁO", "NGHỊ QUYẾT", "CÔNG ĐIỆN")


def _ocr_noise(text: str) -> str:
    for heading in _HEADINGS:
        text = re.sub(rf"(?m)^([\s*#|]*){heading}", lambda m: m.group(1) + heading.replace(" ", ": ", 1), text)
    text = re.sub(r"ngày(\s*)(\d)", r"ngảy\1\2", text)
    text = re.sub(r"(năm\s*)(\d\d)0(\d)", r"\1\2O\3", text)  # 2025 → 2O25
    text = re.sub(r"(ngảy\s*)1(\d)", r"\1l\2", text)  # ngày 15 → ngảy l5
    return text.translate(_MARK_CONFUSIONS)


def _fields(metadata) -> tuple:
    return metadata.doc_type, metadata.issuer, metadata.province, metadata.number, metadata.issue_date


@pytest.mark.parametrize("name", [
    "dt_kh597_cds_giaothong_2025.md", "hcm_qd2853_thientai_2025.md", "hue_qd125_dtts_2025.md",
    "ct_kh153_matuy_2025.md", "th_kh235_quantrac_thuysan_2025.md", "na_kh980_phongthudansu_2025.md",
    "cp_qd2530_khongkhi_2025.md", "cp_qd2629_chinhphuso_2025.md", "vpcp_tb624_bcd_khcn_2025.md", "cp_qd2597_cds_xaydung_2025.md",
    "hn_kh308_cds_nq214_2025.md", "lch_kh7360_tieuchuan_2025.md", "bn_kh141_canbo_2025.md", "cm_kh0204_taichinh_2025.md",
    "dnai_kh179_kinhteso_2025.md", "ht_kh624_mamnon_2025.md", "hcm_kh174_binhdanggioi_2025.md", "dl_kh0134_moitruong_thuysan_2025.md",
    "ct_kh157_khongtienmat_2025.md", "lc_qd2170_ctdt_kcn_banqua_2026.pdf", "lc_qd1696_uyquyen_sct_2026.pdf",
    "bct_cv1178_ccn_diagioimoi_2025.pdf", "lc_cv3036_kho_vlncn_2026_garbled.pdf",
])
def test_type_issuer_province_number_and_date_survive_ocr_noise(shared_docs, name):
    parsed = parse_path(shared_docs / name, ParseSettings(ocr="never"))
    head, rest = parsed.text[:2500], parsed.text[2500:]
    noisy = _ocr_noise(head)
    assert noisy != head
    clean = extract_metadata(parsed.text, parsed.hints)
    assert clean.doc_type != "Tin tức" and clean.issuer and clean.issue_date
    assert _fields(extract_metadata(noisy + rest, parsed.hints)) == _fields(clean)


def test_without_the_tolerant_reading_the_noise_defeats_the_heading(shared_docs):
    # The check above can fail: the noisy heading is not the exact one.
    text = (shared_docs / "hcm_qd2853_thientai_2025.md").read_text(encoding="utf-8")
    assert "QUYẾT ĐỊNH" in text and "QUYẾT ĐỊNH" not in _ocr_noise(text)


def test_folding_keeps_offsets():
    text = "QUYÉT: ĐỊNH CHÁP THUẬN CHỦ TRƯƠNG ĐẢU TƯ, Sô: 12/QĐ-UBND, ngảy 2O"
    folded = fold_marks(text)
    assert len(folded) == len(text)
    assert folded == "QUYET: DINH CHAP THUAN CHU TRUONG DAU TU, So: 12/QD-UBND, ngay 2O"


def test_an_ocrd_decision_heading_with_a_stray_colon():
    text = (
        "ỦY BAN NHẦN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH LÀO CAI Độc lập - Tự do - Hạnh phúc\n\n"
        "Sô: 2l7O/QĐ-UBND Lào Cai, ngảy 23 tháng 6 năm 2O26\n\n"
        "QUYẾT: ĐỊNH CHÁP THUẬN CHỦ TRƯƠNG ĐẢU TƯ\n\nỦY BAN NHÂN DÂN TỈNH LÀO CAI\n\nCăn cứ Luật Đầu tư;\n"
    )
    metadata = extract_metadata(text)
    assert _fields(metadata) == ("Quyết định", "UBND tỉnh Lào Cai", "Lào Cai", "2170/QĐ-UBND", date(2026, 6, 23))


def test_ocrd_official_letter_scan_is_a_letter_of_its_department(shared_docs):
    # Image-only scan: "CỤC HÓA CHÁT" and "W⁄v" in the OCR; number and day are handwritten.
    parsed = parse_path(shared_docs / "bct_cv813_hoachat_2026_scan.pdf", ParseSettings())
    metadata = extract_metadata(parsed.text, parsed.hints)
    assert (metadata.doc_type, metadata.issuer, metadata.province) == ("Công văn", "Cục Hóa chất", None)
    assert metadata.title.startswith("Công văn về việc trao đổi về một số quy định")


def test_ocrd_record_is_dated_and_issued_by_its_opening(shared_docs):
    # "BIẾN BẢN KIÊỀM TRA … Hôm nay, ngày 29/6/2026, Sở Công Thương tiến hành kiểm tra …"
    parsed = parse_path(shared_docs / "lc_bb_kiemtra_kho_mongson_2026_badocr.pdf", ParseSettings())
    metadata = extract_metadata(parsed.text, parsed.hints)
    assert (metadata.doc_type, metadata.province, metadata.issue_date) == ("Biên bản", "Lào Cai", date(2026, 6, 29))
    assert metadata.issuer == "Sở Công Thương tỉnh Lào Cai"


def test_decision_ocrd_from_its_page_images(shared_docs):
    # Tesseract reads the heading "QUYÉT ĐỊNH" (É for Ế): still a decision of the province's committee.
    parsed = parse_path(shared_docs / "lc_qd1696_uyquyen_sct_2026.pdf", ParseSettings(ocr="always"))
    assert all(page.ocr for page in parsed.pages) and "QUYẾT ĐỊNH" not in parsed.text[:1000]
    metadata = extract_metadata(parsed.text, parsed.hints)
    assert _fields(metadata)[:3] == ("Quyết định", "UBND tỉnh Lào Cai", "Lào Cai")
    assert metadata.issue_date == date(2026, 5, 15)


def test_protocol_dated_by_its_signing_line_read_with_letters_for_digits(shared_docs):
    # ABBYY layer: "Ký tại Bắc Kinh ngày lĩ tháng 10 năm 2011" (11 read as "lĩ").
    parsed = parse_path(shared_docs / "vn_cn_nghidinhthu_vantai_ocr.pdf", ParseSettings(ocr="never"))
    metadata = extract_metadata(parsed.text, parsed.hints)
    assert (metadata.doc_type, metadata.issue_date, metadata.province) == ("Nghị định thư", date(2011, 10, 11), None)
