"""Whose measure a target is when the words after the value do not say it: a
subject before the verb, the measure of the clause before, the subject of the
main clause of a "trong đó" subset. Short sentences of the kinds the blind gold
documents showed (extractor 0.2.15), written here, not copied from them."""

from __future__ import annotations

from extractors.targets import iter_targets


def _goal(sentence: str):
    return list(iter_targets(f"II. MỤC TIÊU\n- {sentence}\n"))


def test_a_growth_rate_naming_no_measure_is_the_growth_of_the_measure_before_it():
    _, growth = _goal("Giá trị sản phẩm cà phê xuất khẩu đến năm 2030 đạt 120 triệu USD, tốc độ tăng bình quân 08 - 09%/năm.")
    assert growth.metric == "tốc độ tăng bình quân giá trị sản phẩm cà phê xuất khẩu"
    assert growth.indicator == growth.metric


def test_a_rate_written_with_voi_belongs_to_the_noun_before_it():
    goods, passengers = _goal(
        "Hàng hóa với tốc độ tăng trưởng bình quân khoảng 5,5%/năm; hành khách với tốc độ tăng trưởng bình quân khoảng 1,1%/năm."
    )
    assert goods.metric == "tốc độ tăng trưởng bình quân hàng hóa"
    assert passengers.metric == "tốc độ tăng trưởng bình quân hành khách"


def test_a_unit_that_repeats_the_subject_leaves_the_subject_as_metric():
    (doctors,) = _goal("Số bác sĩ trên 1 vạn dân đạt khoảng 15 bác sĩ.")
    assert doctors.metric == "Số bác sĩ trên 1 vạn dân"
    assert doctors.indicator == "số bác sĩ trên 1 vạn dân"
    (size,) = _goal("Quy mô kinh tế của tỉnh năm 2030 đạt khoảng 20 tỉ đô la Mỹ.")
    assert size.metric == "Quy mô kinh tế của tỉnh"
    assert size.indicator == "quy mô kinh tế của tỉnh"  # no "số tỉ đô la Mỹ …": the subject names the measure


def test_a_range_after_its_subject_measures_the_subject():
    (goods,) = _goal("Hàng hóa thông qua cảng từ 30 triệu tấn đến 41 triệu tấn.")
    assert goods.metric == "Hàng hóa thông qua cảng"


def test_a_verb_over_a_count_is_still_what_is_done_to_it():
    (schools,) = _goal("Xây dựng 05 trường học đạt chuẩn.")
    assert schools.metric == "Xây dựng trường học đạt chuẩn"


def test_a_count_in_millions_counts_the_noun_not_the_multiplier():
    (firms,) = _goal("Phấn đấu có 2 triệu doanh nghiệp hoạt động trong nền kinh tế.")
    assert firms.metric == "doanh nghiệp hoạt động trong nền kinh tế"
    assert firms.indicator == "số doanh nghiệp hoạt động trong nền kinh tế"
