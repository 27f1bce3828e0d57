"""Real documents kept outside the repository, for tests: the blind batches' documents and a few
others, copied into data/external by `python scripts/get_external_docs.py
corpus/gold-blind/sources-*.yaml tests/external_documents.yaml`, so a test that needs one skips
where it is absent (CI has no snapshots)."""

from pathlib import Path

import pytest

from pipeline.extract.stage import parse_path
from pipeline.parse.stage import ParseSettings
from schemas.records import ParsedDocument

EXTERNAL_DOCS = Path(__file__).resolve().parents[1] / "data" / "external" / "docs"


def parsed_blind_document(name: str) -> ParsedDocument:
    """The parsed document `name` of data/external/docs (no OCR), or skip the test."""
    path = EXTERNAL_DOCS / name
    if not path.is_file():
        pytest.skip(f"{name} not in data/external (python scripts/get_external_docs.py corpus/gold-blind/sources-*.yaml tests/external_documents.yaml)")
    return parse_path(path, ParseSettings(ocr="never"))


def blind_tasks(name: str) -> list:
    """The tasks extracted from the blind document `name`, or skip the test."""
    from extractors.tasks import iter_tasks

    parsed = parsed_blind_document(name)
    return list(iter_tasks(parsed.text, parsed.tables))


def task_opening(tasks: list, opening: str):
    """The first task whose text opens with `opening` (spacing folded)."""
    return next(t for t in tasks if " ".join(t.text.split()).startswith(opening))
