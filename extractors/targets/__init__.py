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

from typing import Iterator, Optional, Sequence

from extractors.sections import Layout, layout
from extractors.targets.milestones import heading_milestone, time_expressions
from extractors.targets.model import TargetAnnotation
from extractors.targets.sentences import text_targets
from extractors.targets.tables import assignment_table, markdown_tables, pipe_row_tables, table_rows, table_targets
from schemas.records import Table

__all__ = ["TargetAnnotation", "heading_milestone", "iter_targets", "time_expressions"]


def iter_targets(text: str, tables: Sequence[Table] = (), structure: Optional[Layout] = None) -> Iterator[TargetAnnotation]:
    """Targets of a document, in text order, then those of its tables (PDF
    tables first, then tables flattened into the text by web conversions).
    ``structure``: ``layout(text)``, when already read."""
    found_in_text = list(text_targets(text, structure or layout(text)))
    # The rows of a located target table are read as rows, not as prose (as the cells of
    # flattened tables are): its text would give targets without their column's year.
    # The figures of an assignment table's cells are its tasks' ("cắt giảm 50% thời gian"), not targets.
    rows_of = table_rows(text, tables)
    target_tables = [(t.char_start, t.char_end) for t, rows in zip(tables, rows_of)
                     if t.char_start is not None and t.char_end is not None
                     and (assignment_table(t) or next(table_targets(text, rows, t.index, []), None))]
    found_in_text = [t for t in found_in_text if not any(a <= t.start < b for a, b in target_tables)]
    yield from found_in_text
    index = 0
    for table, rows in zip(tables, rows_of):
        yield from table_targets(text, rows, table.index, found_in_text)
        index = max(index, table.index + 1)
    for rows in (*markdown_tables(text), *pipe_row_tables(text)):
        yield from table_targets(text, rows, index, found_in_text)
        index += 1
