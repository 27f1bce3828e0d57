from extractors.goals import iter_goals
from extractors.targets import iter_targets


def test_goal_statements_levels_and_milestones(shared_docs):
    text = (shared_docs / "ht_kh624_mamnon_2025.md").read_text(encoding="utf-8")
    goals = list(iter_goals(text))
    levels = [g.level for g in goals]
    assert levels[0] == "chung" and levels.count("cụ thể") == 7 and levels[-1] == "khác"
    specific = [g for g in goals if g.level == "cụ thể"]
    assert all(g.deadline_year == 2035 for g in specific)
    assert text[specific[-1].start : specific[-1].end].startswith("Phấn")


def test_every_target_of_a_plan_lies_in_a_goal(shared_docs):
    for name in ("ht_kh624_mamnon_2025.md", "cp_qd2415_phunukhoinghiep_news_2025.md", "ct_kh153_matuy_2025.md"):
        text = (shared_docs / name).read_text(encoding="utf-8")
        goals = list(iter_goals(text))
        for t in iter_targets(text):
            assert any(g.start <= t.start < g.end for g in goals), (name, text[t.clause_start : t.clause_end][:60])


def test_period_headings_fill_goal_periods(shared_docs):
    text = (shared_docs / "cp_qd2415_phunukhoinghiep_news_2025.md").read_text(encoding="utf-8")
    periods = {(g.period_start, g.period_end) for g in iter_goals(text) if g.level == "cụ thể"}
    assert periods == {(2026, 2030), (2031, 2035)}


def test_news_without_goal_sections_has_no_goals(shared_docs):
    assert list(iter_goals((shared_docs / "seed_000.txt").read_text(encoding="utf-8"))) == []


def test_emphasised_group_labels_are_not_goal_statements():
    text = "II. MỤC TIÊU\n\n2. Mục tiêu cụ thể\n\n*- Thủy sản*\n\nĐảm bảo trên 70% diện tích nuôi cá tra áp dụng công nghệ tuần hoàn.\n"
    statements = [text[g.start : g.end] for g in iter_goals(text)]
    assert statements == ["Đảm bảo trên 70% diện tích nuôi cá tra áp dụng công nghệ tuần hoàn."]
