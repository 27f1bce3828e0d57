"""Scoring references and achievements: only where a gold annotates them, references
per distinct (number, relation, via), achievements one-to-one on value and sentence;
a repository gold names the shared document it annotates through its root."""

from pathlib import Path

from pipeline.evaluate.scoring import GoldDocument, format_report, load_gold, score
from test_evaluate_scoring import (
    EXTRA_GOLD_DIR, GOLD_DIR, make_achievement, make_extraction, make_reference, perfect_extractions,
)

CITATION = "Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học"
RESULT = "sản lượng phân bón đạt 1,14 triệu tấn, đạt 100% kế hoạch"


def gold(**data) -> GoldDocument:
    data.setdefault("file", "docs/x.md")
    return GoldDocument(Path("gold/x.json"), Path("docs/x.md"), data)


def scored(doc: GoldDocument, **parts):
    return score([doc], {doc.file: make_extraction().model_copy(update=parts)})


def test_repository_gold_finds_shared_documents_through_its_root():
    documents = load_gold([GOLD_DIR, EXTRA_GOLD_DIR])
    extra = [d for d in documents if d.gold_path.parent == EXTRA_GOLD_DIR]
    assert extra and all(d.document_path.is_file() for d in extra)
    assert any(d.document_path.resolve().parent == GOLD_DIR.parent.resolve() / "docs" for d in extra)
    assert any(d.document_path.resolve() == (EXTRA_GOLD_DIR.parent / "seed_004.txt").resolve() for d in extra)


def test_fields_not_annotated_are_not_scored_nor_reported():
    only_references = gold(references=[{"number": "57-NQ/TW", "relation": "căn cứ", "sentence": CITATION}])
    report = scored(only_references, references=[make_reference("57-NQ/TW", "căn cứ")],
                    targets=make_extraction().targets)
    metrics = report.metrics()
    assert metrics["references"]["tp"] == 1 and "achievements" not in metrics
    assert metrics["targets"]["support"] == metrics["targets"]["predicted"] == 0
    assert "achievements" not in format_report(report)


def test_references_count_once_per_number_relation_and_via():
    doc = gold(references=[
        {"number": "57-NQ/TW", "relation": "căn cứ", "date": "2024-12-22", "issuer": "Bộ Chính trị", "sentence": CITATION},
        {"number": "57-NQ/TW", "relation": "thực hiện", "via": "71/NQ-CP", "sentence": CITATION},
    ])
    predicted = [
        make_reference("57-NQ/TW", "căn cứ", issued="2024-12-22", issuer="Bộ Chính trị"),
        make_reference("57 - NQ/TW", "căn cứ", sentence="again"),  # a repeat, spaced differently
        make_reference("57-NQ/TW", "thực hiện"),  # the right relation but not inside 71/NQ-CP's title
    ]
    report = scored(doc, references=predicted)
    counts = report.total("references")
    assert (counts.tp, counts.fp, counts.fn) == (1, 1, 1)
    assert report.accuracy("reference_dates").value == report.accuracy("reference_issuers").value == 1.0


def test_achievements_match_on_value_and_sentence():
    doc = gold(achievements=[
        {"value": 1.14, "unit": "triệu tấn", "sentence": RESULT},
        {"value": 100, "unit": "% kế hoạch", "sentence": RESULT},
    ])
    report = scored(doc, achievements=[
        make_achievement("1.140", "triệu tấn", RESULT),
        make_achievement(100, "%", "Tỷ lệ trường đạt chuẩn đạt 100%"),  # the value, another sentence
    ])
    counts = report.total("achievements")
    assert (counts.tp, counts.fp, counts.fn) == (1, 1, 1)


def test_repository_gold_scored_against_itself_is_perfect():
    documents = load_gold(EXTRA_GOLD_DIR)
    metrics = score(documents, perfect_extractions(documents)).metrics()
    assert metrics["references"]["f1"] == metrics["achievements"]["f1"] == 1.0
    assert metrics["achievements"]["support"] == sum(len(d.data.get("achievements", [])) for d in documents)
