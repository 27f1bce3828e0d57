"""A housing programme states its goals as norms under its orientation ("Chỉ tiêu kinh tế kỹ thuật" under "Định
hướng phát triển nhà ở đến năm 2010 và đến năm 2020"): they are targets, not a project's approved figures, and a
heading that names two milestones of equal rank dates none of its items."""

from extractors.targets import iter_targets

PROGRAMME = """QUYẾT ĐỊNH
Phê duyệt Chương trình phát triển nhà ở tỉnh đến năm 2010, định hướng đến năm 2020

Điều 1. Phê duyệt Chương trình phát triển nhà ở với các nội dung sau:

1. Mục tiêu của chương trình
Từng bước cải thiện chỗ ở của nhân dân.

2. Định hướng phát triển nhà ở đến năm 2010 và đến năm 2020
2.1. Đối với đô thị
- Chỉ tiêu kinh tế kỹ thuật
+ Diện tích sàn bình quân đầu người đến năm 2010 là 12m2/người.
+ Diện tích sàn bình quân đầu người đến năm 2020 là 15m2/người.
+ Diện tích bình quân mỗi căn hộ: 50-70m2.
+ Số phòng tối thiểu mỗi căn hộ: 4 phòng/căn hộ vào năm 2010 và 3 phòng/căn hộ vào năm 2020.
"""

ZONING = """QUYẾT ĐỊNH
Phê duyệt đồ án quy hoạch chi tiết xây dựng khu dân cư

Điều 1. Phê duyệt đồ án với các nội dung sau:

4. Các chỉ tiêu kinh tế - kỹ thuật cơ bản
- Mật độ xây dựng tối đa 40%.
"""


def test_a_programmes_norms_under_its_goals_are_targets():
    found = {(t.value, t.unit, t.kind, t.deadline_year) for t in iter_targets(PROGRAMME)}
    assert (12, "m2/người", "target", 2010) in found
    assert (15, "m2/người", "target", 2020) in found


def test_a_heading_with_two_milestones_dates_no_item():
    flat = [t for t in iter_targets(PROGRAMME) if t.value == 50]
    assert flat and flat[0].kind == "target" and flat[0].deadline_year is None


def test_a_zoning_plans_norms_stay_approved_figures():
    assert [(t.value, t.unit, t.kind) for t in iter_targets(ZONING)] == [(40, "%", "project_parameter")]


def test_a_bounded_label_gives_its_figures_their_comparator_and_a_guessed_noun_keeps_its_base():
    rooms = {(t.comparator, t.value, t.unit, t.deadline_year) for t in iter_targets(PROGRAMME) if t.unit.startswith("phòng")}
    assert rooms == {(">=", 4, "phòng/căn hộ", 2010), (">=", 3, "phòng/căn hộ", 2020)}
