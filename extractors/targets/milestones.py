"""Time expressions (periods, years, dated milestones) and the deadline or period
a target falls under: a milestone after the quantity, before it in its clause, closing
the coordinated list it belongs to, before it in the sentence,
at the opening of its bullet, in the lead-in of its list or in an enclosing goal
heading (but never a plan's own horizon)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional, Sequence

from extractors.sections import GOAL_KINDS, Block, Section
from extractors.targets.model import Quantity
from extractors.targets.patterns import AS_OF, BASELINE, DATE_BEFORE_YEAR, DATED, PERIOD, YEAR, YEAR_BARE, YEAR_LABEL


def time_expressions(text: str, start: int, end: int) -> list[tuple[int, int, Optional[int], Optional[tuple[int, int]]]]:
    """(start, end, year, period) of time expressions in text[start:end]."""
    chunk = text[start:end]
    out = []
    taken: list[tuple[int, int]] = []
    baselines = [(m.start(), m.end()) for m in BASELINE.finditer(chunk)]
    compared = [(m.start(), m.end()) for m in _COMPARED_PERIOD.finditer(chunk)]
    for m in PERIOD.finditer(chunk):
        a, b = int(m.group("a")), int(m.group("b"))
        if any(s <= m.start() <= e for s, e in compared):
            taken.append((m.start(), m.end()))  # nor are its years
            continue
        if a < b:
            out.append((start + m.start(), start + m.end(), None, (a, b)))
            taken.append((m.start(), m.end()))
    for m in (*YEAR.finditer(chunk), *YEAR_BARE.finditer(chunk)):
        if any(s <= m.start("y") < e for s, e in taken + baselines):
            continue
        if DATE_BEFORE_YEAR.search(chunk[: m.start()]) and m.group().lower().startswith("năm"):
            continue
        if re.match(r"(?:đến|tới)?\s*hết", m.group(), re.I) and AS_OF.search(chunk, 0, m.start()):
            continue  # "tính đến hết năm 2024" dates a result; "Đến hết năm 2025: …" is a deadline
        out.append((start + m.start(), start + m.end(), int(m.group("y")), None))
    for m in DATED.finditer(chunk):
        if not any(s <= m.start("y") < e for s, e in taken + baselines):
            out.append((start + m.start(), start + m.end(), int(m.group("y")), None))
    for m in YEAR_LABEL.finditer(chunk):
        if not any(a <= start + m.start("y") < b for a, b, _, _ in out):
            out.append((start + m.start("y"), start + m.end("y"), int(m.group("y")), None))
    out.sort()
    # "(theo Bộ tiêu chí … giai đoạn 2026 - 2030)", "(theo chuẩn nghèo đa chiều giai đoạn 2022-2025)": the
    # period names the standard the figure is measured by, not when it is due.
    asides = [(m.start(), m.end()) for m in _REFERENCE_ASIDE.finditer(chunk)]
    return [e for e in out if not any(a <= e[0] - start < b for a, b in asides)]


# "tăng ít nhất 10% so với giai đoạn 2011-2020": the period a figure is compared with is not when it is due.
_COMPARED_PERIOD = re.compile(r"so\s+với\s+(?:cùng\s+kỳ\s+)?(?:giai\s+đoạn|thời\s+kỳ)\s+", re.I)
_REFERENCE_ASIDE = re.compile(r"\(\s*theo\b[^()]*\)?", re.I)


def time_of(
    text: str,
    s_start: int,
    clause: tuple[int, int],
    q: Quantity,
    quantities: Sequence[Quantity],
    block_opening: Optional[tuple[int, int]],
    lead_in: Optional[Block],
    sections: Sequence[Section],
    idx: Optional[int],
) -> tuple[Optional[int], Optional[tuple[int, int]]]:
    """(deadline_year, period) of a quantity of the sentence at ``s_start`` (in
    ``clause``): a milestone right after the quantity, else the nearest one before
    it in the sentence, else the opening of its bullet, else the lead-in of its
    list, else the enclosing goal headings."""
    pos, end = s_start + q.start, s_start + q.end
    c_start, c_end = clause
    later = [x for x in quantities if x.start > q.start]
    next_q = s_start + later[0].start if later else c_end
    for t_start, t_end, year, period in time_expressions(text, end, c_end):
        # "… 2,5% và đến năm 2030 đạt 5%": a milestone opening the next
        # coordinated phrase belongs to what follows it.
        # (as does a year labelling the next figures: "- Năm 2015: 2-3 DN - Năm 2020: 4-5 DN")
        if t_start < next_q and not _OPENS_NEXT.search(text[end:t_start]) and not _LABELS.match(text, t_end) and not (
            _past_aside(text, end, t_start, t_end)
        ):
            if period:
                deadline, _ = _time_before(text, c_start, pos)
                return deadline or _year_before(text, s_start, c_start), period
            return year, None
        break
    deadline, period = _time_before(text, c_start, pos)
    if deadline or period:
        return deadline, period
    # "nhóm 4 nước … và nhóm 60 nước … vào năm 2028; nhóm 3 nước … vào năm 2030": the
    # milestone closing a coordinated list dates each of its items, not the next clause's.
    closing = _closing_milestone(text, end, c_end)
    if closing != (None, None):
        return closing
    # An earlier clause's milestone dates this one when it opens the sentence or a clause ("Đến năm 2025, tỷ lệ … đạt
    # 50%; tỷ lệ …") or is the one horizon of the sentence's first clause ("… đặt mục tiêu XK đạt 14 tỷ USD trong năm
    # 2021, …; tỷ lệ che phủ rừng … 42%"), not when it dates one figure among others ("… khoảng 25% đến năm 2025, 40%
    # đến năm 2030 trong GRDP; Tổng vốn đầu tư …", "…; Tỷ trọng … đến năm 2025 đạt 45%; Chi đầu tư …").
    deadline = _year_before(text, s_start, c_start, s_start + min(x.start for x in quantities))
    if deadline:
        return deadline, None
    if block_opening and block_opening[0] < s_start:
        deadline, period = _time_before(text, block_opening[0], block_opening[1])
        if deadline or period:
            return deadline, period
    if lead_in is not None and not _heading_after(sections, idx, lead_in.start):
        # "Phấn đấu đến năm 2025:" followed by a list dates every item of the list.
        milestone = _named_milestone(lead_in.text)
        if milestone != (None, None):
            return milestone
    return heading_milestone(sections, idx)


_ASIDE_OPENS = re.compile(r"\s*\(\s*")
_FIGURE_IN_ASIDE = re.compile(r"[^()\d]*\d[^()]*\)")


def _heading_after(sections: Sequence[Section], idx: Optional[int], position: int) -> bool:
    """Whether the goal heading the sentence is under comes after ``position`` and names its own milestone: "… chỉ
    tiêu năm 2025, 2026 như sau:" then "(1) Năm 2025:" and "(2) Năm 2026" over their items; each item is dated by its
    own heading."""
    if idx is None or sections[idx].kind not in GOAL_KINDS or sections[idx].heading_start <= position:
        return False
    return _named_milestone(sections[idx].heading) != (None, None)


def _closing_milestone(text: str, end: int, c_end: int) -> tuple[Optional[int], Optional[tuple[int, int]]]:
    """The first milestone after a quantity in its clause, unless it opens the next phrase."""
    for t_start, t_end, year, period in time_expressions(text, end, c_end):
        if _OPENS_NEXT.search(text[end:t_start]) or _past_aside(text, end, t_start, t_end):
            break
        return year, period
    return None, None


def _past_aside(text: str, end: int, t_start: int, t_end: int) -> bool:
    """Whether the time right after a quantity opens a parenthesis that gives another figure: the year of a past
    figure ("đạt 60% (năm 2024 đạt 45%)"), not the quantity's deadline ("đạt 60% (năm 2030)")."""
    return bool(_ASIDE_OPENS.fullmatch(text, end, t_start) and _FIGURE_IN_ASIDE.match(text, t_end))


def _year_before(text: str, start: int, end: int, first_figure: Optional[int] = None) -> Optional[int]:
    """The last year milestone in text[start:end] (periods of other clauses do not carry over); with
    ``first_figure``, only one before it, opening a clause, or the only year of the first clause."""
    years = [(t_start, year) for t_start, _, year, _ in time_expressions(text, start, end) if year]
    if first_figure is not None:
        first_clause_end = text.find(";", start, end)
        first_clause = {y for t, y in years if first_clause_end < 0 or t < first_clause_end}
        years = [(t, y) for t, y in years
                 if t < first_figure or _opens_clause(text, start, t)
                 or (len(first_clause) == 1 and (first_clause_end < 0 or t < first_clause_end))]
    return years[-1][1] if years else None


def _opens_clause(text: str, start: int, pos: int) -> bool:
    """At most two words between the last ";" or ":" before pos and pos ("; đồng thời đến năm 2030, …")."""
    cut = max(text.rfind(";", start, pos), text.rfind(":", start, pos))
    return cut >= 0 and len(text[cut + 1 : pos].split()) <= 2


_LABELS = re.compile(r"\s*:(?!\d)")
_OPENS_NEXT = re.compile(
    r"(?:[,;:]|\bvà|\bcòn|\btrong đó)\s*(?:(?:trong đó|định hướng|tầm nhìn|phấn đấu|dự kiến)\s*,?\s*)?$", re.I
)


# A bracket that defines the indicator by a standard and its period ("(theo chuẩn nghèo đa chiều giai đoạn
# 2022 - 2025)", "(theo Bộ tiêu chí Quốc gia về nông thôn mới các cấp giai đoạn 2026 - 2030)"): its times
# belong to the standard, not to the target.
_STANDARD_BRACKET = re.compile(r"\(\s*theo\b[^()]*\)", re.I)


def _time_before(text: str, start: int, pos: int) -> tuple[Optional[int], Optional[tuple[int, int]]]:
    standards = [m.span() for m in _STANDARD_BRACKET.finditer(text, start, pos)]
    exprs = [e for e in time_expressions(text, start, pos) if not any(a <= e[0] < b for a, b in standards)]
    if not exprs:
        return None, None
    _, _, year, period = exprs[-1]
    return year, period


# A plan's name in a heading ("Mục tiêu cụ thể của Đề án … giai đoạn 2026-2035")
# carries the plan's horizon, which is never propagated to its targets.
_GOAL_WORD = re.compile(r"\b(?:mục tiêu|chỉ tiêu)\b", re.I)
_PLAN_NAME = re.compile(r"\b(?:đề án|chương trình|kế hoạch|chiến lược|quy hoạch|quyết định|nghị quyết|dự án)\b", re.I)


def heading_milestone(
    sections: Sequence[Section], idx: Optional[int], any_heading: bool = False
) -> tuple[Optional[int], Optional[tuple[int, int]]]:
    """A milestone named by an enclosing goal heading ("Mục tiêu cụ thể đến năm
    2035" → deadline; "… giai đoạn 2026-2030" → period), unless it follows a plan name.
    ``any_heading``: by the nearest heading from ``idx`` up that names one, whatever it heads ("07 NỘI DUNG TRỌNG TÂM
    NĂM 2026" over a heading that states its own target)."""
    under_goals = False
    top = idx
    while idx is not None:
        s = sections[idx]
        if not any_heading and s.kind not in GOAL_KINDS:
            # "KẾ HOẠCH NĂM 2026" ⏎ "2. MỤC TIÊU TRỌNG ĐIỂM": the year of the plan or programme whose goals they are.
            own_year = _year_programme(s.heading) if under_goals else None
            return (own_year, None) if own_year else (None, None)
        under_goals = True
        # "Mục tiêu đến 2035 70% người lao động … được đào tạo …": a news sub-headline quoting one target dates that one.
        headline = not any_heading and s.marker is None and _HEADLINE_FIGURE.search(s.heading)
        milestone = (None, None) if headline else _named_milestone(s.heading)
        if milestone != (None, None):
            return milestone
        top, idx = idx, s.parent
    if under_goals and not any_heading:
        # A part's title the outline puts beside the goals rather than over them ("Phần thứ hai ⏎ CHƯƠNG TRÌNH CÔNG TÁC
        # NĂM 2017" ⏎ "I. MỤC TIÊU, NHIỆM VỤ VÀ CÁC CHỈ TIÊU CHỦ YẾU"): the top-level title before them, unclassified.
        part = next((sections[i] for i in range(top - 1, -1, -1) if sections[i].parent is None), None)
        own_year = _year_programme(part.heading) if part is not None and part.kind is None else None
        if own_year:
            return own_year, None
    return None, None


# A part of a document headed by a plan or programme for one year ("KẾ HOẠCH NĂM 2026", "Phần thứ hai ⏎ CHƯƠNG TRÌNH
# CÔNG TÁC NĂM 2017", "PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026").
_YEAR_PROGRAMME = re.compile(
    r"[\s*#IVX\d.]*(?:chương\s+trình|kế\s+hoạch|phương\s+hướng,?\s+nhiệm\s+vụ)\b[^\n]{0,60}?\bnăm\s+((?:19|20)\d\d)[\s*.:]*", re.I
)


def _year_programme(heading: str) -> Optional[int]:
    found = _YEAR_PROGRAMME.fullmatch(heading)
    return int(found.group(1)) if found else None


_HEADLINE_FIGURE = re.compile(r"\d[\d.,]*\s*(?:%|(?:nghìn|ngàn|triệu|tỷ)\s)", re.I)


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
    found = time_expressions(heading, start, end)
    if any(a[2] and b[2] and a[2] != b[2] and re.fullmatch(r"\s*và\s*", heading[a[1] : b[0]]) for a, b in zip(found, found[1:])):
        # "Định hướng phát triển nhà ở đến năm 2010 và đến năm 2020": two milestones of equal rank, each item names
        # its own (not "đến năm 2030, tầm nhìn đến năm 2045", a horizon and its vision).
        return None, None
    for _, _, year, period in found:
        return year, period
    one_year = goal_word and _ONE_YEAR_PLAN.match(heading, plan.start(), goal_word.start())
    if one_year and len(time_expressions(heading, plan.start(), goal_word.start())) == 1:
        # "Phê duyệt Kế hoạch sử dụng đất năm 2022 huyện Châu Thành với các chỉ tiêu chủ yếu sau:": the goals a lead-in
        # lists for a plan of one year are that year's (not "Kế hoạch ban hành kèm theo Quyết định 664/QĐ-BXD năm 2025",
        # nor "Kế hoạch hành động năm 2024 triển khai Chiến lược … đến năm 2030", which names two).
        return int(one_year.group(1)), None
    return None, None


# A plan named for one year: its kind, a few words of its subject (no other text named, no figure), the year.
_ONE_YEAR_PLAN = re.compile(
    r"(?:kế\s+hoạch|chương\s+trình)(?:\s+(?!(?:ban|kèm|theo|của|tại|số|quyết|nghị)\b)[^\W\d_]+){0,6}\s+năm\s+((?:19|20)\d\d)\b"
    r"(?!\s*[-–]\s*(?:19|20)?\d\d)",
    re.I,
)


def baseline_of(text: str, start: int, end: int) -> tuple[Optional[str], Optional[int]]:
    m = BASELINE.search(text, start, end)
    if not m:
        return None, None
    return " ".join(m.group().split()), int(m.group("y"))
