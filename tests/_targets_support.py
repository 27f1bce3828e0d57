"""Helpers shared by the target tests: document text as the extractor sees it
and a loose sentence match (whitespace and markdown folded, as check_gold does)."""

from __future__ import annotations

import html
import re
import unicodedata
from decimal import Decimal
from pathlib import Path


def target_rows(text: str) -> list[tuple[str, str, str, object]]:
    """(comparator, value as written, unit, deadline year) of each target the extractor finds in a text."""
    from extractors.targets import iter_targets

    return [(t.comparator, str(t.value), t.unit, t.deadline_year) for t in iter_targets(text)]


def doc_text(path: Path) -> str:
    raw = path.read_text(encoding="utf-8")
    if path.suffix == ".html":
        import trafilatura

        return trafilatura.extract(raw, include_tables=True, favor_recall=True) or ""
    return raw


def fold(text: str) -> str:
    t = html.unescape(unicodedata.normalize("NFC", text))
    t = re.sub(r"\\([\\`*_{}\[\]()#+\-.!|>~])", r"\1", t)
    t = re.sub(r"[*|#]", " ", t)
    t = re.sub(r"\s+", " ", t)
    return re.sub(r" ([.,;:)?!])", r"\1", t).strip()


def value_of(gold_target: dict) -> tuple[Decimal, ...]:
    v = gold_target["value"]
    return tuple(Decimal(str(x)) for x in v) if isinstance(v, list) else (Decimal(str(v)),)


def values(target) -> tuple[Decimal, ...]:
    return (target.value,) if target.value_max is None else (target.value, target.value_max)


def same_sentence(text: str, target, gold_sentence: str) -> bool:
    mine, gold = fold(text[target.clause_start : target.clause_end]), fold(gold_sentence)
    return mine in gold or gold in mine or mine[:40] in gold or gold[:40] in mine


def find(targets, text, gold_target):
    for t in targets:
        if (
            values(t) == value_of(gold_target)
            and t.unit.casefold() == gold_target["unit"].casefold()
            and t.comparator == gold_target["comparator"]
            and same_sentence(text, t, gold_target["sentence"])
        ):
            return t
    return None
