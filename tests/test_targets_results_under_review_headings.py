"""A congress's political report ends with an annex that reviews the past term's goals ("PHỤ LỤC ⏎ ĐÁNH GIÁ KẾT QUẢ
THỰC HIỆN CÁC MỤC TIÊU, CHỈ TIÊU ⏎ NHIỆM KỲ 2020 - 2025", "I. KẾT QUẢ THỰC HIỆN CÁC MỤC TIÊU, CHỈ TIÊU CHỦ YẾU"): the
goal words its headings list are what was reviewed, its figures results. A count taken per population after the counts
("có từ 19 bác sỹ, 50 giường bệnh trên 1 vạn dân trở lên") is no figure of its own (blind batch b38h, the Thái Nguyên
Party congress booklet of 2025, a PDF)."""

import pytest

from blind_documents import parsed_blind_document
from extractors.sections import classify
from extractors.targets import iter_targets

REPORT = """2. Các chỉ tiêu chủ yếu
(19) Đến năm 2030, có từ 19 bác sỹ, 50 giường bệnh trên 1 vạn dân trở lên.
(25) Phấn đấu đến năm 2030 có 95% số xã đạt chuẩn nông thôn mới.
BAN CHẤP HÀNH ĐẢNG BỘ TỈNH

PHỤ LỤC
ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN CÁC MỤC TIÊU, CHỈ TIÊU
NHIỆM KỲ 2020 - 2025 TỈNH THÁI NGUYÊN VÀ BẮC KẠN
-----
I. KẾT QUẢ THỰC HIỆN CÁC MỤC TIÊU, CHỈ TIÊU CHỦ YẾU
(1) Tốc độ tăng trưởng kinh tế (GRDP) bình quân: Thái Nguyên ước đạt 7,35%/năm; Bắc Kạn ước đạt 6,6%/năm, đạt mục tiêu Nghị quyết của Đại hội tỉnh đề ra.
(8) Năm 2025: Thái Nguyên có 95,04% số xã đạt chuẩn nông thôn mới, Bắc Kạn có 30% số xã đạt chuẩn nông thôn mới.
"""


@pytest.mark.parametrize("heading", [
    "I. KẾT QUẢ THỰC HIỆN CÁC MỤC TIÊU, CHỈ TIÊU CHỦ YẾU",
    "ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN CÁC MỤC TIÊU, CHỈ TIÊU",
    "Tình hình thực hiện mục tiêu, chỉ tiêu",
])
def test_a_review_of_goals_is_no_goal_section(heading):
    assert classify(heading.removeprefix("I. ")) == "purpose"


def test_goal_headings_that_list_their_parts_stay_goals():
    assert classify("MỤC ĐÍCH, YÊU CẦU VÀ MỤC TIÊU") == "goal"
    assert classify("Kết quả cần đạt được và chỉ tiêu chủ yếu") is not None


def test_the_reviewed_figures_are_no_targets():
    values = sorted(str(t.value) for t in iter_targets(REPORT))
    assert values == ["19", "50", "95"]


def test_a_population_counts_are_taken_per_is_no_target():
    found = {(str(t.value), t.unit) for t in iter_targets("Mục tiêu cụ thể:\n- Đến năm 2030, đạt 12 bác sĩ trên 1 vạn dân.\n")}
    assert found == {("12", "bác sĩ")}


def test_more_than_a_number_of_people_is_still_a_target():
    found = {(str(t.value), t.comparator) for t in iter_targets("Mục tiêu cụ thể:\n- Năm 2026 thu hút trên 10.000 người dân tham gia.\n")}
    assert found == {("10000", ">=")}


def test_the_booklet_gives_no_target_from_its_review_annex():
    parsed = parsed_blind_document("tn_bcct_vankiendaihoi_dangbotinh_2025.pdf")
    annex = parsed.text.index("ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN CÁC MỤC TIÊU, CHỈ TIÊU")
    found = list(iter_targets(parsed.text, parsed.tables))
    assert len(found) > 50
    assert not [t for t in found if t.start > annex and t.deadline_year in (2025, None) and "Bắc Kạn" in parsed.text[t.clause_start:t.clause_end]]
