"""A type heading after the recipients list heads what follows the text, not the text: a legal site's own notice
under a copied Government Office letter ("THÔNG BÁO về Lưu trữ, Sử dụng Thông tin Khách hàng") does not make the
letter a notice (blind batch b33c, Công văn 11414/VPCP-CN)."""

from extractors.metadata import extract_metadata
from tests.blind_documents import parsed_blind_document

LETTER = """VĂN PHÒNG CHÍNH PHỦ
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 11414/VPCP-CN
V/v đẩy nhanh tiến độ Dự án đường cao tốc Bến Lức - Long Thành
Hà Nội, ngày 20 tháng 11 năm 2025
Kính gửi: Bộ trưởng Bộ Xây dựng.
Phó Thủ tướng Chính phủ Hồ Đức Phớc có ý kiến như sau: Bộ Xây dựng đẩy nhanh tiến độ thi công.
Nơi nhận:
- Như trên;
- Lưu: VT, CN.
KT. BỘ TRƯỞNG, CHỦ NHIỆM
PHÓ CHỦ NHIỆM
Phạm Mạnh Cường
**THÔNG BÁO **
**về Lưu trữ, Sử dụng Thông tin Khách hàng**
Kính gửi: Quý Thành viên,
"""


def test_a_heading_after_the_recipients_is_not_the_letters_type():
    assert extract_metadata(LETTER).doc_type == "Công văn"


def test_the_copied_letter_is_a_letter():
    parsed = parsed_blind_document("vpcp_cv11414_caotoc_dongnai_2025.md")
    meta = extract_metadata(parsed.text)
    assert (meta.doc_type, meta.number) == ("Công văn", "11414/VPCP-CN")
