"""The metric is the whole indicator phrase, cut at a phrase boundary and never
at a word count; ``indicator`` gives it in indicator form ("tỷ lệ …", "số …",
"tốc độ tăng …", "tỷ trọng … trong GRDP"). Real sentences of the shared corpus."""

from __future__ import annotations

import pytest
from parse_helpers import parse_file

from extractors.indicators import target_indicator_key
from extractors.targets import iter_targets
from pipeline.extract.stage import extract_document
from conftest import SHARED_CORPUS


def _in(targets, words: str):
    return [t for t in targets if words in " ".join(t.metric.split()) or words in (t.indicator or "")]


def test_a_shared_predicate_is_distributed_over_an_enumeration(targets_of):
    # "Đến năm 2030, tối thiểu 55% học sinh lớp 5, 65% học sinh lớp 9 và 75% học sinh lớp 12 biết bơi an toàn."
    swim = [t for t in targets_of("cp_qd1717_duoinuoc_news_2025.md") if t.deadline_year == 2030 and "bơi an toàn" in t.metric
            and t.metric.startswith("học sinh lớp")]
    assert [(int(t.value), t.metric, t.indicator) for t in swim][:3] == [
        (55, "học sinh lớp 5 biết bơi an toàn", "tỷ lệ học sinh lớp 5 biết bơi an toàn"),
        (65, "học sinh lớp 9 biết bơi an toàn", "tỷ lệ học sinh lớp 9 biết bơi an toàn"),
        (75, "học sinh lớp 12 biết bơi an toàn", "tỷ lệ học sinh lớp 12 biết bơi an toàn"),
    ]


def test_an_enumeration_item_keeps_its_own_noun_phrase_and_the_shared_predicate(targets_of):
    # "tối thiểu 20% trường tiểu học, 15% trường trung học cơ sở, trung học phổ thông có bể bơi (cố định hoặc di động) và …"
    pools = {int(t.value): t.metric for t in targets_of("cp_qd1717_duoinuoc_news_2025.md") if t.deadline_year == 2030
             and "bể bơi (cố định" in t.metric}
    assert pools[20] == "trường tiểu học có bể bơi (cố định hoặc di động) và duy trì hoạt động hiệu quả"
    assert pools[15].startswith("trường trung học cơ sở, trung học phổ thông có bể bơi")


def test_a_number_aside_is_skipped_and_a_count_names_its_unit(targets_of):
    # "Tổ chức 05 cuộc (01 cuộc/năm) khảo sát học tập kinh nghiệm mô hình ứng dụng công nghệ …"
    (t,) = [t for t in targets_of("ls_qd2367_khuyennong_news_2025.md") if t.value == 5 and "khảo sát" in t.metric]
    assert t.metric.startswith("Tổ chức cuộc khảo sát học tập kinh nghiệm mô hình ứng dụng công nghệ")
    assert t.indicator.startswith("số cuộc khảo sát học tập kinh nghiệm")
    assert t.indicator.endswith("được tổ chức")  # the count is the object of "Tổ chức"


def test_a_measure_named_before_its_value_is_kept_whole(targets_of):
    # "Hằng năm, số vụ phạm tội về ma túy được phát hiện, bắt giữ tại tuyến đường biển, … tăng trên 3%"
    (t,) = _in(targets_of("ct_kh153_matuy_2025.md"), "chuyển phát nhanh")
    assert t.metric == "số vụ phạm tội về ma túy được phát hiện, bắt giữ tại tuyến đường biển, đường hàng không, chuyển phát nhanh"
    assert t.indicator == "tốc độ tăng hằng năm " + t.metric  # a rise every year is a growth rate


def test_a_scope_opening_is_no_metric_but_qualifies_the_indicator(targets_of):
    # "Đối với các tỉnh xung quanh thành phố Hà Nội (bao gồm: …), nồng độ bụi PM2.5 trung bình năm … giảm tối thiểu 10%"
    (t,) = [t for t in targets_of("cp_qd2530_khongkhi_2025.md") if t.value == 10 and "PM2.5" in t.metric]
    assert t.metric == "nồng độ bụi PM2.5 trung bình năm"
    assert t.indicator.startswith("mức giảm nồng độ bụi PM2.5 trung bình năm (các tỉnh xung quanh thành phố Hà Nội")


def test_a_preposition_after_the_value_does_not_start_the_metric(targets_of):
    # "… nồng độ bụi PM2.5 trung bình năm vào năm 2030 đạt dưới 40 μg/m3 (…) tại các điểm đo của các trạm quan trắc …"
    (t,) = [t for t in targets_of("cp_qd2530_khongkhi_2025.md") if t.value == 40]
    assert t.metric == "nồng độ bụi PM2.5 trung bình năm"


def test_the_scope_of_a_bullet_is_part_of_the_indicator(targets_of):
    # "Tại địa bàn đô thị: 100% trẻ em trong cơ sở giáo dục mầm non được nuôi dưỡng, …"
    t = next(t for t in targets_of("ht_kh624_mamnon_2025.md") if t.metric.startswith("trẻ em trong cơ sở giáo dục mầm non"))
    assert t.indicator.startswith("tỷ lệ trẻ em trong cơ sở giáo dục mầm non được nuôi dưỡng")
    assert t.indicator.endswith("(địa bàn đô thị)")


def test_a_counted_object_takes_the_verb_of_its_clause(targets_of):
    # "Hướng dẫn 12.500 hộ kinh doanh do phụ nữ làm chủ đăng ký chuyển đổi thành doanh nghiệp": the metric is
    # what is done to the counted things, as written; the indicator puts the verb after them, in the passive.
    (t,) = [t for t in targets_of("cp_qd2415_phunukhoinghiep_news_2025.md") if t.value == 12500]
    assert t.metric == "Hướng dẫn hộ kinh doanh do phụ nữ làm chủ đăng ký chuyển đổi thành doanh nghiệp"
    assert t.indicator == "số hộ kinh doanh do phụ nữ làm chủ đăng ký chuyển đổi thành doanh nghiệp được hướng dẫn"


def test_a_count_per_entity_names_the_entity(targets_of):
    # "Đến năm 2030, mỗi trường có ít nhất 02 giáo viên được bồi dưỡng, cấp chứng nhận … và đạt ít nhất 03 giáo viên vào năm 2035."
    teachers = [t for t in targets_of("cp_qd1717_duoinuoc_news_2025.md") if t.unit == "giáo viên/trường"]
    assert [int(t.value) for t in teachers] == [2, 3]
    assert {t.indicator for t in teachers} == {
        "số giáo viên mỗi trường được bồi dưỡng, cấp chứng nhận và có đầy đủ năng lực tổ chức dạy bơi an toàn cho học sinh"
    }


def test_growth_a_year_and_a_share_of_a_base(shared_docs, targets_of):
    seed = list(iter_targets((shared_docs / "seed_000.txt").read_text(encoding="utf-8")))
    (growth,) = [t for t in seed if t.unit == "%/năm"]
    assert growth.indicator == "tốc độ tăng trung bình số đơn đăng ký mới về sở hữu trí tuệ của tỉnh"
    insured = targets_of("dno_krongno_bhxh_tunguyen_news_2019.html")
    assert {t.indicator for t in insured} == {
        "tỷ lệ nông dân và lao động khu vực phi chính thức tham gia bảo hiểm xã hội tự nguyện so với lực lượng lao động trong độ tuổi"
    }


def test_a_share_of_grdp_names_the_aggregate(targets_of):
    # "(1) Tỷ trọng kinh tế số đạt tối thiểu 30% GRDP"
    (t,) = [t for t in targets_of("dnai_kh179_kinhteso_2025.md") if t.unit == "% GRDP"]
    assert (t.metric, t.indicator) == ("Tỷ trọng kinh tế số trong GRDP", "Tỷ trọng kinh tế số trong GRDP")


def test_a_share_of_an_area_is_a_rate_and_an_acronym_list_does_not_end_the_phrase(targets_of):
    # "… và 100% diện tích trồng trái phép cây có chứa chất ma túy được phát hiện và triệt phá."
    (area,) = _in(targets_of("ct_kh153_matuy_2025.md"), "diện tích trồng trái phép")
    assert area.indicator == "tỷ lệ diện tích trồng trái phép cây có chứa chất ma túy được phát hiện và triệt phá"
    # "- 100% các dự án đầu tư xây dựng kết cấu hạ tầng mới áp dụng công nghệ AI, IoT, GIS, BIM trong thiết kế, …"
    (projects,) = _in(targets_of("cp_qd2597_cds_xaydung_2025.md"), "áp dụng công nghệ AI")
    assert projects.metric.endswith("công nghệ AI, IoT, GIS, BIM trong thiết kế, giám sát, quản lý chất lượng và vận hành công trình")
    assert projects.indicator.startswith("tỷ lệ dự án đầu tư")  # "các" is no part of an indicator


def test_a_change_verb_before_the_value_makes_the_indicator_a_change(targets_of):
    # "Sau năm 2030, nồng độ bụi mịn PM2.5 tại Hà Nội giảm trung bình 5 μg/m3 theo mỗi kỳ kế hoạch 5 năm, …"
    (t,) = [t for t in targets_of("cp_qd2530_khongkhi_2025.md") if t.value == 5 and t.unit == "μg/m3"]
    assert (t.metric, t.indicator) == (
        "nồng độ bụi mịn PM2.5 tại Hà Nội", "mức giảm trung bình nồng độ bụi mịn PM2.5 tại Hà Nội"
    )


def test_a_shared_subject_is_distributed_over_an_enumeration(targets_of):
    # "+ 100% bộ, ngành, địa phương đạt cấp độ 4 và 90% đạt cấp độ 5 mức độ trưởng thành về quản trị dữ liệu."
    (t,) = [t for t in targets_of("cp_qd2629_chinhphuso_2025.md") if t.value == 90 and "cấp độ 5" in t.metric]
    assert t.metric == "bộ, ngành, địa phương đạt cấp độ 5 mức độ trưởng thành về quản trị dữ liệu"


def test_a_number_inside_an_item_is_part_of_its_phrase(targets_of):
    # "- Chỉ tiêu 3: Từ năm 2025 trở đi 100% xã, phường, thị trấn mỗi quý có ít nhất 04 tin, bài về bình đẳng giới …"
    (t,) = [t for t in targets_of("hcm_kh174_binhdanggioi_2025.md") if t.value == 100 and "mỗi quý" in t.metric]
    assert t.metric == "xã, phường, thị trấn mỗi quý có ít nhất 04 tin, bài về bình đẳng giới trên hệ thống thông tin cơ sở"
    # "… thuộc nhóm 4 nước dẫn đầu … (ASEAN) và nhóm 60 nước dẫn đầu thế giới": the label of the next item stays with it.
    ranks = [t for t in targets_of("cp_qd2629_chinhphuso_2025.md") if t.unit.startswith("nước dẫn đầu")]
    assert {t.metric for t in ranks} == {
        # "Việt Nam thuộc nhóm 4 nước …": a rank goal, the rank of what is ranked among its peers
        "thứ hạng Việt Nam trong nhóm nước dẫn đầu Hiệp hội các quốc gia Đông Nam Á (ASEAN)",
        "thứ hạng Việt Nam trong nhóm nước dẫn đầu thế giới",
        # "…; thuộc nhóm 3 nước …": nothing ranked is named in the clause
        "nước dẫn đầu Hiệp hội các quốc gia Đông Nam Á (ASEAN)",
        "nước dẫn đầu thế giới",
    }


def test_a_yearly_frame_opening_the_sentence_makes_every_clauses_rise_a_yearly_rate():
    # "Hàng năm," before a semicolon list frames each clause, not only the first.
    first, second = iter_targets(
        "II. MỤC TIÊU\n- Hàng năm, số vụ vi phạm được phát hiện tăng trên 03%; số vụ vi phạm qua không gian mạng "
        "được phát hiện tăng trên 05%.\n"
    )
    assert first.indicator == "tốc độ tăng hằng năm số vụ vi phạm được phát hiện"
    assert second.indicator == "tốc độ tăng hằng năm số vụ vi phạm qua không gian mạng được phát hiện"
    # Without the frame, a rise in percent stays a rise.
    (rise,) = iter_targets("II. MỤC TIÊU\n- Số vụ vi phạm được phát hiện tăng trên 03%.\n")
    assert rise.indicator == "mức tăng số vụ vi phạm được phát hiện"


def test_a_share_of_the_economy_is_the_sectors_share_not_its_scales():
    (digital,) = iter_targets("II. MỤC TIÊU\n- Quy mô kinh tế số đạt 30% GRDP.\n")
    assert digital.indicator == "tỷ trọng kinh tế số trong GRDP"


def test_a_share_named_by_what_is_done_for_whom_is_a_share_of_those_it_is_done_for():
    (skills,) = iter_targets("II. MỤC TIÊU\n- Tập huấn kỹ năng số cơ bản cho người dân trong độ tuổi lao động đạt 70%.\n")
    assert skills.indicator == "tỷ lệ người dân trong độ tuổi lao động được tập huấn kỹ năng số cơ bản"
    assert target_indicator_key([skills.indicator, skills.metric], skills.unit_category) == "digital_skills_training"
    # A measure named by its own noun stays as written.
    (spending,) = iter_targets("II. MỤC TIÊU\n- Kinh phí chi cho nghiên cứu phát triển đạt 2% GRDP.\n")
    assert not spending.indicator.startswith("tỷ trọng nghiên cứu")


def test_a_part_of_a_total_is_a_share_within_the_total():
    # "chiếm N% tổng …": a part of a total is "tỷ trọng … trong tổng …".
    (loans,) = [t for t in iter_targets("II. MỤC TIÊU\n- Vốn vay ngân hàng chiếm 85% tổng vốn đầu tư.\n") if t.unit.startswith("%")]
    assert loans.indicator == "tỷ trọng vốn vay ngân hàng trong tổng vốn đầu tư"
    # A base that is no total keeps "so với".
    (insured,) = iter_targets("II. MỤC TIÊU\n- Nông dân tham gia bảo hiểm xã hội chiếm khoảng 1% lực lượng lao động trong độ tuổi.\n")
    assert insured.indicator == "tỷ lệ nông dân tham gia bảo hiểm xã hội so với lực lượng lao động trong độ tuổi"


def test_an_indicator_writes_every_year_as_catalogues_do():
    (trained,) = iter_targets("II. MỤC TIÊU\n- 100% giáo viên được bồi dưỡng chuyên môn hàng năm.\n")
    assert trained.metric == "giáo viên được bồi dưỡng chuyên môn hàng năm"  # the metric as written
    assert trained.indicator == "tỷ lệ giáo viên được bồi dưỡng chuyên môn hằng năm"


def test_an_indicator_leaves_out_the_manner_marker():
    (cashless,) = iter_targets(
        "II. MỤC TIÊU\n- 70% người hưởng trợ cấp nhận tiền trợ cấp bằng phương thức không dùng tiền mặt.\n"
    )
    assert cashless.indicator == "tỷ lệ người hưởng trợ cấp nhận tiền trợ cấp không dùng tiền mặt"


def test_a_percentage_of_growth_is_a_growth_rate():
    (economy,) = iter_targets("II. MỤC TIÊU\n- Phấn đấu đạt mục tiêu tăng trưởng kinh tế 8% trong năm 2025.\n")
    assert economy.indicator == "tốc độ tăng trưởng kinh tế"
    (pushed,) = iter_targets("II. MỤC TIÊU\n- Năm 2025, tập trung thúc đẩy tăng trưởng với mục tiêu đạt 8% trở lên.\n")
    assert pushed.indicator == "tốc độ tăng trưởng"


def test_an_indicator_leaves_out_the_nominaliser_cong_tac_but_not_the_verb():
    (rehab,) = iter_targets("II. MỤC TIÊU\n- 70% xã, phường tổ chức công tác cai nghiện ma túy tại cộng đồng.\n")
    assert rehab.indicator == "tỷ lệ xã, phường tổ chức cai nghiện ma túy tại cộng đồng"
    (health,) = iter_targets("II. MỤC TIÊU\n- 85% người làm công tác y tế trường học được bồi dưỡng.\n")
    assert health.indicator == "tỷ lệ người làm công tác y tế trường học được bồi dưỡng"


def test_an_approved_figure_of_an_investment_decision_is_the_projects():
    # lc_qd2170: "Tổng vốn đầu tư: 1.360.668.000.000 đồng", "… Khu công nghiệp Bản Qua với diện tích 76,39 ha".
    targets = extract_document(parse_file(SHARED_CORPUS / "docs" / "lc_qd2170_ctdt_kcn_banqua_2026.pdf")).targets
    (total,) = [t for t in targets if t.value == 1360668000000]
    assert total.indicator == "Tổng vốn đầu tư của dự án"
    (loans,) = [t for t in targets if t.unit.startswith("%") and t.metric.startswith("Vốn vay")]
    assert loans.indicator == "tỷ trọng vốn vay trong tổng vốn đầu tư"  # a share of a figure names no owner
    (area,) = [t for t in targets if t.unit == "ha"]
    assert area.metric == "diện tích kết cấu hạ tầng Khu công nghiệp Bản Qua"  # not "Đầu tư, xây dựng … với diện tích"
    assert area.indicator == "diện tích kết cấu hạ tầng Khu công nghiệp Bản Qua của dự án"


def test_a_count_in_an_abbreviated_unit_keeps_the_abbreviation():
    # hddtvn, on Nghị quyết 35/NQ-CP: "Đạt 1 triệu DN hoạt động vào năm 2020".
    (firms,) = iter_targets("II. MỤC TIÊU\n- Đạt 1 triệu DN hoạt động vào năm 2020.\n")
    assert (firms.unit, firms.indicator) == ("triệu DN", "số DN hoạt động")
    assert target_indicator_key([firms.indicator, firms.metric], firms.unit_category) == "enterprises_operating"
