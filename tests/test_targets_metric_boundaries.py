"""Where a metric starts and ends, and what its indicator form keeps: real
sentences of the shared corpus (and of plans outside it, quoted) that the
extractor cut, ran on or named wrongly before extractor 0.2.14."""

from __future__ import annotations

import pytest

from extractors.indicators import target_indicator_key
from extractors.targets import iter_targets


def _goal(sentence: str):
    return list(iter_targets(f"II. MỤC TIÊU\n- {sentence}\n"))


def test_the_verb_over_counted_things_is_part_of_the_metric(targets_of):
    # "- Tuyên truyền, tư vấn, trợ giúp pháp lý cho 500.000 doanh nghiệp, hợp tác xã, tổ hợp tác, hộ kinh doanh …"
    t = next(t for t in targets_of("cp_qd2415_phunukhoinghiep_news_2025.md") if t.value == 500000)
    assert t.metric.startswith("Tuyên truyền, tư vấn, trợ giúp pháp lý cho doanh nghiệp, hợp tác xã")
    assert t.indicator.startswith("số doanh nghiệp, hợp tác xã")
    assert t.indicator.endswith("được tuyên truyền, tư vấn, trợ giúp pháp lý")


def test_a_long_service_for_counted_things_still_names_them(targets_of):
    # "- Hỗ trợ, hướng dẫn chuyển đổi số, chuyển đổi xanh, … quản trị (ESG) cho 30 doanh nghiệp, hợp tác xã, …"
    t = next(t for t in targets_of("cp_qd2415_phunukhoinghiep_news_2025.md") if t.value == 30 and "ESG" in t.metric)
    assert t.indicator == (
        "số doanh nghiệp, hợp tác xã, cụm dự án sinh kế do phụ nữ làm chủ được hỗ trợ, hướng dẫn chuyển đổi số, "
        "chuyển đổi xanh, kinh doanh bền vững, áp dụng khung tiêu chuẩn môi trường, xã hội, quản trị (ESG)"
    )


def test_the_plans_own_territory_as_subject_leaves_its_verb(targets_of):
    # "… mục tiêu đặt ra là toàn tỉnh chuyển đổi hơn 80 hộ kinh doanh lên doanh nghiệp nhưng kết quả …"
    t = next(t for t in targets_of("dno_dakrlap_hokinhdoanh_news_2019.html") if t.value == 80)
    assert t.metric == "chuyển đổi hộ kinh doanh lên doanh nghiệp"


def test_the_plans_own_territory_is_no_part_of_the_metric(targets_of):
    # "tối thiểu 250 đơn vị sản xuất kinh doanh trên địa bàn tỉnh có cán bộ được tập huấn, …"
    seed = targets_of("seed_000.txt")
    assert next(t for t in seed if t.value == 250).metric.startswith("đơn vị sản xuất kinh doanh có cán bộ được tập huấn")
    # "- Phấn đấu đảm bảo 100% thủ tục hành chính … đều được cung cấp dịch vụ công trực tuyến toàn Tỉnh."
    (t,) = [t for t in targets_of("dt_kh597_cds_giaothong_2025.md") if "thủ tục hành chính" in t.metric]
    assert t.metric.endswith("được cung cấp dịch vụ công trực tuyến")


def test_a_territory_followed_by_more_of_the_phrase_stays(targets_of):
    # "trên địa bàn các xã …" goes on into the noun phrase: a scope of its own, not the plan's territory.
    (t,) = _goal("100% hộ gia đình trên địa bàn các xã đặc biệt khó khăn được sử dụng điện lưới quốc gia.")
    assert t.metric == "hộ gia đình trên địa bàn các xã đặc biệt khó khăn được sử dụng điện lưới quốc gia"


def test_a_share_of_the_plan_is_measured_by_its_subject(targets_of):
    # "- Chi đầu tư từ nguồn vốn xây dựng cơ bản tập trung phấn đấu đạt 100% kế hoạch."
    t = next(t for t in targets_of("cm_kh0204_taichinh_2025.md") if "nguồn vốn xây dựng cơ bản" in t.metric)
    assert t.metric == "Chi đầu tư từ nguồn vốn xây dựng cơ bản tập trung"
    assert t.indicator == "tỷ lệ thực hiện kế hoạch chi đầu tư từ nguồn vốn xây dựng cơ bản tập trung"


def test_an_address_ends_the_phrase_after_markup(targets_of):
    # "(5) 100% số người hưởng trợ cấp … “Hệ thống thông tin, cơ sở dữ liệu đối tượng bảo trợ xã hội” *tại địa chỉ: https://…"
    (t,) = [t for t in targets_of("ct_kh157_khongtienmat_2025.md") if "rà soát" in t.metric]
    assert t.metric.endswith("cơ sở dữ liệu đối tượng bảo trợ xã hội”")


def test_an_ellipsis_inside_a_list_does_not_end_the_phrase(targets_of):
    # "100% các nguồn phát sinh khí thải lớn …: xi măng, nhiệt điện, luyện thép, lò hơi... trên phạm vi toàn quốc
    # được quản lý, kiểm soát chặt chẽ …"
    (t,) = [t for t in targets_of("cp_qd2530_khongkhi_2025.md") if "nguồn phát sinh khí thải" in t.metric]
    assert "lò hơi... được quản lý, kiểm soát chặt chẽ" in t.metric


def test_a_baseline_does_not_hide_the_measure_named_before_it(targets_of):
    # "- Chỉ tiêu 3: Tỷ suất sinh ở trẻ vị thành niên giảm từ 23 ca sinh/1.000 phụ nữ xuống 18 ca sinh/1.000 phụ nữ …"
    (t,) = [t for t in targets_of("hcm_kh174_binhdanggioi_2025.md") if t.value == 18]
    assert t.metric == "Tỷ suất sinh ở trẻ vị thành niên"


def test_a_scope_the_sentence_opens_covers_its_later_clauses(targets_of):
    # "+ Tại địa bàn có khu công nghiệp: phần đấu tăng thêm … tuổi; 100% cơ sở giáo dục mầm non độc lập …"
    for name in ("hcm_kh188_mamnon_news_2025.md", "ht_kh624_mamnon_2025.md"):
        (t,) = [t for t in targets_of(name) if t.metric.startswith("cơ sở giáo dục mầm non độc lập")]
        assert t.indicator.endswith("(địa bàn có khu công nghiệp)")


def test_a_place_that_has_the_counted_things_scopes_the_indicator(targets_of):
    # "Theo kế hoạch, đến năm 2020, tỉnh Đắk Nông phấn đấu có 5.000 doanh nghiệp hoạt động."
    t = next(t for t in targets_of("dno_dakrlap_hokinhdoanh_news_2019.html") if t.value == 5000)
    assert t.indicator == "số doanh nghiệp hoạt động (tỉnh Đắk Nông)"
    # "Trong đó, Hà Nội có tối thiểu 200 công trình, Thành phố Hồ Chí Minh có tối thiểu 500 công trình."
    works = {int(t.value): t.indicator for t in targets_of("cp_qd2530_khongkhi_2025.md") if t.unit == "công trình"}
    assert (works[200], works[500]) == ("số công trình (Hà Nội)", "số công trình (thành phố Hồ Chí Minh)")


def test_the_project_a_measure_belongs_to_is_named(targets_of):
    # "Dự án phát triển vùng nguyên liệu cây chanh dây … Mục tiêu của dự án từ 500-1000 ha/huyện, …"
    areas = targets_of("dno_dakrlap_chanhday_news_2019.html")
    assert {t.metric for t in areas} == {"của dự án phát triển vùng nguyên liệu cây chanh dây"}
    assert areas[0].indicator == "diện tích của dự án phát triển vùng nguyên liệu cây chanh dây mỗi huyện"


def test_an_indicator_name_leaves_out_plural_markers_and_light_words(targets_of):
    # "50% cán bộ các cơ quan có liên quan đến công tác thực thi quyền sở hữu trí tuệ …"
    seed = targets_of("seed_000.txt")
    assert any(t.indicator.startswith("tỷ lệ cán bộ cơ quan có liên quan") for t in seed)
    # "50% xã, phường, thị trấn có ít nhất một bể bơi để phục vụ việc dạy bơi an toàn cho trẻ em, học sinh …"
    pools = [t for t in targets_of("cp_qd1717_duoinuoc_news_2025.md") if "một bể bơi" in t.metric]
    assert pools and all("phục vụ dạy bơi an toàn" in t.indicator for t in pools)
    assert all("để phục vụ việc dạy bơi" in t.metric for t in pools)  # the metric keeps the text's words
    # "… cán bộ Hội chuyên trách các cấp …": "các cấp" says "every level" and stays.
    assert any("cán bộ Hội chuyên trách các cấp" in t.indicator for t in targets_of("cp_qd2415_phunukhoinghiep_news_2025.md"))


def test_a_level_or_higher_keeps_its_words(targets_of):
    # "100% đội ngũ cán bộ, công chức … có trình độ đại học Luật hoặc chuyên ngành luật trở lên."
    assert any(t.metric.endswith("chuyên ngành luật trở lên") for t in targets_of("bn_kh141_canbo_2025.md"))


def test_a_multiple_drops_its_comparator_word(targets_of):
    # "(4) Tổng giá trị giao dịch thanh toán không dùng tiền mặt gấp 30 lần GRDP"
    (t,) = [t for t in targets_of("dnai_kh179_kinhteso_2025.md") if t.value == 30 and t.unit == "lần"]
    assert t.metric == "Tổng giá trị giao dịch thanh toán không dùng tiền mặt"


def test_a_time_limit_measures_what_is_done_within_it():
    # Kế hoạch hỗ trợ nhu yếu phẩm sau mưa lũ, Đắk Lắk (Kế hoạch 0129/KH-UBND 2025).
    (t,) = _goal(
        "Đảm bảo người già neo đơn, trẻ em, phụ nữ mang thai tại khu vực bị ảnh hưởng được tiếp cận hỗ trợ "
        "trong 24 giờ đầu kể từ khi lực lượng đến được hiện trường."
    )
    assert t.metric == "người già neo đơn, trẻ em, phụ nữ mang thai tại khu vực bị ảnh hưởng được tiếp cận hỗ trợ"
    assert t.indicator == "thời gian " + t.metric


def test_a_later_target_with_its_own_subject_and_verb_ends_the_phrase():
    # A bound for every province after the national share: the second clause is a target of its own.
    share, floor = _goal("Ít nhất 85% thanh niên hoàn thành cấp trung học phổ thông và tương đương, không có huyện nào đạt dưới 60%.")
    assert share.metric == "thanh niên hoàn thành cấp trung học phổ thông và tương đương"
    assert share.indicator == "tỷ lệ thanh niên hoàn thành cấp trung học phổ thông và tương đương"
    # A count inside the item's own predicate stays in it.
    (news,) = _goal("100% xã, phường mỗi quý có ít nhất 04 tin, bài về bình đẳng giới trên hệ thống thông tin cơ sở.")
    assert news.metric == "xã, phường mỗi quý có ít nhất 04 tin, bài về bình đẳng giới trên hệ thống thông tin cơ sở"
    # A count after a list item's shared predicate stays in it.
    (zones,) = [t for t in _goal("100% các khu công nghệ cao, khu công nghiệp, cụm công nghiệp có tối thiểu 1 trạm phát sóng 5G.")
                if t.unit == "%"]
    assert zones.metric == "khu công nghệ cao, khu công nghiệp, cụm công nghiệp có tối thiểu 1 trạm phát sóng 5G"


def test_a_noun_qualified_by_verbs_takes_the_passive_predicate_a_list_states_once():
    # "điểm tổ chức … sử dụng" has verbs but no predicate of its own: the list's "được …" is its predicate too.
    places, area = _goal(
        "Phấn đấu 100% các điểm tổ chức sử dụng trái phép chất ma túy và 100% diện tích trồng cây có chứa chất ma túy "
        "được phát hiện và triệt phá."
    )
    assert places.metric == "điểm tổ chức sử dụng trái phép chất ma túy được phát hiện và triệt phá"
    assert area.metric == "diện tích trồng cây có chứa chất ma túy được phát hiện và triệt phá"
    # An item with a predicate word of its own keeps it alone.
    schools, homes = _goal("100% trường học có nhà vệ sinh và 90% hộ gia đình được sử dụng nước sạch.")
    assert schools.metric == "trường học có nhà vệ sinh"


def test_a_name_defined_for_later_is_no_part_of_the_metric():
    # "(sau đây gọi chung là …)", "(viết tắt là …)": the text names the noun for later use, it measures nothing.
    (provinces,) = _goal("70% các tỉnh, thành phố trực thuộc trung ương (sau đây gọi chung là tỉnh) đạt chuẩn xóa mù chữ mức độ 2.")
    assert provinces.metric == "tỉnh, thành phố trực thuộc trung ương đạt chuẩn xóa mù chữ mức độ 2"
    (zones,) = _goal("100% khu công nghiệp (viết tắt là KCN) có hệ thống xử lý nước thải tập trung.")
    assert zones.metric == "khu công nghiệp có hệ thống xử lý nước thải tập trung"


def test_names_listed_in_the_subject_do_not_end_the_metric():
    # A news page on Ho Chi Minh City's digital transformation (blind b6c): the subject lists portals by name
    # before its predicate, so the comma before "Cổng" is no new clause.
    (t,) = _goal("100% giao dịch trên Cổng Dịch vụ công quốc gia, Cổng Dịch vụ công và Hệ thống thông tin một cửa "
                 "điện tử TPHCM được xác thực điện tử.")
    assert t.metric.endswith("Hệ thống thông tin một cửa điện tử TPHCM được xác thực điện tử")


def test_a_name_after_a_complete_phrase_still_opens_a_new_clause():
    (t,) = _goal("Phấn đấu 100% hồ sơ được giải quyết đúng hạn, Sở Nội vụ theo dõi, đôn đốc.")
    assert t.metric == "hồ sơ được giải quyết đúng hạn"


def test_a_quotation_open_before_the_value_names_its_own_measure():
    # Resolution 175/NQ-CP on the national data centre (blind b6a) quotes the national digital-economy target.
    (t,) = _goal("Phát triển thêm các lĩnh vực, ngành nghề kinh tế mới dựa trên dữ liệu và đóng góp vào tăng trưởng tỷ trọng "
                 "kinh tế số trong Tổng sản phẩm trong nước (GDP) theo mục tiêu quốc gia “Đến năm 2025, kinh tế số Việt Nam "
                 "đạt khoảng 20% GDP”.")
    assert "theo mục tiêu quốc gia" not in t.metric
    assert t.indicator.startswith("tỷ trọng kinh tế số") and t.indicator.endswith("trong GDP")


def test_a_raised_total_is_a_metric_of_its_own():
    # Lào Cai's industry scheme (blind b5): what is added, then the total it raises, in one clause.
    new, total = _goal("Hình thành mới 05 Khu công nghiệp nâng tổng số lên 12 KCN.")
    assert new.metric == "Hình thành mới Khu công nghiệp"
    assert total.metric == "tổng số khu công nghiệp"  # the acronym as the clause spells it out
    added, communes = _goal("Phấn đấu có thêm 10 xã đạt chuẩn nông thôn mới, nâng tổng số xã đạt chuẩn nông thôn mới lên 85 xã.")
    assert communes.metric == "tổng số xã đạt chuẩn nông thôn mới"
    assert "tổng số" not in added.metric


def test_sector_shares_under_an_economic_structure_label_are_shares_of_that_structure():
    # Lào Cai's 2026 resolution (blind b6c): "Cơ cấu kinh tế: Nông, lâm, ngư nghiệp chiếm 14,97%; Công nghiệp - xây
    # dựng chiếm 38,13%; …": every item of the list, not only the first, is a part of the structure the label names.
    targets = _goal("Cơ cấu kinh tế: Nông, lâm, ngư nghiệp chiếm 14,97%; Công nghiệp - xây dựng chiếm 38,13%; Dịch vụ chiếm "
                    "39,57%; Thuế sản phẩm trừ trợ cấp sản phẩm 7,33%.")
    assert [t.metric for t in targets] == [
        "Nông, lâm, ngư nghiệp trong cơ cấu kinh tế", "Công nghiệp - xây dựng trong cơ cấu kinh tế",
        "Dịch vụ trong cơ cấu kinh tế", "Thuế sản phẩm trừ trợ cấp sản phẩm trong cơ cấu kinh tế",
    ]
    assert targets[2].indicator == "tỷ trọng dịch vụ trong cơ cấu kinh tế"
    # A label with its milestone and lower-case items, as provincial plans also write it.
    first, *_ = _goal("Cơ cấu kinh tế đến năm 2030: khu vực nông, lâm nghiệp và thủy sản chiếm khoảng 20%, công nghiệp - "
                      "xây dựng khoảng 35%, dịch vụ khoảng 45%.")
    assert first.metric == "khu vực nông, lâm nghiệp và thủy sản trong cơ cấu kinh tế"


def test_a_share_without_a_structure_label_is_unchanged():
    (t,) = _goal("Tỷ lệ hộ nghèo giảm còn dưới 2%.")
    assert "cơ cấu" not in t.metric


def test_a_predicate_without_a_subject_continues_the_share_before_it():
    # Lào Cai's 2026 resolution (blind b6c), item (16); plans also write it with "trong đó" or in parentheses.
    trained, certified, farm = _goal("Tỷ lệ lao động đã qua đào tạo đạt 71%; có bằng cấp, chứng chỉ đạt 27%; Tỷ lệ lao động "
                                     "nông nghiệp trong tổng lao động xã hội đạt 48,5%.")
    assert certified.metric == "Tỷ lệ lao động đã qua đào tạo có bằng cấp, chứng chỉ"
    assert target_indicator_key([certified.indicator, certified.metric], "percent") == "trained_labour_certified_share"
    assert farm.metric == "Tỷ lệ lao động nông nghiệp trong tổng lao động xã hội"
    _, subset = _goal("Tỷ lệ lao động qua đào tạo đạt 75%, trong đó có bằng cấp, chứng chỉ đạt 35%.")
    assert subset.metric == "Tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ"


def test_a_predicate_with_no_share_named_before_it_is_left_alone():
    _, t = _goal("Có 100% xã được công nhận đạt chuẩn; có bằng cấp, chứng chỉ đạt 27%.")
    assert t.metric == "bằng cấp, chứng chỉ"


def test_a_compound_verb_ending_in_tang_or_giam_stays_whole():
    # Resolution 175/NQ-CP (blind b6a): "Cắt giảm tối thiểu 20% thành phần hồ sơ …" — "giảm" is half of the verb.
    (t,) = _goal("Cắt giảm tối thiểu 20% thành phần hồ sơ thủ tục hành chính của các cơ quan nhà nước so với hiện nay.")
    assert t.metric.startswith("Cắt giảm thành phần hồ sơ")
    (t,) = _goal("Tỷ lệ hộ nghèo giảm bình quân 1,5%/năm.")
    assert t.metric == "Tỷ lệ hộ nghèo"


def test_download_and_upload_speeds_keep_their_direction_word():
    # Đắk Nông's mobile broadband plan (blind b6): "tải xuống" is a verb of its own, not a fall to a value.
    (t,) = _goal("Tốc độ tải xuống đạt tối thiểu 5Mbit/s.")
    assert t.metric == "Tốc độ tải xuống"
    (t,) = _goal("Tỷ lệ hộ nghèo giảm xuống còn 2%.")
    assert t.metric == "Tỷ lệ hộ nghèo"


def test_an_estimate_marker_is_no_part_of_the_metric():
    # News pages report "X ước đạt A, phấn đấu đạt B" (blind b6c, Ho Chi Minh City tourism 2021).
    # The estimate is a result, no target (README); the target after it names the measure without "ước".
    target, _ = _goal("Lượng khách nội địa ước đạt 10 triệu lượt, phấn đấu đạt 10,5 triệu lượt, mang về tổng thu "
                      "khoảng 35.600 tỷ đồng.")
    assert target.metric == "Lượng khách nội địa"
    # "ước" as the end of a word stays: "hương ước, quy ước".
    (t,) = _goal("100% khu dân cư, tổ dân phố có bổ sung nội dung về bảo vệ môi trường vào hương ước, quy ước.")
    assert t.metric.endswith("hương ước, quy ước")


def test_a_noun_after_a_counted_unit_and_a_comma_stays_in_the_metric():
    (t,) = _goal("Có ít nhất 3 cơ sở giáo dục, đào tạo của tỉnh có hoạt động đào tạo về công nghệ mới.")
    assert t.metric.startswith("cơ sở giáo dục") and "đào tạo của tỉnh có hoạt động" in t.metric


def test_a_share_is_of_the_things_not_of_their_count():
    # "100% số hợp tác xã …" (blind b6c), "Số xã đạt chuẩn nông thôn mới trên 90%" (blind b2), "90% số lượng người dân"
    # (blind b6a): a percentage is a share of the things; "số", "số lượng", "các" name no measure of their own.
    (t,) = _goal("100% số hợp tác xã, liên hiệp hợp tác xã tổ chức, hoạt động theo quy định của Luật Hợp tác xã.")
    assert t.metric.startswith("hợp tác xã, liên hiệp hợp tác xã")
    first, *_ = _goal("Số xã đạt chuẩn nông thôn mới trên 90%, trong đó, phấn đấu 50% số xã đạt chuẩn nông thôn mới nâng cao.")
    assert first.metric == "xã đạt chuẩn nông thôn mới"


def test_a_change_of_a_count_keeps_the_count():
    (t,) = _goal("Số cặp tảo hôn giảm 10%.")
    assert t.metric.lower().startswith("số cặp tảo hôn")


def test_a_goal_after_an_estimate_measures_what_the_estimate_measured():
    # News pages give this year's estimate, then the goal (blind b6c, Ho Chi Minh City tourism 2021).
    targets = _goal("Theo kịch bản 2, lượng khách quốc tế đến TPHCM ước đạt 8,6 triệu lượt, phấn đấu đạt 9 triệu lượt.")
    assert next(t for t in targets if t.value == 9).metric == "lượng khách quốc tế đến TPHCM"
    targets = _goal("Trên cơ sở đó, tổng thu ngành du lịch TPHCM trong năm 2021 ước đạt 140.000 tỷ đồng và mục tiêu phấn đấu "
                    "đạt 144.000 tỷ đồng.")
    goal = next(t for t in targets if t.value == 144000)
    assert goal.metric == "tổng thu ngành du lịch TPHCM"
    assert target_indicator_key([goal.indicator, goal.metric], "money") == "tourism_revenue"


def test_life_expectancy_in_years_of_age_and_the_share_of_industry_are_keyed():
    # "Tuổi thọ trung bình … đạt 72,4 tuổi" (blind b6c): an age is written in "tuổi", a count unit.
    assert target_indicator_key(["Tuổi thọ trung bình người dân tính từ lúc sinh"], "count") == "life_expectancy"
    # "… tỷ trọng công nghiệp trong GDP …" (blind b6c) is industry alone, not industry and construction.
    assert target_indicator_key(["tỷ trọng công nghiệp trong GDP"], "percent") == "industry_share"
    assert target_indicator_key(["tỷ trọng công nghiệp - xây dựng trong cơ cấu kinh tế"], "percent") == (
        "economic_structure_industry_share")


def test_a_news_reports_speaker_is_no_part_of_the_metric():
    # bnnptnt_kh2021_nongsan_news_2020: "… năm 2021, Thủ tướng nhấn mạnh, phải đạt tăng trưởng khoảng 3%."
    t = next(t for t in _goal("Thủ tướng nhấn mạnh, phải đạt tăng trưởng khoảng 3%.") if t.value == 3)
    assert t.metric == "tăng trưởng"


def test_holding_a_level_is_no_part_of_the_metric():
    # bnnptnt_kh2021_nongsan_news_2020: "Tỷ lệ che phủ rừng ổn định mức 42% và tập trung nâng cao chất lượng rừng."
    t = next(t for t in _goal("Tỷ lệ che phủ rừng ổn định mức 42% và tập trung nâng cao chất lượng rừng.") if t.value == 42)
    assert t.metric == "Tỷ lệ che phủ rừng"


def test_sectors_listed_after_the_first_share_its_measure_and_a_period_is_no_part_of_the_metric():
    # Nghệ An's 19th provincial congress reported by a news page (blind b7): one measure, three sectors.
    got = [t.metric for t in _goal(
        "Về phát triển kinh tế, phấn đấu tốc độ tăng trưởng giá trị tăng thêm lĩnh vực nông lâm, thủy sản giai đoạn "
        "2021 – 2025 đạt 4,5 – 5%; lĩnh vực công nghiệp, xây dựng giai đoạn 2021 – 2025 đạt 14,5 – 15,5%; lĩnh vực "
        "dịch vụ giai đoạn 2021 – 2025 đạt 8 – 9%."
    )]
    assert got == [
        "tốc độ tăng trưởng giá trị tăng thêm lĩnh vực nông lâm, thủy sản",
        "tốc độ tăng trưởng giá trị tăng thêm lĩnh vực công nghiệp, xây dựng",
        "tốc độ tăng trưởng giá trị tăng thêm lĩnh vực dịch vụ",
    ]


def test_a_sector_striving_for_a_rate_is_what_the_rate_is_of():
    # The agriculture ministry's 2019 goals reported by a news page (blind b8).
    (t,) = _goal("Lĩnh vực chăn nuôi phấn đấu đạt tốc độ tăng giá trị sản xuất 3,95 – 4,15%.")
    assert t.metric == "tốc độ tăng giá trị sản xuất chăn nuôi"
    (t, _) = _goal("Ngành lâm nghiệp phấn đấu tốc độ tăng giá trị sản xuất trên 6% và kim ngạch XK 10,5 tỷ USD.")
    assert t.metric == "tốc độ tăng giá trị sản xuất lâm nghiệp"


def test_the_bound_that_closes_the_figure_before_is_no_part_of_the_next_metric():
    # gl_nq54 (b24b): "… đạt 7,52% trở lên, thu ngân sách nhà nước trên địa bàn phấn đấu đạt trên 4.000 tỷ đồng."
    from extractors.targets import iter_targets

    text = ("Mục tiêu năm 2017:\n- Tốc độ tăng trưởng kinh tế (GRDP) đạt 7,52% trở lên, thu ngân sách nhà nước "
            "trên địa bàn đạt trên 4.000 tỷ đồng.\n")
    metrics = [t.metric for t in iter_targets(text)]
    assert metrics[1] == "thu ngân sách nhà nước"


def test_a_place_or_group_after_a_counted_noun_says_which_are_counted():
    # A blind page (bcdtw_kh01_binhdanhocvuso_news_2025): "40 triệu người dân trong độ tuổi trưởng thành được xác
    # nhận đạt phổ cập tri thức về chuyển đổi số, kỹ năng số trên nền tảng VNeID."
    [t] = _goal("Đến năm 2025, 40 triệu người dân trong độ tuổi trưởng thành được xác nhận đạt phổ cập tri thức về chuyển đổi số.")
    assert t.metric.startswith("người dân trong độ tuổi trưởng thành được xác nhận đạt phổ cập tri thức")
    # (a time after the counted noun is no qualifier of it)
    [plain] = _goal("Đến năm 2025, hỗ trợ 500 học sinh trong năm học tới.")
    assert plain.metric == "hỗ trợ học sinh"


def test_the_date_a_target_is_due_by_closes_its_metric():
    # "… hỗ trợ hộ nghèo xây dựng, sửa chữa 2.305 nhà ở hư hỏng phát sinh ngoài Kế hoạch 77/KH-LT trước ngày 30/9/2010."
    [t] = _goal("Phấn đấu hoàn thành hỗ trợ hộ nghèo xây dựng 2.305 nhà ở hư hỏng phát sinh ngoài Kế hoạch trước ngày 30/9/2010.")
    assert t.metric.endswith("nhà ở hư hỏng phát sinh ngoài Kế hoạch")
    # "giải quyết trước và đúng hạn" is how, not by when
    [s] = _goal("Đến năm 2026, 98% hồ sơ thủ tục hành chính được giải quyết trước và đúng hạn.")
    assert s.metric.endswith("được giải quyết trước và đúng hạn")
