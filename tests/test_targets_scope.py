"""What is not a target: tasks, scoring annexes, headlines, age thresholds, results."""

from decimal import Decimal

from extractors.targets import iter_targets
from tests._targets_support import doc_text


def _targets(shared_docs, name):
    path = shared_docs / name
    text = doc_text(path)
    return text, list(iter_targets(text))


def test_scoring_annex_and_award_quota_are_not_targets(shared_docs):
    text, targets = _targets(shared_docs, "ct_kh157_khongtienmat_2025.md")
    annex = text.index("PHỤ LỤC")
    assert targets and all(t.start < annex for t in targets)
    assert not any(t.value == 10 and "tập thể" in text[t.clause_start : t.clause_end] for t in targets)


def test_referenced_scheme_in_tasks_is_not_a_target(shared_docs):
    text, targets = _targets(shared_docs, "ht_kh624_mamnon_2025.md")
    assert not any(t.unit.startswith("triệu") or "căn hộ" in t.unit for t in targets)
    assert all(t.section and not t.section.startswith("NHIỆM VỤ") for t in targets)


def test_age_thresholds_define_the_metric(shared_docs):
    _, targets = _targets(shared_docs, "hcm_kh188_mamnon_news_2025.md")
    assert all(t.unit == "%" for t in targets)


def test_headlines_repeating_a_target_are_skipped(shared_docs):
    text, targets = _targets(shared_docs, "cp_qd1717_duoinuoc_news_2025.md")
    restated = [t for t in targets if "bể hơi" in text[t.clause_start : t.clause_end]]
    assert len(restated) == 1 and restated[0].start > text.index("Như vậy")


def test_news_results_and_baselines_are_not_targets(shared_docs):
    text, targets = _targets(shared_docs, "dno_dakrlap_hokinhdoanh_news_2019.html")
    assert sorted(int(t.value) for t in targets) == [80, 120, 150, 5000]


def test_statistics_sentence_with_a_year_is_a_baseline(shared_docs):
    text, targets = _targets(shared_docs, "dno_ldld_hotieu_daksong_news_2019.html")
    assert [int(t.value) for t in targets if t.unit == "ha"] == [3000]


def test_negative_documents(shared_docs):
    for name in ("seed_004.txt", "lch_kh7360_tieuchuan_2025.md"):
        assert _targets(shared_docs, name)[1] == []


def test_investment_decision_figures_are_project_parameters(shared_docs):
    text = (
        "Điều 1. Chấp thuận chủ trương đầu tư\n"
        "4. Quy mô dự án: Đầu tư xây dựng với diện tích 76,39 ha.\n"
        "5. Vốn đầu tư của dự án:\n"
        "+ Vốn góp của nhà đầu tư: 205.000.000.000 đồng (chiếm 15,07% tổng vốn đầu tư).\n"
        "6. Thời hạn hoạt động của dự án: 50 năm kể từ ngày chấp thuận.\n"
        "Điều 2. Tổ chức thực hiện\n"
        "Quyết định này được lập thành 03 bản chính.\n"
    )
    found = {(str(t.value), t.unit, t.kind) for t in iter_targets(text)}
    assert found == {
        ("76.39", "ha", "project_parameter"),
        ("205000000000", "đồng", "project_parameter"),
        ("15.07", "% tổng vốn đầu tư", "project_parameter"),
        ("50", "năm", "project_parameter"),
    }


def test_funding_in_goal_sections_is_not_a_target():
    text = "II. MỤC TIÊU\n- 100% xã có nhà văn hóa; tổng kinh phí thực hiện khoảng 500 tỷ đồng.\n"
    assert [(int(t.value), t.unit) for t in iter_targets(text)] == [(100, "%")]


def test_parenthesised_yearly_split_is_a_breakdown(shared_docs):
    text, targets = _targets(shared_docs, "ls_qd2367_khuyennong_news_2025.md")
    kinds = {(int(t.value), t.unit): t.kind for t in targets}
    assert kinds[(30, "lớp")] == "target" and kinds[(6, "lớp/năm")] == "breakdown"


def test_past_figure_in_parentheses_is_a_baseline():
    text = "II. MỤC TIÊU\n- Tỷ lệ hộ dùng nước sạch đạt 60% (năm 2024 đạt 45%).\n"
    assert [int(t.value) for t in iter_targets(text)] == [60]


def test_unknown_counted_noun_in_a_goal_section_is_tagged_as_unit():
    text = "II. MỤC TIÊU\n- Xây dựng 20 trang trại chăn nuôi an toàn sinh học; hoàn thành 2 giai đoạn.\n"
    assert [(int(t.value), t.unit) for t in iter_targets(text)] == [(20, "trang trại")]


def test_news_continuation_sentence_reports_targets_but_statistics_do_not():
    text = (
        "Theo Kế hoạch, đến năm 2025, tỉnh phấn đấu có 100% xã đạt chuẩn. Đồng thời, 80% hộ dân dùng nước sạch. "
        "Hiện toàn tỉnh có 45% hộ dân dùng nước sạch.\n"
    )
    assert [(int(t.value), t.deadline_year) for t in iter_targets(text)] == [(100, 2025), (80, 2025)]


def test_lettered_milestone_items_date_their_targets():
    text = (
        "II. MỤC TIÊU\n1. Mục tiêu cụ thể\n\n"
        "a) Đến hết năm 2025: Có ≥\n30% DNNVV, HTX, HKD ứng dụng công nghệ số.\n\n"
        "b) Đến hết năm 2045: 100%\nDNNVV, HTX, HKD ứng dụng công nghệ số.\n"
    )
    got = [(int(t.value), t.comparator, t.deadline_year) for t in iter_targets(text)]
    assert got == [(30, ">=", 2025), (100, "=", 2045)]
    assert all(t.metric.startswith("DNNVV, HTX, HKD") for t in iter_targets(text))


def test_result_as_of_the_end_of_a_year_is_no_deadline():
    text = "Theo Kế hoạch, tỉnh phấn đấu có 80% hộ dân dùng nước sạch; tính đến hết năm 2024 mới đạt 45%.\n"
    assert [(int(t.value), t.deadline_year) for t in iter_targets(text)] == [(80, None)]


def test_thresholds_that_say_where_a_rule_applies_are_not_targets():
    text = (
        "II. MỤC TIÊU\n"
        "- Phấn đấu giảm tỷ lệ hộ nghèo bình quân 3%/năm; các xã có tỷ lệ hộ nghèo dưới 30% có thể điều chỉnh mục tiêu.\n"
        "- Đối với các xã có tỷ lệ hộ nghèo trên 50%, giảm bình quân 4%/năm.\n"
        "- Trường hợp đạt trên 90% thì được xét khen thưởng; các xã có 100% trường học đạt chuẩn.\n"
    )
    assert [(int(t.value), t.unit) for t in iter_targets(text)] == [(3, "%/năm"), (4, "%/năm"), (100, "%")]


def test_condition_phrase_with_commas_before_an_adjustment_clause(shared_docs):
    text, targets = _targets(shared_docs, "hcm_kh174_binhdanggioi_2025.md")
    assert not any("có thể điều chỉnh" in text[t.start : t.clause_end] for t in targets)


def test_news_targets_without_a_leading_target_word():
    text = (
        "Tỉnh đề ra 100% xã có điểm bưu điện văn hóa. "
        "Nghị quyết sẽ góp phần đưa tổng diện tích cây trồng được tưới chủ động đạt 80% vào năm 2020. "
        "Toàn huyện có 120 hộ thoát nghèo vào năm 2018, đã vượt kế hoạch. "
        "Huyện hướng đến phát triển bền vững, hơn 4 năm qua gia đình chị đã trồng 4 ha hồ tiêu.\n"
    )
    got = [(int(t.value), t.deadline_year, t.metric) for t in iter_targets(text)]
    assert got == [(100, None, "xã có điểm bưu điện văn hóa"), (80, 2020, "tổng diện tích cây trồng được tưới chủ động")]


def test_explainer_headline_questions_are_not_targets():
    text = (
        "**Mục tiêu đến năm 2030 phải thu hút được 02 doanh nghiệp công nghệ đầu tư trung tâm dữ liệu phải không?**\n\n"
        "Đến năm 2030, cơ bản hoàn thành các mục tiêu cụ thể sau:\n\n"
        "- Thu hút ít nhất 02 doanh nghiệp công nghệ hàng đầu thế giới đầu tư trung tâm dữ liệu.\n"
    )
    assert [(int(t.value), t.comparator, t.deadline_year) for t in iter_targets(text)] == [(2, ">=", 2030)]


def test_news_progress_and_directives_are_not_targets():
    text = (
        "Theo kế hoạch năm 2019, huyện giao chỉ tiêu 1.000 ha; đến nay đạt 70% kế hoạch. "
        "Huyện yêu cầu các xã khẩn trương kiểm tra 100% hộ chăn nuôi.\n"
    )
    assert [(int(t.value), t.unit) for t in iter_targets(text)] == [(1000, "ha")]


def test_explainer_with_a_quoted_goal_list_still_reads_explicit_targets_elsewhere():
    text = (
        "Căn cứ Điều 2 Nghị quyết về kế hoạch năm 2026, cụ thể:\n\n"
        "(1) Tốc độ tăng GDP phấn đấu từ 10% trở lên.\n\n(2) Kế hoạch dự kiến 10 ngày làm việc cho đợt 1.\n\n"
        "Mục tiêu đến năm 2030 được nêu như sau:\n\n- Có ít nhất 20 doanh nghiệp lớn tham gia chuỗi giá trị toàn cầu.\n"
    )
    got = [(int(t.value), t.unit, t.comparator) for t in iter_targets(text)]
    assert (10, "%", ">=") in got and (20, "doanh nghiệp", ">=") in got
    assert not any(u == "ngày làm việc" for _, u, _ in got)


def test_counted_target_list_with_misspelt_word_is_a_goal_list():
    text = (
        "Nghị quyết đặt ra 15 chỉ tiêu như sau:\n"
        "1. Chi tiêu tốc độ tăng trưởng GDP đạt từ 10% trở lên.\n"
        "2. GDP bình quân đầu người đạt 5.400 - 5.500 USD.\n"
    )
    found = {(t.value, t.value_max, t.unit, t.comparator) for t in iter_targets(text)}
    assert found == {(10, None, "%", ">="), (5400, 5500, "USD", "range")}


def test_spending_is_no_target_list():
    text = "Các khoản chi tiêu như sau:\n1. Chi mua sắm thiết bị 500 triệu đồng.\n"
    assert not list(iter_targets(text))


def test_aims_section_states_targets_after_a_target_word():
    text = (
        "I. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\n"
        "Phấn đấu đến năm 2030, 100% xã có trạm y tế đạt chuẩn.\n"
        "Nâng cao chất lượng khám chữa bệnh cho 500 học viên.\n"
        "II. MỤC TIÊU\nĐến năm 2030, 90% dân số có hồ sơ sức khỏe điện tử.\n"
    )
    found = [(t.value, t.unit, t.deadline_year) for t in iter_targets(text)]
    assert found == [(100, "%", 2030), (90, "%", 2030)]


def test_anniversary_is_no_duration_target():
    text = (
        "Mục tiêu\nCả nước nỗ lực hoàn thành hai mục tiêu 100 năm, trong đó phấn đấu tăng trưởng trên 8% năm 2025.\n"
        "Phấn đấu đến năm 2030 thời gian xử lý hồ sơ giảm còn 3 năm.\n"
    )
    found = [(t.value, t.unit) for t in iter_targets(text)]
    assert found == [(8, "%"), (3, "năm")]


def test_present_state_opening_a_goal_section_is_a_baseline():
    text = (
        "II. MỤC TIÊU\nHiện nay, toàn thành phố có khoảng 180 trạm, trong đó có 22 trạm 5G.\n"
        "1. Mục tiêu đến năm 2030\n- Có thêm 300 trạm 5G.\n"
    )
    assert [(t.value, t.deadline_year) for t in iter_targets(text)] == [(300, 2030)]


def test_count_after_a_share_says_which_entities_are_counted():
    text = "II. MỤC TIÊU\n- Đến năm 2026, 100% khu công nghiệp có tối thiểu 1 trạm phát sóng 5G.\n"
    assert [(t.value, t.unit) for t in iter_targets(text)] == [(100, "%")]


def test_news_quantity_dated_by_a_later_in_year_milestone():
    text = "Trước mắt, thí điểm xây mới hoặc cải tạo 100 trường trong năm 2025 (chậm nhất là đến khai giảng năm học sau).\n"
    assert [(t.value, t.unit, t.deadline_year) for t in iter_targets(text)] == [(100, "trường", 2025)]


def test_span_relative_to_now_is_no_duration_target():
    text = "Mục tiêu\nPhấn đấu hoàn thành xây dựng 248 trường trong 2 - 3 năm tới.\n"
    assert [(t.value, t.unit) for t in iter_targets(text)] == [(248, "trường")]


def test_lead_in_milestone_after_the_goal_word_dates_the_list():
    text = (
        "**Mục tiêu của Nghị quyết 68 là gì?**\n\n"
        "Nghị quyết 68-NQ/TW đặt ra các mục tiêu đến năm 2030 như sau:\n\n"
        "- Có 2 triệu doanh nghiệp hoạt động trong nền kinh tế.\n\n"
        "- Có ít nhất 20 doanh nghiệp lớn tham gia chuỗi giá trị toàn cầu.\n"
    )
    found = [(t.value, t.comparator, t.deadline_year) for t in iter_targets(text)]
    assert found == [(2, "=", 2030), (20, ">=", 2030)]


def test_aims_section_dated_quantity_without_target_word():
    text = (
        "I. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\n- Nâng cao chất lượng dịch vụ; đến năm 2027 có 80% hồ sơ được xử lý trực tuyến.\n"
        "II. NHIỆM VỤ\n1. Tổ chức 05 lớp tập huấn.\n"
    )
    assert [(t.value, t.unit, t.deadline_year) for t in iter_targets(text)] == [(80, "%", 2027)]


def test_development_plan_section_sets_out_quantities_for_its_period():
    text = (
        "II. KẾ HOẠCH PHÁT TRIỂN NHÀ Ở GIAI ĐOẠN 2026-2030\n1. Nhà ở xã hội\n"
        "Phát triển khoảng 3.500 căn nhà ở xã hội.\n"
    )
    found = [(t.value, t.comparator, t.period_start, t.period_end) for t in iter_targets(text)]
    assert found == [(3500, "approx", 2026, 2030)]


def test_quantities_in_tasks_stay_out_even_when_the_plan_has_no_goal_sections():
    # The annotation scope is goal sections only: a task's "Phấn đấu …" is a task figure.
    text = (
        "I. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\na) Quán triệt và triển khai Chỉ thị.\n"
        "II. NỘI DUNG THỰC HIỆN\n1. Sở Y tế\n"
        "a) Chủ trì tổ chức 05 hội nghị; tập trung các giải pháp, cụ thể: Phấn đấu tổng tỷ suất sinh đạt 2,1 con/phụ nữ; "
        "tỷ số giới tính khi sinh dưới 109 bé trai/100 bé gái sinh ra sống.\n"
    )
    assert list(iter_targets(text)) == []


def test_tasks_stay_out_when_the_plan_has_goal_sections():
    text = (
        "I. MỤC TIÊU\n- Đến năm 2030, 90% dân số có hồ sơ sức khỏe điện tử.\n"
        "II. NHIỆM VỤ\n1. Phấn đấu xây dựng ít nhất 01 triệu căn hộ theo Đề án của Chính phủ.\n"
    )
    assert [t.value for t in iter_targets(text)] == [90]


def test_a_lead_in_naming_a_national_target_programme_opens_no_goal_list():
    # "Chương trình mục tiêu quốc gia" is a programme's name: the tasks it introduces state no goals.
    text = (
        "II. NHIỆM VỤ, GIẢI PHÁP\n\n"
        "2. Phân công trách nhiệm\n\n"
        "Căn cứ nội dung của Chương trình mục tiêu quốc gia phòng, chống ma túy đến năm 2030 và Kế hoạch "
        "này, các sở, ngành tổ chức thực hiện các công tác trọng tâm cụ thể như sau:\n\n"
        "2.1. Công an tỉnh\n\n"
        "a) Hướng dẫn, đôn đốc các địa phương xây dựng lộ trình đạt mục tiêu ít nhất 50% xã, phường "
        "không có ma túy vào năm 2030.\n\n"
        "b) Xây dựng lộ trình thực hiện đến năm 2030, bảo đảm ít nhất 70% xã, phường tổ chức cai nghiện "
        "tự nguyện tại gia đình.\n"
    )
    assert list(iter_targets(text)) == []


def test_a_task_that_lists_the_goals_it_strives_for_states_targets():
    # A plan without a goal section: the quantified goals are the list after "phấn đấu đạt …, cụ thể:"
    # inside an agency's task; the thresholds that define who is counted are not targets.
    text = (
        "II. NỘI DUNG THỰC HIỆN\n\n"
        "1. Sở Y tế\n\n"
        "a) Chủ trì, phối hợp với các sở, ngành tăng cường kiểm tra việc thực hiện chính sách dân số. "
        "Trong đó, tập trung các giải pháp để phấn đấu đạt và duy trì mức sinh thay thế, nâng cao chất "
        "lượng dân số, cụ thể: Phấn đấu tổng tỷ suất sinh đạt 2,1 con/phụ nữ; tỷ số giới tính khi sinh "
        "dưới 109 bé trai/100 bé gái sinh ra sống; tỷ lệ người từ 65 tuổi trở lên đạt khoảng 12%; giảm 50% "
        "số cặp tảo hôn; 70% phụ nữ mang thai được tầm soát ít nhất 4 loại bệnh bẩm sinh phổ biến nhất;\n\n"
        "b) Tổ chức sơ kết các chương trình dân số, bảo đảm 100% xã báo cáo đúng hạn;\n"
    )
    found = [(t.value, t.unit, t.comparator, t.strict) for t in iter_targets(text)]
    assert found == [
        (Decimal("2.1"), "con/phụ nữ", "=", False),
        (Decimal("109"), "bé trai/100 bé gái sinh ra sống", "<=", True),
        (Decimal("12"), "%", "approx", False),
        (Decimal("50"), "%", "=", False),
        (Decimal("70"), "%", "=", False),
    ]


def test_a_provincial_directive_reported_by_its_number_sets_goals_among_its_tasks():
    # hcm_ct05 (b16): a page quoting "Chỉ thị 05/CT-UBND" of Ho Chi Minh City; "Đảm bảo 100% …" is the share of those
    # the directive makes comply. A figure that only says who must comply ("có chiều dài từ 50m trở lên") is no target.
    text = (
        "Ngày 26/11/2025, UBND TPHCM đã có Chỉ thị 05/CT-UBND năm 2025 về tăng cường công tác phòng cháy, chữa cháy.\n\n"
        "II. NHIỆM VỤ CỤ THỂ\n\n1. Công an Thành phố\n\n"
        "e) Tăng cường hướng dẫn, kiểm tra các địa bàn cơ sở có nguy cơ cháy, nổ.Đảm bảo 100% Chủ tịch, Phó Chủ tịch Ủy ban "
        "nhân dân phường, xã, đặc khu phải được tổ chức tập huấn, huấn luyện nghiệp vụ về PCCC và CNCH theo quy định.\n"
    )
    found = [(t.value, t.unit, t.comparator) for t in iter_targets(text)]
    assert found == [(Decimal("100"), "%", "=")]
    # the same task in a plan, whose goals are in its goal sections, states no target
    assert list(iter_targets(text.replace("Chỉ thị 05/CT-UBND", "Kế hoạch 05/KH-UBND"))) == []


def test_a_zoning_plans_technical_indicators_and_land_use_are_its_design_not_goals():
    # cm_qd01733_kcnsongdoc (b16e): a zone's approved figures, under "Các chỉ tiêu kinh tế - kỹ thuật cơ bản" and
    # "Quy mô diện tích, chỉ tiêu sử dụng đất", are project parameters (shared/corpus/README.md, Kinds).
    text = (
        "**4. Các chỉ tiêu kinh tế - kỹ thuật cơ bản**\n\n"
        "- Dự báo số lượng công nhân: Quy mô lao động dự kiến là 2.500 người.\n\n"
        "**6. Quy mô diện tích, chỉ tiêu sử dụng đất**\n\n"
        "- Tổng diện tích đất sản xuất công nghiệp, kho bãi là 27,93ha, chiếm 61,45% tổng diện tích khu công nghiệp.\n"
    )
    found = list(iter_targets(text))
    assert [(t.value, t.kind) for t in found] == [
        (Decimal("2500"), "project_parameter"), (Decimal("27.93"), "project_parameter"),
        (Decimal("61.45"), "project_parameter"),
    ]


def test_a_count_after_cua_says_whose_figure_it_is():
    # tw_nq36 (b16d) "kinh tế của 28 tỉnh, thành phố ven biển …", hcm_boithuonggpmb (b16a) "tiến độ giải ngân của 34
    # dự án": the count names the subject, it is no goal of its own.
    text = (
        "II. MỤC TIÊU\n\nMục tiêu cụ thể đến năm 2030:\n\n"
        "- Kinh tế của 28 tỉnh, thành phố ven biển đạt 65 - 70% GDP cả nước.\n"
        "- Hoàn thành giải ngân của 34 dự án trọng điểm; xây dựng 12 trường học.\n"
    )
    found = [(t.value, t.unit) for t in iter_targets(text)]
    assert (Decimal("28"), "tỉnh, thành phố") not in found and (Decimal("34"), "dự án") not in found
    assert (Decimal("65"), "% GDP cả nước") in found and (Decimal("12"), "trường học") in found



def test_a_level_assured_for_a_named_measure_is_a_target_among_tasks():
    # gl_nq54 (b24b), a council's mid-year resolution: its tasks name the year's goals with "đảm bảo … đạt".
    from tests.blind_documents import parsed_blind_document

    parsed = parsed_blind_document("gl_nq54_nhiemvu6thangcuoi_2017.md")
    found = {(t.value, t.unit, t.comparator) for t in iter_targets(parsed.text)}
    assert (Decimal("7.52"), "%", ">=") in found
    # "đảm bảo" before a measure without a level of its own is no goal word
    assert list(iter_targets("1.2. Đảm bảo an toàn giao thông trên các tuyến, năm 2016 xảy ra 150 vụ tai nạn.\n")) == []
