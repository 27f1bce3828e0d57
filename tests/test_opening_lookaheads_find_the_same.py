"""Patterns searched at every position of long texts open on a lookahead over
the characters a match can start with, so that the engine turns other positions
down at once: each must find exactly what it finds without its lookahead, and
the lookahead must admit every character the pattern's first letters match
(case-insensitive ones included: "ſ" is an "s", "K" a "k")."""

from __future__ import annotations

import re

import pytest

from extractors import metadata, numbers, tasks, timeexpr
from extractors.agencies import tables as agency_tables
from extractors.targets import patterns as target_patterns

_OPENING = re.compile(r"^\(\?=\[((?:\\.|[^\]])*)\]\)|^\(\?=(\w|\\d)\)")

PATTERNS = {
    "tasks._COMMITMENT": tasks._COMMITMENT,
    "tasks._REPORTING": tasks._REPORTING,
    "tasks._CLAUSE_BREAK": tasks._CLAUSE_BREAK,
    "numbers._DIGITS": numbers._DIGITS,
    "numbers._WORDS": numbers._WORDS,
    "metadata._SIGNATURE_TITLE": metadata._SIGNATURE_TITLE,
    "metadata._province_mentions": metadata._province_mentions(),
    "targets.PERIOD": target_patterns.PERIOD,
    "targets.YEAR": target_patterns.YEAR,
    "targets.DATED": target_patterns.DATED,
    "targets.BASELINE": target_patterns.BASELINE,
    "targets.TRIGGER": target_patterns.TRIGGER,
    **{f"timeexpr.{kind}": pattern for kind, pattern in timeexpr._PATTERNS},
}
TEXTS = ("dnai_kh179_kinhteso_2025.md", "cp_qd2530_khongkhi_2025.md", "ct_kh157_khongtienmat_2025.md", "seed_000.txt",
         "dno_dakrlap_tuinilon_news_2019.html")


def _without_lookahead(pattern: re.Pattern) -> re.Pattern:
    opening = _OPENING.match(pattern.pattern)
    assert opening, pattern.pattern[:40]
    return re.compile(pattern.pattern[opening.end() :], pattern.flags)


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_the_lookahead_changes_no_match(name, shared_docs):
    pattern = PATTERNS[name]
    plain = _without_lookahead(pattern)
    total = 0
    for file_name in TEXTS:
        text = (shared_docs / file_name).read_text(encoding="utf-8")
        found = [(m.span(), m.groups()) for m in pattern.finditer(text)]
        assert found == [(m.span(), m.groups()) for m in plain.finditer(text)]
        total += len(found)
    assert total or name in ("timeexpr.quarter", "timeexpr.month", "targets.DATED", "targets.BASELINE")


def test_the_label_lookahead_changes_no_reading_of_the_words_before_a_number(shared_docs):
    # Anchored at the end: it is searched in the 30 characters before each number.
    plain = _without_lookahead(target_patterns.LABEL_BEFORE)
    labels = 0
    for file_name in TEXTS:
        text = (shared_docs / file_name).read_text(encoding="utf-8")
        for number in re.finditer(r"\d+", text):
            before = text[max(0, number.start() - 30) : number.start()]
            found, expected = target_patterns.LABEL_BEFORE.search(before), plain.search(before)
            assert (found and found.span()) == (expected and expected.span())
            labels += found is not None
    assert labels


def test_flattened_table_blocks_are_found_as_before(shared_docs):
    # _FLAT_BLOCK opens on its first "|" line written out; it was (?:^\|[ \t]*\n CELL){6,}.
    before = re.compile(r"(?:^\|[ \t]*\n(?:(?!^\|[ \t]*$).*\n)*){6,}", re.MULTILINE)
    texts = [(shared_docs / name).read_text(encoding="utf-8") for name in sorted(p.name for p in shared_docs.glob("*.md"))]
    texts += ["|\n" * 6, "|\n" * 5, "x|\n" + "|\n" * 6, "|\na\nb\n|  \n\n|\nc\n" * 3 + "|", " |\n" + "|\n" * 7]
    found = 0
    for text in texts:
        spans = [m.span() for m in agency_tables._FLAT_BLOCK.finditer(text)]
        assert spans == [m.span() for m in before.finditer(text)]
        found += len(spans)
    assert found


@pytest.mark.parametrize(("opening", "letters"), [
    ("hpđvxtd", "hpđvxtd"), ("bg", "bg"), (timeexpr._OPENINGS["date"], "tcđhn"), (timeexpr._OPENINGS["year"], "tđvcn"),
    (timeexpr._OPENINGS["quarter"], "tđcq"), (timeexpr._OPENINGS["recurring"], "tqhđ"), ("gtn", "gtn"),
    ("đtvchn", "đtvchn"), ("qtđc", "qtđc"), ("s", "s"), ("kmhbtnlsc", "kmhbtnlsc"),
    ("lkđmtspcqnvbgấh", "lkđmtspcqnvbgấh"), ("mcptkđdhn", "mcptkđdhn"),
])
def test_a_case_insensitive_lookahead_admits_every_case_of_its_letters(opening, letters):
    lookahead = re.compile(f"(?=[{opening}])", re.IGNORECASE)
    letter_patterns = [re.compile(re.escape(letter), re.IGNORECASE) for letter in letters]
    candidates = {c for letter in letters for c in (letter, letter.upper(), letter.lower())} | {"ſ", "K", "İ", "ı", "Đ", "ð"}
    candidates |= {chr(cp) for cp in range(0x80, 0x2200)}
    for c in candidates:
        if any(p.match(c) for p in letter_patterns):
            assert lookahead.match(c), (opening, c)
