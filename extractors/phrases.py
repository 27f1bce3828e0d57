"""Matching many fixed phrases in Vietnamese text, tolerant of case, tone
placement ("hoà"/"hòa", "thuỷ"/"thủy"), spacing, line breaks, markdown
emphasis and dash variants. Shared by the indicator table
(``extractors/indicators.py``) and the gazetteer of public bodies
(``extractors/gazetteer.py``).

The phrases become one regex shaped like a trie of their tokens, so Python's
engine tries one branch per token instead of every phrase at every position,
and a branch that can go on is tried before stopping there: at a position the
regex finds the longest phrase. Matching runs on ``match_form(text)``, which
has the same length as the text, so offsets carry over unchanged."""

from __future__ import annotations

import re
from typing import Iterable, Mapping, TypeVar

from extractors.canonical import fold_tones

# A slot ("{n}", "{province}") is one token.
V = TypeVar("V")

_TOKEN = re.compile(r"\{\w+\}|\w+|[^\w\s*]")
_DASHES = "-–—"
# Between two words at least one space (or a markdown emphasis mark); next to
# punctuation none is needed ("KH&CN", "Khoa học - Công nghệ").
_WORD_GAP = r"[\s*]+"
_PUNCT_GAP = r"[\s*]*"


def match_form(text: str) -> str:
    """The text as phrases are matched: tones in the old placement and lower
    case, character for character (a character whose lower case is longer is kept)."""
    lowered = text.lower()
    if len(lowered) != len(text):
        lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    return fold_tones(lowered)  # after lower(): fold_tones knows the lower-case vowels


def tokens(phrase: str) -> tuple[str, ...]:
    """Tokens of a phrase in match form; every dash is "-"."""
    return tuple("-" if t in _DASHES else t for t in _TOKEN.findall(match_form(phrase)))


def _token_regex(token: str, slots: Mapping[str, str]) -> str:
    if token in slots:
        return f"(?:{slots[token]})"
    if token == "-":
        return f"[{_DASHES}]"
    return re.escape(token)


def _gap(left: str, right: str, slots: Mapping[str, str]) -> str:
    def wordlike(t: str) -> bool:
        return t in slots or t[0].isalnum() or t[0] == "_"

    return _WORD_GAP if wordlike(left) and wordlike(right) else _PUNCT_GAP


def phrase_trie(entries: Iterable[tuple[tuple[str, ...], V]]) -> dict:
    """Token sequences → a trie of dicts; the value of a sequence sits under the
    key None at its last token (the first entry of a sequence wins)."""
    trie: dict = {}
    for phrase, value in entries:
        node = trie
        for token in phrase:
            node = node.setdefault(token, {})
        node.setdefault(None, value)
    return trie


def trie_regex(trie: dict, slots: Mapping[str, str] = {}) -> str:
    """Regex (no groups) for the token sequences of a trie; a token equal to a
    key of ``slots`` stands for that regex ("{n}" → a number). The regex
    matches in match form, prefers the longest phrase and ends on a word boundary."""

    def emit(node: dict, previous: str) -> str:
        branches = []
        for token in sorted((t for t in node if t is not None), key=lambda t: (-len(t), t)):
            gap = _gap(previous, token, slots) if previous else ""
            branches.append(gap + _token_regex(token, slots) + emit(node[token], token))
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if None in node else body

    return rf"(?<!\w)(?:{emit(trie, '')})(?!\w)"
