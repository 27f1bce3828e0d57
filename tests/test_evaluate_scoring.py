"""Behaviour of the evaluation scorer on hand-made extractions (no extractor involved)."""

from __future__ import annotations

import importlib.util
import json
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from pipeline.evaluate.agreement import agreement, extraction_of_gold
from pipeline.evaluate.scoring import (
    GoldDocument,
    ScoringOptions,
    check_floors,
    evaluate_gold,
    format_kinds,
    format_report,
    load_gold,
    normalise,
    score,
    write_metrics,
)
from schemas.records import Achievement, AgencyMention, Document, DocumentReference, Extraction, Target, Task

REPO = Path(__file__).resolve().parents[1]
GOLD_DIR = REPO.parent / "shared" / "corpus" / "gold"
EXTRA_GOLD_DIR = REPO / "corpus" / "gold-extra"
ALL_IN = ScoringOptions(include_parameters=True, include_generic=True, include_executors=True)


# --------------------------------------------------------------------------- builders


def make_target(sentence: str, value, unit: str = "%", comparator: str = "=", **fields) -> Target:
    low, high = (value if isinstance(value, list) else [value, None])
    return Target(
        target_id=f"t{len(sentence)}{low}", document_id="d", value=Decimal(str(low)),
        value_max=None if high is None else Decimal(str(high)), unit=unit, unit_category="x",
        comparator=comparator, metric=fields.pop("metric", "m"), char_start=0, char_end=1, sentence=sentence,
        extractor_version="test", **fields,
    )


def make_agency(name: str, role: str, canonical_name: str | None = None, generic: bool = False) -> AgencyMention:
    return AgencyMention(
        agency_id=f"a{name}{role}", document_id="d", name=name, canonical_name=canonical_name or name,
        role=role, generic=generic, char_start=0, char_end=1, sentence=name, extractor_version="test",
    )


def make_task(sentence: str, deadline_year: int | None) -> Task:
    return Task(
        task_id=f"k{sentence}", document_id="d", text=sentence, deadline_year=deadline_year,
        char_start=0, char_end=1, sentence=sentence, extractor_version="test",
    )


def make_extraction(targets=(), agencies=(), tasks=(), **metadata) -> Extraction:
    document = Document(
        document_id="d", sha256="s", source_id="src", url="u", media_type="text", status="ok",
        extractor_version="test", **metadata,
    )
    return Extraction(document=document, targets=list(targets), agencies=list(agencies), tasks=list(tasks))


def make_reference(number: str, relation: str, via=None, sentence: str = "s", issued=None, issuer=None) -> DocumentReference:
    return DocumentReference(
        reference_id=f"r{number}{relation}{via}{sentence}", document_id="d", relation=relation, number=number,
        via_number=via, issue_date=date.fromisoformat(issued) if issued else None, issuer=issuer,
        char_start=0, char_end=1, sentence=sentence, extractor_version="test",
    )


def make_achievement(value, unit: str, sentence: str) -> Achievement:
    return Achievement(
        achievement_id=f"a{value}{sentence}", document_id="d", indicator="i", value=Decimal(str(value)), unit=unit,
        unit_category="x", char_start=0, char_end=1, sentence=sentence, extractor_version="test",
    )


def gold_document(**data) -> GoldDocument:
    data.setdefault("file", "docs/x.md")
    data.setdefault("metadata", {})
    return GoldDocument(Path("gold/x.json"), Path("docs/x.md"), data)


SENTENCE = "Đến năm 2030, tối thiểu 55% học sinh lớp 5, 65% học sinh lớp 9 và 75% học sinh lớp 12 biết bơi an toàn."
OTHER_SENTENCE = "Đến năm 2030, 70% học sinh được dạy kiến thức và thực hành kỹ năng phòng, chống đuối nước."


def gold_target(value, sentence=SENTENCE, unit="%", comparator=">=", deadline_year=2030, **extra) -> dict:
    return dict(sentence=sentence, value=value, unit=unit, comparator=comparator, deadline_year=deadline_year, **extra)


def single(doc: GoldDocument, extraction: Extraction, options: ScoringOptions = ScoringOptions()):
    return score([doc], {doc.file: extraction}, options)


# --------------------------------------------------------------------------- the real gold against itself


@pytest.fixture(scope="module")
def gold_docs() -> list[GoldDocument]:
    return load_gold(GOLD_DIR)


@pytest.mark.parametrize("options", [ScoringOptions(), ALL_IN, ScoringOptions(strict=True)])
def test_gold_scored_against_itself_is_perfect(gold_docs, options):
    report = score(gold_docs, {g.file: extraction_of_gold(g) for g in gold_docs}, options)
    metrics = report.metrics()
    assert report.errors == []
    for name in ("targets", "agencies", "deadlines"):
        assert (metrics[name]["precision"], metrics[name]["recall"], metrics[name]["f1"]) == (1.0, 1.0, 1.0), name
    assert metrics["deadline_year_accuracy"] == 1.0
    assert set(metrics["metadata"].values()) == {1.0}
    assert metrics["documents"] == 13


def test_default_scope_counts_plan_targets_and_specific_agencies_only(gold_docs):
    report = score(gold_docs, {g.file: extraction_of_gold(g) for g in gold_docs})
    # README: 86 targets of kind "target"; 79 agency entries minus generic and "thi hành" ones.
    assert report.total("targets").support == 86
    gold_agencies = [a for g in gold_docs for a in g.data["agencies"]]
    in_scope = [a for a in gold_agencies if not a.get("generic") and a["role"] != "thi hành"]
    assert report.total("agencies").support == len(in_scope) < len(gold_agencies)
    assert score(gold_docs, {g.file: extraction_of_gold(g) for g in gold_docs}, ALL_IN).total("targets").support == 96


def test_evaluate_gold_calls_the_extractor_with_document_paths(gold_docs):
    by_path = {g.document_path: g for g in gold_docs}
    seen = []

    def extract(path: Path) -> Extraction:
        seen.append(path)
        return extraction_of_gold(by_path[path])

    report = evaluate_gold(GOLD_DIR, extract)
    assert all(p.is_file() for p in seen) and len(seen) == 13
    assert report.total("targets").f1 == 1.0


def test_normalise_is_the_corpus_normalisation():
    spec = importlib.util.spec_from_file_location("check_gold", GOLD_DIR.parent / "check_gold.py")
    check_gold = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(check_gold)
    samples = [
        "<p>Tỷ lệ&nbsp;đạt <b>95</b> %</p> ( ghi chú )",
        "**Mục tiêu** \\- 10\\.5 | cột | # tiêu đề",
        "Ho\u0300a  bi\u0300nh\u00a0\u200b;",
    ]
    assert [normalise(s) for s in samples] == [check_gold.normalise(s) for s in samples]


# --------------------------------------------------------------------------- targets


def test_changed_value_gives_one_false_positive_and_one_false_negative():
    doc = gold_document(targets=[gold_target(55), gold_target(65)])
    report = single(doc, make_extraction([make_target(SENTENCE, 55, comparator=">=", deadline_year=2030),
                                          make_target(SENTENCE, 66, comparator=">=", deadline_year=2030)]))
    counts = report.total("targets")
    assert (counts.tp, counts.fp, counts.fn) == (1, 1, 1)
    assert counts.precision == counts.recall == 0.5
    kinds = sorted((e.field, e.kind) for e in report.errors)
    assert kinds == [("targets", "false_negative"), ("targets", "false_positive")]
    missed = next(e for e in report.errors if e.kind == "false_negative")
    assert "65" in missed.detail and "66" in missed.detail  # the near miss is named
    assert missed.sentence == SENTENCE


def test_metric_words_score_a_cut_metric_low_on_recall_and_a_run_on_metric_low_on_precision():
    gold = gold_target(75, metric="tỷ lệ học sinh lớp 12 biết bơi an toàn")
    whole = make_target(SENTENCE, 75, comparator=">=", deadline_year=2030, metric="học sinh lớp 12 biết bơi an toàn")
    cut = make_target(SENTENCE, 75, comparator=">=", deadline_year=2030, metric="học sinh lớp")
    run_on = make_target(SENTENCE, 75, comparator=">=", deadline_year=2030,
                         metric="Học sinh lớp 12 biết bơi an toàn, kỹ năng phòng chống đuối nước")
    scores = {name: single(gold_document(targets=[gold]), make_extraction([t])).metric_words
              for name, t in (("whole", whole), ("cut", cut), ("run_on", run_on))}
    assert (scores["whole"].precision, round(scores["whole"].recall, 3)) == (1.0, 0.8)  # only "tỷ lệ" missing
    assert scores["cut"].precision == 1.0 and scores["cut"].recall == 0.3
    assert scores["run_on"].recall == 0.8 and scores["run_on"].precision < 0.6
    assert "metric words" in format_report(single(gold_document(targets=[gold]), make_extraction([cut])))


def test_metric_words_match_across_the_two_spellings_of_i_and_y():
    gold = gold_target(75, metric="tỷ lệ học sinh lớp 12 biết bơi an toàn")
    other_spelling = make_target(SENTENCE, 75, comparator=">=", deadline_year=2030,
                                 metric="Tỉ lệ học sinh lớp 12 biết bơi an toàn")
    other_word = make_target(SENTENCE, 75, comparator=">=", deadline_year=2030,
                             metric="Tỉnh học sinh lớp 12 biết bơi an toàn")
    same = single(gold_document(targets=[gold]), make_extraction([other_spelling])).metric_words
    different = single(gold_document(targets=[gold]), make_extraction([other_word])).metric_words
    assert (same.precision, same.recall) == (1.0, 1.0)
    assert different.recall < 1.0  # only a lone "ti"/"tỉ" is the same syllable as "ty"/"tỷ"


def test_metric_diffs_list_the_missing_and_extra_words_of_a_matched_metric_without_changing_the_figures():
    gold = gold_target(75, metric="tỷ lệ học sinh lớp 12 biết bơi an toàn")
    run_on = make_target(SENTENCE, 75, comparator=">=", deadline_year=2030,
                         metric="Học sinh lớp 12 biết bơi an toàn, kỹ năng")
    plain = single(gold_document(targets=[gold]), make_extraction([run_on]))
    listed = single(gold_document(targets=[gold]), make_extraction([run_on]), ScoringOptions(metric_diffs=True))
    diffs = [e for e in listed.errors if e.field == "metric"]
    assert not [e for e in plain.errors if e.field == "metric"]
    assert len(diffs) == 1 and diffs[0].kind == "word_diff" and diffs[0].sentence == SENTENCE
    assert "-[tỷ lệ]" in diffs[0].detail and "+[kỹ năng]" in diffs[0].detail
    assert listed.metric_words == plain.metric_words


def test_indicator_words_score_the_indicator_form_against_the_same_gold_metric():
    gold = gold_target(75, metric="tỷ lệ học sinh lớp 12 biết bơi an toàn")
    target = make_target(SENTENCE, 75, comparator=">=", deadline_year=2030, metric="học sinh lớp 12 biết bơi an toàn",
                         indicator="tỷ lệ học sinh lớp 12 biết bơi an toàn")
    report = single(gold_document(targets=[gold]), make_extraction([target]))
    assert round(report.metric_words.recall, 3) == 0.8  # "tỷ lệ" missing from the phrase
    assert report.indicator_words.f1 == 1.0
    assert report.metrics()["indicator_words"]["f1"] == 1.0
    assert "indicator words" in format_report(report)


@pytest.mark.parametrize(
    "prediction, matches",
    [
        (dict(comparator="=",), False),  # quantifier lost
        (dict(unit="% học sinh"), False),
        (dict(unit="  %  "), True),  # spacing is not a difference
        (dict(sentence=OTHER_SENTENCE), False),  # the same number read from another sentence
        (dict(sentence="tối thiểu 55% học sinh lớp 5"), True),  # the clause inside the gold sentence
        (dict(sentence="a) Mục tiêu cụ thể\n+ " + SENTENCE.replace(" ", "  ")), True),  # longer, other spacing
    ],
)
def test_target_match_needs_same_comparator_unit_and_overlapping_sentence(prediction, matches):
    fields = dict(sentence=SENTENCE, value=55, unit="%", comparator=">=", deadline_year=2030) | prediction
    doc = gold_document(targets=[gold_target(55)])
    assert single(doc, make_extraction([make_target(**fields)])).total("targets").tp == int(matches)


def test_strict_greater_than_matches_gt_or_strict_ge_only():
    doc = gold_document(targets=[gold_target(80, unit="hộ kinh doanh", strict=True)])
    for comparator, strict, expected in [(">", False, 1), (">=", True, 1), (">=", False, 0), ("=", False, 0)]:
        pred = make_target(SENTENCE, 80, "hộ kinh doanh", comparator, strict=strict, deadline_year=2030)
        assert single(doc, make_extraction([pred])).total("targets").tp == expected, (comparator, strict)


def test_range_needs_both_ends():
    doc = gold_document(targets=[gold_target([10, 12], unit="%/năm", comparator="range")])
    good = make_target(SENTENCE, [10, 12], "%/năm", "range", deadline_year=2030)
    wrong_end = make_target(SENTENCE, [10, 15], "%/năm", "range", deadline_year=2030)
    assert single(doc, make_extraction([good])).total("targets").tp == 1
    assert single(doc, make_extraction([wrong_end])).total("targets").tp == 0


def test_values_compare_as_decimals():
    doc = gold_document(targets=[gold_target(2.5, comparator="approx")])
    pred = make_target(SENTENCE, "2.50", comparator="approx", deadline_year=2030)
    assert single(doc, make_extraction([pred])).total("targets").tp == 1


def test_wrong_deadline_year_still_matches_but_lowers_accuracy():
    doc = gold_document(targets=[gold_target(55), gold_target(65)])
    report = single(doc, make_extraction([make_target(SENTENCE, 55, comparator=">=", deadline_year=2030),
                                          make_target(SENTENCE, 65, comparator=">=", deadline_year=2035)]))
    assert report.total("targets").tp == 2
    assert report.metrics()["deadline_year_accuracy"] == 0.5
    assert [e.field for e in report.errors] == ["deadline_year"]


def test_matching_is_one_to_one():
    doc = gold_document(targets=[gold_target(55)])
    twice = [make_target(SENTENCE, 55, comparator=">=", deadline_year=2030) for _ in range(2)]
    counts = single(doc, make_extraction(twice)).total("targets")
    assert (counts.tp, counts.fp, counts.fn) == (1, 1, 0)


def test_project_parameters_are_scored_only_on_request():
    doc = gold_document(targets=[gold_target(50, unit="năm", comparator="=", kind="project_parameter")])
    as_parameter = make_target(SENTENCE, 50, "năm", kind="project_parameter", deadline_year=2030)
    as_target = make_target(SENTENCE, 50, "năm", deadline_year=2030)
    assert single(doc, make_extraction([as_parameter])).total("targets").support == 0
    assert single(doc, make_extraction([as_parameter]), ScoringOptions(include_parameters=True)).total("targets").tp == 1
    # Calling an investment figure a plan target is an error of the target table.
    assert single(doc, make_extraction([as_target])).total("targets").fp == 1


def test_strict_drops_past_annual_targets_without_penalising_their_prediction():
    doc = gold_document(
        metadata={"date": "2019-08-08"},
        targets=[gold_target(120, unit="hộ", comparator="=", deadline_year=2018),
                 gold_target(150, unit="hộ", comparator="=", deadline_year=2019)],
    )
    past = make_target(SENTENCE, 120, "hộ", deadline_year=2018)
    default = single(doc, make_extraction([past])).total("targets")
    strict = single(doc, make_extraction([past]), ScoringOptions(strict=True)).total("targets")
    assert (default.tp, default.fp, default.fn) == (1, 0, 1)
    assert (strict.tp, strict.fp, strict.fn) == (0, 0, 1)


# --------------------------------------------------------------------------- agencies


AGENCIES = [
    {"name": "Sở Y tế", "role": "chủ trì"},
    {"name": "Ủy ban nhân dân các xã, phường", "role": "thực hiện", "aliases": ["UBND các xã, phường"]},
    {"name": "Các sở, ngành có liên quan", "role": "phối hợp", "generic": True},
    {"name": "Sở Tài chính", "role": "thi hành"},
]


def test_agency_with_wrong_role_is_a_miss_and_a_false_positive():
    doc = gold_document(agencies=AGENCIES[:1])
    counts = single(doc, make_extraction(agencies=[make_agency("Sở Y tế", "phối hợp")])).total("agencies")
    assert (counts.tp, counts.fp, counts.fn) == (0, 1, 1)


def test_agency_names_match_after_folding_and_through_aliases_or_canonical_name():
    doc = gold_document(agencies=AGENCIES[:2])
    predictions = [
        make_agency("SỞ Y  TẾ", "chủ trì"),
        make_agency("UBND các xã, phường", "thực hiện"),
    ]
    assert single(doc, make_extraction(agencies=predictions)).total("agencies").f1 == 1.0
    canonical_only = [make_agency("Sở YT", "chủ trì", canonical_name="Sở Y tế"),
                      make_agency("Uỷ ban nhân dân các xã, phường", "thực hiện")]  # old tone style
    assert single(doc, make_extraction(agencies=canonical_only)).total("agencies").f1 == 1.0


@pytest.mark.parametrize("gold_name, predicted, ok", [
    ("Bộ trưởng Bộ Công Thương", "Bộ Công Thương", True),
    ("Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương",
     "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương", True),
    ("Trưởng Ban Chỉ đạo", "Ban Chỉ đạo", True),
    ("Bộ Công Thương", "Bộ trưởng Bộ Công Thương", True),
    ("Bộ trưởng Bộ Công Thương", "Bộ Tài chính", False),
    ("Trưởng thôn", "thôn", False),  # a title over no body stays the official
])
def test_an_official_given_a_task_stands_for_the_body_behind_the_title(gold_name, predicted, ok):
    doc = gold_document(agencies=[{"name": gold_name, "role": "thực hiện"}])
    counts = single(doc, make_extraction(agencies=[make_agency(predicted, "thực hiện")])).total("agencies")
    assert (counts.tp == 1) is ok


def test_generic_and_executor_agencies_are_left_out_by_default():
    doc = gold_document(agencies=AGENCIES)
    only_specific = [make_agency("Sở Y tế", "chủ trì"), make_agency("UBND các xã, phường", "thực hiện")]
    assert single(doc, make_extraction(agencies=only_specific)).total("agencies").f1 == 1.0
    generic_prediction = make_agency("Các sở, ngành có liên quan", "phối hợp", generic=True)
    with_generic = single(doc, make_extraction(agencies=only_specific + [generic_prediction]))
    assert with_generic.total("agencies").fp == 0  # flagged generic: out of scope, not a false positive
    counts = single(doc, make_extraction(agencies=only_specific), ALL_IN).total("agencies")
    assert (counts.tp, counts.fn) == (2, 2)


def test_duplicate_agency_predictions_count_once():
    doc = gold_document(agencies=AGENCIES[:1])
    twice = [make_agency("Sở Y tế", "chủ trì"), make_agency("Sở Y Tế", "chủ trì", canonical_name="sở y tế")]
    counts = single(doc, make_extraction(agencies=twice)).total("agencies")
    assert (counts.tp, counts.fp, counts.fn) == (1, 0, 0)


def test_strict_drops_agency_roles_flagged_for_a_strict_scorer():
    doc = gold_document(agencies=[{"name": "Sở Kế hoạch và Đầu tư", "role": "thực hiện",
                                   "note": "quoted commitment; a strict scorer may drop it"}])
    assert single(doc, make_extraction()).total("agencies").fn == 1
    assert single(doc, make_extraction(), ScoringOptions(strict=True)).total("agencies").fn == 0


# --------------------------------------------------------------------------- deadlines and metadata


def test_deadlines_match_on_sentence_and_year():
    sentence = "Tiến độ thực hiện dự án: Hoàn thành trong quý IV năm 2027"
    doc = gold_document(deadlines=[{"sentence": sentence, "deadline": "Quý IV/2027"}])
    assert single(doc, make_extraction(tasks=[make_task(sentence, 2027)])).total("deadlines").tp == 1
    counts = single(doc, make_extraction(tasks=[make_task(sentence, 2028), make_task(OTHER_SENTENCE, None)])).total("deadlines")
    assert (counts.tp, counts.fp, counts.fn) == (0, 1, 1)  # a task without a date is not a deadline


def test_gold_without_deadlines_key_is_not_scored_for_deadlines():
    report = single(gold_document(), make_extraction(tasks=[make_task(SENTENCE, 2030)]))
    assert report.documents[0].deadlines is None and report.total("deadlines").predicted == 0


METADATA = {
    "number": "2170/QĐ-UBND", "type": "Quyết định chấp thuận chủ trương đầu tư", "issuer": "UBND tỉnh Lào Cai",
    "province": "Lào Cai", "date": "2026-06-23",
    "title": "Quyết định chấp thuận chủ trương đầu tư đồng thời chấp thuận nhà đầu tư Dự án đầu tư xây dựng "
             "và kinh doanh kết cấu hạ tầng Khu công nghiệp Bản Qua, xã Bát Xát",
}


def test_metadata_fields_are_compared_after_normalisation():
    doc = gold_document(metadata=METADATA)
    extraction = make_extraction(
        number="2170 /QĐ - UBND", doc_type="QUYẾT ĐỊNH", issuer="Ủy ban nhân dân tỉnh Lào Cai",
        province="tỉnh Lào Cai", issue_date=date(2026, 6, 23),
        title="Chấp thuận chủ trương đầu tư đồng thời chấp thuận nhà đầu tư Dự án đầu tư xây dựng "
              "và kinh doanh kết cấu hạ tầng Khu công nghiệp Bản Qua, xã Bát Xát",
    )
    assert single(doc, extraction).documents[0].metadata == dict.fromkeys(METADATA, True)


@pytest.mark.parametrize("number, ok", [("2170 /QĐ - UBND", True), ("2170/QD-UBND", True), ("2170/qđ-ubnd", True),
                                        ("2171/QĐ-UBND", False), ("2170/KH-UBND", False), (None, False)])
def test_document_numbers_ignore_spacing_case_and_the_crossed_d(number, ok):
    doc = gold_document(metadata={"number": "2170/QĐ-UBND"})
    assert single(doc, make_extraction(number=number)).documents[0].metadata == {"number": ok}


@pytest.mark.parametrize("gold, predicted, ok", [
    ("Bộ NN&PTNT (Thứ trưởng Hà Công Tuấn)", "Bộ Nông nghiệp và Phát triển nông thôn", True),
    ("Cục Hải quan TP. Hồ Chí Minh", "Cục Hải quan TPHCM", True),
    ("UBND tỉnh Long An", "Ủy ban nhân dân tỉnh Long An", True),
    ("UBND tỉnh Long An", "UBND tỉnh Bình Định", False),
    ("HĐND tỉnh Long An", "UBND tỉnh Long An", False),
    ("Sở Y tế tỉnh Lào Cai", "Sở Y tế", False),
])
def test_issuers_compare_by_canonical_name_and_the_province_they_name(gold, predicted, ok):
    doc = gold_document(metadata={"issuer": gold})
    assert single(doc, make_extraction(issuer=predicted)).documents[0].metadata == {"issuer": ok}


def test_a_news_page_that_reports_no_document_is_typed_news_page_as_the_annotation_rules_say():
    doc = gold_document(metadata={"type": "news page (report of a working session; no plan reported)"})
    assert single(doc, make_extraction(doc_type="Tin tức")).documents[0].metadata == {"type": True}
    assert single(doc, make_extraction(doc_type="Quyết định")).documents[0].metadata == {"type": False}


def test_metadata_mistakes_and_gold_nulls():
    doc = gold_document(metadata={"number": None, "type": "Tin tức (bài báo)", "province": None, "date": "2019-08-08",
                                  "title": METADATA["title"]})
    extraction = make_extraction(number="110/KH-UBND", doc_type="news", province=None,
                                 issue_date=date(2019, 8, 9), title="Khu công nghiệp Bản Qua")
    report = single(doc, extraction)
    assert report.documents[0].metadata == {"number": False, "type": True, "province": True, "date": False,
                                            "title": False}
    assert report.metrics()["metadata"]["accuracy"] == 0.4
    assert report.metrics()["metadata"]["issuer"] is None  # not in this gold: not counted


def test_missing_extraction_scores_as_empty():
    doc = gold_document(targets=[gold_target(55)], metadata={"province": None, "number": "1/KH"})
    report = score([doc], {})
    assert not report.documents[0].extracted
    assert report.total("targets").fn == 1
    assert report.documents[0].metadata == {"province": True, "number": False}


# --------------------------------------------------------------------------- metrics, floors, report


def test_metrics_floors_and_report(tmp_path):
    doc = gold_document(targets=[gold_target(55), gold_target(65)], agencies=AGENCIES[:1])
    report = single(doc, make_extraction([make_target(SENTENCE, 55, comparator=">=", deadline_year=2030)]))
    write_metrics(report, tmp_path / "metrics" / "evaluation.json")
    metrics = json.loads((tmp_path / "metrics" / "evaluation.json").read_text(encoding="utf-8"))
    assert metrics["targets"] == {"precision": 1.0, "recall": 0.5, "f1": 0.6667, "support": 2, "predicted": 1, "tp": 1}

    floors = tmp_path / "floors.json"
    floors.write_text(json.dumps({"targets": {"precision": 1.0, "f1": 0.7}, "agencies": {"recall": 0.0},
                                  "deadline_year_accuracy": 0.9, "metadata": {"title": 0.5}}))
    assert check_floors(report, floors) == [
        "metadata.title: not measured (floor 0.5)",
        "targets.f1: 0.6667 is below the floor 0.7000",
    ]

    text = format_report(report)
    assert text.splitlines()[0].split() == ["field", "precision", "recall", "f1", "support", "predicted"]
    assert "targets" in text and "false_negative" in text and "Sở Y tế" in text


def perfect_extractions(gold_docs: list[GoldDocument]) -> dict[str, Extraction]:
    """What every gold says about each document (a shared and a repository gold may annotate one document)."""
    merged: dict[str, dict] = {}
    for g in gold_docs:
        merged[g.file] = merged.get(g.file, {}) | g.data
    return {file: extraction_of_gold(gold_document(**data)) for file, data in merged.items()}


def test_pinned_floors_refer_to_real_metrics_and_are_reachable():
    gold_docs = load_gold([GOLD_DIR, EXTRA_GOLD_DIR])
    perfect = score(gold_docs, perfect_extractions(gold_docs))
    assert check_floors(perfect, REPO / "metrics" / "floors.json") == []


def test_floor_keys_that_do_not_exist_are_violations(tmp_path, gold_docs):
    perfect = score(gold_docs, {g.file: extraction_of_gold(g) for g in gold_docs})
    floors = tmp_path / "floors.json"
    floors.write_text(json.dumps({"targets": {"f1_typo": 0.0}}))
    assert check_floors(perfect, floors) == ["targets.f1_typo: not measured (floor 0.0)"]


# --------------------------------------------------------------------------- responsible agencies of targets


def test_gold_responsible_lists_score_the_agencies_linked_to_matched_targets():
    from schemas.records import TargetAgency

    gold = gold_document(targets=[
        gold_target(55, responsible=[{"name": "Sở Giáo dục và Đào tạo", "role": "chủ trì"},
                                     {"name": "Sở Y tế", "role": "phối hợp"}]),
        gold_target(65, responsible=["Sở Giáo dục và Đào tạo"]),  # a bare name matches any role
        gold_target(75),  # no responsible list: its links are not scored
    ])
    targets = [make_target(SENTENCE, v, comparator=">=", deadline_year=2030) for v in (55, 65, 75)]
    lead = make_agency("Sở GD&ĐT", "chủ trì", canonical_name="Sở Giáo dục và Đào tạo")
    finance = make_agency("Sở Tài chính", "phối hợp")
    extraction = make_extraction(targets, [lead, finance])
    extraction.target_agencies = [
        TargetAgency(link_id=f"l{t.target_id}{a.agency_id}", target_id=t.target_id, agency_id=a.agency_id,
                     document_id="d", role=a.role, basis="plan_lead")
        for t, a in ((targets[0], lead), (targets[0], finance), (targets[1], lead), (targets[2], finance))
    ]
    report = score([gold], {"docs/x.md": extraction}, ALL_IN)
    found = report.responsible
    # 55: lead right, Sở Y tế missed, Sở Tài chính extra; 65: right; 75: not scored.
    assert (found.tp, found.fp, found.fn) == (2, 1, 1)
    assert report.metrics()["responsible"]["f1"] == 0.6667
    assert {(e.kind, e.detail.split("'")[1]) for e in report.errors if e.field == "responsible"} == {
        ("false_negative", "Sở Y tế"), ("false_positive", "Sở Tài chính")}
    assert "responsible" in format_report(report)


def test_without_gold_responsible_lists_nothing_is_scored():
    gold = gold_document(targets=[gold_target(55)])
    extraction = make_extraction([make_target(SENTENCE, 55, comparator=">=", deadline_year=2030)])
    report = score([gold], {"docs/x.md": extraction}, ALL_IN)
    assert (report.responsible.support, report.responsible.predicted) == (0, 0)
    assert "responsible" not in format_report(report)


def test_a_gold_document_knows_the_page_url_its_provenance_manifest_records():
    from pipeline.evaluate.scoring import load_gold

    gold = {doc.file: doc for doc in load_gold(Path(__file__).resolve().parents[1] / "corpus" / "gold-blind")}
    assert gold["docs/hn_nq57_vungphatthaithap_2025.md"].source_url.startswith("https://thuvienphapluat.vn/")


def test_evaluate_lists_as_many_errors_as_asked(tmp_path):
    """`--errors N` lists the first N errors after the figures; `--errors 0` lists every one."""
    from cli_run import vnplans

    gold = {"file": "seed_000.txt", "root": str(REPO / "corpus"), "targets": [
        {"sentence": "một câu không có trong văn bản", "metric": "số cây xanh", "value": 9999, "unit": "cây",
         "comparator": "="},
        {"sentence": "một câu khác không có trong văn bản", "metric": "số giếng", "value": 8888, "unit": "giếng",
         "comparator": "="},
    ]}
    (tmp_path / "seed_000.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")

    def listed(*args: str) -> list[str]:
        result = vnplans("evaluate", "--gold", tmp_path, *args)
        assert result.returncode == 0, result.stderr
        return [line for line in result.stdout.splitlines() if line.startswith("- seed_000 ")]

    everything = listed("--errors", "0")
    assert any("9999" in line for line in everything) and any("8888" in line for line in everything)
    assert len(listed("--errors", "1")) == 1
    assert len(listed()) == len(everything)  # fewer than the default 40


@pytest.mark.parametrize("file, data, kind", [
    ("docs/a.pdf", {}, "pdf"),
    ("docs/a.DOCX", {}, "office file"),
    ("docs/a.md", {}, "text or web page"),
    ("docs/a.md", {"source_kind": "markdown (news page converted to Markdown: setext title, …)"}, "news page"),
    ("docs/a.txt", {"metadata": {"type": "Kế hoạch (reported by a news page)"}}, "news page"),
])
def test_a_gold_document_is_a_news_page_or_the_kind_of_its_file(file, data, kind):
    assert gold_document(file=file, **data).kind == kind


def test_figures_per_kind_of_document_split_the_totals():
    news = gold_document(file="docs/news.md", source_kind="news_text", targets=[gold_target(55)])
    plan = gold_document(file="docs/plan.pdf", targets=[gold_target(65)])
    report = score([news, plan], {
        news.file: make_extraction([make_target(SENTENCE, 99, comparator=">=", deadline_year=2030)]),
        plan.file: make_extraction([make_target(SENTENCE, 65, comparator=">=", deadline_year=2030)]),
    })

    kinds = report.by_kind()
    assert list(kinds) == ["news page", "pdf"]
    assert kinds["news page"].total("targets").f1 == 0 and kinds["pdf"].total("targets").f1 == 1
    assert report.total("targets").tp == sum(part.total("targets").tp for part in kinds.values())
    assert report.metrics(by_kind=True)["by_kind"]["pdf"]["targets"]["f1"] == 1
    assert "by_kind" not in report.metrics()
    table = format_kinds(report).splitlines()
    assert table[1].split()[:4] == ["news", "page", "1", "0.000"] and table[2].split()[:3] == ["pdf", "1", "1.000"]


def test_agreement_scores_a_second_annotation_against_the_first_on_the_documents_both_annotate(tmp_path):
    def annotation(directory: str, targets: list[dict], role: str, file: str = "docs/plan.md") -> None:
        (tmp_path / directory).mkdir(exist_ok=True)
        data = {"file": file, "metadata": {"number": "110/KH-UBND"}, "targets": targets,
                "agencies": [{"name": "Sở Khoa học và Công nghệ", "role": role, "sentence": "s"}]}
        (tmp_path / directory / f"{Path(file).stem}.json").write_text(json.dumps(data, ensure_ascii=False))

    annotation("first", [gold_target(55), gold_target(65)], "chủ trì")
    annotation("first", [gold_target(75)], "chủ trì", file="docs/other.md")  # annotated once: not compared
    annotation("second", [gold_target(55), gold_target(66, comparator="=")], "phối hợp")

    report = agreement(tmp_path / "first", tmp_path / "second")
    assert [d.file for d in report.documents] == ["docs/plan.md"]
    targets, agencies = report.total("targets"), report.total("agencies")
    assert (targets.tp, targets.fp, targets.fn) == (1, 1, 1) and (agencies.tp, agencies.fp, agencies.fn) == (0, 1, 1)
    assert report.metadata_accuracy().value == 1
    swapped = agreement(tmp_path / "second", tmp_path / "first")
    assert swapped.total("targets").f1 == targets.f1 and swapped.total("agencies").f1 == agencies.f1

    from cli_run import vnplans

    result = vnplans("evaluate", "--gold", tmp_path / "first", "--agreement", tmp_path / "second", "--errors", "0")
    assert result.returncode == 0, result.stderr
    assert "- plan agencies false_negative: 'Sở Khoa học và Công nghệ' as chủ trì" in result.stdout


def test_the_blind_gold_agrees_fully_with_itself():
    """Every field a gold file annotates survives its reading as an extraction (the agreement's premise)."""
    blind = REPO / "corpus" / "gold-blind"
    metrics = agreement(blind, blind, ALL_IN).metrics()
    for name in ("targets", "agencies", "deadlines", "metric_words", "responsible"):
        assert metrics[name]["f1"] == 1, name
    assert metrics["deadline_year_accuracy"] == 1 and metrics["metadata"]["accuracy"] == 1


def test_every_second_annotation_annotates_a_document_of_the_blind_gold():
    """corpus/gold-second holds a second annotator's gold of blind documents: each has its first annotation."""
    firsts = {document.file for document in load_gold(REPO / "corpus" / "gold-blind")}
    seconds = load_gold(REPO / "corpus" / "gold-second")
    assert len(seconds) >= 12 and all(document.file in firsts for document in seconds)
