"""Task deadlines in styles the rules were first written without (blind batches b1-b5): a table's
time cell that spans years, the year of a target inside an assigned task, start dates, "tới năm".
Blind documents live in data/external (python scripts/get_external_docs.py
corpus/gold-blind/sources-*.yaml); their tests skip where they are absent."""

from pathlib import Path

import pytest

from extractors.tasks import iter_tasks
from pipeline.extract.stage import parse_path
from pipeline.parse.stage import ParseSettings

EXTERNAL_DOCS = Path(__file__).resolve().parents[1] / "data" / "external" / "docs"


def _external_tasks(name: str):
    path = EXTERNAL_DOCS / name
    if not path.is_file():
        pytest.skip(f"{name} not in data/external (python scripts/get_external_docs.py corpus/gold-blind/sources-*.yaml)")
    parsed = parse_path(path, ParseSettings(ocr="never"))
    return list(iter_tasks(parsed.text, parsed.tables))


def _task(tasks, opening: str):
    return next(t for t in tasks if " ".join(t.text.split()).startswith(opening))


def test_a_time_cell_spanning_years_is_the_period_of_the_task_not_its_deadline():
    tasks = _external_tasks("dt_kh552_doimoicongnghe_2025.md")
    # THỜI GIAN "2025 - 2035": the period the row runs over.
    assert _task(tasks, "Triển khai công nghệ cao trong trồng trọt").deadline is None
    # THỜI GIAN "2026": due that year.
    assert _task(tasks, "Đề xuất giải pháp cải thiện môi trường đầu tư").deadline_year == 2026


def test_the_year_of_a_target_inside_an_assigned_task_is_not_the_tasks_deadline():
    tasks = _external_tasks("dnai_kh182_matuy_2025.md")
    # "… lộ trình đạt mục tiêu ít nhất 50% xã, phường không có ma tuý vào năm 2030 …"
    assert _task(tasks, "Hướng dẫn, theo dõi, đôn đốc các địa phương").deadline is None
    # "… xây dựng kế hoạch hoặc văn bản triển khai thực hiện (hoàn thành trong tháng 11/2025)"
    assert any(t.deadline == "Tháng 11/2025" and "hoàn thành trong tháng 11/2025" in t.text for t in tasks)


def test_a_completion_month_stays_the_tasks_when_its_clause_counts_something(shared_docs):
    text = (shared_docs / "vpcp_tb624_bcd_khcn_2025.md").read_text(encoding="utf-8")
    # "Khẩn trương thành lập đoàn công tác hỗ trợ 6 thành phố …, hoàn thành trong tháng 12 năm 2025,
    # triển khai thực hiện trong năm 2026."
    task = _task(list(iter_tasks(text)), "Khẩn trương thành lập đoàn công tác")
    assert task.deadline == "Tháng 12/2025"
