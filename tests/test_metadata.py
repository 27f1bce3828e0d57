"""Document metadata from letterheads, headings, signatures and news pages."""

from datetime import date

import pytest

from extractors.canonical import province_name
from extractors.metadata import extract_metadata, normalise_number


def _metadata(shared_docs, name, hints=None):
    return extract_metadata((shared_docs / name).read_text(encoding="utf-8"), hints or {})


def test_seed_000_is_described_by_the_plan_it_reports(shared_docs):
    metadata = _metadata(shared_docs, "seed_000.txt")
    assert metadata.number == "110/KH-UBND"
    assert metadata.doc_type == "Kế hoạch"
    assert metadata.province == "Sóc Trăng"
    assert metadata.province_current == "Cần Thơ"
    assert metadata.issue_date == date(2021, 7, 13)
    assert metadata.issuer == "UBND tỉnh Sóc Trăng"
    assert metadata.reported_plan_number == "110/KH-UBND"
    assert (metadata.period_start, metadata.period_end) == (2021, 2030)
    assert metadata.title.startswith("Kế hoạch thực hiện Chiến lược Sở hữu trí tuệ")


def test_official_plan(shared_docs):
    metadata = _metadata(shared_docs, "dt_kh597_cds_giaothong_2025.md")
    assert (metadata.number, metadata.doc_type, metadata.issuer) == ("597/KH-UBND", "Kế hoạch", "UBND tỉnh Đồng Tháp")
    assert metadata.issue_date == date(2025, 11, 27)
    assert metadata.signer == "Nguyễn Thành Diệu"
    assert metadata.title.startswith("Kế hoạch chuyển đổi số trong hoạt động xây dựng")
    assert metadata.reported_plan_number is None
    start, end = metadata.spans["number"]
    assert metadata.number == normalise_number((shared_docs / "dt_kh597_cds_giaothong_2025.md").read_text()[start:end])


def test_national_decision_has_no_province(shared_docs):
    metadata = _metadata(shared_docs, "cp_qd2530_khongkhi_2025.md")
    assert (metadata.number, metadata.issuer, metadata.province) == ("2530/QĐ-TTg", "Thủ tướng Chính phủ", None)


def test_numbers_are_normalised():
    assert normalise_number("2170 /QĐ - UBND") == "2170/QĐ-UBND"
    assert normalise_number("125/2025/QĐ-UBND") == "125/2025/QĐ-UBND"
    assert normalise_number("2367/QD-UBND") == "2367/QĐ-UBND"


def test_signature_hints_fill_a_blank_number_and_date(shared_docs):
    text = (shared_docs / "lch_kh7360_tieuchuan_2025.md").read_text(encoding="utf-8")
    blank = text.replace("7360/KH-UBND", "/KH-UBND", 1).replace("19 tháng 11", "tháng 11", 1)
    metadata = extract_metadata(blank, {"signature_number": "7360/KH-UBND", "signature_date": "2025-11-19T16:02:11+07:00"})
    assert (metadata.number, metadata.issue_date) == ("7360/KH-UBND", date(2025, 11, 19))


def test_legal_news_page_reports_a_decision(shared_docs):
    metadata = _metadata(shared_docs, "ls_qd2367_khuyennong_news_2025.md")
    assert (metadata.number, metadata.doc_type, metadata.issuer) == ("2367/QĐ-UBND", "Quyết định", "UBND tỉnh Lạng Sơn")
    assert metadata.reported_plan_number == "2367/QĐ-UBND"


def test_news_without_a_plan(shared_docs):
    metadata = _metadata(shared_docs, "seed_004.txt")
    assert metadata.doc_type == "Tin tức"
    assert metadata.number is None
    assert metadata.issue_date == date(2020, 12, 2)
    assert metadata.title == "Tổng kết chương trình phát triển tài sản trí tuệ giai đoạn 2016 – 2020"


def test_metadata_accuracy_on_gold(shared_corpus, load_gold):
    checked = correct = 0
    for path in sorted((shared_corpus / "gold").glob("*.json")):
        gold = load_gold(path.stem)
        document = shared_corpus / gold["file"]
        if document.suffix not in (".md", ".txt"):
            continue
        metadata = extract_metadata(document.read_text(encoding="utf-8"), {})
        expected = gold["metadata"]
        comparisons = [
            expected["number"] == metadata.number,
            (expected["type"] or "").split("(")[0].split()[:2] == (metadata.doc_type or "").split()[:2],
            (province_name(expected["province"]) if expected["province"] else None) == metadata.province,
            expected["date"] == (metadata.issue_date.isoformat() if metadata.issue_date else None),
        ]
        checked += len(comparisons)
        correct += sum(comparisons)
    assert correct / checked >= 0.95


def test_official_letter_with_a_broken_character_map(shared_docs):
    import pdfplumber

    with pdfplumber.open(shared_docs / "bct_cv1178_ccn_diagioimoi_2025.pdf") as pdf:
        text = "\n".join(page.extract_text() or "" for page in pdf.pages)
    assert "Ƣ" in text  # "CÔNG THƢƠNG": the PDF maps Ư wrongly
    metadata = extract_metadata(text, {"signature_number": "1178/ĐCK-CTT", "signature_date": "2025-07-09"})
    assert (metadata.number, metadata.doc_type, metadata.issue_date) == ("1178/ĐCK-CTT", "Công văn", date(2025, 7, 9))
    assert metadata.issuer.startswith("Cục Đổi mới sáng tạo")
    assert metadata.title.startswith("Công văn về việc hướng dẫn về công tác quản lý, phát triển cụm công nghiệp")
    assert metadata.signer == "Nguyễn Văn Thịnh"


def test_letterhead_and_signature_in_one_row_pipe_tables():
    text = (
        "|\n| ỦY BAN NHÂN DÂN TỈNH SƠN LA ------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc --------------- |\n"
        "|---|---|\n| Số: 254/QĐ-UBND | Sơn La, ngày 17 tháng 02 năm 2023 |\n\nQUYẾT ĐỊNH\n\n"
        "BAN HÀNH KẾ HOẠCH THỰC HIỆN CÔNG TÁC BẢO VỆ BÍ MẬT NHÀ NƯỚC NĂM 2023\n\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\n\n"
        "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch thực hiện công tác bảo vệ bí mật nhà nước năm 2023.\n\n"
        "|\n| Nơi nhận: - Như Điều 3; - Lưu: VT. | CHỦ TỊCH Hoàng Quốc Khánh |\n|---|---|\n"
    )
    metadata = extract_metadata(text, {})
    assert (metadata.issuer, metadata.province) == ("UBND tỉnh Sơn La", "Sơn La")
    assert metadata.signer == "Hoàng Quốc Khánh"


def test_decision_titled_by_its_act_takes_the_object_of_article_one():
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\n\nSố: 15/QĐ-UBND\n\nLào Cai, ngày 02 tháng 3 năm 2026\n\n"
        "QUYẾT ĐỊNH CHẤP THUẬN CHỦ TRƯƠNG ĐẦU TƯ\nUỶ BAN NHÂN DÂN TỈNH LÀO CAI\nCăn cứ Luật Đầu tư;\nQUYẾT ĐỊNH:\n"
        "Điều 1. Chấp thuận chủ trương đầu tư đối với Dự án Nhà máy chế biến chè Bát Xát gồm các nội dung sau:\n"
        "1. Nhà đầu tư: Công ty Cổ phần Chè Lào Cai.\n"
    )
    title = extract_metadata(text, {}).title
    assert title == "Quyết định chấp thuận chủ trương đầu tư Dự án Nhà máy chế biến chè Bát Xát"


def test_decision_whose_title_names_its_object_keeps_it():
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU\n\nSố: 89/2025/QĐ-UBND\n\nLai Châu, ngày 28 tháng 11 năm 2025\n\n"
        "QUYẾT ĐỊNH\nPHÂN CẤP TUYỂN DỤNG VIÊN CHỨC TRONG CÁC ĐƠN VỊ SỰ NGHIỆP CÔNG LẬP\n\n"
        "Điều 1. Phân cấp tuyển dụng viên chức cho Chủ tịch UBND cấp xã.\n"
    )
    assert extract_metadata(text, {}).title == "Quyết định phân cấp tuyển dụng viên chức trong các đơn vị sự nghiệp công lập"


def test_legal_news_page_about_an_official_letter():
    text = (
        "# Công văn 6620/UBND-VX nghỉ tết Âm lịch năm 2026 tại Lai Châu như thế nào?\n\n"
        "Ngày 24/10/2025 UBND đã có Công văn 6620/UBND-VX năm 2025 về việc nghỉ tết Âm lịch đối với cán bộ, công chức.\n\n"
        "Theo đó, Công văn 6620/UBND-VX năm 2025 nghỉ tết Âm lịch tại Lai Châu, cụ thể như sau:\n"
    )
    metadata = extract_metadata(text, {})
    assert (metadata.number, metadata.doc_type) == ("6620/UBND-VX", "Công văn")
    assert (metadata.issuer, metadata.province) == ("UBND tỉnh Lai Châu", "Lai Châu")
    assert metadata.issue_date == date(2025, 10, 24)
    assert metadata.title == "Công văn nghỉ tết Âm lịch đối với cán bộ, công chức"


def test_legal_news_page_names_the_official_who_signed():
    text = (
        "# Toàn văn Quyết định 2640/QĐ-TTg năm 2025 về văn học, nghệ thuật?\n\n"
        "Ngày 5/12/2025, Phó Thủ tướng Mai Văn Chính ký Quyết định 2640/QĐ-TTg năm 2025 ban hành Kế hoạch triển khai "
        "thực hiện Kết luận 84-KL/TW.\n"
    )
    metadata = extract_metadata(text, {})
    assert (metadata.number, metadata.issuer, metadata.signer) == ("2640/QĐ-TTg", "Thủ tướng Chính phủ", "Mai Văn Chính")
    assert metadata.issue_date == date(2025, 12, 5)


def test_official_letter_of_a_peoples_committee_in_two_columns():
    text = (
        "    ỦY BAN NHÂN DÂN                       CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "      TỈNH LÀO CAI                                Độc lập - Tự do - Hạnh phúc\n\n"
        "      Số: 512 /UBND-KT                       Lào Cai, ngày 15 tháng 3 năm 2026\n"
        " V/v triển khai Chương trình hành động\n của Tỉnh ủy\n\n                     Kính gửi: Công an tỉnh\n"
    )
    metadata = extract_metadata(text, {})
    assert (metadata.number, metadata.doc_type, metadata.issuer) == ("512/UBND-KT", "Công văn", "UBND tỉnh Lào Cai")
    assert metadata.province == "Lào Cai"


def test_ministry_letterhead_and_signature_in_pipe_tables():
    text = (
        "| BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG  ------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc  ----- |\n"
        "| --- | --- |\n| Số: 09/KH-BTNMT | *Hà Nội, ngày 06 tháng 8 năm 2024* |\nKẾ HOẠCH\n"
        "TRIỂN KHAI THỰC HIỆN CHỈ THỊ SỐ 13/CT-TTG VỀ QUẢN LÝ TÍN CHỈ CÁC-BON\nThực hiện Chỉ thị số 13/CT-TTg, Bộ ban hành Kế hoạch.\n"
        "| *Nơi nhận:* - Bộ trưởng (để báo cáo); - Lưu VT. | KT. BỘ TRƯỞNG THỨ TRƯỞNG     Lê Công Thành |\n| --- | --- |\n"
    )
    metadata = extract_metadata(text, {})
    assert (metadata.issuer, metadata.province) == ("Bộ Tài nguyên và Môi trường", None)
    assert metadata.signer == "Lê Công Thành"


def test_prime_ministers_dispatch():
    text = (
        "**THỦ\nTƯỚNG CHÍNH PHỦ**\n-------\n|\n**CỘNG\nHÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\n|\nSố: 220/CĐ-TTg\n|\n"
        "*Hà Nội, ngày 18\ntháng 11 năm 2025*\n|\n**CÔNG ĐIỆN**\nTẬP\nTRUNG HOÀN THÀNH CẮT GIẢM THỦ TỤC HÀNH CHÍNH NĂM 2025\n"
        "**THỦ TƯỚNG CHÍNH PHỦ ***điện:*\n|\n- Bộ trưởng các Bộ;\n|\n**THỦ TƯỚNG**\nPhạm Minh Chính\n|\n"
    )
    metadata = extract_metadata(text, {})
    assert (metadata.number, metadata.doc_type, metadata.issuer) == ("220/CĐ-TTg", "Công điện", "Thủ tướng Chính phủ")
    assert (metadata.issue_date, metadata.signer) == (date(2025, 11, 18), "Phạm Minh Chính")


DEPARTMENT_PLAN = """ỦY BAN NHÂN DÂN TỈNH LÀO CAI          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ Y TẾ                                Độc lập - Tự do - Hạnh phúc
Số: 120/KH-SYT                         Lào Cai, ngày 05 tháng 3 năm 2026

KẾ HOẠCH
Phòng, chống dịch bệnh truyền nhiễm năm 2026

Căn cứ Luật Phòng, chống bệnh truyền nhiễm;
"""


def test_a_departments_plan_under_the_committees_name_in_two_columns():
    metadata = extract_metadata(DEPARTMENT_PLAN, {})
    assert (metadata.issuer, metadata.province, metadata.number) == ("Sở Y tế tỉnh Lào Cai", "Lào Cai", "120/KH-SYT")
    assert metadata.title == "Kế hoạch phòng, chống dịch bệnh truyền nhiễm năm 2026"


def test_a_departments_letter_names_its_province():
    text = (
        "UBND TỈNH LÀO CAI CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ CÔNG THƯƠNG Độc lập - Tự do - Hạnh phúc\n"
        "Số: 3036 /SCT-CN Lào Cai, ngày 28 tháng 5 năm 2026\nV/v kế hoạch kiểm tra công tác\nnghiệm thu kho chứa\n"
        "Kính gửi: Công ty cổ phần Năng lượng Bảo Long\n"
    )
    metadata = extract_metadata(text, {})
    assert (metadata.issuer, metadata.province) == ("Sở Công Thương tỉnh Lào Cai", "Lào Cai")


def test_a_letter_whose_page_dropped_the_letterhead():
    text = (
        "**Kính gửi:** Các\nDoanh nghiệp hoạt động cho thuê lại lao động trên địa bàn Thành phố Hồ Chí Minh\n\n"
        "Nhằm đảm bảo thực hiện các quy định pháp luật lao động. Sở Nội vụ đề nghị các doanh nghiệp trên địa bàn "
        "Thành phố tự kiểm tra, nội dung cụ thể như sau:\n\n**1.** Thường xuyên rà soát hoạt động cho thuê lại lao động.\n\n"
        "*- Khu vực Thành phố Hồ Chí Minh (cũ): số 159 Pasteur, phường Xuân Hòa, Thành phố Hồ Chí Minh;*\n\n"
        "|\n*Nơi nhận:*\n- Như trên;\n- Lưu: VT.\n|\n**KT. GIÁM ĐỐC**\n**PHÓ GIÁM ĐỐC**\n**Lượng Thị Tới**\n|\n"
    )
    metadata = extract_metadata(text, {})
    assert (metadata.doc_type, metadata.issuer, metadata.province) == ("Công văn", "Sở Nội vụ thành phố Hồ Chí Minh", "Hồ Chí Minh")
    assert metadata.signer == "Lượng Thị Tới"


def test_bodies_in_a_capitalised_title_keep_their_capitals():
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH CAO BẰNG\n\nSố: 53/2025/QĐ-UBND\n\nCao Bằng, ngày 28 tháng 11 năm 2025\n\n"
        "QUYẾT ĐỊNH\nPHÂN CẤP CHO SỞ GIÁO DỤC VÀ ĐÀO TẠO THEO CHỈ THỊ CỦA THỦ TƯỚNG CHÍNH PHỦ\n\nCăn cứ Luật;\n"
    )
    assert extract_metadata(text, {}).title == (
        "Quyết định phân cấp cho Sở Giáo dục và Đào tạo theo chỉ thị của Thủ tướng Chính phủ"
    )


def test_news_page_of_a_district_portal_names_the_province_of_the_district():
    text = "Phòng, chống bệnh dịch tả lợn châu Phi: Tập trung thực hiện tốt ngay từ đầu\n\n" + "Bệnh dịch đang có xu hướng lan rộng. " * 5
    metadata = extract_metadata(text, {"title": "Trang thông tin điện tử huyện Krông Nô", "date": "2019-07-04"})
    assert (metadata.doc_type, metadata.province, metadata.province_current) == ("Tin tức", "Đắk Nông", "Lâm Đồng")


# Letterheads as PDF text flow prints them: the two columns on one line, the title over five lines.
MINISTRY_LETTERHEAD_ON_ONE_LINE = """BỘ Y TẾ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 812/QĐ-BYT Hà Nội, ngày 14 tháng 3 năm 2026
QUYẾT ĐỊNH
Ban hành hướng dẫn kỹ thuật nâng cao chất lượng khám bệnh, chữa bệnh tại các
trạm y tế xã, phường, đặc khu không bảo đảm điều kiện về nhân lực và trang thiết bị
và không có khả năng đáp ứng theo các tiêu chuẩn, quy chuẩn kỹ thuật tại thời
điểm đưa vào hoạt động đến trước ngày Luật Khám bệnh, chữa bệnh có hiệu lực thi
hành thuộc thẩm quyền quản lý của Bộ Y tế
BỘ TRƯỞNG BỘ Y TẾ
Căn cứ Luật Khám bệnh, chữa bệnh số 15/2023/QH15;
"""


def test_a_ministry_printed_beside_the_national_motto_is_the_issuer_alone():
    metadata = extract_metadata(MINISTRY_LETTERHEAD_ON_ONE_LINE)
    assert (metadata.number, metadata.issuer, metadata.province) == ("812/QĐ-BYT", "Bộ Y tế", None)


def test_a_title_over_five_lines_is_read_to_its_end():
    title = extract_metadata(MINISTRY_LETTERHEAD_ON_ONE_LINE).title
    assert title.startswith("Quyết định ban hành hướng dẫn kỹ thuật")
    assert title.endswith("thuộc thẩm quyền quản lý của Bộ Y tế")


BOARD_CERTIFICATE = """UBND TỈNH YÊN BÁI
BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP
CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
GIẤY CHỨNG NHẬN ĐĂNG KÝ ĐẦU TƯ
Mã số dự án: 1234567890
Chứng nhận lần đầu: ngày 12 tháng 5 năm 2025
Căn cứ Luật Đầu tư số 61/2020/QH14 ngày 17 tháng 6 năm 2020;
"""


def test_a_board_under_an_abbreviated_committee_issues_an_investment_certificate():
    metadata = extract_metadata(BOARD_CERTIFICATE)
    assert metadata.doc_type == "Giấy chứng nhận đăng ký đầu tư"
    assert metadata.document_kind == "decision"
    assert metadata.issuer.casefold() == "ban quản lý các khu công nghiệp tỉnh yên bái"
    assert metadata.province == "Yên Bái"
    assert metadata.title is None or "Mã số" not in metadata.title  # a form field is not a title


WEB_COPY_WITHOUT_LETTERHEAD = """**NGHỊ QUYẾT**

VỀ CHƯƠNG TRÌNH PHÁT TRIỂN NGUỒN NHÂN LỰC Y TẾ CƠ SỞ

**CHÍNH PHỦ**

*Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;*

**QUYẾT NGHỊ:**

Điều 1. Ban hành kèm theo Nghị quyết này Chương trình phát triển nguồn nhân lực y tế cơ sở.

**CHƯƠNG TRÌNH**

*(Ban hành kèm theo Nghị quyết số 401/NQ-CP ngày 15 tháng 12 năm 2025 của Chính phủ)*
"""


def test_a_copy_without_its_letterhead_is_named_by_its_annex_caption():
    metadata = extract_metadata(WEB_COPY_WITHOUT_LETTERHEAD)
    assert (metadata.doc_type, metadata.number, metadata.issuer) == ("Nghị quyết", "401/NQ-CP", "Chính phủ")
    assert metadata.issue_date == date(2025, 12, 15)
    assert metadata.title == "Nghị quyết về chương trình phát triển nguồn nhân lực y tế cơ sở"


def test_an_annex_caption_of_another_type_does_not_name_the_document():
    text = WEB_COPY_WITHOUT_LETTERHEAD.replace("kèm theo Nghị quyết số 401/NQ-CP", "kèm theo Quyết định số 401/QĐ-TTg")
    assert extract_metadata(text).number is None


def test_a_news_page_on_an_assembly_resolution_keeps_the_term_in_its_number():
    text = ("# Toàn văn Nghị quyết 250/2025/QH15 về Kế hoạch đầu tư công năm 2026\n\n"
            "Ngày 10/12/2025, Quốc hội thông qua Nghị quyết 250/2025/QH15 về Kế hoạch đầu tư công năm 2026.\n")
    metadata = extract_metadata(text, {"date": "2025-12-12"})
    assert (metadata.number, metadata.doc_type, metadata.issuer) == ("250/2025/QH15", "Nghị quyết", "Quốc hội")
    assert metadata.document_kind == "news_about_document"


def test_a_date_outside_the_years_a_text_can_bear_is_not_read():
    from extractors.metadata import _calendar_date

    assert _calendar_date(1435, 11, 10) is None
    assert _calendar_date(2100, 1, 1) is None
    assert _calendar_date(2040, 1, 1).isoformat() == "2040-01-01"  # the same whatever day the run
    assert _calendar_date(2023, 2, 30) is None
    assert _calendar_date(2023, 2, 17).isoformat() == "2023-02-17"


def test_a_body_asked_to_issue_a_plan_in_a_news_story_does_not_issue_the_page():
    # Without "vừa/đã", only the subject of a lead issues: here the body is asked to.
    text = "Tin địa phương\n\nSở Nội vụ đề nghị UBND tỉnh ban hành Kế hoạch cải cách hành chính năm 2026 trong tháng 3.\n"
    assert extract_metadata(text).doc_type != "Kế hoạch"


def test_a_lead_opening_on_a_common_noun_that_looks_like_a_document_type_reports_nothing():
    # "Kế hoạch hoá gia đình" (family planning) is no plan: a plan's name holds its horizon or period.
    text = (
        "Sức khoẻ sinh sản là gì?\n\n"
        "Kế hoạch hoá gia đình là nỗ lực của Nhà nước, xã hội để mỗi cá nhân, cặp vợ chồng chủ động quyết định "
        "số con, nhằm bảo đảm sức khoẻ sinh sản.\n"
    )
    assert extract_metadata(text).doc_type != "Kế hoạch"


def test_a_reported_title_cut_out_of_a_quotation_leaves_its_closing_mark():
    text = (
        "Lịch sử hành chính tỉnh\n\n"
        "Ngày 20 tháng 9 năm 1975, Bộ Chính trị ban hành Nghị quyết số 245-NQ/TW về việc bỏ khu, hợp tỉnh\". "
        "Các tỉnh được hợp nhất.\n"
    )
    assert extract_metadata(text).title == "Nghị quyết bỏ khu, hợp tỉnh"


def test_a_news_page_reports_the_dispatch_a_deputy_prime_minister_issues():
    # A traffic-safety page of 2025 (tnt305/tai_lieu_noi_bo), its lead as printed.
    text = (
        "Kiên trì tuyên truyền Nhân dân Đã uống rượu bia - không lái xe\n\n"
        "Ngày 16/01/2025, Phó Thủ tướng Chính phủ Trần Hồng Hà ban hành Công điện 4/CĐ-TTg tăng cường bảo đảm "
        "trật tự an toàn giao thông dịp Tết Nguyên đán Ất Tỵ và Lễ hội xuân 2025.\n"
    )
    metadata = extract_metadata(text)
    assert (metadata.number, metadata.doc_type, metadata.issuer) == ("4/CĐ-TTg", "Công điện", "Thủ tướng Chính phủ")
    assert metadata.issue_date == date(2025, 1, 16)


def test_a_date_below_the_opening_that_the_sentence_does_not_tie_to_the_document_is_not_its_date():
    # "… sẽ có hiệu lực từ ngày 01/7/2023" is when the decision takes effect, not when it was issued.
    text = (
        "Mẫu phiếu ý kiến thành viên Hội đồng tư vấn khoa học và công nghệ\n\n"
        + "Căn cứ theo Mẫu số 04 ban hành kèm theo Quyết định 12/2023/QĐ-TTg quy định mẫu phiếu ý kiến như sau:\n\n"
        + "Nội dung mẫu phiếu. " * 250
        + "\n\nQuyết định 12/2023/QĐ-TTg sẽ có hiệu lực từ ngày 01/7/2023\n"
    )
    metadata = extract_metadata(text)
    assert metadata.number == "12/2023/QĐ-TTg"
    assert metadata.issue_date is None


def test_a_districts_committee_reported_issuing_a_plan_issues_it_in_the_districts_province():
    # Before July 2025 a district (huyện) issued its own plans; its province comes from the gazetteer.
    text = (
        "UBND huyện triển khai kế hoạch cải cách hành chính\n\n"
        "Ngày 5/3/2025, thực hiện chỉ đạo của tỉnh, UBND huyện Krông Nô ban hành Kế hoạch số 45/KH-UBND về cải cách "
        "hành chính năm 2025, cụ thể như sau: tăng cường kỷ luật, kỷ cương.\n"
    )
    metadata = extract_metadata(text)
    assert (metadata.number, metadata.issuer, metadata.province) == ("45/KH-UBND", "UBND huyện Krông Nô", "Đắk Nông")
    assert metadata.title == "Kế hoạch cải cách hành chính năm 2025"  # not ", cụ thể như sau: …"


def test_a_numbered_plan_a_news_sentence_announces_is_reported_not_taken_for_the_page_itself():
    # "… ban hành Kế hoạch số … , với những nội dung sau" ends a preamble only when the plan has no number.
    text = (
        "Sở Y tế triển khai tiêm chủng\n\n"
        "Căn cứ chỉ đạo của UBND tỉnh; Sở Y tế tỉnh Lào Cai ban hành Kế hoạch số 12/KH-SYT về tiêm chủng mở rộng "
        "năm 2025, với những nội dung sau: bảo đảm an toàn.\n"
    )
    assert extract_metadata(text).number == "12/KH-SYT"


@pytest.mark.parametrize(
    ("number", "issuer"),
    [
        ("1503/QĐ-TCHQ", "Tổng cục Hải quan"),  # after the type code
        ("14650/BTC-TCHQ", "Bộ Tài chính"),  # a letter: its issuer first, the drafting unit after
        ("545/BGDĐT-GDTrH", "Bộ Giáo dục và Đào tạo"),
        ("110/KH-UBND", None),  # a committee's code names no one province
    ],
)
def test_the_issuer_a_numbers_codes_name(number, issuer):
    from extractors.metadata import issuer_of_number

    assert issuer_of_number(number) == issuer
