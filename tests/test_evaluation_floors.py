"""The gate: the real parse + extract over the development gold must stay at or
above the floors pinned in metrics/floors.json (policy in docs/evaluation.md)."""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest

from pipeline.evaluate import check_floors, evaluate_gold, format_report

REPO = Path(__file__).resolve().parents[1]
GOLD_DIR = REPO.parent / "shared" / "corpus" / "gold"
FLOORS = REPO / "metrics" / "floors.json"

# Skip only while the extract stage (or a project module it imports) is not written
# yet; any other import failure (a syntax error, a missing dependency) is an error.
try:
    extract_module = importlib.import_module("pipeline.extract")
except ModuleNotFoundError as missing:
    if (missing.name or "").split(".")[0] not in {"pipeline", "extractors", "schemas"}:
        raise
    pytest.skip(f"extract stage not written yet: no module {missing.name!r}", allow_module_level=True)
extract_path = getattr(extract_module, "extract_path", None)
if extract_path is None:
    pytest.skip("pipeline.extract.extract_path(path) -> Extraction is not provided yet", allow_module_level=True)


@pytest.mark.slow
def test_extraction_over_the_gold_stays_above_the_pinned_floors():
    report = evaluate_gold(GOLD_DIR, extract_path)
    violations = check_floors(report, FLOORS)
    assert not violations, "\n".join(violations) + "\n\n" + format_report(report)
