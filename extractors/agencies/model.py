"""The small types the layers of ``extractors.agencies`` share: roles, mentions,
outline units, span sets, and the collector that gathers (mention, role) pairs
into annotations and assignments."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterable, Iterator, Optional, Sequence

from extractors.agencies.lexicon import COUNCIL_ISSUERS, ISSUERS, province_alternation
from extractors.canonical import canonical_name, current_name, current_province, province_level, province_name

LEAD = "chủ trì"
PARTNER = "phối hợp"
IMPLEMENTER = "thực hiện"
EXECUTOR = "thi hành"


# The role the first word of a stated role gives: "chủ trì", "phối hợp", "thực hiện", and a planning decision's labels
# of the bodies that do the work ("Cơ quan tổ chức lập:", "Cơ quan thẩm định:").
_ROLE_OF_WORD = {"chủ": LEAD, "phối": PARTNER, "thực": IMPLEMENTER, "tổ": IMPLEMENTER, "thẩm": IMPLEMENTER}


def role_stated(words: str) -> str:
    """The role words such as "chủ trì", "Phối hợp", "thẩm định" state."""
    return _ROLE_OF_WORD[words.split()[0].lower()]


@dataclass(frozen=True)
class AgencyAnnotation:
    start: int
    end: int
    name: str
    canonical_name: str
    current_name: Optional[str]
    role: str
    generic: bool
    tasks: tuple[str, ...]
    clause_start: int
    clause_end: int
    section: Optional[str]
    table_index: Optional[int] = None
    table_row: Optional[int] = None


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    name: str
    generic: bool
    known_as: Optional[str] = None  # the gazetteer's canonical name, for a body it knows

    @property
    def canonical(self) -> str:
        return self.known_as or canonical_name(self.name)


@dataclass
class Unit:
    """A list item or paragraph: its span, outline level and section label."""

    start: int
    end: int
    body_start: int
    level: Optional[int]
    label: Optional[str]
    section: Optional[str]
    implementation: bool
    # Under an article that lists the body's own organisation ("Điều 3. Cơ cấu tổ chức"): its items name units.
    roster: bool = False


@dataclass(frozen=True)
class Assignment:
    """Bodies given one task: in a clause, an item with "Cơ quan chủ trì/phối hợp" lines, or a table row."""

    start: int
    end: int
    task: Optional[str]
    section: Optional[str]
    roles: dict
    deadline: Optional[str]
    table_index: Optional[int]
    table_row: Optional[int]
    # The time cell stands under a completion column ("Thời hạn hoàn thành", "Thời hạn thực hiện"): a span
    # of years there ends on the deadline; under "Thời gian thực hiện" or "Tiến độ" it is the period worked over.
    due_by: bool = False
    task_span: Optional[tuple[int, int]] = None  # a table row's task cell in the text, when located


class Spans:
    """Sorted, merged spans for fast "is this offset inside one of them"."""

    def __init__(self, spans: Sequence[tuple[int, int]]):
        merged: list[list[int]] = []
        for start, end in sorted(spans):
            if merged and start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        self.starts = [span[0] for span in merged]
        self.ends = [span[1] for span in merged]

    def __contains__(self, offset: int) -> bool:
        index = bisect_right(self.starts, offset) - 1
        return index >= 0 and offset < self.ends[index]


_LOWER_COUNCIL = re.compile(
    r"\bHội đồng nhân dân\s+(?:các\s+|cấp\s+)?(?:xã|phường|huyện|quận|thị\s+xã|thị\s+trấn|đặc\s+khu|cơ\s+sở)\b", re.IGNORECASE
)
_NOT_AGENCY = re.compile(r"^(?:Ban\s+hành|Bộ\s+luật|Hội\s+nghị|Báo\s+cáo)", re.IGNORECASE)


@dataclass
class Collector:
    """Gathers (mention, role) pairs with their tasks and clause spans."""

    found: dict = field(default_factory=dict)
    # One entry per assignment (a clause, an item with "Cơ quan …" lines, a table row).
    groups: dict = field(default_factory=dict)
    issuers: frozenset = ISSUERS

    def add(
        self,
        mention: Mention,
        role: str,
        task: Optional[str],
        clause: tuple[int, int],
        section: Optional[str],
        table: tuple[Optional[int], Optional[int]] = (None, None),
        group_start: Optional[int] = None,
        deadline: Optional[str] = None,
        due_by: bool = False,
        issuers: Optional[frozenset] = None,
        task_span: Optional[tuple[int, int]] = None,
    ) -> None:
        """``issuers``: the bodies that cannot be given this task, when not the document's own issuers."""
        canonical = mention.canonical
        if _NOT_AGENCY.match(mention.name) or canonical in (self.issuers if issuers is None else issuers) or (
            self.issuers & COUNCIL_ISSUERS and re.search(r"\bHội đồng nhân dân\b", canonical)
            and not _LOWER_COUNCIL.search(canonical) and not canonical.startswith("Thường trực")
        ):
            # A council's own bodies (its Ban, its deputies) are the issuer too, but for its standing committee, which
            # the resolution gives the supervision ("Giao Thường trực Hội đồng nhân dân … giám sát"); the councils of
            # the communes below it are not ("Hội đồng nhân dân cấp xã có trách nhiệm giám sát").
            return
        group_key = (clause[0] if group_start is None else group_start, table)
        group = self.groups.setdefault(
            group_key,
            {"start": group_key[0], "end": clause[1], "task": task, "section": section, "roles": {}, "deadline": deadline, "due_by": due_by,
             "task_span": task_span},
        )
        group["end"] = max(group["end"], clause[1])
        group["task"] = group["task"] or task
        names = group["roles"].setdefault(role, [])
        if canonical not in names:
            names.append(canonical)
        # The bodies of one table cell share the cell's span ("Bộ Công Thương, các bộ, ngành, Tập đoàn Điện lực Việt
        # Nam"): each is an entry of its own.
        key = (mention.start, mention.end, role, table, canonical)
        entry = self.found.get(key)
        if entry is None:
            entry = self.found[key] = {
                "mention": mention, "role": role, "tasks": [], "clause": list(clause), "section": section, "table": table,
            }
        else:
            entry["clause"][0] = min(entry["clause"][0], clause[0])
            entry["clause"][1] = max(entry["clause"][1], clause[1])
        if task and task not in entry["tasks"]:
            entry["tasks"].append(task)

    def annotations(self, province: Optional[str] = None) -> Iterator[AgencyAnnotation]:
        entries = sorted(self.found.values(), key=lambda e: (e["mention"].start, e["role"]))
        apart = set() if province else _told_apart_by_province(e["mention"] for e in entries)
        for entry in entries:
            mention = entry["mention"]
            canonical = _with_other_province(mention.name, mention.canonical, province, mention.canonical in apart)
            yield AgencyAnnotation(
                start=mention.start,
                end=mention.end,
                name=mention.name,
                canonical_name=canonical,
                current_name=current_name(canonical),
                role=entry["role"],
                generic=mention.generic,
                tasks=tuple(entry["tasks"]),
                clause_start=entry["clause"][0],
                clause_end=entry["clause"][1],
                section=entry["section"],
                table_index=entry["table"][0],
                table_row=entry["table"][1],
            )


@lru_cache(maxsize=1)
def _trailing_province() -> re.Pattern:
    return re.compile(rf"(?:\s+(tỉnh|thành\s+phố|Tỉnh|Thành\s+phố|TP\.?))?\s+({province_alternation()})\s*$")


_LEVEL_SUFFIX = re.compile(r"\s+(?:tỉnh|thành phố)$")


def _told_apart_by_province(mentions: Iterable[Mention]) -> set[str]:
    """The canonical names a text of no province gives to bodies of two provinces or more
    ("Cục Hải quan Cà Mau", "Cục Hải quan Khánh Hòa"): only the province tells them apart."""
    provinces: dict[str, set[str]] = {}
    for mention in mentions:
        written = _trailing_province().search(mention.name)
        if written is not None:
            provinces.setdefault(mention.canonical, set()).add(province_name(written.group(2)) or written.group(2))
    return {canonical for canonical, named in provinces.items() if len(named) > 1}


def _with_other_province(name: str, canonical: str, province: Optional[str], apart: bool = False) -> str:
    """A body of another province than the document's keeps that province in its
    canonical name ("Sở Y tế tỉnh Lâm Đồng" in a plan of Lai Châu); in a text of no
    province (a national one) a provincial committee keeps the province it is named
    with ("Ủy ban nhân dân thành phố Hà Nội"), and so does a body the text names in
    two provinces or more (``apart``): that is all that tells them apart."""
    if not province and canonical not in ISSUERS and not apart:
        return canonical
    written = _trailing_province().search(name)
    if written is None or canonical.endswith(written.group(2)):
        return canonical  # the place is part of the body's own name ("Đại học Quốc gia Hà Nội")
    other = province_name(written.group(2))
    if other is None or (province and (
        other in {province_name(province), current_province(province)} or current_province(other) == current_province(province)
    )):
        return canonical
    return in_province(canonical, other, written.group(1))


def in_province(canonical: str, province: str, written_level: Optional[str] = None) -> str:
    """A body the gazetteer names by its level, in ``province``: "Cục Hải quan tỉnh" → "Cục Hải quan tỉnh Quảng
    Ninh"; the level as written before the place, else the province's own (none is written when the name opens on
    it: "Thành phố Hồ Chí Minh")."""
    if written_level:
        level = "thành phố" if written_level.lower().startswith(("thành", "tp")) else "tỉnh"
    else:
        level = province_level(province)
    return f"{_LEVEL_SUFFIX.sub('', canonical)} {level} {province}"
