"""Numeric targets: value(s), unit, comparator, deadline/period and metric.

Scope follows the annotation rules: numbers in goal sections (Mục tiêu, Chỉ
tiêu, Định hướng, an intro such as "… các chỉ tiêu cụ thể như sau:"), approved
figures in the project sections of an investment decision (kind
``project_parameter``), and — in documents without goal sections, such as news
pages — the sentences that report a plan's targets ("Theo Kế hoạch, đến năm
2025 …", "mục tiêu …", "phấn đấu …"). A number is a target only when a unit
follows it; labels, codes, dates, years and references are filtered by context.

Layers: ``scope`` (which sentences count), ``sentences`` (the targets of one
sentence), ``quantities`` (numbers with a unit and comparator), ``milestones``
(deadlines and periods), ``metric`` (what is measured), ``indicator`` (the
metric in indicator form), ``tables`` (target tables); the words they read are
in ``patterns``.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Iterable, Iterator, Optional, Sequence

from extractors.sections import Layout, Section, layout, section_at
from extractors.targets.milestones import heading_milestone, time_expressions
from extractors.targets.model import TargetAnnotation
from extractors.targets.patterns import STRICT_TRIGGER
from extractors.targets.sentences import text_targets
from extractors.targets.tables import (
    assignment_table, flat_table_span, markdown_tables, pipe_row_tables, result_cells, table_rows, table_targets,
)
from schemas.records import Table

__all__ = ["TargetAnnotation", "heading_milestone", "iter_targets", "time_expressions"]


def iter_targets(
    text: str, tables: Sequence[Table] = (), structure: Optional[Layout] = None, document_year: Optional[int] = None,
) -> Iterator[TargetAnnotation]:
    """Targets of a document, in text order, then those of its tables (PDF
    tables first, then tables flattened into the text by web conversions).
    ``structure``: ``layout(text)``, when already read. ``document_year``: the year
    the document was issued or published; a figure it dates before that year is a
    result it reports ("Đến năm 2020 là 31 mặt hàng, chiếm tỷ trọng 92%" in a 2021
    page), unless its clause names it a goal ("năm 2018, mục tiêu là 120 hộ")."""
    for target in _document_targets(text, tables, structure or layout(text)):
        past = document_year and target.deadline_year and target.deadline_year < document_year
        if not past or STRICT_TRIGGER.search(text, target.clause_start, target.clause_end):
            yield target


def _document_targets(text: str, tables: Sequence[Table], structure: Layout) -> Iterator[TargetAnnotation]:
    found_in_text = _without_copies(text, list(text_targets(text, structure)))
    # The rows of a located target table are read as rows, not as prose (as the cells of
    # flattened tables are): its text would give targets without their column's year.
    # The figures of an assignment table's cells are its tasks' ("cắt giảm 50% thời gian"), not targets.
    rows_of = table_rows(text, tables)
    target_tables = [(t.char_start, t.char_end) for t, rows in zip(tables, rows_of)
                     if t.char_start is not None and t.char_end is not None
                     and (assignment_table(t) or next(table_targets(text, rows, t.index, []), None))]
    # So are those of a target table flattened into the text ("| Mặt bằng sạch | ≥500 ha | 98,30 ha (19,66%) |"):
    # read as prose, its cells run into one another.
    flat = [*markdown_tables(text), *pipe_row_tables(text)]
    target_tables += [flat_table_span(rows) for rows in flat if next(table_targets(text, rows, 0, []), None)]
    # (and so are those of a review's result columns: "Mục tiêu | Kết quả đạt được đến năm 2016")
    target_tables += result_cells(rows_of)
    found_in_text = [t for t in found_in_text if not any(a <= t.start < b for a, b in target_tables)]
    yield from found_in_text
    index = 0
    sections = list(structure.sections)
    for table, rows in zip(tables, rows_of):
        yield from _dated_by_heading(sections, table_targets(text, rows, table.index, found_in_text))
        index = max(index, table.index + 1)
    for rows in flat:
        yield from _dated_by_heading(sections, table_targets(text, rows, index, found_in_text))
        index += 1


def _dated_by_heading(sections: list[Section], found: Iterable[TargetAnnotation]) -> Iterator[TargetAnnotation]:
    """Table targets whose row and columns name no milestone take the one of the goal heading above the table
    ("CÁC CHỈ TIÊU QUAN TRỌNG NĂM 2026", "Mục tiêu cụ thể giai đoạn 2026-2030"), as the prose under it does."""
    for t in found:
        if t.deadline_year is None and t.period_start is None:
            deadline, period = heading_milestone(sections, section_at(sections, t.start))
            if deadline is not None or period is not None:
                t = replace(t, deadline_year=deadline, period_start=period[0] if period else None,
                            period_end=period[1] if period else None)
        yield t


# The marker and closing punctuation of a list item: "- (9) Chỉ số … đạt 112%." and "(9) Chỉ số … đạt 112%" are one item.
_ITEM_MARKER = re.compile(r"^[\s*_\-+•>]*(?:\(?\d{1,2}\)\s*)?")
_ITEM_END = re.compile(r"[\s.;,*_]*$")


def _without_copies(text: str, found: list[TargetAnnotation]) -> list[TargetAnnotation]:
    """The targets with the copies of a list item left out (an editor's quick-reference box repeating
    "- (9) Chỉ số sản xuất công nghiệp đạt 112%." above the list itself): the first keeps the
    milestone a copy names when it has none of its own."""
    kept: list[TargetAnnotation] = []
    first_of: dict[tuple, int] = {}
    for t in found:
        clause = _ITEM_END.sub("", _ITEM_MARKER.sub("", " ".join(text[t.clause_start : t.clause_end].split())))
        key = (clause.casefold(), t.value, t.value_max, t.unit, t.comparator, t.strict, t.kind)
        at = first_of.get(key)
        if at is None or kept[at].clause_start == t.clause_start:  # "100% hồ sơ …, 100% hồ sơ …": two items of one clause
            first_of[key] = len(kept)
            kept.append(t)
            continue
        first = kept[at]
        timed = (t.deadline_year, t.period_start, t.period_end)
        if (first.deadline_year, first.period_start, first.period_end) == timed:
            continue
        if first.deadline_year is None and first.period_start is None:
            kept[at] = replace(first, deadline_year=t.deadline_year, period_start=t.period_start, period_end=t.period_end)
        elif t.deadline_year is not None or t.period_start is not None:
            kept.append(t)  # the same item under another milestone ("Đến năm 2025:" and "Đến năm 2030:" lists)
    return kept
