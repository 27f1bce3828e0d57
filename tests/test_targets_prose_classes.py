"""Prose target classes seen on documents the rules were not written on: a total's
parenthesised parts, the digits of a growth rate, abbreviated count units, capitals
after a classifier, "trong N giờ" and a quantifier that stops at a new "nâng … lên"."""

from extractors.targets import iter_targets

PLAN = "II. MỤC TIÊU\n2. Mục tiêu cụ thể đến năm 2030\n"


def _read(body):
    return [(float(t.value), t.unit, t.comparator, t.kind) for t in iter_targets(PLAN + body)]


def test_parts_of_a_total_in_parentheses_are_a_breakdown_and_the_total_keeps_its_own_comparator():
    got = _read(
        "- Hoàn thành đưa vào vận hành các dự án năng lượng đã quy hoạch với tổng công suất bổ sung khoảng "
        "2.989,5 MW, nâng tổng công suất năng lượng toàn tỉnh lên 4.758,5 MW (gồm 166 dự án thủy điện; "
        "02 dự án điện sinh khối; 03 dự án điện gió; 10 dự án điện mặt trời; 02 dự án điện rác).\n"
    )
    assert [t for t in got if t[3] == "target"] == [(2989.5, "MW", "approx", "target"), (4758.5, "MW", "=", "target")]
    assert [t[0] for t in got if t[3] == "breakdown"] == [166, 2, 3, 10, 2]


def test_a_double_digit_growth_is_no_quantity():
    got = _read("- Kế hoạch phát triển kinh tế - xã hội gắn với thực hiện mục tiêu phấn đấu tăng trưởng “2 con số”.\n")
    assert got == []


def test_hotels_are_counted_as_hotels_not_as_guests():
    assert [u for _, u, _, _ in _read("- Có 5 khách sạn đạt tiêu chuẩn 5 sao.\n- Thu hút 2 triệu lượt khách.\n")] == [
        "khách sạn", "triệu lượt khách"
    ]


def test_abbreviated_industrial_zones_are_counted():
    got = _read("- Hình thành mới 05 Khu công nghiệp, nâng tổng số lên 12 KCN; tỷ lệ lấp đầy bình quân đạt trên 80%.\n"
                "- Hình thành mới 15 Cụm công nghiệp, nâng tổng số lên 37 CCN.\n")
    assert (12, "KCN", "=", "target") in got and (37, "CCN", "=", "target") in got


def test_a_capitalised_name_after_a_classifier_stays_out_of_the_unit():
    got = _read("- Đồng Tháp trở thành địa phương thuộc top 03 vùng Đồng bằng sông Cửu Long về đổi mới công nghệ.\n")
    assert [u for _, u, _, _ in got] == ["vùng"]


def test_help_within_a_time_is_at_most_that_time():
    got = _read("- Đảm bảo người già neo đơn, trẻ em, phụ nữ mang thai được tiếp cận hỗ trợ trong 24 giờ đầu "
                "kể từ khi lực lượng đến được hiện trường.\n")
    assert got == [(24, "giờ", "<=", "target")]


def test_a_two_word_quantifier_reaches_over_the_milestone_after_it():
    got = _read("- Chỉ tiêu 2: Tỷ lệ cán bộ, công chức, viên chức nữ trong diện quy hoạch các chức danh quản lý, "
                "lãnh đạo các cấp ít nhất vào năm 2025 đạt 40%.\n- Từ năm 2025 đạt 50% xã có bể bơi.\n")
    assert [c for _, _, c, _ in got] == [">=", "="]


def test_a_per_year_detail_after_the_rest_of_the_noun_is_a_breakdown():
    got = _read("- Tổ chức 05 lần in (01 lần/ năm) tài liệu kỹ thuật.\n")
    assert [(v, k) for v, _, _, k in got] == [(5, "target"), (1, "breakdown")]


def test_a_procedures_time_limit_in_a_regulation_is_no_target():
    from extractors.targets import iter_targets

    regulation = (
        "Điều 7. Lấy ý kiến dự thảo đề án\n"
        "a) Đăng tải hồ sơ dự thảo đề án để lấy ý kiến; niêm yết công khai tại trụ sở Ủy ban nhân dân cấp xã "
        "nơi dự kiến triển khai vùng phát thải thấp trong thời hạn tối thiểu 10 ngày và thông báo cho Tổ dân phố được biết;\n"
    )
    assert [t for t in iter_targets(regulation) if t.kind == "target"] == []


def test_a_bound_before_mức_and_at_the_latest_read_as_comparators():
    got = _read("- Tỷ lệ hộ nghèo đa chiều duy trì dưới mức 1%.\n- Khắc phục sự cố chậm nhất 15 ngày sau khi được phát hiện.\n")
    assert [(v, c) for v, _, c, _ in got] == [(1, "<="), (15, "<=")]


def test_life_expectancy_is_an_age_target_while_an_age_bracket_is_not():
    got = _read("- Tuổi thọ trung bình đạt trên 75 tuổi.\n- Tỷ lệ trẻ em dưới 5 tuổi bị suy dinh dưỡng giảm còn 10%.\n")
    assert [(v, u) for v, u, _, _ in got] == [(75, "tuổi"), (10, "%")]


def test_a_number_inside_a_name_opened_mid_clause_is_a_label():
    got = _read("- 100% hồ sơ được xử lý trên Hệ thống 1 cửa điện tử.\n- Đến năm 2030, thành phố Huế có 5 khu công nghiệp.\n")
    assert [(v, u) for v, u, _, _ in got] == [(100, "%"), (5, "khu công nghiệp")]


def test_a_bound_on_what_the_counted_entities_have_is_no_target():
    got = _read("- 90% công trình có diện tích sàn từ 1.000 m2 trở lên áp dụng giải pháp tiết kiệm năng lượng.\n"
                "- 80% hộ có thu nhập dưới 2 triệu đồng/tháng được hỗ trợ.\n"
                "- Tỷ lệ xã đạt chuẩn 100%, trong đó có trên 50% xã đạt chuẩn nâng cao.\n")
    assert [(v, c) for v, _, c, _ in got] == [(90, "="), (80, "="), (100, "="), (50, ">=")]


def test_a_schedule_is_no_target():
    got = _read("- Phấn đấu sau 3 năm thực hiện, 50% xã đạt chuẩn.\n- Định kỳ 6 tháng, báo cáo kết quả thực hiện.\n"
                "- Tổ chức sơ kết 3 năm và tổng kết 5 năm thực hiện Kế hoạch.\n- Rút ngắn thời gian thông quan còn 2 ngày.\n")
    assert [(v, u) for v, u, _, _ in got] == [(50, "%"), (2, "ngày")]


def test_a_news_result_against_last_year_is_no_target():
    from extractors.targets import iter_targets

    news = ("Tỉnh triển khai kế hoạch phát triển kinh tế số\n\n"
            "Năm 2025, tỉnh đạt 95% kế hoạch đề ra, tăng 5% so với cùng kỳ.\n"
            "Theo kế hoạch, đến năm 2030, tỉnh phấn đấu 100% xã có internet cáp quang.\n")
    assert [(float(t.value), t.unit) for t in iter_targets(news)] == [(100, "%")]


def test_how_long_an_event_lasts_is_no_target():
    from extractors.targets import iter_targets

    news = ("Tỉnh triển khai kế hoạch du lịch\n\n"
            "Lễ hội dự kiến diễn ra trong 5 ngày, thu hút 10.000 lượt khách.\n"
            "Theo kế hoạch, thời gian giải quyết thủ tục không quá 3 ngày.\n")
    assert [(float(t.value), t.unit, t.comparator) for t in iter_targets(news)] == [
        (10000, "lượt khách", "="), (3, "ngày", "<=")
    ]


def test_a_higher_scenario_under_a_condition_is_a_goal_of_the_same_measure():
    # bkhdt_tangtruong2020 (hddtvn): "tăng trưởng cả năm đạt khoảng 2%, nếu điều kiện cho phép phấn đấu đạt khoảng 2,5%".
    targets = list(iter_targets(PLAN + "- Tốc độ tăng trưởng GRDP đạt khoảng 2%, nếu điều kiện cho phép phấn đấu đạt khoảng 2,5%.\n"))
    assert [(float(t.value), t.comparator, t.metric) for t in targets] == [
        (2.0, "approx", "Tốc độ tăng trưởng GRDP"), (2.5, "approx", "Tốc độ tăng trưởng GRDP")]
    (_, higher) = iter_targets(PLAN + "- Tăng trưởng kinh tế đạt 8%, trong điều kiện thuận lợi phấn đấu đạt 10%.\n")
    assert higher.metric == "Tăng trưởng kinh tế"
    # A condition on whom a rule applies to stays no goal.
    assert _read("- Nếu hộ có thu nhập dưới 50% mức chuẩn thì được hỗ trợ.\n") == []
