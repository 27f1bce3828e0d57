"""Vietnamese numerals → ``Decimal``.

Digits follow the Vietnamese convention: "." groups thousands and "," is the
decimal mark ("1.000" = 1000, "48,3" = 48.3, "5.171.344.000.000"); leading
zeros go ("01" = 1); a unit may be glued on ("482,6ha", "10%"). Number words
("hai", "mười lăm", "một trăm") are read too and flagged ``words=True`` so that
callers can decide whether a word such as "một" carries a quantity.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Iterator


@dataclass(frozen=True)
class NumberAnnotation:
    start: int
    end: int
    text: str
    value: Decimal
    words: bool = False  # written in words ("hai", "mười")


# A digit token is not part of a longer alphanumeric code ("M12", "VN2000x").
# Both patterns open on a lookahead over the characters a match can start with (a digit;
# a number word's first letter): the engine turns other positions down on one test.
_DIGITS = re.compile(
    r"(?=\d)(?<![\w.,])"
    r"(?:\d{1,3}(?:\.\d{3})+(?:,\d+)?"  # 1.360.668.000.000 / 763.876,85
    r"|\d+,\d+"  # 48,3
    r"|\d+\.\d+(?![.\d])"  # 2.5 (English decimal or a section number; read as written)
    r"|\d+)"
    r"(?![\d])"
    r"(?=[^\W\d_]|\W|$)"
)

_UNITS = {
    "không": 0, "một": 1, "mốt": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4, "năm": 5, "lăm": 5,
    "sáu": 6, "bảy": 7, "bẩy": 7, "tám": 8, "chín": 9,
}
_SCALES = {"trăm": 100, "nghìn": 1000, "ngàn": 1000, "triệu": 10**6, "tỷ": 10**9, "tỉ": 10**9}
# The scale words written after a figure ("2,5 triệu đồng", "120 nghìn lượt", "3,2 vạn lượt lao động": ten
# thousand), as one regex alternation for every pattern that reads or skips them.
SCALE_WORDS = "nghìn|ngàn|vạn|triệu|tỷ|tỉ"
# "năm" is a digit only before a ten or a scale ("năm mươi", "năm trăm"); "mười năm" is ten years.
_WORD = (
    r"(?:không|một|mốt|hai|ba|bốn|tư|năm(?=\s+(?:mươi|trăm|nghìn|ngàn|triệu|tỷ|tỉ))|lăm|sáu|bảy|bẩy|tám|chín"
    r"|mười|mươi|trăm|linh|lẻ|nghìn|ngàn|triệu|tỷ|tỉ)"
)
_WORDS = re.compile(rf"(?=[kmhbtnlsc])(?<!\w){_WORD}(?:\s+{_WORD})*(?!\w)", re.IGNORECASE)
# Word sequences that are not quantities on their own: "năm" is also "year",
# "tư" is "private", "ba" alone is common in names; they count only inside
# a longer numeral ("hai mươi lăm") or before a scale word.
_AMBIGUOUS_ALONE = {"năm", "tư", "lăm", "mốt", "linh", "lẻ", "không", "mươi", "trăm", "nghìn", "ngàn", "triệu", "tỷ", "tỉ"}


_GROUPED_DIGITS = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?")


def parse_digits(token: str) -> Decimal:
    """Value of a Vietnamese digit token ("1.000" → 1000, "2,5" → 2.5, "02" → 2)."""
    if _GROUPED_DIGITS.fullmatch(token):
        return Decimal(token.replace(".", "").replace(",", "."))
    if "," in token:
        return Decimal(token.replace(",", "."))
    return Decimal(token)


def plain_decimal(value: Decimal) -> str:
    """A stored decimal as a reader writes it: 10 and 12.5, not 10.000000, 12.500000 or 1E+1."""
    return format(value.normalize(), "f")


def parse_words(words: str) -> Decimal | None:
    """Value of a Vietnamese numeral in words ("hai mươi lăm" → 25,
    "một nghìn ba trăm sáu mươi tỷ" → 1360000000000); None when malformed."""
    total, chunk, last, last_scale = 0, 0, 0, 0
    for w in words.lower().split():
        if w in ("linh", "lẻ"):
            continue
        if w == "mười":
            chunk, last = chunk + 10, 0
        elif w == "mươi":
            chunk, last = chunk - last + (last or 1) * 10, 0
        elif w == "trăm":
            chunk, last = chunk - last + (last or 1) * 100, 0
        elif w in _SCALES:
            scale = _SCALES[w]
            if last_scale and scale > last_scale:
                total = (total + (chunk or 1)) * scale
            else:
                total += (chunk or 1) * scale
            chunk, last, last_scale = 0, 0, scale
        elif w in _UNITS:
            chunk, last = chunk + _UNITS[w], _UNITS[w]
        else:
            return None
    return Decimal(total + chunk)


def iter_numbers(text: str) -> Iterator[NumberAnnotation]:
    """Every number in ``text``, in order of appearance."""
    found: list[NumberAnnotation] = []
    for m in _DIGITS.finditer(text):
        found.append(NumberAnnotation(m.start(), m.end(), m.group(), parse_digits(m.group())))
    for m in _WORDS.finditer(text):
        tokens = m.group().lower().split()
        if len(tokens) == 1 and tokens[0] in _AMBIGUOUS_ALONE:
            continue
        value = parse_words(m.group())
        if value is not None:
            found.append(NumberAnnotation(m.start(), m.end(), m.group(), value, words=True))
    found.sort(key=lambda n: n.start)
    yield from found
