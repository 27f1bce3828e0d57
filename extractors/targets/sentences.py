"""Targets of running text, sentence by sentence: each quantity with its metric,
comparator (one read from a phrase covers a coordinated list), deadline or
period and baseline; funding, baselines in parentheses, thresholds and the
situation a goal starts from are left out."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace
from typing import Callable, Iterator, Optional, Sequence

from extractors.canonical import LOWERCASE
from extractors.numbers import iter_numbers
from extractors.sections import Block, Layout, Section, heading_end_at, iter_clauses, iter_sentences, section_at
from extractors.targets.indicator import indicator_form, of_the_project, scoped
from extractors.targets.metric import base_end, metric_before, metric_of, plan_share, predicate_start, without_action
from extractors.targets.milestones import baseline_of, heading_milestone, time_expressions, time_of
from extractors.targets.model import PROJECT, Quantity, TargetAnnotation
from extractors.targets.patterns import (
    BASELINE,
    CONTINUATION,
    CUT,
    COORDINATED,
    ECONOMY_BASE,
    LATE_MILESTONE,
    MEASURE,
    NOT_COORDINATED,
    NOT_TRIGGER,
    PAST,
    PERCENT_BASE,
    SCENARIO_CONDITION,
    STATISTICS,
    STRICT_TRIGGER,
    TRIGGER,
)
from extractors.targets.quantities import is_multiplier, pos_tags, sentence_quantities
from extractors.targets.scope import (
    goal_aside,
    goal_section,
    goals_among_tasks,
    inline_goal_list,
    lead_ins,
    names_a_goal,
    news_eligible,
    page_furniture,
    reading_mode,
)
from extractors.units import unit_category


# An item that names one project and gives its investment or site ("- Thị xã Gò Công: Dự án khu dân cư Nam Nguyễn Huệ,
# thị xã Gò Công: khoảng 106 tỷ đồng, diện tích 19 ha"): its figures describe the project, as a project section's do.
# "Dự án 1: …", a component of a programme, is no single project.
_PROJECT_ITEM = re.compile(
    r"[\s*+•-]*(?:[^:\n]{1,60}:\s*)?Dự\s+án\s+(?!\d)[^\n]{3,200}?[:,]\s*(?:khoảng\s*)?"
    r"(?:\d[\d.,]*\s*(?:nghìn\s+|triệu\s+)?tỷ\s+đồng|diện\s+tích\s+(?:khoảng\s*)?\d[\d.,]*\s*ha\b)"
)


# A lead-in committing to the items below it: "… phấn đấu … sau đây:", "… phấn đấu đạt các mục tiêu sau:".
_STRIVING_LEAD_IN = re.compile(r"\bphấn đấu\b[^.;:]*\bsau(?:\s+đây)?\s*:$", re.I)


def text_targets(text: str, structure: Layout) -> Iterator[TargetAnnotation]:
    """Targets of the running text (``structure``: ``layout(text)``), sentence by sentence."""
    sections = structure.sections
    goal_sections = [goal_section(sections, i) for i in range(len(sections))]
    has_goals = any(goal_sections)
    # Goals only announced by a lead-in ("Mục tiêu … như sau:", explainers quoting several plans): running text
    # elsewhere still reports targets, but only after an explicit target word.
    goal_headings = any(g and not s.intro for s, g in zip(sections, goal_sections))
    in_tasks = goals_among_tasks(text)  # a conclusion or a directive: its goals are among its tasks
    blocks = structure.blocks
    block_starts = [b.start for b in blocks]
    leads = lead_ins(blocks)
    furniture = page_furniture(text, blocks)
    reported: Optional[Block] = None  # the block whose last sentence reported a target (news)
    openings: dict[int, Optional[tuple[int, int]]] = {}  # block start → its first sentence, read once per block
    # News: the last block of the run of paragraphs that report targets, and the milestone of its last target.
    run_at: Optional[int] = None
    run_time: tuple[Optional[int], Optional[tuple[int, int]]] = (None, None)
    previous_block: Optional[Block] = None
    block_in_run = False  # the block comes right after a block that reported targets
    run_announced = False  # an explicit goal word ("mục tiêu", "chỉ tiêu", "phấn đấu") opened the run
    run_latest: Optional[int] = None  # the latest year a target of the run is due by
    listing: Optional[Block] = None  # the block whose goal sentence ended on ":" before its inline items (news)
    for s_start, s_end in structure.sentences:
        at = bisect_right(block_starts, s_start) - 1
        block = blocks[at] if at >= 0 and s_start < blocks[at].end else None
        lead_in = leads[at] if block is not None else None
        first_of_block, previous_block = block is not previous_block, block
        if block is not None and block.cell:
            continue  # cells of flattened tables are read as table rows, not as prose
        if _QUESTION.search(text, s_start, s_end):
            continue  # explainer headlines ask ("Mục tiêu đến năm 2030 … phải không?"); the answer states the target
        heading_end = heading_end_at(sections, s_start)
        label = ""
        whole_heading = heading_end is not None and heading_end >= s_end
        if heading_end is not None:
            # Headings restate targets; a body after "Heading: …" still counts. A text without goal sections may
            # head a task with its goal ("1. Hoàn thành mục tiêu đưa vào khai thác trên 3.000 km đường bộ cao tốc …").
            if whole_heading and not (in_tasks and not has_goals and _GOAL_HEADED_TASK.search(text, s_start, s_end)) and (
                _restated_below(text, sections, s_start, s_end)
            ):
                continue
            if heading_end < s_end:
                label = text[s_start:heading_end]
                s_start = heading_end
        idx = section_at(sections, s_start)
        mode = reading_mode(sections[idx] if idx is not None else None, has_goals, goal_headings,
                            idx is None or goal_sections[idx], in_tasks)
        if mode is None and lead_in is not None and not has_goals and _STRIVING_LEAD_IN.search(lead_in.text):
            # A plan without goal sections that lists what it strives for ("…, tập trung phấn đấu cụ thể hóa một số
            # nội dung cơ bản sau đây:" over "e) Đến năm 2020, phấn đấu đạt 100% …"): its items are its goals.
            mode = "goal"
        if mode is None:
            list_start = inline_goal_list(text, s_start, s_end)
            if list_start is None:
                continue
            s_start, mode = list_start, "goal"
        if _PROJECT_ITEM.match(text, s_start, s_end):
            mode = PROJECT  # "+ Dự án khu dân cư …: khoảng 195 tỷ đồng, diện tích 19,33 ha": one project's figures
        news = mode in ("news", "strict_news")
        if news and at in furniture:
            continue  # a headline, caption, link line or teaser restates the article's targets
        # "Mục tiêu đến năm 2030, … ⏎ Tốc độ tăng trưởng … đạt bình quân trên 8,5%/năm": the paragraphs right
        # after one that reports targets go on with its list ("Đồng thời, …", "Giai đoạn 2021-2025, …", "60% …").
        if first_of_block:
            block_in_run = news and block is not None and run_at is not None and _follows(run_at, at, furniture)
            if news and not block_in_run:
                run_time = (None, None)
                run_announced = False
                run_latest = None
        in_run = news and block is not None and (reported is block or block_in_run or listing is block)
        continues = in_run and (
            (reported is block or first_of_block) and _continues_list(text, s_start, s_end)
            # "Mục tiêu cụ thể của Chương trình là … ⏎ Gia tăng giá trị xuất khẩu … đạt khoảng 60% … ⏎ Xây dựng và
            # phát triển khoảng 500 doanh nghiệp …": after an explicit goal word, the next paragraphs are the list's
            # items whatever they open with, until one reports ("đã", "ước đạt", "so với cùng kỳ" …).
            or (first_of_block and block_in_run and run_announced and _reports_nothing(text, s_start, s_end))
            # "Mục tiêu đến hết năm 2025: - 100% biểu mẫu … - Cung cấp 76/76 dịch vụ công … - Thí điểm đưa 10 thủ tục
            # …": the inline items after the colon are the list's, whatever they open with.
            or (listing is block and _INLINE_ITEM.match(text, s_start) is not None and _reports_nothing(text, s_start, s_end))
        )
        found = list(_sentence_targets(text, s_start, s_end, mode, sections, idx, block, lead_in, continues, openings, label))
        if whole_heading and idx is not None:
            # A heading that states its target ("#### 4. Hoàn thành di dời 01 KCN và 02 CCN" under "### 07 NỘI DUNG
            # TRỌNG TÂM NĂM 2026") is dated by the headings above it, whatever they head.
            above = heading_milestone(sections, sections[idx].parent, any_heading=True)
            found = [t if t.deadline_year or t.period_start else _dated(t, above) for t in found]
        if in_run:
            # "Cụ thể, đến năm 2025, … ⏎ Tỷ lệ hồ sơ … đạt từ 50% trở lên": the list's milestone dates its items,
            # unless the paragraph names its own before them ("Giai đoạn 2026-2030, …; đào tạo … 1.000 chuyên gia").
            found = [t if t.deadline_year or t.period_start else _dated(t, _time_in(text, block.start, t.start) or run_time)
                     for t in found]
        if news:
            # "Năm 2019, toàn ngành … đặt mục tiêu … 42 – 43 tỷ USD … Năm 2018, XK đạt kỷ lục …": a figure told at
            # an earlier year than the run's goals, with no goal word of its own, is last year's result.
            found = [t for t in found if not _told_before(text, s_start, t, run_latest)]
            due = [t.deadline_year or t.period_end for t in found if t.deadline_year or t.period_end]
            run_latest = max([*due, run_latest or 0]) or None
        reported = block if found or (news and names_a_goal(text, s_start, s_end)) else None
        if news and reported is not None and text[s_start:s_end].rstrip(" *").endswith(":") and _announces_goals(text, s_start, s_end):
            listing = block
        if news and reported is not None:
            run_at = at
            run_announced = run_announced or _announces_goals(text, s_start, s_end)
            # Only a milestone written before its figure ("Cụ thể, đến năm 2025, …") heads the list the next paragraphs
            # go on with; one closing a figure ("GDP bình quân đạt 7.500 USD/người vào năm 2030") dates that figure.
            dated = [t for t in found if (t.deadline_year or t.period_start) and _time_in(text, s_start, t.start) == _time_of(t)]
            if dated:
                run_time = (dated[-1].deadline_year, (dated[-1].period_start, dated[-1].period_end) if dated[-1].period_start else None)
        yield from found


def _told_before(text: str, s_start: int, t: TargetAnnotation, latest: Optional[int]) -> bool:
    """The figure is dated in its clause, or before it in its sentence, by a plain year or period ("Năm 2018, …",
    "giai đoạn 2016-2020 …", not a milestone "đến năm …") earlier than ``latest``, and no goal word stands before it
    in its sentence."""
    if latest is None or names_a_goal(text, s_start, t.start):
        return False
    # "Năm 2020, … tăng trưởng gần 8%; tổng số tờ khai tăng 2,64%, …": a clause without a time of its own is told
    # at the one before it in its sentence that dated it (not "… so với giai đoạn 2011-2020; có ít nhất 100 DN …").
    times = time_expressions(text, t.clause_start, t.clause_end)
    if not times:
        before = time_expressions(text, s_start, t.clause_start)
        times = [e for e in before if (e[2] or e[3]) in (t.deadline_year, (t.period_start, t.period_end))][-1:]
    if not times or any(_MILESTONE_FORM.match(text, start) for start, *_ in times):
        return False
    return all((year or period[1]) < latest for _, _, year, period in times)


_MILESTONE_FORM = re.compile(r"(?:đến|tới|vào|trước|trong|hết|cuối|chậm nhất)\b", re.I)


def _follows(run_at: int, at: int, furniture: frozenset[int]) -> bool:
    """The block at ``at`` comes right after the one at ``run_at``, but for page furniture."""
    return run_at < at and all(i in furniture for i in range(run_at + 1, at))


def _continues_list(text: str, start: int, end: int) -> bool:
    """A sentence that goes on with a list of targets: opened by a continuation word, a measure, a figure or
    a period, with no past-tense word before its first figure (a result, not a target)."""
    opening = _ITEM_OPENING.match(text, start, end).end()
    # The rest of a sentence cut after an ellipsis ("… các loại ván…) đạt 3,25 tỷ USD") opens in lower case.
    if not (_LIST_CONTINUATION.match(text, opening, end) or (opening < end and text[opening].islower())):
        return False
    figure = re.search(r"\d", text[start:end])
    return not PAST.search(text, start, start + figure.start() if figure else end)


def _announces_goals(text: str, start: int, end: int) -> bool:
    sentence = text[start:end]
    not_goals = [n.span() for n in NOT_TRIGGER.finditer(sentence)]
    return any(not any(a <= m.start() < b for a, b in not_goals) for m in STRICT_TRIGGER.finditer(sentence))


def _reports_nothing(text: str, start: int, end: int) -> bool:
    """No result, baseline or statistics word in the sentence: it can go on with a list of goals."""
    return not (PAST.search(text, start, end) or CUT.search(text, start, end) or STATISTICS.search(text, start, end))


def _time_in(text: str, start: int, end: int) -> Optional[tuple[Optional[int], Optional[tuple[int, int]]]]:
    """The last milestone written in text[start:end], if any."""
    found = time_expressions(text, start, end)
    return (found[-1][2], found[-1][3]) if found else None


def _time_of(t: TargetAnnotation) -> tuple[Optional[int], Optional[tuple[int, int]]]:
    return t.deadline_year, (t.period_start, t.period_end) if t.period_start else None


def _dated(t: TargetAnnotation, time: tuple[Optional[int], Optional[tuple[int, int]]]) -> TargetAnnotation:
    deadline, period = time
    return replace(t, deadline_year=deadline, period_start=period[0] if period else None, period_end=period[1] if period else None)


# "Đồng thời, …", "Tỷ lệ hồ sơ …", "60% các hệ thống …", "Giai đoạn 2021-2025, …", "Đảm bảo 80% …".
_LIST_CONTINUATION = re.compile(
    rf"(?:{CONTINUATION.pattern}|{MEASURE.pattern}|\d|(?:giai đoạn|thời kỳ)\s+(?:19|20)\d\d|(?:đảm bảo|bảo đảm)\b)", re.I
)
_ITEM_OPENING = re.compile(r"[\s*_\-+•]*")
_INLINE_ITEM = re.compile(r"[-+•]\s")


_QUESTION = re.compile(r"\?[\s*_]*$")
_CURRENT_STATE = re.compile(r"[\W_]*(?:hiện nay|hiện tại|hiện có|tính đến)\b", re.I)
# "100% khu công nghiệp có tối thiểu 1 trạm 5G", "70% phụ nữ mang thai được tầm soát ít nhất 4 loại bệnh":
# the count says which entities the share counts ("trong đó có ít nhất 6.000 …" is a subset, not a threshold).
# "… có thu nhập dưới 2 triệu đồng", "… có từ 50 lao động trở lên": a bound on what the counted entities have
# ("không có huyện nào đạt dưới 60%" is a bound for all of them, a target).
_ENTITY_THRESHOLD = re.compile(
    r"(?<!trong đó )(?<!không )\bcó(?:\s+[^\W\d_]+){0,4}?\s+(?:từ|trên|dưới|hơn|tối\s+thiểu|ít\s+nhất|không\s+quá|tối\s+đa)\s*$", re.I
)
_COUNT_THRESHOLD = re.compile(r"(?<!trong đó )\b(?:có|được(?:\s+[^\W\d_]+){1,3})\s+(?:tối\s+thiểu|ít\s+nhất)\s*$", re.I)


def _sentence_targets(
    text: str,
    s_start: int,
    s_end: int,
    mode: str,
    sections: Sequence[Section],
    idx: Optional[int],
    block: Optional[Block],
    lead_in: Optional[Block],
    continues: bool,
    openings: dict[int, Optional[tuple[int, int]]],
    label: str = "",
) -> Iterator[TargetAnnotation]:
    sentence = text[s_start:s_end]
    quantities = _goal_quantities(sentence, mode)
    if not quantities:
        return
    carried = _carried_comparators(text, s_start, s_end, quantities)
    news_ok = news_eligible(sentence, continues, strict=mode == "strict_news") if mode in ("news", "strict_news") else None
    block_opening = _block_opening(text, block, openings)
    sector = _sector_subject(sentence) if mode in ("news", "strict_news") else None
    units_seen: list[str] = []
    seen_quantities: list[Quantity] = []
    effective_units: dict[int, str] = {}  # quantity start → unit after inheritance
    last_metric, last_bare = "", ""  # the metric of the previous quantity, and without the verb of its clause
    for q in quantities:
        if news_ok is not None and not news_ok(q.start):
            continue
        unit = _inherited_unit(sentence, q, units_seen, seen_quantities)
        units_seen.append(unit)
        seen_quantities.append(q)
        effective_units[q.start] = unit
        c_start, c_end = _clause_of(text, s_start, s_end, s_start + q.start)
        # "Tỷ suất sinh … giảm từ 23 ca sinh/1.000 phụ nữ xuống 18 ca sinh …": a baseline is no previous item.
        previous_end = max(
            (base_end(text, s_start + x.end, effective_units.get(x.start, x.unit)) for x in quantities
             if x.end <= q.start and not _FROM_TO.match(sentence, x.end)),
            default=c_start,
        )
        following = [(s_start + x.start, s_start + x.end, x.unit) for x in quantities if q.end <= x.start and s_start + x.start < c_end]
        metric = metric_of(text, c_start, c_end, s_start + q.start, s_start + q.end, unit, max(c_start, previous_end), following)
        before = text[c_start : s_start + q.start]
        bare = without_action(metric, before)  # what the indicator form is made of
        if last_metric and (len(metric.split()) < 2 or _names_only_its_unit(metric, unit, last_metric, units_seen[-2:-1])):
            # "… 1% lực lượng lao động; đến năm 2025 đạt khoảng 2,5%": same measure
            metric, bare = last_metric, last_bare
        elif last_metric and unit_category(unit) == "percent_per_year" and _BARE_GROWTH.fullmatch(metric):
            # "… dự kiến đạt 10 triệu USD, tốc độ tăng bình quân 08 - 09%/năm": the growth of the measure before.
            growth = _growth_written(before) or metric
            metric = bare = f"{growth} {_lowered(last_bare)}"
        if not metric and q.start == min(x.start for x in quantities) and _LABEL_HEADING.search(label):
            # "6. Thời hạn hoạt động của dự án: 70 năm kể từ …": the heading the value follows names it.
            metric = bare = metric_before(_LABEL_HEADING.search(label).group(1))
        owner = _sentence_owner(text, s_start, c_start, metric, unit, before)
        if owner:
            # "Tốc độ tăng trưởng … của kinh tế tư nhân đạt …; đóng góp khoảng 55 - 58% GDP": whose share it is.
            metric = bare = f"{_BENEFICIARY_END.sub('', metric)} của {owner}"
            before = ""  # the verb is the measure now, not something done to the counted things
        aside = goal_aside(sentence, q.start) if mode in ("news", "strict_news") else None
        if aside:
            # "Riêng khu vực Hải Phòng thu được 39.013 tỷ đồng, đạt 68,3% chỉ tiêu Bộ Tài chính giao (57.100 tỷ đồng)":
            # the goal measures what the clause's result measures.
            metric = bare = _measure_of_result(text, c_start, s_start + aside.start(), unit, aside.group(1))
        if sector and _OF_AN_ECONOMY.search(metric) and sector.casefold() not in metric.casefold():
            # "Lĩnh vực chăn nuôi phấn đấu đạt tốc độ tăng giá trị sản xuất 3,95 – 4,15%": the sector's growth.
            metric, bare = f"{metric} {sector}", f"{bare} {sector}" if bare else bare
        last_metric, last_bare = metric, bare
        form = indicator_form(bare, unit, before, text[s_start + q.end : c_end], text[s_start:c_start])
        if form and mode == PROJECT:
            form = of_the_project(form, unit)
        metric = _with_base(metric, unit, text[s_start + q.end : c_end])
        if not aside and _states_no_goal(text, s_start, s_end, c_start, q, unit, mode, quantities, effective_units):
            continue
        comparator, strict = q.comparator, q.strict
        if comparator is None:
            comparator, strict = carried.get((q.start, q.end), ("=", False))
        deadline, period = time_of(text, s_start, (c_start, c_end), q, quantities, block_opening, lead_in, sections, idx)
        baseline, baseline_year = baseline_of(text, s_start + q.end, c_end)
        kind = "project_parameter" if mode == PROJECT else "target"
        if _is_breakdown(sentence, q, quantities) or _in_listed_parts(text, s_start + q.start):
            kind = "breakdown"
        yield TargetAnnotation(
            start=s_start + q.start,
            end=s_start + q.end,
            clause_start=c_start,
            clause_end=c_end,
            value=q.value,
            value_max=q.value_max,
            unit=unit,
            unit_category=unit_category(unit),
            comparator=comparator,
            strict=strict,
            metric=metric,
            indicator=scoped(form, before, text[s_start:c_start]) if form else None,
            deadline_year=deadline,
            period_start=period[0] if period else None,
            period_end=period[1] if period else None,
            baseline=baseline,
            baseline_year=baseline_year,
            kind=kind,
            section=_section_heading(sections, idx),
        )


# A growth rate that names no measure: "tốc độ", "tốc độ tăng bình quân", "tăng trưởng hằng năm",
# "(tăng) bình quân hàng năm".
_BARE_GROWTH = re.compile(
    r"(?:tốc độ(?:\s+tăng(?:\s+trưởng)?)?|tăng(?:\s+trưởng)?)(?:\s+(?:bình quân|trung bình))?(?:\s+(?:hằng|hàng|mỗi)\s+năm)?"
    r"|(?:bình quân|trung bình)\s+(?:hằng|hàng|mỗi)\s+năm",
    re.I,
)
_GROWTH_WRITTEN = re.compile(
    r"tốc độ(?:\s+tăng(?:\s+trưởng)?)?(?:\s+(?:bình quân|trung bình))?(?:\s+(?:hằng|hàng|mỗi)\s+năm)?", re.I
)


def _growth_written(before: str) -> Optional[str]:
    """The growth rate's name as the clause writes it before the value ("tốc độ tăng bình quân")."""
    found = None
    for found in _GROWTH_WRITTEN.finditer(" ".join(before.split())):
        pass
    return found.group() if found else None


def _lowered(phrase: str) -> str:
    """The phrase with its first letter lowered unless its first word is an acronym ("GRDP")."""
    first = phrase.split(" ", 1)[0]
    return phrase if first.isupper() and len(first) > 1 else phrase[:1].lower() + phrase[1:]


def _sentence_owner(text: str, s_start: int, c_start: int, metric: str, unit: str, before: str) -> Optional[str]:
    """The subject of the sentence when a later clause states a share with only its verb ("…; đóng góp
    khoảng 55 - 58% GDP, … giải quyết việc làm cho khoảng 84 - 85% tổng số lao động"): the owner a
    measure names ("Tốc độ tăng trưởng bình quân của kinh tế tư nhân đạt …") or the noun phrase the
    sentence opens with ("Kinh tế tư nhân Việt Nam phát triển nhanh …"). None in any other case."""
    if not unit.startswith("% ") or c_start <= s_start or len(metric.split()) > 5:
        return None
    # Only a verb phrase written right before the value, no noun of its own before the verb.
    if not metric or metric.lower() not in " ".join(before.split()).lower():
        return None
    tags = pos_tags(metric.lower())
    if not tags or tags[0][1] != "V":
        return None
    opening = " ".join(text[s_start:c_start].split()).lstrip("-+•* ")
    if MEASURE.match(opening):
        predicate = predicate_start(opening)
        owned = _OWNED.search(opening[:predicate].strip(" ,")) if predicate else None
        return owned.group(1) if owned else None
    # The nouns the sentence opens with, up to its first verb ("Kinh tế số phát triển nhanh").
    tags = pos_tags(opening)
    nouns = []
    for word, tag in tags:
        if not tag.startswith("N"):
            break
        nouns.append(word)
    if not nouns or len(nouns) == len(tags) or tags[len(nouns)][1] != "V" or len(" ".join(nouns).split()) > 8:
        return None
    return _lowered(" ".join(nouns)) if opening.startswith(" ".join(nouns)) else None


def _states_after(metric: str, after: str) -> bool:
    """Whether the metric is what the clause says right after the quantity ("60% tổng số hợp tác xã | hoạt động
    từ loại khá"), not a verb before it ("giải quyết việc làm cho khoảng 85% tổng số lao động")."""
    return bool(metric) and " ".join(after.split()).lower().startswith(metric.split()[0].lower())


# A sector that sets itself goals, opening a news sentence: "Theo đó, lĩnh vực trồng trọt phấn đấu đạt …", "Năm 2019,
# toàn ngành nông nghiệp đặt mục tiêu …", "Ngành lâm nghiệp phấn đấu …" (after at most two opening phrases).
_OPENING_PHRASES = r"[\s*_\-+•]*(?:[^.;:,]{1,30},\s*){0,2}?"
_SECTOR_SUBJECT = re.compile(
    _OPENING_PHRASES + r"(?P<whole>toàn\s+ngành\s+)?(?:ngành|lĩnh\s+vực)?\s*"
    rf"(?P<name>(?-i:[{LOWERCASE}])[^\W\d_]*(?:\s+[^\W\d_]+){{0,3}}?)"
    r"\s+(?:phấn đấu|đặt\s+(?:ra\s+)?mục tiêu|đề ra mục tiêu)\b",
    re.I,
)
_SECTOR_HEAD = re.compile(_OPENING_PHRASES + r"(?:toàn\s+ngành|ngành|lĩnh\s+vực)\s", re.I)
# The measures of an economy or a sector's output, which a sector's name completes.
_OF_AN_ECONOMY = re.compile(r"\b(?:tốc độ|kim ngạch|giá trị|sản lượng|GDP|GRDP|xuất khẩu|XK|tỷ trọng)\b", re.I)


# The result a goal in brackets is compared with: what is measured, its verb and its figure ("khu vực Hải Phòng thu
# được 39.013 tỷ đồng", "Giá trị sản xuất trồng trọt tăng 2,52%"), after the clause's opening phrases.
_RESULT_MEASURE = re.compile(
    r"(?:.*?,\s*)?(?:riêng|trong đó|cụ thể)?\s*(?P<measure>[^\d,;()]+?)\s+(?P<verb>tăng|giảm|thu|đạt)\b(?P<rest>[^\d,;()]*?)"
    r"\s*(?:được|đạt|ước đạt|khoảng)?\s*\d",
    re.I,
)


def _measure_of_result(text: str, c_start: int, aside_start: int, unit: str, goal: str) -> str:
    """The metric of a goal quoted in brackets after a result: the result's measure and the goal's name."""
    goal = " ".join(goal.split())
    found = _RESULT_MEASURE.match(" ".join(text[c_start:aside_start].split()))
    if not found:
        return goal
    measure = " ".join(found.group("measure").split())
    verb, rest = found.group("verb").lower(), " ".join(found.group("rest").split())
    if verb in ("tăng", "giảm") and unit_category(unit) == "percent":
        measure = f"tốc độ {verb} {_lowered(measure)}"  # "Giá trị sản xuất trồng trọt tăng 2,52%": a growth rate
    elif verb == "thu":
        measure = f"số thu {rest + ' ' if rest else ''}{_lowered(measure)}".strip()  # "thu ngân sách được …"
    return f"{measure} ({goal})"


def _sector_subject(sentence: str) -> Optional[str]:
    """The sector a news goal sentence opens with, as a metric names it ("trồng trọt", "toàn ngành nông nghiệp")."""
    if not _SECTOR_HEAD.match(sentence):
        return None
    found = _SECTOR_SUBJECT.match(sentence)
    if not found:
        return None
    name = " ".join(found.group("name").split())
    return f"toàn ngành {name}" if found.group("whole") else name


def _with_base(metric: str, unit: str, after: str = "") -> str:
    """The metric of a share with the base the value is taken of: "… tham gia bảo hiểm xã hội tự nguyện
    chiếm khoảng 1% lực lượng lao động trong độ tuổi" → "… tự nguyện so với lực lượng lao động trong độ
    tuổi"; "giải quyết việc làm cho khoảng 85% tổng số lao động" → "giải quyết việc làm cho tổng số lao
    động"; "60% tổng số hợp tác xã hoạt động từ loại khá" → "hợp tác xã hoạt động từ loại khá"; a share of the
    economy is "… trong GDP". A share's own name ("Tỷ lệ che phủ rừng") and a verb alone keep theirs."""
    base = unit[2:] if unit.startswith("% ") else ""
    if not base or not metric or base.lower() in metric.lower() or plan_share(unit, after):
        return metric  # (a share of the plan: "Chi đầu tư … đạt 100% kế hoạch." is measured by its subject)
    if ECONOMY_BASE.match(" " + base):
        return f"{metric} trong {base}"  # "Kinh tế số chiếm 30% GDP" → "Kinh tế số trong GDP", a share of the economy
    if _BENEFICIARY_END.search(metric):
        return f"{metric} {base}"
    tags = pos_tags(metric)
    counted = re.match(r"tổng số\s+(?:lượng\s+)?(\S.*)", base, re.I)
    if tags and tags[0][1] == "V" and counted and _states_after(metric, after):
        return f"{counted.group(1)} {metric}"  # "60% tổng số hợp tác xã hoạt động từ loại khá": the things counted act
    if tags and tags[0][1] == "V" and not MEASURE.match(metric) and _TOTAL_BASE.match(base):
        # "… đóng góp khoảng 35 - 40% tổng thu ngân sách nhà nước": a part of the total the verb contributes to.
        return f"{metric} trong {base}"
    if MEASURE.match(metric) or not tags or not tags[0][1].startswith("N"):
        return metric
    return f"{metric} so với {base}"


# "6. Thời hạn hoạt động của dự án:", "a) Tổng vốn đầu tư:": a numbered label right before the value.
_LABEL_HEADING = re.compile(r"^[\s*#]*(?:\d+(?:\.\d+)*\.?|[a-zđ]\))?\s*([^\W\d_][^:;\n]{2,80}?)\s*:[\s*]*$", re.I)
_OWNED = re.compile(r"\bcủa\s+(.+)$")
_TOTAL_BASE = re.compile(r"tổng\s", re.I)
_BENEFICIARY_END = re.compile(r"\s+cho$", re.I)


def _names_only_its_unit(metric: str, unit: str, last_metric: str, last_unit: list[str]) -> bool:
    """"… 02 giáo viên được bồi dưỡng … và đạt ít nhất 03 giáo viên vào năm 2035": a count that
    repeats the previous one's unit and nothing else counts the same thing ("2 triệu doanh nghiệp hoạt
    động …, 20 doanh nghiệp hoạt động/nghìn dân" is a rate of its own)."""
    return last_unit == [unit] and metric.casefold() == unit.split("/")[0].casefold() and f" {metric.casefold()} " in f" {last_metric.casefold()} "


def _goal_quantities(sentence: str, mode: str) -> list[Quantity]:
    """The quantities of a sentence, none when it describes the current state."""
    numbers = [n for n in iter_numbers(sentence) if not n.words or is_multiplier(sentence, n)]
    if not numbers:
        return []
    quantities = sentence_quantities(sentence, numbers, guess_units=True if mode == "goal" else _after_goal_word(sentence))
    if not quantities:
        return []
    if _CURRENT_STATE.match(sentence) and not STRICT_TRIGGER.search(sentence) and not LATE_MILESTONE.search(sentence):
        return []  # "Hiện nay, … khoảng 180 trạm": the situation a goal section starts from
    return quantities


# How far back from a count an explicit goal word names it: "với mục tiêu đào tạo được 7.500 nhân lực", "Mục tiêu
# cụ thể của Chương trình là phát triển và làm chủ được 20 công nghệ cao".
_GOAL_WORD_REACH = 80


def _after_goal_word(sentence: str) -> Callable[[int], bool]:
    """For a news sentence: whether a number at a position follows an explicit goal word ("mục tiêu", "phấn đấu")
    in its clause, close enough that the noun after it is what the goal counts, though the unit table lacks it."""
    not_goals = [n.span() for n in NOT_TRIGGER.finditer(sentence)]
    goal_ends = [m.end() for m in STRICT_TRIGGER.finditer(sentence) if not any(a <= m.start() < b for a, b in not_goals)]

    def counts(pos: int) -> bool:
        return any(0 <= pos - end <= _GOAL_WORD_REACH and ";" not in sentence[end:pos] for end in goal_ends)

    return counts


# The share an amount makes of its whole, written right after it ("… ha, chiếm 17,6%", "… ha (chiếm 3,5%").
_SHARE_OF_AMOUNT = re.compile(r"\s*[,(]?\s*chiếm\s*", re.I)


def _carried_comparators(
    text: str, s_start: int, s_end: int, quantities: list[Quantity]
) -> dict[tuple[int, int], tuple[str, bool]]:
    """(start, end) of a quantity without a comparator → the (comparator, strict)
    of a phrase that covers it as the next item of a coordinated list in its clause."""
    sentence = text[s_start:s_end]
    carried: dict[tuple[int, int], tuple[str, bool]] = {}
    for c_start, c_end in iter_clauses(text, s_start, s_end):
        cq = [q for q in quantities if c_start - s_start <= q.start < c_end - s_start]
        carry: Optional[tuple[str, bool, int]] = None  # comparator, strict, end of its quantity
        for q in cq:
            if q.comparator and q.from_phrase and q.comparator != "range":
                carry = (q.comparator, q.strict, q.end)
            elif q.comparator is None and carry:
                between = sentence[carry[2] : q.start]
                if _SHARE_OF_AMOUNT.fullmatch(between):
                    # "khoảng 2.763 ha, chiếm 17,6% …": the share of an approximate amount is as approximate.
                    carried[(q.start, q.end)] = (carry[0], carry[1])
                    carry = None
                elif COORDINATED.search(between) and not NOT_COORDINATED.search(between):
                    # "Trên 80% … và 100% …": nothing exceeds a whole, so a strict bound reaches it as ">=".
                    whole = carry[1] and q.value == 100 and unit_category(q.unit) == "percent"
                    carried[(q.start, q.end)] = (carry[0], carry[1] and not whole)
                    carry = (carry[0], carry[1], q.end)
                else:
                    carry = None
    return carried


def _block_opening(text: str, block: Optional[Block], openings: dict[int, Optional[tuple[int, int]]]) -> Optional[tuple[int, int]]:
    """The first sentence of the block, read once per block."""
    if not block:
        return None
    if block.start not in openings:
        # iter_blocks(text, block.start, block.end) reads this very block again: pass it instead.
        openings[block.start] = next(iter_sentences(text, blocks=(block,)), None)
    return openings[block.start]


# A noun right after a percentage: the share names what it is of ("20% cán bộ quản lý …"), unless the word says
# when, how or with what else ("2,5% vào năm 2025", "… và", "trở lên").
_OWN_SUBJECT = re.compile(
    r"\s+(?!(?:và|hoặc|trở|so|vào|trong|đến|tới|năm|trên|dưới|giai|mỗi|hằng|hàng|theo|tại|ở|với|của|là|thì|khi|từ|lên|xuống)\b)"
    r"(?-i:[a-zđà-ỹ])",
    re.I,
)


_RATE_NAMED = re.compile(r"\bt[ỷỉ]\s+lệ\b", re.I)


# "…, trong đó kinh phí từ xã hội chiếm hơn " before a share: the part of the whole just named.
_PART_SHARE = re.compile(r"\btrong\s+đó\b[^;]{0,80}?\bchiếm\b[^;\d]{0,20}$", re.I)


def _inherited_unit(sentence: str, q: Quantity, units_seen: list[str], earlier: Sequence[Quantity] = ()) -> str:
    """The quantity's unit, completed from the units before it in the sentence (``earlier``: the quantities
    those units are of, in the same order)."""
    unit = q.unit
    own_base = PERCENT_BASE.match(sentence, q.end) if unit == "%" and any(u.startswith("% ") for u in units_seen) else None
    if own_base and len(own_base.group(1).split()) <= 8:
        # "… 55 - 58% GDP, khoảng 35 - 40% tổng thu ngân sách": in a list of shares each writes its own base.
        unit = f"% {' '.join(own_base.group(1).split())}"
    if unit == "%" and _OWN_SUBJECT.match(sentence, q.end):
        return unit  # "60% tổng số hợp tác xã …; 20% cán bộ quản lý hợp tác xã …": a share of its own subject
    if unit == "%" and _RATE_NAMED.search(sentence, sentence.rfind(";", 0, q.start) + 1, q.start):
        return unit  # "… đạt 95% dân số; tỉ lệ xã đạt chuẩn nông thôn mới tối thiểu 80%": a rate of its own clause
    if unit == "%" and (part := _PART_SHARE.search(sentence, 0, q.start)) and any(
        u.startswith("% ") and x.end <= part.start() and q.value > x.value for x, u in zip(earlier, units_seen)
    ):
        return unit  # "R&D đạt 2% GDP, trong đó kinh phí từ xã hội chiếm hơn 60%": a part larger than its whole's share
    # Elided or shortened unit: "120 hộ" after "80 hộ kinh doanh", "2,5%" after "1% lực lượng lao động".
    for previous in reversed(units_seen):
        if previous.startswith(unit + " "):
            return previous
    return unit


def _states_no_goal(
    text: str, s_start: int, s_end: int, c_start: int, q: Quantity, unit: str, mode: str,
    quantities: list[Quantity], effective_units: dict[int, str],
) -> bool:
    """A quantity of a target sentence that is no goal: funding, a baseline, a threshold."""
    sentence = text[s_start:s_end]
    if (
        mode != PROJECT and unit_category(unit) == "money" and _FUNDING.search(text, c_start, s_start + q.start)
        and not (mode == "goal" and _ECONOMY_AGGREGATE.match(text, c_start, s_start + q.start))
        and not (mode != "goal" and _BUDGET_TOTAL.match(text, c_start, s_start + q.start))
        and not _ECONOMY_TOTAL.search(text, c_start, s_start + q.start)
    ):
        return True  # budgets and funding are means, not goals (the province's budget revenue is an indicator)
    if _FROM_TO.match(sentence, q.end):
        return True  # "tăng từ 45% lên 60%": the first figure is the baseline
    if unit == "tháng" and _PART_OF_YEAR.match(sentence, q.end):
        return True  # "tình hình … 6 tháng đầu năm": a part of the year, not a count
    if unit == "nhiệm vụ" and (_TASK_GROUPS_AFTER.match(sentence, q.end) or _TASK_GROUPS_BEFORE.search(sentence, 0, q.start)):
        return True  # "Chương trình đề ra 9 nhiệm vụ, giải pháp chủ yếu": how the plan is laid out, no goal
    if mode in ("news", "strict_news") and _YEAR_ON_YEAR.match(sentence, q.end):
        return True  # "… tăng 5% so với cùng kỳ": a news page's result against last year, no plan target
    if mode in ("news", "strict_news") and _reports_share_of_plan(sentence, q.start):
        return True  # "Cục Hải quan X thu đạt 4.740 tỷ đồng, đạt 79% dự toán": progress against the plan
    if (
        _MARGIN_BEFORE.search(sentence, 0, q.start) and _MARGIN_OVER_PLAN.match(sentence, q.end)
        and any(c_start - s_start <= x.start < q.start for x in quantities)
    ):
        # "… đạt khoảng 35,2% …, vượt 0,2% so với chỉ tiêu tại Nghị quyết số 28": the margin of the goal stated before
        # it (alone, "phấn đấu thu vượt 5% chỉ tiêu pháp lệnh" is the goal)
        return True
    if mode in ("goal", "news", "strict_news") and _reported_result(text, c_start, s_start + q.start):
        # "Kết quả Quý I/2026 mới đạt 9,5%" under a chỉ tiêu heading, "Chỉ tiêu cây xanh bình quân đầu người chỉ mới
        # đạt 1,6 m2/người" in a news page: what was reached, not the goal
        return True
    if _in_baseline_aside(sentence, q.start):
        return True  # "đạt 60% (năm 2024 đạt 45%)": a past figure in parentheses
    if (
        (unit_category(unit) != "percent" and _COUNT_THRESHOLD.search(sentence, 0, q.start))
        or _ENTITY_THRESHOLD.search(sentence, c_start - s_start, q.start)
    ) and any(
        unit_category(effective_units.get(x.start, x.unit)) == "percent" and c_start - s_start <= x.start < q.start
        for x in quantities
    ):
        # "100% khu công nghiệp có tối thiểu 1 trạm 5G", "90% công trình có diện tích sàn từ 1.000 m2 trở lên":
        # the figure says which entities the share counts
        return True
    if _EACH_THRESHOLD.search(sentence, 0, q.start) and any(x.end <= q.start for x in quantities):
        # "… tối thiểu 25 thương vụ …, với giá trị mỗi thương vụ từ 01 triệu USD trở lên": which deals are counted
        return True
    if _is_condition(sentence, c_start - s_start, q):
        return True  # "xã có tỷ lệ hộ nghèo dưới 30% có thể điều chỉnh …": a threshold, not a goal
    if _NORM_BEFORE.search(sentence, 0, q.start):
        return True  # "phân bổ vốn … với định mức tối thiểu 43% tổng kinh phí": how funds are shared, not a goal
    if unit_category(unit) == "count" and _OWNER_COUNT.search(sentence, 0, q.start):
        return True  # "kinh tế của 28 tỉnh, thành phố ven biển ước đạt …": whose figure the goal is, not a goal
    if mode != "goal" and unit_category(unit) == "duration" and _TIME_LIMIT.search(sentence, 0, q.start):
        return True  # "niêm yết công khai … trong thời hạn tối thiểu 10 ngày": a procedure's time limit
    return False


# A count after "của" names whose measure it is: "GDP của 28 tỉnh, thành phố ven biển".
_OWNER_COUNT = re.compile(r"[^\W\d_]\s+của\s+$", re.I)


# Words that report what was reached ("kết quả giải quyết thủ tục hành chính" names an indicator); a goal word after
# them ("… đã đạt 60%, phấn đấu đến năm 2030 đạt 80%") starts a goal.
_RESULT = re.compile(
    r"\b(?:(?<!phấn đấu )kết quả(?!\s+giải\s+quyết)|hiện mới|chỉ mới đạt|mới chỉ đạt|ước đạt|ước thực hiện|ước tính|đã đạt|đã vượt|lũy kế|luỹ kế|tính đến|đến nay|tới nay)\b", re.I
)


def _reported_result(text: str, c_start: int, pos: int) -> bool:
    """A result cue before the figure in its clause, with no target word between them."""
    cue = None
    for cue in _RESULT.finditer(text, c_start, pos):
        pass
    return cue is not None and not TRIGGER.search(text, cue.end(), pos) and "(" not in text[cue.end() : pos]


# "… 9 nhiệm vụ, giải pháp chủ yếu", "6 nhiệm vụ trọng tâm, 9 nhiệm vụ cụ thể": the plan's chapters, counted.
_TASK_GROUPS_AFTER = re.compile(r"[\s,]*(?:(?:và\s+)?(?:nhóm\s+)?giải pháp|(?:trọng tâm|trọng điểm|cụ thể|chủ yếu)\s*(?:[,;.]|và\b|$))", re.I)
_TASK_GROUPS_BEFORE = re.compile(r"\b(?:đề ra|gồm|bao gồm)\s*(?:có\s+)?$", re.I)
# "đạt 79% dự toán", "đạt 45,48% so với chỉ tiêu phấn đấu": the share of the plan reached so far.
_SHARE_OF_PLAN_REACHED = re.compile(
    r"\bđạt\s+(?:khoảng\s+|gần\s+|hơn\s+|trên\s+)?\d[\d.,]*\s*%\s*"
    r"(?:so\s+với\s+)?(?:dự\s+toán|kế\s+hoạch|chỉ\s+tiêu|mục\s+tiêu)",
    re.I,
)
# A task heading that states its goal: "1. Hoàn thành mục tiêu đưa vào khai thác trên 3.000 km …".
_GOAL_HEADED_TASK = re.compile(r"\b(?:mục tiêu|phấn đấu)\b[^.;:]*\d", re.I)
# "6 tháng đầu năm", "3 tháng cuối năm 2019": a stretch of the year.
_PART_OF_YEAR = re.compile(r"\s+(?:đầu|cuối)\s+năm\b", re.I)
# "vượt 0,2% so với chỉ tiêu …": by how much a goal exceeds the plan it answers.
_MARGIN_BEFORE = re.compile(r"\bvượt\s+(?:khoảng\s+)?$", re.I)
_MARGIN_OVER_PLAN = re.compile(r"\s*(?:so\s+với\s+)?(?:chỉ\s+tiêu|kế\s+hoạch|dự\s+toán|mục\s+tiêu)\b", re.I)
# A word that looks ahead: the clause sets a goal even if it names the share of the plan.
_LOOKS_AHEAD = re.compile(r"\b(?:phấn đấu|sẽ|cần|phải|dự kiến|mục tiêu|quyết tâm|nỗ lực)\b", re.I)


def _reports_share_of_plan(sentence: str, pos: int) -> bool:
    """The part of the sentence the figure at ``pos`` is in (from the last colon before it to the next semicolon)
    reports the share of the plan reached so far, with no word that looks ahead outside that share's own phrase
    ("… 51,83% chỉ tiêu phấn đấu")."""
    start = sentence.rfind(":", 0, pos) + 1
    end = sentence.find(";", pos)
    part = sentence[start : end if end >= 0 else len(sentence)]
    if not _SHARE_OF_PLAN_REACHED.search(part):
        return False
    not_goals = [n.span() for n in NOT_TRIGGER.finditer(part)]
    return not any(not any(a <= m.start() < b for a, b in not_goals) for m in _LOOKS_AHEAD.finditer(part))


# "so với cùng kỳ", and its short forms "so cùng kỳ", "(tăng 10%) với cùng kỳ".
_YEAR_ON_YEAR = re.compile(r"[^;.]{0,40}?\b(?:so với|so|với) cùng kỳ\b", re.I)
_EACH_THRESHOLD = re.compile(
    r"\bmỗi\s+[^\W\d_]+(?:\s+[^\W\d_]+)?\s+(?:(?:có|đạt)\s+)?(?:từ|trên|tối thiểu|ít nhất|không dưới)\s*$", re.I
)
# An allocation norm before its figure and bound ("với định mức không vượt quá 15% tổng kinh phí"); not "ổn định mức 42%".
_NORM_BEFORE = re.compile(r"(?<!ổn )\bđịnh\s+mức(?:\s+[^\W\d_]+){0,4}\s*$", re.I)
_TIME_LIMIT = re.compile(
    r"\bthời\s+hạn(?:\s+(?:là|tối thiểu|tối đa|ít nhất|không quá|không dưới|chậm nhất))?\s*$", re.I
)
_FUNDING = re.compile(
    r"\b(?:kinh phí|ngân sách|nguồn vốn|tổng vốn|vốn|dự toán|chi phí|tổng mức đầu tư|huy động|"
    r"chi(?! tiết| nhánh| hội| cục| bộ| đoàn)|thu(?= ngân sách| nội địa| từ))\b",
    re.I,
)
# "(5) Thu ngân sách nhà nước trên địa bàn đạt 23.500 tỷ đồng", "Tổng vốn đầu tư toàn xã hội đạt …": a
# chỉ tiêu of the whole economy, not the funding of a plan.
_ECONOMY_AGGREGATE = re.compile(
    r"[\s*_\-+•]*(?:\(\d{1,2}\)\s*)?(?:tổng\s+)?(?:thu ngân sách|vốn đầu tư)\b[^;:]*?"
    r"\b(?:trên địa bàn|toàn xã hội|toàn tỉnh|toàn thành phố)\b[^;:]*?\bđạt\b",
    re.I,
)
# A news page's list of a plan's chỉ tiêu names the budget's totals as its subject ("tổng thu ngân sách nhà nước trên
# địa bàn đạt 13.745 tỉ đồng; tổng chi ngân sách nhà nước trên địa bàn đạt 12.428 tỉ đồng", "Tổng chi ngân sách địa
# phương dự kiến khoảng 613,7 nghìn tỷ đồng"): indicators of the economy, not a task's funding.
_BUDGET_TOTAL = re.compile(
    r"[\s*_\-+•]*(?:\(\d{1,2}\)\s*)?(?:dự kiến\s*,?\s*)?tổng\s+(?:thu|chi)\s+ngân\s+sách(?:\s+(?:nhà\s+nước|địa\s+phương))?"
    r"(?:\s+(?!(?:cho|để|hỗ trợ|thực hiện)\b)[^\W\d_]+){0,8}?\s+(?:dự kiến\s+)?(?:đạt|là|khoảng|ước)\b",
    re.I,
)
# The clause measures a total of the territory's economy, whatever its verb ("dự kiến tổng thu ngân sách nhà nước
# trên địa bàn giai đoạn 2021-2025 khoảng 1,4 triệu tỷ đồng, trong đó, thu nội địa trên 1,3 triệu tỷ đồng", "tổng vốn
# đầu tư xã hội cần huy động khoảng 3,1-3,2 triệu tỷ đồng"), unless it says what the money is for.
_ECONOMY_TOTAL = re.compile(
    r"\b(?:(?:tổng\s+)?(?:thu|chi)\s+ngân\s+sách|thu\s+nội\s+địa|tổng\s+vốn\s+đầu\s+tư\s+(?:toàn\s+)?xã\s+hội)\b"
    r"(?:(?!\b(?:cho|để|hỗ\s+trợ|thực\s+hiện|của\s+(?:dự\s+án|chương\s+trình|đề\s+án|kế\s+hoạch))\b)[^;:])*$",
    re.I,
)
# "từ 45% lên 60%", "từ 6% hiện lên khoảng 10%", "từ 23 ca (năm 2024) xuống 18 ca", "từ 7 triệu năm 2005 lên 14 triệu".
_FROM_TO = re.compile(
    r"\s*(?:\([^)]{0,30}\)\s*)?(?:(?:vào\s+)?năm\s+(?:19|20)\d\d\s+)?(?:hiện(?:\s+(?:nay|tại))?\s+)?(?:lên|xuống còn|xuống)\s+"
    r"(?:mức\s+)?(?:khoảng\s+)?\d", re.I
)


_BASELINE_ASIDE = re.compile(r"(?<!trong )(?<!đến )(?<!vào )(?<!tới )\bnăm\s+(?:19|20)\d\d\b|\bhiện (?:nay|tại|đạt|mới|có)\b|\bđến nay\b|\bđã đạt\b|\bước đạt\b", re.I)


_GOAL_OPENS_ASIDE = re.compile(r"\(\s*(?:phấn\s+đấu|mục\s+tiêu|chỉ\s+tiêu)\b", re.I)


def _in_baseline_aside(sentence: str, pos: int) -> bool:
    open_at = sentence.rfind("(", 0, pos)
    if open_at < 0 or ")" in sentence[open_at:pos]:
        return False
    close_at = sentence.find(")", pos)
    aside = sentence[open_at : close_at if close_at > 0 else len(sentence)]
    if _GOAL_OPENS_ASIDE.match(aside):
        return False  # "(phấn đấu giải ngân đạt tối thiểu 95% kế hoạch vốn đầu tư công năm 2025)": a goal of its own
    aside = BASELINE.sub(" ", aside)  # "(giảm 20% so với năm 2024)" is a target against a baseline
    return len(aside) <= 80 and bool(_BASELINE_ASIDE.search(aside))


# A quantity that says to whom a rule applies: opened by "nếu", "trường hợp",
# "đối với" … in the same phrase, or followed by what may then be done.
_CONDITION_OPENER = re.compile(
    r"\b(?:nếu|trường hợp|đối với|riêng|khi|những|các)\b[^,;:]*\bcó\s+(?:tỷ lệ|tỉ lệ|số|diện tích|dân số|quy mô|mức|thu nhập)\b[^,;:]*$"
    r"|\b(?:nếu|trường hợp)\b[^,;:]*$",
    re.I,
)
_CONDITION_CONSEQUENCE = re.compile(
    r"[^,;.]{0,30}?\b(?:thì|(?:có thể|được phép|được)\s+(?:được\s+)?(?:điều chỉnh|xem xét|áp dụng|kéo dài|lùi|miễn|giảm trừ))\b", re.I
)


def _is_condition(sentence: str, clause_start: int, q: Quantity) -> bool:
    if _CONDITION_CONSEQUENCE.match(sentence, q.end):
        return True
    opener = sentence[clause_start : q.start]
    return bool(_CONDITION_OPENER.search(opener)) and not _SCENARIO_GOAL.search(opener)


# "nếu điều kiện cho phép phấn đấu đạt khoảng": a goal set for better conditions, not a condition of a rule.
_SCENARIO_GOAL = re.compile(rf"\b{SCENARIO_CONDITION}\s+(?:phấn đấu|phần đấu|đạt)\b[^,;:]*$", re.I)


def _is_breakdown(sentence: str, q: Quantity, quantities: list[Quantity]) -> bool:
    """"Tổ chức 30 lớp (6 lớp/năm)": a figure of the same unit in parentheses right after another one details it."""
    open_at = sentence.rfind("(", 0, q.start)
    if open_at < 0 or ")" in sentence[open_at : q.start]:
        return False
    if unit_category(q.unit) == "percent" and _OWN_SHARE.match(sentence, open_at + 1):
        # "tỷ lệ lao động qua đào tạo khoảng 66% (trong đó tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ khoảng
        # 25,5%)": a share of a subset, named by its own measure, is an indicator of its own, not a part of the total.
        return False
    head = q.unit.split("/")[0]
    return any(
        p.end <= open_at and _NOUN_TAIL.fullmatch(sentence, p.end, open_at) and p.unit.split("/")[0] == head
        for p in quantities
    )


_OWN_SHARE = re.compile(r"\s*trong\s+đó\s*,?\s*(?:tỷ lệ|tỉ lệ|tỷ trọng|tỉ trọng)\b", re.I)
# Between a total and its parenthesised detail: nothing, or the rest of its noun ("05 lần in (01 lần/năm)").
_NOUN_TAIL = re.compile(r"[\s,]*(?:[^\W\d_]+\s*){0,2}")


# "… lên 4.758,5 MW (gồm 166 dự án thủy điện; 02 dự án điện gió; …)": the parts a total is made of.
_PARTS_OPENER = re.compile(r"\d[\d.,]*\s*[^\W\d_][^()\n]{0,30}?\(\s*(?:bao\s+)?gồm\b", re.I)


def _in_listed_parts(text: str, pos: int) -> bool:
    """A figure inside the parenthesised composition of a total ("(gồm …)"), which the
    sentence splitter may have cut at its semicolons."""
    open_at = text.rfind("(", max(0, pos - 400), pos)
    if open_at < 0 or ")" in text[open_at:pos] or "\n\n" in text[open_at:pos]:
        return False
    return any(m.end() > open_at for m in _PARTS_OPENER.finditer(text, max(0, open_at - 50), open_at + 12))


def _clause_of(text: str, s_start: int, s_end: int, pos: int) -> tuple[int, int]:
    for c_start, c_end in iter_clauses(text, s_start, s_end):
        if c_start <= pos < c_end:
            return c_start, c_end
    return s_start, s_end


# A heading's figure: a number that is no year, list mark or count of the section's own items ("(05 chỉ tiêu)").
_HEADING_FIGURE = re.compile(
    r"(?<![\w/.,])(?!(?:19|20)\d\d\b)(\d[\d.,]*)(?![\d/])(?!\s*(?:chỉ\s+tiêu|nhiệm\s+vụ|nhóm|giải\s+pháp|nội\s+dung)\b)"
    r"(?=\s*(?:%|[^\W\d_]))", re.I
)


_LETTER = re.compile(r"[^\W\d_]")


def _restated_below(text: str, sections: Sequence[Section], s_start: int, s_end: int) -> bool:
    """Whether a heading's figures are restated in its section's body, as a plan's headings usually are ("1. Chỉ
    tiêu kinh tế" over its list); a heading whose figure its body does not repeat ("#### 2. Thành lập mới khoảng trên
    500 ha các khu, cụm công nghiệp" over the tasks that reach it) states the target itself."""
    idx = section_at(sections, s_start)
    if idx is None or sections[idx].heading_start > s_start or sections[idx].marker is None:
        return True  # (a news page's unnumbered headline restates its lead)
    figures = [m.group(1) for m in _HEADING_FIGURE.finditer(text, s_start, s_end)]
    body = text[sections[idx].heading_end : sections[idx].end]
    if not _LETTER.search(body):
        return True  # an item with nothing under it ("c) Tổ chức 05 hội nghị tập huấn.") is read as a task, as before
    return not figures or any(_figure_in(figure, body) for figure in figures)


def _figure_in(figure: str, body: str) -> bool:
    """Whether ``body`` writes ``figure`` as a number of its own (not inside "1.500" or "25")."""
    at = body.find(figure)
    while at >= 0:
        before, after = body[at - 1 : at], body[at + len(figure) : at + len(figure) + 1]
        if not (before and (before.isdigit() or before in ".,")) and not after.isdigit():
            return True
        at = body.find(figure, at + 1)
    return False


def _section_heading(sections: Sequence[Section], idx: Optional[int]) -> Optional[str]:
    while idx is not None and (sections[idx].intro or not sections[idx].titled):
        idx = sections[idx].parent
    return sections[idx].heading if idx is not None else None
