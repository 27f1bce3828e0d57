"""The unit of a count keeps the kind of thing counted as written (README, Units):
a counted term of several words, what a classifier counts, a currency's code, a
share's base with its place, and no per-entity part for a yearly rate."""

import pytest

from extractors.targets import iter_targets
from extractors.units import unit_category

PLAN = "II. MỤC TIÊU\n2. Mục tiêu cụ thể đến năm 2030\n"


def _units(body):
    return [(float(t.value), t.unit) for t in iter_targets(PLAN + body)]


def test_a_kind_of_institution_or_data_set_is_counted_whole():
    got = _units(
        "- Phấn đấu ít nhất 8 cơ sở giáo dục đại học thuộc nhóm 200 đại học hàng đầu châu Á.\n"
        "- Có ít nhất 20 tập dữ liệu mở phục vụ phát triển kinh tế số được công bố.\n"
        "- Xây dựng 06 bến cảng gồm 16 cầu cảng.\n"
        "- Đào tạo ít nhất 6.000 nghiên cứu sinh và 20.000 người học các chương trình tài năng.\n"
    )
    assert got == [(8, "cơ sở giáo dục đại học"), (20, "tập dữ liệu mở"), (6, "bến cảng"), (16, "cầu cảng"),
                   (6000, "nghiên cứu sinh"), (20000, "người học")]


def test_administrative_units_are_counted_with_their_level():
    # The agriculture ministry's 2021 plan reported by a news page (blind b7).
    assert _units("- Phấn đấu ít nhất 200 đơn vị cấp huyện đạt chuẩn nông thôn mới.\n") == [(200, "đơn vị cấp huyện")]
    assert _units("- Tối thiểu 250 đơn vị sản xuất kinh doanh có cán bộ được tập huấn.\n") == [(250, "đơn vị")]


def test_turns_count_the_noun_written_after_them():
    assert _units("- Tổ chức đào tạo, bồi dưỡng 3.000 lượt nhân lực về chuyển đổi số.\n") == [(3000, "lượt nhân lực")]


def test_a_count_in_a_shares_subset_is_a_target_not_a_threshold():
    got = _units("- Tỉ lệ người học các ngành kỹ thuật đạt ít nhất 35%, trong đó có ít nhất 6.000 nghiên cứu sinh, "
                 "20.000 người học các chương trình tài năng.\n")
    assert got == [(35, "%"), (6000, "nghiên cứu sinh"), (20000, "người học")]


def test_a_currency_keeps_the_code_written_after_it():
    got = _units("- GDP bình quân đầu người đạt 5.400 - 5.500 đô la Mỹ (USD).\n"
                 "- Quy mô GDP đạt khoảng trên 500 tỉ đô la Mỹ (USD).\n")
    assert got == [(5400, "đô la Mỹ (USD)"), (500, "tỉ đô la Mỹ (USD)")]


def test_a_share_of_the_economy_keeps_the_place_it_is_of():
    assert _units("- Kinh tế số chiếm 45% GRDP tỉnh.\n- Quy mô kinh tế số đạt 40% GRDP.\n") == [
        (45, "% GRDP tỉnh"), (40, "% GRDP")
    ]


def test_a_share_of_a_total_keeps_the_total_as_its_base():
    # News pages on the cooperative-economy strategy (blind b7), Hà Nội's 2021-2025 resolution (b7) and the national
    # high-tech programme (b7): "% tổng số …", "% tổng chi …", "% tổng giá trị …" name what the share is of.
    got = _units(
        "- 60% tổng số hợp tác xã hoạt động từ loại khá trở lên.\n"
        "- 50% tổng số tổ chức kinh tế tập thể, hợp tác xã có liên kết với doanh nghiệp.\n"
        "- Chi thường xuyên ở mức khoảng 50% tổng chi ngân sách.\n"
        "- Giá trị xuất khẩu sản phẩm công nghệ cao đạt khoảng 60% tổng giá trị xuất khẩu trong công nghiệp chế biến chế tạo.\n"
    )
    assert got == [(60, "% tổng số hợp tác xã"), (50, "% tổng số tổ chức kinh tế tập thể, hợp tác xã"),
                   (50, "% tổng chi ngân sách"), (60, "% tổng giá trị xuất khẩu trong công nghiệp chế biến chế tạo")]
    # The energy-security resolution reported by a news page (blind b7): a share of a demand.
    assert _units("- Các cơ sở lọc dầu đáp ứng tối thiểu 70% nhu cầu trong nước.\n") == [(70, "% nhu cầu trong nước")]
    # The base ends before the next share of the list (the fisheries strategy news page, blind b8).
    got = _units("- Kim ngạch xuất khẩu thủy sản đạt 1,7% tổng giá trị kim ngạch xuất khẩu cả nước và 20,8% tổng giá trị "
                 "xuất khẩu nông sản.\n")
    assert got == [(1.7, "% tổng giá trị kim ngạch xuất khẩu cả nước"), (20.8, "% tổng giá trị xuất khẩu nông sản")]


def test_a_share_followed_by_its_own_subject_does_not_inherit_the_base_of_the_share_before():
    # The cooperative-economy strategy reported by a news page (blind b7).
    targets = list(iter_targets(PLAN + "- 60% tổng số hợp tác xã hoạt động từ loại khá trở lên; 20% cán bộ quản lý hợp "
                                       "tác xã tốt nghiệp đại học.\n- Tỷ lệ thất nghiệp dưới 1% lực lượng lao động; "
                                       "đến năm 2025 đạt khoảng 2,5%.\n"))
    assert [(float(t.value), t.unit) for t in targets] == [
        (60, "% tổng số hợp tác xã"), (20, "%"), (1, "% lực lượng lao động"), (2.5, "% lực lượng lao động"),
    ]
    # What a share of a total count measures is the counted things doing what the clause says.
    assert (targets[0].metric, targets[0].indicator) == (
        "hợp tác xã hoạt động từ loại khá trở lên", "tỷ lệ hợp tác xã hoạt động từ loại khá trở lên",
    )


def test_emphasis_closed_after_a_share_does_not_cut_its_base():
    # Lào Cai's Resolution 34-NQ/TU as a Markdown page (blind b8): "**45,3%** GRDP tỉnh".
    assert _units("- Cơ cấu Công nghiệp - Xây dựng chiếm **45,3%** GRDP tỉnh.\n") == [(45.3, "% GRDP tỉnh")]


def test_a_yearly_count_has_no_per_entity_part():
    # "mỗi năm" is a rate in time; "mỗi trường" names the entity each count is of.
    got = _units("- Mỗi năm có ít nhất 150 sản phẩm đổi mới sáng tạo được thương mại hoá.\n"
                 "- Mỗi trường có ít nhất 02 giáo viên được bồi dưỡng.\n")
    assert got == [(150, "sản phẩm"), (2, "giáo viên/trường")]


def test_a_rate_per_population_keeps_the_nouns_before_its_slash():
    # Six blind pages give this rate; five of their golds write the unit without the qualifier "hoạt động": it is
    # the metric's, as a counted noun's qualifier is elsewhere.
    body = ("- Phấn đấu có 2 triệu doanh nghiệp hoạt động trong nền kinh tế, 20 doanh nghiệp hoạt động/nghìn dân.\n"
            "- Số giường bệnh đạt 30 giường bệnh/vạn dân.\n")
    assert _units(body) == [(2, "triệu doanh nghiệp"), (20, "doanh nghiệp/nghìn dân"), (30, "giường bệnh/vạn dân")]
    # A rate is a measure of its own, not the count before it again.
    rate = list(iter_targets(PLAN + body))[1]
    assert (rate.metric, rate.indicator) == ("doanh nghiệp hoạt động", "số doanh nghiệp hoạt động trên nghìn dân")


def test_at_least_written_without_its_accent_is_a_lower_bound():
    got = [(float(t.value), t.comparator) for t in iter_targets(PLAN + "- Có it nhất 20 doanh nghiệp lớn tham gia chuỗi giá trị toàn cầu.\n")]
    assert got == [(20, ">=")]


def test_an_index_value_written_without_a_unit_is_measured_in_the_index():
    got = [(float(t.value), t.unit, t.comparator, t.strict) for t in iter_targets(
        PLAN + "- Chỉ số giáo dục đóng góp vào chỉ số phát triển con người (HDI) đạt trên 0,8, trong đó chỉ số "
               "bất bình đẳng giáo dục giảm xuống dưới 10%.\n- Chỉ số hài lòng đạt năm 2030.\n")]
    assert got == [(0.8, "chỉ số", ">=", True), (10, "%", "<=", True)]


def test_an_index_held_above_a_value_needs_no_goal_word_to_be_measured_in_the_index():
    # A dated sentence outside a goal section: "chỉ số … đạt / duy trì trên" names what the bare number is.
    got = [(float(t.value), t.unit, t.comparator, t.deadline_year) for t in iter_targets(
        "Đến năm 2030, chỉ số phát triển con người (HDI) duy trì trên 0,7.\n"
        "Đến năm 2030, chỉ số HDI đạt 0,75.\n")]
    assert got == [(0.7, "chỉ số", ">=", 2030), (0.75, "chỉ số", "=", 2030)]


def test_ten_thousand_written_vạn_is_a_scale_kept_in_the_unit():
    got = [(float(t.value), t.unit, t.comparator) for t in iter_targets(
        PLAN + "- Bình quân mỗi năm tạo việc làm cho trên 3,2 vạn lượt lao động.\n")]
    assert got == [(3.2, "vạn lượt lao động", ">=")]


def test_the_population_a_count_is_taken_per_is_no_figure():
    got = [(float(t.value), t.unit) for t in iter_targets(
        PLAN + "- Số bác sĩ trên 1 vạn dân đạt khoảng 15,3 bác sĩ.\n- Số giường bệnh trên 10.000 dân đạt 32 giường.\n"
               "- Thu hút trên 10.000 người dân tham gia.\n")]
    assert got == [(15.3, "bác sĩ"), (32, "giường"), (10000, "người dân")]


@pytest.mark.parametrize("unit, category", [
    ("triệu tấn", "mass"), ("triệu tỷ đồng", "money"), ("tỷ m3", "volume"), ("triệu TOE", "energy"),
    ("triệu lượt khách", "people"), ("nghìn người", "people"), ("tấn", "mass"), ("triệu", "count"),
])
def test_a_scaled_unit_has_the_category_of_the_unit_it_scales(unit, category):
    assert unit_category(unit) == category


def test_nguoi_dan_counts_citizens_as_one_noun():
    got = _units("- 40 triệu người dân trong độ tuổi trưởng thành được xác nhận đạt phổ cập kỹ năng số.\n")
    assert got == [(40.0, "triệu người dân")]
    assert unit_category("triệu người dân") == "people"


def test_social_housing_is_counted_in_units_not_in_houses():
    # cm_kh0219 and ttg_hoinghi_nhaoxahoi (b16): "4.800 căn nhà ở xã hội" counts "căn" of "nhà ở xã hội".
    assert _units("- Phấn đấu hoàn thành tối thiểu 4.800 căn nhà ở xã hội.\n") == [(4800, "căn")]
    assert _units("- Hỗ trợ xây dựng 200 căn nhà tình nghĩa.\n") == [(200, "căn nhà")]


def test_a_length_in_centimetres_written_against_its_number():
    # tw_nq72 (b16): "tăng chiều cao trung bình … thêm tối thiểu 1,5cm".
    found = list(iter_targets(
        "Nghị quyết đặt mục tiêu đến năm 2030, tăng chiều cao trung bình của trẻ em và thanh thiếu niên từ 1-18 tuổi "
        "thêm tối thiểu 1,5cm; tuổi thọ trung bình đạt 75,5 tuổi."
    ))
    height = next(t for t in found if t.unit == "cm")
    assert (float(height.value), height.comparator, height.deadline_year) == (1.5, ">=", 2030)
    assert height.metric.endswith("thanh thiếu niên từ 1-18 tuổi")  # "thêm" is the rise, not the measure
    assert unit_category("cm") == "length"


def test_healthy_life_expectancy_is_given_in_years_of_age():
    # tw_nq72 (b16): "số năm sống khoẻ mạnh tăng lên trên 71 tuổi" is the measure, not an age group.
    found = list(iter_targets(
        "Theo Nghị quyết, tầm nhìn đến năm 2045, người dân có tuổi thọ trung bình đạt trên 80 tuổi, trong đó số năm "
        "sống khoẻ mạnh tăng lên trên 71 tuổi, tầm vóc, thể lực tương đương các quốc gia."
    ))
    assert [(float(t.value), t.unit, t.deadline_year) for t in found] == [(80, "tuổi", 2045), (71, "tuổi", 2045)]


def test_a_base_written_after_the_last_of_two_counts_is_both_counts():
    # dh13 (b16i): "có 10 bác sĩ và 30 giường bệnh/1 vạn dân".
    assert _units("- Có 10 bác sĩ và 30 giường bệnh/1 vạn dân.\n") == [(10, "bác sĩ/1 vạn dân"), (30, "giường bệnh/1 vạn dân")]
    assert _units("- Có 10 bác sĩ và 30 giường bệnh.\n") == [(10, "bác sĩ"), (30, "giường bệnh")]


def test_a_rate_named_in_its_own_clause_does_not_take_the_base_of_the_clause_before():
    # dh13 (b16i): "tỉ lệ tham gia bảo hiểm y tế đạt 95% dân số; …; tỉ lệ xã đạt tiêu chuẩn nông thôn mới tối thiểu 80%".
    got = _units("- Tỉ lệ tham gia bảo hiểm y tế đạt 95% dân số; tỉ lệ xã đạt tiêu chuẩn nông thôn mới tối thiểu 80%.\n")
    assert got == [(95, "% dân số"), (80, "%")]


def test_the_years_an_average_is_taken_over_are_no_count():
    # dh13 (b16i): "Tốc độ tăng trưởng kinh tế (GDP) bình quân 5 năm đạt khoảng 6,5 - 7%/năm".
    got = _units("- Tốc độ tăng trưởng kinh tế (GDP) bình quân 5 năm đạt khoảng 6,5 - 7%/năm.\n")
    assert got == [(6.5, "%/năm")]


def test_a_scaled_classifier_keeps_the_noun_it_counts():
    # bxd_qd427 (a news page on Phú Quốc airport): "lượt" counts the passengers written after it, scaled or not.
    body = "- Nâng công suất phục vụ lên 18 triệu lượt hành khách mỗi năm.\n- Phục vụ 500 lượt hành khách mỗi ngày.\n"
    assert _units(body) == [(18, "triệu lượt hành khách"), (500, "lượt hành khách")]


def test_a_scaled_noun_missing_from_the_table_is_still_its_unit():
    # The noun is guessed by its part of speech after the scale word, as it is after a bare number.
    assert _units("- Tiêm 5 triệu liều vắc xin cho trẻ em.\n") == [(5, "triệu liều")]


def test_the_goods_of_a_yearly_rate_stay_in_its_unit():
    # bxd_qd427: "công suất khoảng 10 triệu hành khách/năm và 25.000 tấn hàng hóa/năm": the rate is the goods'.
    got = _units("- Sân bay có công suất khoảng 10 triệu hành khách/năm và 25.000 tấn hàng hóa/năm.\n"
                 "- Sản lượng đạt 25.000 tấn, xuất khẩu 40%.\n")
    assert got == [(10, "triệu hành khách/năm"), (25000, "tấn hàng hóa/năm"), (25000, "tấn"), (40, "%")]


def test_a_per_entity_base_is_a_whole_word():
    # vpcp_tb627 (a Government conclusion, blind b12b): "ít nhất 02 công trình/dự án" at a line's end; the base
    # ran to the first syllable only ("công trình/dự").
    got = _units("- Mỗi địa phương có ít nhất 02 công trình/dự án\nđủ điều kiện khởi công.\n"
                 "- Bố trí 3 bác sĩ/trạm y tế và 30 học sinh/lớp học.\n")
    assert got == [(2, "công trình/dự án"), (3, "bác sĩ/trạm"), (30, "học sinh/lớp học")]
