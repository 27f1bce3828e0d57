"""A target's deadline or period comes from the nearest enclosing milestone: a
sub-item naming a period under a goal heading with another horizon, or the
milestone closing the coordinated list it belongs to; horizon_year is the
deadline, else the period's end."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from pipeline.extract.stage import extract_path


@pytest.fixture(scope="module")
def targets(shared_docs: Path):
    return extract_path(shared_docs / "cp_qd2629_chinhphuso_2025.md").targets


def test_a_period_sub_item_dates_the_items_under_it_not_the_heading(targets):
    # "II. MỤC TIÊU ĐẾN NĂM 2030 … - Giai đoạn 2025-2027 / + 100% … / - Giai đoạn 2028-2030 / + 99% …"
    listed = [t for t in targets if t.sentence.startswith("+ ")]
    periods = Counter((t.deadline_year, t.period_start, t.period_end, t.horizon_year) for t in listed)
    assert periods == {(None, 2025, 2027, 2027): 10, (None, 2028, 2030, 2030): 13}


def test_milestones_pair_with_the_lists_they_close_in_order(targets):
    # "nhóm 4 nước dẫn đầu ASEAN và nhóm 60 nước … vào năm 2028; nhóm 3 nước … và nhóm 50 nước … vào năm 2030"
    ranks = sorted((int(t.value), t.deadline_year) for t in targets if t.unit.startswith("nước dẫn đầu"))
    assert ranks == [(3, 2030), (4, 2028), (50, 2030), (60, 2028)]
    assert all(t.horizon_year == t.deadline_year for t in targets if t.unit.startswith("nước dẫn đầu"))


def test_a_year_heading_under_a_lead_in_that_names_several_years_dates_its_own_items():
    # b11-lead (explainer of Kế hoạch 01-KH/BCĐTW): "… chỉ tiêu … năm 2025, 2026 như sau:" then "(1) Năm 2025:"
    # and "(2) Năm 2026" over their bullets.
    from extractors.sections import layout
    from extractors.targets import iter_targets

    text = ("**Chỉ tiêu triển khai Phong trào năm 2025, 2026 ra sao?**\n\n"
            "Căn cứ tại Mục III Kế hoạch 01-KH/BCĐTW năm 2025 nêu rõ chỉ tiêu triển khai Phong trào năm 2025, 2026 như sau:\n\n"
            "**(1) Năm 2025:**\n\n- 80% cán bộ, công chức có kỹ năng số.\n\n"
            "**(2) Năm 2026**\n\n- 100% cán bộ, công chức có kỹ năng số.\n")
    years = {float(t.value): t.deadline_year for t in iter_targets(text, (), layout(text))}
    assert years == {80.0: 2025, 100.0: 2026}


def test_an_item_ending_in_a_colon_dates_the_items_marked_otherwise_below_it():
    # hp_qhc_kktvenbiennam (b16): "- Dự báo, … đến năm 2050 khoảng 15.707 ha …; Trong đó:" over "+ …" items;
    # a paragraph that is no item ends the list (docs/annotation.md).
    from extractors.targets import iter_targets

    text = (
        "## Định hướng quy hoạch sử dụng đất\n\nTheo đó, định hướng quy hoạch sử dụng đất như sau:\n\n"
        "- Dự báo, quy mô diện tích khu vực xây dựng khu chức năng đến năm 2050 khoảng 15.707 ha; Trong đó:\n\n"
        "+ Phát triển dân cư: Quy mô khoảng 2.763 ha, chiếm 17,6% diện tích đất xây dựng;\n\n"
        "+ Phát triển hỗn hợp khoảng 557 ha (chiếm 3,5% diện tích đất xây dựng).\n\n"
        "Đất hỗn hợp bao gồm các loại hình thương mại dịch vụ, tài chính, ngân hàng.\n\n"
        "+ Cây xanh công cộng khoảng 236 ha (chiếm 1,5%).\n"
    )
    years = {(float(t.value), t.unit): t.deadline_year for t in iter_targets(text)}
    assert years[(15707, "ha")] == 2050
    assert years[(2763, "ha")] == years[(557, "ha")] == 2050
    assert years[(236, "ha")] is None


def test_an_emphasised_milestone_line_heads_the_goals_below_it_even_when_closed_wrong():
    # ttg_qd1373_xahoihoctap (b16e): "** Mục tiêu đến năm 2025*" (bold opened, italic closed) over its goal list.
    from extractors.targets import iter_targets

    text = (
        "**(2) Mục tiêu cụ thể**\n\n** Mục tiêu đến năm 2025*\n\n- Xóa mù chữ và phổ cập giáo dục:\n\n"
        "+ 70% các tỉnh, thành phố đạt chuẩn phổ cập giáo dục mầm non cho trẻ em 5 tuổi.\n\n"
        "** Mục tiêu đến năm 2030*\n\n- Xóa mù chữ và phổ cập giáo dục:\n\n"
        "+ 90% các tỉnh, thành phố đạt chuẩn phổ cập giáo dục mầm non cho trẻ em 5 tuổi.\n"
    )
    assert [(float(t.value), t.deadline_year) for t in iter_targets(text)] == [(70, 2025), (90, 2030)]


def test_a_part_titled_by_its_years_programme_dates_the_goals_beside_it():
    # ht_bcx_stttt_tongket2016 (session 37): "Phần thứ hai ⏎ CHƯƠNG TRÌNH CÔNG TÁC NĂM 2017" is an unnumbered title the
    # outline puts beside "I. MỤC TIÊU, NHIỆM VỤ VÀ CÁC CHỈ TIÊU CHỦ YẾU", not over it; its year dates the goals.
    from extractors.targets import iter_targets

    text = (
        "Phần thứ nhất\n\nKẾT QUẢ THỰC HIỆN NĂM 2016\n\nI. KẾT QUẢ THỰC HIỆN\n\n1. Công tác tham mưu\n\nĐã ban hành 5 văn "
        "bản.\n\nPhần thứ hai\n\nCHƯƠNG TRÌNH CÔNG TÁC NĂM 2017\n\nI. MỤC TIÊU, NHIỆM VỤ VÀ CÁC CHỈ TIÊU CHỦ YẾU\n\n"
        "1. Mục tiêu phát triển\n\nĐẩy mạnh cải cách hành chính.\n\n2. Một số chỉ tiêu chủ yếu\n\n- Xây dựng 04 văn bản "
        "QPPL; 100% xã có nhật ký truyền thanh.\n\n- Doanh thu toàn ngành đạt 2.200 tỷ đồng.\n"
    )
    assert [(float(t.value), t.deadline_year) for t in iter_targets(text)] == [(4, 2017), (100, 2017), (2200, 2017)]
