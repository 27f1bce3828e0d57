"""Comparator wording, quantifier scope over coordinated lists, ranges and strictness."""

from extractors.targets import iter_targets

PLAN = "II. MỤC TIÊU\n2. Mục tiêu cụ thể đến năm 2030\n"


def _read(body):
    return [(float(t.value), t.value_max and float(t.value_max), t.unit, t.comparator, t.strict) for t in iter_targets(PLAN + body)]


def test_quantifier_covers_a_coordinated_list():
    assert _read("- Tối thiểu 55% học sinh lớp 5, 65% học sinh lớp 9 và 75% học sinh lớp 12 biết bơi.\n") == [
        (55, None, "%", ">=", False), (65, None, "%", ">=", False), (75, None, "%", ">=", False)
    ]


def test_quantifier_stops_at_semicolon_and_subset():
    got = _read("- Khoảng 10% xã đạt chuẩn; 50% xã có bể bơi.\n- Ít nhất 20 mô hình, trong đó 05 mô hình cấp tỉnh.\n")
    assert [c for *_, c, _ in got] == ["approx", "=", ">=", "="]


def test_strict_and_upper_bounds():
    got = _read("- Trên 80% cán bộ được đào tạo; dưới 5% hộ nghèo; không quá 10 ngày làm việc; từ 50 doanh nghiệp trở lên.\n")
    assert got == [
        (80, None, "%", ">=", True),
        (5, None, "%", "<=", True),
        (10, None, "ngày làm việc", "<=", False),
        (50, None, "doanh nghiệp", ">=", False),
    ]


def test_nobody_below_a_bound_is_everybody_at_or_above_it():
    got = _read("- 85% người trong độ tuổi hoàn thành trung học phổ thông, không có tỉnh, thành phố nào đạt dưới 60%.\n"
                "- Không để xảy ra tình trạng trên 5% hộ tái nghèo; dưới 2% hộ nghèo.\n")
    assert got == [
        (85, None, "%", "=", False),
        (60, None, "%", ">=", False),
        (5, None, "%", "<=", False),
        (2, None, "%", "<=", True),
    ]


def test_ranges():
    got = _read("- Tăng từ 10-12%/năm; từ 300 đến 500 ha; 88% - 90% hộ dân.\n")
    assert got == [(10, 12, "%/năm", "range", False), (300, 500, "ha", "range", False), (88, 90, "%", "range", False)]


def test_a_range_with_its_counted_noun_on_both_ends_is_one_range():
    got = _read("- Có tổng số 06 bến cảng gồm từ 16 cầu cảng đến 18 cầu cảng.\n")
    assert got == [(6, None, "bến cảng", "=", False), (16, 18, "cầu cảng", "range", False)]


def test_container_throughput_is_counted_in_teu():
    got = _read("- Hàng container từ 0,97 triệu TEU đến 1,36 triệu TEU.\n")
    assert got == [(0.97, 1.36, "triệu TEU", "range", False)]


def test_second_milestone_takes_its_own_year():
    body = "- Đến năm 2028, 70% học sinh biết bơi và đạt tỷ lệ 90% vào năm 2035.\n"
    assert [t.deadline_year for t in iter_targets(PLAN + body)] == [2028, 2035]


def test_heading_deadline_and_period():
    text = "II. MỤC TIÊU\n2. Mục tiêu cụ thể giai đoạn 2026-2030\n- 100% xã có điểm phục vụ.\n"
    (t,) = iter_targets(text)
    assert (t.deadline_year, t.period_start, t.period_end) == (None, 2026, 2030)


def test_baseline_is_kept_and_not_a_deadline():
    (t,) = iter_targets(PLAN + "- Giảm 20% số vụ tai nạn so với năm 2020.\n")
    assert (t.baseline, t.baseline_year, t.deadline_year) == ("so với năm 2020", 2020, 2030)


def test_percentage_base_after_chiem_and_elided_unit():
    body = "- Lao động tham gia chiếm khoảng 1% lực lượng lao động trong độ tuổi; đến năm 2035 đạt khoảng 2,5%.\n"
    assert [(t.unit, t.deadline_year) for t in iter_targets(PLAN + body)] == [
        ("% lực lượng lao động trong độ tuổi", 2030),
        ("% lực lượng lao động trong độ tuổi", 2035),
    ]


def test_per_entity_unit():
    (t,) = iter_targets(PLAN + "- Mỗi trường có ít nhất 02 giáo viên dạy bơi.\n")
    assert (t.value, t.unit, t.comparator) == (2, "giáo viên/trường", ">=")


def test_share_of_an_aggregate_keeps_its_base():
    (t,) = iter_targets(PLAN + "- Tỷ trọng kinh tế số đạt tối thiểu 30% GRDP.\n")
    assert (t.unit, t.comparator) == ("% GRDP", ">=")


def test_from_baseline_to_target_keeps_only_the_target():
    got = _read("- Tỷ lệ hộ dùng nước sạch tăng từ 45% lên 60%.\n")
    assert got == [(60, None, "%", "=", False)]


def test_lead_in_paragraph_and_dated_milestones():
    body = "Phấn đấu đến năm 2027:\n- 100% hồ sơ được số hóa;\n- 80% thủ tục trực tuyến trước Quý IV/2026.\n"
    assert [(int(t.value), t.deadline_year) for t in iter_targets(PLAN + body)] == [(100, 2027), (80, 2026)]


def test_scale_words_stay_in_the_unit():
    body = "- Thu hút 1,5 triệu lượt khách; doanh thu du lịch đạt 2.000 tỷ đồng.\n"
    assert [(float(t.value), t.unit, t.unit_category) for t in iter_targets(PLAN + body)] == [
        (1.5, "triệu lượt khách", "people"), (2000, "tỷ đồng", "money")  # the scaled unit's category is the unit's
    ]


def test_classifier_units_keep_the_counted_noun():
    body = "- Xây dựng 20 điểm du lịch cộng đồng và 03 khu dân cư kiểu mẫu.\n- Giảm từ 23 ca sinh/1.000 phụ nữ xuống 18 ca sinh/1.000 phụ nữ.\n"
    assert [(int(t.value), t.unit) for t in iter_targets(PLAN + body)] == [
        (20, "điểm du lịch"), (3, "khu dân cư"), (18, "ca sinh/1.000 phụ nữ")
    ]


def test_comparator_split_by_a_soft_line_break():
    text = "II. MỤC TIÊU\n- Đến năm 2030, có tối\nthiểu 05 kịch bản ứng dụng dữ liệu và ít nhất 20 tập dữ liệu mở được công bố.\n"
    found = [(t.value, t.unit, t.comparator) for t in iter_targets(text)]
    assert found == [(5, "kịch bản", ">="), (20, "tập dữ liệu mở", ">=")]


def test_a_group_to_be_in_is_a_plain_value_and_a_top_rank_an_upper_bound():
    text = (
        "Theo Nghị quyết, mục tiêu đến năm 2030 Việt Nam thuộc nhóm 3 nước dẫn đầu ASEAN về chỉ số đổi mới sáng tạo.\n"
        "Mục tiêu đến năm 2030 đưa tỉnh vào top 03 vùng có tốc độ tăng trưởng cao nhất.\n"
    )
    found = [(t.value, t.unit, t.comparator, t.deadline_year) for t in iter_targets(text)]
    assert found == [(3, "nước dẫn đầu ASEAN", "=", 2030), (3, "vùng", "<=", 2030)]


def test_group_number_without_a_rank_stays_a_label():
    text = "II. MỤC TIÊU\n- Đến năm 2030, các trường nhóm 2 có 30 phòng học bộ môn.\n"
    assert [(t.value, t.comparator) for t in iter_targets(text)] == [(30, "=")]


def test_a_ranked_group_that_defines_what_is_counted_is_not_a_second_target():
    got = _read("- Phấn đấu ít nhất 8 cơ sở giáo dục đại học thuộc nhóm 200 đại học hàng đầu châu Á.\n"
                "- Việt Nam thuộc nhóm 3 nước đứng đầu ASEAN về chuyển đổi số.\n")
    assert got == [(8, None, "cơ sở giáo dục đại học", ">=", False), (3, None, "nước đứng đầu ASEAN", "=", False)]


def test_quantifier_covers_an_item_after_the_previous_items_verb():
    # "đạt chuẩn quốc gia" is the predicate of the 80% item, not a new verb for the 20% one.
    got = _read("- Phấn đấu 100% cơ sở đại học và ít nhất 80% cơ sở nghề nghiệp đạt chuẩn quốc gia, "
                "20% cơ sở được đầu tư hiện đại.\n")
    assert [(v, c, s) for v, _, _, c, s in got] == [(100, "=", False), (80, ">=", False), (20, ">=", False)]


def test_a_verb_of_the_next_item_still_stops_the_quantifier():
    got = _read("- Giá trị xuất khẩu đạt trên 3,9 triệu USD, tốc độ tăng bình quân 05%/năm.\n")
    assert [(v, c, s) for v, _, _, c, s in got] == [(3.9, ">=", True), (5, "=", False)]


def test_a_strict_lower_bound_reaches_a_whole_as_at_least():
    # Nothing exceeds 100%: "trên" carried onto "100%" reads ">=", not strictly more.
    got = _read("- Trên 80% số trạm y tế cấp xã và 100% cơ sở cai nghiện công lập đủ điều kiện.\n")
    assert [(v, c, s) for v, _, _, c, s in got] == [(80, ">=", True), (100, ">=", False)]


def test_a_group_among_countries_and_territories_is_a_plain_value():
    got = _read("- Xếp hạng theo Chỉ số hiệu quả logistics (LPI) trong nhóm 40 quốc gia và vùng lãnh thổ hàng đầu.\n")
    assert got == [(40, None, "quốc gia và vùng lãnh thổ hàng đầu", "=", False)]


def test_a_verb_before_another_figure_still_stops_the_quantifier():
    got = _read("- Với kinh phí đầu tư khoảng 5,5 tỉ USD, sân bay dự kiến đạt 25 triệu lượt khách và 1,2 triệu tấn hàng hóa.\n")
    assert [(v, c) for v, _, _, c, _ in got][-2:] == [(25, "="), (1.2, "=")]


def test_emphasis_between_a_comparator_and_its_number_does_not_hide_it():
    # tw_nq57: "Tối thiểu có **5 doanh nghiệp công nghệ số** ngang tầm các nước tiên tiến."
    got = _read("- Tối thiểu có **5 doanh nghiệp công nghệ số** ngang tầm các nước tiên tiến.\n")
    assert [(value, comparator) for value, _, _, comparator, _ in got] == [(5, ">=")]


def test_more_than_the_target_named():
    # ttg_cd190: "phấn đấu vượt chỉ tiêu 100.000 căn trong năm 2025" (session 37).
    got = _read("- Phấn đấu vượt chỉ tiêu 100.000 căn nhà ở xã hội; vượt mục tiêu 10% tăng trưởng.\n")
    assert [(v, c, s) for v, _, _, c, s in got] == [(100000, ">=", True), (10, ">=", True)]
