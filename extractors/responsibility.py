"""Who is responsible for which target: links from numeric targets to the agencies
a plan makes responsible for them, each with the place of the plan that says so.

Bases, from the most to the least specific:

- ``table_row``: the agency stands in the lead column of the table row that states
  the target, or in the lead (or partner) column of a row that restates a target of
  the prose (annex "Chỉ tiêu | Đơn vị | Kết quả | Cơ quan chủ trì theo dõi, đánh giá");
- ``target_clause``: the agency is named in the target's own clause;
- ``named_targets``: an assignment names the targets ("chủ trì thực hiện các chỉ tiêu
  về giáo dục", "thực hiện Mục tiêu 2") by their goal's number or words;
- ``goal_area``: an implementation item names the target's goal area ("triển khai
  các nhiệm vụ … trong lĩnh vực y tế của Kế hoạch");
- ``plan_lead``: the agency leads the plan as a whole ("Chủ trì tổ chức thực hiện
  Chương trình", "là cơ quan đầu mối …", "chủ trì … đôn đốc, kiểm tra việc thực
  hiện kế hoạch này", "… đánh giá việc thực hiện các mục tiêu"), else the body told
  to follow it up, with its role ("Giao Sở Tư pháp theo dõi, đôn đốc … thực hiện Kế
  hoạch này": thực hiện) — given only to targets no specific lead was found for.

Pure rules over annotations: targets and agencies come in, (target, agency, basis)
index triples go out."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Iterator, Sequence

from extractors.agencies.model import LEAD, AgencyAnnotation
from extractors.numbers import parse_digits
from extractors.targets.model import TargetAnnotation

TABLE_ROW = "table_row"
TARGET_CLAUSE = "target_clause"
NAMED_TARGETS = "named_targets"
GOAL_AREA = "goal_area"
PLAN_LEAD = "plan_lead"


@dataclass(frozen=True)
class ResponsibilityLink:
    target: int  # index into the targets given
    agency: int  # index into the agencies given
    basis: str


_WORD = re.compile(r"\w+")
_NUMBER = re.compile(r"\d[\d.,]*")
# Words every indicator or task shares: they name no area.
_STOP = frozenset(
    "các của và cho được trên theo với trong về tại từ đến năm tỷ tỉ lệ số có là đạt thực hiện triển khai "
    "tổ chức chủ trì phối hợp nhiệm vụ mục tiêu chỉ tiêu lĩnh vực kế hoạch chương trình đề án này những "
    "người một ít nhất trở lên khoảng phấn đấu".split()
)
# "… chỉ tiêu 2 của Mục tiêu 3", "thực hiện Mục tiêu số 1".
_GOAL_NUMBER = re.compile(r"\b(mục tiêu|chỉ tiêu)\s+(?:số\s+)?(\d{1,2})\b", re.I)
# What an implementation item is about: the words after "chỉ tiêu/mục tiêu" (named
# targets) or "lĩnh vực/về" (a goal area), up to the plan it belongs to.
_NAMED = re.compile(
    r"^(?:chủ trì\b[^;]*?\s)?(?:thực hiện|đạt|hoàn thành|phụ trách)\s+(?:các\s+)?(?:mục tiêu|chỉ tiêu)"
    r"(?:\s*,\s*(?:mục tiêu|chỉ tiêu))*\b(?P<what>[^;]*)",
    re.I,
)
_AREA = re.compile(r"\b(?:lĩnh vực|nhiệm vụ\s+về|thực hiện\s+về)\s+(?P<what>[^;]*)", re.I)
_PLAN_TAIL = re.compile(
    r"\s*(?:của|thuộc|tại|trong|theo)\s+(?:các\s+)?(?:kế hoạch|chương trình|đề án|quyết định|nghị quyết)\b.*$", re.I
)
# The object of a task that is the plan itself: "(tổ chức) (triển khai) thực hiện Kế hoạch (này)".
_WHOLE_PLAN = re.compile(
    r"(?:^|,\s*|\s)(?:tổ chức\s+)?(?:triển khai\s*,?\s*)?(?:thực hiện|triển khai)\s+(?:các\s+nội\s+dung\s+(?:của\s+)?)?"
    r"(?:kế hoạch|chương trình|đề án)(?:\s+này)?\s*[.…]?\s*$"
    r"|\bcơ quan\s+(?:đầu mối|thường trực)\b",
    re.I,
)
_SPECIFIC_TASK = re.compile(r"\blĩnh vực\b|\bdự án\b", re.I)
# Following up the plan or its goals as a whole: "đôn đốc, kiểm tra việc thực hiện nội dung kế hoạch
# thi đua này", "tổng kết đánh giá việc thực hiện các mục tiêu, nhiệm vụ …".
_FOLLOWS_UP_PLAN = re.compile(
    r"\b(?:đôn đốc|kiểm tra|theo dõi|đánh giá)\b[^.;]*?\bviệc\s+thực hiện\s+"
    r"(?:(?:các\s+)?(?:mục tiêu|chỉ tiêu)\b|(?:(?:các\s+)?nội dung\s+)?(?:của\s+)?(?:kế hoạch|chương trình|đề án)\b[^.;]*?\bnày\b)"
    r"|\b(?:đôn đốc|theo dõi)\b[^.;]*?\b(?:triển khai\s+)?thực hiện\s+(?:kế hoạch|chương trình|đề án)\s+này\b",
    re.I,
)
# Share of a table row's indicator words found in a prose target's clause, and of an
# area's words in a target's heading and metric ("giáo dục và đào tạo": either half names it).
ROW_OVERLAP = 0.6
AREA_OVERLAP = 0.5


def iter_links(
    text: str, targets: Sequence[TargetAnnotation], agencies: Sequence[AgencyAnnotation]
) -> Iterator[ResponsibilityLink]:
    """Links of each target to the non-generic agencies responsible for it, one per
    (target, agency) with the most specific basis."""
    candidates = [i for i, a in enumerate(agencies) if not a.generic]
    contexts = [_phrases(f"{t.section or ''} {t.metric}") for t in targets]
    linked: dict[tuple[int, int], str] = {}

    def link(t: int, a: int, basis: str) -> None:
        linked.setdefault((t, a), basis)

    for t, a in _restated_rows(text, targets, agencies, candidates):
        link(t, a, TABLE_ROW)

    for t, target in enumerate(targets):
        # A target read from a table row ("Chỉ tiêu | Mục tiêu | Cơ quan chủ trì | Cơ quan phối hợp")
        # is answered for by the bodies of that row's lead column; its partners only help.
        if target.table_index is None:
            continue
        row_leads = [
            a for a in candidates
            if (agencies[a].table_index, agencies[a].table_row) == (target.table_index, target.table_row)
            and agencies[a].role == LEAD
        ]
        for a in row_leads:
            link(t, a, TABLE_ROW)
        # A body of the row's lead cell that the agency reader did not take from the row (a column
        # it does not read as an assignment table's): the same body where it leads elsewhere.
        missing = {n.casefold() for n in target.agencies} - {agencies[a].canonical_name.casefold() for a in row_leads}
        for name in sorted(missing):
            lead = next((a for a in candidates if agencies[a].role == LEAD and agencies[a].canonical_name.casefold() == name), None)
            if lead is not None:
                link(t, lead, TABLE_ROW)
    for a in candidates:
        agency = agencies[a]
        for t, target in enumerate(targets):
            if target.clause_start <= agency.start < target.clause_end and agency.table_row is None:
                link(t, a, TARGET_CLAUSE)
        for task in agency.tasks if agency.table_row is None else ():  # a row's task is its own
            for t, basis in _named_in_task(task, targets, contexts):
                link(t, a, basis)

    with_lead = {t for (t, a) in linked if agencies[a].role == LEAD}
    plan_leads = [
        a for a in candidates
        if agencies[a].role == LEAD and agencies[a].table_row is None
        and any(_leads_the_plan(task) for task in agencies[a].tasks)
    ] or [
        # No lead named for the whole plan: the body told to follow it up ("Giao Sở Tư pháp theo dõi,
        # đôn đốc … triển khai thực hiện Kế hoạch này"), with the role it was given.
        a for a in candidates
        if agencies[a].table_row is None and any(_FOLLOWS_UP_PLAN.search(task) for task in agencies[a].tasks)
    ]
    for t, target in enumerate(targets):
        if t in with_lead or target.kind != "target":
            continue
        for a in plan_leads:
            link(t, a, PLAN_LEAD)
    for (t, a), basis in sorted(linked.items()):
        yield ResponsibilityLink(t, a, basis)


def _restated_rows(
    text: str, targets: Sequence[TargetAnnotation], agencies: Sequence[AgencyAnnotation], candidates: Sequence[int]
) -> Iterator[tuple[int, int]]:
    """(target, agency) pairs of table rows: the row holds the target's cell, or
    restates a prose target — its value, and most words of its indicator in the
    target's clause; a row restates the prose target(s) it fits best, and a target
    takes the row(s) that fit it best."""
    clauses = [_words(text[t.clause_start : t.clause_end]) for t in targets]
    fits: dict[tuple[int, tuple], float] = {}
    row_agencies: dict[tuple, list[int]] = {}
    for a in candidates:
        agency = agencies[a]
        if agency.table_row is None:
            continue
        row = (agency.table_index, agency.table_row, agency.clause_start)
        row_agencies.setdefault(row, []).append(a)
        numbers = _numbers(text[agency.clause_start : agency.clause_end])
        indicator = _words(agency.tasks[0]) if agency.tasks else frozenset()
        for t, target in enumerate(targets):
            if target.table_index is not None:
                continue  # a table's own targets are linked by their row (iter_links)
            if agency.clause_start <= target.start < agency.clause_end and agency.table_index is None:
                fits[(t, row)] = 2.0  # the target's own row (of a table flattened into the text)
            elif target.value in numbers and indicator:
                share = len(indicator & clauses[t]) / len(indicator)
                if share >= ROW_OVERLAP:
                    fits[(t, row)] = share
    best_of_target: dict[int, float] = {}
    best_of_row: dict[tuple, float] = {}
    for (t, row), share in fits.items():
        best_of_target[t] = max(best_of_target.get(t, 0.0), share)
        best_of_row[row] = max(best_of_row.get(row, 0.0), share)
    for (t, row), share in fits.items():
        if share == best_of_target[t] and share == best_of_row[row]:
            for a in row_agencies[row]:
                yield t, a


def _leads_the_plan(task: str) -> bool:
    return bool(_WHOLE_PLAN.search(task) and not _SPECIFIC_TASK.search(task) or _FOLLOWS_UP_PLAN.search(task))


def _named_in_task(
    task: str, targets: Sequence[TargetAnnotation], contexts: Sequence[frozenset]
) -> Iterator[tuple[int, str]]:
    """Targets an assignment names: by their goal's number ("Mục tiêu 2"), by the
    words after "chỉ tiêu/mục tiêu", or by the area after "lĩnh vực/về"."""
    numbered = [m for m in _GOAL_NUMBER.finditer(task)]
    if numbered:
        for t, target in enumerate(targets):
            heading = (target.section or "").lower()
            if any(re.search(rf"\b{m.group(1).lower()}\s+(?:số\s+)?{m.group(2)}\b", heading) for m in numbered):
                yield t, NAMED_TARGETS
        return
    for pattern, basis in ((_NAMED, NAMED_TARGETS), (_AREA, GOAL_AREA)):
        found = pattern.search(task)
        # An area is one of the plan's: "… trong lĩnh vực y tế của Kế hoạch".
        if not found or (basis == GOAL_AREA and not _PLAN_TAIL.search(found.group("what"))):
            continue
        what = _phrases(_PLAN_TAIL.sub("", found.group("what")))
        if not what:
            continue
        for t in range(len(targets)):
            if _covers(what, contexts[t], AREA_OVERLAP):
                yield t, basis
        return


def _words(text: str) -> frozenset:
    return frozenset(w for w in _WORD.findall(text.lower()) if w not in _STOP and not w.isdigit())


def _phrases(text: str) -> frozenset:
    """Pairs of neighbouring syllables that name something ("y tế", "du lịch"): single
    syllables would let "tế" of "kinh tế" stand for "y tế"."""
    syllables = _WORD.findall(text.lower())
    return frozenset(
        f"{a} {b}" for a, b in zip(syllables, syllables[1:])
        if a not in _STOP and b not in _STOP and not a.isdigit() and not b.isdigit()
    )


def _covers(words: frozenset, context: frozenset, share: float) -> bool:
    return bool(words) and len(words & context) / len(words) >= share


def _numbers(text: str) -> frozenset:
    values: set[Decimal] = set()
    for m in _NUMBER.finditer(text):
        try:
            values.add(parse_digits(m.group().rstrip(".,")))
        except InvalidOperation:  # "1.2.3", a numbering rather than a value
            continue
    return frozenset(values)
