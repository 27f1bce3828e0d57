"""A plan's numbered heading usually restates targets listed under it and gives none of its own; one whose figure
its body does not repeat states the target itself (Lào Cai's Kế hoạch 134/KH-UBND heads each task group with its
goal), dated by the headings above it."""

from blind_documents import parsed_blind_document
from extractors.targets import iter_targets

RESTATED = """II. MỤC TIÊU

1. Mục tiêu đến năm 2030: tỷ lệ che phủ rừng đạt 60%

- Tỷ lệ che phủ rừng đạt 60%.
"""


def test_a_heading_whose_body_does_not_repeat_its_figure_is_a_target():
    # "### 07 NỘI DUNG TRỌNG TÂM NĂM 2026" ⏎ "#### 4. Hoàn thành di dời 01 KCN và 02 CCN" ⏎ the tasks that reach it.
    parsed = parsed_blind_document("lc_nq34tu_kh134_kcnccn_2026.md")
    found = {(str(t.value), t.unit, t.deadline_year) for t in iter_targets(parsed.text, parsed.tables)}
    assert {("1", "KCN", 2026), ("2", "CCN", 2026), ("100", "%", 2026)} <= found


def test_a_heading_restated_below_counts_once():
    found = [(str(t.value), t.unit, t.deadline_year) for t in iter_targets(RESTATED)]
    assert found == [("60", "%", 2030)]
