"""Metadata of documents whose letterhead is not the usual provincial one or is missing:
pages reporting Party documents, copies that start at the title or the preamble, certificates,
national decisions about one province, Party and Fatherland Front letterheads. The blind-batch documents live in
data/external (copied by scripts/get_external_docs.py); their tests skip where they are absent."""

from datetime import date

import pytest

from blind_documents import parsed_blind_document
from extractors.metadata import extract_metadata
from pipeline.parse.stage import ParseSettings
from pipeline.extract.stage import parse_path

def _external(name: str):
    parsed = parsed_blind_document(name)
    return extract_metadata(parsed.text, parsed.hints)


def _shared(shared_docs, name: str):
    parsed = parse_path(shared_docs / name, ParseSettings(ocr="never"))
    return extract_metadata(parsed.text, parsed.hints)


def test_a_page_reporting_a_party_conclusion_is_described_by_it():
    metadata = _external("tw_kl219_nongnghiep_news_2025.md")
    assert (metadata.number, metadata.doc_type, metadata.issuer) == ("219-KL/TW", "Kết luận", "Ban Chấp hành Trung ương")
    assert metadata.document_kind == "news_about_document" and metadata.province is None
    assert metadata.issue_date == date(2025, 11, 26)
    assert metadata.title.startswith("Kết luận tiếp tục thực hiện Nghị quyết 19-NQ/TW năm 2022")


def test_an_explainer_headline_question_is_not_part_of_the_title(shared_docs):
    # "Đề án … gồm những mục tiêu nào theo quyết định 2074/QĐ-TTg 2025?"
    assert _shared(shared_docs, "cp_qd2074_csdl_doanhnghiep_news_2025.md").title == "Đề án xây dựng Cơ sở dữ liệu doanh nghiệp"


def test_an_adopted_resolution_is_titled_from_the_sentence_that_adopts_it():
    # The headline asks "… năm 2026 chi tiết ra sao?"; the lead says "đã thông qua Nghị quyết 244/2025/QH15 về …".
    metadata = _external("qh_nq244_ktxh2026_news_2025.md")
    assert metadata.title == "Nghị quyết Kế hoạch phát triển kinh tế xã hội năm 2026"


def test_a_party_document_cited_deep_in_a_news_story_does_not_describe_the_page(shared_docs):
    # "… thông qua Nghị quyết số 28-NQ/TW …" in the fourth thousand characters of an answer to a question.
    metadata = _shared(shared_docs, "dno_krongno_bhxh_tunguyen_news_2019.html")
    assert (metadata.doc_type, metadata.number, metadata.province) == ("Tin tức", None, "Đắk Nông")


def test_a_copy_without_letterhead_is_issued_by_its_enacting_line_and_dated_by_its_adoption():
    metadata = _external("qh_nq192_ktxh2025_2025.md")  # "NGHỊ QUYẾT / Về … / QUỐC HỘI / Căn cứ …"
    assert (metadata.doc_type, metadata.issuer, metadata.province) == ("Nghị quyết", "Quốc hội", None)
    assert metadata.issue_date == date(2025, 2, 19)  # "… thông qua ngày 19 tháng 02 năm 2025."


def test_an_investment_certificate_is_identified_by_its_project_code_and_titled_by_its_project():
    metadata = _external("lc_gcn_dkdt_kcn_banqua_2026.pdf")
    assert metadata.number == "Mã số dự án: 4275604886"
    assert metadata.title == (
        "Giấy chứng nhận đăng ký đầu tư dự án Đầu tư xây dựng và kinh doanh kết cấu hạ tầng khu công nghiệp Bản Qua"
        " (chứng nhận lần đầu)"
    )


def test_a_national_decision_about_one_province_takes_that_province(shared_docs):
    metadata = _external("st_qd590_cangbien_news_2025.md")
    assert (metadata.issuer, metadata.province) == ("Bộ Xây dựng", "Sóc Trăng")
    # a national decision whose title names no province keeps none
    assert _shared(shared_docs, "cp_qd2530_khongkhi_2025.md").province is None


def test_a_text_that_lost_its_header_is_typed_by_its_closing_formula_and_issued_by_its_speaker():
    # Starts at the preamble; "Bộ Chính trị yêu cầu …", closes "Nghị quyết này phổ biến đến chi bộ."
    metadata = _external("tw_nq71_giaoduc_2025.md")
    assert (metadata.doc_type, metadata.issuer, metadata.document_kind) == ("Nghị quyết", "Bộ Chính trị", "resolution")


def test_a_central_party_board_letterhead_names_the_board():
    metadata = _external("tw_qd1147_btgdvtw_quyche_2025.md")  # Quyết định 1147-QĐ/BTGDVTW
    assert (metadata.number, metadata.issuer, metadata.province) == (
        "1147-QĐ/BTGDVTW", "Ban Tuyên giáo và Dân vận Trung ương", None
    )


def test_a_letterhead_block_the_pdf_put_under_the_heading_names_the_committees_office():
    # Base27-CVNSS/nhanluc files/14 (Vĩnh Long, 2026): the PDF's reading order puts the letterhead block
    # at the foot of page 1, after the heading and the first paragraphs.
    text = (
        "BÁO CÁO\nTổng hợp ý kiến góp ý của Thành viên Ủy ban nhân dân tỉnh\n"
        "đối với dự thảo Nghị quyết của Hội đồng nhân dân tỉnh quy định\n"
        "Kính gửi: Chủ tịch Ủy ban nhân dân tỉnh\n"
        "Văn phòng Ủy ban nhân dân (UBND) tỉnh nhận được Tờ trình số\n1196/TTr-SNV ngày 04/6/2026 của Giám đốc Sở Nội vụ.\n"
        "UBND TỈNH VĨNH LONG\nVĂN PHÒNG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 489 /BC-VPUBND Vĩnh Long, ngày 09 tháng 6 năm 2026\n\x0c\n"
    )
    metadata = extract_metadata(text)
    assert (metadata.issuer, metadata.province) == ("Văn phòng UBND tỉnh Vĩnh Long", "Vĩnh Long")


def test_a_title_line_ending_on_a_semicolon_goes_on_when_the_next_line_is_lower_case():
    # Base27-CVNSS/nhanluc files/02, a draft resolution (.docx): "…cán bộ, công chức; ⏎ thu hút …".
    text = (
        "HỘI ĐỒNG NHÂN DÂN TỈNH VĨNH LONG\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc\n"
        "Số: /2026/NQ-HĐND\tVĩnh Long, ngày tháng năm 2026\n\nNGHỊ QUYẾT\n\n"
        "Ban hành quy định chính sách hỗ trợ đào tạo cán bộ, công chức;\n\n"
        "thu hút nguồn nhân lực chất lượng cao tỉnh Vĩnh Long\n\ngiai đoạn 2026 - 2030\n\n"
        "Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;\n"
    )
    assert extract_metadata(text).title == (
        "Nghị quyết ban hành quy định chính sách hỗ trợ đào tạo cán bộ, công chức; thu hút nguồn nhân lực"
        " chất lượng cao tỉnh Vĩnh Long giai đoạn 2026 - 2030"
    )


def test_a_letter_from_a_unit_of_a_provincial_body_is_issued_by_the_unit_of_that_body():
    # Base27-CVNSS/nhanluc files/17: "CỔNG THÔNG TIN ĐIỆN TỬ / TỈNH VĨNH LONG / BAN BIÊN TẬP".
    text = (
        "CỔNG THÔNG TIN ĐIỆN TỬ\nTỈNH VĨNH LONG\nBAN BIÊN TẬP\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nSố: 91 /CTTĐT-BBT\nV/v thông báo kết quả đăng tải\ndự thảo Nghị quyết\n"
        "Vĩnh Long, ngày 09 tháng 02 năm 2026\nKính gửi: Sở Nội vụ tỉnh Vĩnh Long\n"
    )
    metadata = extract_metadata(text)
    assert (metadata.issuer.casefold(), metadata.province) == ("ban biên tập cổng thông tin điện tử tỉnh vĩnh long", "Vĩnh Long")


def test_a_word_letterhead_table_flattened_into_one_line_still_makes_a_letter():
    # Trangsct/skill-sct hc-sct-vn example (.docx): left cell "UBND TỈNH LÀO CAI SỞ CÔNG THƯƠNG ___ Số: …
    # V/v …", then a tab and the right cell "CỘNG HÒA XÃ HỘI …".
    text = (
        "UBND TỈNH LÀO CAI SỞ CÔNG THƯƠNG ____________________ Số: /SCT-CN V/v cập nhật công tác quản lý hoạt "
        "động hóa chất năm 2025\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập – Tự do – Hạnh phúc "
        "______________________________________ Lào Cai, ngày tháng 6 năm 2026\n\nKính gửi: Cục Hóa chất\n\n"
        "Thực hiện Công văn số 1238/HC-QLHC ngày 01/6/2026 của Cục Hóa chất về việc rà soát.\n"
    )
    metadata = extract_metadata(text)
    assert (metadata.doc_type, metadata.issuer, metadata.province) == ("Công văn", "Sở Công Thương tỉnh Lào Cai", "Lào Cai")
    assert metadata.title == "Công văn về việc cập nhật công tác quản lý hoạt động hóa chất năm 2025"


def test_a_national_text_whose_letterhead_a_word_line_hides_is_issued_by_the_body_its_number_names():
    # Trangsct/skill-sct ND-32-2024 (.docx): "CHÍNH PHỦ⇥CỘNG HÒA XÃ HỘI …" on one line; "Hà Nội, ngày …"
    # is where the Government sits, not the text's province.
    text = (
        "CHÍNH PHỦ\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc\n"
        "Số: 32/2024/NĐ-CP\tHà Nội, ngày 15 tháng 3 năm 2024\n\nNGHỊ ĐỊNH\n\nVề quản lý, phát triển cụm công nghiệp\n\n"
        "Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;\n"
    )
    metadata = extract_metadata(text)
    assert (metadata.number, metadata.issuer, metadata.province) == ("32/2024/NĐ-CP", "Chính phủ", None)


def test_a_party_resolutions_subject_under_its_issuer_line_completes_the_title():
    # tw_nq57_dotphakhcn (b14f): "NGHỊ QUYẾT" ⏎ "CỦA BỘ CHÍNH TRỊ" ⏎ "về đột phá …", the subject in bold runs.
    text = (
        "**BAN CHẤP HÀNH TRUNG ƯƠNG**\n**ĐẢNG CỘNG SẢN VIỆT NAM**\n\nSố 57\\-NQ/TW\n*Hà Nội*, *ngày 22 tháng 12 năm 2024*\n\n"
        "**NGHỊ QUYẾT**\n\nCỦA BỘ CHÍNH TRỊ\n**về đột phá phát triển khoa học, công nghệ**, **đổi mới sáng tạo và chuyển** "
        "đổi **số quốc gia**\n\nPhát triển khoa học, công nghệ là yếu tố quyết định.\n"
    )
    metadata = extract_metadata(text)
    # The place and date in separate emphasis ("*Hà Nội*, *ngày 22 tháng 12 năm 2024*") still date it.
    assert metadata.issue_date == date(2024, 12, 22)
    assert metadata.title == (
        "Nghị quyết của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia"
    )


def test_a_fatherland_front_letterhead_names_its_standing_board_and_place():
    # The election plans of xã Lương Minh and phường Bắc Cam Ranh (b25a, b25f), whose Word letterhead is one line.
    head = ("ỦY BAN MTTQ VIỆT NAM XÃ LƯƠNG MINH BAN THƯỜNG TRỰC Số: 16/KH-MTTQ-BTT\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM "
            "Độc lập - Tự do - Hạnh phúc Lương Minh, ngày 18 tháng 11 năm 2025\n\nKẾ HOẠCH\n\nThực hiện công tác bầu cử\n")
    metadata = extract_metadata(head)
    assert (metadata.issuer, metadata.number) == ("Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã Lương Minh", "16/KH-MTTQ-BTT")
    # Without the board line, the committee itself.
    committee = head.replace(" BAN THƯỜNG TRỰC", "").replace("XÃ LƯƠNG MINH", "TỈNH QUẢNG NINH")
    assert extract_metadata(committee).issuer == "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Quảng Ninh"


def test_a_party_resolution_in_pandoc_markdown_is_issued_by_the_central_committee():
    # "**BAN CHẤP HÀNH TRUNG ƯƠNG\ … **ĐẢNG CỘNG SẢN VIỆT NAM\": pandoc's hard line break ends the letterhead's lines.
    metadata = _external("tw_nq60_hoinghi11_sapxepdvhc_2025.md")
    assert (metadata.number, metadata.doc_type, metadata.issuer) == ("60-NQ/TW", "Nghị quyết", "Ban Chấp hành Trung ương")
    assert metadata.province is None  # "Hà Nội, ngày 12 tháng 4 năm 2025" is where the committee sits


def test_a_commune_front_letterhead_after_a_stray_slash_and_its_province_from_the_text():
    text = ("/ỦY BAN MTTQ VIỆT NAM XÃ LƯƠNG MINH BAN THƯỜNG TRỰC Số: /KH-MTTQ-BTT\tCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM "
            "Độc lập - Tự do - Hạnh phúc Lương Minh, ngày tháng 01 năm 2026\n\nKẾ HOẠCH\n\nTổ chức hội nghị hiệp thương\n\n"
            "Căn cứ Hướng dẫn số 01/HD-MTTQ-BTT ngày 28/11/2025 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Quảng Ninh;")
    metadata = extract_metadata(text)
    assert metadata.issuer == "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã Lương Minh"
    assert metadata.province == "Quảng Ninh"


def test_the_committee_office_on_the_province_line_issues():
    text = ("UBND TỈNH LÀO CAI VĂN PHÒNG\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc\n"
            "Số: /TB-VP\tLào Cai, ngày tháng 6 năm 2026\n\nTHÔNG BÁO\n\nKết luận của đồng chí Chủ tịch UBND tỉnh")
    assert extract_metadata(text).issuer == "Văn phòng UBND tỉnh Lào Cai"


def test_a_copy_that_opens_on_its_title_line_is_typed_titled_and_issued_by_the_line_after():
    # As legal databases and NLP corpora print a text without its letterhead (here lower-cased, as one corpus does).
    text = ("Quyết định về việc phê duyệt đề án giao rừng, cho thuê rừng tỉnh bắc kạn giai đoạn 2009 - 2015\n"
            "Ủy ban nhân dân tỉnh bắc kạn\n"
            "Căn cứ Luật Tổ chức Hội đồng nhân dân và Uỷ ban nhân dân ngày 26/11/2003;\n"
            "Quyết định:\nĐiều 1. Phê duyệt Đề án giao rừng, cho thuê rừng tỉnh Bắc Kạn giai đoạn 2009 - 2015.\n")
    metadata = extract_metadata(text)
    assert (metadata.doc_type, metadata.issuer, metadata.province) == (
        "Quyết định", "Ủy ban nhân dân tỉnh Bắc Kạn", "Bắc Kạn")
    assert metadata.title.startswith("Quyết định về việc phê duyệt đề án giao rừng")
    assert metadata.issue_date is None  # the date of the law it rests on is not its own
    # A headline over a story is no title line: no preamble follows it.
    story = "Quyết định phê duyệt đề án giao rừng của tỉnh Bắc Kạn\nSáng nay, tỉnh đã công bố đề án.\nNhiều hộ dân phấn khởi.\n"
    assert extract_metadata(story).doc_type == "Tin tức"


def test_a_directive_of_a_party_committees_standing_board_is_issued_by_the_board_and_titled_before_its_body():
    # Tỉnh ủy Hà Tĩnh's Chỉ thị 39-CT/TU (b27i): the letterhead names the committee, the heading its standing board,
    # and the body opens on the state of things right under the title's lines.
    text = ("TỈNH ỦY HÀ TĨNH\n*\nSố 39 - CT/TU\nĐẢNG CỘNG SẢN VIỆT NAM\nHà Tĩnh, ngày 20 tháng 12 năm 2019\nCHỈ THỊ\n"
            "CỦA BAN THƯỜNG VỤ TỈNH ỦY\nVề tăng cường sự lãnh đạo, chỉ đạo thực hiện nhiệm vụ\n"
            "đảm bảo an ninh, trật tự năm 2020\nNăm 2019, tình hình an ninh, trật tự trên địa bàn tỉnh cơ bản ổn định,\n"
            "tạo điều kiện thuận lợi thúc đẩy phát triển kinh tế - xã hội.\n")
    metadata = extract_metadata(text)
    assert metadata.issuer == "Ban Thường vụ Tỉnh ủy Hà Tĩnh"
    assert metadata.title.endswith("đảm bảo an ninh, trật tự năm 2020")


def test_a_letter_under_a_district_committees_letterhead_is_issued_by_that_committee():
    # Hương Khê's CV 344/UBND-CNTT (b27i): "ỦY BAN NHÂN DÂN / HUYỆN HƯƠNG KHÊ" over "Số:" and "V/v".
    text = ("ỦY BAN NHÂN DÂN\nHUYỆN HƯƠNG KHÊ\nSố:344/UBND-CNTT\nV/v đăng ký xây dựng Trang thông\n"
            "tin điện tử các xã, thị trấn.\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            "Hương Khê, ngày 21 tháng 03 năm 2017\nKính gửi: Ủy ban nhân dân các xã, thị trấn.\n")
    metadata = extract_metadata(text)
    assert (metadata.number, metadata.issuer, metadata.province) == ("344/UBND-CNTT", "UBND huyện Hương Khê", "Hà Tĩnh")


def test_a_directive_or_notice_copied_without_its_header_is_named_by_its_title_line():
    # Headerless copies (b28a, b28d): the title line, then the directive's reasons or the notice's meeting; the
    # numbers the title or the reasons cite are other texts'.
    directive = ("Chỉ thị về chấn chỉnh, tăng cường công tác xây dựng và kiểm tra văn bản quy phạm pháp luật trên địa bàn thành phố\n"
                 "Sau hơn 04 năm thực hiện Luật Ban hành văn bản quy phạm pháp luật và Quyết định số 131/2006/QĐ-UBND ngày "
                 "01 tháng 9 năm 2006 của Ủy ban nhân dân thành phố Hồ Chí Minh, công tác xây dựng văn bản đã có chuyển biến.\n")
    metadata = extract_metadata(directive)
    assert (metadata.doc_type, metadata.number, metadata.issue_date) == ("Chỉ thị", None, None)
    # no issuer line under the title: the committee whose own decision the reasons cite
    assert (metadata.issuer, metadata.province) == ("UBND thành phố Hồ Chí Minh", "Hồ Chí Minh")
    assert metadata.title.startswith("Chỉ thị về chấn chỉnh")
    notice = extract_metadata(parsed_blind_document("vpcp_tb_ketluan_daynghe_ldnt_2010.txt").text)
    # "Thông báo kết luận của phó thủ tướng … triển khai quyết định số 1956/qđ-ttg ngày 27 tháng 11 năm 2009 …"
    # then "Ngày 03 tháng 02 năm 2010, tại Văn phòng Chính phủ, …"
    assert (notice.doc_type, notice.number, notice.issue_date) == ("Thông báo", None, None)
    # A headline over a short story stays a news page.
    story = "Chỉ thị về phòng chống dịch bệnh mùa mưa\nSáng nay, thành phố đã họp bàn.\n"
    assert extract_metadata(story).doc_type == "Tin tức"


def test_a_number_and_date_stamped_several_times_by_the_signature_are_read_once():
    # Hà Nội's QĐ 36/2025 (b28f): the e-signature stamped the number and date fields four times over.
    text = ("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HÀ NỘI\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            "Số: 36 36 36 36 /2025/QĐ-UBND Hà Nội, ngày 16 16 16 16 tháng 6666 năm 2025\nQUYẾT ĐỊNH\n"
            "Ban hành Quy định về tiêu chí, tiêu chuẩn chất lượng\n")
    metadata = extract_metadata(text)
    assert (metadata.number, metadata.issue_date) == ("36/2025/QĐ-UBND", date(2025, 6, 16))
    assert extract_metadata(parsed_blind_document("hn_qd36_chatluongdichvucongnongnghiep_2025.pdf").text).number == "36/2025/QĐ-UBND"


def test_a_headerless_copy_is_issued_by_the_committee_it_speaks_as():
    # b27d, b28a, b28d: the copy names its committee by level only, on the line under its title or when it asks its
    # departments; the province is the one the text names.
    decision = ("Quyết định phê duyệt kế hoạch phát triển kinh tế tập thể 5 năm giai đoạn 2006 - 2010\n"
                "Ủy ban nhân dân tỉnh\n"
                "Căn cứ Luật Tổ chức HĐND và UBND ngày 26/11/2003;\n"
                "Xét đề nghị của Liên minh HTX tỉnh Bình Phước,\n"
                "Điều 1. Phê duyệt kế hoạch phát triển kinh tế tập thể 5 năm.\n")
    metadata = extract_metadata(decision)
    assert (metadata.doc_type, metadata.issuer, metadata.province) == (
        "Quyết định", "Ủy ban nhân dân tỉnh Bình Phước", "Bình Phước")
    directive = ("Chỉ thị về việc xây dựng kế hoạch phát triển kinh tế - xã hội 5 năm 2011 - 2015\n"
                 "Thực hiện Nghị quyết Đại hội tỉnh Đảng bộ lần thứ VIII, các ngành, các cấp và nhân dân trong tỉnh đã nỗ "
                 "lực vượt qua khó khăn, thách thức; kinh tế tỉnh Long An tăng trưởng khá.\n"
                 "Thành phố Tân An và các huyện của Long An lập kế hoạch trước quí 2 năm 2010.\n"
                 "Uỷ ban nhân dân tỉnh yêu cầu thủ trưởng các sở, ban, ngành tỉnh tổ chức thực hiện nghiêm túc chỉ thị này.\n")
    metadata = extract_metadata(directive)
    assert (metadata.doc_type, metadata.province) == ("Chỉ thị", "Long An")
    assert metadata.issuer in ("Ủy ban nhân dân tỉnh Long An", "UBND tỉnh Long An")
    district = ("Chỉ thị về việc tăng cường hoạt động phòng, chống tác hại thuốc lá.\n"
                "Thực hiện Chỉ thị số 23/2009/CT-UBND ngày 30 tháng 12 năm 2009 của Uỷ ban nhân dân thành phố Hồ Chí Minh "
                "về tăng cường phòng, chống tác hại của thuốc lá trên địa bàn thành phố, Uỷ ban nhân dân quận yêu cầu "
                "thủ trưởng các cơ quan thực hiện tốt các nội dung sau.\n")
    metadata = extract_metadata(district)
    assert (metadata.issuer, metadata.province) == ("Ủy ban nhân dân quận", "Hồ Chí Minh")



def test_a_districts_letter_without_a_printed_province_is_of_the_districts_province():
    # Blind batch b35f (Nghi Xuân's Thông báo 651/TB-UBND, a PDF): the text layer has no letterhead and no line names
    # the province with the district's committee; the issuer is the district's.
    from pipeline.extract.stage import extract_document

    document = extract_document(parsed_blind_document("ht_tb651_tuyendungdaccach_mamnon_nghixuan_2020.pdf")).document
    assert "Nghi Xuân" in (document.issuer or "")
    assert document.province == "Hà Tĩnh"
