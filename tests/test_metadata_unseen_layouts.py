"""Metadata of layouts the rules were first written without: a Word letterhead that puts the
committee and its department on one line, a title that opens on "Thực hiện" and wraps over two
paragraphs, a bracketed remark under the title, a council's board that signs its own report.
The documents live in data/external (python scripts/get_external_docs.py
corpus/gold-blind/sources-*.yaml); the tests skip where they are absent."""

from pathlib import Path

from blind_documents import parsed_blind_document
from extractors.metadata import extract_metadata

REPO = Path(__file__).resolve().parents[1]


def _external(name: str):
    parsed = parsed_blind_document(name)
    return extract_metadata(parsed.text, parsed.hints)


def test_a_department_on_its_committees_letterhead_line_issues_the_plan():
    # "UBND TỈNH LÀO CAI SỞ CÔNG THƯƠNG Số: /KH-SCT" on one line of a .docx letterhead.
    metadata = _external("lc_kh_sct_dean08_congnghiep_2026.docx")
    assert (metadata.issuer, metadata.province) == ("Sở Công Thương tỉnh Lào Cai", "Lào Cai")


def test_a_title_opening_on_thuc_hien_and_wrapped_over_two_paragraphs_is_read_whole():
    metadata = _external("lc_kh_sct_dean08_congnghiep_2026.docx")
    assert metadata.title == (
        "Kế hoạch thực hiện Đề án số 08 về phát triển công nghiệp tỉnh Lào Cai theo hướng xanh, hiện đại giai đoạn 2026-2030"
    )


def test_a_preamble_opening_on_thuc_hien_is_not_a_title():
    # "Thực hiện Quyết định số 1850/QĐ-TTg …;" under a title in capitals stays out of it.
    metadata = _external("hcm_kh172_luatvieclam_2025.md")
    assert metadata.title == "Kế hoạch triển khai thi hành luật việc làm trên địa bàn thành phố Hồ Chí Minh"


def test_the_provision_a_resolution_implements_bracketed_under_its_title_is_part_of_it():
    metadata = _external("hn_nq57_vungphatthaithap_2025.md")
    assert metadata.title == (
        "Nghị quyết quy định thực hiện vùng phát thải thấp trên địa bàn thành phố Hà Nội"
        " (thực hiện điểm a khoản 2 Điều 28 Luật Thủ đô số 39/2024/QH15)"
    )


def test_a_bracketed_issue_record_under_a_decisions_title_is_not_part_of_it():
    # "(cấp lần đầu: ngày 16 tháng 7 năm 2026)": the decision is titled by the object of Điều 1 instead.
    metadata = _external("lc_qd2463_ctdt_kcn_volao_2026.pdf")
    assert "cấp lần đầu" not in metadata.title
    assert metadata.title.endswith("Khu công nghiệp Võ Lao, xã Võ Lao, tỉnh Lào Cai")


def test_a_councils_board_signing_on_its_own_behalf_issues_its_review_report():
    # Letterhead "HỘI ĐỒNG NHÂN DÂN TỈNH VĨNH LONG", signature "TM. BAN PHÁP CHẾ / TRƯỞNG BAN".
    metadata = _external("vl_bc251_thamtra_nhanluc_2026.pdf")
    assert (metadata.issuer, metadata.province) == ("Ban Pháp chế HĐND tỉnh Vĩnh Long", "Vĩnh Long")


# --------------------------------------------------------------------------- the page URL, a fallback


def _manifest_url(file: str) -> str:
    from pipeline.evaluate.scoring import load_gold

    gold = next(doc for doc in load_gold(REPO / "corpus" / "gold-blind") if doc.file == file)
    assert gold.source_url, "the provenance manifest records the page URL"
    return gold.source_url


def _external_from(name: str, url: str):
    parsed = parsed_blind_document(name)
    return extract_metadata(parsed.text, {**parsed.hints, "source_url": url})


def test_a_copy_that_starts_at_its_title_takes_its_number_from_the_page_url():
    url = _manifest_url("docs/qh_nq192_ktxh2025_2025.md")  # …/nghi-quyet-192-2025-qh15-bo-sung-…
    metadata = _external_from("qh_nq192_ktxh2025_2025.md", url)
    assert (metadata.number, metadata.issuer) == ("192/2025/QH15", "Quốc hội")
    assert metadata.title.startswith("Nghị quyết về bổ sung Kế hoạch phát triển kinh tế - xã hội năm 2025 với")


def test_a_party_resolution_without_its_header_takes_number_and_title_from_the_page_url_spelt_as_its_text():
    url = _manifest_url("docs/tw_nq71_giaoduc_2025.md")  # …/toan-van-nghi-quyet-so-71-nq-tw-cua-bo-chinh-tri-ve-…
    metadata = _external_from("tw_nq71_giaoduc_2025.md", url)
    assert metadata.number == "71-NQ/TW"
    assert metadata.title == "Nghị quyết số 71-NQ/TW của Bộ Chính trị về đột phá phát triển giáo dục và đào tạo"


def test_a_printed_number_wins_over_the_page_url():
    metadata = _external_from("hn_nq57_vungphatthaithap_2025.md", "https://example.org/nghi-quyet-99-2024-nq-hdnd-x-1.aspx")
    assert metadata.number == "57/2025/NQ-HĐND"


def test_a_page_url_naming_another_type_of_text_gives_no_number():
    url = "https://example.org/quyet-dinh-192-2025-qd-ttg-bo-sung-ke-hoach-1.htm"  # a decision, the text is a resolution
    assert _external_from("qh_nq192_ktxh2025_2025.md", url).number is None


def test_the_words_of_a_page_slug_are_not_read_as_codes():
    from extractors.metadata import _SLUG_NUMBER, _slug_number

    slug = "https://example.org/quyet-dinh-2954-qd-ve-viec-phe-duyet-12345.htm"
    assert [_slug_number(match) for match in _SLUG_NUMBER.finditer(slug)] == [None]


def test_a_central_party_body_written_in_lower_case_is_named_as_it_names_itself():
    parsed = parsed_blind_document("tw_kl219_nongnghiep_news_2025.md")
    # The same page, as a site that writes the body's name in lower case would print it.
    text = parsed.text.replace("Ban Chấp hành Trung ương", "Ban chấp hành Trung ương")
    assert "Ban chấp hành Trung ương" in text
    assert extract_metadata(text, parsed.hints).issuer == "Ban Chấp hành Trung ương"


def test_a_central_party_delegation_numbered_with_its_term_issues_its_plan():
    # qh_kh3260 (b13d): the delegation's code carries the Assembly's term, its place line names the capital.
    text = ("ĐẢNG CỘNG SẢN VIỆT NAM\n\n**BAN CHẤP HÀNH TRUNG ƯƠNG**\n**ĐẢNG ĐOÀN QUỐC HỘI**\n\nSố 3260-KH/ĐĐQH15\n\n"
            "Hà Nội, ngày 10 tháng 01 năm 2025\n\n**KẾ HOẠCH**\n\n**Triển khai thực hiện Nghị quyết số 57-NQ/TW**\n\n")
    metadata = extract_metadata(text)
    assert (metadata.number, metadata.issuer, metadata.province) == ("3260-KH/ĐĐQH15", "Đảng đoàn Quốc hội", None)


# --------------------------------------------------------------------------- held-out batch b7


def test_a_plan_copied_without_its_decision_is_known_by_the_caption_under_its_title():
    # "KẾ HOẠCH ⏎ THỰC HIỆN … NĂM 2023 (Kèm theo Quyết định số 254/QĐ-UBND ngày 17/02/2023 của Chủ tịch
    # Ủy ban nhân dân tỉnh)": no letterhead, the caption on the title's line names the decision.
    metadata = _external("sl_qd254_baovebimat_2023.md")
    assert (metadata.number, metadata.issue_date.isoformat(), metadata.province) == ("254/QĐ-UBND", "2023-02-17", "Sơn La")
    assert metadata.issuer == "Chủ tịch Ủy ban nhân dân tỉnh Sơn La"


def test_a_title_in_capitals_is_re_cased_whole_and_its_caption_left_out():
    metadata = _external("sl_qd254_baovebimat_2023.md")
    assert metadata.title == "Kế hoạch thực hiện công tác bảo vệ bí mật nhà nước năm 2023"


def test_a_date_in_an_images_path_is_no_date_of_the_page():
    # "…/news_dataimages/hienntt/102020/10/11/1435_….jpg" gave the page the date 1435-11-10.
    metadata = _external("na_daihoi19_kinhte_news_2020.md")
    assert metadata.issue_date is None


def test_an_attached_table_is_described_by_the_letter_it_is_attached_to_not_the_resolution_it_cites():
    # "Phụ lục "… thực hiện Nghị quyết số 169/NQ-CP …" — kèm theo Công văn số 7323/UBND-TH ngày 17/7/2026
    # của UBND tỉnh Lào Cai"; the headline names the resolution.
    metadata = _external("lc_cv7323_chitieu_nq169_2026.md")
    assert (metadata.number, metadata.doc_type, metadata.issuer) == ("7323/UBND-TH", "Công văn", "UBND tỉnh Lào Cai")
    assert metadata.issue_date.isoformat() == "2026-07-17"
    assert metadata.title.startswith("Phân công cơ quan chủ trì theo dõi")


DISPATCH_HEAD = (
    "UỶ BAN NHÂN DÂN TỈNH HÀ TĨNH Số: 07/CĐ - UBND\tCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập – Tự do – Hạnh phúc "
    "Hà Tĩnh, ngày 10 tháng 4 năm 2018\n\nCÔNG ĐIỆN\n\n"
    "Về việc tăng cường các biện pháp đảm bảo trật tự an toàn\n\n"
    "giao thông dịp nghỉ Lễ 30/4 và Quốc tế lao động 1/5 năm 2018\n\n"
    "CHỦ TỊCH UỶ BAN NHÂN DÂN TỈNH điện:\n\n- Thủ trưởng các Sở, ban, ngành, đoàn thể cấp tỉnh;\n"
)


def test_a_subject_wrapped_into_a_paragraph_that_opens_lower_case_is_read_whole():
    # A Word file's centred subject lines are paragraphs of their own (blind batch b37a, Công điện 07/CĐ-UBND).
    metadata = extract_metadata(DISPATCH_HEAD, {})
    assert metadata.title == (
        "Công điện về việc tăng cường các biện pháp đảm bảo trật tự an toàn giao thông dịp nghỉ Lễ 30/4 và Quốc tế lao"
        " động 1/5 năm 2018"
    )


def test_a_title_line_ending_on_a_comma_goes_on_in_the_next_paragraph():
    # "Kết luận của đồng chí …, Ủy viên Ban Thường vụ Tỉnh ủy," ⏎⏎ "Phó Chủ tịch UBND tỉnh họp nghe …" (blind batch b37b)
    head = (
        "ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG Số: /TB-UBND\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Lâm "
        "Đồng, ngày tháng 4 năm 2026\n\nTHÔNG BÁO\n\nKết luận của đồng chí Nguyễn Hồng Hải - Ủy viên Ban Thường vụ Tỉnh ủy,"
        "\n\nPhó Chủ tịch UBND tỉnh họp nghe Công ty TNHH Tập đoàn Sơn Hải báo cáo một số vấn đề liên quan đến dự án\n\n"
        "Ngày 21/4/2026, đồng chí Nguyễn Hồng Hải họp nghe Công ty báo cáo.\n"
    )
    assert extract_metadata(head, {}).title == (
        "Thông báo kết luận của đồng chí Nguyễn Hồng Hải - Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh họp nghe"
        " Công ty TNHH Tập đoàn Sơn Hải báo cáo một số vấn đề liên quan đến dự án"
    )
