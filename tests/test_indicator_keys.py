"""Indicator keys: a target's metric names a common provincial indicator
(extractors/data/indicators.yaml), matched on its longest synonym, whatever
the case and tone placement."""

import re
from pathlib import Path

import pytest
import yaml

from extractors.indicators import indicator_table, indicators, match_indicator
from extractors.phrases import match_form

UNIT_CATEGORIES = set(yaml.safe_load((Path(__file__).parents[1] / "extractors/data/units.yaml").read_text(encoding="utf-8")))


def test_the_table_is_versioned_with_at_least_100_indicators_in_known_unit_categories():
    assert isinstance(indicator_table()["version"], int)
    table = indicators()
    assert len(table) >= 100
    assert all(re.fullmatch(r"[a-z][a-z0-9_]*", key) for key in table)
    assert {i.unit_category for i in table.values()} <= UNIT_CATEGORIES
    assert all(i.name_vi and i.synonyms for i in table.values())


def test_no_synonym_names_two_indicators():
    seen: dict[str, str] = {}
    for indicator in indicators().values():
        for synonym in indicator.synonyms:
            key = " ".join(match_form(synonym).split())
            assert seen.setdefault(key, indicator.key) == indicator.key, synonym


@pytest.mark.parametrize(
    "gold, metric, key",
    [
        ("cp_qd1717_duoinuoc_news_2025", "tỷ lệ học sinh lớp 5 biết bơi an toàn", "swimming_safety"),
        ("cp_qd2415_phunukhoinghiep_news_2025", "tỷ lệ nữ giám đốc/chủ doanh nghiệp, hợp tác xã", "female_business_owners"),
        ("lc_qd2170_ctdt_kcn_banqua_2026", "tỷ lệ lấp đầy KCN Bản Qua", "industrial_zone_occupancy"),
        ("dno_dakrlap_hokinhdoanh_news_2019", "số hộ kinh doanh chuyển đổi lên doanh nghiệp trong năm", "household_business_to_enterprise"),
        ("dno_krongno_bhxh_tunguyen_news_2019", None, "social_insurance_coverage"),
        ("dno_dakrlap_chanhday_news_2019", "diện tích chanh dây của dự án trong năm 2019", None),
        ("lc_qd2170_ctdt_kcn_banqua_2026", "tổng vốn đầu tư của dự án", None),
    ],
)
def test_gold_target_metrics_get_their_indicator(load_gold, gold, metric, key):
    metrics = [t["metric"] for t in load_gold(gold)["targets"]]
    if metric is None:  # the document's first metric
        metric = metrics[0]
    assert metric in metrics
    match = match_indicator(metric)
    assert (match.key if match else None) == key


@pytest.mark.parametrize(
    "document, phrase, key",
    [
        ("dnai_kh179_kinhteso_2025.md", "Tỷ trọng kinh tế số", "digital_economy_share"),
        ("dnai_kh179_kinhteso_2025.md", "Tỷ lệ nhân lực lao động kinh tế số trong lực lượng lao động", "digital_workforce"),
        ("dnai_kh179_kinhteso_2025.md", "Tỷ trọng thương mại điện tử trong tổng mức bán lẻ", "ecommerce_share"),
        # new-style tone placement ("khoẻ") against the table's "khỏe"
        ("dnai_kh179_kinhteso_2025.md", "Tỷ lệ người dân có hồ sơ sức khoẻ điện tử cá nhân", "electronic_health_records"),
        ("cp_qd2629_chinhphuso_2025.md", "hồ sơ, kết quả giải quyết thủ tục hành chính được số hóa", "digitised_administrative_records"),
        ("hcm_kh174_binhdanggioi_2025.md", "tỷ lệ lao động nữ làm công hưởng lương", "female_wage_employment"),
        ("cp_qd2530_khongkhi_2025.md", "nồng độ bụi PM2.5 trung bình năm", "air_quality"),
    ],
)
def test_metrics_written_in_corpus_plans_get_their_indicator(shared_docs, document, phrase, key):
    text = " ".join((shared_docs / document).read_text(encoding="utf-8").split())
    assert phrase in text
    match = match_indicator(phrase)
    assert match is not None and match.key == key
    assert match.name == indicators()[key].name_vi


def test_the_longest_synonym_wins_and_its_span_is_returned():
    phrase = "Tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ đạt 35%"
    match = match_indicator(phrase)
    assert match.key == "trained_labour_certified_share"
    assert phrase[match.start : match.end] == "lao động qua đào tạo có bằng cấp, chứng chỉ"
    assert match_indicator("Tỷ lệ lao động qua đào tạo đạt 75%").key == "trained_labour_share"
    assert match_indicator("xã đạt chuẩn nông thôn mới nâng cao").key == "advanced_new_rural_communes"
    assert match_indicator("xã đạt chuẩn nông thôn mới").key == "new_rural_communes"


@pytest.mark.parametrize(
    "phrase, key",
    [
        ("TỶ LỆ CHE PHỦ RỪNG", "forest_cover"),
        ("tỷ trọng nông, lâm nghiệp và thuỷ sản", "economic_structure_agriculture_share"),
        ("tỷ trọng nông, lâm nghiệp và thủy sản", "economic_structure_agriculture_share"),
        ("Tỷ lệ dân số tham gia bảo hiểm y tế", "health_insurance_coverage"),
        ("GRDP bình quân đầu người", "grdp_per_capita"),
        ("Tốc độ tăng trưởng kinh tế (GRDP) bình quân", "grdp_growth"),
        ("tỷ lệ đô thị hoá", "urbanisation_rate"),
        ("TỶ LỆ ĐÔ THỊ HOÁ", "urbanisation_rate"),
        ("Tỷ lệ trường học đạt chuẩn\nquốc gia", "schools_national_standard"),
    ],
)
def test_case_tone_placement_and_line_breaks_do_not_matter(phrase, key):
    assert match_indicator(phrase).key == key


def test_a_word_inside_another_word_is_no_match():
    assert match_indicator("PCIe") is None
    assert match_indicator("hộ nghèoxyz") is None


@pytest.mark.parametrize("metric, key", [
    # A share of enterprises is not the share of e-commerce in retail sales.
    ("tỷ lệ doanh nghiệp ứng dụng thương mại điện tử", "ecommerce_enterprises"),
    ("tỷ trọng thương mại điện tử trong tổng mức bán lẻ hàng hóa", "ecommerce_share"),
    # Clean-energy vehicles are not the share of transport demand met by public transport.
    ("tỷ lệ phương tiện giao thông công cộng sử dụng năng lượng sạch, năng lượng xanh", "clean_energy_public_transport"),
    ("tỷ lệ đáp ứng nhu cầu vận tải hành khách công cộng", "public_transport"),
])
def test_a_narrower_indicator_is_not_filed_under_a_broader_one(metric, key):
    assert match_indicator(metric).key == key


@pytest.mark.parametrize("metric, key", [
    # Headline indicators of the national resolutions and programmes every province implements (socio-economic
    # plans, the private-economy, science-and-innovation, digital-transformation, logistics, women's
    # entrepreneurship, safe-school and intellectual-property programmes).
    ("Tốc độ tăng tổng sản phẩm trong nước (GDP)", "grdp_growth"),
    ("Tốc độ tăng chỉ số giá tiêu dùng (CPI) bình quân", "cpi_growth"),
    ("tốc độ tăng trưởng bình quân của kinh tế tư nhân", "private_sector_growth"),
    ("tỷ trọng đóng góp của kinh tế tư nhân trong GRDP", "private_sector_share"),
    ("Tỷ lệ người dân có tài khoản định danh điện tử (VNeID)", "digital_identity"),
    ("Tỷ lệ dân số trưởng thành có tài khoản giao dịch tại ngân hàng", "payment_account_ownership"),
    ("Tỷ lệ doanh nghiệp có hoạt động đổi mới sáng tạo", "innovative_enterprises"),
    ("tỷ lệ chi phí logistics so với GRDP", "logistics_cost_share"),
    ("tỷ trọng giá trị tăng thêm của dịch vụ logistics trong GRDP", "logistics_services_share"),
    ("số lao động nông thôn được đào tạo nghề", "rural_vocational_training"),
    ("tỷ lệ trường mầm non, phổ thông đạt chuẩn quốc gia", "schools_national_standard"),
    ("tỷ lệ thanh niên hoàn thành cấp trung học phổ thông", "school_completion"),
    ("số doanh nghiệp, hợp tác xã do phụ nữ làm chủ được hỗ trợ", "women_owned_enterprises"),
    ("tỷ lệ cơ sở giáo dục đạt tiêu chuẩn trường học an toàn", "safe_schools"),
    ("tỷ lệ cán bộ quản lý nhà nước được đào tạo cơ bản về sở hữu trí tuệ", "ip_training"),
    ("tỷ lệ trẻ em có nhu cầu được đến trường, lớp", "preschool_enrolment"),
])
def test_headline_indicators_of_national_programmes_get_their_key(metric, key):
    assert match_indicator(metric).key == key


@pytest.mark.parametrize("metric, not_key", [
    # The private sector's growth is not the economy's, nor its share of budget revenue its share of GRDP.
    ("tốc độ tăng trưởng kinh tế tư nhân", "grdp_growth"),
    ("tỷ lệ đóng góp của kinh tế tư nhân so với tổng thu ngân sách nhà nước", "private_sector_share"),
    # A preschool's children are not a school meeting the national standard.
    ("tỷ lệ trẻ em trong cơ sở giáo dục mầm non được nuôi dưỡng", "schools_national_standard"),
])
def test_a_synonym_with_a_comma_is_one_phrase_and_a_neighbour_indicator_is_not_taken(metric, not_key):
    match = match_indicator(metric)
    assert match is None or match.key != not_key


@pytest.mark.parametrize("metric, key", [
    # lc_cv7323_chitieu_nq169_2026 table rows, measured in %: growth of a trade value is not the value
    ("Tăng trưởng giá trị kim ngạch xuất khẩu hàng hoá", "export_growth"),
    ("Tăng trưởng giá trị kim ngạch nhập khẩu hàng hoá", "import_growth"),
    ("Tăng trưởng bình quân tổng mức bán lẻ hàng hoá và doanh thu dịch vụ tiêu dùng", "retail_sales_growth"),
    ("tốc độ tăng trưởng GRDP khu vực dịch vụ", "services_growth"),
    ("tốc độ tăng trưởng ngành công nghiệp chế biến, chế tạo", "manufacturing_growth"),
])
def test_growth_of_a_sector_or_trade_value_has_its_own_key(metric, key):
    assert match_indicator(metric).key == key


@pytest.mark.parametrize(
    "metric, key",
    [
        ("kim ngạch XK nông, lâm, thủy sản", "export_value"),  # hddtvn, Bộ NN&PTNT's goals for 2019
        ("thu NSNN năm 2021 của đơn vị", "budget_revenue"),
        ("tỷ lệ người dân tham gia BHYT", "health_insurance_coverage"),
        ("tốc độ tăng số DN hoạt động", "enterprises_operating"),
    ],
)
def test_an_abbreviated_word_of_a_synonym_still_names_the_indicator(metric, key):
    assert match_indicator(metric).key == key


def test_an_abbreviation_alone_names_no_indicator():
    assert match_indicator("XK") is None and match_indicator("các DN") is None
