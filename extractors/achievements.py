"""Achieved figures: what results reports and news say was reached ("ước đạt
8% so cùng kỳ", "vượt 21,3% kế hoạch", "đã thành lập mới 50 hợp tác xã",
"Xã Thuận An đạt 18/19 tiêu chí").

A number with a known unit is an achievement when a cue that reports a result
(``data/achievements.yaml``) stands a few words before it, or when it is
followed in its clause by "đạt/vượt/bằng N%" ("… 5.627,152 tỷ đồng ước đạt
92,44% dự toán"). Clauses and headings that speak of aims or the future
(phấn đấu, mục tiêu, dự kiến, dự báo …), goal sections, years after the
document's own and the spans the caller excludes (its targets) are left out.
The planned value is read when the same clause gives it ("12.375,3/10.200
triệu đồng", "chưa đạt theo quy định là 90%")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from typing import Iterator, Optional, Sequence

import yaml

from extractors.numbers import SCALE_WORDS, NumberAnnotation, iter_numbers
from extractors.sections import GOAL_KINDS, Layout, iter_clauses, layout, section_at
from extractors.timeexpr import iter_time_expressions
from extractors.units import DATA, unit_category, unit_pattern

_INDICATOR_WORDS = 12
_INDICATOR_START = re.compile(r"(?:^|,(?!\d)|[:(]|\s-\s)\s*(?:trong\s+đó\s*:?\s*|đồng\s+thời\s*,?\s*|cụ\s+thể\s*:?\s*)?", re.IGNORECASE)
_INDICATOR_TRAILING = re.compile(r"(?:\s+(?:ước|là|được|cả\s+năm|năm))+\s*$", re.IGNORECASE)
_FOOTNOTE = re.compile(r"\s*\*?\[\d+\]\*?")
_DIGIT = re.compile(r"\d")
_DENOMINATOR = re.compile(r"\s*/\s*(\d[\d.,]*)")
_THRESHOLD_BEFORE = re.compile(r"(?<!\w)từ\s*$", re.IGNORECASE)
_THRESHOLD_AFTER = re.compile(r"[^\S\n]*(?:/\s*\w+\s*)?trở\s+(?:lên|xuống)", re.IGNORECASE)
_SCALE = re.compile(rf"(?:{SCALE_WORDS})\s+(?=\S)", re.IGNORECASE)
# The noun after a fraction: one or two words ("tiêu chí", "trường"), lower case.
_COUNTED_NOUN = re.compile(r"[^\W\d_]+(?:[ \t]+[^\W\d_]+)?")


@dataclass(frozen=True)
class AchievementAnnotation:
    start: int  # the number
    end: int  # the end of its unit
    clause_start: int
    clause_end: int
    indicator: str
    value: Decimal
    unit: str
    unit_category: str
    year: Optional[int]
    period_start: Optional[int]
    period_end: Optional[int]
    target_value: Optional[Decimal]
    section: Optional[str]  # the enclosing heading


@dataclass(frozen=True)
class _Tables:
    cue: re.Pattern[str]
    followed_by: re.Pattern[str]
    aim: re.Pattern[str]
    aim_met: re.Pattern[str]
    target_word: re.Pattern[str]  # a plan word right before a number
    plan_word: re.Pattern[str]  # a plan word anywhere in the clause
    percent_base: re.Pattern[str]
    max_gap_words: int


def _alternatives(phrases: Sequence[str]) -> str:
    ordered = sorted(phrases, key=len, reverse=True)
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in ordered)


@lru_cache(maxsize=None)
def _tables() -> _Tables:
    table = yaml.safe_load((DATA / "achievements.yaml").read_text(encoding="utf-8"))

    def words(key: str, suffix: str = "") -> re.Pattern[str]:
        return re.compile(rf"(?<!\w)(?:{_alternatives(table[key])})(?!\w){suffix}", re.IGNORECASE)

    return _Tables(
        cue=words("cues"),
        followed_by=re.compile(rf"^\s*,?\s*(?:{_alternatives(table['followed_by'])})\s+(?:\S+\s+)?\d", re.IGNORECASE),
        aim=words("aims"),
        aim_met=words("aims_met"),
        target_word=words("target_words", r"\s*:?\s*$"),
        plan_word=words("target_words"),
        percent_base=re.compile(rf"\s*(?:{_alternatives(table['percent_bases'])})(?!\w)", re.IGNORECASE),
        max_gap_words=int(table["max_gap_words"]),
    )


def iter_achievements(
    text: str,
    structure: Optional[Layout] = None,
    document_year: Optional[int] = None,
    exclude: Sequence[tuple[int, int]] = (),
) -> Iterator[AchievementAnnotation]:
    """Achieved figures in text order. ``document_year``: a figure dated after it
    is a plan, not a result; ``exclude``: spans already read as something else
    (the document's targets)."""
    tables = _tables()
    structure = structure or layout(text)
    sections = list(structure.sections)
    for s_start, s_end in structure.sentences:
        if _in_goal_or_aim_section(sections, s_start, tables):
            continue
        for c_start, c_end in iter_clauses(text, s_start, s_end):
            clause = text[c_start:c_end]
            # Every achievement needs a cue in its clause ("đạt", "vượt", "bằng" included) and a digit.
            if not _DIGIT.search(clause) or not tables.cue.search(clause):
                continue
            if tables.aim.search(tables.aim_met.sub(" ", clause)) or _is_future(clause, document_year):
                continue
            for found in _clause_achievements(clause, tables):
                start, end = c_start + found.start, c_start + found.end
                if any(a < end and start < b for a, b in exclude):
                    continue
                year, period = _time_of(text, s_start, s_end, sections, document_year, start)
                yield AchievementAnnotation(
                    start=start,
                    end=end,
                    clause_start=c_start,
                    clause_end=c_end,
                    indicator=found.indicator or _short_heading(sections, start),
                    value=found.value,
                    unit=found.unit,
                    unit_category=unit_category(found.unit),
                    year=year,
                    period_start=period[0] if period else None,
                    period_end=period[1] if period else None,
                    target_value=found.target_value,
                    section=_heading(sections, start),
                )


@dataclass(frozen=True)
class _Found:
    start: int
    end: int
    indicator: str
    value: Decimal
    unit: str
    target_value: Optional[Decimal]


def _clause_achievements(clause: str, tables: _Tables) -> Iterator[_Found]:
    numbers = [n for n in iter_numbers(clause) if not n.words]
    by_start = {n.start: n for n in numbers}
    planned_values: set[int] = set()  # starts of numbers read as the plan of a result
    indicator = ""
    previous_end: Optional[int] = None
    for n in numbers:
        if n.start in planned_values or _is_year(n):
            continue
        # "18/19 tiêu chí", "12.375,3/10.200 triệu đồng": reached / whole, the unit after both.
        whole, after = None, n.end
        slash = _DENOMINATOR.match(clause, n.end)
        if slash and slash.start(1) in by_start:
            whole = by_start[slash.start(1)]
            after = slash.end()
        unit_end = _unit_end(clause, after, counted=whole is not None)
        if unit_end is None:
            continue
        figure_end = unit_end
        if whole is None:
            # "5.817,196 tỷ đồng/5.937,440 tỷ đồng": the unit written after each.
            repeated = _DENOMINATOR.match(_FOOTNOTE.sub(lambda m: " " * len(m.group()), clause), unit_end)
            repeated_unit_end = _unit_end(clause, repeated.end()) if repeated and repeated.start(1) in by_start else None
            if repeated_unit_end is not None:
                whole, figure_end = by_start[repeated.start(1)], repeated_unit_end
        if _THRESHOLD_BEFORE.search(clause, 0, n.start) or _THRESHOLD_AFTER.match(clause, figure_end):
            continue  # "có doanh thu từ 50 triệu đồng/tháng trở lên": a condition, not a result
        cue = _cue_before(clause, n.start, tables)
        listed = previous_end is not None and re.fullmatch(r"\s*(?:,|và)\s*", clause[previous_end : n.start])
        followed = tables.followed_by.match(_FOOTNOTE.sub("", clause[figure_end:])) is not None
        if cue is None and not listed and not followed:
            previous_end = None
            continue
        indicator = _indicator(clause, cue.start() if cue else n.start) or indicator
        planned = None
        if whole is not None:
            planned_values.add(whole.start)
            # "629/731 trường" is a part of a whole; against a plan it is the planned value.
            planned = whole.value if _compares_with_plan(clause, cue, tables) else None
        previous_end = figure_end
        yield _Found(
            n.start, unit_end, indicator, n.value, " ".join(clause[after:unit_end].split()),
            planned if planned is not None else _stated_target(clause, numbers, n, tables),
        )


def _is_year(n: NumberAnnotation) -> bool:
    return n.text.isdigit() and len(n.text) == 4 and 1900 <= n.value <= 2100


def _unit_end(clause: str, pos: int, counted: bool = False) -> Optional[int]:
    """End of the unit right after pos: a known unit, with a scale word before it
    ("triệu tấn") and, for "%", its base ("% kế hoạch"); after a fraction
    ("18/19 tiêu chí") the noun counted, when no known unit is written."""
    start = pos + len(clause[pos:]) - len(clause[pos:].lstrip())
    scale = _SCALE.match(clause, start)
    match = unit_pattern().match(clause, start) or (scale and unit_pattern().match(clause, scale.end()))
    if not match:
        noun = _COUNTED_NOUN.match(clause, start) if counted else None
        return noun.end() if noun and noun.group()[0].islower() else None
    end = match.end()
    if match.group().startswith("%"):
        base = _tables().percent_base.match(clause, end)
        end = base.end() if base else end
    return end


def _cue_before(clause: str, pos: int, tables: _Tables) -> Optional[re.Match]:
    """The nearest cue ending at most max_gap_words words before pos, with no
    punctuation between ("đạt tỷ lệ 86,1%", "thu hút gần 8,1 triệu")."""
    window_start = max(0, pos - 80)
    last = None
    for cue in tables.cue.finditer(clause, window_start, pos):
        gap = clause[cue.end() : pos]
        # A change ("ước tăng thu khoảng 500 tỷ đồng") is not a level reached.
        if len(gap.split()) <= tables.max_gap_words and not re.search(r"[,;:.()]|\b(?:tăng|giảm)\b", gap):
            last = cue
    return last


def _compares_with_plan(clause: str, cue: Optional[re.Match], tables: _Tables) -> bool:
    """A denominator is the plan when a result is measured against it: an "đạt"
    cue, or the clause speaks of the plan or estimate (kế hoạch, dự toán …)."""
    if cue is not None and "đạt" in cue.group().casefold():
        return True
    return tables.plan_word.search(clause) is not None


def _stated_target(clause: str, numbers: list[NumberAnnotation], n: NumberAnnotation, tables: _Tables) -> Optional[Decimal]:
    """A planned value the clause states after the result ("chưa đạt theo quy định là 90%")."""
    for other in numbers:
        if other.start > n.end and tables.target_word.search(clause[max(n.end, other.start - 40) : other.start]):
            return other.value
    return None


def _indicator(clause: str, cue_start: int) -> str:
    """What was measured: the words before the cue, back to the clause's last comma,
    colon, bracket or list dash (at most _INDICATOR_WORDS words)."""
    head = clause[:cue_start]
    starts = [m.end() for m in _INDICATOR_START.finditer(head)]
    phrase = head[starts[-1] if starts else 0 :]
    phrase = _INDICATOR_TRAILING.sub("", _FOOTNOTE.sub("", phrase.replace("*", " ")))
    words = phrase.split()[-_INDICATOR_WORDS:]
    return " ".join(words).strip(" -–,.")


def _short_heading(sections: list, offset: int) -> str:
    """The enclosing heading as the indicator of a clause that names none ("Ước thực
    hiện năm 2025 là …" under "Chi ngân sách địa phương"), when it is a title."""
    heading = _heading(sections, offset) or ""
    return heading if len(heading.split()) <= _INDICATOR_WORDS else ""


def _heading(sections: list, offset: int) -> Optional[str]:
    idx = section_at(sections, offset)
    return sections[idx].heading if idx is not None and idx >= 0 else None


def _in_goal_or_aim_section(sections: list, start: int, tables: _Tables) -> bool:
    idx = section_at(sections, start)
    while idx is not None and idx >= 0:
        section = sections[idx]
        if section.kind in GOAL_KINDS or tables.aim.search(section.heading):
            return True
        idx = section.parent
    return False


def _is_future(clause: str, document_year: Optional[int]) -> bool:
    if document_year is None:
        return False
    return any(e.year is not None and e.year > document_year for e in iter_time_expressions(clause))


def _time_of(text: str, s_start: int, s_end: int, sections: list, document_year: Optional[int], at: int):
    """(year, period) the sentence dates the result by ("năm 2026", "giai đoạn 2016-2020",
    the one nearest the figure; a full date, often a cited document's, only failing
    those); else its enclosing headings'."""
    spans = [(s_start, s_end)]
    idx = section_at(sections, s_start)
    while idx is not None and idx >= 0:
        spans.append((sections[idx].heading_start, sections[idx].heading_end))
        idx = sections[idx].parent
    for a, b in spans:
        expressions = [
            e for e in iter_time_expressions(text[a:b])
            if e.year is not None and (e.kind == "span" or document_year is None or e.year <= document_year)
        ]
        if not expressions:
            continue
        best = min(expressions, key=lambda e: (e.kind == "date", abs(a + e.start - at)))
        if best.kind == "span":
            return None, (int(best.text[:4]), best.year)
        return best.year, None
    return None, None
