"""A page that reports a plan gives its title after the number ("đã ban hành Kế hoạch 195/KH-UBND năm 2025 tổ chức các
hoạt động …"); words that only say how it was issued ("Kế hoạch này được ban hành kèm theo …", "Chương trình ban
hành kèm theo Nghị quyết …", "… ban hành ngày 8/12/2025") are no title. A news page that prints no dateline is dated
by the posting line at its foot ("Giờ đăng: 13:22 22-05-2025"). A page on a text a body "has" out ("Thủ tướng Chính phủ
có Chỉ thị 05/CT-TTg về …") reports that text, and a headline listing a body's tasks names it ("Ba nhóm nhiệm vụ trọng
tâm của Hải quan Cao Bằng năm 2021")."""

from extractors.metadata import extract_metadata

REPORT = """# Toàn văn Kế hoạch 195/KH-UBND tổ chức các hoạt động đón chào năm mới 2026 tại TPHCM như thế nào?

Ngày 8/12/2025, UBND Thành phố Hồ Chí Minh đã ban hành Kế hoạch 195/KH-UBND năm 2025 tổ chức các hoạt động đón chào năm mới 2026 tại Thành phố Hồ Chí Minh.

Theo đó, UBND Thành phố triển khai kế hoạch, cụ thể các hoạt động như sau:

- Tổ chức chương trình nghệ thuật đón năm mới.

Xem chi tiết thêm tại Kế hoạch 195/KH-UBND năm 2025 ban hành ngày 8/12/2025.
"""


def test_the_title_follows_the_number_and_year_of_the_plan():
    metadata = extract_metadata(REPORT)
    assert metadata.title == "Kế hoạch tổ chức các hoạt động đón chào năm mới 2026 tại Thành phố Hồ Chí Minh"


def test_how_a_plan_was_issued_is_no_title():
    text = (
        "# Hải quan triển khai loạt nhiệm vụ\n\n"
        "Kế hoạch này được ban hành kèm theo Quyết định 185/QĐ-TCHQ. Theo đó, Tổng cục Hải quan đã phân công nhiệm vụ.\n"
    )
    assert "được" not in (extract_metadata(text).title or "")


def test_a_news_page_without_a_dateline_is_dated_by_its_posting_line():
    text = (
        "# Chủ tịch UBND TPHCM: Quy hoạch bổ sung mạng lưới đường sắt đô thị\n\n"
        "Phát biểu tại phiên họp, Chủ tịch UBND TPHCM cho biết mục tiêu đến năm 2035 hoàn thành 355 km đường sắt đô thị.\n\n"
        + "Các cơ quan liên quan phân cấp trách nhiệm rõ ràng trong quản lý tài chính và đầu tư.\n\n" * 40
        +
        "Theo Trang tin Điện tử Đảng bộ Thành phố Hồ Chí Minh\n\nGiờ đăng: 13:22 22-05-2025\n"
    )
    assert str(extract_metadata(text).issue_date) == "2025-05-22"


def test_a_page_on_a_directive_the_prime_minister_has_out_reports_it():
    text = (
        "# Thủ tướng yêu cầu khẩn trương miễn học phí cho học sinh công lập trên cả nước\n\n"
        "Mới đây, Thủ tướng Chính phủ có Chỉ thị 05/CT-TTg về các nhiệm vụ, giải pháp trọng tâm thúc đẩy tăng trưởng "
        "kinh tế năm 2025.\n\nTheo đó, Thủ tướng yêu cầu các bộ, ngành khẩn trương thực hiện.\n"
    )
    metadata = extract_metadata(text)
    assert (metadata.doc_type, metadata.number) == ("Chỉ thị", "05/CT-TTg")


def test_a_headline_listing_a_body_s_tasks_names_the_page_s_issuer():
    page = "# Ba nhóm nhiệm vụ trọng tâm của Hải quan Cao Bằng năm 2021\n\nChủ động cải cách hành chính, hiện đại hóa.\n"
    assert extract_metadata(page).issuer == "Cục Hải quan tỉnh Cao Bằng"
    approved = "# Phê duyệt kế hoạch năm 2021 của VNPT\n\nỦy ban đã phê duyệt kế hoạch sản xuất kinh doanh.\n"
    assert extract_metadata(approved).issuer != "Tập đoàn Bưu chính Viễn thông Việt Nam"


def test_a_story_whose_lead_quotes_a_body_s_head_is_issued_by_that_body():
    page = ("“Cháy”… vé máy bay về Bình Định\n"
            "Ông Phạm Anh Tuấn - Chủ tịch UBND tỉnh Bình Định cho biết, hiện tại khách du lịch về Bình Định bằng đường "
            "hàng không, đang bị tình trạng \"cháy vé\".\n"
            "Tỉnh đang đàm phán để từ tháng 4/2025 tăng các chuyến bay về Bình Định.\n")
    assert extract_metadata(page, {}).issuer == "Ủy ban nhân dân tỉnh Bình Định"


def test_a_story_on_a_ministry_s_conference_is_issued_by_the_ministry():
    page = ("Năm 2018: hoàn thành 27 dự án và khởi công mới 16 dự án giao thông\n"
            "======================================================\n\n"
            "Năm 2018, công tác chuẩn bị các dự án trọng điểm được tập trung chỉ đạo triển khai quyết liệt.\n\n"
            "Ngày 11/1, tại Hà Nội, Bộ Giao thông vận tải đã tổ chức Hội nghị trực tuyến Tổng kết công tác năm 2018, "
            "triển khai kế hoạch năm 2019 của Bộ Giao thông vận tải.\n")
    assert extract_metadata(page, {}).issuer == "Bộ Giao thông vận tải"
