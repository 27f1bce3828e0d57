"""A percentage of a plan, an allocation or a budget estimate keeps it as its base ("100% kế hoạch vốn đầu tư công",
"5% dự toán"), as a share of a total written with "trong" does ("40% trong tổng số doanh nghiệp"): the README's
"a percentage of a base keeps the base". A plan's population ("100% cán bộ") is no base."""

from extractors.targets import iter_targets


def _units(text):
    return [(str(t.value), t.unit) for t in iter_targets(text)]


def test_a_share_of_the_public_investment_plan_keeps_the_plan():
    text = "Mục tiêu: phấn đấu giải ngân đạt tối thiểu 95% kế hoạch vốn đầu tư công năm 2025."
    assert _units(text) == [("95", "% kế hoạch vốn đầu tư công")]


def test_a_share_of_the_budget_estimate_and_of_the_statutory_quota():
    assert _units("Mục tiêu: thu ngân sách nhà nước năm 2021 cần vượt tối thiểu 5% dự toán.") == [("5", "% dự toán")]
    assert _units("Chỉ tiêu: thu ngân sách nhà nước vượt 5% chỉ tiêu pháp lệnh.") == [("5", "% chỉ tiêu pháp lệnh")]


def test_a_share_of_what_the_competent_authority_allocated():
    text = ("Phấn đấu hằng năm tỷ lệ giải ngân kế hoạch vốn đầu tư công từ nguồn ngân sách nhà nước đạt trên 90% kế hoạch "
            "được cấp có thẩm quyền giao.")
    assert _units(text) == [("90", "% kế hoạch được cấp có thẩm quyền giao")]


def test_a_share_of_a_total_written_with_trong():
    text = "Mục tiêu đến năm 2030: tỷ lệ doanh nghiệp có hoạt động đổi mới sáng tạo đạt trên 40% trong tổng số doanh nghiệp."
    assert _units(text) == [("40", "% trong tổng số doanh nghiệp")]


def test_a_population_counted_is_no_base():
    assert _units("Mục tiêu: 100% cán bộ, công chức được đào tạo, bồi dưỡng.") == [("100", "%")]
    assert _units("Mục tiêu: hoàn thành 100% kế hoạch đề ra.") == [("100", "%")]


def test_a_share_of_a_total_written_with_so_voi_or_tren():
    # The 2019 export goal (bct_6vieclon) and the 13th Party Congress's trade-deficit goal (dh13): a deficit measured
    # against total exports; the base follows the upper end of a range written with both percent signs.
    text = "Mục tiêu năm 2019: kiểm soát nhập siêu dưới 2% so với tổng kim ngạch xuất khẩu."
    assert _units(text) == [("2", "% tổng kim ngạch xuất khẩu")]
    text = "Mục tiêu đến năm 2025: nhập siêu khoảng 11% - 12% trên tổng kim ngạch xuất khẩu."
    assert [(t.comparator, t.unit) for t in iter_targets(text)] == [("range", "% tổng kim ngạch xuất khẩu")]


def test_a_growth_compared_with_a_year_keeps_no_base():
    assert _units("Mục tiêu: thu ngân sách năm 2025 tăng 10% so với năm 2024.") == [("10", "%")]
