"""Public bodies named in a text, from the gazetteer
(``extractors/data/public_bodies.yaml``, with the ministry and department
fields of ``extractors/data/agencies.yaml``).

``iter_gazetteer_matches(text)`` yields every known body written in the text,
longest first and without overlaps, so an official name keeps its inner "và"
and commas ("Ban Quản lý các khu công nghệ cao và khu công nghiệp", "Báo và
Phát thanh, Truyền hình tỉnh") and a list ("Sở Tài chính, Sở Xây dựng và Sở
Y tế") gives one match per body. A name starts with a capital letter; past
it, case, tone placement, line breaks and markdown emphasis do not matter. Slots cover numbered and
provincial names ("Ngân hàng Nhà nước chi nhánh khu vực {N}", "Báo
{Province}"); a provincial body may be followed by its level and province
("Sở Y tế tỉnh Lào Cai"), which the match takes in.

All names become one regex shaped like a trie (``extractors/phrases.py``),
built once per process."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from importlib import resources
from typing import Iterator, Optional

import yaml

from extractors.canonical import (
    canonical_name,
    current_name,
    gazetteer as agency_table,
    province_name,
    province_names,
    provincial_city,
)
from extractors.phrases import match_form, phrase_trie, tokens, trie_regex

NUMBER_SLOT = "{n}"
PROVINCE_SLOT = "{province}"
_NUMBER = r"\d+|[ivxlc]+"
_PROVINCIAL_LEVELS = ("cấp tỉnh", "tỉnh", "thành phố")  # "Hội Nông dân cấp tỉnh": the level as a class
# A body's place written as a city ("UBND thành phố Hà Tĩnh", "Công an TP Thanh Hóa").
_CITY_PLACE = re.compile(r"(?:thành[\s*]+phố|TP\.?)[\s*]+(?P<place>[^\s*].*)$", re.IGNORECASE)


@dataclass(frozen=True)
class Body:
    name: str  # canonical; may hold slots ("Kho bạc Nhà nước khu vực {N}")
    kind: str
    level: str
    renamed_to: Optional[str] = None
    also_to: tuple[str, ...] = ()
    valid_from: Optional[date] = None
    valid_until: Optional[date] = None


@dataclass(frozen=True)
class BodyMatch:
    start: int
    end: int
    canonical_name: str
    kind: str
    level: str
    renamed_to: Optional[str] = None  # the body that holds the duties after the 2025 reorganisation


@dataclass(frozen=True)
class _Spelling:
    body: Body
    name: str  # the canonical name this spelling stands for ("… thành phố" for a city's body)


@lru_cache(maxsize=1)
def gazetteer_table() -> dict:
    with resources.files("extractors").joinpath("data/public_bodies.yaml").open(encoding="utf-8") as handle:
        return yaml.safe_load(handle)


def _body(entry: dict, name: str, kind: str, level: str) -> Body:
    """A body; its 2025 successor is canonical.current_name's where that knows one."""
    successor = current_name(name)
    return Body(
        name,
        kind,
        level,
        successor if successor != name else entry.get("renamed_to"),
        tuple(entry.get("also_to", ())),
        entry.get("valid_from"),
        entry.get("valid_until"),
    )


@lru_cache(maxsize=1)
def bodies() -> tuple[tuple[Body, tuple[str, ...]], ...]:
    """Every body with the spellings it is written in."""
    table = gazetteer_table()
    fields = agency_table()["fields"]
    out = []
    for head, key, kind, level in (
        ("Bộ", "ministries", "ministry", "central"),
        ("Sở", "provincial_departments", "provincial_department", "provincial"),
    ):
        for entry in table[key]:
            field = entry["field"]
            spellings = (field, *fields[field])
            out.append((_body(entry, f"{head} {field}", kind, level), tuple(f"{head} {s}" for s in spellings)))
    for entry in table["bodies"]:
        body = _body(entry, entry["name"], entry["kind"], entry["level"])
        out.append((body, (entry["name"], *entry.get("aliases", ()))))
    return tuple(out)


def _derived_forms(spelling: str, body: Body) -> Iterator[tuple[str, str]]:
    """(form as written, canonical name): a provincial body's "… tỉnh" is also
    written "… thành phố" or with the province's name in place of the level."""
    core, _, last = spelling.rpartition(" ")
    if body.level == "provincial" and last == "tỉnh":
        city_name = body.name[: -len("tỉnh")] + "thành phố" if body.name.endswith(" tỉnh") else body.name
        yield f"{core} thành phố", city_name
        yield f"{core} {PROVINCE_SLOT}", body.name


@lru_cache(maxsize=1)
def _index() -> tuple[re.Pattern[str], dict, frozenset[tuple[str, ...]]]:
    """The regex of every written form, the token trie that tells which body a
    match is, and the provinces' token sequences."""
    listed = [(spelling, _Spelling(body, body.name)) for body, spellings in bodies() for spelling in spellings]
    derived = [
        (form, _Spelling(body, name))
        for body, spellings in bodies()
        for spelling in spellings
        for form, name in _derived_forms(spelling, body)
    ]
    # A listed spelling wins over a derived one, and the first listing over later ones.
    trie = phrase_trie((tokens(form), spelling) for form, spelling in listed + derived)
    provinces = frozenset(tokens(p) for p in province_names())
    slots = {NUMBER_SLOT: _NUMBER, PROVINCE_SLOT: trie_regex(phrase_trie((p, None) for p in provinces))}
    body_regex = trie_regex(trie, slots)
    level = "|".join(_PROVINCIAL_LEVELS)
    # A provincial body's level and province after its name ("Sở Y tế tỉnh Lào Cai").
    place = rf"(?:[\s*]+(?:(?:{level}|tp\.?)[\s*]+)?{slots[PROVINCE_SLOT]}|[\s*]+(?:{level})(?!\w))?"
    # A name starts a word: the engine turns every other position down on its first check.
    pattern = re.compile(f"(?<!\\w)(?=(?P<body>{body_regex})(?P<place>{place}))")
    return pattern, trie, provinces


def _resolve(node: dict, written: tuple[str, ...], provinces: frozenset, slots: tuple) -> Optional[tuple]:
    """Walk the trie along the written tokens; → (spelling, slot values as written)."""
    if not written:
        spelling = node.get(None)
        return (spelling, slots) if spelling else None
    child = node.get(written[0])
    if child is not None:
        found = _resolve(child, written[1:], provinces, slots)
        if found:
            return found
    if NUMBER_SLOT in node and re.fullmatch(_NUMBER, written[0]):
        found = _resolve(node[NUMBER_SLOT], written[1:], provinces, slots + (written[0],))
        if found:
            return found
    if PROVINCE_SLOT in node:
        for size in range(len(written), 0, -1):
            if written[:size] in provinces:
                found = _resolve(node[PROVINCE_SLOT], written[size:], provinces, slots + (" ".join(written[:size]),))
                if found:
                    return found
    return None


def _canonical(template: str, values: tuple[str, ...]) -> str:
    """The name in canonical.canonical_name's spelling, slots filled with the
    number (roman numerals in capitals) and province written; a slot left
    empty ("Kho bạc Nhà nước khu vực") is dropped."""
    if not values:
        return canonical_name(re.sub(r"\s*\{(?:N|Province)\}", "", template))
    slot_values = iter(values)

    def value(match: re.Match) -> str:
        written = next(slot_values)
        if match.group(0) == "{N}":
            return written.upper()
        return province_name(written) or written

    return canonical_name(re.sub(r"\{N\}|\{Province\}", value, template))


# Where a name may start: a capital opening a word ("bảo hiểm xã hội" is the
# insurance, not the body). The range of Vietnamese capitals holds lower-case
# letters too (Ạ-ỹ alternate), hence the isupper() check after it.
_CAPITAL_WORD_START = re.compile(r"(?<!\w)[A-ZÀ-ÝĂĐĨŨƠƯẠ-ỹ]")


def iter_gazetteer_matches(text: str) -> Iterator[BodyMatch]:
    """Known bodies in the text, in text order: the longest names first, no overlaps."""
    pattern, trie, provinces = _index()
    folded = match_form(text)
    candidates = []
    for capital in _CAPITAL_WORD_START.finditer(text):
        if not capital.group().isupper():
            continue
        match = pattern.match(folded, capital.start())
        if match is None:
            continue
        body_text = match.group("body")
        found = _resolve(trie, tokens(body_text), provinces, ())
        if found is None:
            continue
        spelling, values = found
        start = match.start("body")
        end = match.end("place") if spelling.body.level != "central" else match.end("body")
        candidates.append((start, end, spelling, values))
    chosen: list[tuple[int, int]] = []
    out = []
    for start, end, spelling, values in sorted(candidates, key=lambda c: (c[0] - c[1], c[0])):
        i = bisect_left(chosen, (start, end))
        if (i > 0 and chosen[i - 1][1] > start) or (i < len(chosen) and chosen[i][0] < end):
            continue
        chosen.insert(i, (start, end))
        body = spelling.body
        # A central body's listed name is its official spelling, place names and all ("Học viện
        # Chính trị quốc gia Hồ Chí Minh", "Đại học Quốc gia Hà Nội"): no province to strip.
        canonical = spelling.name if body.level == "central" and not values else _canonical(spelling.name, values)
        level = body.level
        city = _CITY_PLACE.search(text, start, end) if level == "provincial" else None
        if city and provincial_city(city.group("place")):
            # A province's city shares its name ("thành phố Hà Tĩnh" in tỉnh Hà Tĩnh): the body is the city's.
            canonical, level = canonical_name(text[start:end]), "district"
        out.append(BodyMatch(start, end, canonical, body.kind, level, body.renamed_to))
    yield from sorted(out, key=lambda m: m.start)
