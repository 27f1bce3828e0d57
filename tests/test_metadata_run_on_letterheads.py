"""A legal site's plain-text copy runs a letterhead's parts together: "PHỦ THỦ TƯỚNG ----- CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT
NAM …", "299/TTg Hà Nội, ngày 10 tháng 11 năm 1980 CHỈ THỊ VỀ CÔNG TÁC … TRONG CẢ NƯỚC Ngày 24 tháng 6 …". The date,
the type and the title are still read, and offsets are kept (blind batches b33e and b34d, a legal-text crawler's
copies of NQ 61/2022/QH15 and Chỉ thị 299/TTg)."""

from datetime import date

from extractors.metadata import clean_text_for_metadata, extract_metadata

DIRECTIVE = """Chỉ thị 299/TTg
PHỦ THỦ TƯỚNG ----- CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập – Tự do – Hạnh phúc -------
Số:
299/TTg Hà Nội, ngày 10 tháng 11 năm 1980 CHỈ THỊ VỀ CÔNG TÁC ĐO ĐẠC, PHÂN HẠNG VÀ ĐĂNG KÝ RUỘNG ĐẤT TRONG CẢ NƯỚC Ngày 24 tháng 6 năm 1977 Hội đồng Chính phủ đã ra Quyết định số 169-CP về công tác điều tra ruộng đất.
Các ngành, các cấp cần thực hiện tốt chỉ thị này.
"""

RESOLUTION = """Nghị quyết 61/2022/QH15
QUỐC HỘI --------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc --------------- Nghị quyết số:
61/2022/QH15
Hà Nội, ngày 16 tháng 6 năm 2022 NGHỊ QUYẾT TIẾP TỤC TĂNG CƯỜNG HIỆU LỰC, HIỆU QUẢ THỰC HIỆN CHÍNH SÁCH, PHÁP LUẬT VỀ QUY HOẠCH QUỐC HỘI
Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;
"""


def test_a_run_on_directive_gives_its_date_type_title_and_issuer():
    metadata = extract_metadata(DIRECTIVE)
    assert (metadata.number, metadata.doc_type, metadata.issue_date) == ("299/TTg", "Chỉ thị", date(1980, 11, 10))
    assert metadata.issuer == "Thủ tướng Chính phủ"
    assert metadata.title.lower() == "chỉ thị về công tác đo đạc, phân hạng và đăng ký ruộng đất trong cả nước"


def test_a_run_on_resolution_gives_its_date_and_title():
    metadata = extract_metadata(RESOLUTION)
    assert metadata.issue_date == date(2022, 6, 16)
    assert metadata.title.lower().startswith("nghị quyết tiếp tục tăng cường hiệu lực")


def test_the_split_keeps_every_offset():
    cleaned = clean_text_for_metadata(DIRECTIVE)
    assert len(cleaned) == len(DIRECTIVE)
    assert "\nCHỈ THỊ\nVỀ CÔNG TÁC" in cleaned and "CẢ NƯỚC\nNgày 24" in cleaned


def test_a_letterhead_on_its_own_lines_is_left_alone():
    text = "ỦY BAN NHÂN DÂN TỈNH LÀO CAI\nSố: 12/KH-UBND\nLào Cai, ngày 5 tháng 3 năm 2025\nKẾ HOẠCH\nThực hiện chuyển đổi số\n"
    assert clean_text_for_metadata(text) == text


# A vbpl.vn page runs the issuer into the line of the number (blind batch b35a, NQ 250/2025/QH15).
ASSEMBLY_PAGE = """Nghị quyết số 250/2025/QH15 Về một số cơ chế, chính sách đặc thù nhằm nâng cao hiệu quả hội nhập quốc tế

QUỐC HỘI Nghị quyết số: 250/2025/QH15

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập – Tự do – Hạnh phúc

NGHỊ QUYẾT

Về một số cơ chế, chính sách đặc thù
nhằm nâng cao hiệu quả hội nhập quốc tế

QUỐC HỘI

Căn cứ Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15;
"""


def test_the_number_after_a_run_on_issuer_is_the_texts():
    metadata = extract_metadata(ASSEMBLY_PAGE)
    assert (metadata.number, metadata.issuer) == ("250/2025/QH15", "Quốc hội")


def test_a_cited_number_in_a_sentence_is_not_the_texts():
    assert extract_metadata(ASSEMBLY_PAGE.replace("QUỐC HỘI Nghị quyết số: 250/2025/QH15", "")).number != "64/2025/QH15"
