"""The mention pattern opens on a lookahead over the characters a mention can
start with, so that the engine skips other positions at once: it must find
exactly what the pattern finds without it."""

from __future__ import annotations

import re

import pytest

from extractors import agencies


@pytest.mark.parametrize(
    ("pattern", "lookahead"),
    [
        (r"(?<!\w)(?:ab|c?d|[x-z]z)", "(?=[acdxyz])"),
        (r"(?:x*|y)z", "(?=[xyz])"),
        (r"a?", ""),  # may match nothing: any position
        (r"(?i:a)b", ""),  # case-insensitive letters are not read
        (r"\bab", ""),  # anchors are not read
        (r"[^a]b", ""),  # nor negated classes
    ],
)
def test_opening_lookahead(pattern, lookahead):
    assert agencies._opening_lookahead(pattern) == lookahead


def test_mention_pattern_finds_the_same_with_its_lookahead(shared_docs):
    agencies._compile_mentions()
    compiled = agencies._MENTION.pattern
    lookahead = compiled[: compiled.index("(?<![\\w])")]
    assert lookahead.startswith("(?=[")
    plain = re.compile(compiled[len(lookahead) :])
    for name in ("dnai_kh179_kinhteso_2025.md", "ct_kh157_khongtienmat_2025.md", "seed_000.txt"):
        text = (shared_docs / name).read_text(encoding="utf-8")
        found = [(m.span(), m.lastgroup) for m in agencies._MENTION.finditer(text)]
        assert found and found == [(m.span(), m.lastgroup) for m in plain.finditer(text)]
