"""Unit and comparator tables (``extractors/data/*.yaml``) and matchers over them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import Optional

import yaml

from extractors.numbers import SCALE_WORDS

DATA = Path(__file__).with_name("data")


@dataclass(frozen=True)
class Unit:
    unit: str
    category: str
    scale: Optional[Decimal]
    classifier: bool = False  # "điểm", "khu": the noun that follows says what is counted
    not_before: tuple[str, ...] = ()  # "căn nhà" not before "ở": "căn nhà ở xã hội" counts in "căn"


@dataclass(frozen=True)
class ComparatorPhrase:
    phrase: str
    comparator: str
    strict: bool


@lru_cache(maxsize=None)
def units() -> dict[str, Unit]:
    """Unit as written (casefolded) → Unit."""
    table = yaml.safe_load((DATA / "units.yaml").read_text(encoding="utf-8"))
    out: dict[str, Unit] = {}
    for category, entries in table.items():
        for e in entries:
            scale = e.get("scale")
            out[e["unit"].casefold()] = Unit(
                e["unit"], category, None if scale is None else Decimal(str(scale)), bool(e.get("classifier")),
                tuple(e.get("not_before", ())),
            )
    return out


@lru_cache(maxsize=None)
def unit_pattern() -> re.Pattern[str]:
    """Longest known unit at a position, ending on a word boundary."""
    names = sorted(units(), key=len, reverse=True)
    alternatives = "|".join(re.escape(n).replace(r"\ ", r"\s+") + _not_before(units()[n].not_before) for n in names)
    return re.compile(rf"(?:{alternatives})(?![^\W_])", re.IGNORECASE)


def _not_before(words: tuple[str, ...]) -> str:
    """A lookahead that fails on any of ``words`` written next."""
    return rf"(?!\s+(?:{'|'.join(map(re.escape, words))})(?![^\W_]))" if words else ""


# "triệu tấn" is tonnes counted in millions: the scale word says how many, not what is measured.
_LEADING_SCALE = re.compile(rf"(?:(?:{SCALE_WORDS})\s+)+")


def unit_category(unit: str) -> str:
    """Category of a unit as written; a unit with a base ("% tổng vốn") or an
    entity ("giáo viên/trường") takes the category of its head, and a scaled unit
    ("triệu tấn", "nghìn ha") the category of the unit it scales."""
    key = " ".join(unit.casefold().split())
    if key in units():
        return units()[key].category
    scaled = _LEADING_SCALE.match(key)
    if scaled and key[scaled.end():]:
        return unit_category(key[scaled.end():])
    if key.startswith("%/") or key.endswith("/năm") and key.startswith("%"):
        return "percent_per_year"
    if key.startswith("%"):
        return "percent"
    m = unit_pattern().match(key)
    if m:
        return units()[" ".join(m.group().casefold().split())].category
    return "count"


@lru_cache(maxsize=None)
def comparators() -> tuple[tuple[ComparatorPhrase, ...], tuple[ComparatorPhrase, ...]]:
    """(phrases before a number, phrases after it), longest first."""
    table = yaml.safe_load((DATA / "comparators.yaml").read_text(encoding="utf-8"))

    def phrases(key: str) -> tuple[ComparatorPhrase, ...]:
        items = [ComparatorPhrase(e["phrase"], e["comparator"], bool(e.get("strict"))) for e in table[key]]
        return tuple(sorted(items, key=lambda p: len(p.phrase), reverse=True))

    return phrases("before"), phrases("after")
