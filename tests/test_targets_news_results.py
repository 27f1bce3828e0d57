"""News pages report results beside a plan's targets (blind batch b7): a sub-headline naming a goal word
and a figure titles reporting paragraphs, goals "hoàn thành"/"vượt" are results, and the goal a result
exceeds is the target."""

from decimal import Decimal

from extractors.sections import layout
from extractors.targets import iter_targets
from extractors.targets.scope import news_eligible
from tests.blind_documents import parsed_blind_document


def _targets(name):
    parsed = parsed_blind_document(name)
    text = parsed.text
    return text, list(iter_targets(text, parsed.tables, layout(text)))


def test_a_news_sub_headline_with_a_figure_is_no_goal_section():
    # "**Nâng chỉ tiêu xuất khẩu lên 44 tỷ USD**" over "Về kế hoạch năm 2021 …", the 2021 list and a box of
    # 2020 results ("Năm 2020, tổng kim ngạch … đạt 41,2 tỷ USD, tăng 2,5% so với năm 2019").
    _, targets = _targets("bnnptnt_kh2021_nongsan_news_2020.md")
    values = {t.value: t.deadline_year for t in targets}
    assert values[Decimal(44)] == 2021
    assert values[Decimal(70)] == 2021 and values[Decimal(91)] == 2021  # the list after "các mục tiêu … năm 2021"
    for result in ("41.2", "18.54", "8.47", "10.4", "2.65"):
        assert Decimal(result) not in values


def test_goals_met_are_results_and_the_goal_exceeded_is_the_target():
    sentence = ("Thủ tướng đánh giá cao ngành nông nghiệp hoàn thành các chỉ tiêu quan trọng như: Tăng trưởng GDP "
                "toàn ngành trên 2,65%; tỷ lệ xã đạt tiêu chí nông thôn mới đạt trên 62%, vượt xa mục tiêu đề ra "
                "(mục tiêu đến năm 2020 là 50%).")
    ok = news_eligible(sentence)
    assert not ok(sentence.index("2,65%"))
    assert not ok(sentence.index("62%"))
    assert ok(sentence.index("50%"))


def test_paragraphs_after_an_explicit_goal_word_are_its_items_whatever_they_open_with():
    # "Mục tiêu cụ thể của Chương trình là … ⏎ Gia tăng giá trị xuất khẩu … đạt khoảng 60% … ⏎
    # Xây dựng và phát triển khoảng 500 doanh nghiệp … ⏎ Xây dựng và phát triển khoảng 200 doanh nghiệp …"
    _, targets = _targets("ttg_ctqg_congnghecao_news_2021.md")
    assert {Decimal(60), Decimal(500), Decimal(200)} <= {t.value for t in targets}
    # "Chiến lược đặt mục tiêu đến năm 2030 … ⏎ Kinh tế số chiếm khoảng 30% GDP; năng suất lao động tăng bình quân trên 7,5%/năm."
    _, targets = _targets("ttg_cl_cmcn4_news_2021.md")
    found = {(t.value, t.unit, t.deadline_year) for t in targets}
    assert (Decimal(30), "% GDP", 2030) in found and (Decimal("7.5"), "%/năm", 2030) in found


def test_a_reported_share_of_a_goal_does_not_open_a_goal_list_but_the_goal_in_brackets_counts():
    # "… thu được 39.013 tỷ đồng, đạt 68,3% chỉ tiêu Bộ Tài chính giao (57.100 tỷ đồng). ⏎ Các doanh nghiệp … đóng góp
    # số thuế cho thành phố 5.192 tỷ đồng (chiếm 11,28% …)."
    _, targets = _targets("hp_chidao_phi_xnk_news_2020.md")
    values = {t.value for t in targets}
    assert Decimal(57100) in values
    assert not values & {Decimal(39013), Decimal("68.3"), Decimal(5192), Decimal("11.28")}


def test_a_milestone_that_dates_one_figure_of_a_list_does_not_date_the_next_clauses():
    # README: the clause's milestone, else the heading's or the bullet opening's. "Điển hình như: Chỉ tiêu phấn đấu
    # kinh tế số đóng góp khoảng 25% đến năm 2025, 40% đến năm 2030 trong GRDP …; Tổng vốn đầu tư xã hội chiếm bình
    # quân khoảng 35% GRDP; Tỷ trọng … đến năm 2025 đạt từ 45% – 50%; Chi đầu tư … trên 1%/GRDP; …"
    _, targets = _targets("hcm_dhdb11_grdp_news_2020.md")
    years = {t.value: t.deadline_year for t in targets}
    assert years[Decimal(25)] == 2025 and years[Decimal(40)] == 2030 and years[Decimal(45)] == 2025
    assert years[Decimal(35)] is None and years[Decimal(1)] is None


def test_the_one_horizon_of_a_goal_sentence_opening_clause_dates_its_list():
    # "… toàn ngành đặt mục tiêu XK lâm sản đạt 14 tỷ USD trong năm 2021, tổng sản lượng khai thác gỗ 32 triệu m3;
    # tỷ lệ che phủ rừng toàn quốc duy trì ổn định 42%, …; thu dịch vụ môi trường rừng đạt 2.800 tỷ đồng…"
    _, targets = _targets("bnnptnt_lamsan_xuatkhau_news_2021.md")
    years = {t.value: t.deadline_year for t in targets}
    assert years[Decimal(14)] == 2021 and years[Decimal(42)] == 2021 and years[Decimal(2800)] == 2021


def test_a_milestone_closing_one_figure_does_not_date_the_next_paragraph():
    # "Theo đó, … khoảng 7%/năm; GDP bình quân đạt 7.500 USD/người vào năm 2030. ⏎ Tỷ trọng công nghiệp chế biến chế
    # tạo đạt khoảng 30% GDP, …; nợ công không quá 60% GDP; …" (a milestone opening the list would date it).
    _, targets = _targets("vn_chienluoc_ktxh2021_2030_news_2020.md")
    years = {t.value: t.deadline_year for t in targets}
    assert years[Decimal(7500)] == 2030
    assert years[Decimal(60)] is None and years[Decimal("6.5")] is None


def test_a_forecast_is_no_target():
    sentence = "Dự báo, đến cuối năm 2020, TPHCM chỉ tăng trưởng 1,3%."
    assert not news_eligible(sentence)(sentence.index("1,3%"))
    plan = "Mục tiêu đến cuối năm 2025, TPHCM tăng trưởng 8%."
    assert news_eligible(plan)(plan.index("8%"))


def test_what_may_happen_by_a_year_is_no_target():
    # cp_tangtruong2021 (hddtvn), after "Theo dự báo, …": a market that may recover, dated by a later year.
    sentence = "Theo đó thị trường có thể phục hồi về mức 4,5 – 5 tỷ USD vào năm 2021 trước khi đạt 7 tỷ USD vào năm 2022."
    may = news_eligible(sentence)
    assert not may(sentence.index("4,5")) and not may(sentence.index("7 tỷ"))
    plan = "Thị trường phục hồi về mức 5 tỷ USD vào năm 2021."
    assert news_eligible(plan)(plan.index("5 tỷ"))


def test_a_result_reported_under_a_goal_heading_is_no_target():
    # "3. **Chỉ tiêu 3 (IIP)**: mục tiêu 2026 là **13%** … Kết quả Quý I/2026 mới đạt 9,5% → khoảng cách 3,5 điểm %"
    _, targets = _targets("lc_cv7323_chitieu_nq169_2026.md")
    prose = [t for t in targets if t.value in (Decimal("9.5"), Decimal("3.5")) and t.unit in ("%", "điểm %")]
    assert not [t for t in prose if t.unit == "điểm %"]
    # "Tỷ lệ kết nạp đảng viên mới đạt từ 2,5-3% …": "mới" there is "new", the figure a goal
    _, targets = _targets("lc_nq26tu_nhiemvu2026_2025.md")
    assert {Decimal(1200), Decimal("2.5")} <= {t.value for t in targets}


def test_counted_chapters_of_a_plan_are_no_target():
    _, targets = _targets("hn_kh205_haiquan_news_2020.md")  # "Kế hoạch đã đề ra 6 nhiệm vụ trọng tâm, 9 nhiệm vụ cụ thể, …"
    assert not [t for t in targets if t.unit == "nhiệm vụ"]


def test_a_threshold_on_each_counted_item_is_no_target():
    # "- Phấn đấu thực hiện thành công tối thiểu 25 thương vụ mua bán và sáp nhập …, với giá trị mỗi thương vụ từ 01 triệu USD trở lên."
    _, targets = _targets("cp_qd982_dncongnghesotoancau_2026.txt")
    values = {(t.value, t.unit) for t in targets}
    assert any(v == 25 for v, _ in values)
    assert (Decimal(1), "triệu USD") not in values


def test_a_milestone_written_without_nam_dates_a_goal_heading():
    # "1.2. Mục tiêu cụ thể đến 2025" over "- Phủ sóng băng rộng di động 100% các tuyến đường quốc lộ, …"
    text, targets = _targets("dno_kh_stttt_mangdidong_2024.pdf")
    roads = next(t for t in targets if "tuyến đường quốc lộ" in text[t.clause_start : t.clause_end])
    assert roads.deadline_year == 2025


def test_a_bare_year_after_a_span_start_or_in_a_value_is_no_milestone():
    from extractors.targets.milestones import time_expressions

    for phrase, year in (("Đến 2030, tỷ lệ …", 2030), ("từ 2021 đến 2025", None), ("từ 1.500 đến 2025 ha", None)):
        found = [e[2] for e in time_expressions(phrase, 0, len(phrase)) if e[2]]
        assert (found[-1] if found else None) == year, phrase


def test_a_news_sub_headline_quoting_one_target_dates_no_other():
    # "Mục tiêu đến 2035 70% người lao động … được đào tạo …" (a headline) over "- Tỷ trọng giá trị tăng thêm … đạt 5% - 7%."
    _, targets = _targets("cp_qd2229_logistics_news_2025.md")
    share = next(t for t in targets if t.value == 5 and t.value_max == 7)
    assert share.deadline_year is None


def test_a_part_of_the_year_is_no_count_of_months():
    from extractors.targets import iter_targets

    # dno_ct_khktxh2020 (b12-lead): "… các mục tiêu, nhiệm vụ về phát triển kinh tế - xã hội 6 tháng đầu năm …"
    text = ("Đánh giá sát thực tình hình phát triển kinh tế - xã hội năm 2019, bao gồm: các mục tiêu, nhiệm vụ về phát triển "
            "kinh tế - xã hội 6 tháng đầu năm và ước thực hiện cả năm 2019.")
    assert not [t for t in iter_targets(text) if t.unit == "tháng"]


def test_the_goal_a_purpose_clause_names_is_a_target_and_what_it_takes_is_not():
    found = [(str(t.value), t.unit) for t in iter_targets(
        "Để đạt được mục tiêu tăng trưởng GDP 6%, Việt Nam sẽ gặp khá nhiều khó khăn.\n\n"
        "Để hoàn thành mục tiêu 100% giải ngân, trong những tháng còn lại của năm, các đơn vị cần tập trung.\n\n"
        "Để đạt mục tiêu trên, cần huy động 500 tỷ đồng vốn đầu tư."
    )]
    assert found == [("6", "%"), ("100", "%")]
