"""Mentions: names of bodies found by a gazetteer of department fields ("Sở" /
"Bộ" + field or abbreviation), a list of multi-word names, and head words (Ủy
ban nhân dân, Công an, Ban, Trung tâm, Ngân hàng …) followed by a title-case
tail; collective references ("các sở, ban, ngành có liên quan") are mentions
with ``generic=True``.

Official names the public-body gazetteer knows (``extractors.gazetteer``) are
taken whole, with their inner "và" and commas ("Ban Quản lý các khu công nghệ
cao và khu công nghiệp", "Báo và Phát thanh, Truyền hình tỉnh"), in place of
the structural mentions they overlap; the structural rules still find every
name the gazetteer does not know, and a body named after a known one ("Văn
phòng Quốc hội", "Ban Cơ yếu Chính phủ") keeps its own, longer name."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources
from typing import Callable, Iterable, Iterator, Optional

import yaml

from extractors.agencies.lexicon import (
    COLLECTIVE_PAIRS,
    COLLECTIVE_WORDS,
    COMPANY_HEADS,
    COMPANY_STOP_WORDS,
    COMPLETE_HEADS,
    LEVEL_HEADS,
    LEVEL_WORDS,
    LONG_TAIL_HEADS,
    LOWER,
    PROVINCIAL_COMMITTEES,
    SENTENCE_OPENING,
    STOP_WORDS,
    UNIVERSITY_HEADS,
    UPPER,
    province_alternation,
)
from extractors.agencies.model import Mention, Spans
from extractors.canonical import (
    canonical_name, district_province, field_regex, gazetteer, official_titles_regex, province_level, province_name,
    spaced_regex, tone_variants,
)
from extractors.gazetteer import bodies, iter_gazetteer_matches
from extractors.units import unit_pattern

# The roles a task table's cell states after a body: "Chủ trì", "Phối hợp", "Thực hiện".
_ROLE_WORD = re.compile(r"(?:[Cc]hủ\s+trì|[Pp]hối\s+hợp|[Tt]hực\s+hiện)(?!\w)")
# "thông" ends a name as a verb ("thông báo", "thông qua"), not in "Truyền thông".
_VERB_THONG = re.compile(r"\s+(?:báo|qua|tin\s+cho|suốt)\b")
_LEVEL_NEXT = re.compile(r"\s+(?:tỉnh|thành\s+phố|Tỉnh|Thành\s+phố|cơ\s+sở|khu\s+vực)\b")
_TOKEN = re.compile(r"(\s*)([\w&'’]+(?:[.&][\w]+)*|[-–—]|[^\w\s])")
_ROMAN = re.compile(r"^[IVXLC]+$")
# A line opening with a list marker ("- Chủ trì …", "a) Chỉ đạo …", "2. Sở …") starts a new
# item: PDF text has no blank line there, so a name must not run across it.
_LIST_MARKER_LINE = re.compile(r"[-–—+•]\s|[a-zđ]\)\s|\d{1,2}(?:\.\d{1,2})*[.)]\s|[IVX]{1,5}\.\s")
# What may stand before the first body of a list: an official's title ("Giám đốc Sở …").
TITLE_GAP = re.compile(
    rf"[\s*]*(?:(?:[Đđ]ồng\s+chí\s+)?(?:Phó\s+)?(?:{official_titles_regex()})\s+"  # "đồng chí Phó Chủ tịch Quốc hội"
    r"|(?:[Cc]ác\s+)?(?:Sở|Bộ|sở|bộ|Tập\s+đoàn|Tổng\s+công\s+ty)(?:\s*,\s*cơ\s+quan)?\s*:\s*"  # "Các Bộ: Tài chính, …", "các Tập đoàn: …"
    r"|[Cc]ác\s+(?:Vụ|Cục)\s*:?\s*"  # "…, các Vụ Thị trường ngoài nước, Cục Hoá chất": a ministry's departments
    # "UBND các tỉnh, thành phố: Hà Nội, …", "Các tỉnh Nghệ An, …"
    r"|(?:(?:Ủy\s+ban\s+nhân\s+dân|Uỷ\s+ban\s+nhân\s+dân|UBND)\s+)?(?:[Cc]ác\s+(?:tỉnh|thành\s+phố)(?:\s*,\s*thành\s+phố)?\s*:?"
    r"|(?:tỉnh|thành\s+phố)(?:\s*,\s*thành\s+phố)?\s*:)\s*)?"
)

# --------------------------------------------------------------------------- the mention pattern

# The groups of provinces a national text addresses by where they lie.
_PROVINCE_GROUPS = (
    r"biên\s+giới(?:\s+đất\s+liền)?|ven\s+biển|miền\s+núi(?:\s+phía\s+Bắc)?|trung\s+du\s+và\s+miền\s+núi\s+phía\s+Bắc"
    r"|Tây\s+Nguyên|Tây\s+Bắc|Tây\s+Nam\s+Bộ|Đông\s+Nam\s+Bộ|đồng\s+bằng\s+sông\s+(?:Cửu\s+Long|Hồng)"
)

# A place name: one to four capitalised words ("Gò Công Đông"); in a list of communes it is followed by a
# comma or the list's end, not by a verb ("… các xã: Tăng cường …" names none).
_PLACE_WORDS = rf"[{UPPER}]\w*(?!\w)(?:[ \t]+[{UPPER}]\w*(?!\w)){{0,3}}"
_PLACE = rf"{_PLACE_WORDS}(?![ \t]+[{LOWER}])"
# A project management board, named by what it builds and where: "Ban Quản lý dự án đầu tư xây dựng
# xã Trấn Yên", "Ban QLDA đầu tư xây dựng các công trình giao thông tỉnh", "Ban Quản lý dự án khu vực 2".
_PROJECT_BOARD = (
    r"(?:Ban\s+[Qq]uản\s+lý\s+(?:các\s+)?dự\s+án|Ban\s+QLDA)(?:\s+đầu\s+tư(?:\s+xây\s+dựng)?)?"
    r"(?:\s+(?:các\s+)?công\s+trình(?:\s+(?:dân\s+dụng|giao\s+thông|nông\s+nghiệp|công\s+nghiệp|và|phát\s+triển|nông\s+thôn))+)?"
    rf"(?:\s+(?:khu\s+vực|tỉnh|thành\s+phố|huyện|thị\s+xã|xã|phường|số)(?:\s+(?:{_PLACE_WORDS}|\d+|[IVX]+\b))?)?"
)

# A department or division head written in lower case, or a district or commune, right after the verb
# that gives it a task or names it a partner ("Giao phòng Quản lý Công nghiệp …", "phối hợp sở Xây dựng …",
# "yêu cầu huyện Vân Canh tập trung …"): a body, as news pages and short letters write; elsewhere
# lower-case "phòng", "sở" are common words ("dự phòng", "trụ sở", "trong phòng PKN"). Read from the verb,
# apart from the mention pattern, whose opening lookahead would otherwise let in every "p", "h", "x" …
_ADDRESSED = re.compile(
    r"(?<!\w)(?:[Gg]iao|[Vv]ới|[Pp]hối\s+hợp|[Đđ]ề\s+nghị|[Yy]êu\s+cầu|[Cc]hỉ\s+đạo)[ \t]+"
    r"(?:(?P<head>phòng|sở)(?=[ \t]+[" + UPPER + r"][" + LOWER + r"])"
    r"|(?P<place>(?:huyện|quận|thị\s+xã|xã|phường|thị\s+trấn)[ \t]+" + _PLACE_WORDS + r"(?![ \t]+[" + UPPER + r"])))"
)


def _with_free_mentions(mentions: list[Mention], candidates: Iterable[Mention]) -> list[Mention]:
    """The mentions with each candidate that starts outside them, in text order."""
    taken = Spans([(m.start, m.end) for m in mentions])
    added = [candidate for candidate in candidates if candidate.start not in taken]
    return sorted(mentions + added, key=lambda m: m.start) if added else mentions


def _with_addressed(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions and the bodies addressed in lower case after an assigning verb (``_ADDRESSED``)."""
    return _with_free_mentions(mentions, _addressed(text))


def _addressed(text: str) -> Iterator[Mention]:
    for match in _ADDRESSED.finditer(text):
        if match.group("head"):
            start, head_end = match.span("head")
            end = scan_tail(text, head_end, generic=False)
            if end == head_end:
                continue
        else:
            start, end = match.span("place")
        yield Mention(start, end, " ".join(text[start:end].replace("*", " ").split()), False)


# A province or city that labels a list item of a conclusion or a notice ("- Tỉnh Cao Bằng: Hoàn thành di
# dời …", "b) Thành phố Hà Nội: …"): the label names the body the item's task goes to, as "Bộ Xây dựng:"
# does. Elsewhere "tỉnh X" is a place, so only the label form is read.
_LABELLED_PLACE = re.compile(
    r"^[ \t]*(?:[-–—+•][ \t]+|[a-zđ]\)[ \t]+|\d{1,2}(?:\.\d{1,2})*[.)][ \t]+)?[*]*"
    r"(?P<place>(?:Tỉnh|Thành[ \t]+phố)[ \t]+" + _PLACE_WORDS + r")[*]*[ \t]*:",
    re.MULTILINE,
)


def _with_labelled_places(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions and the provinces or cities that label a list item (``_LABELLED_PLACE``)."""
    return _with_free_mentions(mentions, (
        Mention(match.start("place"), match.end("place"), " ".join(match.group("place").split()), False)
        for match in _LABELLED_PLACE.finditer(text)
    ))


def _place_text() -> str:
    """A province or city written with its level ("tỉnh Lào Cai", "Thành phố Hồ Chí Minh")."""
    return rf"(?:[Tt]hành[ \t]+phố|[Tt]ỉnh)[ \t]+(?:{province_alternation()})(?![\w])"


def _place_committee(start: int, end: int, written: str) -> Mention:
    """A place named as written ("tỉnh Lào Cai") that stands for its people's committee."""
    written = " ".join(written.split())
    province = re.sub(r"^(?:[Tt]hành phố|[Tt]ỉnh) ", "", written)
    level = province_level(province_name(province) or province)
    return Mention(start, end, written, False, known_as=canonical_name(f"Ủy ban nhân dân {level} {province}"))


@lru_cache(maxsize=1)
def _subject_places() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """(the places that open a sentence or an item as its subject, or that a request names, one of them): "Thành
    phố Hà Nội và các tỉnh Bắc Ninh, Gia Lai đẩy nhanh …", "Thành phố Hồ Chí Minh, tỉnh Lâm Đồng đẩy nhanh …",
    "Phó Thủ tướng yêu cầu tỉnh Lào Cai chỉ đạo …": a list of places before a verb, what must come right before it,
    and one place. (The list is looked for first: "tỉnh" and "thành phố" are rarer than the positions an opening
    may take.)"""
    place = _place_text()
    return (
        re.compile(rf"(?P<places>{place}(?:[ \t]*,[ \t]*{place})*)(?=[ \t]+(?:và[ \t]+các[ \t]+tỉnh\b|[{LOWER}]))"),
        re.compile(
            r"(?:^|(?<=[.;]\s)|(?<=\byêu cầu )|(?<=\bđề nghị )|(?<=\bgiao )|(?<=\bGiao ))"
            r"[ \t]*(?:[-–—+•][ \t]+|[a-zđ]\)[ \t]+|\d{1,2}(?:\.\d{1,2})*[.)][ \t]+)?[*]*\Z",
            re.MULTILINE,
        ),
        re.compile(place),
    )


def _with_subject_places(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions and the provinces that open a sentence or an item as its subject (``_subject_places``), each
    its people's committee. Elsewhere "tỉnh X" is a place, so only this position is read."""
    places, opening, place = _subject_places()
    taken = Spans([(m.start, m.end) for m in mentions])
    same_span = {(m.start, m.end): i for i, m in enumerate(mentions)}
    mentions = list(mentions)
    added = []
    for match in places.finditer(text):
        line_start = text.rfind("\n", 0, match.start()) + 1
        if not opening.search(text, line_start, match.start()):
            continue
        for found in place.finditer(text, match.start("places"), match.end("places")):
            committee = _place_committee(found.start(), found.end(), found.group())
            if found.span() in same_span:
                mentions[same_span[found.span()]] = committee  # the place read as a place elsewhere ("tỉnh Lâm Đồng")
            elif found.start() not in taken:
                added.append(committee)
    return sorted(mentions + added, key=lambda m: m.start) if added else mentions


@lru_cache(maxsize=1)
def _committee_place_patterns() -> tuple[re.Pattern, re.Pattern]:
    """(a committee's name that ends on its province or city, "… thành phố Hà Nội"; a province or city listed right
    after it, "Ủy ban nhân dân thành phố Hà Nội, Thành phố Hồ Chí Minh chủ trì …": that place's committee, the head
    shared)."""
    return (
        re.compile(rf"(?:thành\s+phố|tỉnh|TP\.?)\s+(?:{province_alternation()})$", re.IGNORECASE),
        re.compile(rf"[ \t]*(?:,|và)[ \t]*(?P<place>{_place_text()})"),
    )


_COMMITTEE_OF_PLACE = re.compile(r"(?:Ủy|Uỷ)\s+ban\s+nhân\s+dân|UBND")
# Districts and communes, each rank with its levels: "UBND thành phố Hà Tĩnh, thị xã Kỳ Anh" lists two districts,
# while "UBND xã Yên Bình, huyện Yên Bình" is one commune and its district (its address).
_LOCAL_RANKS = (r"(?:huyện|quận|thị\s+xã|thành\s+phố|TP\.?|TX\.?)", r"(?:xã|phường|thị\s+trấn|đặc\s+khu)")


@lru_cache(maxsize=1)
def _local_place_patterns() -> tuple[tuple[re.Pattern, re.Pattern], ...]:
    """Per rank (``_LOCAL_RANKS``): (a committee's name that ends on a place of that rank; a place of the same rank
    listed right after it, the committee's head shared)."""
    place = rf"(?>{_PLACE_WORDS})"
    return tuple(
        (
            re.compile(rf"(?<!\w){rank}[ \t]+{place}$"),
            re.compile(rf"[ \t]*(?:,|và)[ \t]*(?P<place>{rank}[ \t]+{place})"),
        )
        for rank in _LOCAL_RANKS
    )


def _local_committee(start: int, end: int, written: str) -> Mention:
    """A district or commune listed after a committee of its rank, as its own committee."""
    written = " ".join(written.split())
    return Mention(start, end, written, False, known_as=canonical_name(f"Ủy ban nhân dân {written}"))


def _with_committee_places(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions and the places that share the committee named before them: provinces and cities
    (``_committee_place_patterns``), districts and communes of the committee's rank (``_local_place_patterns``)."""
    names_its_province, next_place = _committee_place_patterns()
    taken = Spans([(m.start, m.end) for m in mentions])
    added = []
    for mention in mentions:
        if mention.generic or not _COMMITTEE_OF_PLACE.match(text, mention.start):
            continue
        end = mention.end
        if names_its_province.search(mention.name):
            while (found := next_place.match(text, end)) and found.start("place") not in taken:
                added.append(_place_committee(found.start("place"), found.end("place"), found.group("place")))
                end = found.end()
        if mention.canonical in PROVINCIAL_COMMITTEES:
            continue  # "UBND thành phố Hà Nội, quận …": a district is no peer of a province
        for names_its_place, next_local in _local_place_patterns():
            if not names_its_place.search(mention.name):
                continue
            while (found := next_local.match(text, end)) and found.start("place") not in taken:
                place = found.group("place")
                if province_level(province_name(place) or "") == "thành phố":
                    break  # "UBND huyện Củ Chi, thành phố Hồ Chí Minh": the city the district is in
                added.append(_local_committee(found.start("place"), found.end("place"), place))
                end = found.end()
    return sorted(mentions + added, key=lambda m: m.start) if added else mentions


# The ministries as a class, by the kinds the law names them ("các Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ"):
# a named class of bodies, not an unnamed collective (docs/annotation.md), read whole though "ngang" and
# "thuộc Chính phủ" are no collective words.
_MINISTRIES_CLASS = re.compile(
    r"(?:[Đđ]ảng[\s*]+[uủ][ỷy][\s*]+)?[Cc]ác[\s*]+[Bb]ộ[\s*]*,[\s*]*cơ[\s*]+quan[\s*]+ngang[\s*]+[Bb]ộ"
    r"(?:[\s*]*(?:,|và)[\s*]*cơ[\s*]+quan[\s*]+(?:trực[\s*]+)?thuộc[\s*]+Chính[\s*]+phủ)?(?![\s*]+(?:có[\s*]+)?liên[\s*]+quan)"
)


def _with_named_classes(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions with the ministries as a class (``_MINISTRIES_CLASS``) read whole and not generic (without the
    mentions inside it: "Chính phủ" in "… cơ quan thuộc Chính phủ")."""

    def widen(mention: Mention) -> Optional[Mention]:
        whole = _MINISTRIES_CLASS.match(text, mention.start) if mention.generic else None
        if whole and whole.end() >= mention.end:
            return Mention(mention.start, whole.end(), " ".join(whole.group().replace("*", " ").split()), False)
        return None

    return _widened(mentions, widen)

# The characters the written-out alternatives of the mention pattern open on: departments
# ("Giám đốc|Thủ trưởng|Bộ trưởng", "[Cc]ác", "Sở|Bộ|sở|bộ"), commune committees ("Ủy|Uỷ|UBND"),
# "Sở|Bộ" + field and collective references ("[Ss]ở|[Bb]ộ", "Giám đốc|Thủ trưởng|Chủ tịch|Lãnh đạo",
# "[Cc]ác"). The names and heads of the gazetteer add their own first characters.
_WRITTEN_OPENINGS = "BCGLSTUbcsỦđ"


def _opening_lookahead(*alternatives: Iterable[str]) -> str:
    """``(?=[…])`` over the characters a mention can start with: those of the
    written-out alternatives and the first character of each name or head (that of
    its first token, where spaced_regex starts). The engine tries the mention pattern,
    hundreds of names long, at every position of a text; the lookahead turns almost
    all of them down on their first character."""
    chars = set(_WRITTEN_OPENINGS) | {words.lstrip()[0] for group in alternatives for words in group}
    return "(?=[" + "".join(re.escape(c) for c in sorted(chars)) + "])"


@lru_cache(maxsize=1)
def _group_member_pattern() -> re.Pattern:
    """Any one of ``_group_members()``, longest first, in any case."""
    return re.compile(rf"(?i:{'|'.join(spaced_regex(m) for m in sorted(_group_members(), key=len, reverse=True))})")


@lru_cache(maxsize=1)
def _group_members() -> frozenset[str]:
    """The names of the state groups and corporations the gazetteer knows, without their head ("Bưu chính Viễn
    thông Việt Nam" of "Tập đoàn Bưu chính Viễn thông Việt Nam"), as a list after "các Tập đoàn:" writes them."""
    heads = ("Tập đoàn ", "Tổng công ty ")
    return frozenset(
        spelling[len(head):]
        for body, spellings in bodies() if body.kind == "state_enterprise"
        for spelling in spellings for head in heads if spelling.startswith(head)
    )


# Classes of bodies a text names by their kind, in lower case after "các" (docs/annotation.md: named classes are not
# generic), with the name they are known by:
# - "các cấp ủy Đảng": every Party committee ("các cấp ủy, chính quyền …" without "Đảng" stays a collective phrase),
#   and "các cấp ủy, tổ chức đảng": the committees and the Party's organisations with them (a Party text's addressees);
#   "các tỉnh ủy, thành ủy", "các đảng ủy trực thuộc Trung ương", "các ban đảng Trung ương": the Party's bodies of one
#   kind, as a central Party text assigns them ("các cơ quan Đảng, Nhà nước" stays a collective: the golds split on it);
# - "Các tỉnh, thành phố trực thuộc TW chủ trì": the provinces named by their status under the centre, standing for
#   their people's committees as "UBND các tỉnh, thành phố trực thuộc Trung ương" does; "các thành phố …" the five cities;
# - "phối hợp với các cơ quan đại diện Việt Nam ở nước ngoài": the embassies and consulates;
# - "Các Quân khu, Ủy ban nhân dân các tỉnh": the military regions;
# - "Ngân hàng thương mại Nhà nước": the state-owned commercial banks ("các ngân hàng thương mại" stays a collective).
_UNDER_THE_CENTRE = r"\s+trực\s+thuộc\s+(?:[Tt]rung\s+ương|TW)(?!\w)"
_NAMED_CLASSES = (
    (r"[Cc]ác\s+cấp\s+(?:ủy|uỷ)\s+[Đđ]ảng(?!\w)", "Các cấp ủy Đảng"),
    (r"[Cc]ác\s+cấp\s+(?:ủy|uỷ)\s*,\s*tổ\s+chức\s+[Đđ]ảng(?!\w)", "Các cấp ủy, tổ chức đảng"),
    (r"[Cc]ác\s+tỉnh\s+(?:ủy|uỷ)(?:\s*,\s*thành\s+(?:ủy|uỷ))?(?:" + _UNDER_THE_CENTRE + r")?(?!\w)", "Các tỉnh ủy, thành ủy"),
    # ("…, thành uỷ, đảng uỷ trực thuộc Trung ương": the list's "các" covers the next kind too)
    (r"(?:[Cc]ác\s+)?[Đđ]ảng\s+(?:ủy|uỷ)" + _UNDER_THE_CENTRE, "Các đảng ủy trực thuộc Trung ương"),
    (r"[Cc]ác\s+[Bb]an\s+[Đđ]ảng\s+(?:ở\s+)?[Tt]rung\s+ương(?!\w)", "Các ban đảng Trung ương"),
    (r"[Cc]ác\s+thành\s+phố" + _UNDER_THE_CENTRE, "Ủy ban nhân dân các thành phố trực thuộc Trung ương"),
    (r"[Cc]ác\s+tỉnh(?:\s*,\s*thành\s+phố)?" + _UNDER_THE_CENTRE, "Ủy ban nhân dân cấp tỉnh"),
    (r"[Cc]ác\s+cơ\s+quan\s+đại\s+diện\s+(?:của\s+)?Việt\s+Nam\s+(?:ở|tại)\s+nước\s+ngoài(?!\w)",
     "Cơ quan đại diện Việt Nam ở nước ngoài"),
    (r"[Cc]ác\s+[Qq]uân\s+khu(?!\w)", "Bộ Tư lệnh các quân khu"),  # the military regions' commands
    (r"(?:[Cc]ác\s+)?[Nn]gân\s+hàng\s+thương\s+mại\s+[Nn]hà\s+nước(?!\w)", "Ngân hàng thương mại nhà nước"),
)
_NAMED_CLASS = "|".join(f"(?:{pattern})" for pattern, _ in _NAMED_CLASSES)

# The Government's officials as the law addresses them ("Bộ trưởng, Thủ trưởng cơ quan ngang Bộ, cơ quan thuộc
# Chính phủ, cơ quan khác ở Trung ương, Chủ tịch UBND các tỉnh …"): every minister and head of a central body, a
# collective reference as the gold reads it, one mention so that the list goes on to the chairmen, whom the commune
# pattern reads as the provinces' committees.
_GOVERNMENT_OFFICIALS = (
    r"(?:[Cc]ác\s+)?Bộ\s+trưởng(?:\s+các\s+[Bb]ộ)?\s*,\s*Thủ\s+trưởng\s+(?:các\s+)?cơ\s+quan\s+ngang\s+[Bb]ộ"
    r"(?:\s*,\s*(?:Thủ\s+trưởng\s+)?(?:các\s+)?cơ\s+quan\s+(?:trực\s+)?thuộc\s+Chính\s+phủ)?"
    r"(?:\s*,\s*(?:Thủ\s+trưởng\s+)?(?:các\s+)?cơ\s+quan\s+khác\s+ở\s+[Tt]rung\s+ương)?(?!\w)"
)
_NAMED_CLASS_AFTER_COMMA = re.compile(rf"\s*,\s*(?={_NAMED_CLASS})")


def _named_class(written: str) -> str:
    return next(known_as for pattern, known_as in _NAMED_CLASSES if re.fullmatch(pattern, written))


# The head of a ministry's department list, with or without its colon: "các Vụ: …", "Các Vụ …".
_UNITS_HEAD = r"[Cc]ác[\s*]+(?:Vụ|Cục)[ \t]*:?"


@lru_cache(maxsize=1)
def mention_patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """(mention, field, qualifier): the pattern of every kind of mention, a
    department field, and the province a field's department may name after it."""
    names = gazetteer()["names"]
    spellings = {v for name in names for v in tone_variants(name)}
    spellings |= {re.sub(r"\b(tỉnh|thành phố)$", lambda m: m.group(1).capitalize(), v) for v in spellings}
    name_alt = "|".join(spaced_regex(v) for v in sorted(spellings, key=len, reverse=True))
    commune = (
        # "UBND các Quận, Huyện, Thị xã", "Ủy ban nhân dân quận - huyện": the levels in any case, dashes between them.
        r"(?:Ủy\s+ban\s+nhân\s+dân|Uỷ\s+ban\s+nhân\s+dân|UBND)\s+(?:(?:các\s+|cấp\s+)?(?i:xã|phường|huyện|quận|thị\s+xã)"
        # "… các xã, phường, đặc khu Cồn Cỏ": a province's one special zone named after the class of communes.
        r"(?:\s*(?:,|/|và|[-–])\s*(?:các\s+)?(?:(?i:xã|phường|thị\s+trấn)|đặc\s+khu(?:\s+[" + UPPER + r"][" + LOWER + r"]*){1,3}|đặc\s+khu|(?i:thị\s+xã|thành\s+phố|quận|huyện)"
        # "UBND các huyện, thành, thị": "thành" and "thị" short for thành phố and thị xã.
        r"|thành(?!\s+phố)(?=\s*(?:,|và))|thị(?!\s+(?:xã|trấn))(?=\s*(?:,|và)|\s+[" + LOWER + r"]))(?!\s+[" + UPPER + r"]))*"
        # "Ủy ban nhân dân các xã: Gia Thuận, Tân Điền, Gò Công Đông": the communes it names, as written.
        rf"(?:\s*:\s*{_PLACE}(?:\s*(?:,|và)\s*{_PLACE})+)?"
        # "UBND các tỉnh, thành phố trực thuộc Trung ương": every provincial committee.
        # "UBND tỉnh, thành phố" in a national text is every provincial committee too (not "UBND tỉnh").
        r"|(?:các\s+tỉnh(?:\s*,\s*thành\s+phố)?|tỉnh\s*,\s*thành\s+phố(?![ \t]+[" + UPPER + r"]))"
        # "UBND các tỉnh biên giới", "… các tỉnh, thành phố ven biển": the provinces of a region or a border.
        rf"(?:\s+trực\s+thuộc\s+[Tt]rung\s+ương|\s+(?:{_PROVINCE_GROUPS}))?)"
    )
    head_words = gazetteer()["heads"]
    heads = "|".join(re.escape(h).replace(r"\ ", r"\s+") for h in sorted(head_words, key=len, reverse=True))
    collective = (
        r"(?:[Ss]ở|[Bb]ộ)\s*,?\s*(?=(?:ban|ngành)\b)"  # "Sở, ban, ngành liên quan" without "các", "Bộ ngành Trung ương"
        r"|[Cc]hính\s+quyền(?=\s+(?:địa\s+phương|các\s+cấp|cơ\s+sở)\b)"  # "chính quyền địa phương các cấp"
        # "Tổng giám đốc các Tập đoàn, Tổng Công ty, đơn vị liên quan", "…, Tập đoàn, Tổng công ty nhà nước, Ngân hàng
        # …": the state groups and corporations.
        r"|[Cc]ác\s+[Tt]ập\s+đoàn(?:\s+kinh\s+tế)?(?:\s*(?:,|và)\s*[Tt]ổng\s+[Cc]ông\s+ty(?:\s+[Nn]hà\s+nước)?)?(?!\w)"
        r"|[Tt]ập\s+đoàn(?:\s+kinh\s+tế)?\s*(?:,|và)\s*[Tt]ổng\s+[Cc]ông\s+ty(?:\s+[Nn]hà\s+nước)?(?!\w)"
        # "đảng uỷ các bộ, cơ quan ngang bộ": the Party committees of a class of bodies; "Thanh tra các sở, ngành, địa
        # phương": their inspectorates.
        r"|(?:(?:Giám\s+đốc|Thủ\s+trưởng|Chủ\s+tịch|Lãnh\s+đạo|[Đđ]ảng\s+[uủ][ỷy]|Thanh\s+tra)\s+)?[Cc]ác\s+(?:[Ss]ở|[Bb]ộ|ban|[Cc]ơ\s+quan|đơn\s+vị|"
        r"ngành|địa\s+phương|tổ\s+chức|[Dd]oanh\s+nghiệp|[Nn]gân\s+hàng|hội|đoàn\s+thể|chủ\s+đầu\s+tư|"
        # A district's divisions ("các phòng, ngành, đơn vị", "các phòng chuyên môn"), not its clinics or classrooms.
        r"phòng(?=\s*,|\s+(?:ban|ngành|chuyên\s+môn)\b)|"
        r"[Ủủ]y\s+ban\s+nhân\s+dân|UBND|(?:tỉnh|thành|đảng)\s+(?:ủy|uỷ)|huyện|xã|phường)(?!\w)"  # "các tỉnh ủy, thành ủy"
    )
    provinces = province_alternation()
    fields = rf"(?i:{field_regex()})"
    # "Các Bộ: Tài chính, Y tế", "Các bộ, cơ quan: Kế hoạch và Đầu tư, Công Thương, …"
    departments = (
        rf"(?:(?:Giám\s+đốc|Thủ\s+trưởng|Bộ\s+trưởng)\s+)?(?:[Cc]ác\s+)?(?:Sở|Bộ|sở|bộ)(?:\s*,\s*cơ\s+quan)?\s*:\s*"
        rf"{fields}(?:\s*(?:,|;|và)\s*{fields})+"
    )
    # "phối hợp với các Vụ: Kế hoạch, Công nghiệp nhẹ, Năng lượng, …" names a ministry's departments by what follows
    # their head, each item closed by the list's separator (the last one may run into the verb and is left out).
    unit_item = rf"[{UPPER}][{LOWER}]*(?:[ \t]+[{UPPER}{LOWER}][{LOWER}]*){{0,6}}(?=[ \t]*(?:[,;:.]|và\b))"
    # (also without the colon: "Các Vụ Giáo dục Phổ thông, Giáo dục Thường xuyên, Giáo dục Đại học, …")
    units = rf"{_UNITS_HEAD}[ \t]*{unit_item}(?:[ \t]*(?:,|;|và)[ \t]*{unit_item})+"
    # "các Tập đoàn: Bưu chính Viễn thông Việt Nam, Công nghiệp - Viễn thông Quân đội" names one group per item.
    members = _group_member_pattern().pattern
    groups = rf"[Cc]ác[\s*]+(?:Tập[\s*]+đoàn|Tổng[\s*]+công[\s*]+ty)\s*:\s*{members}(?:\s*(?:,|;|và)\s*{members})+"
    # "Ủy ban nhân dân các tỉnh, thành phố: Tuyên Quang, Đồng Nai, Hồ Chí Minh", "Các tỉnh Nghệ An, Quảng Ngãi, Cao
    # Bằng" name one committee per province.
    committees = (
        rf"(?:(?:Ủy\s+ban\s+nhân\s+dân|Uỷ\s+ban\s+nhân\s+dân|UBND)\s+)?(?:[Cc]ác\s+(?:tỉnh|thành\s+phố)(?:\s*,\s*thành\s+phố)?\s*:?"
        rf"|(?:tỉnh|thành\s+phố)(?:\s*,\s*thành\s+phố)?\s*:)\s*(?:{provinces})"
        rf"(?:\s*(?:,|;|và)\s*(?:{provinces}))+"
    )
    mention = (
        rf"(?<![\w])(?:(?P<departments>{departments})|(?P<units>{units})|(?P<groups>{groups})|(?P<committees>{committees})|(?P<commune>{commune})|(?P<board>{_PROJECT_BOARD})"
        rf"|(?P<name>{name_alt})|(?P<field>(?:Sở|Bộ)\s+{fields})"
        rf"|(?P<officials>{_GOVERNMENT_OFFICIALS})"
        rf"|(?P<named_class>{_NAMED_CLASS})|(?P<collective>{collective})|(?P<head>{heads})(?!\w))"
    )
    qualifier = rf"(?:\s+(?:tỉnh|thành\s+phố|Tỉnh|Thành\s+phố|TP\.?)(?:\s+(?:{provinces}))?|\s+(?:{provinces}))"
    return (
        re.compile(_opening_lookahead(spellings, head_words) + mention),
        re.compile(rf"(?<!\w){fields}"),
        re.compile(qualifier),
    )


def mention_pattern() -> re.Pattern:
    """The pattern of every kind of mention (``mention_patterns()[0]``)."""
    return mention_patterns()[0]


# --------------------------------------------------------------------------- a name's tail


@dataclass
class _Tail:
    """Where ``scan_tail`` stands in the words after a head."""

    text: str
    pos: int
    generic: bool
    company: bool
    long_tail: bool
    end: int
    lowercase_run: int = 0
    count: int = 0
    after_level: bool = False
    place_only: bool = False  # a commune's committee: only its place's name follows ("UBND xã Đức Trọng trả lời")


@lru_cache(maxsize=1)
def _surnames() -> frozenset[str]:
    with resources.files("extractors").joinpath("data/surnames.yaml").open(encoding="utf-8") as handle:
        return frozenset(yaml.safe_load(handle)["surnames"])


# A person's name: the family name, then one to three capitalised syllables.
_PERSON_NAME = re.compile(r"[^\W\d_]+(?:[ \t]+[" + UPPER + r"][^\W\d_]*){1,3}")


def _person_named_at(text: str, pos: int) -> bool:
    """Whether a person's name starts at ``pos``: a family name and capitalised syllables that are no place
    ("Hồ Chí Minh", "Phan Thiết" and "Lê Chân" open on a family name too)."""
    person = _PERSON_NAME.match(text, pos)
    if person is None:
        return False
    words = person.group().split()
    return not any(province_name(" ".join(words[:n])) or district_province(" ".join(words[:n])) for n in range(2, len(words) + 1))


def scan_tail(
    text: str, pos: int, generic: bool, limit: int = 12, company: bool = False, long_tail: bool = False,
    place_only: bool = False,
) -> int:
    """End of a name whose head ends at ``pos``: title-case words, level words,
    numbers after "khu vực", dashes between words; stops at verbs, punctuation,
    a blank line, and "và" + another body."""
    tail = _Tail(text, pos, generic, company, long_tail, end=pos, place_only=place_only)
    while tail.count < limit:
        match = _TOKEN.match(text, tail.end)
        if not match:
            break
        space, token = match.group(1), match.group(2)
        if space.count("\n") >= 2 or ("\n" in space and _LIST_MARKER_LINE.match(text, match.start(2))):
            break
        lower = token.lower()
        if not (generic or company) and token in _surnames() and tail.end > tail.pos and _person_named_at(text, match.start(2)):
            break  # "Cục trưởng Cục Hải quan TPHCM Đinh Ngọc Thắng vừa ký …": the official's own name
        if token in "-–—":
            step = _dash
        elif token == "," and generic:
            step = _collective_comma
        elif token == "," and tail.after_level:
            step = _district_levels
        elif token == "&":
            step = _and  # "Phòng Nông nghiệp & PTNT": "&" written for "và"
        elif not (token[0].isalnum()):
            break
        elif token[0].isdigit() or _ROMAN.match(token):  # "14.500" too: a figure after a name is no part of it
            step = _number
        elif lower == "và":
            step = _and
        elif lower == "về" and not (generic or company):
            step = _committee_subject
        elif lower == "có" and generic:
            step = _co_lien_quan
        elif generic:
            step = _collective_word
        else:
            step = _name_word
        if not step(tail, match):
            break
    return tail.end


_DASHED_LEVELS = frozenset({"huyện", "quận", "xã", "phường", "thị", "thành"})
_LEVEL_BEFORE = re.compile(r"\b(?:quận|huyện|xã|phường|thị\s+xã|thị\s+trấn|thành\s+phố)\s*$")


_OWNER_AFTER_DASH = frozenset({"Bộ", "Đại"})


def _dash(tail: _Tail, match: re.Match) -> bool:
    after = _TOKEN.match(tail.text, match.end())
    joined = after and (after.group(2)[:1].isupper() or (tail.generic and after.group(2) in COLLECTIVE_WORDS))
    # "Phòng Tư pháp quận - huyện": the levels a body is at, written with a dash.
    levels = after and after.group(2) in _DASHED_LEVELS and _LEVEL_BEFORE.search(tail.text, tail.pos, match.start())
    # "- Vụ Đất đai - Cục Quy hoạch … - Các đơn vị khác": a cell's bullets run into one line, each a body of its own
    # (but "Cục TMĐT và Công nghệ thông tin - Bộ Công Thương", "Trường Đại học … - Đại học Quốc gia Hà Nội" name the
    # body a unit belongs to).
    listed = (
        joined and after.group(2) not in _OWNER_AFTER_DASH and mention_pattern().match(tail.text, after.start(2)) is not None
    )
    if ((joined and not listed) or levels) and "\n\n" not in after.group(1):
        tail.end = match.end()  # "Dân số - Xã hội", "chính trị - xã hội"
        return True
    return False


# A committee or steering board named after its subject: "Ủy ban Công tác về các tổ chức phi chính phủ nước ngoài",
# "Ban Chỉ đạo quốc gia về phòng, chống …" (the subject up to a comma, a verb or a role word).
_COMMITTEE_HEAD = re.compile(r"(?:[ỦUủu][ỷy]\s+ban|Ban\s+Chỉ\s+đạo|Hội\s+đồng|Tổ\s+công\s+tác)$")
_SUBJECT_ENDS = r"(?:chủ|phối|thực|tham|có|chịu|được|là|đã|sẽ|để|tại|theo|với|cho|trong|khi|nếu|và|cần|phải|tiếp|triển|xây)"
_SUBJECT_WORD = rf"(?!{_SUBJECT_ENDS}\b)(?:[{LOWER}]+|[{UPPER}]{{2,}})(?!\w)"
# The subject's words are lower case or acronyms ("các tổ chức PCPNN"), over the soft line ends of a table cell.
# ("Ban Chỉ đạo về dữ liệu tỉnh Lâm Đồng": the province the committee is of closes its name.)
_COMMITTEE_SUBJECT = re.compile(
    rf"\s+về\s+(?!việc\b)({_SUBJECT_WORD}(?:(?:[ \t]+|[ \t]*\n[ \t]*){_SUBJECT_WORD}){{1,8}})"
    rf"(?:[ \t]+(?:tỉnh|thành\s+phố)(?:[ \t]+[{UPPER}][{LOWER}]*){{1,3}})?"
    rf"(?=\s*[,;.:()]|\s+{_SUBJECT_ENDS}\b|\s*\n|\s*$)"
)
_NOT_A_SUBJECT = re.compile(r"\b(?:này|đó|trên|sau|nêu)\b")


def _committee_subject(tail: _Tail, match: re.Match) -> bool:
    text = tail.text
    if not _COMMITTEE_HEAD.search(text, max(0, tail.pos - 16), tail.pos):
        return False
    subject = _COMMITTEE_SUBJECT.match(text, match.start(1))
    if not subject or _NOT_A_SUBJECT.search(subject.group(1)):
        return False
    tail.end = subject.end()
    tail.count += 1
    return True


# A district office named for every district ("Phòng Tài chính - Kế hoạch các huyện, thành phố, thị xã"): the other
# district levels listed after the first are part of its name.
_DISTRICT_LEVEL = r"(?:thành\s+phố|thị\s+xã|huyện|quận)"
_THE_DISTRICTS_BEFORE = re.compile(rf"các\s+{_DISTRICT_LEVEL}$")
_DISTRICT_LEVELS_AFTER = re.compile(rf"(?:\s*(?:,|và)\s*(?:các\s+)?{_DISTRICT_LEVEL}(?![^\W_])(?![ \t]+[{UPPER}]))+")


def _district_levels(tail: _Tail, match: re.Match) -> bool:
    levels = _DISTRICT_LEVELS_AFTER.match(tail.text, match.start(1))
    if not levels or not _THE_DISTRICTS_BEFORE.search(tail.text, max(tail.pos, tail.end - 20), tail.end):
        return False
    tail.end = levels.end()
    tail.count += 1
    return True


def _collective_comma(tail: _Tail, match: re.Match) -> bool:
    text = tail.text
    after = _TOKEN.match(text, match.end())
    paired = after and re.match(rf"\s+{COLLECTIVE_PAIRS.get(after.group(2).lower(), '$^')}\b", text[after.end() :])
    listed = after and after.group(2).lower() in COLLECTIVE_WORDS and _LISTED_ON.match(text, after.end())
    if after and (after.group(2) in COLLECTIVE_WORDS or paired or listed) and "\n\n" not in after.group(1):
        tail.end = match.end()
        return True
    return False


# A commune named by a number since the 2025 mergers: "Phường 3 Bảo Lộc", "xã Bảo Lâm 1".
_COMMUNE_LEVEL_BEFORE = re.compile(r"(?i)(?:xã|phường|thị\s+trấn)\s*$")
# The other commune levels listed after one ("xã, phường", "phường, xã, đặc khu", "xã và thị trấn").
_COMMUNE_LEVELS_AFTER = re.compile(r"(?:\s*(?:,|/|và)\s*(?:các\s+)?(?:xã|phường|thị\s+trấn|đặc\s+khu)(?![^\W_]))+")
_BLANKS = re.compile(r"[ \t]*")


def _number(tail: _Tail, match: re.Match) -> bool:
    after_area = tail.text[max(tail.pos, tail.end - 8) : tail.end].rstrip().lower().endswith(("vực", "số"))
    number = match.group(2)
    numbered_commune = (
        not after_area and number.isdigit() and len(number) <= 2
        and bool(
            _COMMUNE_LEVEL_BEFORE.search(tail.text, max(0, tail.end - 12), tail.end)
            or (tail.count and len(number) == 1 and _COMMUNE_LEVEL_BEFORE.search(tail.text, max(0, tail.pos - 12), tail.pos))
        )
        # (not a count: "UBND xã Đức Trọng 2 lần")
        and not unit_pattern().match(tail.text, _BLANKS.match(tail.text, match.end()).end())
    )
    # "Công ty TNHH Lâm nghiệp 888 Yên Bái", "Tổng công ty 36": a company's number is part of its name (not a count).
    numbered_company = (
        tail.company and number.isdigit()
        and not unit_pattern().match(tail.text, _BLANKS.match(tail.text, match.end()).end())
        and not _COUNT_AFTER.match(tail.text, match.end())
    )
    if after_area or numbered_commune or numbered_company:
        tail.end = match.end()
        tail.count += 1
        # Only a place name may follow "Phường 3", "Bảo Lâm 1", "khu vực VI" ("Trung tâm Tần số vô tuyến điện khu vực
        # VI tiến hành …": the verb is the clause's).
        tail.place_only = tail.place_only or numbered_commune or after_area
        return True
    return False


_COUNT_AFTER = re.compile(r"[ \t]*(?:[.,]\d|%|/)")


# A board of an economic zone and the province's industrial parks is one body, its "và các" inside its name.
_ZONES_BOARD_SO_FAR = re.compile(r"Quản\s+lý\s+(?:các\s+)?[Kk]hu\s+kinh\s+tế\b[^,;.\n]*$")
_AND_THE_ZONES = re.compile(r"\s+các\s+(?:[Kk]hu\s+công\s+nghiệp|KCN)\b")


def _and(tail: _Tail, match: re.Match) -> bool:
    after = _TOKEN.match(tail.text, match.end())
    zones = _AND_THE_ZONES.match(tail.text, match.end())
    if zones and _ZONES_BOARD_SO_FAR.search(tail.text, max(0, tail.pos - 40), tail.end):
        tail.end = zones.end()  # "Ban Quản lý Khu kinh tế Dung Quất và các Khu công nghiệp Quảng Ngãi": one board
        return True
    if (
        not tail.generic
        and after
        and after.group(2)[:1].isupper()
        and not mention_pattern().match(tail.text, after.start(2))
        # "Công an thành phố và Chủ tịch Uỷ ban nhân dân các quận - huyện": an official after "và" heads another body.
        and not _OFFICIAL_AFTER_AND.match(tail.text, after.start(2))
    ):
        tail.end = match.end()
        tail.lowercase_run = 0
        return True
    if (
        tail.long_tail
        and tail.lowercase_run
        and after
        and after.group(2).islower()
        and after.group(2) not in STOP_WORDS | LEVEL_WORDS
        and "\n\n" not in after.group(1)
    ):
        tail.end = match.end()  # "Trung tâm Truyền thông tài nguyên và môi trường"
        return True
    if tail.generic and after and after.group(2) == "các" and not mention_pattern().match(tail.text, after.start(2)):
        tail.end = match.end()  # "các sở, ngành và các địa phương"; not "… và các Tập đoàn: A, B" (bodies named)
        return True
    return False


_OFFICIAL_AFTER_AND = re.compile(rf"(?:Phó\s+)?(?:{official_titles_regex()})\s+(?:các\s+)?[{UPPER}]")


def _co_lien_quan(tail: _Tail, match: re.Match) -> bool:
    after = _TOKEN.match(tail.text, match.end())
    if after and after.group(2) == "liên":
        tail.end = match.end()
        return True
    return False


_LOCATED = re.compile(r"\s+(?:trên|tại)\s+địa\s+bàn(?:\s+(?:tỉnh|thành\s+phố))?(?!\w)")
_LISTED_ON = re.compile(r"\s*(?:,|và\b)")
_OF_LEVEL = re.compile(r"\s+(?:[Tt]hành\s+phố|[Tt]ỉnh|[Tt]rung\s+ương)\b(?!\s+[A-ZĐ])")


_PARTY_BODIES_BEFORE = re.compile(r"(?:cơ\s+quan|tổ\s+chức)\s+$", re.I)
_PARTY_WORD = re.compile(r"\s*(?:ủy|uỷ|viên|đoàn|bộ)(?!\w)")  # "Đảng ủy", "đảng viên": not the Party's bodies


# The level before "ủy" in a collective: a Party committee of that level ("các tỉnh ủy"), not the verb "ủy quyền".
_COMMITTEE_LEVEL_BEFORE = re.compile(r"(?:tỉnh|thành|huyện|thị|quận|xã|phường|đảng)\s*$", re.I)


def _collective_word(tail: _Tail, match: re.Match) -> bool:
    """A word of a collective reference ("các cơ quan, đơn vị có liên quan")."""
    text, token = tail.text, match.group(2)
    lower = token.lower()
    pair = COLLECTIVE_PAIRS.get(lower)
    located = _LOCATED.match(text, match.end()) if lower == "đóng" else None
    if lower in ("của", "thuộc"):
        # "Các Sở, ban, ngành của Thành phố", "các sở, ngành thuộc tỉnh": the level they belong to.
        located = _OF_LEVEL.match(text, match.end())
    if located:
        tail.end = located.end()  # "các cơ quan báo chí đóng trên địa bàn": where they sit is part of the reference
        tail.count += 1
        return True
    party_bodies = _PARTY_BODIES_BEFORE.search(text, max(0, match.start(2) - 12), match.start(2))
    if lower == "đảng" and party_bodies and not _PARTY_WORD.match(text, match.end()):
        tail.end = match.end()  # "các cơ quan Đảng, Quốc hội, …", "các tổ chức đảng": the Party's, one reference
        tail.count += 1
        return True
    if pair and re.match(rf"\s+{pair}\b", text[match.end() :]):
        tail.end = match.end() + len(re.match(rf"\s+{pair}", text[match.end() :]).group(0))
        tail.count += 1
        return True  # "các cơ quan thông tấn, báo chí"
    # Level words may be capitalised ("các đoàn thể Trung ương", "các sở, ngành Tỉnh").
    if lower not in COLLECTIVE_WORDS or (
        token[:1].isupper() and lower not in ("thành", "phố", "tỉnh", "trung", "ương") and not _LISTED_ON.match(text, match.end())
    ):
        return False  # a capital opens a body's name ("các sở, Ban Quản lý …"), unless the list goes on ("các Sở, Ban, ngành")
    if lower == "tổ" and not re.search(r"(?:,|và|các)\s*$", text[tail.pos : match.start(2)]):
        return False  # "các bộ, ngành tổ chức …": the verb, not "các cơ quan, tổ chức"
    if lower == "chủ" and not re.match(r"\s+đầu\b", text[match.end() :]):
        return False  # "chủ đầu tư", not "… thành viên chủ động"
    if lower == "ban" and re.match(r"\s+hành\b", text[match.end() :]):
        return False  # "… cơ quan liên quan ban hành hướng dẫn": the verb
    if lower == "thuộc" and re.match(r"\s+diện\b", text[match.end() :]):
        return False  # "các tỉnh uỷ, thành uỷ thuộc diện hợp nhất": which of them, not whom they belong to
    if lower in ("ủy", "uỷ") and not _COMMITTEE_LEVEL_BEFORE.search(text, max(0, match.start(2) - 12), match.start(2)):
        return False  # "các sở ủy quyền …"
    if lower == "lãnh" and re.match(r"\s+đạo\s*,?\s+chỉ\s+đạo\b", text[match.end() :]):
        return False  # "… các đoàn thể Trung ương lãnh đạo, chỉ đạo …": the verb
    tail.end = match.end()
    tail.count += 1
    return True


_NATIONAL_LEVEL = re.compile(r"\s+gia(?!\w)")


_DIRECTING = re.compile(r"Chỉ\s+đạo\b")
# (a level written in title case is still the place: "… Việt Nam các cấp ⏎ Thành phố phối hợp …")
_SENTENCE_OPENING = re.compile(r"(?!(?:Thành\s+phố|Thị\s+xã|Thị\s+trấn|Tỉnh|Huyện|Quận|Xã|Phường)(?!\w))" + SENTENCE_OPENING)


def _name_word(tail: _Tail, match: re.Match) -> bool:
    """A word of a body's name: title case, a level word, or a few lower-case words."""
    token = match.group(2)
    lower = token.lower()
    developing = lower == "triển" and re.search(r"\bphát\s*$", tail.text[max(0, match.start(2) - 8) : match.start(2)], re.I) is not None
    # "giao thông" is a field ("Ủy ban An toàn giao thông quốc gia"), not the verb "giao".
    transport = lower == "giao" and re.match(r"\s+thông(?!\w)", tail.text[match.end() :]) is not None
    if token.islower() and lower in (COMPANY_STOP_WORDS if tail.company else STOP_WORDS) and not (developing or transport):
        return False  # (but "phát triển" is a noun of names: "Viện Nghiên cứu phát triển Thành phố")
    if _ROLE_WORD.match(tail.text, match.start(2)):
        return False  # "Công ty Điện lực Đắk Nông Chủ trì": a PDF cell's role, capitalised, after the name
    if lower == "thông" and _VERB_THONG.match(tail.text, match.end()):
        return False
    if (tail.after_level or tail.place_only) and token.islower() and lower not in LEVEL_WORDS:
        return False  # "UBND tỉnh công nhận …": after "tỉnh" only a place name may follow
    if tail.after_level and _DIRECTING.match(tail.text, match.start(2)):
        return False  # "Giao Công an Thành phố ⏎ Chỉ đạo Công an các phường …": a verb, no place, opens the next line
    if (tail.after_level or tail.place_only) and "\n" in match.group(1) and _SENTENCE_OPENING.match(tail.text, match.start(2)):
        # "11. Cục Thuế tỉnh ⏎ Kiểm tra các tổ chức …": a place's words are all capitalised ("tỉnh ⏎ Hà Tĩnh"),
        # a duty's opening word is not followed by another capitalised one.
        return False
    if tail.after_level and mention_pattern().match(tail.text, match.start(2)):
        return False  # "Ủy ban nhân dân cấp tỉnh Sở Y tế, …": the next cell of a PDF table row names another body
    # ("Phòng Bảo trợ xã hội", "Trung tâm Công tác xã hội": "xã hội" is society, no level.)
    society = lower == "xã" and re.match(r"\s+hội(?!\w)", tail.text[match.end() :]) is not None
    tail.after_level = token.islower() and lower in ("tỉnh", "phố", "xã", "phường", "huyện", "quận", "cấp") and not society
    national = lower == "quốc" and _NATIONAL_LEVEL.match(tail.text, match.end())
    if national and tail.count:
        # "Ban Chỉ đạo Phòng thủ dân sự quốc gia": the national level closes the name, as "tỉnh" does.
        tail.end = national.end()
        tail.count += 1
        tail.lowercase_run = 0
        return True
    if token[:1].isupper():
        tail.lowercase_run = 0
    elif lower in LEVEL_WORDS:
        tail.lowercase_run = 0
    else:
        tail.lowercase_run += 1
        if tail.lowercase_run > (7 if tail.long_tail or tail.company else 3) or tail.count == 0:
            return False
    tail.end = match.end()
    tail.count += 1
    return True


# In a list of bodies (a label's line, a table's cell), the words after a central department's head up to the next
# body are its remit, part of its name ("Đơn vị phối hợp: Vụ Các vấn đề chung về xây dựng pháp luật, Vụ Phổ biến, giáo
# dục pháp luật, Cục Trợ giúp pháp lý."; "Cục Đăng ký và Dữ liệu thông tin đất đai"): the name scanner stops at their
# verb-like words. A remit never opens on a duty ("Cục Thuế tỉnh hướng dẫn …"), nor holds the words of a purpose or
# a body's head, which opens the next body even when the rest of its name is in lower case ("…, Cục trợ giúp pháp lý").
_HEAD_WORDS = r"(?:Cục|Vụ|Viện|Sở|Bộ|Ban|Văn\s+phòng|Ủy\s+ban|Uỷ\s+ban|UBND|Chi\s+cục|Tổng\s+cục|Trung\s+tâm|Trường)"
_REMIT = re.compile(
    r"(?![ \t]+(?:chủ\s+trì|phối\s+hợp|thực\s+hiện|tham\s+mưu|triển\s+khai|tổ\s+chức|hướng\s+dẫn|báo\s+cáo|chịu|có|được"
    r"|là|đã|sẽ|phải|cần|tiếp)(?!\w))"
    rf"(?:(?:[ \t]*[,\-–][ \t]*|[ \t]+)(?!(?i:các|những|cho|với|để|nhằm|tại|trên|đối|theo\s+quy)(?!\w))"
    rf"(?!{_HEAD_WORDS}(?!\w))[^\W\d_]+(?!\w)){{1,16}}"
)
_BETWEEN_LISTED = re.compile(r"[\s,;*]*(?:và[\s*]+)?$")
_TRAILING_AND = re.compile(r"[ \t]+và$")  # "…, Vụ Phổ biến, giáo dục pháp luật và Cục …": the list's "và"
_LIST_END = re.compile(r"[\s,;.*]*$")
_NEXT_ITEM = re.compile(rf"[ \t]*[,;][ \t]*(?=[{UPPER}])")  # "…, Các vấn đề chung …": the list's next item


@lru_cache(maxsize=1)
def _place_at_end() -> re.Pattern:
    return re.compile(rf"(?:{province_alternation()})$")


def _central_department(mention: Mention) -> bool:
    """A central department's mention whose name may go on: a level or a place after its head closes it."""
    last = mention.name.rsplit(" ", 1)[-1]
    placed = last in LEVEL_WORDS or _place_at_end().search(mention.name) is not None
    return not placed and any(mention.name.startswith(head + " ") for head in LONG_TAIL_HEADS)


def whole_listed_names(text: str, listed: list[Mention], end: int) -> list[Mention]:
    """The mentions of a list of bodies ending at ``end``, central departments' names run on over their remit."""
    whole = []
    for index, mention in enumerate(listed):
        following = listed[index + 1].start if index + 1 < len(listed) else end
        remit = _REMIT.match(text, mention.end, following) if _central_department(mention) else None
        remit_end = remit.end() if remit else mention.end
        if remit and (trailing := _TRAILING_AND.search(text, mention.end, remit_end)):
            remit_end = trailing.start()
        closes = _BETWEEN_LISTED if index + 1 < len(listed) else _LIST_END
        ends_item = _NEXT_ITEM.match(text, remit_end, following)
        if remit_end > mention.end and (closes.match(text, remit_end, following) or ends_item):
            mention = Mention(mention.start, remit_end, " ".join(text[mention.start : remit_end].split()), mention.generic)
        whole.append(mention)
    return whole


# --------------------------------------------------------------------------- mentions of a text

_LEVELLESS_COUNCILS = frozenset({"Hội đồng nhân dân", "HĐND"})
# "Hội đồng nhân dân, Ủy ban nhân dân cấp tỉnh": the council shares the committee's level.
_SHARED_LEVEL = re.compile(r"[\s*]*(?:,|và)[\s*]*(?:Ủy\s+ban\s+nhân\s+dân|Uỷ\s+ban\s+nhân\s+dân|UBND)\b")

# The body whose own committees or boards a plural head names: "các Ủy ban của Quốc hội", "các Ban của Đảng", "các Ủy
# ban khác của Quốc hội" (beside one of them).
_OWNER = re.compile(r"(?P<other>[\s*]+khác)?[\s*]+của[\s*]+(?:Quốc[\s*]+hội|Chính[\s*]+phủ|Đảng|Trung[\s*]+ương[\s*]+Đảng)(?!\w)")

# "Sở này", "Ban này": the body of that kind named last.
_ANAPHORA = re.compile(r"[\s*]+này(?!\w)")


# "Hội đồng Thi đua – Khen thưởng ngành Y tế thành phố (gọi tắt là Hội đồng thi đua)".
_SHORT_FORM = re.compile(r"[\s*]*\((?:sau\s+đây\s+)?(?:gọi\s+tắt\s+là|viết\s+tắt\s+là)\s+([^()]{3,60}?)[\s*]*\)")


def iter_mentions(text: str) -> Iterator[Mention]:
    """Every name of a body in the text, responsible or not; a short form the
    text defines for a body ("(gọi tắt là Hội đồng thi đua)") names it again; a
    unit named in parentheses after its body ("Bộ Công an (Trung tâm Dữ liệu quốc
    gia)") is a note on that body, not a body of its own."""
    mentions = _with_every_province(text, _with_known_names(text, list(_scan_mentions(text))))
    mentions = _with_investor(text, _with_branches(text, _without_notes(text, mentions)))
    mentions = _with_named_classes(text, _with_labelled_places(text, _with_addressed(text, mentions)))
    mentions = _with_subject_places(text, _without_listing_heads(text, _with_owned_committees(text, mentions)))
    mentions = _with_committee_places(text, mentions)
    mentions = _with_shared_levels(text, _with_owners(text, _with_party_cells(text, _with_council_boards(text, mentions))))
    short_forms = {}
    for mention in mentions if "tắt là" in text else ():
        defined = _SHORT_FORM.match(text, mention.end)
        if defined and not mention.generic and defined.group(1)[:1].isupper():
            short_forms[" ".join(defined.group(1).split())] = (mention, defined.end())
    if not short_forms:
        yield from mentions
        return
    taken = Spans([(m.start, m.end) for m in mentions])
    for short, (defining, defined_at) in short_forms.items():
        for match in re.finditer(spaced_regex(short), text[defined_at:]):
            start, end = defined_at + match.start(), defined_at + match.end()
            if start not in taken and (start == 0 or not text[start - 1].isalnum()):
                mentions.append(replace(defining, start=start, end=end))
    yield from sorted(mentions, key=lambda m: m.start)


# "Sở Tư pháp các tỉnh, thành phố trực thuộc Trung ương", "Sở Công Thương các địa phương": one department of every
# province, a class of bodies with one name (not a department and the provinces beside it).
# (Not "Sở Nội vụ các tỉnh" alone, which a provincial text may write for another thing.)
_OF_EVERY_PROVINCE = re.compile(
    r"[ \t]+các[ \t]+(?:tỉnh[ \t]*,[ \t]*thành[ \t]+phố(?:[ \t]+trực[ \t]+thuộc[ \t]+[Tt]rung[ \t]+ương)?"
    r"|tỉnh(?:[ \t]+và[ \t]+thành[ \t]+phố)?[ \t]+trực[ \t]+thuộc[ \t]+[Tt]rung[ \t]+ương|địa[ \t]+phương)(?!\w)"
)


def _with_every_province(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions with a department of every province read whole (without the provinces' own mentions)."""

    def widen(mention: Mention) -> Optional[Mention]:
        every = None if mention.generic or not mention.name.startswith("Sở ") else _OF_EVERY_PROVINCE.match(text, mention.end)
        if every is None:
            return None
        # (its canonical name too: the provinces are no qualifier to strip)
        words = " ".join(every.group().split())
        return Mention(mention.start, every.end(), f"{mention.name} {words}", False, known_as=f"{mention.canonical} {words}")

    return _widened(sorted(mentions, key=lambda m: m.start), widen)


def _widened(mentions: list[Mention], widen: Callable[[Mention], Optional[Mention]]) -> list[Mention]:
    """The mentions with each one replaced by ``widen(mention)`` where that is one, and the mentions that start inside
    a widened one left out."""
    kept: list[Mention] = []
    covered_until = -1
    for mention in mentions:
        if mention.start < covered_until:
            continue
        wider = widen(mention)
        if wider is not None:
            mention, covered_until = wider, wider.end
        kept.append(mention)
    return kept


# A numbered steering committee written bare ("Ban Chỉ đạo 389"), then the body it belongs to.
_NUMBERED_COMMITTEE = re.compile(r"Ban\s+[Cc]hỉ\s+đạo\s+\d{2,4}")


def _joined_pairs(mentions: list[Mention], join: Callable[[Mention, Mention], Optional[Mention]]) -> list[Mention]:
    """The mentions with each one and the one after it replaced by ``join(mention, following)`` where that is one."""
    joined: list[Mention] = []
    skip = False
    for mention, following in zip(mentions, mentions[1:] + [None]):
        if skip:
            skip = False
            continue
        pair = join(mention, following) if following is not None else None
        joined.append(pair or mention)
        skip = pair is not None
    return joined


def _with_owned_committees(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions with a numbered steering committee and the body right after it read as that body's committee
    ("Ban Chỉ đạo 389 Bộ Tài chính", "Ban Chỉ đạo 389 các bộ, ngành, địa phương"), not as the national one."""

    def join(mention: Mention, following: Mention) -> Optional[Mention]:
        if not _NUMBERED_COMMITTEE.fullmatch(text, mention.start, mention.end) or not re.fullmatch(
            r"[ \t]+", text[mention.end : following.start]
        ):
            return None
        written = " ".join(text[mention.start : mention.end].split())
        return Mention(mention.start, following.end, f"{written} {following.name}", False)

    return _joined_pairs(mentions, join)


# A Party cell or committee, or the standing body of an institution, written before it: "Tổ đảng ở Thường trực
# Ủy ban Kinh tế", "Thường trực Hội đồng Dân tộc", "Văn phòng Thường trực Ban Chỉ đạo 389 quốc gia", "Chi bộ Sở Y
# tế", "Đảng uỷ Toà án nhân dân tối cao", "Ban cán sự đảng Bộ Y tế". The cell is a body of its own, named with its
# institution.
_CELL_BEFORE = re.compile(
    r"(?:(?:Tổ\s+đảng|Chi\s+bộ)\s+(?:ở\s+)?(?:Thường\s+trực\s+)?|(?:Văn\s+phòng\s+)?Thường\s+trực\s+"
    r"|(?:Đảng\s+(?:ủy|uỷ|đoàn)|Ban\s+cán\s+sự\s+[Đđ]ảng|[Ll]ực\s+lượng)\s+)$"
)
_CELL_WORDS = ("Thường", "Tổ đảng", "Chi bộ", "Đảng", "Ban cán sự", "Lực lượng", "lực lượng")
_DEPUTIES_BEFORE = re.compile(r"(?:(?<!\w)các\s+)?(?:(?<!\w)(?P<group>[Tt]ổ|[Đđ]oàn)\s+)?(?<!\w)[Đđ]ại\s+biểu\s+$")


# "các Ban Hội đồng nhân dân tỉnh", "các Ban của HĐND": the council's committees, named as a set (not "các Ban Hội"
# cut at the lower-case "đồng", nor the council itself).
_COUNCIL_BOARDS = re.compile(
    r"(?<!\w)[Cc]ác\s+Ban\s+(?:của\s+)?(?:Hội\s+đồng\s+nhân\s+dân|HĐND)(?:\s+(?:[Tt]ỉnh|[Tt]hành\s+phố|huyện|xã)(?!\w))?"
)


def _with_council_boards(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions with each set of a council's committees read as one collective (``_COUNCIL_BOARDS``)."""
    boards = [Mention(m.start(), m.end(), " ".join(m.group().split()), True) for m in _COUNCIL_BOARDS.finditer(text)]
    if not boards:
        return mentions
    spans = Spans([(b.start, b.end) for b in boards])
    kept = [m for m in mentions if m.start not in spans and (m.end - 1) not in spans]
    return sorted(kept + boards, key=lambda m: m.start)


def _with_party_cells(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions with a Party cell's or standing body's words taken into the name of the body they belong to."""
    cells: list[Mention] = []
    plural_cell = None  # "Đảng uỷ" after "Các", heading the bodies listed after its first one
    for mention in mentions:
        before = _CELL_BEFORE.search(text, max(0, mention.start - 40), mention.start)
        # ("Thường trực Hội đồng nhân dân": the standing committee of the council, which a council's text names without
        # its level, is one body.)
        standing_council = before is not None and mention.name in _LEVELLESS_COUNCILS and before.group().startswith("Thường")
        deputies = _DEPUTIES_BEFORE.search(text, max(0, mention.start - 20), mention.start)
        if deputies is not None:
            # "Tổ đại biểu Hội đồng nhân dân và đại biểu Hội đồng nhân dân tỉnh": the council's members, people;
            # "các Đoàn đại biểu Quốc hội": the delegations of the deputies of each province, bodies with an office.
            name = " ".join(text[deputies.start() : mention.end].split())
            delegation = (deputies.group("group") or "").lower() == "đoàn"
            known_as = "Đoàn đại biểu " + mention.canonical if delegation else None
            cells.append(Mention(deputies.start(), mention.end, name, not delegation, known_as=known_as))
            continue
        written = text[mention.start : mention.end]
        shared = plural_cell if plural_cell and _LISTED_AFTER.fullmatch(text, cells[-1].end, mention.start) else None
        if shared and before is None and not mention.generic and not written.startswith(_CELL_WORDS):
            # "Các Đảng uỷ Bộ Tài chính, Bộ Nội vụ": the plural cell heads every body listed after the first.
            cells.append(Mention(mention.start, mention.end, written, False, known_as=f"{shared} {mention.canonical}"))
            continue
        plural_cell = None
        if mention.generic and (plural := _PLURAL_PARTY_CELL.match(written)):
            # "Các Đảng uỷ Bộ Tài chính, Bộ Nội vụ …", read as a collective: the first ministry's committee.
            plural_cell = "Đảng ủy"
            body = canonical_name(written[plural.end() :])
            cells.append(Mention(mention.start, mention.end, " ".join(written.split()), False, known_as=f"Đảng ủy {body}"))
            continue
        if before is None or (mention.generic and not standing_council) or written.startswith(_CELL_WORDS):
            cells.append(mention)
            continue
        cell = " ".join(before.group().split())
        plural = _PLURAL_BEFORE.search(text, max(0, before.start() - 6), before.start())
        start = plural.start() if plural and cell.startswith("Đảng") else before.start()
        plural_cell = cell if start != before.start() else None
        name = " ".join(text[start : mention.end].split())
        # (a force the gazetteer knows by its "Lực lượng" name: "lực lượng Kiểm lâm" is "Lực lượng Kiểm lâm")
        # ("lực lượng Công an cấp xã" is the commune police itself, as the canonical names have it.)
        known_as = mention.canonical
        if not known_as.casefold().startswith(cell.casefold()) and canonical_name(f"{cell} {known_as}") != known_as:
            known_as = f"{cell} {known_as}"
        cells.append(Mention(start, mention.end, name, False, known_as=known_as))
    return cells


# "Hội đồng nhân dân, Ủy ban nhân dân cấp tỉnh có trách nhiệm …": the level written after the last of the local
# government's bodies is every one's.
_LOCAL_BODY = r"(?:Hội\s+đồng\s+nhân\s+dân|HĐND|[ỦU][yỷ]\s+ban\s+nhân\s+dân|UBND)"
_BARE_LOCAL_BODY = re.compile(_LOCAL_BODY)
# A level written after a body's name: "… cấp tỉnh", "… các cấp".
_WRITTEN_LEVEL = r"(?:cấp\s+(?:tỉnh|huyện|xã)|các\s+cấp)"
_LEVELLED_LOCAL_BODY = re.compile(_LOCAL_BODY + rf"\s+(?P<level>{_WRITTEN_LEVEL})")


def _with_shared_levels(text: str, mentions: list[Mention]) -> list[Mention]:
    """A bare council or people's committee listed right before one that names its level takes that level."""
    shared = list(mentions)
    for index in range(len(mentions) - 2, -1, -1):
        mention, following = shared[index], shared[index + 1]
        levelled = _LEVELLED_LOCAL_BODY.fullmatch(text, following.start, following.end)
        if (levelled and _BARE_LOCAL_BODY.fullmatch(text, mention.start, mention.end)
                and _LISTED_AFTER.fullmatch(text, mention.end, following.start)):
            name = f"{' '.join(mention.name.split())} {' '.join(levelled.group('level').split())}"
            shared[index] = Mention(mention.start, mention.end, name, mention.generic)
    return shared


_PLURAL_BEFORE = re.compile(r"(?<!\w)[Cc]ác\s+$")
_PLURAL_PARTY_CELL = re.compile(r"[Cc]ác\s+Đảng\s+[uủ][ỷy]\s+(?=(?:Bộ|Ban|Ủy|Uỷ|Văn|Tổng|Cục|Sở)\s)")
_LISTED_AFTER = re.compile(r"\s*(?:,|và|,\s*và)\s*")


# "Ban Tuyên giáo và Dân vận của Đảng ủy Chính phủ", "Thường trực Ủy ban KH,CN&MT của Quốc hội": a unit named
# with the body it belongs to. A ministry, department or committee is a body of its own ("Bộ Y tế của Việt Nam").
_OF_OWNER = re.compile(r"[\s*]+của[\s*]+")
_SELF_STANDING = re.compile(r"(?:Bộ|Sở|Ủy ban nhân dân|Uỷ ban nhân dân|UBND|Hội đồng nhân dân|HĐND)\s")


def _with_owners(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions with a unit and its owner, written "X của Y", read as one body: a list of partners goes on
    after it ("phối hợp với Bộ Tài chính, Ban Tuyên giáo và Dân vận của Đảng ủy Chính phủ, Đài …")."""

    def join(mention: Mention, following: Mention) -> Optional[Mention]:
        if (
            mention.generic or following.generic or _SELF_STANDING.match(mention.name)
            or not _OF_OWNER.fullmatch(text, mention.end, following.start)
        ):
            return None
        return Mention(mention.start, following.end, " ".join(text[mention.start : following.end].split()), False)

    return _joined_pairs(mentions, join)


_LISTING_GAP = re.compile(r"[\s*]*:?[\s*]*")


_ENDS_ON_PROVINCE_LEVEL = re.compile(r"(?:tỉnh|thành\s+phố)$")


def _without_listing_heads(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions without a class of committees that heads the provinces it lists ("Ủy ban nhân dân các tỉnh,
    thành phố: Tuyên Quang, Đồng Nai"): the list names one committee per province, not the class."""
    return [
        mention for mention, following in zip(mentions, mentions[1:] + [None])
        if following is None
        or not _ENDS_ON_PROVINCE_LEVEL.search(mention.name)
        or not following.name.startswith("Ủy ban nhân dân ")
        or re.match(r"Ủy|Uỷ|UBND", text[following.start : following.end])
        or not _LISTING_GAP.fullmatch(text, mention.end, following.start)
    ]


_INVESTOR_DEFINED = re.compile(
    r"(?:Chủ\s+đầu\s+tư|Nhà\s+đầu\s+tư|Tên\s+(?:doanh\s+nghiệp|nhà\s+đầu\s+tư|chủ\s+đầu\s+tư))[\s*]*:[\s*]*"
)
_INVESTOR_WORDS = re.compile(r"(?<![\w])(?:[Cc]hủ|[Nn]hà)\s+đầu\s+tư(?![\w])(?![\s*]*:)")


def _with_investor(text: str, mentions: list[Mention]) -> list[Mention]:
    """A project's investor named once ("Chủ đầu tư: Ban Quản lý dự án …", "Tên doanh nghiệp: Công ty …")
    and then called "Chủ đầu tư" / "Nhà đầu tư" ("đề nghị Chủ đầu tư cập nhật …"): those words name it."""
    if "đầu tư" not in text:
        return mentions
    starts = {m.start: m for m in mentions}
    investor = None
    for defined in _INVESTOR_DEFINED.finditer(text):
        named = starts.get(defined.end())
        if named is not None and not named.generic:
            investor = named
            break
    if investor is None:
        return _with_the_investor_named(text, mentions)
    return _with_free_mentions(mentions, (
        replace(investor, start=match.start(), end=match.end())
        for match in _INVESTOR_WORDS.finditer(text, investor.end)
        if not _PLURAL_BEFORE.search(text, max(0, match.start() - 8), match.start())
    ))



# "Nhà đầu tư" capitalised inside a sentence ("Đề nghị Nhà đầu tư hoàn thiện hồ sơ …", "phối hợp với Nhà đầu tư"): the
# investor of the project a meeting's conclusions are about, a body of its own.
_THE_INVESTOR = re.compile(r"Nhà\s+đầu\s+tư(?![\w])(?![\s*]*:)")
_COMPANY_NAMED = re.compile(rf"(?<!\w)(?:Công\s+ty|Tập\s+đoàn|Tổng\s+công\s+ty)\s+[{UPPER}]")


def _with_the_investor_named(text: str, mentions: list[Mention]) -> list[Mention]:
    """A conclusion on a company's project calls the company "Nhà đầu tư" after naming it ("họp nghe Công ty TNHH Tập
    đoàn Sơn Hải báo cáo …", then "Đề nghị Nhà đầu tư …"): that word names it; a text that names no company (a decree's
    "Nhà đầu tư", any investor) keeps it a common noun."""
    # (inside a sentence: after a word and a space, not opening one)
    called = [
        m for m in _THE_INVESTOR.finditer(text) if text[m.start() - 2 : m.start() - 1].isalpha() and text[m.start() - 1] == " "
    ]
    first_company = _COMPANY_NAMED.search(text, 0, called[-1].start()) if called else None
    if first_company is None:
        return mentions
    return _with_free_mentions(
        mentions, (Mention(m.start(), m.end(), "Nhà đầu tư", False) for m in called if m.start() > first_company.end())
    )


@lru_cache(maxsize=1)
def _branch_suffix() -> re.Pattern:
    """A branch written after its bank or company: "- Chi nhánh tỉnh Lào Cai", "chi nhánh khu vực II"."""
    return re.compile(
        r"[\s*]*(?:[-–][\s*]*)?[Cc]hi[\s*]+nhánh[\s*]+(?:tại[\s*]+)?"
        rf"(?:(?:tỉnh|thành[\s*]+phố|Tỉnh|Thành[\s*]+phố)[\s*]+)?(?:{province_alternation()}|khu[\s*]+vực[\s*]+(?:[IVX]+|\d+)\b)"
    )


# A body's local branches: "Mặt trận Tổ quốc Việt Nam tại địa phương".
_LOCAL_BRANCHES = re.compile(r"[\s*]+(?:tại|ở)[\s*]+địa[\s*]+phương(?!\w)")


def _with_branches(text: str, mentions: list[Mention]) -> list[Mention]:
    """Mentions of a bank or company taken on over the branch written after them, so a list
    ("Ngân hàng Nông nghiệp và Phát triển nông thôn Việt Nam - Chi nhánh tỉnh Lào Cai và Viettel
    Lào Cai") goes on past it; a body's local branches ("Mặt trận Tổ quốc Việt Nam tại địa
    phương") are named with it."""
    if "nhánh" not in text and "địa phương" not in text:
        return mentions
    out = []
    for index, mention in enumerate(mentions):
        branch = None if mention.generic else _branch_suffix().match(text, mention.end)
        following = mentions[index + 1].start if index + 1 < len(mentions) else len(text)
        branch = branch or (None if mention.generic else _LOCAL_BRANCHES.match(text, mention.end))
        if branch and branch.end() <= following:
            name = " ".join(text[mention.start : branch.end()].replace("*", " ").split())
            mention = Mention(mention.start, branch.end(), name, False)
        out.append(mention)
    return out


_NOTE_OPEN = re.compile(r"[\s*]*\([\s*]*$")
_NOTE_CLOSE = re.compile(r"[\s*]*\)")


def _without_notes(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions less those that are the whole of a parenthesis right after another body's name."""
    kept = []
    for mention in mentions:
        previous = kept[-1] if kept else None
        if (
            previous is not None
            and not previous.generic
            and _NOTE_OPEN.fullmatch(text, previous.end, mention.start)
            and _NOTE_CLOSE.match(text, mention.end)
        ):
            continue
        kept.append(mention)
    return kept


# What may follow a known name inside a longer one the structural rules read: a
# capitalised word, "và" + one, or a number ("Chi cục Thủy sản và Biển đảo",
# "Trung tâm Dữ liệu quốc gia số 1"); anything else ("UBND tỉnh ban hành …") is
# a structural tail run past the name's end. "các cấp" names the body at every level of its
# tree ("Ủy ban Mặt trận Tổ quốc Việt Nam các cấp Thành phố").
# (Another level after a local committee: "UBND tỉnh" + ", thành phố", every provincial committee; "UBND các huyện,
# thành phố" + ", thị xã".)
_NAME_GOES_ON = re.compile(
    rf"[\s*]+(?:(?:và|-)\s+)?(?:[{UPPER}\d]|số\s+\d|các\s+cấp\b)"
    rf"|\s*(?:,|và)\s*(?:các\s+)?(?:{_DISTRICT_LEVEL}|thị\s+trấn|phường|xã)(?!\w)"
)


def _with_known_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """The structural mentions with the gazetteer's names in place of those they
    overlap. A structural mention that holds a known name and is longer wins: one
    that starts before it names another body (a body under it, "Văn phòng Quốc
    hội", or a collective reference, "các cơ quan thuộc UBND tỉnh"); one that
    starts with it and goes on as a name (``_NAME_GOES_ON``) is a longer name."""
    known = list(iter_gazetteer_matches(text))
    if not known:
        return mentions
    starts = [m.start for m in mentions]  # structural mentions come in text order and do not overlap
    dropped: set[int] = set()
    added = []
    for body in known:
        overlapping = []
        i = bisect_left(starts, body.end) - 1
        while i >= 0 and mentions[i].end > body.start:
            overlapping.append(i)
            i -= 1
        if any(_names_more(mentions[i], body, text) for i in overlapping):
            continue
        dropped.update(overlapping)
        level = _LEVEL_AFTER.match(text, body.end)
        if level and any(mentions[i].end == level.end() for i in overlapping):
            # "Lực lượng Công an các cấp": the level the structural reading took in is the known body's too.
            name = " ".join(text[body.start : level.end()].replace("*", " ").split())
            added.append(Mention(body.start, level.end(), name, False, canonical_name(name)))
            continue
        name = " ".join(text[body.start : body.end].replace("*", " ").split())
        added.append(Mention(body.start, body.end, name, False, body.canonical_name))
    kept = [m for i, m in enumerate(mentions) if i not in dropped]
    return sorted(kept + added, key=lambda m: m.start)


_LEVEL_AFTER = re.compile(rf"[ \t*]+({_WRITTEN_LEVEL})(?!\w)")


def _names_more(mention: Mention, body, text: str) -> bool:
    """Whether a structural mention overlapping a known body is the better name (see ``_with_known_names``)."""
    if mention.end < body.end or (mention.start == body.start and mention.end == body.end):
        return False
    if mention.start < body.start:
        return True
    return mention.start == body.start and bool(_NAME_GOES_ON.match(text, body.end))


_CLASS_OF_COMMITTEES = re.compile(r"tỉnh\s*,\s*thành\s+phố$")
_NEXT_LINE = re.compile(r"[ \t]*\n")


# "Ban Thường vụ các tỉnh ủy, thành ủy": a name ending on the provincial committee, the city's after it.
_PROVINCIAL_COMMITTEE_END = re.compile(r"tỉnh\s+(?:ủy|uỷ)$")
_CITY_COMMITTEE_PAIRED = re.compile(r"\s*,\s*thành\s+(?:ủy|uỷ)(?!\w)")


_SYMBOL_BEFORE = re.compile(r"[\dA-ZĐ]/$")
_OWN_HEAD = re.compile(r"(?:Vụ|Cục|Tổng cục|Viện|Văn phòng|Thanh tra|Trung tâm)\s")
_UNIT_ITEM = re.compile(r"[^,;]+")


def _listed_units(text: str, start: int, end: int, field_re: re.Pattern) -> Iterator[tuple[int, int]]:
    """The items of a department list ("Kế hoạch, Công nghiệp nhẹ và Năng lượng"): split at commas and semicolons,
    and at "và" unless the words around it are one field ("Khoa học và Công nghệ")."""
    for item in _UNIT_ITEM.finditer(text, start, end):
        item_start = item.start() + len(item.group()) - len(item.group().lstrip())
        item_end = item.start() + len(item.group().rstrip())
        joined = re.search(r"\s+và\s+", text[item_start:item_end])
        if joined and not field_re.fullmatch(text, item_start, item_end):
            yield item_start, item_start + joined.start()
            yield item_start + joined.end(), item_end
        else:
            yield item_start, item_end


def _scan_mentions(text: str) -> Iterator[Mention]:
    mention_re, field_re, qualifier_re = mention_patterns()
    pos = 0
    named: list[Mention] = []
    while True:
        match = mention_re.search(text, pos)
        if not match:
            return
        start, end = match.span()
        kind = match.lastgroup
        if _SYMBOL_BEFORE.search(text, max(0, start - 2), start):
            pos = end  # "Văn bản số 6073/UBND-KT": the symbol of a document number, not its issuer
            continue
        if kind == "departments":
            # "Giám đốc các Sở: Nội vụ, Tư pháp, Tài chính" names three departments.
            head = "Bộ" if re.search(r"[Bb]ộ(?:\s*,\s*cơ\s+quan)?\s*:", match.group(0)) else "Sở"
            colon = match.group(0).index(":") + 1
            for field_match in field_re.finditer(text, start + colon, end):
                yield Mention(field_match.start(), field_match.end(), f"{head} {' '.join(field_match.group(0).split())}", False)
            pos = end
            continue
        if kind == "units":
            # "các Vụ: Kế hoạch, Công nghiệp nhẹ": one department per item, its head before it.
            head = re.search(r"(Vụ|Cục)", match.group(0)).group(1)
            colon = start + re.match(_UNITS_HEAD, match.group(0)).end()
            for item_start, item_end in _listed_units(text, colon, end, field_re):
                written = " ".join(text[item_start:item_end].split())
                name = written if _OWN_HEAD.match(written) else f"{head} {written}"  # "…, Cục Hoá chất"
                yield Mention(item_start, item_end, name, False)
            pos = end
            continue
        if kind == "groups":
            head = " ".join(re.search(r"(Tập[\s*]+đoàn|Tổng[\s*]+công[\s*]+ty)", match.group(0)).group(1).replace("*", " ").split())
            colon = start + match.group(0).index(":") + 1
            for member in _group_member_pattern().finditer(text, colon, end):
                yield Mention(member.start(), member.end(), f"{head} {' '.join(member.group(0).split())}", False)
            pos = end
            continue
        if kind == "committees":
            for province in re.finditer(province_alternation(), text[start:end]):
                written = " ".join(province.group(0).split())
                name = f"Ủy ban nhân dân {province_level(province_name(written) or written)} {written}"
                yield Mention(start + province.start(), start + province.end(), name, False)
            pos = end
            continue
        if kind == "officials":
            yield Mention(start, end, " ".join(text[start:end].split()), True)
            pos = end
            continue
        if kind == "named_class":
            written = " ".join(text[start:end].split())
            yield Mention(start, end, written, False, known_as=_named_class(written))
            pos = end
            continue
        if kind == "field":
            qualifier = qualifier_re.match(text, end)
            if qualifier and "\n\n" not in qualifier.group(0):
                end = qualifier.end()
        elif kind == "collective":
            end = scan_tail(text, end, generic=True, limit=16)
            # "Các bộ, ngành, địa phương liên quan, các cơ quan đại diện Việt Nam ở nước ngoài": a named class ends the list.
            class_next = _NAMED_CLASS_AFTER_COMMA.search(text, match.end(), end + 80)  # room for the class's own words
            if class_next and class_next.start() < end:
                end = class_next.start()
            if text[start:end].endswith("thuộc"):
                # "các đơn vị có liên quan thuộc Bộ TN&MT": the body they belong to is part of the reference.
                # The body may be known only by its abbreviation ("các cơ quan thuộc UBTVQH").
                following = text[end : end + 200]
                owner = next(_scan_mentions(following), None)
                if owner is None or following[: owner.start].strip():
                    owner = next(iter_gazetteer_matches(following), None)
                if owner is not None and not following[: owner.start].strip():
                    end += owner.end
        elif kind == "board":
            pass  # the board's pattern reads its whole name
        elif kind == "commune" and _CLASS_OF_COMMITTEES.search(match.group(0)) and _NEXT_LINE.match(text, end):
            pass  # "UBND các tỉnh, thành phố" at a line's end (a PDF cell): the next line's capital is another body
        elif kind in ("name", "commune"):
            end = scan_tail(text, end, generic=False, place_only=kind == "commune")
        else:
            head = " ".join(match.group("head").split())
            anaphora = _ANAPHORA.match(text, end)
            if anaphora:
                antecedent = next((m for m in reversed(named) if m.name.split()[0] == head.split()[0]), None)
                if antecedent is not None:
                    yield Mention(start, anaphora.end(), antecedent.name, False)
                pos = anaphora.end()
                continue
            company = head in COMPANY_HEADS
            # A company's name, or a university's that names its parent ("Trường Đại học Khoa học Tự nhiên - Đại
            # học Quốc gia Thành phố Hồ Chí Minh"), runs longer than an agency's.
            long_name = company or head in UNIVERSITY_HEADS
            tail_end = scan_tail(
                text, end, generic=False, limit=16 if long_name else 12, company=company, long_tail=head in LONG_TAIL_HEADS
            )
            if head in LEVEL_HEADS and not _LEVEL_NEXT.match(text, end):
                pos = end
                continue
            owner = _OWNER.match(text, end)
            owner = owner if owner and (tail_end == end or owner.group("other")) else None
            plural = _PLURAL_BEFORE.search(text, max(0, start - 8), start) if owner else None
            if plural is not None:
                # "các Ủy ban của Quốc hội": the committees a body has, a set it names (not a vague collective).
                name = " ".join(text[plural.start() : owner.end()].replace("*", " ").split())
                yield Mention(plural.start(), owner.end(), name, False)
                pos = owner.end()
                continue
            if tail_end == end and head not in COMPLETE_HEADS:
                pos = end
                continue
            end = tail_end
            if head == "Công an" and (levels := _COMMUNE_LEVELS_AFTER.match(text, end)) and _COMMUNE_LEVEL_BEFORE.search(text, start, end):
                end = levels.end()  # "Công an xã, phường", "Công an các phường, xã, đặc khu": the police of every commune
            # "Ban Thường vụ các tỉnh ủy, thành ủy": the standing boards of both kinds of provincial Party committee.
            paired = _CITY_COMMITTEE_PAIRED.match(text, end) if _PROVINCIAL_COMMITTEE_END.search(text, start, end) else None
            end = paired.end() if paired else end
        name = " ".join(text[start:end].replace("*", " ").split())
        # "các Hiệp hội và Doanh nghiệp công nghệ số": a head after "các" is a collective reference,
        # which takes in the "các" (a list "Văn phòng Tỉnh ủy và các Ban Xây dựng Đảng và …" goes on).
        plural = _PLURAL_BEFORE.search(text, max(0, start - 8), start) if kind == "head" else None
        if plural is not None:
            start = plural.start()
            name = " ".join(text[start:end].replace("*", " ").split())
        # A council named without its level ("Đề nghị Hội đồng nhân dân, Mặt trận Tổ quốc Việt Nam …") is the
        # councils of every level: a collective reference.
        levelless_council = kind == "head" and name in _LEVELLESS_COUNCILS and not _SHARED_LEVEL.match(text, end)
        mention = Mention(start, end, name, kind == "collective" or plural is not None or levelless_council)
        if not mention.generic:
            named.append(mention)
        yield mention
        pos = end
