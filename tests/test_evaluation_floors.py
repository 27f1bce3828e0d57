"""The gate: the real parse + extract over the development gold must stay at or
above the floors pinned in metrics/floors.json (policy in docs/evaluation.md)."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.evaluate.scoring import check_floors, evaluate_gold, format_report
from pipeline.extract.stage import extract_path

REPO = Path(__file__).resolve().parents[1]
GOLD_DIR = REPO.parent / "shared" / "corpus" / "gold"
EXTRA_GOLD_DIR = REPO / "corpus" / "gold-extra"  # references and achievements, annotated in the repository
FLOORS = REPO / "metrics" / "floors.json"

@pytest.mark.slow
def test_extraction_over_the_gold_stays_above_the_pinned_floors():
    report = evaluate_gold([GOLD_DIR, EXTRA_GOLD_DIR], extract_path)
    violations = check_floors(report, FLOORS)
    assert not violations, "\n".join(violations) + "\n\n" + format_report(report)
