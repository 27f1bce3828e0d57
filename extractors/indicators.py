"""Indicator keys: which common provincial indicator a target's metric names.

The indicators are data (``extractors/data/indicators.yaml``): a key, a
Vietnamese name, synonyms as plans write them and the category of the usual
unit. ``match_indicator("Tỷ lệ che phủ rừng")`` → ``forest_cover``. When
several synonyms occur in a phrase the longest wins ("tỷ lệ lao động qua đào
tạo có bằng cấp, chứng chỉ" is not plain "lao động qua đào tạo"); case and
tone placement do not matter. A synonym that another one starting inside it
runs past ("tăng trưởng kinh tế" in "tăng trưởng kinh tế số") names no
indicator there.

``target_indicator_key(indicator, metric, unit_category)`` keys a target: the
first of its indicator form and its metric that names an indicator whose unit
agrees with the target's (``unit_compatibility`` in the data file)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Iterable, Optional

import yaml

from extractors.phrases import match_form, phrase_trie, tokens, trie_regex


@dataclass(frozen=True)
class Indicator:
    key: str
    name_vi: str
    unit_category: str
    domain: Optional[str]
    synonyms: tuple[str, ...]


@dataclass(frozen=True)
class IndicatorMatch:
    key: str
    name: str
    start: int  # span of the synonym in the phrase
    end: int


@lru_cache(maxsize=1)
def indicator_table() -> dict:
    with resources.files("extractors").joinpath("data/indicators.yaml").open(encoding="utf-8") as handle:
        return yaml.safe_load(handle)


@lru_cache(maxsize=1)
def indicators() -> dict[str, Indicator]:
    """Key → indicator, in the order of the data file."""
    return {
        e["key"]: Indicator(e["key"], e["name_vi"], e["unit_category"], e.get("domain"), tuple(e["synonyms"]))
        for e in indicator_table()["indicators"]
    }


@lru_cache(maxsize=1)
def _abbreviations() -> tuple[tuple[tuple[str, ...], tuple[tuple[str, ...], ...]], ...]:
    """Tokens of each abbreviated phrase and of its abbreviations, longest phrase first."""
    table = indicator_table().get("abbreviations", {})
    pairs = ((tokens(full), tuple(tokens(short) for short in shorts)) for full, shorts in table.items())
    return tuple(sorted(pairs, key=lambda pair: -len(pair[0])))


def _replaced(words: tuple[str, ...], old: tuple[str, ...], new: tuple[str, ...]) -> tuple[str, ...]:
    out: list[str] = []
    i = 0
    while i < len(words):
        if words[i:i + len(old)] == old:
            out.extend(new)
            i += len(old)
        else:
            out.append(words[i])
            i += 1
    return tuple(out)


def _abbreviated(words: tuple[str, ...]) -> set[tuple[str, ...]]:
    """The synonym's spellings with abbreviations ("kim ngạch XK"), itself left out."""
    variants = {words}
    for full, shorts in _abbreviations():
        for variant in list(variants):
            variants.update(_replaced(variant, full, short) for short in shorts)
    return variants - {words}


@lru_cache(maxsize=1)
def _synonym_index() -> tuple[re.Pattern[str], dict[tuple[str, ...], str]]:
    """The trie regex of every synonym and its abbreviated spellings (inside a
    lookahead, so that every position is tried) and synonym tokens → key. A
    synonym as written wins over another indicator's abbreviated spelling."""
    by_tokens: dict[tuple[str, ...], str] = {}
    for indicator in indicators().values():
        for synonym in indicator.synonyms:
            by_tokens.setdefault(tokens(synonym), indicator.key)
    for words, key in list(by_tokens.items()):
        for variant in _abbreviated(words):
            by_tokens.setdefault(variant, key)
    return re.compile(f"(?=({trie_regex(phrase_trie((t, None) for t in by_tokens))}))"), by_tokens


def _cut_short(match: re.Match[str], found: list[re.Match[str]]) -> bool:
    """Whether another synonym starts inside the match and runs past its end: the
    match stops inside a longer noun ("tăng trưởng kinh tế" in "tăng trưởng kinh
    tế số" is not growth of the economy)."""
    return any(match.start(1) < other.start(1) < match.end(1) < other.end(1) for other in found)


@lru_cache(maxsize=8192)
def match_indicator(phrase: str) -> Optional[IndicatorMatch]:
    """The indicator whose longest synonym occurs in the phrase (the first
    such occurrence), or None."""
    pattern, by_tokens = _synonym_index()
    found = list(pattern.finditer(match_form(phrase)))
    best: Optional[re.Match[str]] = None
    for match in found:
        if _cut_short(match, found):
            continue
        if best is None or len(match.group(1)) > len(best.group(1)):
            best = match
    if best is None:
        return None
    key = by_tokens[tokens(best.group(1))]
    return IndicatorMatch(key, indicators()[key].name_vi, best.start(1), best.end(1))


@lru_cache(maxsize=1)
def _unit_compatibility() -> dict[str, frozenset[str]]:
    return {category: frozenset(agreeing) for category, agreeing in indicator_table()["unit_compatibility"].items()}


def units_agree(indicator_category: str, target_category: str) -> bool:
    """Whether a target measured in ``target_category`` can be a value of an
    indicator whose unit is of ``indicator_category``."""
    return target_category in _unit_compatibility().get(indicator_category, frozenset({indicator_category}))


def target_indicator_key(phrases: Iterable[Optional[str]], unit_category: str) -> Optional[str]:
    """The key of the first phrase (a target's indicator form, then its metric)
    that names an indicator whose unit agrees with the target's unit, or None."""
    for phrase in phrases:
        match = match_indicator(phrase) if phrase else None
        if match is not None and units_agree(indicators()[match.key].unit_category, unit_category):
            return match.key
    return None
