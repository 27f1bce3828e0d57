"""What a report shows, read from the database's views for one province, one indicator or everything."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Optional

import duckdb
from schemas.records import Role

from pipeline.load.schema import damage_named

# Characters of the document text shown on each side of a target's sentence in the appendix.
CONTEXT_CHARS = 300


@dataclass(frozen=True)
class Scope:
    """Which rows a report covers: a province (its name before or after the 2025 merger,
    case-insensitive), an indicator (words in the metric), both, or neither (everything)."""

    province: Optional[str] = None
    indicator: Optional[str] = None

    @property
    def title(self) -> str:
        parts = [self.province or "", f"“{self.indicator}”" if self.indicator else ""]
        return " · ".join(p for p in parts if p) or "all provinces"

    def where(self, metric_column: str, alias: str = "") -> tuple[str, list[str]]:
        """A WHERE condition on a view (``alias.``) with province/province_current columns and the given metric column."""
        conditions, params = ["true"], []
        if self.province:
            conditions.append(f"(lower({alias}province_current) = lower(?) OR lower({alias}province) = lower(?))")
            params += [self.province, self.province]
        if self.indicator:
            conditions.append(f"{metric_column} ILIKE '%' || ? || '%'")
            params.append(self.indicator)
        return " AND ".join(conditions), params


@dataclass(frozen=True)
class SourceContext:
    """A row's sentence in its document: the text before it, the sentence split around the figure, the text after."""

    before: str
    sentence_before: str
    figure: str
    sentence_after: str
    after: str


@dataclass(frozen=True)
class TargetRow:
    target_id: str
    province: Optional[str]
    document_number: Optional[str]
    document_title: Optional[str]
    metric: str
    comparator: str
    strict: bool
    value: Decimal
    value_max: Optional[Decimal]
    unit: str
    deadline_year: Optional[int]
    horizon_year: Optional[int]  # deadline, else the target's period end, else its document's
    lead_agencies: tuple[str, ...]
    page: Optional[int]
    sentence: str
    url: Optional[str]
    context: SourceContext


@dataclass(frozen=True)
class AchievementRow:
    province: Optional[str]
    document: Optional[str]  # its số hiệu, else (a news page) its title
    indicator: str
    year: Optional[int]
    value: Decimal
    unit: str
    planned_value: Optional[Decimal]  # the matched target's value, else the one the clause states
    planned_from: Optional[str]  # the plan's number when a target was matched, "stated" when the clause gives it
    target_metric: Optional[str]
    sentence: str


@dataclass(frozen=True)
class AgencyCount:
    agency: str
    count: int


@dataclass(frozen=True)
class ReportData:
    scope: Scope
    targets: tuple[TargetRow, ...]
    achievements: tuple[AchievementRow, ...]
    # Agencies in charge (chủ trì) of the targets; when no target is linked to one, the
    # agencies the documents put in charge, so the reader still sees who leads.
    lead_agencies: tuple[AgencyCount, ...]
    lead_agencies_of_targets: bool
    document_count: int
    provinces: tuple[str, ...]  # every province in the database, to name when the scope finds nothing


_TARGETS = """
SELECT
    t.target_id, t.province_current AS province, t.document_number, t.document_title, t.metric, t.comparator, t.strict,
    t.value, t.value_max, t.unit, t.deadline_year,
    coalesce(t.horizon_year, d.period_end) AS horizon_year,  -- the target's own (deadline, else period end), else its document's
    t.lead_agencies, t.page, t.sentence, t.url, t.document_id, t.char_start, t.char_end
FROM v_targets t
LEFT JOIN documents d ON d.document_id = t.document_id
WHERE t.kind = 'target' AND {where}
ORDER BY horizon_year NULLS LAST, t.province_current NULLS LAST, t.document_number, t.char_start, t.target_id"""

_ACHIEVEMENTS = """
SELECT
    province_current, coalesce(document_number, document_title), indicator, year, value, unit,
    coalesce(target_value, stated_target_value) AS planned_value,
    CASE WHEN target_value IS NOT NULL THEN plan_number WHEN stated_target_value IS NOT NULL THEN 'stated' END,
    target_metric, sentence
FROM v_target_achievements
WHERE {where}
ORDER BY province_current NULLS LAST, document_number, year NULLS LAST, indicator, achievement_id"""

_TARGET_LEADS = """
SELECT coalesce(current_name, canonical_name) AS agency, count(DISTINCT target_id) AS n
FROM v_target_agencies
WHERE role = '{lead}' AND {where}
GROUP BY agency ORDER BY n DESC, agency"""

# The agencies in charge in the documents of the report's targets.
_DOCUMENT_LEADS = """
SELECT coalesce(a.current_name, a.canonical_name) AS agency, count(DISTINCT a.document_id) AS n
FROM agencies a
WHERE a.role = '{lead}' AND a.document_id IN ({documents})
GROUP BY agency ORDER BY n DESC, agency"""


def load_report_data(db_path: str | Path, scope: Scope) -> ReportData:
    if not Path(db_path).is_file():
        raise FileNotFoundError(f"no database at {db_path} (run `vnplans run` first, or pass --db)")
    with damage_named(db_path), duckdb.connect(str(db_path), read_only=True) as con:
        targets = _targets(con, scope)
        where, params = scope.where("coalesce(indicator, '') || ' ' || coalesce(target_metric, '')")
        achievements = tuple(
            AchievementRow(*row) for row in con.execute(_ACHIEVEMENTS.format(where=where), params).fetchall()
        )
        where, params = scope.where("metric")
        leads = [AgencyCount(*row) for row in con.execute(_TARGET_LEADS.format(where=where, lead=Role.lead.value), params).fetchall()]
        documents = {target_document for target_document, _ in targets}
        of_targets = bool(leads)
        if not leads and documents:
            marks = ", ".join("?" for _ in documents)
            leads = [AgencyCount(*row) for row in con.execute(_DOCUMENT_LEADS.format(documents=marks, lead=Role.lead.value), sorted(documents)).fetchall()]
        provinces = tuple(name for (name,) in con.execute(
            "SELECT DISTINCT province_current FROM documents WHERE province_current IS NOT NULL ORDER BY ALL").fetchall())
    return ReportData(
        scope=scope,
        targets=tuple(row for _, row in targets),
        achievements=achievements,
        lead_agencies=tuple(leads),
        lead_agencies_of_targets=of_targets,
        document_count=len(documents),
        provinces=provinces,
    )


def _targets(con: duckdb.DuckDBPyConnection, scope: Scope) -> list[tuple[str, TargetRow]]:
    """(document_id, row) of the scope's targets, each with its sentence in context from document_texts."""
    where, params = scope.where("t.metric", alias="t.")
    cursor = con.execute(_TARGETS.format(where=where), params)
    columns = [column[0] for column in cursor.description]
    rows = [dict(zip(columns, row)) for row in cursor.fetchall()]
    texts = dict(con.execute(
        "SELECT document_id, text FROM document_texts WHERE document_id IN (SELECT unnest(?))",
        [sorted({row["document_id"] for row in rows})],
    ).fetchall()) if rows else {}
    result = []
    for row in rows:
        document_id, char_start, char_end = row.pop("document_id"), row.pop("char_start"), row.pop("char_end")
        row["lead_agencies"] = tuple(row["lead_agencies"] or ())
        context = source_context(texts.get(document_id, ""), char_start, char_end, row["sentence"])
        result.append((document_id, TargetRow(**row, context=context)))
    return result


def source_context(text: str, char_start: int, char_end: int, sentence: str) -> SourceContext:
    """The figure text[char_start:char_end] inside its sentence, with CONTEXT_CHARS of text around it.
    The stored sentence has its line breaks joined: it is found in the text with any whitespace between
    its words. When it is not around the figure (a missing text), the figure alone stands for it."""
    figure = text[char_start:char_end]
    if not figure:  # no document text: the stored sentence alone
        return SourceContext("", sentence, "", "", "")
    found, end = _sentence_around(text, char_start, char_end, sentence) or (char_start, char_end)
    window_start, window_end = max(0, found - CONTEXT_CHARS), min(len(text), end + CONTEXT_CHARS)
    return SourceContext(
        before=("…" if window_start else "") + text[window_start:found],
        sentence_before=text[found:char_start],
        figure=figure,
        sentence_after=text[char_end:end],
        after=text[end:window_end] + ("…" if window_end < len(text) else ""),
    )


def _sentence_around(text: str, char_start: int, char_end: int, sentence: str) -> Optional[tuple[int, int]]:
    """(start, end) of the sentence's occurrence that contains the figure, whatever whitespace is between its words."""
    words = sentence.split()
    if not words:
        return None
    pattern = re.compile(r"\s+".join(map(re.escape, words)))
    reach = 2 * len(sentence) + CONTEXT_CHARS  # room for the whitespace the text has and the sentence lost
    for match in pattern.finditer(text, max(0, char_end - reach), min(len(text), char_start + reach)):
        if match.start() <= char_start and char_end <= match.end():
            return match.start(), match.end()
    return None
