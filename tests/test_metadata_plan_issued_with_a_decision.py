"""A plan copied without the decision that issues it keeps that decision's caption on its title line ("… (Ban hành kèm
theo Quyết định số 773/QĐ-TTg ngày 26 tháng 6 năm 2018 của Thủ tướng Chính phủ)"): the plan is known by the decision's
number, date and issuer, and its title, written in capitals, ends before the caption and keeps its proper names."""

from datetime import date

from extractors.metadata import extract_metadata

PLAN = """KẾ HOẠCH

THỰC HIỆN CHỈ THỊ SỐ 14-CT/TW NGÀY 19 THÁNG 7 NĂM 2017 CỦA BAN BÍ THƯ TRUNG ƯƠNG ĐẢNG KHÓA XII VỀ TIẾP TỤC TĂNG CƯỜNG SỰ LÃNH ĐẠO CỦA ĐẢNG ĐỐI VỚI CÔNG TÁC NGƯỜI CÓ CÔNG VỚI CÁCH MẠNG (Ban hành kèm theo Quyết định số 773/QĐ-TTg ngày 26 tháng 6 năm 2018 của Thủ tướng Chính phủ)

Triển khai Chỉ thị số 14-CT/TW, Thủ tướng Chính phủ ban hành Kế hoạch tổ chức thực hiện Chỉ thị như sau:

I. MỤC ĐÍCH, YÊU CẦU
"""


def test_the_plan_takes_the_issuing_decisions_number_date_and_issuer():
    metadata = extract_metadata(PLAN)
    assert (metadata.number, metadata.issuer, metadata.issue_date) == ("773/QĐ-TTg", "Thủ tướng Chính phủ", date(2018, 6, 26))


def test_its_title_ends_before_the_caption_and_keeps_its_proper_names():
    assert extract_metadata(PLAN).title == (
        "Kế hoạch thực hiện Chỉ thị số 14-CT/TW ngày 19 tháng 7 năm 2017 của Ban Bí thư Trung ương Đảng khóa XII về tiếp "
        "tục tăng cường sự lãnh đạo của Đảng đối với công tác người có công với cách mạng"
    )
