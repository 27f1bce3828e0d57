"""Scope: which sentences state targets. Numbers in goal sections (Mục tiêu, Chỉ
tiêu, Định hướng, an intro such as "… các chỉ tiêu cụ thể như sau:"), approved
figures in the project sections of an investment decision, and — in documents
without goal sections, such as news pages — the sentences that report a plan's
targets, after a target word and before any result or baseline word."""

from __future__ import annotations

import re
from typing import Optional, Sequence

from extractors.sections import GOAL_KINDS, Block, Section
from extractors.targets.model import PROJECT
from extractors.targets.patterns import (
    CUT,
    INLINE_GOAL_LIST,
    LATE_MILESTONE,
    NOT_TRIGGER,
    PAST,
    STATISTICS,
    STRICT_TRIGGER,
    TRIGGER,
)

_NEWS_SKIP_KINDS = frozenset({"task", "implementation", "other", "purpose", PROJECT})
_AIM_HEADING = re.compile(r"mục đích", re.I)
_LIST_ITEM = re.compile(r"^(?:[-+•–]\s|\(?\d{1,2}\)\s|[a-zđ]\)\s)")
_BULLETS = "-+•–"
# A list item that names only a period or milestone: "- Giai đoạn 2025-2027", "- Đến năm 2030:".
_MILESTONE_ITEM = re.compile(
    r"^[-+•–]\s+(?:giai\s+đoạn|thời\s+kỳ|(?:đến|tới|trong|vào)?\s*(?:hết\s+|cuối\s+)?năm)\s+"
    r"(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?\s*:?\s*$",
    re.I,
)


def goal_section(sections: Sequence[Section], idx: Optional[int]) -> bool:
    """The section at idx is a goal section (or in one), and not under a news sub-headline."""
    if idx is None or idx < 0 or sections[idx].kind not in GOAL_KINDS:
        return False
    while not sections[idx].own_kind and sections[idx].parent is not None:
        idx = sections[idx].parent
    return not _sub_headline(sections[idx])


# "**Nâng chỉ tiêu xuất khẩu lên 44 tỷ USD**": a news page's unnumbered sub-headline names a goal word after a verb
# and the figure it reports; the paragraphs under it report, results as well as targets: no goal section.
_HEADLINE_FIGURE = re.compile(r"\d[\d.,]*\s*(?:%|(?:nghìn|ngàn|triệu|tỷ)\s)", re.I)
_GOAL_OPENING = re.compile(r"[\W\d_]*(?:(?:các|những|một số)\s+)?(?:mục tiêu|chỉ tiêu|định hướng|tầm nhìn|lộ trình)\b", re.I)


def _sub_headline(section: Section) -> bool:
    return (
        section.marker is None and not section.intro and section.own_kind
        and _HEADLINE_FIGURE.search(section.heading) is not None and not _GOAL_OPENING.match(section.heading)
    )


def reading_mode(
    section: Optional[Section], has_goals: bool, goal_headings: bool, goal: bool = True, goals_among_tasks: bool = False,
) -> Optional[str]:
    """How the sentences of a section are read: "goal", PROJECT, "news" (after a
    target word) or "strict_news" (after an explicit one); None: not at all.
    ``has_goals``: the document has goal sections; ``goal_headings``: some are
    headed, not only announced by a lead-in; ``goal``: False when a goal kind
    comes from a news sub-headline (``goal_section``); ``goals_among_tasks``: the text is a conclusion or a
    directive, which sets its goals among its tasks (``goals_among_tasks(text)``)."""
    kind = section.kind if section else None
    if kind in GOAL_KINDS and not goal:
        kind = None
    if kind in GOAL_KINDS:
        return "goal"
    if kind == PROJECT:
        return PROJECT
    if not has_goals and kind not in _NEWS_SKIP_KINDS:
        return "news"
    if not has_goals and kind == "task" and goals_among_tasks:
        # A conclusion or a directive without goal sections sets its goals among its tasks ("III. NHIỆM VỤ TRỌNG
        # TÂM / 1. Hoàn thành mục tiêu đưa vào khai thác trên 3.000 km đường bộ cao tốc …"): read after an explicit
        # goal word (docs/annotation.md). A plan's tasks state none, goal sections or not.
        return "strict_news"
    if not goal_headings and kind not in _NEWS_SKIP_KINDS:
        return "strict_news"
    if kind == "purpose" and _AIM_HEADING.match(section.heading):
        # "1. Mục đích: Phấn đấu đến năm 2030, 100% xã …": a plan's aims state targets as news does.
        return "news"
    return None


# The heading of a notice of conclusions, a directive or a resolution ("THÔNG BÁO / KẾT LUẬN CỦA THỦ TƯỚNG …", "CHỈ
# THỊ", "NGHỊ QUYẾT" of a Government meeting); a resolution with goal sections reads those instead.
_CONCLUSION_OR_DIRECTIVE = re.compile(
    r"^[\s*#|]*(?:THÔNG[\s*]+BÁO|KẾT[\s*]+LUẬN|CHỈ[\s*]+THỊ|NGHỊ[\s*]+QUYẾT|CÔNG[\s*]+ĐIỆN)\b", re.M
)
# A copy without its header opens on its title line: "Thông báo kết luận của Bộ trưởng …", "Chỉ thị về …".
_TITLED_CONCLUSION_OR_DIRECTIVE = re.compile(
    r"[\s*#|]*(?:Thông\s+báo\s+kết\s+luận|Kết\s+luận|Chỉ\s+thị|Công\s+điện)\s+(?:về|của|số)\b"
)
_PLAN_HEADING = re.compile(r"^[\s*#|]*(?:KẾ[\s*]+HOẠCH|CHƯƠNG[\s*]+TRÌNH|ĐỀ[\s*]+ÁN)\b", re.M)
# A page that reports one by its number: "Chính phủ ban hành Nghị quyết 27/NQ-CP về phiên họp …", "Toàn văn Công
# điện 159/CĐ-TTg 2025 …", "Thủ tướng Chính phủ có Chỉ thị 05/CT-TTg …", a province's "Chỉ thị 05/CT-UBND".
_REPORTED_DIRECTIVE = re.compile(
    r"\b(?:Nghị\s+quyết|Chỉ\s+thị|Công\s+điện|Thông\s+báo(?:\s+kết\s+luận)?)\s+(?:số\s+)?\d+/(?:\d{4}/)?"
    r"(?:NQ-CP|CT-TTg|CĐ-TTg|TB-VPCP|CT-UBND|CĐ-UBND)\b"
)


def goals_among_tasks(text: str) -> bool:
    """Whether the text is a notice of conclusions, a directive or a resolution (its heading before any plan's), or a
    page that reports one of the Government's by its number."""
    conclusion = (
        _CONCLUSION_OR_DIRECTIVE.search(text, 0, 3000) or _REPORTED_DIRECTIVE.search(text, 0, 3000)
        or _TITLED_CONCLUSION_OR_DIRECTIVE.match(text)
    )
    plan = _PLAN_HEADING.search(text, 0, 3000)
    return conclusion is not None and (plan is None or conclusion.start() < plan.start())


def inline_goal_list(text: str, start: int, end: int) -> Optional[int]:
    """Where the goal list a sentence outside the goal sections introduces starts ("… phấn đấu đạt …,
    cụ thể: Phấn đấu …; tỷ lệ …"), or None: its items are the plan's targets, the task before it is not."""
    found = INLINE_GOAL_LIST.search(text, start, end)
    if found is None or _inside(NOT_TRIGGER, text[start:end], found.start() - start):
        return None
    return found.end()


def lead_ins(blocks: Sequence[Block]) -> list[Optional[Block]]:
    """For each block, what introduces the list it belongs to: the paragraph ending
    in ":", or — nearer — a list item that only names a period or milestone
    ("- Giai đoạn 2025-2027" over "+ 100% …" items) or ends in ":" for the items marked otherwise below it."""
    out: list[Optional[Block]] = []
    lead: Optional[Block] = None
    milestone_item: Optional[tuple[str, Block]] = None  # (its marker, the item)
    for b in blocks:
        item = _LIST_ITEM.match(b.text)
        if not item:
            out.append(None)
            lead = b if b.text.endswith(":") else None
            milestone_item = None
            continue
        marker = item.group().strip()[:1]
        # "- Dự báo … đến năm 2050 khoảng 15.707 ha …; Trong đó:" over "+ Phát triển dân cư: …" items: an item
        # that ends in ":" introduces the items marked otherwise below it, as a paragraph does.
        if _MILESTONE_ITEM.match(b.text) or b.text.endswith(":"):
            out.append(lead)
            milestone_item = (marker, b)
        elif milestone_item is not None and marker in _BULLETS and marker != milestone_item[0]:
            out.append(milestone_item[1])
        else:
            out.append(lead)
            milestone_item = None
    return out


def names_a_goal(text: str, start: int, end: int) -> bool:
    """A target word in text[start:end] that is not part of a result, a shortfall or a plan's name."""
    sentence = text[start:end]
    return any(not _inside(NOT_TRIGGER, sentence, m.start()) for m in TRIGGER.finditer(sentence))


def news_eligible(sentence: str, continues: bool = False, strict: bool = False):
    """A quantity of a news sentence counts when a target word precedes it (or the
    sentence continues a target sentence) and no result/baseline word stands
    between that word and the quantity. Strict: only explicit target words count."""
    trigger = STRICT_TRIGGER if strict else TRIGGER
    triggers = [m.end() for m in trigger.finditer(sentence) if not _inside(NOT_TRIGGER, sentence, m.start())]
    if continues and not strict:
        triggers.insert(0, 0)
    # "nâng thị phần … từ 6% hiện lên khoảng 10%": "hiện" dates the baseline, the rise is the target.
    cuts = [m.start() for m in CUT.finditer(sentence) if not _RISE_AFTER.match(sentence, m.end())]
    # "… thông tin … đã được số hóa …; 90% hồ sơ công việc …": a past-tense word describes its own list
    # item; the next item after ";" is under the target word again ("nhưng", "đến nay" … turn the rest to results).
    past_words = [m.start() for m in PAST.finditer(sentence) if not _RISE_AFTER.match(sentence, m.end())]
    statistics = STATISTICS.search(sentence)
    past = PAST.search(sentence)
    milestones = [] if strict else [m.start() for m in LATE_MILESTONE.finditer(sentence) if not _inside(NOT_TRIGGER, sentence, m.start())]

    def ok(pos: int) -> bool:
        if _GOAL_ASIDE.search(sentence, 0, pos):
            return True  # "… đạt 68,3% chỉ tiêu Bộ Tài chính giao (57.100 tỷ đồng)": the goal a result is measured against
        if _PURPOSED_GOAL.search(sentence, max(0, pos - 100), pos):
            return True  # "Để đạt được mục tiêu tăng trưởng GDP 6%, …": the goal named is one, what it takes is not
        if statistics and statistics.start() < pos:
            return False
        last = max((t for t in triggers if t <= pos), default=None)
        if last is None:
            # No target word before it: a later milestone in the same clause dates a plan, unless the sentence reports.
            # A milestone inside a later aside ("… đạt trên 62%, vượt xa mục tiêu (mục tiêu đến năm 2020 là 50%)") dates the aside.
            # "… thị trường có thể phục hồi về mức 4,5 – 5 tỷ USD vào năm 2021": what may happen is no plan's aim.
            return (not past and not cuts and not _MAY.search(sentence, 0, pos)
                    and any(pos < m and not re.search(r"[;(]", sentence[pos:m]) for m in milestones))
        return not any(last <= c < pos for c in cuts) and not any(last <= c < pos and ";" not in sentence[c:pos] for c in past_words)

    return ok


def goal_aside(sentence: str, pos: int) -> Optional[re.Match]:
    """The goal phrase whose bracket the figure at ``pos`` opens ("… đạt 68,3% chỉ tiêu Bộ Tài chính giao (57.100 tỷ
    đồng)", "… tăng 2,52%, cao hơn mục tiêu đề ra (2,5%)"): the goal a reported result is measured against."""
    return _GOAL_ASIDE.search(sentence, 0, pos)


# A goal word, a few words naming who set it, and the goal's figure opening a parenthesis.
_GOAL_ASIDE = re.compile(r"\b((?:chỉ tiêu|mục tiêu|kế hoạch)(?:\s+[^\W\d_]+){0,6})\s*\(\s*(?:là\s+|khoảng\s+)?$", re.I)
# The goal a purpose clause names, up to the figure in it: "để đạt mục tiêu 3.000 km đường bộ cao tốc", "Để hoàn thành
# mục tiêu 100% giải ngân" (NOT_TRIGGER keeps the clause's goal word from making the rest of the sentence a goal).
_PURPOSED_GOAL = re.compile(
    r"\bđể\s+(?:đạt|thực\s+hiện|hoàn\s+thành)(?:\s+được)?(?:\s+(?:các|những))?\s+mục\s+tiêu\b[^,;.:()]{0,60}$", re.I
)
_RISE_AFTER = re.compile(r"(?:\s+(?:nay|tại))?\s+(?:lên|xuống)\b", re.I)
_MAY = re.compile(r"\bcó\s+thể\b", re.I)


def _inside(pattern: re.Pattern[str], text: str, pos: int) -> bool:
    return any(m.start() <= pos < m.end() for m in pattern.finditer(text))


# News-page furniture that restates the article's figures (README: "Headlines that repeat a target are
# excluded"): the headline over a setext underline, a line opening with a link ("[Xem chi tiết](url)snippet …"),
# an image, its caption ("… Ảnh: T. Hòa") and whatever follows the byline (a teaser lead "more(X) – …").
_SETEXT_H1 = re.compile(r"\s={3,}$")
_SETEXT_UNDERLINE_AFTER = re.compile(r"[ \t]*\n[ \t]*(?:={3,}|-{3,})[ \t]*(?:\n|$)")
_LINK_OPENING = re.compile(r"!?\[[^\]\n]*\]\([^)\s]+(?:\s+\"[^\"]*\")?\)")
# The credit may abbreviate a name with initials: "Ảnh: N.Thanh.", "Ảnh: T. Hòa".
_CAPTION_END = re.compile(r"\(?\bẢnh(?:\s+minh\s+họa)?\s*:\s*(?:[^\W\d_]{1,2}\.\s*){0,2}[^.:;()]{1,40}\)?\.?$", re.I)
_CAPTION_MAX = 300
# "**Lê Thu**": a bold line of two to four capitalised words and nothing else, near the end, signs the article.
_BYLINE_WORDS = (2, 4)
_AFTER_BYLINE_MAX = 3  # blocks: a teaser lead, a related link


# A byline may abbreviate the given names to initials: "**N.Linh**", "**T. Hòa**".
_INITIALLED_BYLINE = re.compile(r"(?:[A-ZĐ]\.\s?){1,3}[A-ZĐ][^\W\d_]+")


def _is_byline(line: str) -> bool:
    words = line.split()
    return (_BYLINE_WORDS[0] <= len(words) <= _BYLINE_WORDS[1] and all(w.isalpha() and w.istitle() for w in words)) or (
        _INITIALLED_BYLINE.fullmatch(line.strip()) is not None
    )


# A saved web page keeps its headline as a plain line ("Kinh tế thứ năm, 08 08 2019 ⏎ Phấn đấu đến năm 2025, … ⏎
# Thủ tướng … nêu rõ mục tiêu, …"): a short line without a closing stop among the first blocks, before a paragraph.
_HEADLINE_BLOCKS = 3
_HEADLINE_WORDS = 30
_PARAGRAPH_WORDS = 25
_CLOSED = re.compile(r"[.!?:;…]\W*$")


def _plain_headline(blocks: Sequence[Block]) -> Optional[int]:
    for i, b in enumerate(blocks[:_HEADLINE_BLOCKS]):
        if i + 1 < len(blocks) and len(b.text.split()) <= _HEADLINE_WORDS and not _CLOSED.search(b.text) \
                and not b.hashes and len(blocks[i + 1].text.split()) >= _PARAGRAPH_WORDS and re.search(r"[^\W\d_]{2}", b.text) \
                and not _DATELINE.search(b.text):
            return i
    return None


_DATELINE = re.compile(r"\d{1,2}[/ ]\d{1,2}[/ ](?:19|20)\d\d")


def page_furniture(text: str, blocks: Sequence[Block]) -> frozenset[int]:
    """Indexes of the blocks of a news page that frame the article rather than report it: its
    headline, link lines, images and captions, and the blocks after its byline."""
    out: set[int] = set()
    signed = False
    headline = _plain_headline(blocks)
    for i, b in enumerate(blocks):
        if signed or i == headline:
            out.add(i)
        elif (
            _SETEXT_H1.search(b.text)
            or (i == 0 and _SETEXT_UNDERLINE_AFTER.match(text, b.end))
            or _LINK_OPENING.match(b.text)
            or (len(b.text) <= _CAPTION_MAX and _CAPTION_END.search(b.text))
        ):
            out.add(i)
        elif b.bold and i > 0 and len(blocks) - i - 1 <= _AFTER_BYLINE_MAX and _is_byline(b.text):
            out.add(i)
            signed = True
    return frozenset(out)
