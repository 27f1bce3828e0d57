"""Agreement of two hand annotations of the same documents.

A second annotator's gold is read as if it were an extraction and scored against
the first annotator's by the rules of ``vnplans evaluate``. Swapping the two
swaps precision and recall and keeps F1, so the F1 of two careful annotators is
the ceiling an extractor can be expected to reach against either of them: what
is left between the extractor and that ceiling is the extractor's error, the
rest is the ambiguity of the task.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path

from pipeline.evaluate.scoring import EvaluationReport, GoldDocument, ScoringOptions, fold_name, load_gold, score
from schemas.records import (
    Achievement, AgencyMention, Document, DocumentReference, DocumentStatus, Extraction, Target, TargetAgency, Task,
)

_ANNOTATION = "hand annotation"  # extractor_version of records read from a gold file


def _target(gold: dict, index: int) -> Target:
    value = gold["value"] if isinstance(gold["value"], list) else [gold["value"], None]
    # The contract writes a strict ">=" as ">" (and "<=" as "<"), as an extractor would.
    comparator = gold["comparator"]
    if gold.get("strict") and comparator in (">=", "<="):
        comparator = comparator[0]
    return Target(
        target_id=f"gold-target-{index}", document_id="gold", value=Decimal(str(value[0])),
        value_max=None if value[1] is None else Decimal(str(value[1])), unit=gold.get("unit") or "", unit_category="as annotated",
        comparator=comparator, metric=gold.get("metric") or "", indicator=gold.get("metric"),
        deadline_year=gold.get("deadline_year"), kind=gold.get("kind", "target"), char_start=0, char_end=0,
        sentence=gold["sentence"], extractor_version=_ANNOTATION,
    )


def _agency(gold: dict, index: int) -> AgencyMention:
    return AgencyMention(
        agency_id=f"gold-agency-{index}", document_id="gold", name=gold["name"], canonical_name=gold["name"],
        role=gold["role"], generic=bool(gold.get("generic")), char_start=0, char_end=0,
        sentence=gold.get("sentence") or gold["name"], extractor_version=_ANNOTATION,
    )


def _task(gold: dict, index: int) -> Task:
    return Task(
        # The deadline as written: the scorer reads its year as it reads the gold's.
        task_id=f"gold-task-{index}", document_id="gold", text=gold["sentence"], deadline=str(gold["deadline"]),
        char_start=0, char_end=0, sentence=gold["sentence"],
        extractor_version=_ANNOTATION,
    )


def _reference(gold: dict, index: int) -> DocumentReference:
    return DocumentReference(
        reference_id=f"gold-reference-{index}", document_id="gold", relation=gold["relation"], number=gold["number"],
        via_number=gold.get("via"), issue_date=date.fromisoformat(gold["date"]) if gold.get("date") else None,
        issuer=gold.get("issuer"), char_start=0, char_end=0, sentence=gold["sentence"], extractor_version=_ANNOTATION,
    )


def _achievement(gold: dict, index: int) -> Achievement:
    return Achievement(
        achievement_id=f"gold-achievement-{index}", document_id="gold", indicator=gold.get("metric") or "",
        value=Decimal(str(gold["value"])), unit=gold["unit"], unit_category="as annotated", char_start=0, char_end=0,
        sentence=gold["sentence"], extractor_version=_ANNOTATION,
    )


def _responsibility_links(targets: list[dict], agencies: list[AgencyMention]) -> list[TargetAgency]:
    """A target's ``responsible`` entries linked to the annotated agencies of the same name."""
    by_name: dict[str, list[AgencyMention]] = {}
    for agency in agencies:
        by_name.setdefault(fold_name(agency.name), []).append(agency)
    links = []
    for index, target in enumerate(targets):
        for entry in target.get("responsible", []):
            entry = {"name": entry} if isinstance(entry, str) else entry
            for agency in by_name.get(fold_name(entry["name"]), []):
                if entry.get("role", agency.role) == agency.role:
                    links.append(TargetAgency(
                        link_id=f"{index}-{agency.agency_id}", target_id=f"gold-target-{index}",
                        agency_id=agency.agency_id, document_id="gold", role=agency.role, basis="target_clause",
                    ))
    return links


def extraction_of_gold(gold: GoldDocument) -> Extraction:
    """What a gold file annotates, in the data contract's shapes."""
    data = gold.data
    metadata = data.get("metadata", {})
    document = Document(
        document_id="gold", sha256="", source_id="gold", url=str(gold.document_path), media_type="",
        status=DocumentStatus.ok, number=metadata.get("number"), doc_type=metadata.get("type"),
        issuer=metadata.get("issuer"), province=metadata.get("province"),
        issue_date=date.fromisoformat(metadata["date"]) if metadata.get("date") else None,
        title=metadata.get("title"), extractor_version=_ANNOTATION,
    )
    agencies = [_agency(a, i) for i, a in enumerate(data.get("agencies", []))]
    return Extraction(
        document=document,
        targets=[_target(t, i) for i, t in enumerate(data.get("targets", []))],
        agencies=agencies,
        target_agencies=_responsibility_links(data.get("targets", []), agencies),
        tasks=[_task(d, i) for i, d in enumerate(data.get("deadlines", []))],
        references=[_reference(r, i) for i, r in enumerate(data.get("references", []))],
        achievements=[_achievement(a, i) for i, a in enumerate(data.get("achievements", []))],
    )


def agreement(first: Path | Sequence[Path], second: Path | Sequence[Path],
              options: ScoringOptions = ScoringOptions()) -> EvaluationReport:
    """The second annotation scored against the first, on the documents both annotate."""
    firsts = {document.file: document for document in load_gold(first)}
    seconds = [document for document in load_gold(second) if document.file in firsts]
    return score([firsts[d.file] for d in seconds], {d.file: extraction_of_gold(d) for d in seconds}, options)
