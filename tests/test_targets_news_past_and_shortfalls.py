"""News pages tell results and shortfalls beside goals (blind batch b8): the horizon in a plan's name
("Chiến lược … đến năm 2020 cho thấy …") is no goal word, goals said to be met ("Các chỉ tiêu … năm 2018
đều vượt kế hoạch") are results, and norms a place still lacks ("vẫn thiếu 2 chỉ tiêu: Chưa đủ 100% …")
are no targets."""

from decimal import Decimal

from extractors.sections import layout
from extractors.targets import iter_targets
from extractors.targets.scope import news_eligible
from tests._targets_support import target_rows
from tests.blind_documents import parsed_blind_document


def _targets(name):
    parsed = parsed_blind_document(name)
    return list(iter_targets(parsed.text, parsed.tables, layout(parsed.text)))


def test_the_horizon_in_a_plan_name_does_not_make_past_results_targets():
    sentence = ("Theo Bộ NN&PTNT, sau 10 năm triển khai thực hiện Chiến lược phát triển thủy sản đến năm 2020 cho "
                "thấy, trong giai đoạn 2010-2019 cơ cấu GDP ngành thủy sản trong toàn ngành nông nghiệp tăng từ 17,8% lên 24,4%.")
    assert not news_eligible(sentence)(sentence.index("24,4%"))
    # "Theo Kế hoạch, đến năm 2025, …" names no plan horizon: the milestone is the goal's.
    sentence = "Theo Kế hoạch, đến năm 2025, tỷ lệ hộ dân dùng nước sạch đạt 95%."
    assert news_eligible(sentence)(sentence.index("95%"))


def test_results_told_after_a_plan_name_are_not_read_as_its_list():
    # "… Chiến lược … đến năm 2020 cho thấy … tăng từ 17,8% lên 24,4%. ⏎ Sản lượng thủy sản tăng từ 5,1 triệu tấn
    # lên 8,2 triệu tấn. Kim ngạch … lên tới 8,6 tỷ USD …" then "Chỉ tiêu chủ yếu đặt ra đến năm 2030 là …".
    values = {t.value for t in _targets("bnnptnt_chienluoc_thuysan_news_2021.md")}
    assert not values & {Decimal("24.4"), Decimal("8.2"), Decimal("8.6"), Decimal("1.7"), Decimal("20.8")}
    assert {Decimal("9.8"), Decimal(14)} <= values


def test_goals_said_to_be_met_open_a_list_of_results():
    sentence = ("Các chỉ tiêu chủ yếu của ngành năm 2018 đều vượt kế hoạch cả năm và cao hơn năm trước. "
                "Cụ thể, GDP nông, lâm, thủy sản tăng 3,76%, đạt mức cao nhất trong 7 năm gần đây")
    assert not news_eligible(sentence)(sentence.index("3,76%"))
    values = {t.value for t in _targets("bnnptnt_mt2019_xuatkhaunongsan_news_2019.md")}
    assert not values & {Decimal("3.76"), Decimal("3.86"), Decimal(7)}
    assert {Decimal(3), Decimal("3.11"), Decimal(42)} <= values  # "Năm 2019, toàn ngành … đặt mục tiêu phấn đấu …"


def test_norms_a_place_still_lacks_are_no_targets():
    sentence = ("Về y tế - văn hóa - giáo dục, vẫn thiếu 2 chỉ tiêu: Chưa đủ 100% trường THPT đạt chuẩn quốc gia "
                "mức độ 1; chưa có ít nhất 1 trường đạt chuẩn quốc gia mức độ 2.")
    ok = news_eligible(sentence)
    assert not ok(sentence.index("100%")) and not ok(sentence.index("1 trường"))
    assert not {t.value for t in _targets("bd_tuyphuoc_ntmnangcao_news_2025.txt")} & {Decimal(100), Decimal(95), Decimal(1)}


def test_a_sentence_ends_after_an_acronym_unit():
    # "… kim ngạch XK tối thiểu 20,5 tỷ USD. Lĩnh vực chăn nuôi phấn đấu …": "USD." closes a sentence
    # ("TP.", "TS." and initials do not), so each clause keeps its own sentence.
    from extractors.sections import iter_sentences

    text = "Lĩnh vực trồng trọt phấn đấu kim ngạch XK tối thiểu 20,5 tỷ USD. Lĩnh vực chăn nuôi phấn đấu đạt 4%. TP. Hồ Chí Minh đạt 5%."
    assert [text[a:b] for a, b in iter_sentences(text)] == [
        "Lĩnh vực trồng trọt phấn đấu kim ngạch XK tối thiểu 20,5 tỷ USD.",
        "Lĩnh vực chăn nuôi phấn đấu đạt 4%.",
        "TP. Hồ Chí Minh đạt 5%.",
    ]


def test_a_caption_credited_with_initials_is_page_furniture():
    # "Gỗ và sản phẩm từ gỗ … khi đặt mục tiêu XK 10,5 tỷ USD trong năm 2019. Ảnh: N.Thanh." restates the article.
    targets = _targets("bnnptnt_mt2019_xuatkhaunongsan_news_2019.md")
    assert not [t for t in targets if t.value == Decimal("10.5") and t.deadline_year == 2019 and "Gỗ" in t.metric]
    # the next sentence of "… 20,5 tỷ USD. Lĩnh vực chăn nuôi …" and of "… triệu TOE. Cường độ năng lượng sơ cấp
    # năm 2030 đạt từ 420-460 kgOE/1.000 USD GDP …" go on with the list of the paragraph.
    assert {Decimal("20.5"), Decimal("3.95")} <= {t.value for t in targets}
    assert {Decimal(420), Decimal(375)} <= {t.value for t in _targets("cp_ctrinh_nq55_nangluong_news_2020.md")}


def test_a_news_goal_counts_a_noun_the_unit_table_lacks():
    # "… với mục tiêu đào tạo được 7.500 nhân lực.", "Mục tiêu cụ thể của Chương trình là phát triển và làm chủ
    # được 20 công nghệ cao …": right after an explicit goal word the counted noun is the unit.
    found = {(t.value, t.unit) for t in _targets("bd_ctr32tu_khcn_news_2025.txt")}
    assert (Decimal(7500), "nhân lực") in found
    found = {(t.value, t.unit) for t in _targets("ttg_ctqg_congnghecao_news_2021.md")}
    assert (Decimal(20), "công nghệ cao") in found
    # the interviewee's "3 hướng đột phá chính" and "Ba nhóm giải pháp" lay the plan out: no goal word names them.
    assert not {t.value for t in _targets("bd_ctr32tu_khcn_news_2025.txt")} & {Decimal(3)}


def test_a_subset_share_named_by_its_own_measure_is_a_target_not_a_breakdown():
    # "… tỷ lệ lao động qua đào tạo khoảng 66% (trong đó tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ khoảng
    # 25,5%)": shares do not add up to the total; "(trong đó sản lượng nuôi trồng thủy sản 7,0 triệu tấn, …)" does.
    kinds = {t.value: t.kind for t in _targets("cp_nqktxh2021_hoinghi_news_2020.md")}
    assert kinds[Decimal(66)] == "target" and kinds[Decimal("25.5")] == "target"
    kinds = {t.value: t.kind for t in _targets("bnnptnt_chienluoc_thuysan_news_2021.md")}
    assert kinds[Decimal("7.0")] == "breakdown" and kinds[Decimal("2.8")] == "breakdown"


def test_a_bare_milestone_before_a_dash_that_opens_prose_is_a_milestone():
    # "b) Tầm nhìn đến 2045 ⏎ - Việt Nam trở thành … Có tối thiểu 10 doanh nghiệp công nghệ số …" (a PDF joins the
    # heading and its first item's dash); "đến 2025 - 2030" still opens a span, not a milestone.
    from extractors.targets.milestones import time_expressions

    text = "Tầm nhìn đến 2045 - Việt Nam trở thành quốc gia công nghiệp công nghệ số phát triển"
    assert [e[2] for e in time_expressions(text, 0, len(text))] == [2045]
    text = "giai đoạn từ nay đến 2025 - 2030"
    assert 2025 not in [e[2] for e in time_expressions(text, 0, len(text))]
    years = {t.value: t.deadline_year for t in _targets("cp_qd982_dncongnghesotoancau_2026.txt")}
    assert years[Decimal(10)] == 2045


def test_figures_told_at_an_earlier_year_than_the_goals_before_them_are_results():
    # A goal paragraph (bnnptnt_mt2019) followed by results told over a past period and a past year (the
    # sentences of bnnptnt_chienluoc and la_nq_ktxh2019, without the words that already mark them as results).
    text = (
        "Xuất khẩu nông sản\n\n"
        "Năm 2019, toàn ngành nông nghiệp đặt mục tiêu phấn đấu đạt tốc độ tăng trưởng GDP trên 3%; giá trị sản xuất "
        "trên 3,11%; kim ngạch XK khoảng 42 – 43 tỷ USD.\n\n"
        "Giai đoạn 2010-2018, cơ cấu GDP ngành thủy sản trong toàn ngành nông nghiệp tăng từ 17,8% lên 24,4%.\n\n"
        "Tốc độ tăng trưởng kinh tế năm 2018 đạt 10,36%, kim ngạch XK cả năm đạt tới 40,02 tỷ USD.\n\n"
        "Giai đoạn 2019-2020, tốc độ tăng giá trị sản xuất phấn đấu đạt 3,5%/năm.\n"
    )
    found = {t.value: (t.deadline_year, t.period_end) for t in iter_targets(text, (), layout(text))}
    assert {Decimal(3), Decimal("3.11"), Decimal(42)} <= set(found)
    assert not set(found) & {Decimal("24.4"), Decimal("10.36"), Decimal("40.02")}
    assert found[Decimal("3.5")] == (None, 2020)  # a goal word of its own: a goal, whatever its period


def test_the_sector_a_news_goal_sentence_opens_with_completes_its_measures():
    # "Theo đó, lĩnh vực trồng trọt phấn đấu đạt tốc độ tăng giá trị sản xuất 1,75 – 1,78%; kim ngạch XK tối thiểu
    # 20,5 tỷ USD.", "Năm 2019, toàn ngành nông nghiệp đặt mục tiêu phấn đấu đạt tốc độ tăng trưởng GDP trên 3%".
    metrics = {t.value: t.metric for t in _targets("bnnptnt_mt2019_xuatkhaunongsan_news_2019.md")}
    assert metrics[Decimal("1.75")] == "tốc độ tăng giá trị sản xuất trồng trọt"
    assert metrics[Decimal("20.5")].endswith("trồng trọt")
    assert metrics[Decimal(3)] == "tốc độ tăng trưởng GDP toàn ngành nông nghiệp"
    # "… ngành du lịch TPHCM phấn đấu đón 7 triệu lượt khách quốc tế": a count names what it counts, not the sector.
    assert not any("du lịch" in t.metric for t in _targets("hcm_dulich2021_news_2021.md") if t.value == Decimal(7))


def test_a_goal_in_brackets_after_a_result_measures_what_the_result_measures():
    # "… đơn vị thu ngân sách được 44.698 tỷ đồng, đạt 66,7% chỉ tiêu Bộ Tài chính giao (67.000 tỷ đồng).": the
    # quota is a goal (not funding) and counts the revenue; "Giá trị sản xuất trồng trọt tăng 2,52%, cao hơn mục
    # tiêu đề ra (2,5%)": the goal is a growth rate of the crop output.
    metrics = {t.value: t.metric for t in _targets("hp_chidao_phi_xnk_news_2020.md")}
    assert metrics[Decimal(67000)].startswith("số thu ngân sách") and "chỉ tiêu Bộ Tài chính giao" in metrics[Decimal(67000)]
    assert "khu vực Hải Phòng" in metrics[Decimal(57100)]
    assert not {Decimal(44698), Decimal("66.7"), Decimal(39013), Decimal("68.3")} & set(metrics)
    metrics = {t.value: t.metric for t in _targets("bnnptnt_mt2019_xuatkhaunongsan_news_2019.md")}
    assert metrics[Decimal("2.5")].startswith("tốc độ tăng giá trị sản xuất trồng trọt")


def test_the_budget_totals_a_news_page_lists_among_a_plans_targets_are_no_funding():
    # "Trong đó, có các chỉ tiêu quan trọng như: …; tổng thu ngân sách nhà nước trên địa bàn đạt 13.745 tỉ đồng; tổng chi
    # ngân sách nhà nước trên địa bàn đạt 12.428 tỉ đồng…" (Long An), "Tổng chi ngân sách địa phương dự kiến khoảng
    # 613,7 nghìn tỷ đồng, …" (Hà Nội).
    assert {Decimal(13745), Decimal(12428)} <= {t.value for t in _targets("la_nq_ktxh2019_news_2019.md")}
    assert Decimal("613.7") in {t.value for t in _targets("hn_nq_ktxh2021_news_2020.md")}


def test_totals_of_the_economy_in_millions_of_billions_are_no_funding_whatever_their_verb():
    # "Dự kiến tổng thu ngân sách nhà nước trên địa bàn TP giai đoạn 2021-2025 khoảng 1,4 triệu tỷ đồng, trong đó, thu
    # nội địa trên 1,3 triệu tỷ đồng", "tổng vốn đầu tư xã hội cần huy động khoảng 3,1-3,2 triệu tỷ đồng" (Hà Nội): a
    # scaled currency unit is money, and these are indicators of the city's economy, not a plan's funding.
    values = {t.value for t in _targets("hn_nq_ktxh2021_news_2020.md")}
    assert {Decimal("1.4"), Decimal("1.3"), Decimal("3.1")} <= values
    plan = "Mục tiêu cụ thể đến năm 2030:\n- Kinh phí thực hiện Kế hoạch khoảng 1,2 triệu tỷ đồng.\n"
    assert not list(iter_targets(plan))  # a plan's own funding stays out, in any scale


def test_a_change_against_last_year_in_its_short_forms_is_a_result():
    # "… giảm 85% so cùng kỳ năm 2019" (hcm_dulich2021), "… cũng tăng 10% với cùng kỳ …" (la_nq_ktxh2019), read
    # after a goal word as "so với cùng kỳ" is; the goal beside them stays.
    text = (
        "Du lịch\n\n"
        "Theo kế hoạch, năm 2021 số lượng khách du lịch quốc tế giảm 85% so cùng kỳ năm 2019, thu ngân sách của tỉnh "
        "cũng tăng 10% với cùng kỳ; tổng thu du lịch phấn đấu đạt 144.000 tỷ đồng.\n"
    )
    values = {t.value for t in iter_targets(text, (), layout(text))}
    assert Decimal(144000) in values and not values & {Decimal(85), Decimal(10)}


def test_a_plan_named_with_its_horizon_still_reports_its_targets():
    # Only a plan whose implementation is reviewed ("sau 10 năm triển khai thực hiện Chiến lược … đến năm 2020") tells
    # results; a plan named with its horizon otherwise states its targets.
    sentence = "Quy hoạch tỉnh đến năm 2030 xác định tỷ lệ đô thị hóa đạt 45%."
    assert news_eligible(sentence)(sentence.index("45%"))


def test_the_share_of_the_plan_reached_so_far_is_a_result():
    # tchq: a list introduced by "phải điều chỉnh tăng chỉ tiêu …" then each department's revenue so far.
    values = {(t.value, t.unit) for t in _targets("tchq_3cuchaiquan_chitieuthu2018_news_2018.md")}
    assert (Decimal("79"), "%") not in values and (Decimal("4740"), "tỷ đồng") not in values
    assert (Decimal("9500"), "tỷ đồng") in values  # the raised quota itself is the goal


def test_a_goal_stated_against_the_plan_stays_a_goal():
    from extractors.targets.sentences import _reports_share_of_plan
    reached = "Cục Hải quan Quảng Ninh thu đạt 4.740 tỷ đồng, đạt 79% dự toán và 51,83% chỉ tiêu phấn đấu"
    assert _reports_share_of_plan(reached, reached.index("79%"))
    goal = "Năm 2021, Cục phấn đấu thu đạt 105% dự toán được giao"
    assert not _reports_share_of_plan(goal, goal.index("105%"))


def test_a_goal_to_the_end_of_a_year_is_a_goal_and_its_margin_over_the_plan_is_not():
    from extractors.targets import iter_targets

    # cp_ecabinet (b12-lead): "phấn đấu đến hết năm 2019 giảm 30% …" ("đến hết" reports a result only without "phấn đấu")
    found = list(iter_targets("Mục tiêu của e-Cabinet là giảm thời gian các phiên họp Chính phủ, phấn đấu đến hết năm 2019 "
                              "giảm 30% thời gian họp so với trung bình các năm trước."))
    assert [(t.value, t.deadline_year) for t in found] == [(Decimal("30"), 2019)]
    # bhxh_muctieu2021: the share of a population given with "so với" keeps its base; "vượt 0,2% so với chỉ tiêu" is the
    # margin of the goal before it, not a goal.
    found = list(iter_targets("Đảm bảo hoàn thành các chỉ tiêu được Chính phủ giao: phấn đấu đến hết năm 2021, số người tham gia "
                              "BHXH đạt khoảng 35,2% so với lực lượng lao động trong độ tuổi, vượt 0,2% so với chỉ tiêu tại "
                              "Nghị quyết số 28."))
    assert [(t.value, t.unit) for t in found] == [(Decimal("35.2"), "% lực lượng lao động trong độ tuổi")]


def test_a_conclusion_without_goal_sections_states_its_goals_among_its_tasks():
    from extractors.targets import iter_targets

    # vpcp_tb627 (b12b): the item heading of "III. NHIỆM VỤ TRỌNG TÂM" states the goal; "Hoàn thành mục tiêu …" opening
    # a task is the goal to reach, not a goal said to be met.
    text = ("THÔNG BÁO\nKẾT LUẬN CỦA THỦ TƯỚNG CHÍNH PHỦ\n\nIII. NHIỆM VỤ TRỌNG TÂM\n\nTừ nay đến hết năm 2025 chỉ còn gần 2 "
            "tháng; do vậy, yêu cầu các bộ, ngành:\n\n1. Hoàn thành mục tiêu đưa vào\nkhai thác trên 3.000 km đường bộ cao "
            "tốc và khoảng trên 1.700km đường bộ ven biển\ntrong năm 2025\n\na) Yêu cầu các bộ, ngành tiếp tục nâng cao.\n")
    found = [(t.value, t.deadline_year) for t in iter_targets(text)]
    assert found == [(Decimal("3000"), 2025), (Decimal("1700"), 2025)]
    assert iter_targets(text).__next__().metric.startswith("vào khai thác")  # "đưa vào": "và" is no "vào"
    # a task that is not about a goal stays out
    assert not list(iter_targets("THÔNG BÁO\n\nIII. NHIỆM VỤ TRỌNG TÂM\n\n1. Tổ chức 05 hội nghị tập huấn trong năm 2025\n"))


def test_an_outcome_a_directive_holds_its_addressees_to_is_a_goal():
    # dl_ct012 (b13-lead): a directive without goal sections; "đảm bảo cắt giảm tối thiểu 30% …" is the outcome to reach.
    text = ("CHỈ THỊ\n\nVỀ VIỆC TĂNG CƯỜNG CẢI CÁCH THỦ TỤC HÀNH CHÍNH\n\n1. Thủ trưởng các sở, ban, ngành tỉnh\n\n"
            "b) Tiếp tục rà soát, thực hiện đơn giản hóa TTHC, đảm bảo cắt giảm tối thiểu 30% thời gian thực hiện TTHC và "
            "đơn giản hóa thành phần hồ sơ kèm theo.\n\nc) Tổ chức 05 hội nghị tập huấn.\n")
    assert [(t.value, t.unit, t.comparator) for t in iter_targets(text)] == [(Decimal("30"), "%", ">=")]


def test_a_page_reporting_a_government_resolution_by_number_states_its_goals_among_its_tasks():
    from extractors.targets import iter_targets

    # cp_nq27 (b15g, thuviennhadat): the tasks of Nghị quyết 27/NQ-CP for one ministry, a goal after "phấn đấu".
    text = ("Chính phủ yêu cầu phủ sóng 5G\n\nNgày 07/02/2025, Chính phủ ban hành Nghị quyết 27/NQ-CP về phiên họp Chính "
            "phủ thường kỳ tháng 01/2025. Theo đó, Chính phủ yêu cầu Bộ Thông tin và Truyền thông thực hiện các nhiệm vụ "
            "như sau:\n\n- Chủ trì, phối hợp với các cơ quan, địa phương tiếp tục đẩy mạnh đầu tư hạ tầng.\n\n- Mở rộng "
            "vùng phủ sóng 5G toàn quốc, phấn đấu tỷ lệ chuyển đổi Internet sang IPv6 đạt 70%.\n")
    assert [(t.value, t.metric) for t in iter_targets(text)] == [(Decimal("70"), "tỷ lệ chuyển đổi Internet sang IPv6")]
    # The same tasks without a reported resolution are a page's list of tasks: no goal is read among them.
    unreported = text.replace("ban hành Nghị quyết 27/NQ-CP về phiên họp Chính phủ thường kỳ", "họp phiên thường kỳ")
    assert not list(iter_targets(unreported))


def test_the_number_of_a_steering_committee_is_part_of_its_name():
    # bcd389 (b13-lead): "Theo Kế hoạch, Ban Chỉ đạo 389 quốc gia sẽ tăng cường …" states no target of 389.
    assert not list(iter_targets("Theo Kế hoạch, Ban Chỉ đạo 389 quốc gia sẽ tăng cường công tác chỉ đạo, kiểm tra."))


def test_a_figure_dated_before_the_documents_own_year_is_a_result_unless_called_a_goal():
    # bd_bithu (b11-lead): a 2025 page gives the province's 2024 growth ("tốc độ tăng trưởng … năm 2024 đạt 7,51%").
    text = ("KẾ HOẠCH\n\nI. MỤC TIÊU\n\n1. Đến năm 2020, tỷ lệ che phủ rừng đạt 45%.\n\n"
            "2. Đến năm 2025, tỷ lệ che phủ rừng đạt 47%.\n\n"
            "3. Năm 2018, mục tiêu là 120 hộ kinh doanh chuyển đổi thành doanh nghiệp.\n")
    assert [t.deadline_year for t in iter_targets(text)] == [2020, 2025, 2018]
    # The development gold's dno_dakrlap keeps a past year's stated goal ("năm 2018, mục tiêu là 120 hộ").
    assert [t.deadline_year for t in iter_targets(text, document_year=2021)] == [2025, 2018]


def test_a_measure_named_with_duoc_thuc_hien_is_no_result_and_a_bare_year_is_no_figure():
    # Bắc Giang's hospital-bed plan (b25c): "được thực hiện" names what the share counts, it does not report it, and
    # "đến 2030 tỷ lệ …" is a year before a share, not 2030 of a "tỷ lệ" unit ("tỷ" is no scale before "lệ").
    sentence = ("Phấn đấu đến 2030 tỷ lệ danh mục kỹ thuật được thực hiện theo phân tuyến trung bình toàn tỉnh tối "
                "thiểu 82% (tuyến tỉnh đạt tối thiểu 75%; tuyến huyện đạt tối thiểu 90%).")
    found = [(t.comparator, t.value, t.unit, t.deadline_year) for t in iter_targets(sentence)]
    assert found[0] == (">=", Decimal("82"), "%", 2030)
    assert not any(unit and "lệ" in unit for _, _, unit, _ in found)
    # "hiện" alone still dates a baseline: "hiện đạt 60%" is a result.
    assert not list(iter_targets("Tỷ lệ hộ dân dùng nước sạch hiện đạt 60%."))


def test_hien_inside_phat_hien_is_no_result_word():
    # "hiện" (now) marks a result; "phát hiện" (detect) and "thể hiện" are other words, and their goals stand.
    text = "Năm 2025, ngành phấn đấu phát hiện, xử lý 100% vụ vi phạm. Tỷ lệ phát hiện bệnh lao đạt 90% vào năm 2030."
    assert target_rows(text) == [("=", "100", "%", 2025), ("=", "90", "%", 2030)]


def test_a_criminal_investigation_is_no_survey():
    # A district police force's goals for 2025 (blind batch b37i, An Lão): "điều tra" names the investigation whose
    # clearance rate is the goal, not statistics that would make the figure a baseline.
    text = (
        "Năm 2025, Công an huyện An Lão phấn đấu thực hiện thắng lợi một số mục tiêu, chỉ tiêu như: phấn đấu nâng cao "
        "tỷ lệ điều tra khám phá án đạt 80 % trở lên, án rất nghiêm trọng và đặc biệt nghiêm trọng đạt tỷ lệ trên 90 %.\n"
    )
    assert [(t.value, t.comparator, t.deadline_year) for t in iter_targets(text)] == [
        (Decimal("80"), ">=", 2025), (Decimal("90"), ">=", 2025)
    ]
    survey = "Theo số liệu điều tra năm 2025, tỷ lệ hộ nghèo đạt 3,5%.\n"
    assert list(iter_targets(survey)) == []
