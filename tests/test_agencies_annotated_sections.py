"""Agencies against hand annotations of the implementation sections of twelve corpus
documents without agency gold (tests/fixtures/agency_annotations), scored as
`vnplans evaluate` scores them."""

from pathlib import Path

from pipeline.evaluate.scoring import ScoringOptions, evaluate_gold
from pipeline.extract.stage import extract_path

ANNOTATIONS = Path(__file__).parent / "fixtures" / "agency_annotations"


def test_agency_f1_on_annotated_implementation_sections(shared_corpus):
    report = evaluate_gold(ANNOTATIONS, extract_path, ScoringOptions())
    agencies = report.total("agencies")
    assert agencies.support > 150
    assert agencies.precision >= 0.97 and agencies.recall >= 0.97
