"""Extract stage: a parsed document → schema records with provenance.

The extractors (``extractors/``) return annotations with offsets into the text;
this module turns them into the records of the data contract: stable ids, the
page and OCR flag of every offset, the sentence each record was read from, the
goal a target belongs to and the agencies responsible for it."""

from __future__ import annotations

import hashlib
import re
from datetime import datetime, timezone
from pathlib import Path
from typing import Optional

from extractors import EXTRACTOR_VERSION
from extractors.achievements import iter_achievements
from extractors.agencies import collect, iter_agencies
from extractors.goals import iter_goals
from extractors.indicators import target_indicator_key
from extractors.metadata import NEWS_KIND, REPORTING_KIND, extract_metadata
from extractors.references import iter_references
from extractors.responsibility import iter_links
from extractors.sections import layout
from extractors.targets import iter_targets
from extractors.target_scope import document_level, target_scope
from extractors.tasks import iter_tasks
from pipeline.parse.stage import ParseSettings, parse_blob
from pipeline.parse.sniff import sniff_media_type
from schemas import (
    Achievement,
    AgencyMention,
    Document,
    DocumentReference,
    DocumentStatus,
    DocumentText,
    ErrorRecord,
    Extraction,
    FetchedBlob,
    Goal,
    Page,
    ParsedDocument,
    Target,
    TargetAgency,
    Task,
    stable_id,
)


def extract_document(parsed: ParsedDocument, province_hint: Optional[str] = None) -> Extraction:
    """Every record of one document. Never raises for a document that could not
    be read: it comes back with its status and reason and no extracted rows."""
    pages = [
        Page(
            page_id=stable_id("page", parsed.document_id, span.page),
            document_id=parsed.document_id,
            page=span.page,
            char_start=span.char_start,
            char_end=span.char_end,
            verdict=span.verdict,
            ocr=span.ocr,
            engine=span.engine,
        )
        for span in parsed.pages
    ]
    # The text every offset below indexes into, stored with the rows (searchable in the database).
    texts = [DocumentText(document_id=parsed.document_id, text=parsed.text)]
    if parsed.status == DocumentStatus.error or not parsed.text.strip():
        return Extraction(
            document=_document(parsed, None, province_hint), document_texts=texts, pages=pages, errors=_parse_errors(parsed)
        )

    text = parsed.text
    # The page URL is provenance, read only where the text has lost the document's number.
    source_url = parsed.url if re.match(r"https?://", parsed.url or "") else None
    metadata = extract_metadata(text, {**parsed.hints, "source_url": source_url} if source_url else parsed.hints)
    province = metadata.province or province_hint
    document = _document(parsed, metadata, province_hint)
    # Read once, shared: the blocks and sections (goals, targets) and the agencies
    # with their assignments (agencies, tasks).
    structure = layout(text)
    collected = collect(text, parsed.tables)

    def where(start: int, end: int) -> dict:
        return {
            "document_id": parsed.document_id,
            "page": parsed.page_at(start),
            "char_start": start,
            "char_end": end,
            "sentence": " ".join(text[start:end].split()),
            "ocr": parsed.is_ocr_at(start),
            "extractor_version": EXTRACTOR_VERSION,
        }

    goals = [
        Goal(
            goal_id=stable_id("goal", parsed.document_id, g.start, g.end),
            level=g.level,
            heading=g.heading,
            text=" ".join(text[g.start : g.end].split()),
            deadline_year=g.deadline_year,
            period_start=g.period_start,
            period_end=g.period_end,
            **where(g.start, g.end),
        )
        for g in iter_goals(text, structure)
    ]

    agency_annotations = list(iter_agencies(text, parsed.tables, province=province, collected=collected))
    agencies = [
        AgencyMention(
            agency_id=stable_id("agency", parsed.document_id, a.start, a.end, a.canonical_name, a.role, a.table_index, a.table_row),
            name=a.name,
            canonical_name=a.canonical_name,
            current_name=a.current_name,
            role=a.role,
            generic=a.generic,
            tasks=list(a.tasks),
            section=a.section,
            source="table" if a.table_index is not None else "text",
            table_index=a.table_index,
            table_row=a.table_row,
            **where(a.clause_start, a.clause_end) | {"char_start": a.start, "char_end": a.end},
        )
        for a in agency_annotations
    ]

    document_year = metadata.issue_year
    target_annotations = list(iter_targets(text, parsed.tables, structure, document_year))
    level = document_level(province, metadata.issuer, metadata.number)
    news = metadata.document_kind in (NEWS_KIND, REPORTING_KIND)
    targets = [
        Target(
            target_id=stable_id("target", parsed.document_id, t.start, t.end, t.value, t.value_max, t.unit, t.comparator),
            goal_id=_enclosing(goals, t.start),
            value=t.value,
            value_max=t.value_max,
            unit=t.unit,
            unit_category=t.unit_category,
            comparator=t.comparator,
            strict=t.strict,
            metric=t.metric,
            indicator=t.indicator,
            indicator_key=target_indicator_key((t.indicator, t.metric), t.unit_category),
            deadline_year=t.deadline_year,
            period_start=t.period_start,
            period_end=t.period_end,
            horizon_year=t.deadline_year or t.period_end,
            scope=target_scope(text, t.start, level, news),
            baseline=t.baseline,
            baseline_year=t.baseline_year,
            kind=t.kind,
            section=t.section,
            source="table" if t.table_index is not None else "text",
            table_index=t.table_index,
            table_row=t.table_row,
            **where(t.clause_start, t.clause_end) | {"char_start": t.start, "char_end": t.end},
        )
        for t in target_annotations
    ]
    links = [
        TargetAgency(
            link_id=stable_id("link", targets[link.target].target_id, agencies[link.agency].agency_id),
            target_id=targets[link.target].target_id,
            agency_id=agencies[link.agency].agency_id,
            document_id=parsed.document_id,
            role=agencies[link.agency].role,
            basis=link.basis,
        )
        for link in iter_links(text, target_annotations, agency_annotations)
    ]

    tasks = [
        Task(
            task_id=stable_id("task", parsed.document_id, k.start, k.end),
            text=" ".join(k.text.split()),
            deadline=k.deadline,
            deadline_year=k.deadline_year,
            deadline_date=k.deadline_date,
            lead_agencies=list(k.lead_agencies),
            partner_agencies=list(k.partner_agencies),
            section=k.section,
            **where(k.clause_start, k.clause_end) | {"char_start": k.start, "char_end": k.end},
        )
        for k in iter_tasks(text, parsed.tables, province=province, collected=collected)
    ]

    references = [
        DocumentReference(
            reference_id=stable_id("reference", parsed.document_id, r.start, r.end, r.relation, r.via_number),
            relation=r.relation,
            number=r.number,
            doc_type=r.doc_type,
            issuer=r.issuer,
            issue_date=r.issue_date,
            issue_year=r.issue_year,
            title=r.title,
            via_number=r.via_number,
            **where(r.clause_start, r.clause_end) | {"char_start": r.start, "char_end": r.end},
        )
        for r in iter_references(text, own_number=document.number, structure=structure)
    ]

    target_spans = [(t.char_start, t.char_end) for t in targets if t.source == "text"]
    achievements = [
        Achievement(
            achievement_id=stable_id("achievement", parsed.document_id, a.start, a.end, a.value),
            indicator=a.indicator,
            value=a.value,
            unit=a.unit,
            unit_category=a.unit_category,
            year=a.year,
            period_start=a.period_start,
            period_end=a.period_end,
            target_value=a.target_value,
            section=a.section,
            **where(a.clause_start, a.clause_end) | {"char_start": a.start, "char_end": a.end},
        )
        for a in iter_achievements(text, structure, document_year=document_year, exclude=target_spans)
    ]

    return Extraction(
        document=document,
        document_texts=texts,
        pages=pages,
        goals=goals,
        targets=targets,
        agencies=agencies,
        tasks=tasks,
        target_agencies=_unique(links),
        errors=_parse_errors(parsed),
        references=references,
        achievements=achievements,
    )


def extract_path(path: Path, settings: Optional["ParseSettings"] = None, url: Optional[str] = None) -> Extraction:
    """Parse and extract one local file, without a store or a database (``url``: the page it was
    fetched from, when known)."""
    return extract_document(parse_path(path, settings, url))


def parse_path(path: Path, settings: Optional["ParseSettings"] = None, url: Optional[str] = None) -> ParsedDocument:
    """Parse one local file as if it had been fetched (source id ``local``) from ``url`` (default: its path)."""
    path = Path(path)
    data = path.read_bytes()
    sha = hashlib.sha256(data).hexdigest()
    blob = FetchedBlob(
        sha256=sha,
        source_id="local",
        url=url or str(path),
        media_type=sniff_media_type(data),
        size=len(data),
        path=str(path),
        fetched_at=datetime.now(timezone.utc),
    )
    return parse_blob(blob, path, settings or ParseSettings())


def _document(parsed: ParsedDocument, metadata, province_hint: Optional[str]) -> Document:
    fields = {}
    if metadata is not None:
        fields = {
            name: getattr(metadata, name)
            for name in (
                "number", "doc_type", "issuer", "province", "province_current", "issue_date", "title",
                "signer", "period_start", "period_end", "reported_plan_number", "document_kind", "publisher",
                "published_date",
            )
        }
    if not fields.get("province") and province_hint:
        fields["province"] = province_hint
    return Document(
        document_id=parsed.document_id,
        sha256=parsed.sha256,
        source_id=parsed.source_id,
        url=parsed.url,
        media_type=parsed.media_type,
        status=parsed.status,
        error=parsed.error,
        page_count=len(parsed.pages) if parsed.media_type == "pdf" else None,
        ocr_pages=[span.page for span in parsed.pages if span.ocr],
        char_count=len(parsed.text),
        parser=parsed.parser,
        extractor_version=EXTRACTOR_VERSION,
        **fields,
    )


def _parse_errors(parsed: ParsedDocument) -> list[ErrorRecord]:
    if parsed.status == DocumentStatus.ok:
        return []
    return [
        ErrorRecord(
            error_id=stable_id("error", parsed.document_id, "parse", parsed.status, parsed.error),
            stage="parse",
            source_id=parsed.source_id,
            document_id=parsed.document_id,
            url=parsed.url,
            reason=f"{parsed.status}: {parsed.error}",
            at=datetime.now(timezone.utc),
        )
    ]


def _enclosing(goals: list[Goal], offset: int) -> Optional[str]:
    for goal in goals:
        if goal.char_start <= offset < goal.char_end:
            return goal.goal_id
    return None


def _unique(links: list[TargetAgency]) -> list[TargetAgency]:
    return list({link.link_id: link for link in links}.values())
