"""The mention pattern opens on a lookahead over the characters a mention can
start with, so that the engine skips other positions at once: it must find
exactly what the pattern finds without it, for every kind of mention."""

from __future__ import annotations

import re

import pytest

from extractors.agencies import mentions
from extractors.canonical import gazetteer, tone_variants

# One example of each written-out alternative of the pattern (departments, commune
# committees, "Sở/Bộ" + field, collective references), opening on each of its first words.
WRITTEN_OUT = (
    "Giám đốc các Sở: Nội vụ, Tư pháp", "Thủ trưởng các sở: Y tế và Tài chính", "Bộ trưởng Bộ: Tài chính, Y tế",
    "Các Bộ: Tài chính, Y tế", "các bộ: Tài chính, Y tế", "Sở: Nội vụ, Tư pháp", "bộ: Tài chính; Y tế",
    "Ủy ban nhân dân các xã", "Uỷ ban nhân dân cấp huyện", "UBND các tỉnh, thành phố",
    "Sở Y tế", "Bộ Tài chính",
    "Sở, ban, ngành", "sở, ngành", "Bộ, ngành", "bộ, ngành",
    "Giám đốc các sở", "Thủ trưởng các cơ quan", "Chủ tịch các xã", "Lãnh đạo các đơn vị", "Các địa phương",
    "các doanh nghiệp",
)


def _without_lookahead(pattern: re.Pattern) -> tuple[str, re.Pattern]:
    lookahead = pattern.pattern[: pattern.pattern.index("(?<![\\w])")]
    assert lookahead.startswith("(?=[")
    return lookahead, re.compile(pattern.pattern[len(lookahead) :], pattern.flags)


def _found(pattern: re.Pattern, text: str) -> list:
    return [(m.span(), m.lastgroup) for m in pattern.finditer(text)]


def test_mention_pattern_finds_the_same_with_its_lookahead(shared_docs):
    pattern = mentions.mention_pattern()
    _, plain = _without_lookahead(pattern)
    for name in ("dnai_kh179_kinhteso_2025.md", "ct_kh157_khongtienmat_2025.md", "seed_000.txt"):
        text = (shared_docs / name).read_text(encoding="utf-8")
        found = _found(pattern, text)
        assert found and found == _found(plain, text)


@pytest.mark.parametrize("kind", ["written out", "names", "heads"])
def test_the_lookahead_admits_every_kind_of_mention(kind):
    # A mention opening on a character the lookahead leaves out is found only without it.
    pattern = mentions.mention_pattern()
    lookahead, plain = _without_lookahead(pattern)
    if kind == "written out":
        examples = WRITTEN_OUT
    elif kind == "names":
        examples = sorted({v for name in gazetteer()["names"] for v in tone_variants(name)})
    else:
        examples = sorted(gazetteer()["heads"])
    assert examples
    for example in examples:
        text = f"gửi {example} "
        found = _found(pattern, text)
        assert found and found == _found(plain, text), (example, lookahead)
