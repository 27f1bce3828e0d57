"""A conclusion (Kết luận) is a Party text of its own type: "Số 07-KL/VPTW" over "KẾT LUẬN ⏎ CỦA ĐỒNG CHÍ CHÁNH VĂN
PHÒNG TRUNG ƯƠNG ĐẢNG ⏎ TẠI HỘI NGHỊ …", each title line a paragraph of the saved page (blind batch b38b, KL
07-KL/VPTW); a news site that prints one starts at its title, under a headline that names it ("TOÀN VĂN: KẾT LUẬN
155-KL/TW CỦA BỘ CHÍNH TRỊ …" ⏎ "**KẾT LUẬN****CỦA BỘ CHÍNH TRỊ, BAN BÍ THƯ****về …**", blind batch b17). A legal
portal's plain text that runs the title into the enacting body ("… HUYỆN CHÂU THÀNH ỦY BAN NHÂN DÂN TỈNH TÂY NINH")
ends the title before it (blind batch b38g)."""

from datetime import date

from extractors.metadata import extract_metadata

CONCLUSION = """|
BAN CHẤP HÀNH
TRUNG ƯƠNG
**VĂN PHÒNG**
*
|
**ĐẢNG CỘNG SẢN
VIỆT NAM**
---------------
|
|
Số 07-KL/VPTW
|
*Hà Nội, ngày 01 tháng 12 năm 2025*
|

**KẾT LUẬN**

CỦA ĐỒNG CHÍ CHÁNH VĂN PHÒNG TRUNG ƯƠNG ĐẢNG

TẠI HỘI NGHỊ TOÀN QUỐC CÔNG TÁC VĂN PHÒNG TỈNH
UỶ, THÀNH UỶ NĂM 2025

-----

Hội nghị toàn quốc công tác
văn phòng tỉnh uỷ, thành uỷ năm 2025 tổ chức ngày 26/11/2025 đã thống nhất đánh
giá kết quả hoạt động của Văn phòng Trung ương Đảng.
"""


def test_a_party_office_conclusion_is_read_from_its_letterhead():
    found = extract_metadata(CONCLUSION)
    assert (found.number, found.doc_type, found.issuer, found.issue_date) == (
        "07-KL/VPTW", "Kết luận", "Văn phòng Trung ương Đảng", date(2025, 12, 1)
    )


def test_title_lines_kept_as_paragraphs_make_one_title():
    title = extract_metadata(CONCLUSION).title
    assert title.startswith("Kết luận của đồng chí chánh văn phòng trung ương đảng tại hội nghị toàn quốc")
    assert title.endswith("năm 2025")


def test_a_blank_line_before_the_text_still_ends_the_title():
    text = CONCLUSION.replace("-----\n\n", "")
    assert "Hội nghị toàn quốc công tác văn phòng" not in extract_metadata(text).title


PRINTED = (
    "# TOÀN VĂN: KẾT LUẬN 155-KL/TW CỦA BỘ CHÍNH TRỊ, BAN BÍ THƯ VỀ SẮP XẾP TỔ CHỨC BỘ MÁY VÀ ĐƠN VỊ HÀNH CHÍNH\n\n"
    "### Nội dung chính\n\n"
    "**KẾT LUẬN****CỦA BỘ CHÍNH TRỊ, BAN BÍ THƯ****về một số nhiệm vụ trọng tâm cần tập trung thực hiện về sắp xếp tổ "
    "chức bộ máy và đơn vị hành chính từ nay đến ngày 30/6/2025**\n\n"
    "Tại phiên họp ngày 16/5/2025, Bộ Chính trị, Ban Bí thư kết luận như sau:\n"
)


def test_a_printed_conclusion_takes_its_number_from_the_headline_and_its_issuer_from_the_title():
    found = extract_metadata(PRINTED)
    assert (found.number, found.doc_type, found.issuer) == ("155-KL/TW", "Kết luận", "Bộ Chính trị")
    assert found.title == (
        "Kết luận của Bộ Chính trị, Ban Bí thư về một số nhiệm vụ trọng tâm cần tập trung thực hiện về sắp xếp tổ "
        "chức bộ máy và đơn vị hành chính từ nay đến ngày 30/6/2025"
    )


def test_the_enacting_body_run_into_the_title_is_not_part_of_it():
    text = (
        "Văn bản Quyet dinh 3745\nỦY BAN NHÂN DÂN TỈNH TÂY NINH -------\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------\n"
        "Số: 3745/QĐ-UBND Tây Ninh, ngày 30 tháng 12 năm 2021 QUYẾT ĐỊNH VỀ VIỆC PHÊ DUYỆT KẾ HOẠCH SỬ DỤNG ĐẤT NĂM "
        "2022 HUYỆN CHÂU THÀNH ỦY BAN NHÂN DÂN TỈNH TÂY NINH\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19 "
        "tháng 6 năm 2015;\n"
    )
    found = extract_metadata(text)
    assert found.title.lower() == "quyết định về việc phê duyệt kế hoạch sử dụng đất năm 2022 huyện châu thành"
    assert found.issuer == "UBND tỉnh Tây Ninh"
