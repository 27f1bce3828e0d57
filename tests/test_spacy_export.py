"""Extractions as spaCy Docs (``pipeline.extract.spacy_export``) and ``vnplans extract --spacy``."""

import subprocess
import sys

import pytest
from spacy.tokens import DocBin

from extractors.vi_nlp import vietnamese_nlp
from pipeline.extract.spacy_export import extraction_doc, parse_and_extract, write_docbin


def folded(span) -> str:
    return " ".join(span.text.split())


@pytest.fixture(scope="module")
def seed(repo_root):
    return parse_and_extract(repo_root / "corpus" / "seed_000.txt")


@pytest.fixture(scope="module")
def plan(shared_docs):
    return parse_and_extract(shared_docs / "ht_kh624_mamnon_2025.md")


def test_docbin_round_trips_targets_and_provenance(seed, tmp_path):
    text, extraction = seed
    nlp = vietnamese_nlp()
    write_docbin([extraction_doc(nlp, text, extraction)], tmp_path / "seed.spacy")
    [doc] = DocBin().from_disk(tmp_path / "seed.spacy").get_docs(nlp.vocab)
    assert doc.text == text
    targets = [folded(ent) for ent in doc.ents if ent.label_ == "TARGET"]
    assert any("250" in t for t in targets)
    assert any("10-12" in t for t in targets)
    assert doc.user_data["number"] == "110/KH-UBND"
    assert doc.user_data["document_id"] == extraction.document.document_id
    assert doc.user_data["extractor_version"] == extraction.document.extractor_version


def test_entities_cover_the_records_offsets(seed):
    text, extraction = seed
    doc = extraction_doc(vietnamese_nlp(), text, extraction)
    entities = [(ent.start_char, ent.end_char) for ent in doc.ents if ent.label_ == "TARGET"]
    for target in extraction.targets:
        assert any(start <= target.char_start and target.char_end <= end for start, end in entities)


def test_agency_mentions_are_entities_named_by_their_canonical_name(plan):
    text, extraction = plan
    doc = extraction_doc(vietnamese_nlp(), text, extraction)
    agencies = [ent for ent in doc.ents if ent.label_ == "AGENCY"]
    assert "Sở Giáo dục và Đào tạo" in {folded(ent) for ent in agencies}
    assert "Sở Giáo dục và Đào tạo" in {ent.kb_id_ for ent in agencies}
    # The same mention recorded for two roles is one entity.
    starts = [ent.start_char for ent in doc.ents]
    assert len(starts) == len(set(starts))


def test_extract_command_writes_one_doc_per_parsed_document(repo_root, tmp_path):
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    out = tmp_path / "docs.spacy"
    result = subprocess.run(
        [sys.executable, "-m", "pipeline.cli", "extract", str(empty), str(repo_root / "corpus" / "seed_000.txt"), "--spacy", str(out)],
        capture_output=True, text=True, cwd=repo_root, timeout=600,
    )
    assert result.returncode == 1  # the empty file failed; the seed is still written
    docs = list(DocBin().from_disk(out).get_docs(vietnamese_nlp().vocab))
    assert [doc.user_data["number"] for doc in docs] == ["110/KH-UBND"]
    assert any(ent.label_ == "TARGET" for ent in docs[0].ents)
