"""Numeric targets: value(s), unit, comparator, deadline/period and metric.

Scope follows the annotation rules: numbers in goal sections (Mục tiêu, Chỉ
tiêu, Định hướng, an intro such as "… các chỉ tiêu cụ thể như sau:"), approved
figures in the project sections of an investment decision (kind
``project_parameter``), and — in documents without goal sections, such as news
pages — the sentences that report a plan's targets ("Theo Kế hoạch, đến năm
2025 …", "mục tiêu …", "phấn đấu …"). A number is a target only when a unit
follows it; labels, codes, dates, years and references are filtered by context.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from typing import Iterator, Optional, Sequence

from extractors.numbers import NumberAnnotation, iter_numbers, parse_digits
from extractors.sections import (
    GOAL_KINDS,
    Block,
    Layout,
    Section,
    heading_end_at,
    iter_clauses,
    iter_sentences,
    layout,
    section_at,
)
from extractors.units import comparators, unit_category, unit_pattern, units
from schemas.records import Table


@dataclass(frozen=True)
class TargetAnnotation:
    start: int
    end: int
    clause_start: int
    clause_end: int
    value: Decimal
    value_max: Optional[Decimal]
    unit: str
    unit_category: str
    comparator: str
    strict: bool
    metric: str
    deadline_year: Optional[int]
    period_start: Optional[int]
    period_end: Optional[int]
    baseline: Optional[str]
    baseline_year: Optional[int]
    kind: str
    section: Optional[str]
    table_index: Optional[int] = None
    table_row: Optional[int] = None
    agencies: tuple[str, ...] = ()


_I = re.IGNORECASE
# Words right before a number that make it a label, not a quantity ("lớp 5",
# "khu vực 14", "Điều 3", "số 405", "năm 2025", "lần thứ 2").
_LABEL_BEFORE = re.compile(  # the lookahead: the first characters of the alternatives
    r"(?=[lkđmtspcqnvbgấh/#\-–])"
    r"(?:\b(?:lớp|khu vực|điều|khoản|điểm|mục|tiết|tiểu mục|số|phụ lục|chương|phần|quyết định|nghị định|thông tư|"
    r"kế hoạch|nghị quyết|công văn|chỉ thị|luật|văn bản|thông báo|tờ trình|báo cáo|ngày|tháng|năm|quý|đợt|thứ|"
    r"giai đoạn|khóa|nhiệm kỳ|tổ dân phố|ấp|thôn|tổ|tầng|mốc|quốc lộ|tỉnh lộ|đường|km|kinh tuyến|múi chiếu|"
    r"mã|mẫu|biểu|hạng|cấp độ|nhóm|loại|đề án|chương trình|phiên|hội nghị|kỳ họp|lần)\s*"
    r"|[/#]\s*|(?<=\w)[-–])$",
    _I,
)
_RANK_GROUP_BEFORE = re.compile(r"\bnhóm\s*$", _I)
_RANK_AFTER = re.compile(r"\s+[^\W\d_]+(?:,?\s+[^\W\d_]+){0,4}?\s+(?:đứng đầu|dẫn đầu|hàng đầu|cao nhất)\b", _I)
# Right after a number: a code or a date ("188/KH-UBND", "13/7/2021", "28-NQ/TW").
_CODE_AFTER = re.compile(r"^(?:\s*/\s*\w|-\s?[A-ZĐ]{2,}|\.\d|,\d)")
# "từ 06 tháng đến 36 tháng tuổi": an age that defines who is counted.
_AGE_AFTER = re.compile(r"\s*tuổi\b", _I)
# "4 năm qua", "trong 2 - 3 năm tới": a span relative to now says when, it is no duration target.
_RELATIVE_SPAN = re.compile(r"\s*(?:qua|tới|nữa)\b", _I)
# "hai mục tiêu 100 năm", "kỷ niệm 80 năm": an anniversary names a milestone, it is no duration.
_ANNIVERSARY_BEFORE = re.compile(r"\b(?:mục tiêu|kỷ niệm|tròn)\s*$", _I)
_RANGE_SEP = re.compile(r"^\s*(?:-|–|—|đến|tới)\s*$", _I)
_YEAR_TOKEN = re.compile(r"^\d{4}$")

# Time expressions: periods first (a span of years), then single years. Each opens on a
# lookahead over the first letters of its words: the engine turns other positions down at once.
_PERIOD = re.compile(
    r"(?=[gtn])(?:giai đoạn|thời kỳ|từ năm|trong (?:các |những )?năm|năm)\s*(?:từ\s*)?(?:năm\s*)?"
    r"(?P<a>(?:19|20)\d\d)\s*(?:-|–|—|đến(?:\s+năm)?|tới(?:\s+năm)?)\s*(?:năm\s*)?(?P<b>(?:19|20)\d\d)\b",
    _I,
)
_YEAR = re.compile(r"(?=[đtvchn])(?<!tháng )(?<!\d/)(?:(?:đến|tới|vào|trong|cuối|đầu|đến hết|hết)\s+)?năm\s+(?P<y>(?:19|20)\d\d)\b", _I)
# "Quý IV/2025", "trước tháng 12 năm 2026", "trước ngày 31/12/2025": dated milestones.
_DATED = re.compile(
    r"(?=[qtđc])(?:quý\s+[IV]{1,3}\s*(?:/|năm\s+)|(?:trước|đến|trong|cuối|chậm nhất)\s+(?:tháng\s+\d{1,2}\s*(?:/|năm\s+)"
    r"|(?:ngày\s+)?\d{1,2}/\d{1,2}/))(?P<y>(?:19|20)\d\d)\b",
    _I,
)
_DATE_BEFORE_YEAR = re.compile(r"tháng\s+\d{1,2}\s*$", _I)
_AS_OF = re.compile(r"\btính\s*$", _I)
_BASELINE = re.compile(r"(?=s)so với\s+[^\d,;()]{0,40}?năm\s+(?P<y>(?:19|20)\d\d)", _I)

# News pages: sentences that report targets, and words that turn a clause into
# a result or a baseline ("nhưng kết quả chỉ có 10 hộ", "hiện mới chiếm 0,45%").
_TRIGGER = re.compile(  # the lookahead: the first letters of its words
    r"(?=[mcptkđdhn])(?:\b(?:mục tiêu|chỉ tiêu|phấn đấu|phần đấu|theo kế hoạch|kế hoạch đặt ra|đặt ra|đề ra|dự kiến|hướng tới|hướng đến|"
    r"nhằm đạt|tầm nhìn)\b"
    r"|(?<!hết )\b(?:đến|tới|trước)(?: cuối)? năm (?:19|20)\d\d)",
    _I,
)
_STRICT_TRIGGER = re.compile(r"\b(?:mục tiêu|chỉ tiêu|phấn đấu|phần đấu)\b", _I)
# A milestone written after the quantity ("… 80% hộ dân dùng nước sạch vào năm 2030").
_LATE_MILESTONE = re.compile(r"\b(?:đến|tới|vào|trước|trong)(?: cuối)? năm (?:19|20)\d\d", _I)
_PAST = re.compile(r"\b(?:đã|vừa|hiện)\b", _I)
_CONTINUATION = re.compile(r"(?:đồng thời|bên cạnh đó|ngoài ra|cùng với đó|trong đó|cụ thể|theo đó)\b", _I)
_NOT_TRIGGER = re.compile(
    r"để (?:đạt|thực hiện|hoàn thành)(?: được)?(?: các| những)? mục tiêu|chưa đạt mục tiêu|chương trình mục tiêu", _I
)
_CUT = re.compile(
    r"\b(?:nhưng|tuy nhiên|kết quả|hiện nay|hiện mới|hiện có|hiện đang|đã đạt|đạt được|tính đến|đến hết|trong khi|đến nay|"
    r"tới nay|lũy kế|luỹ kế|ước đạt|ước thực hiện|"
    r"so với cùng kỳ|vừa qua)\b",
    _I,
)
# A sentence that reports statistics states a baseline even when it names a year.
_STATISTICS = re.compile(r"\b(?:thống kê|số liệu|điều tra|khảo sát)\b", _I)
# A quantifier covers the next quantity of a coordinated list, not one in
# parentheses, after a new verb or in a "trong đó" subset.
_COORDINATED = re.compile(r",|\bvà\b", _I)
_NOT_COORDINATED = re.compile(r"[()]|\btrong đó\b|\b(?:giảm|tăng|đạt|chiếm)\b", _I)
_PERCENT_BASE_VERB = re.compile(r"\b(?:chiếm|bằng)\s*(?:(?:khoảng|tối thiểu|ít nhất|trên|dưới|tối đa|gần|xấp xỉ)\s*)?$", _I)
# "30% GRDP": a share of an aggregate keeps the aggregate as its base.
_ECONOMY_BASE = re.compile(r"\s+(GRDP|GDP|GNI|GRDI|tổng sản phẩm(?: trên địa bàn)?)\b")
_PERCENT_BASE = re.compile(
    r"\s+((?:tổng|diện tích|dân số|lực lượng lao động|số)\b[^,;.()]*?)(?=\s*(?:[,;.()]|\bvà\b|\bso với\b|$))", _I
)
_PER_ENTITY = re.compile(r"\bmỗi\s+(?P<e>[^\s,;.]+(?:\s+[^\s,;.]+)?)\s+(?:có|đạt|cần|phải|được)\b", _I)
_PROJECT = "project"
_NEWS_SKIP_KINDS = frozenset({"task", "implementation", "other", "purpose", _PROJECT})


@dataclass(frozen=True)
class _Quantity:
    start: int
    end: int
    value: Decimal
    value_max: Optional[Decimal]
    unit: str
    comparator: Optional[str]
    strict: bool
    from_phrase: bool  # comparator read from a phrase (it may cover a coordinated list)


def iter_targets(text: str, tables: Sequence[Table] = (), structure: Optional[Layout] = None) -> Iterator[TargetAnnotation]:
    """Targets of a document, in text order, then those of its tables (PDF
    tables first, then tables flattened into the text by web conversions).
    ``structure``: ``layout(text)``, when already read."""
    text_targets = list(_text_targets(text, structure or layout(text)))
    # The rows of a located target table are read as rows, not as prose (as the cells of
    # flattened tables are): its text would give targets without their column's year.
    target_tables = [(t.char_start, t.char_end) for t in tables if t.char_start is not None and t.char_end is not None
                     and next(_table_targets(text, _pdf_rows(t), t.index, []), None)]
    text_targets = [t for t in text_targets if not any(a <= t.start < b for a, b in target_tables)]
    yield from text_targets
    index = 0
    for table in tables:
        yield from _table_targets(text, _pdf_rows(table), table.index, text_targets)
        index = max(index, table.index + 1)
    for rows in (*_markdown_tables(text), *_pipe_row_tables(text)):
        yield from _table_targets(text, rows, index, text_targets)
        index += 1


def _text_targets(text: str, structure: Layout) -> Iterator[TargetAnnotation]:
    sections = structure.sections
    has_goals = any(s.kind in GOAL_KINDS for s in sections)
    # Goals only announced by a lead-in ("Mục tiêu … như sau:", explainers quoting several plans): running text
    # elsewhere still reports targets, but only after an explicit target word.
    goal_headings = any(s.kind in GOAL_KINDS and not s.intro for s in sections)
    blocks = structure.blocks
    block_starts = [b.start for b in blocks]
    lead_ins = _lead_ins(blocks)
    reported: Optional[Block] = None  # the block whose last sentence reported a target (news)
    openings: dict[int, Optional[tuple[int, int]]] = {}  # block start → its first sentence, read once per block
    for s_start, s_end in iter_sentences(text, blocks=blocks):
        at = bisect_right(block_starts, s_start) - 1
        block = blocks[at] if at >= 0 and s_start < blocks[at].end else None
        lead_in = lead_ins[at] if block is not None else None
        if block is not None and block.cell:
            continue  # cells of flattened tables are read as table rows, not as prose
        if _QUESTION.search(text, s_start, s_end):
            continue  # explainer headlines ask ("Mục tiêu đến năm 2030 … phải không?"); the answer states the target
        heading_end = heading_end_at(sections, s_start)
        if heading_end is not None:
            # Headings restate targets; a body after "Heading: …" still counts.
            if heading_end >= s_end:
                continue
            s_start = heading_end
        idx = section_at(sections, s_start)
        section = sections[idx] if idx is not None else None
        kind = section.kind if section else None
        if kind in GOAL_KINDS:
            mode = "goal"
        elif kind == _PROJECT:
            mode = _PROJECT
        elif not has_goals and kind not in _NEWS_SKIP_KINDS:
            mode = "news"
        elif not goal_headings and kind not in _NEWS_SKIP_KINDS:
            mode = "strict_news"
        elif kind == "purpose" and _AIM_HEADING.match(section.heading):
            # "1. Mục đích: Phấn đấu đến năm 2030, 100% xã …": a plan's aims state targets as news does.
            mode = "news"
        else:
            continue
        # "… phấn đấu có 100% …. Đồng thời, 80% …": a continuation of a target sentence reports targets too.
        continues = (
            mode in ("news", "strict_news")
            and reported is block
            and bool(_CONTINUATION.match(text, s_start))
            and not _PAST.search(text, s_start, s_end)
        )
        found = list(_sentence_targets(text, s_start, s_end, mode, sections, idx, block, lead_in, continues, openings))
        reported = block if found or _TRIGGER.search(text, s_start, s_end) else None
        yield from found


_QUESTION = re.compile(r"\?[\s*_]*$")
_CURRENT_STATE = re.compile(r"[\W_]*(?:hiện nay|hiện tại|hiện có|tính đến)\b", _I)
_COUNT_THRESHOLD = re.compile(r"\bcó\s+(?:tối\s+thiểu|ít\s+nhất)\s*$", _I)
_AIM_HEADING = re.compile(r"mục đích", _I)
_LIST_ITEM = re.compile(r"^(?:[-+•–]\s|\(?\d{1,2}\)\s|[a-zđ]\)\s)")


def _lead_ins(blocks: Sequence[Block]) -> list[Optional[Block]]:
    """For each block, the paragraph ending in ":" that introduces the list it belongs to."""
    out: list[Optional[Block]] = []
    lead: Optional[Block] = None
    for b in blocks:
        if _LIST_ITEM.match(b.text):
            out.append(lead)
        else:
            out.append(None)
            lead = b if b.text.endswith(":") else None
    return out


# --------------------------------------------------------------------------- sentences


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
) -> Iterator[TargetAnnotation]:
    sentence = text[s_start:s_end]
    numbers = [n for n in iter_numbers(sentence) if not n.words or _is_multiplier(sentence, n)]
    if not numbers:
        return
    quantities = _quantities(sentence, numbers, guess_units=mode == "goal")
    if not quantities:
        return
    if _CURRENT_STATE.match(sentence) and not _STRICT_TRIGGER.search(sentence) and not _LATE_MILESTONE.search(sentence):
        return  # "Hiện nay, … khoảng 180 trạm": the situation a goal section starts from
    units_seen: list[str] = []
    effective_units: dict[int, str] = {}  # quantity start → unit after inheritance
    last_metric = ""
    carried: dict[tuple[int, int], tuple[str, bool]] = {}
    for c_start, c_end in iter_clauses(text, s_start, s_end):
        cq = [q for q in quantities if c_start - s_start <= q.start < c_end - s_start]
        carry: Optional[tuple[str, bool, int]] = None  # comparator, strict, end of its quantity
        for q in cq:
            if q.comparator and q.from_phrase and q.comparator != "range":
                carry = (q.comparator, q.strict, q.end)
            elif q.comparator is None and carry:
                between = sentence[carry[2] : q.start]
                if _COORDINATED.search(between) and not _NOT_COORDINATED.search(between):
                    carried[(q.start, q.end)] = (carry[0], carry[1])
                    carry = (carry[0], carry[1], q.end)
                else:
                    carry = None
    news_ok = _news_eligible(sentence, continues, strict=mode == "strict_news") if mode in ("news", "strict_news") else None
    block_opening = None
    if block:
        if block.start not in openings:
            # iter_blocks(text, block.start, block.end) reads this very block again: pass it instead.
            openings[block.start] = next(iter_sentences(text, blocks=(block,)), None)
        block_opening = openings[block.start]
    for q in quantities:
        if news_ok is not None and not news_ok(q.start):
            continue
        unit = q.unit
        own_base = _PERCENT_BASE.match(sentence, q.end) if unit == "%" and any(u.startswith("% ") for u in units_seen) else None
        if own_base and len(own_base.group(1).split()) <= 8:
            # "… 55 - 58% GDP, khoảng 35 - 40% tổng thu ngân sách": in a list of shares each writes its own base.
            unit = f"% {' '.join(own_base.group(1).split())}"
        # Elided or shortened unit: "120 hộ" after "80 hộ kinh doanh", "2,5%" after "1% lực lượng lao động".
        for previous in reversed(units_seen):
            if previous.startswith(unit + " "):
                unit = previous
                break
        units_seen.append(unit)
        effective_units[q.start] = unit
        c_start, c_end = _clause_of(text, s_start, s_end, s_start + q.start)
        previous_end = max(
            (_base_end(text, s_start + x.end, effective_units.get(x.start, x.unit)) for x in quantities if x.end <= q.start),
            default=c_start,
        )
        metric = _metric(text, c_start, c_end, s_start + q.start, s_start + q.end, unit, max(c_start, previous_end))
        if len(metric.split()) < 2 and last_metric:
            metric = last_metric  # "… 1% lực lượng lao động; đến năm 2025 đạt khoảng 2,5%": same measure
        last_metric = metric
        comparator, strict = q.comparator, q.strict
        if comparator is None:
            comparator, strict = carried.get((q.start, q.end), ("=", False))
        deadline, period = _time_of(text, s_start, s_end, q, quantities, block_opening, lead_in, sections, idx)
        baseline, baseline_year = _baseline(text, s_start + q.end, c_end)
        kind = "project_parameter" if mode == _PROJECT else "target"
        if mode != _PROJECT and unit_category(unit) == "money" and _FUNDING.search(text, c_start, s_start + q.start):
            continue  # budgets and funding are means, not goals
        if _FROM_TO.match(sentence, q.end):
            continue  # "tăng từ 45% lên 60%": the first figure is the baseline
        if _in_baseline_aside(sentence, q.start):
            continue  # "đạt 60% (năm 2024 đạt 45%)": a past figure in parentheses
        if unit_category(unit) != "percent" and _COUNT_THRESHOLD.search(sentence, 0, q.start) and any(
            unit_category(effective_units.get(x.start, x.unit)) == "percent" and c_start - s_start <= x.start < q.start
            for x in quantities
        ):
            continue  # "100% khu công nghiệp có tối thiểu 1 trạm 5G": the count says which entities the share counts
        if _is_condition(sentence, c_start - s_start, q):
            continue  # "xã có tỷ lệ hộ nghèo dưới 30% có thể điều chỉnh …": a threshold, not a goal
        if _is_breakdown(sentence, q, quantities):
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
            deadline_year=deadline,
            period_start=period[0] if period else None,
            period_end=period[1] if period else None,
            baseline=baseline,
            baseline_year=baseline_year,
            kind=kind,
            section=_section_heading(sections, idx),
        )


_FUNDING = re.compile(
    r"\b(?:kinh phí|ngân sách|nguồn vốn|tổng vốn|vốn|dự toán|chi phí|tổng mức đầu tư|huy động|"
    r"chi(?! tiết| nhánh| hội| cục| bộ| đoàn)|thu(?= ngân sách| nội địa| từ))\b",
    _I,
)
_FROM_TO = re.compile(r"\s*(?:\([^)]{0,30}\)\s*)?(?:lên|xuống còn|xuống)\s+(?:mức\s+)?(?:khoảng\s+)?\d", _I)


_BASELINE_ASIDE = re.compile(r"(?<!trong )(?<!đến )(?<!vào )(?<!tới )\bnăm\s+(?:19|20)\d\d\b|\bhiện (?:nay|tại|đạt|mới|có)\b|\bđến nay\b|\bđã đạt\b|\bước đạt\b", _I)


def _in_baseline_aside(sentence: str, pos: int) -> bool:
    open_at = sentence.rfind("(", 0, pos)
    if open_at < 0 or ")" in sentence[open_at:pos]:
        return False
    close_at = sentence.find(")", pos)
    aside = sentence[open_at : close_at if close_at > 0 else len(sentence)]
    aside = _BASELINE.sub(" ", aside)  # "(giảm 20% so với năm 2024)" is a target against a baseline
    return len(aside) <= 80 and bool(_BASELINE_ASIDE.search(aside))


# A quantity that says to whom a rule applies: opened by "nếu", "trường hợp",
# "đối với" … in the same phrase, or followed by what may then be done.
_CONDITION_OPENER = re.compile(
    r"\b(?:nếu|trường hợp|đối với|riêng|khi|những|các)\b[^,;:]*\bcó\s+(?:tỷ lệ|tỉ lệ|số|diện tích|dân số|quy mô|mức|thu nhập)\b[^,;:]*$"
    r"|\b(?:nếu|trường hợp)\b[^,;:]*$",
    _I,
)
_CONDITION_CONSEQUENCE = re.compile(
    r"[^,;.]{0,30}?\b(?:thì|(?:có thể|được phép|được)\s+(?:được\s+)?(?:điều chỉnh|xem xét|áp dụng|kéo dài|lùi|miễn|giảm trừ))\b", _I
)


def _is_condition(sentence: str, clause_start: int, q: _Quantity) -> bool:
    if _CONDITION_CONSEQUENCE.match(sentence, q.end):
        return True
    return bool(_CONDITION_OPENER.search(sentence[clause_start : q.start]))


def _is_breakdown(sentence: str, q: _Quantity, quantities: list[_Quantity]) -> bool:
    """"Tổ chức 30 lớp (6 lớp/năm)": a figure of the same unit in parentheses right after another one details it."""
    open_at = sentence.rfind("(", 0, q.start)
    if open_at < 0 or ")" in sentence[open_at : q.start]:
        return False
    head = q.unit.split("/")[0]
    return any(
        p.end <= open_at and not sentence[p.end : open_at].strip(" ,\n\t") and p.unit.split("/")[0] == head
        for p in quantities
    )


def _is_multiplier(sentence: str, n: NumberAnnotation) -> bool:
    """A number word carries a quantity in "gấp hai lần"."""
    return bool(re.search(r"\bgấp\s*$", sentence[: n.start], _I)) and bool(re.match(r"\s*lần\b", sentence[n.end :], _I))


def _quantities(sentence: str, numbers: list[NumberAnnotation], guess_units: bool = False) -> list[_Quantity]:
    """Numbers of a sentence that are quantities: followed by a unit, not labels,
    codes or years; ranges joined. With guess_units, a noun missing from the unit
    table is taken as the unit (goal sections, where a counted noun is a target)."""
    out: list[_Quantity] = []
    i = 0
    while i < len(numbers):
        n = numbers[i]
        i += 1
        if _is_label(sentence, n):
            continue
        high, last = None, n
        if i < len(numbers) and _RANGE_SEP.match(sentence[n.end : numbers[i].start]) and not _is_year(numbers[i]):
            nxt = numbers[i]
            # "10% - 12%" keeps the unit on both ends; "10-12%" on the last one.
            high, last = nxt, nxt
            i += 1
        # "từ 300-500 ha" / "01 - 02 sáng chế": the unit follows the upper end.
        unit = _unit_after(sentence, last.end)
        if unit is None and guess_units:
            unit = _guess_unit(sentence, last.end)
        if unit is None:
            continue
        unit_text, unit_end = unit
        if high is None:
            # "10% đến 12%", "từ 06 tháng đến 36 tháng tuổi": the unit written on both ends.
            m = re.match(r"\s*(?:-|–|—|đến|tới)\s*(\d[\d.,]*)\s*" + re.escape(unit_text), sentence[unit_end:], _I)
            if m:
                unit_end += m.end()
                while i < len(numbers) and numbers[i].start < unit_end:
                    i += 1
                if _AGE_AFTER.match(sentence[unit_end:]):
                    continue
                high_value = parse_digits(m.group(1))
                if high_value > n.value:
                    out.append(_Quantity(n.start, unit_end, n.value, high_value, unit_text, "range", False, False))
                continue
        if high is None and _is_year(n) and not _unit_is_quantity_after_year(unit_text):
            continue
        if _AGE_AFTER.match(sentence[unit_end:]):
            continue
        if unit_category(unit_text) == "duration" and _RELATIVE_SPAN.match(sentence, unit_end):
            continue
        if unit_category(unit_text) == "duration" and _ANNIVERSARY_BEFORE.search(sentence, 0, n.start):
            continue
        if unit_text == "năm" and re.match(r"\s*(?:19|20)\d\d\b", sentence[unit_end:]):
            # "03 năm 2026 - 2028": a span of years, not a duration target.
            continue
        unit_text, unit_end = _extend_unit(sentence, n.start, unit_text, unit_end)
        comparator, strict, phrase = _comparator(sentence, n.start, unit_end)
        if high is not None:
            if high.value <= n.value:
                continue
            comparator, strict, phrase = "range", False, False
        out.append(
            _Quantity(n.start, unit_end, n.value, high.value if high else None, unit_text, comparator, strict, phrase)
        )
    return out


def _is_year(n: NumberAnnotation) -> bool:
    return bool(_YEAR_TOKEN.match(n.text)) and 1900 <= n.value <= 2100


def _unit_is_quantity_after_year(unit: str) -> bool:
    return unit_category(unit) != "duration"


def _is_label(sentence: str, n: NumberAnnotation) -> bool:
    before = sentence[max(0, n.start - 30) : n.start]
    if _RANK_GROUP_BEFORE.search(before) and _RANK_AFTER.match(sentence, n.end):
        return False  # "thuộc nhóm 3 nước đứng đầu ASEAN": a rank goal, not the label of a group
    if _LABEL_BEFORE.search(before):
        # "đạt 1.000" is fine, "số 405" is not; a dash is fine before a range end only.
        return True
    if _CODE_AFTER.match(sentence[n.end : n.end + 4]):
        return True
    return False


def _unit_after(sentence: str, pos: int) -> Optional[tuple[str, int]]:
    """The unit written after a number, with a scale word kept ("1,5 triệu lượt khách")."""
    rest = sentence[pos:]
    offset = re.match(r"\s*", rest).end()
    um = unit_pattern().match(rest, offset)
    scale = _SCALE.match(rest, offset)
    if scale and not (um and um.end() > scale.end()):
        um = unit_pattern().match(rest, scale.end())
        if um:
            um_text = f"{scale.group(1)} {' '.join(um.group().split())}"
            return _per_entity_slash(sentence, um_text, pos + um.end())
    if not um:
        return None
    unit, end = " ".join(um.group().split()), pos + um.end()
    if units()[unit.casefold()].classifier and (noun := _CLASSIFIED_NOUN.match(sentence, end)):
        unit, end = f"{unit} {noun.group(1)}", noun.end()
    return _per_entity_slash(sentence, unit, end)


# Up to two lower-case syllables after a classifier, not a function word or verb ("điểm du lịch", "ca sinh").
_NOT_NOUN = (
    r"(?:có|được|đạt|là|và|hoặc|của|trên|dưới|tại|ở|cho|với|trong|theo|đến|tới|từ|các|những|mỗi|thuộc|đã|sẽ|"
    r"mới|trở|được|phải|cần|đang|này|đó|ra|vào|về|bằng|như|tham|thực|xây|triển|hoàn|bảo|đảm|nhằm|để)"
)
_SYLLABLE = rf"(?!{_NOT_NOUN}\b)(?-i:[a-zđà-ỹ])[^\W\d_]*"
_CLASSIFIED_NOUN = re.compile(rf"\s+({_SYLLABLE}(?:\s+{_SYLLABLE})?)(?![^\W_])", _I)


_SCALE = re.compile(r"(nghìn|ngàn|triệu|tỷ|tỉ)\s+", _I)


def _per_entity_slash(sentence: str, unit: str, end: int) -> tuple[str, int]:
    # "%/năm", "ha/huyện", "giáo viên/trường": a per-entity slash joins the unit.
    sm = re.match(r"\s*/\s*((?:(?:vạn|nghìn|ngàn|triệu|1\.000|10\.000|100\.000)\s+)?[^\W\d_][^\s,;.)]*(?:\s+(?:học|dân|gia đình|nữ|em|sinh))?)", sentence[end:])
    if sm:
        unit = f"{unit}/{sm.group(1)}"
        end += sm.end()
    return unit, end


# Nouns that follow a number without being what is counted ("2 giai đoạn", "15 tuổi").
_NOT_UNITS = frozenset(
    "giai đoạn nhóm lĩnh vực mục tiêu chỉ tiêu quan điểm nội dung phần bước cấp cấp độ mức mức độ tuổi "
    "vòng khâu trụ cột đột phá nhiệm kỳ tiêu chí điều khoản chương mục".split(" ")
) | {"giai đoạn", "lĩnh vực", "mục tiêu", "chỉ tiêu", "quan điểm", "nội dung", "cấp độ", "mức độ", "trụ cột",
     "đột phá", "nhiệm kỳ", "tiêu chí"}


@lru_cache(maxsize=1)
def _pos_tag():
    from underthesea import pos_tag  # loaded only when a unit is missing from the table

    return pos_tag


@lru_cache(maxsize=4096)
def _tags(phrase: str) -> tuple[tuple[str, str], ...]:
    """underthesea's (word, tag) pairs of a phrase: a pure function, kept per process
    (the same phrase in another document is not tagged again)."""
    return tuple(tuple(pair) for pair in _pos_tag()(phrase))


def _guess_unit(sentence: str, pos: int) -> Optional[tuple[str, int]]:
    """The noun right after a number, by part-of-speech tagging ("20 trang trại chăn nuôi" → "trang trại")."""
    window = re.match(r"\s+([^\W\d_][^,;.:()\d]{0,40})", sentence[pos:])
    if not window or not window.group(1)[0].islower():
        return None
    tags = _tags("1 " + window.group(1))
    if len(tags) < 2 or not tags[1][1].startswith("N"):
        return None
    word = tags[1][0]
    if word.lower() in _NOT_UNITS:
        return None
    m = re.match(r"\s+" + r"\s+".join(map(re.escape, word.split())) + r"(?![^\W_])", sentence[pos:])
    return (" ".join(word.split()), pos + m.end()) if m else None


def _extend_unit(sentence: str, start: int, unit: str, end: int) -> tuple[str, int]:
    """Coordinated count nouns ("doanh nghiệp, hợp tác xã, tổ hợp tác"), a
    percentage's base after "chiếm" ("% tổng vốn đầu tư") and a per-entity
    base from "mỗi trường có … 02 giáo viên"."""
    category = unit_category(unit)
    if unit == "%" and (m := _ECONOMY_BASE.match(sentence, end)):
        return f"% {m.group(1)}", m.end()
    if unit == "%" and _PERCENT_BASE_VERB.search(sentence[max(0, start - 40) : start]):
        m = re.match(r"\s+([^\W\d_][^,;.()]*?)(?=\s*(?:[,;.()]|\bvà\b|\bso với\b|$))", sentence[end:])
        if m and len(m.group(1).split()) <= 8:
            return f"% {' '.join(m.group(1).split())}", end + m.end()
    # "tỷ lệ che phủ rừng … đạt 13,54% diện tích tự nhiên": after a named measure, the noun after % is its base.
    phrase_start = max(sentence.rfind(";", 0, start), sentence.rfind("%", 0, start)) + 1
    if unit == "%" and _MEASURE.search(sentence, phrase_start, start) and (m := _PERCENT_BASE.match(sentence, end)):
        if len(m.group(1).split()) <= 8:
            return f"% {' '.join(m.group(1).split())}", m.end()
    if category in ("count", "people") and "/" not in unit:
        pattern = unit_pattern()
        while True:
            m = re.match(r",\s*", sentence[end:])
            if not m:
                break
            um = pattern.match(sentence, end + m.end())
            if not um or unit_category(um.group()) not in ("count", "people"):
                break
            after = sentence[um.end() : um.end() + 2]
            if after and after[0].isalnum() and not after.startswith(" "):
                break
            unit = f"{unit}, {' '.join(um.group().split())}"
            end = um.end()
        pe = None
        for m in _PER_ENTITY.finditer(sentence[:start]):
            pe = m
        if pe and not re.search(r"[;.]", sentence[pe.end() : start]):
            entity = pattern.match(pe.group("e"))
            noun = " ".join(entity.group().split()) if entity else pe.group("e").split()[0]
            unit = f"{unit}/{noun}"
    return unit, end


@lru_cache(maxsize=1)
def _comparator_patterns():
    """(pattern, phrase, the text the pattern cannot match without) for the phrases
    before a number and those after it, compiled once."""
    before_phrases, after_phrases = comparators()
    before = tuple(
        (re.compile(rf"(?:^|[\s(]){re.escape(p.phrase.lower())}(?:\s+(?:đạt|là|có|ở mức|được|còn|lên))?$"), p, p.phrase.lower())
        for p in before_phrases
    )
    after = tuple((re.compile(rf"\s*{re.escape(p.phrase)}\b"), p, p.phrase) for p in after_phrases)
    return before, after


def _comparator(sentence, start, unit_end) -> tuple[Optional[str], bool, bool]:
    # Soft line breaks of web conversions fall inside phrases ("tối\nthiểu 05").
    before = " ".join(sentence[max(0, start - 40) : start].split()).lower()
    after = " " + " ".join(sentence[unit_end : unit_end + 20].split()).lower()
    before_patterns, after_patterns = _comparator_patterns()
    # A phrase's pattern matches only where the phrase is written: a substring test skips the others.
    for pattern, p, phrase in after_patterns:
        if phrase in after and pattern.match(after):
            return p.comparator, p.strict, True
    for pattern, p, phrase in before_patterns:
        if phrase in before and pattern.search(before):
            # "từ X" without an upper end reads ">=", but it does not spread over a list.
            return p.comparator, p.strict, p.phrase != "từ"
    return None, False, False


# --------------------------------------------------------------------------- scope helpers


def _news_eligible(sentence: str, continues: bool = False, strict: bool = False):
    """A quantity of a news sentence counts when a target word precedes it (or the
    sentence continues a target sentence) and no result/baseline word stands
    between that word and the quantity. Strict: only explicit target words count."""
    trigger = _STRICT_TRIGGER if strict else _TRIGGER
    triggers = [m.end() for m in trigger.finditer(sentence) if not _inside(_NOT_TRIGGER, sentence, m.start())]
    if continues and not strict:
        triggers.insert(0, 0)
    cuts = [m.start() for m in _CUT.finditer(sentence)] + [m.start() for m in _PAST.finditer(sentence)]
    statistics = _STATISTICS.search(sentence)
    past = _PAST.search(sentence)
    milestones = [] if strict else [m.start() for m in _LATE_MILESTONE.finditer(sentence)]

    def ok(pos: int) -> bool:
        if statistics and statistics.start() < pos:
            return False
        last = max((t for t in triggers if t <= pos), default=None)
        if last is None:
            # No target word before it: a later milestone in the same clause dates a plan, unless the sentence reports.
            return not past and not cuts and any(pos < m and ";" not in sentence[pos:m] for m in milestones)
        return not any(last <= c < pos for c in cuts)

    return ok


def _inside(pattern: re.Pattern[str], text: str, pos: int) -> bool:
    return any(m.start() <= pos < m.end() for m in pattern.finditer(text))


def _clause_of(text: str, s_start: int, s_end: int, pos: int) -> tuple[int, int]:
    for c_start, c_end in iter_clauses(text, s_start, s_end):
        if c_start <= pos < c_end:
            return c_start, c_end
    return s_start, s_end


def time_expressions(text: str, start: int, end: int) -> list[tuple[int, int, Optional[int], Optional[tuple[int, int]]]]:
    """(start, end, year, period) of time expressions in text[start:end]."""
    chunk = text[start:end]
    out = []
    taken: list[tuple[int, int]] = []
    baselines = [(m.start(), m.end()) for m in _BASELINE.finditer(chunk)]
    for m in _PERIOD.finditer(chunk):
        a, b = int(m.group("a")), int(m.group("b"))
        if a < b:
            out.append((start + m.start(), start + m.end(), None, (a, b)))
            taken.append((m.start(), m.end()))
    for m in _YEAR.finditer(chunk):
        if any(s <= m.start("y") < e for s, e in taken + baselines):
            continue
        if _DATE_BEFORE_YEAR.search(chunk[: m.start()]) and m.group().lower().startswith("năm"):
            continue
        if re.match(r"(?:đến|tới)?\s*hết", m.group(), _I) and _AS_OF.search(chunk, 0, m.start()):
            continue  # "tính đến hết năm 2024" dates a result; "Đến hết năm 2025: …" is a deadline
        out.append((start + m.start(), start + m.end(), int(m.group("y")), None))
    for m in _DATED.finditer(chunk):
        if not any(s <= m.start("y") < e for s, e in taken + baselines):
            out.append((start + m.start(), start + m.end(), int(m.group("y")), None))
    out.sort()
    return out


def _time_of(text, s_start, s_end, q, quantities, block_opening, lead_in, sections, idx):
    """(deadline_year, period): a milestone right after the quantity, else the
    nearest one before it in the sentence, else the opening of its bullet, else
    the enclosing goal headings."""
    pos, end = s_start + q.start, s_start + q.end
    c_start, c_end = _clause_of(text, s_start, s_end, pos)
    later = [x for x in quantities if x.start > q.start]
    next_q = s_start + later[0].start if later else c_end
    for t_start, t_end, year, period in time_expressions(text, end, c_end):
        # "… 2,5% và đến năm 2030 đạt 5%": a milestone opening the next
        # coordinated phrase belongs to what follows it.
        if t_start < next_q and not _OPENS_NEXT.search(text[end:t_start]):
            if period:
                deadline, _ = _time_before(text, c_start, pos)
                return deadline or _year_before(text, s_start, c_start), period
            return year, None
        break
    deadline, period = _time_before(text, c_start, pos)
    if deadline or period:
        return deadline, period
    deadline = _year_before(text, s_start, c_start)
    if deadline:
        return deadline, None
    if block_opening and block_opening[0] < s_start:
        deadline, period = _time_before(text, block_opening[0], block_opening[1])
        if deadline or period:
            return deadline, period
    if lead_in is not None:
        # "Phấn đấu đến năm 2025:" followed by a list dates every item of the list.
        milestone = _named_milestone(lead_in.text)
        if milestone != (None, None):
            return milestone
    return heading_milestone(sections, idx)


def _year_before(text: str, start: int, end: int) -> Optional[int]:
    """The last year milestone in text[start:end] (periods of other clauses do not carry over)."""
    years = [year for _, _, year, _ in time_expressions(text, start, end) if year]
    return years[-1] if years else None


_OPENS_NEXT = re.compile(
    r"(?:[,;:]|\bvà|\bcòn|\btrong đó)\s*(?:(?:trong đó|định hướng|tầm nhìn|phấn đấu|dự kiến)\s*,?\s*)?$", _I
)


def _time_before(text: str, start: int, pos: int) -> tuple[Optional[int], Optional[tuple[int, int]]]:
    exprs = time_expressions(text, start, pos)
    if not exprs:
        return None, None
    _, _, year, period = exprs[-1]
    return year, period


# A plan's name in a heading ("Mục tiêu cụ thể của Đề án … giai đoạn 2026-2035")
# carries the plan's horizon, which is never propagated to its targets.
_GOAL_WORD = re.compile(r"\b(?:mục tiêu|chỉ tiêu)\b", _I)
_PLAN_NAME = re.compile(r"\b(?:đề án|chương trình|kế hoạch|chiến lược|quy hoạch|quyết định|nghị quyết|dự án)\b", _I)


def heading_milestone(sections: Sequence[Section], idx: Optional[int]) -> tuple[Optional[int], Optional[tuple[int, int]]]:
    """A milestone named by an enclosing goal heading ("Mục tiêu cụ thể đến năm
    2035" → deadline; "… giai đoạn 2026-2030" → period), unless it follows a plan name."""
    while idx is not None:
        s = sections[idx]
        if s.kind not in GOAL_KINDS:
            break
        milestone = _named_milestone(s.heading)
        if milestone != (None, None):
            return milestone
        idx = s.parent
    return None, None


@lru_cache(maxsize=1024)
def _named_milestone(heading: str) -> tuple[Optional[int], Optional[tuple[int, int]]]:
    """The first milestone of a heading or lead-in that comes before any plan name
    (unless the heading opens with it) or after a goal word that follows the plan name."""
    plan = _PLAN_NAME.search(heading)
    if plan and not heading[: plan.start()].strip(" *#-.0123456789IVX"):
        plan = None  # "II. Kế hoạch phát triển … giai đoạn 2026-2030": the heading names its own period
    # "Nghị quyết 68 đặt ra các mục tiêu đến năm 2030 như sau:": a milestone after the goal word is the goals' own.
    goal_word = plan and next(reversed(list(_GOAL_WORD.finditer(heading, plan.end()))), None)
    start, end = (goal_word.end(), len(heading)) if goal_word else (0, plan.start() if plan else len(heading))
    for _, _, year, period in time_expressions(heading, start, end):
        return year, period
    return None, None


def _baseline(text: str, start: int, end: int) -> tuple[Optional[str], Optional[int]]:
    m = _BASELINE.search(text, start, end)
    if not m:
        return None, None
    return " ".join(m.group().split()), int(m.group("y"))


_METRIC_TAIL = re.compile(
    r"(?:\s*\b(?:đạt|là|ở mức|chiếm|khoảng|tối thiểu|ít nhất|trên|dưới|từ|hơn|gần|xấp xỉ|tối đa|lên|xuống|còn|phấn đấu|phần đấu|dự kiến|(?:(?:đến|tới|vào|trong)(?: cuối)? )?năm \d{4}:?))+\s*$", _I
)


def _metric_before(before: str) -> str:
    before = _METRIC_OPENING.sub("", before)
    before = _METRIC_TAIL.sub("", before.strip())
    return _LEAD_WORDS.sub("", before.strip()).strip(" ,.:(")


_METRIC_CUT = re.compile(
    r"\b(?:mục tiêu|chỉ tiêu|phấn đấu|phần đấu)\b(?:\s+(?:là|đặt ra|đề ra|\d+\s*:))?|(?:năm\s+)?(?:19|20)\d\d\s*,|\d%?\s+(?:và|,)\s",
    _I,
)
_LEAD_WORDS = re.compile(
    r"^(?:[-+•*\s]|\(\d+\)|phấn đấu|phần đấu|đạt|bảo đảm|đảm bảo|có|là|tăng thêm|tăng(?! trưởng)|giảm|trên|tối thiểu|ít nhất|khoảng|"
    r"và|định hướng|tầm nhìn)+",
    _I,
)


_MEASURE = re.compile(
    r"\b(?:tỷ lệ|tỉ lệ|tỷ suất|tỉ suất|tỷ trọng|tỉ trọng|số lượng|(?:tổng )?diện tích|kim ngạch|chỉ số|tốc độ|độ che phủ|năng suất|sản lượng|"
    r"thu nhập bình quân|tuổi thọ)\b",
    _I,
)


def _base_end(text: str, end: int, unit: str) -> int:
    """End of a quantity including a percentage base written again after it ("14,70% diện tích tự nhiên")."""
    base = unit[2:] if unit.startswith("% ") else ""
    m = re.match(r"\s*" + re.escape(base), text[end:]) if base else None
    return end + m.end() if m else end


def _metric(text: str, c_start: int, c_end: int, q_start: int, q_end: int, unit: str, floor: int) -> str:
    """What is measured: for "100% cán bộ … được đào tạo" the words after the
    quantity; for "5.000 doanh nghiệp hoạt động" the unit and those words; for
    "Tỷ lệ nữ giám đốc … đạt 30%" the words before it, without the opening
    milestone, list label or "phấn đấu". A measure noun ("tỷ lệ …") between
    floor (the previous quantity) and the value wins."""
    # "Đưa tỷ lệ doanh nghiệp ứng dụng … lên tối thiểu 80% trên toàn tỉnh": a measure noun before the value names it.
    measure = _MEASURE.search(text, floor, q_start)
    if measure:
        phrase = _metric_before(" ".join(text[measure.start() : q_start].split()))
        if len(phrase.split()) > len(measure.group().split()):
            return " ".join(phrase.replace("*", "").split()[:16])
    after = text[_base_end(text, q_end, unit) : c_end]  # an inherited base may be written again ("14,70% diện tích")
    counted = not unit.startswith("%") and unit_category(unit) in ("count", "people")
    if not counted and re.match(r"\s*(?:,|(?:và|hoặc)\b)", after, _I):
        after = ""  # "…%, nâng cao …", "… 400 triệu USD, tăng bình quân …": the next item starts
    stop = _METRIC_STOP.search(after)
    phrase = " ".join(after[: stop.start() if stop else len(after)].split()).strip(" ,.:")
    labelled = re.search(r":\s*$", text[floor:q_start])  # "+ Lắp đặt mới trạm 3G/4G: 58 trạm;"
    if counted and (phrase.strip(" )") or not labelled):
        phrase = f"{unit.split('/')[0]} {phrase}".strip()
    elif len(phrase.split()) < 2:
        # Start after the last target word or milestone: "… đặt ra mục tiêu phấn đấu đến năm 2021, nông dân …",
        # preferably after the previous quantity of the clause.
        start = floor if re.search(r"[^\W\d_]", text[floor:q_start]) else c_start
        before = " ".join(text[start:q_start].split())
        cuts = [m.end() for m in _METRIC_CUT.finditer(before)][::-1] + [0]
        phrase = next((p for p in (_metric_before(before[c:]) for c in cuts) if len(p.split()) >= 2), "")
    return " ".join(phrase.replace("*", "").split()[:16])


_METRIC_STOP = re.compile(
    r"[;(\d]|\.\s|,\s+(?=(?-i:[A-ZĐ][^A-ZĐ]))|\bso với\b|\bnhưng\b|,\s*trong đó\b|,?\s(?:từ\s+)?(?:vào|trong|đến|từ)?\s*năm\s+\d|\s(?:và đạt|và)\s+(?=[^\s]*\s*\d)",
    _I,
)
# Openings that say when or where, not what: "Đến năm 2030,", "Theo Kế hoạch,", "Tại địa bàn đô thị:".
_METRIC_OPENING = re.compile(
    r"^(?:[-+•*\s,;)]|\(\d+\)|[a-zđ]\)\s)*(?:(?:theo kế hoạch|trong đó|cụ thể|như vậy|(?:chỉ tiêu|mục tiêu)\s+\d+\s*:|mục tiêu|"
    r"(?:phấn đấu\s+)?(?:đến|tới|vào|trong|từ)\s+(?:năm\s+)?(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?"
    r"|năm\s+(?:19|20)\d\d|giai đoạn[\s\d–-]+|tại [^,:]{0,60}:)[\s,:]*)*",
    _I,
)


def _section_heading(sections: Sequence[Section], idx: Optional[int]) -> Optional[str]:
    while idx is not None and (sections[idx].intro or not sections[idx].titled):
        idx = sections[idx].parent
    return sections[idx].heading if idx is not None else None


# --------------------------------------------------------------------------- tables

_HEAD_INDICATOR = re.compile(r"^(?:tên\s+)?(?:chỉ tiêu|nội dung|tiêu chí)", _I)
_HEAD_UNIT = re.compile(r"^(?:đơn vị(?: tính)?|đvt)$", _I)
_HEAD_NUMBERING = re.compile(r"s?tt|số tt|thứ tự", _I)
_HEAD_LEAD = re.compile(r"chủ trì", _I)
# Columns of results or estimates ("Thực hiện năm 2024", "Ước đạt 2025") are baselines.
_HEAD_RESULT = re.compile(r"thực hiện|ước|kết quả|đã đạt|hiện trạng|hiện nay|cùng kỳ|so sánh", _I)
_HEAD_VALUE = re.compile(r"^(?:kết quả|mục tiêu|giá trị|kế hoạch|chỉ tiêu (?:năm|đến)|đích)", _I)
_CELL_NUMBER = re.compile(
    r"^\s*(?P<cmp>[^\d]{0,15}?)\s*(?P<a>\d[\d.,]*)\s*(?:(?:-|–|đến)\s*(?P<b>\d[\d.,]*))?\s*(?P<unit>%?)\s*$"
)
# A flattened markdown table: one cell per line between lines holding only "|".
_PIPE_LINE = re.compile(r"^[ \t]*\|[ \t]*$", re.M)


@dataclass(frozen=True)
class _Cell:
    text: str
    start: int
    end: int


def _table_targets(
    text: str, rows: list[list[_Cell]], table_index: int, text_targets: list[TargetAnnotation]
) -> Iterator[TargetAnnotation]:
    """Target tables ("Chỉ tiêu | Đơn vị | Năm 2025 | Năm 2030 | Cơ quan chủ trì"
    or "… | Kết quả | …" under group rows such as "Giai đoạn 2025-2027"): one target
    per value cell; copies of a prose target ("also in" the annex) are left out."""
    head_at = next((r for r, row in enumerate(rows[:5]) if _is_header([c.text for c in row])), None)
    if head_at is None:
        return
    header = [c.text for c in rows[head_at]]
    unit_col = next((i for i, c in enumerate(header) if _HEAD_UNIT.match(c)), None)
    indicator = next((i for i, c in enumerate(header) if _HEAD_INDICATOR.match(c)), None)
    if indicator is None:
        # "TT | Tên sản phẩm | ĐVT | Năm 2030": the first named column after the numbering is what is measured.
        indicator = next(i for i, c in enumerate(header) if c and i != unit_col and not _HEAD_NUMBERING.fullmatch(c))
    lead_col = next((i for i, c in enumerate(header) if _HEAD_LEAD.search(c)), None)
    value_cols: dict[int, Optional[tuple[Optional[int], Optional[tuple[int, int]]]]] = {}
    for i, c in enumerate(header):
        if i in (indicator, unit_col, lead_col) or len(c) > 40:
            continue
        exprs = time_expressions(c, 0, len(c)) or [
            (0, 0, int(m.group()), None) for m in re.finditer(r"\b(?:19|20)\d\d\b", c)
        ][:1]
        if exprs and not _HEAD_RESULT.search(c):
            value_cols[i] = exprs[0][2:]
        elif _HEAD_VALUE.match(c) and not exprs:
            value_cols[i] = None
    if not value_cols:
        return
    before_phrases, _ = comparators()
    group_deadline: Optional[int] = None
    group_period: Optional[tuple[int, int]] = None
    for r in range(head_at + 1, len(rows)):
        row = rows[r] + [_Cell("", 0, 0)] * (len(header) - len(rows[r]))
        metric = row[indicator].text
        if not metric:
            continue
        if not any(row[c].text for c in value_cols) and (unit_col is None or not row[unit_col].text):
            # A group row ("Giai đoạn 2025-2027", "Đến năm 2030") dates the rows below it.
            exprs = time_expressions(metric, 0, len(metric))
            if exprs:
                _, _, group_deadline, group_period = exprs[0]
            continue
        for col, milestone in value_cols.items():
            cell = row[col]
            m = _CELL_NUMBER.match(cell.text)
            if not m:
                continue
            value = parse_digits(m.group("a"))
            value_max = parse_digits(m.group("b")) if m.group("b") else None
            unit = m.group("unit") or (row[unit_col].text if unit_col is not None else "")
            if not unit:
                continue
            comparator, strict = ("range", False) if value_max is not None else ("=", False)
            for p in before_phrases:
                if value_max is None and m.group("cmp").strip().lower().endswith(p.phrase.lower()):
                    comparator, strict = p.comparator, p.strict
                    break
            deadline, period = milestone if milestone is not None else (group_deadline, group_period)
            if _restates(text, text_targets, value, unit, metric):
                continue
            agencies = ()
            if lead_col is not None:
                agencies = tuple(a.strip(" ,.") for a in re.split(r"[;\n]|,\s*(?=[A-ZĐ])", row[lead_col].text) if a.strip(" ,."))
            yield TargetAnnotation(
                start=cell.start, end=cell.end, clause_start=row[0].start or cell.start, clause_end=row[-1].end or cell.end,
                value=value, value_max=value_max, unit=unit, unit_category=unit_category(unit),
                comparator=comparator, strict=strict, metric=" ".join(metric.split()[:16]), deadline_year=deadline,
                period_start=period[0] if period else None, period_end=period[1] if period else None,
                baseline=None, baseline_year=None, kind="target", section=None,
                table_index=table_index, table_row=r - head_at, agencies=agencies,
            )


def _is_header(cells: list[str]) -> bool:
    """A target table's header names an indicator column ("Chỉ tiêu", "Nội dung"),
    or has a unit column beside a target or year column ("TT | Sản phẩm | ĐVT | Năm 2030")."""
    if any(_HEAD_INDICATOR.match(c) for c in cells):
        return True
    if not any(_HEAD_UNIT.match(c) for c in cells):
        return False
    return any(
        len(c) <= 40 and not _HEAD_RESULT.search(c) and (_HEAD_VALUE.match(c) or re.search(r"\b(?:19|20)\d\d\b", c))
        for c in cells
    )


def _restates(text: str, text_targets: list[TargetAnnotation], value: Decimal, unit: str, metric: str) -> bool:
    """True when a prose target already states this value for the same thing."""
    words = set(re.findall(r"\w+", metric.lower())) - {"tỉ", "tỷ", "lệ", "số", "các"}
    for t in text_targets:
        if t.value == value and t.unit.split("/")[0] == unit and words:
            clause = set(re.findall(r"\w+", text[t.clause_start : t.clause_end].lower()))
            if len(words & clause) / len(words) >= 0.6:
                return True
    return False


def _pdf_rows(table: Table) -> list[list[_Cell]]:
    start = table.char_start or 0
    end = table.char_end or start
    return [[_Cell(" ".join((c or "").split()), start, end) for c in row] for row in table.rows]


def _markdown_tables(text: str) -> Iterator[list[list[_Cell]]]:
    """Rows of the tables that web conversions flatten to one cell per line
    between "|" lines, a row ending with an empty cell ("|" twice)."""
    pipes = [m.start() for m in _PIPE_LINE.finditer(text)] if "|" in text else []  # (no pipe line without a "|")
    cells: list[_Cell] = []
    for a, b in zip(pipes, pipes[1:]):
        chunk = text[a + 1 : b]
        if "\n\n" in chunk.strip("\n") or len(chunk) > 600:
            if cells:
                yield from _rows_of(cells)
            cells = []
            continue
        inner = chunk.strip()
        offset = chunk.find(inner) if inner else 0
        cleaned = " ".join(inner.replace("**", "").replace("*", "").replace("\\", "").split())
        cells.append(_Cell(cleaned, a + 1 + offset, a + 1 + offset + len(inner)))
    if cells:
        yield from _rows_of(cells)


_PIPE_ROW = re.compile(r"^[ \t]*\|(.*\|)[ \t]*$", re.M)
_PIPE_RULE = re.compile(r"^[\s|:-]+$")


def _pipe_row_tables(text: str) -> Iterator[list[list[_Cell]]]:
    """Tables written one row per line ("| Chỉ tiêu | ĐVT | Năm 2030 |"), split at lines that are not rows."""
    rows: list[list[_Cell]] = []
    last_end = -1
    for m in _PIPE_ROW.finditer(text) if "|" in text else ():  # (no row without a "|")
        if m.start() != last_end + 1 and rows:
            yield rows
            rows = []
        last_end = m.end()
        if _PIPE_RULE.match(m.group(1)):
            continue  # the "|---|---|" line under the header
        cells, pos = [], m.start(1)
        for part in m.group(1).split("|")[:-1]:
            inner = part.strip()
            offset = pos + part.find(inner) if inner else pos
            cleaned = " ".join(inner.replace("**", "").replace("*", "").replace("\\", "").split())
            cells.append(_Cell(cleaned, offset, offset + len(inner)))
            pos += len(part) + 1
        if len(cells) >= 3:
            rows.append(cells)
    if rows:
        yield rows


def _rows_of(cells: list[_Cell]) -> Iterator[list[list[_Cell]]]:
    # Rows end with an empty cell; the header is one of the first rows.
    starts = [0] + [i + 1 for i, c in enumerate(cells) if not c.text]
    first = next((a for a, b in zip(starts[:6], starts[1:7]) if _is_header([c.text for c in cells[a : b - 1]])), None)
    if first is None:
        return
    width = next((i for i in range(first, len(cells)) if not cells[i].text), len(cells)) - first
    if width < 3:
        return
    rows: list[list[_Cell]] = []
    i = first
    while i + width <= len(cells):
        rows.append(cells[i : i + width])
        i += width
        # Each row ends with an empty cell; a missing one means the layout changed.
        if i < len(cells) and cells[i].text:
            break
        i += 1
    yield rows
