"""Vietnamese time expressions: dates, months, quarters, years, year spans and
recurring or open-ended timing ("Thường xuyên", "Tháng 12 hằng năm").

``iter_time_expressions`` finds them in running text; ``parse_deadline``
reads a deadline phrase or an assignment-table cell; ``parse_date`` reads
one date in the usual written forms (also ISO)."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date
from typing import Iterator, Optional

_ROMAN_QUARTERS = {"I": 1, "II": 2, "III": 3, "IV": 4}


@dataclass(frozen=True)
class TimeExpression:
    start: int
    end: int
    text: str
    kind: str  # date | month | quarter | year | span | recurring | continuous
    year: Optional[int] = None
    quarter: Optional[int] = None
    month: Optional[int] = None
    date: Optional[date] = None  # the day itself, or the last day of a month/quarter
    before: bool = False  # "trước ngày …", "chậm nhất …", "đến …"


_PATTERNS = [
    (
        "date",
        re.compile(
            r"(?P<before>(?:trước|chậm\s+nhất|đến|hạn)\s+(?:ngày\s+)?)?(?:ngày\s*)?(?P<d>\d{1,2})\s*"
            r"(?:/|-|\.|\s+tháng\s+)\s*(?P<m>\d{1,2})\s*(?:/|-|\.|\s+năm\s+)\s*(?P<y>(?:19|20)\d{2})(?!\d)",
            re.IGNORECASE,
        ),
    ),
    (
        "quarter",
        re.compile(
            r"(?P<before>(?:trước|trong|đến|chậm\s+nhất)\s+)?quý\s+(?P<q>IV|III|II|I|[1-4])(?:\s*/\s*|\s+năm\s+|\s+)(?P<y>(?:19|20)\d{2})(?!\d)",
            re.IGNORECASE,
        ),
    ),
    (
        "recurring",
        re.compile(
            r"(?:(?:tháng|quý)\s+(?P<m>\d{1,2}|IV|III|II|I)\s+)?(?:hằng|hàng)\s+(?:năm|quý|tháng)|định\s+kỳ(?:\s+(?:hằng|hàng)\s+(?:năm|quý|tháng))?",
            re.IGNORECASE,
        ),
    ),
    (
        "month",
        re.compile(r"(?P<before>(?:trước|trong|đến)\s+)?tháng\s+(?P<m>\d{1,2})\s*(?:/|\.|\s+năm\s+)\s*(?P<y>(?:19|20)\d{2})(?!\d)", re.IGNORECASE),
    ),
    ("continuous", re.compile(r"thường\s+xuyên|liên\s+tục", re.IGNORECASE)),
    (
        "span",
        re.compile(r"(?<![\d/])(?P<y1>(?:19|20)\d{2})\s*[-–]\s*(?P<y>(?:19|20)\d{2})(?![\d/])"),
    ),
    (
        "year",
        re.compile(r"(?P<before>(?:trước|đến|trong|vào|cuối)\s+)?(?:năm\s+)?(?<![\d/.,])(?P<y>(?:19|20)\d{2})(?![\d/]|,\d)", re.IGNORECASE),
    ),
]

# The characters a match of each kind can start with (a cue word's, a number's): as a
# lookahead the engine turns every other position down on one test, where the
# patterns, opening on optional groups, were tried in full at each one.
_OPENINGS = {
    "date": r"\dtcđhn",
    "quarter": "tđcq",
    "recurring": "tqhđ",
    "month": "tđ",
    "continuous": "tl",
    "span": "12",
    "year": "tđvcn12",
}
_PATTERNS = [(kind, re.compile(f"(?=[{_OPENINGS[kind]}])(?:{p.pattern})", p.flags)) for kind, p in _PATTERNS]


def _last_day(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _build(kind: str, match: re.Match) -> Optional[TimeExpression]:
    groups = match.groupdict()
    year = int(groups["y"]) if groups.get("y") else None
    before = bool(groups.get("before"))
    text = " ".join(match.group(0).split())
    if kind == "date":
        try:
            day = date(year, int(groups["m"]), int(groups["d"]))
        except ValueError:
            return None
        return TimeExpression(match.start(), match.end(), text, kind, year, (day.month - 1) // 3 + 1, day.month, day, before)
    if kind == "quarter":
        quarter = _ROMAN_QUARTERS.get(groups["q"].upper()) or int(groups["q"])
        return TimeExpression(match.start(), match.end(), text, kind, year, quarter, quarter * 3, _last_day(year, quarter * 3), before)
    if kind == "month":
        month = int(groups["m"])
        if not 1 <= month <= 12:
            return None
        return TimeExpression(match.start(), match.end(), text, kind, year, (month - 1) // 3 + 1, month, _last_day(year, month), before)
    if kind == "recurring":
        month = groups.get("m")
        return TimeExpression(match.start(), match.end(), text, kind, month=int(month) if month and month.isdigit() else None)
    if kind == "continuous":
        return TimeExpression(match.start(), match.end(), text, kind)
    return TimeExpression(match.start(), match.end(), text, kind, year, before=before)


# Every kind but these two needs a written year: without one, their patterns are not run.
_UNDATED_KINDS = frozenset({"recurring", "continuous"})
_YEAR = re.compile(r"(?:19|20)\d{2}")


def iter_time_expressions(text: str) -> Iterator[TimeExpression]:
    """Time expressions in text order; a longer reading wins over one inside it."""
    taken: list[tuple[int, int]] = []
    found: list[TimeExpression] = []
    dated = _YEAR.search(text) is not None
    for kind, pattern in _PATTERNS:
        if not dated and kind not in _UNDATED_KINDS:
            continue
        for match in pattern.finditer(text):
            if any(a < match.end() and match.start() < b for a, b in taken):
                continue
            expression = _build(kind, match)
            if expression:
                taken.append((match.start(), match.end()))
                found.append(expression)
    yield from sorted(found, key=lambda e: e.start)


@dataclass(frozen=True)
class Deadline:
    text: str
    year: Optional[int]
    date: Optional[date]


def parse_deadline(phrase: str) -> Optional[Deadline]:
    """The deadline a phrase states: the latest dated expression in it, else
    recurring/continuous timing as written ("Thường xuyên", "Tháng 12 hằng năm")."""
    expressions = list(iter_time_expressions(phrase))
    dated = [e for e in expressions if e.year is not None]
    if dated:
        last = max(dated, key=lambda e: (e.year, e.date or date(e.year, 12, 31)))
        label = _label(last)
        return Deadline(label, last.year, last.date if last.kind in ("date", "month", "quarter") else None)
    for expression in expressions:
        if expression.kind in ("recurring", "continuous"):
            return Deadline(expression.text[:1].upper() + expression.text[1:], None, None)
    return None


def _label(expression: TimeExpression) -> str:
    if expression.kind == "quarter":
        roman = {v: k for k, v in _ROMAN_QUARTERS.items()}[expression.quarter]
        return f"Quý {roman}/{expression.year}"
    if expression.kind == "date":
        prefix = "trước ngày " if expression.before else ""
        return f"{prefix}{expression.date.day}/{expression.date.month}/{expression.year}"
    if expression.kind == "month":
        return f"Tháng {expression.month}/{expression.year}"
    return str(expression.year)


_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")


def parse_date(value: str) -> Optional[date]:
    """One date: ISO ("2019-08-08…"), "13/7/2021", "ngày 13 tháng 7 năm 2021"."""
    iso = _ISO.match(value.strip())
    if iso:
        try:
            return date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
        except ValueError:
            return None
    for expression in iter_time_expressions(value):
        if expression.kind == "date":
            return expression.date
    return None
