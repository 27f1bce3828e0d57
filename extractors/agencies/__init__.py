"""Agencies named as responsible, with their role.

Three layers, all rules:

1. *Mentions* (``mentions``) — names of bodies: gazetteer names, department
   fields, head words with a title-case tail, and collective references
   (``generic=True``); the words names are made of and end at are in ``lexicon``.
2. *Outline* (``outline``) — the document's numbered items with their section
   labels, and which of them form the implementation part.
3. *Assignments* (``assignments``, ``tables``) — the roles that item titles,
   sentences, "Cơ quan chủ trì/phối hợp:" lines, the "thi hành" list and
   assignment tables give the bodies; names that only receive reports or copies
   are never given a role.

The types the layers share (roles, ``Mention``, ``Unit``, ``Spans``,
``Collector``) are in ``model``."""

from __future__ import annotations

from typing import Iterator, Optional, Sequence

from extractors.agencies.assignments import assignment_table_spans, collect, iter_assignments
from extractors.agencies.mentions import iter_mentions
from extractors.agencies.model import (
    EXECUTOR,
    IMPLEMENTER,
    LEAD,
    PARTNER,
    AgencyAnnotation,
    Assignment,
    Collector,
    Mention,
)
from extractors.agencies.tables import AssignmentRow, FlatTable, flattened_tables, iter_assignment_rows, pipe_tables

__all__ = [
    "EXECUTOR", "IMPLEMENTER", "LEAD", "PARTNER", "AgencyAnnotation", "Assignment", "AssignmentRow", "Collector",
    "FlatTable", "Mention", "assignment_table_spans", "collect", "flattened_tables", "iter_agencies", "iter_assignment_rows",
    "iter_assignments", "iter_mentions", "pipe_tables",
]


def iter_agencies(
    text: str, tables: Sequence = (), province: Optional[str] = None, collected: Optional[Collector] = None
) -> Iterator[AgencyAnnotation]:
    """Agencies the text makes responsible, one annotation per (mention, role)
    (``collected``: ``collect(text, tables)``, when already read).

    Names stay free of the document's own province (``province``), so "Sở Y tế"
    of two provinces share a canonical name and the document's province tells
    them apart downstream; a body of another province keeps that province."""
    collector = collect(text, tables) if collected is None else collected
    yield from collector.annotations(province)
