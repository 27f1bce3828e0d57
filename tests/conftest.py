"""Shared fixtures. The development corpus lives beside the checkout in
``../shared/corpus`` (CI has it too); the embedded seeds live in ``corpus/``."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import duckdb
import pytest
from portal_server import portal  # noqa: F401  (the fake provincial portal fixture, for every test module)

REPO = Path(__file__).resolve().parents[1]
SHARED_CORPUS = REPO.parent / "shared" / "corpus"


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return REPO


@pytest.fixture(scope="session")
def shared_corpus() -> Path:
    if not (SHARED_CORPUS / "docs").is_dir():
        pytest.fail(f"development corpus not found at {SHARED_CORPUS}: it must sit beside the checkout")
    return SHARED_CORPUS


@pytest.fixture(scope="session")
def shared_docs(shared_corpus: Path) -> Path:
    return shared_corpus / "docs"


@pytest.fixture(scope="session")
def load_gold(shared_corpus: Path):
    def _load(name: str) -> dict:
        return json.loads((shared_corpus / "gold" / f"{name}.json").read_text(encoding="utf-8"))

    return _load


@pytest.fixture(scope="session")
def dev_db(shared_corpus: Path, tmp_path_factory) -> Path:
    """The development corpus loaded as the README shows (examples/shared-corpus.yaml), once per session."""
    from pipeline.orchestrate import run_pipeline
    from pipeline.settings import load_settings

    work = tmp_path_factory.mktemp("dev")
    settings = load_settings(REPO / "params.yaml")
    settings.fetch = replace(settings.fetch, allowed_roots=(str(shared_corpus),))  # the README's --allow-root
    summary = run_pipeline(REPO / "examples" / "shared-corpus.yaml", work / "dev.duckdb", work / "data", settings)
    assert not summary.failures, summary.failures
    return work / "dev.duckdb"


@pytest.fixture
def con():
    """An in-memory database with the vnplans schema."""
    from pipeline.load.schema import create_schema

    con = duckdb.connect(":memory:")
    create_schema(con)
    yield con
    con.close()


@pytest.fixture(scope="session")
def targets_of(shared_docs: Path):
    """The targets of a shared corpus document by file name, extracted once per session."""
    from extractors.targets import iter_targets
    from tests._targets_support import doc_text

    cache: dict[str, list] = {}

    def read(name: str):
        if name not in cache:
            cache[name] = list(iter_targets(doc_text(shared_docs / name)))
        return cache[name]

    return read
