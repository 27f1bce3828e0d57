"""The annotation the target extractor yields and the quantities it reads."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Optional


@dataclass(frozen=True)
class TargetAnnotation:
    start: int
    end: int
    clause_start: int
    clause_end: int
    value: Decimal
    value_max: Optional[Decimal]
    unit: str
    unit_category: str
    comparator: str
    strict: bool
    metric: str
    indicator: Optional[str]  # the metric in indicator form: "tỷ lệ …", "số …"
    deadline_year: Optional[int]
    period_start: Optional[int]
    period_end: Optional[int]
    baseline: Optional[str]
    baseline_year: Optional[int]
    kind: str
    section: Optional[str]
    table_index: Optional[int] = None
    table_row: Optional[int] = None
    agencies: tuple[str, ...] = ()


@dataclass(frozen=True)
class Quantity:
    start: int
    end: int
    value: Decimal
    value_max: Optional[Decimal]
    unit: str
    comparator: Optional[str]
    strict: bool
    from_phrase: bool  # comparator read from a phrase (it may cover a coordinated list)


# The section kind (and reading mode) of an investment decision's project sections.
PROJECT = "project"
