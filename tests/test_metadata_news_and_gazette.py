"""Metadata of the Official Gazette's copies and of news pages that report a document: the
gazette's running header is not the text's number; a Markdown page's setext underline is not
its title; a page reporting a document is described by that document. The documents live in
data/external (python scripts/get_external_docs.py corpus/gold-blind/sources-*.yaml); the tests
skip where they are absent."""

from datetime import date

import pytest

from blind_documents import parsed_blind_document
from extractors.metadata import extract_metadata
from pipeline.extract.stage import parse_path
from pipeline.parse.stage import ParseSettings


def _external(name: str):
    parsed = parsed_blind_document(name)
    return extract_metadata(parsed.text, parsed.hints)


@pytest.mark.parametrize(
    ("name", "number"),
    [
        # "CÔNG BÁO/Số 242/Ngày 22-04-2026" over the letterhead of a PDF page
        ("cp_nq100_phichinhphu_2026.pdf", "100/NQ-CP"),
        # the same header in a text copy, above "THỦ TƯỚNG CHÍNH PHỦ … Số: 892/QĐ-TTg"
        ("cp_qd892_canbodoingoai_2026.txt", "892/QĐ-TTg"),
    ],
)
def test_the_gazettes_running_header_is_not_the_documents_number(name, number):
    assert _external(name).number == number


def test_a_gazette_header_alone_gives_no_number():
    text = "CÔNG BÁO/Số 302/Ngày 02-06-2026\n44\n\nTHỦ TƯỚNG CHÍNH PHỦ\n\nQUYẾT ĐỊNH\nPhê duyệt Đề án bồi dưỡng cán bộ\n"
    assert extract_metadata(text).number is None


@pytest.mark.parametrize(
    ("name", "headline"),
    [
        ("bnnptnt_lamsan_xuatkhau_news_2021.md", "Xuất khẩu gỗ phấn đấu 14 tỷ USD"),
        ("hcm_dulich2021_news_2021.md", "Ngành du lịch TPHCM đặt mục tiêu thu đạt 144 tỷ đồng trong năm 2021"),
    ],
)
def test_a_markdown_pages_setext_underline_is_not_its_headline(name, headline):
    # "Xuất khẩu gỗ phấn đấu 14 tỷ USD" ⏎ "===============================" ⏎ the teaser lead
    assert _external(name).title == headline


def test_a_page_reporting_a_document_without_its_number_is_described_by_that_document():
    # "more(HDDTVN) – Chính phủ vừa ban hành Chương trình hành động thực hiện Nghị quyết số 23-NQ/TW
    # ngày 22/3/2018 của Bộ Chính trị về …": the teaser lead, printed under the article.
    metadata = _external("cp_ctrinh_nq23_congnghiep_news_2020.md")
    assert (metadata.doc_type, metadata.issuer, metadata.number) == ("Chương trình", "Chính phủ", None)
    assert metadata.document_kind == "news_about_document"
    assert metadata.title.startswith("Chương trình hành động thực hiện Nghị quyết số 23-NQ/TW")
    assert metadata.title.endswith("tầm nhìn đến năm 2045")


def test_the_date_of_a_document_the_reported_one_implements_is_not_its_date():
    # "… thực hiện Nghị quyết số 23-NQ/TW ngày 22/3/2018 …": the page gives no date of its own.
    metadata = _external("cp_ctrinh_nq23_congnghiep_news_2020.md")
    assert (metadata.issue_date, metadata.published_date) == (None, None)


def test_a_news_page_is_dated_by_its_own_date_not_by_a_document_it_cites():
    text = (
        "Phát triển công nghiệp\n\nThực hiện Nghị quyết số 23-NQ/TW ngày 22/3/2018 của Bộ Chính trị, ngành công"
        " nghiệp đạt nhiều kết quả. Cập nhật 05/09/2020.\n"
    )
    assert extract_metadata(text).issue_date.isoformat() == "2020-09-05"


def test_a_programme_the_prime_minister_approved_is_reported_as_his_decision_named_by_the_programme():
    # "Thủ tướng Chính phủ vừa phê duyệt Chương trình … giai đoạn 2021-2025 với mục tiêu đến năm 2025 …"
    metadata = _external("ttg_ktth_htx_news_2020.md")
    assert (metadata.doc_type, metadata.issuer, metadata.province) == ("Quyết định", "Thủ tướng Chính phủ", None)
    assert metadata.title == "Chương trình hỗ trợ phát triển kinh tế tập thể, hợp tác xã giai đoạn 2021-2025"


def test_a_city_committee_reported_approving_a_programme_gives_the_city():
    # "UBND TPHCM đã phê duyệt Chương trình chuyển đổi số của TPHCM." in the lead
    metadata = _external("hcm_cds_haiquan_news_2020.md")
    assert (metadata.issuer, metadata.province) == ("UBND TPHCM", "Hồ Chí Minh")
    assert metadata.title == "Chương trình chuyển đổi số của TPHCM"


def test_a_decision_reported_signed_to_approve_a_scheme_is_that_decision_named_by_the_scheme():
    text = (
        "Phát triển cây dược liệu\n\nChủ tịch UBND tỉnh Nghệ An vừa ký Quyết định phê duyệt Đề án phát triển cây"
        " dược liệu giai đoạn 2026-2030, với mục tiêu đến năm 2030 đạt 5.000 ha.\n"
    )
    metadata = extract_metadata(text)
    assert (metadata.doc_type, metadata.issuer, metadata.province) == ("Quyết định", "UBND tỉnh Nghệ An", "Nghệ An")
    assert metadata.title == "Đề án phát triển cây dược liệu giai đoạn 2026-2030"


def test_a_document_reported_as_approved_by_a_body_in_the_passive_names_that_body():
    text = (
        "Du lịch xanh\n\nKế hoạch phát triển du lịch xanh tỉnh Lâm Đồng vừa được UBND tỉnh Lâm Đồng phê duyệt,"
        " với mục tiêu đến năm 2030 đón 10 triệu lượt khách.\n"
    )
    metadata = extract_metadata(text)
    assert (metadata.issuer, metadata.title) == ("UBND tỉnh Lâm Đồng", "Kế hoạch phát triển du lịch xanh tỉnh Lâm Đồng")


def test_a_reported_document_is_dated_by_the_date_opening_its_sentence():
    text = "Chuyển đổi số\n\nNgày 12/3/2026, UBND tỉnh Quảng Ninh đã ban hành Kế hoạch chuyển đổi số năm 2026.\n"
    metadata = extract_metadata(text)
    assert (metadata.doc_type, metadata.issue_date.isoformat()) == ("Kế hoạch", "2026-03-12")


def test_a_resolution_a_council_is_reported_to_have_adopted_is_that_resolution():
    text = (
        "Kỳ họp thứ 10\n\nHĐND tỉnh Lào Cai vừa thông qua Nghị quyết về phát triển nông nghiệp hàng hóa giai đoạn"
        " 2026-2030, với mục tiêu đến năm 2030 đạt 10.000 ha.\n"
    )
    metadata = extract_metadata(text)
    assert (metadata.doc_type, metadata.issuer, metadata.province) == ("Nghị quyết", "HĐND tỉnh Lào Cai", "Lào Cai")


def test_a_page_reporting_several_resolutions_of_a_session_stays_news(shared_docs):
    # "HĐND tỉnh đã thông qua Nghị quyết bổ sung …", "… HĐND tỉnh đã thông qua Nghị quyết Quy định mức hỗ
    # trợ …", "… kỳ họp cũng đã thông qua Nghị quyết phê duyệt …", all on one line of an HTML page.
    parsed = parse_path(shared_docs / "dno_dakrlap_hdnd_chinhsach_news_2019.html", ParseSettings(ocr="never"))
    metadata = extract_metadata(parsed.text, parsed.hints)
    assert (metadata.doc_type, metadata.document_kind) == ("Tin tức", "news")


def test_a_document_named_after_a_body_that_is_not_its_subject_is_not_reported():
    text = (
        "Hội nghị triển khai nhiệm vụ năm 2026\n\n"
        "Tại hội nghị, các đại biểu cho biết tỉnh đã ban hành Kế hoạch phát triển du lịch và đạt nhiều kết quả.\n"
    )
    assert extract_metadata(text).doc_type == "Tin tức"


@pytest.mark.parametrize(
    ("name", "body"),
    [
        # "Đó là con số được Sở Du lịch TPHCM đưa ra tại Hội nghị tổng kết …"
        ("hcm_dulich2021_news_2021.md", "Sở Du lịch TPHCM"),
        # "Ông …, Phó Tổng cục trưởng Tổng cục Lâm nghiệp (Bộ NN&PNT) cho biết, … toàn ngành đặt mục tiêu …"
        ("bnnptnt_lamsan_xuatkhau_news_2021.md", "Tổng cục Lâm nghiệp"),
    ],
)
def test_a_news_page_without_a_publisher_is_issued_by_the_body_that_announces_its_targets(name, body):
    metadata = _external(name)
    assert (metadata.doc_type, metadata.issuer) == ("Tin tức", body)


@pytest.mark.parametrize(
    ("name", "issuer"),
    [
        # "Bộ trưởng Bộ KH&ĐT Nguyễn Chí Dũng cho biết, ước thực hiện 12 chỉ tiêu chủ yếu …": the minister's name
        # stands between his ministry and the verb; the ministry by its official name.
        ("bkhdt_tangtruong2020_news_2020.md", "Bộ Kế hoạch và Đầu tư"),
        # Headline "Hải quan Lạng Sơn: Đặt mục tiêu thu vượt …": the body before the colon sets the goals.
        ("ls_haiquan_thungansach2021_news_2021.md", "Cục Hải quan tỉnh Lạng Sơn"),
        # Headline "VNPT với mục tiêu tiên phong …": the group by its official name, not its initials.
        ("vnpt_chuyendoiso_tangtruong_news_2020.md", "Tập đoàn Bưu chính Viễn thông Việt Nam"),
    ],
)
def test_a_news_pages_issuer_is_the_official_name_of_the_body_that_sets_its_goals(name, issuer):
    assert _external(name).issuer == issuer


def test_a_body_named_without_announcing_anything_does_not_issue_a_news_page():
    text = "Du lịch phục hồi\n\nNăm 2021, Sở Du lịch TPHCM tổ chức nhiều hoạt động, mục tiêu thu hút khách.\n"
    assert extract_metadata(text).issuer is None


# --------------------------------------------------------------------------- properties tables


def test_a_transcription_identified_by_its_properties_table_is_that_text():
    # "## ĐỊNH DANH VĂN BẢN" ⏎ "| Số văn bản | 26-NQ/TU |" "| Cơ quan ban hành | Tỉnh ủy Lào Cai (Ban Chấp hành
    # Đảng bộ tỉnh) |" "| Ngày ban hành | 05/12/2025 |" "| Trích yếu | Về nhiệm vụ chính trị năm 2026 |"
    metadata = _external("lc_nq26tu_nhiemvu2026_2025.md")
    assert (metadata.number, metadata.doc_type, metadata.issuer, metadata.province) == (
        "26-NQ/TU", "Nghị quyết", "Tỉnh ủy Lào Cai", "Lào Cai"
    )
    assert metadata.issue_date.isoformat() == "2025-12-05"
    assert metadata.title == "Nghị quyết về nhiệm vụ chính trị năm 2026"
    assert metadata.document_kind == "resolution"


def test_a_legal_sites_properties_table_fills_what_a_copy_lost_with_its_header(shared_docs):
    # thuvienphapluat.vn's "**Số hiệu:** ⏎ | ⏎ 2530/QĐ-TTg …" table above a copy whose "Số:" and
    # place-date lines are gone, and its annexes' captions with them.
    text = (shared_docs / "cp_qd2530_khongkhi_2025.md").read_text(encoding="utf-8")
    for printed in ("Số: 2530/QĐ-TTg", "*Hà Nội, ngày 19\ntháng 11 năm 2025*", "Kèm theo Quyết định số 2530/QĐ-TTg"):
        text = text.replace(printed, "")
    metadata = extract_metadata(text)
    assert (metadata.number, metadata.doc_type) == ("2530/QĐ-TTg", "Quyết định")
    assert metadata.issue_date.isoformat() == "2025-11-19"


def test_a_properties_list_without_a_subject_is_titled_by_the_heading_that_names_the_text():
    text = (
        "# Nghị quyết 26-NQ/TU về nhiệm vụ chính trị năm 2026\n\n- **Số văn bản:** 26-NQ/TU\n"
        "- **Cơ quan ban hành:** Tỉnh ủy Lào Cai\n- **Ngày ban hành:** 05/12/2025\n\nI. ĐÁNH GIÁ\n"
    )
    metadata = extract_metadata(text)
    assert (metadata.issuer, metadata.issue_date.isoformat()) == ("Tỉnh ủy Lào Cai", "2025-12-05")
    assert metadata.title == "Nghị quyết nhiệm vụ chính trị năm 2026"


def test_a_value_the_site_hides_is_not_read():
    text = "**Số hiệu:**\n|\n12/KH-UBND\n|\n**Nơi ban hành:**\n|\nTỉnh Nghệ An\n|\n**Ngày ban hành:**\n|\nĐã biết\n|\n"
    metadata = extract_metadata(text)
    assert (metadata.number, metadata.issue_date) == ("12/KH-UBND", None)


def test_the_gazettes_e_signature_does_not_number_or_date_a_copy_that_lost_its_own():
    # The PDF is signed "CÔNG BÁO NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" (VĂN PHÒNG CHÍNH PHỦ, 2026-04-22)
    # and its first line "CÔNG BÁO/Số 242/…" gives the signature hints "242/N".
    parsed = parsed_blind_document("cp_nq100_phichinhphu_2026.pdf")
    text = parsed.text.replace("Số: 100/NQ-CP", "").replace("Hà Nội, ngày", "Hà Nội,")
    metadata = extract_metadata(text, parsed.hints)
    # (its annex caption names it instead: "kèm theo Nghị quyết số 100/NQ-CP ngày 06 tháng 4 năm 2026")
    assert (metadata.number, metadata.issue_date.isoformat()) == ("100/NQ-CP", "2026-04-06")


# --------------------------------------------------------------------------- letterheads of other issuers
_REPUBLIC = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"


def test_a_party_standing_committee_under_its_provincial_party_organisation_issues_its_programme():
    text = (
        "ĐẢNG BỘ TỈNH THANH HÓA\nBAN THƯỜNG VỤ TỈNH ỦY\n*\nSố 12-CTr/TU\nThanh Hóa, ngày 20 tháng 1 năm 2026\n\n"
        "CHƯƠNG TRÌNH HÀNH ĐỘNG\nthực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị\n\nI. MỤC TIÊU\n"
    )
    metadata = extract_metadata(text)
    assert (metadata.issuer, metadata.province) == ("Ban Thường vụ Tỉnh ủy Thanh Hóa", "Thanh Hóa")


def test_a_heading_naming_the_kind_of_document_is_continued_by_the_sentence_case_title_under_it():
    # "CHƯƠNG TRÌNH HÀNH ĐỘNG" ⏎ "thực hiện Nghị quyết số 57-NQ/TW …"
    text = (
        "ĐẢNG BỘ TỈNH THANH HÓA\nBAN THƯỜNG VỤ TỈNH ỦY\n*\nSố 12-CTr/TU\nThanh Hóa, ngày 20 tháng 1 năm 2026\n\n"
        "CHƯƠNG TRÌNH HÀNH ĐỘNG\nthực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị\n\nI. MỤC TIÊU\n"
    )
    assert extract_metadata(text).title == "Chương trình hành động thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị"


def test_a_ministrys_department_under_its_name_in_a_pdf_letterhead_issues_the_plan():
    # The two columns of a PDF letterhead interleaved, as pdftotext prints bct_cv1178's.
    text = (
        "BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nCỤC TRỒNG TRỌT VÀ\nBẢO VỆ THỰC VẬT\n\n"
        "Độc lập - Tự do - Hạnh phúc\n\nSố: 77/KH-TTBVTV\n\nHà Nội, ngày 2 tháng 3 năm 2026\n\n"
        "KẾ HOẠCH\nSản xuất vụ Đông Xuân năm 2026\n\nI. MỤC TIÊU\n"
    )
    metadata = extract_metadata(text)
    assert (metadata.issuer, metadata.province) == ("Cục Trồng trọt và Bảo vệ thực vật", None)


def test_a_provincial_steering_committee_under_its_committees_name_issues_the_plan():
    text = (
        "UBND TỈNH QUẢNG NGÃI\nBAN CHỈ ĐẠO CHUYỂN ĐỔI SỐ\n" + _REPUBLIC + "Số: 15/KH-BCĐ\n"
        "Quảng Ngãi, ngày 10 tháng 3 năm 2026\n\nKẾ HOẠCH\nHoạt động của Ban Chỉ đạo chuyển đổi số tỉnh năm 2026\n"
    )
    metadata = extract_metadata(text)
    assert (metadata.issuer, metadata.province) == ("Ban Chỉ đạo chuyển đổi số tỉnh Quảng Ngãi", "Quảng Ngãi")


@pytest.mark.parametrize(
    ("letterhead", "issuer", "province"),
    [
        ("ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM\nTỈNH BÌNH ĐỊNH\n", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Bình Định", "Bình Định"),
        ("LIÊN ĐOÀN LAO ĐỘNG\nTỈNH NGHỆ AN\n", "Liên đoàn Lao động tỉnh Nghệ An", "Nghệ An"),
    ],
)
def test_a_mass_organisations_provincial_committee_issues_its_plan(letterhead, issuer, province):
    text = letterhead + _REPUBLIC + "Số: 45/KH-MTTQ-BTT\nQuy Nhơn, ngày 5 tháng 2 năm 2026\n\nKẾ HOẠCH\nGiám sát năm 2026\n"
    metadata = extract_metadata(text)
    assert (metadata.issuer, metadata.province) == (issuer, province)


# --------------------------------------------------------------------------- held-out batch b7


def test_a_dateline_lead_reports_the_document_its_subject_issues_without_vua():
    # "more(HDDTVN) – Chính phủ ban hành Chương trình hành động của Chính phủ thực hiện Nghị quyết số
    # 55-NQ/TW …", printed as a teaser under the article.
    metadata = _external("cp_ctrinh_nq55_nangluong_news_2020.md")
    assert (metadata.doc_type, metadata.issuer, metadata.document_kind) == ("Chương trình", "Chính phủ", "news_about_document")
    assert metadata.title.startswith("Chương trình hành động của Chính phủ thực hiện Nghị quyết số 55-NQ/TW")


def test_a_council_that_debates_and_adopts_a_resolution_issues_it_for_the_city_the_page_is_about():
    # "Chiều 7/12, HĐND TP đã thảo luận và thông qua Nghị quyết về tình hình …" on a page about Hà Nội.
    metadata = _external("hn_nq_ktxh2021_news_2020.md")
    assert (metadata.doc_type, metadata.issuer, metadata.province) == ("Nghị quyết", "HĐND thành phố Hà Nội", "Hà Nội")
    assert metadata.title.startswith("Nghị quyết về tình hình thực hiện nhiệm vụ kinh tế")


def test_a_reported_plans_date_and_title_come_from_a_teaser_lead_below_the_opening():
    # The interview cites "Kế hoạch số 205/KH-UBND." bare; "Ngày 28/10/2020, UBND TP Hà Nội đã ban hành
    # Kế hoạch số 205/KH-UBND về việc …" is printed under the article.
    metadata = _external("hn_kh205_haiquan_news_2020.md")
    assert (metadata.number, metadata.issue_date.isoformat()) == ("205/KH-UBND", "2020-10-28")
    assert metadata.title.startswith("Kế hoạch hỗ trợ doanh nghiệp thực hiện thủ tục hải quan")


def test_a_plan_without_its_header_is_issued_by_the_subject_of_its_preambles_last_clause():
    # "Căn cứ …; Sở Thông tin và Truyền thông ban hành Kế hoạch nâng cao … đến năm 2025, với những nội
    # dung sau": not the Party resolution the preamble cites (09/NQ-TU).
    metadata = _external("dno_kh_stttt_mangdidong_2024.pdf")
    assert (metadata.number, metadata.doc_type) == (None, "Kế hoạch")
    assert metadata.issuer == "Sở Thông tin và Truyền thông tỉnh Đắk Nông"
    assert metadata.title == "Kế hoạch nâng cao chất lượng mạng viễn thông di động tỉnh Đắk Nông đến năm 2025"


def test_a_party_congress_adopting_its_targets_issues_the_resolution_the_page_reports():
    # "Đại hội đại biểu Đảng bộ TPHCM thông qua 26 chỉ tiêu …"; the ordinal is written in the teaser.
    metadata = _external("hcm_dhdb11_grdp_news_2020.md")
    assert (metadata.doc_type, metadata.province) == ("Nghị quyết", "Hồ Chí Minh")
    assert metadata.issuer == "Đại hội đại biểu Đảng bộ thành phố Hồ Chí Minh lần thứ XI"


@pytest.mark.parametrize(
    ("name", "issuer"),
    [
        # "more(HDDTVN) – Phó Chủ tịch UBND TP Hải Phòng Lê Khắc Nam giao Sở Tài chính …"
        ("hp_chidao_phi_xnk_news_2020.md", "UBND TP Hải Phòng"),
        # "more(HDDTVN) – Năm 2021, Thủ tướng mong muốn toàn ngành nông nghiệp …"
        ("bnnptnt_kh2021_nongsan_news_2020.md", "Thủ tướng Chính phủ"),
    ],
)
def test_a_leaders_directive_reported_in_a_lead_is_issued_by_the_leaders_office(name, issuer):
    assert _external(name).issuer == issuer


def test_a_lead_opening_on_the_document_that_sets_the_targets_names_it():
    # "Dự thảo Chiến lược phát triển kinh tế – xã hội 10 năm 2021-2030 đề ra các mục tiêu cơ bản …"
    metadata = _external("vn_chienluoc_ktxh2021_2030_news_2020.md")
    assert (metadata.doc_type, metadata.document_kind) == ("Chiến lược", "news_about_document")
    assert metadata.title == "Dự thảo Chiến lược phát triển kinh tế – xã hội 10 năm 2021-2030"


def test_a_numbered_document_in_a_dateline_teaser_below_the_article_is_the_one_reported():
    # hongquantq92/hddtvn "chinh-phu-dat-ra-17-muc-tieu-…": the article quotes the goals; the teaser
    # under it names the resolution.
    text = (
        "Chính phủ đặt ra 17 mục tiêu phát triển bền vững đến năm 2030\n"
        "=============================================================\n\n"
        + "Mục tiêu phát triển bền vững được lồng ghép vào các chiến lược ngành. " * 60
        + "\n\nmore(HDDTVN) – Chính phủ ban hành Nghị quyết 136/NQ-CP về phát triển bền vững, trong đó nêu rõ 17 mục "
        "tiêu phát triển bền vững đến năm 2030 của Việt Nam.\n"
    )
    metadata = extract_metadata(text)
    assert (metadata.number, metadata.doc_type, metadata.issuer) == ("136/NQ-CP", "Nghị quyết", "Chính phủ")
    assert metadata.title == "Nghị quyết phát triển bền vững"  # not ", trong đó nêu rõ …"


def test_a_cut_off_date_of_the_storys_figures_is_not_the_pages_date():
    # "tính đến ngày 10/12/2020, số thu NSNN tại đơn vị đạt …": a bound of the figures, not a dateline.
    text = (
        "Cục Hải quan Thanh Hóa: Hướng đến mục tiêu giao thêm 10.200 tỷ đồng\n\n"
        "Theo Cục Hải quan Thanh Hóa, tính đến ngày 10/12/2020, số thu NSNN tại đơn vị đạt hơn 12.000 tỷ đồng.\n"
    )
    assert extract_metadata(text).issue_date is None


@pytest.mark.parametrize(
    ("name", "title"),
    [
        ("bct_6vieclon_xuatkhau_news_2019.md", "6 việc lớn Bộ Công Thương tập trung làm trong năm 2019"),
        ("tchq_3cuchaiquan_chitieuthu2018_news_2018.md", "3 Cục Hải quan phải điều chỉnh tăng chỉ tiêu thu ngân sách"),
    ],
)
def test_a_headline_may_open_on_a_count(name, title):
    assert _external(name).title == title


def test_a_headline_is_not_a_date_or_a_list_number():
    page = ("12/03/2021 08:15\n\n2. Các Sở, ngành có liên quan\n\n"
            "Hải quan Hà Nội: Phấn đấu vượt 5% chỉ tiêu thu ngân sách\n\n" + "Nội dung bài viết dài. " * 12 + "\n")
    assert extract_metadata(page).title == "Hải quan Hà Nội: Phấn đấu vượt 5% chỉ tiêu thu ngân sách"


@pytest.mark.parametrize(
    "name",
    [
        "bct_6vieclon_xuatkhau_news_2019.md",  # "Ảnh: Thái Bình": a photographer, not the province
        "tchq_3cuchaiquan_chitieuthu2018_news_2018.md",  # three provinces' customs departments
        "ttg_ptt_xuatkhaulamsan_news_2020.md",  # the Deputy Prime Minister's conference held in Nghệ An
    ],
)
def test_a_national_page_that_names_provinces_in_passing_has_no_province(name):
    assert _external(name).province is None


def test_a_national_bodys_page_about_a_provinces_department_has_that_province():
    assert _external("hn_haiquan_thunsnn2021_news_2021.md").province == "Hà Nội"


def test_an_explainer_headline_asking_two_questions_titles_the_document_of_the_first():
    page = ("# Toàn văn Kế hoạch 01-KH/BCĐTW triển khai Phong trào 'Bình dân học vụ số'? Tải về Kế hoạch 01-KH/BCĐTW ở đâu?\n\n"
            "Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số đã có "
            "Kế hoạch 01-KH/BCĐTW năm 2025 triển khai Phong trào \"Bình dân học vụ số\".\n\n"
            + "Theo đó, mục đích và yêu cầu triển khai Phong trào như sau. " * 6 + "\n")
    metadata = extract_metadata(page)
    assert metadata.number == "01-KH/BCĐTW"
    assert metadata.title == "Kế hoạch triển khai Phong trào 'Bình dân học vụ số'"
    # the headline cites the plan bare; the lead names the body that issued it
    assert metadata.issuer == "Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số"


def test_an_annex_published_alone_belongs_to_the_document_its_caption_names():
    text = ("\nPHỤ LỤC I\n\nDANH MỤC CÁC CHỈ TIÊU CỤ THỂ\n\n(Kèm theo Chương trình hành động tại Nghị quyết số /NQ-CP "
            "ngày 01 tháng 01 năm 2025 của Chính phủ)\n\n\n| TT | Chỉ tiêu | Đơn vị | Kết quả |\n| --- | --- | --- | --- |\n"
            "| 1 | Tỷ lệ doanh nghiệp có hoạt động đổi mới sáng tạo | % | > 40 |\n")
    metadata = extract_metadata(text)
    assert (metadata.doc_type, metadata.number, metadata.issuer, str(metadata.issue_date)) == (
        "Nghị quyết", None, "Chính phủ", "2025-01-01")  # the number is blank before signature
    assert metadata.title.startswith("Danh mục các chỉ tiêu cụ thể (Kèm theo Chương trình hành động")


def test_a_table_row_is_no_headline():
    page = ("Hải quan Hà Nội phấn đấu thu ngân sách vượt dự toán\n\n| TT | Chỉ tiêu | Đơn vị | Kết quả |\n"
            "| 1 | " + "Thu ngân sách nhà nước trên địa bàn của đơn vị theo dự toán được giao, " * 3 + "| tỷ đồng | 22.300 |\n")
    assert extract_metadata(page).title == "Hải quan Hà Nội phấn đấu thu ngân sách vượt dự toán"


def test_a_line_the_next_line_continues_in_lower_case_is_not_the_headline():
    # dno_krongno: the page cut its lead ("… bảo hiểm x" ⏎ "ại biểu Thạch Phước Bình …"); once the article keeps its
    # paragraphs, the cut lead is a short line before the first long paragraph, but it starts that paragraph.
    text = ("Kinh tế Đô thị\n30/07/2019\n\nThực hiện đồng bộ các giải pháp tăng tỷ lệ tham gia BHXH tự nguyện\n\n"
            "Phó Thủ tướng Vương Đình Huệ vừa trả lời chất vấn của đại biểu quốc hội về các giải pháp khuyến khích, "
            "thu hút người dân tham gia bảo hiểm x\nại biểu Thạch Phước Bình (Đoàn đại biểu Quốc hội tỉnh Trà Vinh) chất "
            "vấn Phó Thủ tướng Chính phủ: " + "Trong những năm qua, tỷ lệ người dân tham gia tăng hàng năm. " * 5 + "\n")
    assert extract_metadata(text).title == "Thực hiện đồng bộ các giải pháp tăng tỷ lệ tham gia BHXH tự nguyện"


def test_a_page_reports_the_new_unnumbered_document_not_the_one_it_implements():
    from tests.test_agencies_news_and_letters import PROVINCIAL_DIRECTIVE_NEWS

    meta = extract_metadata(PROVINCIAL_DIRECTIVE_NEWS, {"sitename": "Trang thông tin điện tử Huyện Đắk R'Lấp - Tỉnh ĐắkNông"})
    assert (meta.doc_type, meta.number, meta.issuer, meta.province) == ("Chỉ thị", None, "Ủy ban nhân dân tỉnh Đắk Nông", "Đắk Nông")
    # "Chỉ thị yêu cầu các Sở …" says what it asks: the headline names it
    assert meta.title == "Chỉ thị về xây dựng kế hoạch phát triển kinh tế - xã hội và kế hoạch đầu tư công năm 2020"


def test_a_news_leads_subject_after_its_agency_tag_time_and_place_issues_the_page():
    # bcdtw_phien1 (b13-lead): "NDO - Chiều 20/1, tại Trụ sở Trung ương Đảng, Ban Chỉ đạo Trung ương … đã họp"
    page = ("Phiên họp thứ nhất Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số\n"
            "NDO - Chiều 20/1, tại Trụ sở Trung ương Đảng, Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới "
            "sáng tạo và chuyển đổi số (Ban Chỉ đạo) đã họp Phiên thứ nhất. Tổng Bí thư Tô Lâm chủ trì Phiên họp.\n"
            "Thứ hai, ngày 20/01/2025 - 19:33\n\n" + "Tại Phiên họp, các đại biểu đã nghe báo cáo về chương trình công tác. " * 4 + "\n")
    assert extract_metadata(page).issuer == (
        "Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số"
    )
    # a committee the lead names without its province is the page's province's ("(BĐ) - UBND tỉnh vừa ban hành …")
    page = ("Chấn chỉnh tình trạng bạo lực học đường\n(BĐ) - UBND tỉnh vừa ban hành văn bản truyền đạt ý kiến chỉ đạo của "
            "Chủ tịch UBND tỉnh Bình Định liên quan đến các vụ việc nữ sinh bị đánh. " * 2 + "\n")
    assert extract_metadata(page).issuer == "UBND tỉnh Bình Định"


def test_a_headline_that_opens_on_a_body_and_its_verb_issues_the_page():
    # th_haiquan (b13-lead), qn_haiquan (b8): a customs department named in its own press, "Hải quan Thanh Hóa", is
    # the provincial department, in full.
    page = ("Hải quan Thanh Hóa quyết tâm thực hiện chỉ tiêu thu ngân sách 10.500 tỷ đồng\n"
            "============================================================================\n\n"
            "Điểm lại năm 2020, mặc dù là một năm khó khăn đối với công tác thu ngân sách do ảnh hưởng của dịch Covid-19. "
            "Tuy nhiên, số thu năm 2020 đạt 10.679 tỷ đồng. " * 2 + "\n")
    assert extract_metadata(page).issuer == "Cục Hải quan tỉnh Thanh Hóa"


def test_a_notice_numbered_only_by_its_page_url_takes_its_issuer_from_the_number():
    # vpcp_tb655 (b9c): the conversion starts at "THÔNG BÁO"; the number is in the URL, "…-655-TB-VPCP-…", and its
    # codes name the issuer; the notice is about the one province its title names.
    text = ("**THÔNG BÁO**\n\nKẾT\nLUẬN CỦA PHÓ THỦ TƯỚNG CHÍNH PHỦ BÙI THANH SƠN TẠI BUỔI LÀM VIỆC VỚI LÃNH ĐẠO TỈNH\n"
            "SƠN LA\n\nNgày 18 tháng 11 năm 2025, Phó Thủ tướng Chính phủ Bùi Thanh Sơn đã chủ trì buổi làm việc với lãnh "
            "đạo tỉnh Sơn La.\n\nVăn phòng Chính phủ thông báo để Ủy ban nhân dân tỉnh Sơn La biết, thực hiện./.\n")
    url = ("https://thuvienphapluat.vn/van-ban/Bo-may-hanh-chinh/Thong-bao-655-TB-VPCP-2025-ket-luan-tai-buoi-lam-viec-"
           "voi-lanh-dao-tinh-Son-La-682578.aspx")
    meta = extract_metadata(text, {"source_url": url})
    assert (meta.number, meta.issuer, meta.province) == ("655/TB-VPCP", "Văn phòng Chính phủ", "Sơn La")


def test_a_page_without_a_date_of_its_own_takes_the_day_its_teaser_gives():
    # lc_haiquan_thungansach2021 (b8): the only full date is in the site's teaser under the byline.
    page = ("Hải quan Lào Cai cần nỗ lực hoàn thành chỉ tiêu thu ngân sách 1.735 tỷ đồng\n"
            "========================================================================\n\n"
            + "Phó Tổng cục trưởng Lưu Mạnh Tưởng ghi nhận kết quả của đơn vị trong năm 2020. " * 40 + "\n\n**Ngọc Linh**\n\n"
            "more(HDDTVN) – Đây là một trong những chỉ đạo của Phó Tổng cục trưởng tại Hội nghị tổng kết công tác năm 2020 "
            "của Cục Hải quan Lào Cai ngày 15/1/2021.\n")
    assert str(extract_metadata(page).issue_date) == "2021-01-15"


def test_the_ends_of_an_anniversarys_span_are_not_the_pages_date():
    # bd_ctubnd_dulich (Báo Bình Định): "kỷ niệm 50 năm Ngày giải phóng Bình Định (31.3.1975 - 31.3.2025)".
    text = ("“Cháy” vé máy bay về Bình Định\nVới sự kiện kỷ niệm 50 năm Ngày giải phóng Bình Định (31.3.1975 - "
            "31.3.2025), Chủ tịch UBND tỉnh Bình Định cho biết, tuần sau tỉnh này sẽ tổ chức nhiều hoạt động.\n"
            "Ngày 24/3/2025, tỉnh tổ chức họp báo.\n")
    assert extract_metadata(text).issue_date == date(2025, 3, 24)
    assert _external("bd_ctubnd_dulich_news_2025.txt").issue_date != date(1975, 3, 31)


def test_a_department_of_tp_hcm_is_named_at_the_citys_level():
    # hcm_haiquan pages (b10c): "Cục Hải quan TP.HCM" is the department of a city under central rule, by its name.
    text = ("Cục Hải quan TP.HCM phấn đấu thu ngân sách 140.000 tỷ đồng\n=====================\n\n"
            "Năm 2021, Cục Hải quan TP.HCM đặt mục tiêu thu ngân sách đạt 140.000 tỷ đồng.\n")
    assert extract_metadata(text).issuer == "Cục Hải quan thành phố Hồ Chí Minh"


def test_an_explainer_headline_may_write_the_documents_type_in_lower_case():
    # bct_qd2269 (b15h, thuvienphapluat): the headline cites "quyết định 2269", the body "Quyết định 2269/QĐ-BCT".
    page = ("# Mục tiêu của Chương trình phát triển thị trường trong nước tại quyết định 2269 Bộ Công Thương ra sao?\n\n"
            "Tại Mục I Điều 1 Quyết định 2269/QĐ-BCT 2025 Bộ Công Thương có nêu ra 06 quan điểm chỉ đạo chương trình phát "
            "triển thị trường trong nước.\n\n" + "Theo đó, mục tiêu của chương trình như sau. " * 6 + "\n")
    metadata = extract_metadata(page)
    assert (metadata.doc_type, metadata.number, metadata.issuer) == ("Quyết định", "2269/QĐ-BCT", "Bộ Công Thương")


def test_a_photo_caption_under_the_headline_is_not_the_headline():
    # tw_tbt_sapxepdvhc, hcm_duongsatdothi (b16): "# headline" ⏎ "### Nội dung chính" ⏎ the photo's caption ⏎ the lead.
    lead = "Chiều 28/3, tại thành phố Đà Nẵng, Tổng Bí thư Tô Lâm đã gặp mặt các đồng chí lão thành cách mạng. " * 3
    for caption in ("Tổng Bí thư Tô Lâm với các đại biểu Ảnh: TTXVN", "Chủ tịch UBND TPHCM phát biểu. (Ảnh: SGGP)"):
        page = f"# Tổng Bí thư Tô Lâm: Dự kiến sắp xếp đơn vị hành chính còn 34 tỉnh\n\n### Nội dung chính\n\n{caption}\n\n{lead}\n"
        assert extract_metadata(page).title == "Tổng Bí thư Tô Lâm: Dự kiến sắp xếp đơn vị hành chính còn 34 tỉnh"


def test_the_head_of_a_body_before_a_headlines_colon_speaks_for_the_body():
    # hcm_duongsatdothi (b16): "Chủ tịch UBND TPHCM: Quy hoạch bổ sung mạng lưới đường sắt đô thị".
    page = ("# Chủ tịch UBND TPHCM: Quy hoạch bổ sung mạng lưới đường sắt đô thị\n\n"
            "Phát biểu tại phiên họp, Chủ tịch UBND TPHCM Nguyễn Văn Được cho biết, trong bối cảnh TPHCM mở rộng địa "
            "giới hành chính, nhu cầu phát triển hệ thống đường sắt đô thị ngày càng cấp thiết. Thành phố cần quy hoạch "
            "lại, nối dài các tuyến Metro.\n")
    assert extract_metadata(page).issuer == "Ủy ban nhân dân thành phố Hồ Chí Minh"


def test_a_markdown_pages_first_level_heading_is_its_headline_over_a_bold_sub_heading():
    # nhnn_nq33_tindungnoxh (b16e): "# headline" ⏎ "### Nội dung chính" ⏎ a caption ⏎ "**sub-heading**" ⏎ the lead.
    page = ("# Ngân hàng Nhà nước triển khai quyết liệt tín dụng cho nhà ở xã hội\n\n### Nội dung chính\n\n"
            "Phó Thống đốc Phạm Thanh Hà phát biểu tại hội nghị\n\n"
            "**Ưu tiên vốn tín dụng, triển khai đồng bộ theo Nghị quyết 33**\n\n"
            + "Ngay từ khi triển khai chương trình tín dụng, NHNN đã phối hợp chặt chẽ với các Bộ, ngành và địa phương. " * 3 + "\n")
    assert extract_metadata(page).title == "Ngân hàng Nhà nước triển khai quyết liệt tín dụng cho nhà ở xã hội"


def test_a_party_resolution_is_issued_by_the_plenum_named_after_its_title():
    # tw_nq36_kinhtebien (b16d): "Nghị quyết 36-NQ/TW, ngày 22/10/2018 về …, Hội nghị lần thứ tám, Ban Chấp hành Trung
    # ương Đảng khóa XII xác định …".
    page = ("# Trong Nghị quyết 36-NQ/TW về chiến lược phát triển bền vững kinh tế biển xác định ba khâu đột phá là gì?\n\n"
            "Trong tiểu mục 2 Mục III Nghị quyết 36-NQ/TW năm 2018 về chiến lược phát triển bền vững kinh tế biển Việt Nam "
            "đến năm 2030, tầm nhìn đến năm 2045, Hội nghị lần thứ tám, Ban Chấp hành Trung ương Đảng khóa XII xác định ba "
            "khâu đột phá như sau.\n")
    metadata = extract_metadata(page)
    assert (metadata.number, metadata.issuer) == ("36-NQ/TW", "Ban Chấp hành Trung ương")


def test_an_explainer_is_about_the_document_whose_provision_it_quotes():
    # ttg_qd1188 (b16j): "… được quy định tại Điều 1 Quyết định 1188/QĐ-TTg năm 2024 như sau:".
    page = ("## Dự án mở rộng, nâng cấp Cảng hàng không Cà Mau ở đâu? Mục tiêu dự án là gì?\n\n"
            "Dự án mở rộng, nâng cấp Cảng hàng không Cà Mau ở đâu? Mục tiêu dự án là gì? được quy định tại Điều 1 "
            "Quyết định 1188/QĐ-TTg năm 2024 như sau:\n\n"
            "Điều 1. Chấp thuận chủ trương đầu tư, đồng thời chấp thuận nhà đầu tư với nội dung như sau: " * 2 + "\n")
    metadata = extract_metadata(page)
    assert (metadata.number, metadata.doc_type, metadata.issuer) == ("1188/QĐ-TTg", "Quyết định", "Thủ tướng Chính phủ")


def test_a_page_named_after_a_document_it_prints_without_its_heading_is_that_document():
    # tw_kl127 (b16i): the page opens on the body ("Tại phiên họp ngày 28/2/2025, … (Công văn số 8011-CV/BTCTW, …),
    # Bộ Chính trị, Ban Bí thư có ý kiến như sau:"), a paragraph, not a headline; its address names the conclusion.
    text = ("Tại phiên họp ngày 28/2/2025, sau khi nghe Ban Tổ chức Trung ương báo cáo về các nội dung, nhiệm vụ và tiến độ "
            "thời gian triển khai nghiên cứu, đề xuất tiếp tục sắp xếp tổ chức bộ máy của hệ thống chính trị theo chỉ đạo, "
            "kết luận của Trung ương, Bộ Chính trị (Công văn số 8011-CV/BTCTW, ngày 27/02/2025), Bộ Chính trị, Ban Bí thư "
            "có ý kiến như sau:\n\n1. Bảo đảm các nguyên tắc, mục tiêu, yêu cầu theo các kết luận.\n\n"
            "## INFOGRAPHICS: Một số nội dung quan trọng tại Kết luận số 127-KL/TW của Bộ Chính trị, Ban Bí thư\n")
    url = "https://xaydungchinhsach.chinhphu.vn/ket-luan-127-kl-tw-cua-bo-chinh-tri-ban-bi-thu-ve-trien-khai-119250301121550752.htm"
    metadata = extract_metadata(text, {"source_url": url})
    assert (metadata.number, metadata.doc_type, metadata.issuer) == ("127-KL/TW", "Kết luận", "Bộ Chính trị")
    # without the address the page reports no document: the letter cited in passing is not it
    assert extract_metadata(text).number is None
