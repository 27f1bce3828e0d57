"""News pages and chỉ tiêu lists on documents the rules were not written on (the blind batches):
target paragraphs without a cue word that go on with a list, page furniture that restates targets,
copies of list items, economy-wide chỉ tiêu, counts out of a total and baselines of a rise."""

from decimal import Decimal

from extractors.sections import layout
from extractors.targets import iter_targets
from extractors.targets.scope import news_eligible
from tests.blind_documents import parsed_blind_document


def _targets(name):
    parsed = parsed_blind_document(name)
    text = parsed.text
    return text, list(iter_targets(text, parsed.tables, layout(text)))


def _clause(text, t):
    return " ".join(text[t.clause_start : t.clause_end].split())


def test_paragraphs_after_a_target_paragraph_continue_its_list_and_its_milestone():
    # "Cụ thể, đến năm 2025, … ⏎ Tỷ lệ hồ sơ … đạt từ 50% trở lên; 80% thủ tục … ⏎ 60% các hệ thống … ⏎
    # Đảm bảo 80% báo cáo … ⏎ Đến năm 2030, … ⏎ Đồng thời, tăng 40% …; tỷ lệ dân số … trên 85%"
    text, targets = _targets("hcm_cds_haiquan_news_2020.md")
    found = {(t.value, t.deadline_year) for t in targets}
    assert {(Decimal(50), 2025), (Decimal(80), 2025), (Decimal(60), 2025), (Decimal(40), 2030), (Decimal(85), 2030)} <= found
    rate = next(t for t in targets if t.value == 50)
    assert rate.comparator == ">=" and "Tỷ lệ hồ sơ" in _clause(text, rate)


def test_period_paragraphs_after_the_general_aim_are_targets_of_their_own_period():
    # "Mục tiêu chung … ⏎ Giai đoạn 2021-2025, … đạt khoảng 65%; đào tạo … khoảng 600 chuyên gia … ⏎
    # Giai đoạn 2026-2030, … khoảng 70-75%; … khoảng 1.000 chuyên gia …"
    _, targets = _targets("ttg_ctqg_nangsuat_news_2020.md")
    periods = {t.value: (t.period_start, t.period_end) for t in targets}
    assert periods[Decimal(65)] == (2021, 2025)
    assert periods[Decimal(600)] == (2021, 2025)
    assert periods[Decimal(1000)] == (2026, 2030)
    assert Decimal(100) in periods  # "có ít nhất 100 DN được hướng dẫn …"


def test_headline_caption_link_line_and_teaser_do_not_repeat_targets():
    text, targets = _targets("cp_ctrinh_nq23_congnghiep_news_2020.md")
    forty = [t for t in targets if t.value == 40]
    assert len(forty) == 1 and _clause(text, forty[0]).startswith("Mục tiêu đến năm 2030")
    assert len([t for t in targets if t.value == 30]) == 1  # the image caption repeats it
    # The sentences after the first one go on with the list: "Tỷ trọng … đạt tối thiểu 45%", "… trên 70%".
    assert {Decimal(45), Decimal("8.5"), Decimal("7.5"), Decimal(70)} <= {t.value for t in targets}
    _, targets = _targets("hcm_dulich2021_news_2021.md")
    assert not any(t.value == 144 for t in targets)  # "… thu đạt 144 tỷ đồng trong năm 2021 ====" is the headline
    assert len([t for t in targets if t.value == 144000]) == 1  # the "more(…) –" teaser after the byline repeats it


def test_a_byline_with_initials_ends_the_article_before_its_teaser():
    # th_haiquan_thungansach2021 (b13-lead): "**N.Linh**" then "more(HDDTVN) – Với quyết tâm đạt chỉ tiêu … 10.500 tỷ đồng".
    text = ("Hải quan Thanh Hóa quyết tâm thực hiện chỉ tiêu thu ngân sách 10.500 tỷ đồng\n"
            "============================================================================\n\n"
            "Đồng thời, chỉ tiêu phấn đấu thu NSNN năm 2021 của đơn vị là 10.500 tỷ đồng.\n\n"
            "Các đơn vị tổ chức sắp xếp, bố trí công chức có năng lực nghiệp vụ.\n\n**N.Linh**\n\n"
            "more(HDDTVN) – Với quyết tâm đạt chỉ tiêu phấn đấu thu NSNN năm 2021 là 10.500 tỷ đồng, Cục Hải quan Thanh "
            "Hóa đã lên kế hoạch cụ thể.\n")
    assert [t.value for t in iter_targets(text)] == [Decimal(10500)]


def test_scenario_targets_take_the_year_of_the_scenarios_intro():
    # "Sở Du lịch TPHCM cũng đưa ra 3 kịch bản cho năm 2021. … ⏎ Kịch bản thứ 2, … ⏎ Tuy nhiên, ở kịch bản thứ 3 …"
    _, targets = _targets("hcm_dulich2021_news_2021.md")
    years = {t.value: t.deadline_year for t in targets}
    assert years[Decimal(111800)] == 2021 and years[Decimal("10.5")] == 2021


def test_rise_from_a_current_share_keeps_the_target_not_the_baseline():
    # "nâng thị phần … từ 6% hiện lên khoảng 10% vào năm 2025"
    _, targets = _targets("bnnptnt_lamsan_xuatkhau_news_2021.md")
    values = {t.value: t for t in targets}
    assert Decimal(6) not in values
    assert values[Decimal(10)].comparator == "approx" and values[Decimal(10)].deadline_year == 2025
    # "… (dăm gỗ, viên nén, các loại ván…) đạt 3,25 tỷ USD …": the ellipsis does not end the list.
    assert Decimal("3.25") in values and Decimal("1.39") in values


def test_quick_reference_box_copies_are_one_target_and_budget_revenue_is_a_chi_tieu():
    text, targets = _targets("lc_nq26tu_nhiemvu2026_2025.md")
    assert len([t for t in targets if t.value == 112]) == 1
    assert len([t for t in targets if t.value == Decimal("41.7")]) == 1
    revenue = [t for t in targets if t.value == 23500]
    assert len(revenue) == 1 and revenue[0].unit == "tỷ đồng"
    assert any(t.value == 90000 and t.strict for t in targets)  # "Tổng vốn đầu tư … trên địa bàn đạt trên 90.000 tỷ đồng"
    # "Phấn đấu có 17/99 xã, phường đạt chuẩn …": a count out of a total.
    communes = {t.value: t for t in targets if t.unit == "xã, phường"}
    assert Decimal(17) in communes and communes[Decimal(40)].comparator == ">="
    assert any(t.value == 13 and t.unit == "bác sỹ" for t in targets)


def test_a_past_tense_clause_does_not_stop_the_next_list_item():
    sentence = ("60% các hệ thống thông tin đã đưa vào vận hành; thông tin đã được số hóa không phải cung cấp lại; "
                "90% hồ sơ công việc tại cấp tỉnh được xử lý trên môi trường mạng")
    ok = news_eligible(sentence, continues=True)
    assert ok(sentence.index("90%"))
    reported = "Mục tiêu đạt 80%; nhưng đến nay mới đạt 60%"
    assert not news_eligible(reported)(reported.index("60%"))


def test_the_plans_count_of_its_own_task_groups_is_no_target():
    # "Để đạt được mục tiêu trên, Chương trình đề ra 9 nhiệm vụ, giải pháp chủ yếu."
    _, targets = _targets("cp_ctrinh_nq23_congnghiep_news_2020.md")
    assert not any(t.unit == "nhiệm vụ" for t in targets)


def test_a_period_naming_the_standard_in_parentheses_is_not_the_deadline():
    # "(13) Tỷ lệ số xã đạt chuẩn nông thôn mới (theo Bộ tiêu chí … giai đoạn 2026 - 2030) đạt tối thiểu 15%."
    _, targets = _targets("qh_nq244_ktxh2026_news_2025.md")
    communes = next(t for t in targets if t.value == 15 and t.unit == "%")
    assert communes.deadline_year == 2026 and communes.period_start is None


def test_the_plain_headline_of_a_saved_web_page_is_page_furniture(shared_docs):
    from extractors.targets.scope import page_furniture
    from pipeline.extract.stage import parse_path
    from pipeline.parse.stage import ParseSettings

    # "Tin nổi bật thứ năm, 13 06 2019 10:53 ⏎ Phấn đấu đến năm 2025, cả nước không sử dụng túi nilon dùng một lần ⏎ Thủ tướng …"
    text = parse_path(shared_docs / "dno_dakrlap_tuinilon_news_2019.html", ParseSettings(ocr="never")).text
    blocks = layout(text).blocks
    furniture = page_furniture(text, blocks)
    assert 1 in furniture and blocks[1].text.startswith("Phấn đấu đến năm 2025")
    assert 0 not in furniture and 2 not in furniture  # the dateline and the lead paragraph are the article's


def test_inline_items_after_a_goal_sentences_colon_are_its_list():
    # Báo Thái Nguyên on plan 222 (b25c): "Mục tiêu đến hết năm 2025: - 100% … - Cung cấp 76/76 dịch vụ công … -
    # Hoàn thành kho dữ liệu số … - Thí điểm đưa 10 thủ tục …", one paragraph; "đến hết" after "Mục tiêu" sets the
    # horizon, and items that open on a verb are the list's too (76 of 76 is all of them).
    page = ("Gần đây nhất, UBND tỉnh ban hành Kế hoạch số 222.\n\nMục tiêu đến hết năm 2025: - 100% biểu mẫu điện tử được "
            "cập nhật trên Hệ thống. - Cung cấp 76/76 dịch vụ công thiết yếu theo Đề án 06. - Hoàn thành kho dữ liệu số. "
            "- Thí điểm đưa 10 thủ tục hành chính lên ứng dụng C-Thái Nguyên.\n\nNăm 2024, tỉnh đã cung cấp 50 dịch vụ.\n")
    found = [(t.value, t.deadline_year) for t in iter_targets(page, (), layout(page))]
    assert found == [(Decimal("100"), 2025), (Decimal("76"), 2025), (Decimal("10"), 2025)]
