"""Target tables ("Chỉ tiêu | Đơn vị | Năm 2025 | Năm 2030 | Cơ quan chủ trì"): PDF
tables, tables flattened one cell per line between "|" lines and pipe tables
written one row per line; one target per value cell."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Iterator, Optional

from extractors.numbers import parse_digits
from extractors.targets.indicator import indicator_of
from extractors.targets.milestones import time_expressions
from extractors.targets.model import TargetAnnotation
from extractors.units import comparators, unit_category
from schemas.records import Table


_HEAD_INDICATOR = re.compile(r"^(?:tên\s+)?(?:chỉ tiêu|nội dung|tiêu chí)", re.I)
_HEAD_UNIT = re.compile(r"^(?:đơn vị(?: tính)?|đvt)$", re.I)
_HEAD_NUMBERING = re.compile(r"s?tt|số tt|thứ tự", re.I)
_HEAD_LEAD = re.compile(r"chủ trì", re.I)
# Columns of results or estimates ("Thực hiện năm 2024", "Ước đạt 2025") are baselines.
_HEAD_RESULT = re.compile(r"thực hiện|ước|kết quả|đã đạt|hiện trạng|hiện nay|cùng kỳ|so sánh", re.I)
_HEAD_VALUE = re.compile(r"^(?:kết quả|mục tiêu|giá trị|kế hoạch|chỉ tiêu (?:năm|đến)|đích)", re.I)
_CELL_NUMBER = re.compile(
    r"^\s*(?P<cmp>[^\d]{0,15}?)\s*(?P<a>\d[\d.,]*)\s*(?:(?:-|–|đến)\s*(?P<b>\d[\d.,]*))?\s*(?P<unit>%?)\s*$"
)
_YEAR_HEADING = re.compile(r"(?:năm\s+)?(?:19|20)\d\d", re.I)
# A flattened markdown table: one cell per line between lines holding only "|".
_PIPE_LINE = re.compile(r"^[ \t]*\|[ \t]*$", re.M)


@dataclass(frozen=True)
class _Cell:
    text: str
    start: int
    end: int


def table_targets(
    text: str, rows: list[list[_Cell]], table_index: int, text_targets: list[TargetAnnotation]
) -> Iterator[TargetAnnotation]:
    """Target tables ("Chỉ tiêu | Đơn vị | Năm 2025 | Năm 2030 | Cơ quan chủ trì"
    or "… | Kết quả | …" under group rows such as "Giai đoạn 2025-2027"): one target
    per value cell; copies of a prose target ("also in" the annex) are left out."""
    head_at = next((r for r, row in enumerate(rows[:5]) if _is_header([c.text for c in row])), None)
    if head_at is None:
        return
    header = [c.text for c in rows[head_at]]
    unit_col = next((i for i, c in enumerate(header) if _HEAD_UNIT.match(c)), None)
    indicator = next((i for i, c in enumerate(header) if _HEAD_INDICATOR.match(c)), None)
    if indicator is None:
        # "TT | Tên sản phẩm | ĐVT | Năm 2030": the first named column after the numbering is what is measured.
        indicator = next(i for i, c in enumerate(header) if c and i != unit_col and not _HEAD_NUMBERING.fullmatch(c))
    lead_col = next((i for i, c in enumerate(header) if _HEAD_LEAD.search(c)), None)
    value_cols = _value_columns(header, (indicator, unit_col, lead_col))
    if not value_cols:
        return
    group_deadline: Optional[int] = None
    group_period: Optional[tuple[int, int]] = None
    for r in range(head_at + 1, len(rows)):
        row = rows[r] + [_Cell("", 0, 0)] * (len(header) - len(rows[r]))
        metric = row[indicator].text
        if not metric or _YEAR_HEADING.fullmatch(metric.strip(" *")):
            continue  # an empty row, or a second header row of years under "Giai đoạn 2026 - 2030"
        if not any(row[c].text for c in value_cols) and (unit_col is None or not row[unit_col].text):
            # A group row ("Giai đoạn 2025-2027", "Đến năm 2030") dates the rows below it.
            exprs = time_expressions(metric, 0, len(metric))
            if exprs:
                _, _, group_deadline, group_period = exprs[0]
            continue
        for col, milestone in value_cols.items():
            cell = row[col]
            m = _CELL_NUMBER.match(cell.text)
            if not m:
                continue
            value = parse_digits(m.group("a"))
            value_max = parse_digits(m.group("b")) if m.group("b") else None
            unit = m.group("unit") or (row[unit_col].text if unit_col is not None else "")
            if not unit:
                continue
            comparator, strict = _cell_comparator(m.group("cmp"), value_max)
            deadline, period = milestone if milestone is not None else (group_deadline, group_period)
            if _restates(text, text_targets, value, unit, metric):
                continue
            agencies = ()
            if lead_col is not None:
                agencies = tuple(a.strip(" ,.") for a in re.split(r"[;\n]|,\s*(?=[A-ZĐ])", row[lead_col].text) if a.strip(" ,."))
            yield TargetAnnotation(
                start=cell.start, end=cell.end, clause_start=row[0].start or cell.start, clause_end=row[-1].end or cell.end,
                value=value, value_max=value_max, unit=unit, unit_category=unit_category(unit),
                comparator=comparator, strict=strict, metric=" ".join(metric.split()),
                indicator=indicator_of(" ".join(metric.split()), unit, ""), deadline_year=deadline,
                period_start=period[0] if period else None, period_end=period[1] if period else None,
                baseline=None, baseline_year=None, kind="target", section=None,
                table_index=table_index, table_row=r - head_at, agencies=agencies,
            )


def _value_columns(
    header: list[str], others: tuple[Optional[int], ...]
) -> dict[int, Optional[tuple[Optional[int], Optional[tuple[int, int]]]]]:
    """Columns of target values (not the ``others``) → the (deadline, period) their
    heading names ("Năm 2030"), or None for a value column without one ("Kết quả");
    columns of results or estimates are left out."""
    value_cols: dict[int, Optional[tuple[Optional[int], Optional[tuple[int, int]]]]] = {}
    for i, c in enumerate(header):
        if i in others or len(c) > 40:
            continue
        exprs = time_expressions(c, 0, len(c)) or [
            (0, 0, int(m.group()), None) for m in re.finditer(r"\b(?:19|20)\d\d\b", c)
        ][:1]
        if exprs and not _HEAD_RESULT.search(c):
            value_cols[i] = exprs[0][2:]
        elif _HEAD_VALUE.match(c) and not exprs:
            value_cols[i] = None
    return value_cols


def _cell_comparator(written: str, value_max: Optional[Decimal]) -> tuple[str, bool]:
    """(comparator, strict) of a value cell: a range, a phrase written before the
    number ("Tối thiểu 80"), or "="."""
    if value_max is not None:
        return "range", False
    before_phrases, _ = comparators()
    for p in before_phrases:
        if written.strip().lower().endswith(p.phrase.lower()):
            return p.comparator, p.strict
    return "=", False


def _is_header(cells: list[str]) -> bool:
    """A target table's header names an indicator column ("Chỉ tiêu", "Nội dung"),
    or has a unit column beside a target or year column ("TT | Sản phẩm | ĐVT | Năm 2030")."""
    if any(_HEAD_INDICATOR.match(c) for c in cells):
        return True
    if not any(_HEAD_UNIT.match(c) for c in cells):
        return False
    return any(
        len(c) <= 40 and not _HEAD_RESULT.search(c) and (_HEAD_VALUE.match(c) or re.search(r"\b(?:19|20)\d\d\b", c))
        for c in cells
    )


def _restates(text: str, text_targets: list[TargetAnnotation], value: Decimal, unit: str, metric: str) -> bool:
    """True when a prose target already states this value for the same thing."""
    words = set(re.findall(r"\w+", metric.lower())) - {"tỉ", "tỷ", "lệ", "số", "các"}
    for t in text_targets:
        if t.value == value and t.unit.split("/")[0] == unit and words:
            clause = set(re.findall(r"\w+", text[t.clause_start : t.clause_end].lower()))
            if len(words & clause) / len(words) >= 0.6:
                return True
    return False


def pdf_rows(table: Table) -> list[list[_Cell]]:
    start = table.char_start or 0
    end = table.char_end or start
    return [[_Cell(" ".join((c or "").split()), start, end) for c in row] for row in table.rows]


def markdown_tables(text: str) -> Iterator[list[list[_Cell]]]:
    """Rows of the tables that web conversions flatten to one cell per line
    between "|" lines, a row ending with an empty cell ("|" twice)."""
    pipes = [m.start() for m in _PIPE_LINE.finditer(text)] if "|" in text else []  # (no pipe line without a "|")
    cells: list[_Cell] = []
    for a, b in zip(pipes, pipes[1:]):
        chunk = text[a + 1 : b]
        if "\n\n" in chunk.strip("\n") or len(chunk) > 600:
            if cells:
                yield from _rows_of(cells)
            cells = []
            continue
        inner = chunk.strip()
        offset = chunk.find(inner) if inner else 0
        cleaned = " ".join(inner.replace("**", "").replace("*", "").replace("\\", "").split())
        cells.append(_Cell(cleaned, a + 1 + offset, a + 1 + offset + len(inner)))
    if cells:
        yield from _rows_of(cells)


_PIPE_ROW = re.compile(r"^[ \t]*\|(.*\|)[ \t]*$", re.M)
_PIPE_RULE = re.compile(r"^[\s|:-]+$")


def pipe_row_tables(text: str) -> Iterator[list[list[_Cell]]]:
    """Tables written one row per line ("| Chỉ tiêu | ĐVT | Năm 2030 |"), split at lines that are not rows."""
    rows: list[list[_Cell]] = []
    last_end = -1
    for m in _PIPE_ROW.finditer(text) if "|" in text else ():  # (no row without a "|")
        if m.start() != last_end + 1 and rows:
            yield rows
            rows = []
        last_end = m.end()
        if _PIPE_RULE.match(m.group(1)):
            continue  # the "|---|---|" line under the header
        cells, pos = [], m.start(1)
        for part in m.group(1).split("|")[:-1]:
            inner = part.strip()
            offset = pos + part.find(inner) if inner else pos
            cleaned = " ".join(inner.replace("**", "").replace("*", "").replace("\\", "").split())
            cells.append(_Cell(cleaned, offset, offset + len(inner)))
            pos += len(part) + 1
        if len(cells) >= 3:
            rows.append(cells)
    if rows:
        yield rows


def _rows_of(cells: list[_Cell]) -> Iterator[list[list[_Cell]]]:
    # Rows end with an empty cell; the header is one of the first rows.
    starts = [0] + [i + 1 for i, c in enumerate(cells) if not c.text]
    first = next((a for a, b in zip(starts[:6], starts[1:7]) if _is_header([c.text for c in cells[a : b - 1]])), None)
    if first is None:
        return
    width = next((i for i in range(first, len(cells)) if not cells[i].text), len(cells)) - first
    if width < 3:
        return
    rows: list[list[_Cell]] = []
    i = first
    while i + width <= len(cells):
        rows.append(cells[i : i + width])
        i += width
        # Each row ends with an empty cell; a missing one means the layout changed.
        if i < len(cells) and cells[i].text:
            break
        i += 1
    yield rows
