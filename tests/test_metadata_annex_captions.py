"""A text copied without its letterhead is known by the caption of its annex: the caption's issuer may go on to the
next line ("… của Trưởng ⏎ Ban Chỉ đạo …)"), and a letter that opens on "Kính gửi:" takes the number, date and issuer
its annex caption gives ("(Kèm theo Công văn số 6386/BVHTTDL-KHCNĐTMT ngày 25/11/2025 của Bộ …)")."""

from datetime import date

from extractors.metadata import extract_metadata

DECISION = """**QUYẾT ĐỊNH**

BAN
HÀNH QUY CHẾ TỔ CHỨC VÀ HOẠT ĐỘNG CỦA BAN CHỈ ĐẠO QUỐC GIA VỀ PHÁT TRIỂN NGÀNH
CÔNG NGHIỆP BÁN DẪN

**TRƯỞNG BAN CHỈ ĐẠO QUỐC GIA VỀ PHÁT TRIỂN NGÀNH CÔNG
NGHIỆP BÁN DẪN**

*Căn cứ Luật Tổ chức
Chính phủ ngày 18 tháng 02 năm 2025;*

**QUYẾT ĐỊNH:**

**Điều 1. **Ban hành kèm theo Quyết
định này Quy chế tổ chức và hoạt động của Ban Chỉ đạo quốc gia về phát triển
ngành công nghiệp bán dẫn.

**Điều 2.** Quyết định này có hiệu
lực thi hành kể từ ngày ký ban hành.

|
*Nơi nhận:*
- Lưu: VT, BCĐPTCNBD (2b).
|
**TRƯỞNG BAN**
**PHÓ THỦ TƯỚNG**
**Nguyễn Chí Dũng**
|

**QUY CHẾ**

TỔ
CHỨC VÀ HOẠT ĐỘNG CỦA BAN CHỈ ĐẠO QUỐC GIA VỀ PHÁT TRIỂN NGÀNH CÔNG NGHIỆP BÁN
DẪN

*(Kèm theo Quyết định số 172/QĐ-BCĐPTCNBD ngày 25 tháng 11 năm 2025 của Trưởng
Ban Chỉ đạo quốc gia về phát triển ngành công nghiệp bán dẫn)*

**Chương I**

**NHỮNG QUY ĐỊNH CHUNG**
"""

LETTER = """**Kính gửi:** Các cơ sở
đào tạo trực thuộc Bộ

Thực hiện Thông báo số 460/TB-VPCP ngày 04/9/2025, Bộ Văn hóa, Thể
thao và Du lịch (VHTTDL) đề nghị các cơ sở đào tạo trực thuộc Bộ nghiêm túc thực hiện một số nhiệm vụ năm học
2025 - 2026 với các nội dung chủ yếu như sau:

**I. NHIỆM VỤ CHUNG**

Triển khai thực hiện các chủ trương của Đảng.

**KT. BỘ TRƯỞNG**
**THỨ TRƯỞNG**

**Phan Tâm**

**PHỤ LỤC**

*(Kèm theo Công văn số 6386/BVHTTDL-KHCNĐTMT ngày 25/11/2025 của Bộ Văn hóa,
Thể thao và Du lịch)*
"""


def test_a_caption_issuer_over_two_lines_is_the_body_not_the_title():
    meta = extract_metadata(DECISION)
    assert meta.number == "172/QĐ-BCĐPTCNBD"
    assert meta.issuer == "Ban Chỉ đạo quốc gia về phát triển ngành công nghiệp bán dẫn"


def test_a_letter_without_letterhead_is_known_by_its_annex_caption():
    meta = extract_metadata(LETTER)
    assert meta.doc_type == "Công văn"
    assert meta.number == "6386/BVHTTDL-KHCNĐTMT"
    assert meta.issue_date == date(2025, 11, 25)
    assert meta.issuer == "Bộ Văn hóa, Thể thao và Du lịch"
