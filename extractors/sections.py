"""Document structure: headings with their body spans and a kind, plus a
sentence/clause splitter that respects line structure.

Structure comes first: the text is cut into blocks (paragraphs, list items,
table cells) on blank lines, "|" cell separators and lines that start with a
list marker, because web conversions break lines inside phrases ("Mục tiêu
cụ\\nthể") while PDFs have no blank lines between paragraphs. A block that
starts with a numbering marker (I., 1., 2.1., a), Điều N), a markdown "#"
line, a fully bold or uppercase block, or an italic line ending in ":" is a
heading. A plain paragraph that ends with ":" and names goals or tasks
("… đặt ra mục tiêu cụ thể bao gồm:") opens an intro section that runs to the
next heading of its parent's level.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Iterator, Optional, Sequence

from extractors.canonical import LOWERCASE, UPPERCASE

_NORMS = re.compile(r"chỉ tiêu kinh tế\s*[-–]?\s*kỹ thuật")
# Section kinds, checked in order against the first words of a heading.
GOAL_KINDS = frozenset({"goal", "goal_general", "goal_specific"})
KIND_RULES: tuple[tuple[str, str], ...] = (
    (r"mục tiêu (?:chung|tổng quát)", "goal_general"),
    (r"mục tiêu cụ thể|(?:các |một số )?chỉ tiêu (?:cụ thể|chủ yếu|chính)", "goal_specific"),
    (r"mục tiêu (?:của )?(?:dự án|hoạt động)|quy mô|(?:tổng )?vốn đầu tư|nguồn vốn|vốn góp|vốn vay|thời hạn hoạt động"
     r"|tiến độ thực hiện (?:của )?dự án|diện tích (?:đất|sử dụng|dự án)"
     # A zoning plan's approved figures ("4. Các chỉ tiêu kinh tế - kỹ thuật cơ bản", "6. Quy mô diện tích, chỉ tiêu
     # sử dụng đất", "2. Vị trí, ranh giới và diện tích khu quy hoạch"): the design of the zone, not goals.
     r"|chỉ tiêu kinh tế\s*[-–]?\s*kỹ thuật|chỉ tiêu sử dụng đất|diện tích (?:khu |lập )?quy hoạch", "project"),
    # "III. LỘ TRÌNH THỰC HIỆN": the phases of the tasks, not goals (a roadmap to a goal stays one).
    (r"lộ trình (?:thực hiện|triển khai)", "task"),
    # "II. KẾ HOẠCH PHÁT TRIỂN NHÀ Ở GIAI ĐOẠN 2026-2030": the quantities a plan sets out.
    (r"mục tiêu|chỉ tiêu|định hướng|lộ trình|tầm nhìn|kế hoạch phát triển", "goal"),
    (r"mục đích|yêu cầu|quan điểm|nguyên tắc|căn cứ|sự cần thiết|bối cảnh|thực trạng|hiện trạng|kết quả", "purpose"),
    (r"nhiệm vụ|giải pháp|nội dung (?:thực hiện|chủ yếu|trọng tâm|triển khai)|các hoạt động|phương án", "task"),
    (r"tổ chức thực hiện|trách nhiệm|phân công|điều khoản thi hành|hiệu lực|điều khoản", "implementation"),
    # ("Chi ngân sách địa phương", "Thu ngân sách": a financial report's topic, not the plan's funding.)
    (r"kinh phí|(?<!chi )(?<!thu )ngân sách|nguồn lực|khen thưởng|thi đua|chế độ báo cáo|báo cáo|kiểm tra|đánh giá|xếp hạng"
     r"|tiêu chí|phụ lục|biểu mẫu|nơi nhận|tần suất|thông số", "other"),
)
_KIND_PATTERNS = tuple((re.compile(rf"\b(?:{p})\b", re.IGNORECASE), k) for p, k in KIND_RULES)
# A review of a past period's goals ("Kết quả thực hiện các mục tiêu, chỉ tiêu", "Đánh giá tình hình thực hiện …"):
# its figures are results, whatever goal words the heading lists.
_REVIEW_OPENING = re.compile(
    r"(?:đánh\s+giá\s+)?(?:kết\s+quả|tình\s+hình)\s+(?:thực\s+hiện|triển\s+khai|đạt\s+được)"
    r"|đánh\s+giá\s+(?:việc\s+)?(?:thực\s+hiện|triển\s+khai)"
)
_GOAL_WORDS = re.compile(r"\b(?:mục\s+tiêu|chỉ\s+tiêu)\b")
# An intro names what follows ("… nhằm đạt được mục tiêu chung là:"); the last
# kind word wins ("Để đạt được các mục tiêu trên … nhiệm vụ và giải pháp như:").
_INTRO_PATTERNS = tuple(
    (re.compile(rf"\b(?:{p})\b", re.IGNORECASE), k)
    for p, k in (
        (r"mục tiêu (?:chung|tổng quát)", "goal_general"),
        # "… 15 chỉ tiêu như sau:"; after a count "chi tiêu" is a misspelt "chỉ tiêu", not spending.
        (r"mục tiêu cụ thể|(?:các|những|một số)\s+chỉ tiêu|\d{1,3}\s+ch[ỉi] tiêu|chỉ tiêu (?:cụ thể|chủ yếu|sau)",
         "goal_specific"),
        (r"mục tiêu", "goal"),
        (r"nhiệm vụ|giải pháp", "task"),
    )
)
_QUOTED = re.compile(r"[“\"][^”\"]*[”\"]")
# "Chương trình mục tiêu quốc gia …" names a programme: its "mục tiêu" announces no goals.
_PROGRAMME_NAME = re.compile(r"\bchương\s+trình\s+mục\s+tiêu\b", re.IGNORECASE)
_PARENTHESISED = re.compile(r"\([^)]*\)")
_PARTS = re.compile(r",|;|\bvà\b")
_LEAD_MARKUP = re.compile(r"[\s|#*_>]*")

# Upper case, or sentence case where a text's case was normalised ("Iii. mục tiêu phát triển.").
_ROMAN = r"(?:[IVXLC]{1,6}|I(?:i{1,2}|[vx])|Vi{1,3}|Xi{1,3}|X[vx])"
_MARKER = re.compile(
    rf"^(?:(?P<dieu>Điều\s+\d+)(?![ \t]+[{LOWERCASE}])\s*[.:]?"  # not "… quy định tại\nĐiều 1 chịu trách nhiệm …"
    rf"|(?P<roman>{_ROMAN})\s*[.)/]"
    rf"|(?P<arabic>\d{{1,2}}(?:\.\d{{1,2}}){{0,3}})(?:[.)]|(?<=\.\d)(?=\s))"
    rf"|(?P<letter>[a-zđ])(?:\s*\)|\.(?=\s+[{UPPERCASE}])))"
    rf"(?=\s|\*|$)",
)
# An annex ends the body of the document: its scoring scales and lists are no goals.
# "Phụ lục II" alone or over its title in capitals opens an annex as well.
_ANNEX = re.compile(rf"^(?:PHỤ LỤC\b|Phụ\s+lục(?:\s+(?:[IVX]{{1,5}}|\d{{1,2}}))?(?:\s*$|\s+(?=[{UPPERCASE}]{{2}})))")
_BULLET = re.compile(r"^(?:[-+•–—*]|\(\d{1,2}\)|\d{1,2}\))\s+")
# A section's name run into its first numbered sub-item ("2. Nhiệm vụ và giải pháp chủ yếu 2.1. Tiếp tục …"), as a
# text saved without its line breaks writes it.
_RUN_IN_HEADING = re.compile(
    rf"(?P<heading>[{UPPERCASE}][^.:;\n]{{2,80}}?)[ \t]+(?P<number>\d{{1,2}}(?:\.\d{{1,2}})+)\.[ \t]+(?=[{UPPERCASE}])"
)
# Three or more words in capitals (digits and commas among them) before a word in sentence case.
_CAPITALS_RUN = re.compile(
    rf"((?:[{UPPERCASE}]{{2,}}|\d+)(?:[ \t,]+(?:[{UPPERCASE}]+|\d+|[-–&])){{2,}})[ \t]+(?=[{UPPERCASE}][{LOWERCASE}])"
)
_BLANK_CELL = re.compile(r"^\s*\|?\s*$|^\s*[-|: ]{3,}\s*$")
_SENTENCE_END = re.compile(rf"(?<=[.!?…])[\"”’)]*\s+(?=[\"“(]?[{UPPERCASE}0-9*+\-•])")
# One or two capitals ("TP.", "TX.", initials) abbreviate; three or four are an acronym that ends a sentence ("… 20,5
# tỷ USD. Lĩnh vực …", "… triệu TOE. Cường độ …").
_ABBREVIATION = re.compile(r"(?:\b[A-ZĐ]{1,2}|\bv\.v|\bSố|\bTP|\bTr|\bTh\.S|\bTS|\bPGS|\bGS|\bNXB)\.$")
_ABBREVIATION_MAX = 8  # longer than any match of _ABBREVIATION ("Th.S.", "NXB.")
_INLINE_LIST = re.compile(r":\s+(?=[-+•]\s)")
# A web page that lost the space between two paragraphs: "… có nguy cơ cháy, nổ.Đảm bảo 100% …", "… đạt tối
# thiểu 30% GDP.Tỉ lệ …", "… đạt 80%.Tỉ lệ …" (a word of two lower-case letters or more, an acronym of three
# capitals or more, or a per cent sign; its stop; then a capitalised word). "tp.Hồ Chí Minh", "TP.Hồ Chí Minh" abbreviate.
_RUN_ON_SENTENCE = re.compile(
    rf"(?:(?<![{LOWERCASE}{UPPERCASE}])(?!(?:tp|tx|tt|ths|ts)\.)[{LOWERCASE}]{{2,}}|(?<![{LOWERCASE}{UPPERCASE}])[{UPPERCASE}]{{3,}}|%)"
    rf"\.(?=[{UPPERCASE}][{LOWERCASE}])"
)
_SEMICOLON = re.compile(r";")
_DASH_OPENING = re.compile(r"\s*[-–]")
_DIGIT_CLOSING = re.compile(r"\d\s*$")
_BODY_ON_LINE = re.compile(r":\s*\S|%$")
_STRAY_STAR = re.compile(r"(?<=\w)\*(?=\s|$)|(?<=\s)\*(?=\w)")


@dataclass(frozen=True)
class Block:
    """A paragraph, list item or table cell: its span and cleaned text."""

    start: int
    end: int
    text: str  # markup removed, whitespace collapsed
    bold: bool
    italic: bool
    hashes: int  # markdown heading level, 0 if none
    cell: bool = False  # a table cell of a flattened markdown table (between "|" lines)


@dataclass(frozen=True)
class Section:
    start: int  # heading start
    end: int  # end of the body
    heading_start: int
    heading_end: int
    body_start: int
    heading: str  # cleaned heading text, without its marker
    marker: Optional[str]  # "II", "2.1", "a", "Điều 2" …; None for unnumbered headings
    level: float
    kind: Optional[str]  # goal, goal_general, goal_specific, project, purpose, task, implementation, other
    own_kind: bool  # False when the kind is inherited from the parent section
    parent: Optional[int]  # index of the parent in the sequence iter_sections yields
    intro: bool = False  # a paragraph ending in ":" rather than a heading
    titled: bool = True  # False for a numbered item whose text is a sentence, not a title


def iter_blocks(text: str, start: int = 0, end: Optional[int] = None) -> Iterator[Block]:
    """Paragraphs / list items / table cells of text[start:end]."""
    end = len(text) if end is None else end
    current: list[tuple[int, int]] = []
    previous = ""  # the text of current[-1]
    after_pipe = False  # the open block started right after a "|" line

    def flush(closed_by_pipe: bool) -> Optional[Block]:
        if not current:
            return None
        s, e = current[0][0], current[-1][1]
        raw = text[s:e]
        s += len(raw) - len(raw.lstrip())
        e = s + len(text[s:e].rstrip())
        return _block(text, s, e, cell=after_pipe and closed_by_pipe)

    for ls, le, line in _lines(text, start, end):
        stripped = _strip_markup(line)
        # A line _BLANK_CELL matches holds only "-", "|", ":" and whitespace: what is left of it
        # after the markup is empty or opens on "-" or ":".
        if not stripped or (stripped[0] in "-:" and _BLANK_CELL.match(line)):
            pipe = "|" in line
            block = flush(pipe)
            current = []
            if block:
                yield block
            after_pipe = pipe
            continue
        starts_item = bool(_MARKER.match(stripped) or _BULLET.match(line.lstrip("|* \t")) or line.lstrip().startswith("#"))
        if starts_item and current and _DASH_OPENING.match(line) and _DIGIT_CLOSING.search(previous):
            # "giai đoạn 2026\n- 2030": a range broken across lines, not a bullet.
            starts_item = False
        if current and (
            starts_item
            or previous.lstrip().startswith("#")
            or (len(current) == 1 and _ends_heading_line(text, current, line))
        ):
            # A markdown "#" heading is one line.
            block = flush(False)
            current = []
            after_pipe = False
            if block:
                yield block
        current.append((ls, le))
        previous = line
    block = flush(False)
    if block:
        yield block


def _lines(text: str, start: int, end: int) -> Iterator[tuple[int, int, str]]:
    """(start, end, text) of the lines of text[start:end], each with its "\\n"
    (the last one without, when the span does not end on a line break)."""
    pos = start
    pieces = text[start:end].split("\n")
    last = len(pieces) - 1
    for i, piece in enumerate(pieces):
        if i < last:
            yield pos, pos + len(piece) + 1, piece + "\n"
            pos += len(piece) + 1
        elif piece:
            yield pos, end, piece


_CONTINUES = re.compile(r"\b(?:với|của|và|cho|tại|các|về|ở|trên|theo|đến|từ|là|có|được|thuộc)\W*$", re.IGNORECASE)


def _ends_heading_line(text: str, current: list[tuple[int, int]], line: str) -> bool:
    """PDF text has no blank line after a heading: "2. Mục tiêu cụ thể\nPhấn đấu …"
    starts a new block when a short numbered or uppercase line is followed by a capitalised one."""
    if len(current) != 1:
        return False
    raw_first = text[current[0][0] : current[0][1]]
    if raw_first.count("**") % 2:
        return False  # "**1.\nGiai đoạn 2025 - 2030**": a bold span still open continues on the next line
    first = _strip_markup(raw_first).strip()
    nxt = line.strip().lstrip("*_ ")
    if not nxt or not nxt[0].isupper() or _CONTINUES.search(first) or _is_upper(nxt):
        return False
    if _BODY_ON_LINE.search(first):
        return False  # "đ) Đến năm 2045: 100%\nDNNVV …": the line already holds the item's body
    marker = _MARKER.match(first)
    if marker and not first[marker.end() :].strip(" .:)"):
        return False  # "III.\nCác chỉ tiêu về phát triển đô thị": a marker alone on its line opens the title below it
    return bool(marker) and len(first) < 60 or _is_upper(first)


def _block(text: str, s: int, e: int, cell: bool = False) -> Optional[Block]:
    raw = text[s:e]
    body = raw.strip()
    hashes = len(body) - len(body.lstrip("#")) if body.startswith("#") else 0
    inner = body.lstrip("#").strip().strip("|").strip()
    bold = inner.startswith("**") and inner.rstrip(":").rstrip().endswith("**") and len(inner) > 4
    italic = not bold and inner.startswith("*") and inner.endswith("*") and len(inner) > 2
    cleaned = " ".join(_strip_markup(raw).replace("**", "").replace("\\", "").split())
    if "*" in cleaned:
        cleaned = _STRAY_STAR.sub("", cleaned)
    cleaned = cleaned.strip(" *")
    if not cleaned:
        return None
    return Block(s, e, cleaned, bold, italic, hashes, cell)


def _strip_markup(line: str) -> str:
    """Markup and whitespace off both ends: leading ``[\\s|#*_>]``, trailing ``[\\s|*_]``
    (a regex for the trailing run would be tried at every position of the line)."""
    body = line[_LEAD_MARKUP.match(line).end() :]
    while True:  # str.rstrip() strips exactly the characters str.isspace() is true of
        trimmed = body.rstrip().rstrip("|*_")
        if len(trimmed) == len(body):
            return body
        body = trimmed


def _is_upper(text: str) -> bool:
    letters = "".join(filter(str.isalpha, text))  # C loops: this runs on every heading candidate
    return len(letters) >= 4 and sum(map(str.isupper, letters)) / len(letters) > 0.85


@lru_cache(maxsize=4096)  # a pure function of its words; headings and intros repeat across sections
def classify(heading: str, intro: bool = False) -> Optional[str]:
    """Kind of a heading from its first words (any position, last wins, for intros)."""
    if intro:
        # Quoted titles ("Chương trình “… định hướng đến năm 2045”") say nothing.
        plain = _QUOTED.sub(lambda m: " " * len(m.group()), heading)
        plain = _PARENTHESISED.sub(lambda m: " " * len(m.group()), plain)
        plain = _PROGRAMME_NAME.sub(lambda m: " " * len(m.group()), plain)
        hits = sorted((m.start(), kind) for pattern, kind in _INTRO_PATTERNS for m in pattern.finditer(plain))
        if not hits:
            return None
        last = hits[-1][1]
        if last == "goal":
            # "… mục tiêu tổng quát … bao gồm các mục tiêu sau:" keeps the specific level.
            specific = [k for _, k in hits if k in ("goal_general", "goal_specific")]
            return specific[-1] if specific else last
        return last
    heading = _LIST_MARK.sub("", heading)  # "(i) Các chỉ tiêu kinh tế", "(2) Mục tiêu cụ thể": the marker says nothing
    if _REVIEW_OPENING.match(heading.lower()) and _GOAL_WORDS.search(heading.lower()):
        # "KẾT QUẢ THỰC HIỆN CÁC MỤC TIÊU, CHỈ TIÊU CHỦ YẾU": the goals listed are what was reviewed (a review of the
        # year's tasks, "Tình hình thực hiện nhiệm vụ … năm 2025", may still set goals for the rest of the year).
        return "purpose"
    if len(heading.split()) > 12:
        return _opening_kind(heading.lower())
    # "MỤC ĐÍCH, YÊU CẦU VÀ MỤC TIÊU": each listed part is classified; a goal part wins.
    kinds = [_opening_kind(part) for part in _PARTS.split(heading.lower()) if part.strip()]
    goal = next((k for k in kinds if k in GOAL_KINDS), None)
    return goal or (kinds[0] if kinds else None)


# "PHỤ LỤC I", "Phụ lục II:", "PHỤ LỤC SỐ 02 -" before the annex's title.
_ANNEX_LABEL = re.compile(r"^phụ\s+lục(?:\s+số)?(?:\s+(?:[ivx]{1,5}|\d{1,2})\b)?[\s.:\-–]*", re.I)


def _annex_kind(heading: str) -> str:
    """An annex of goals ("Phụ lục II ĐỊNH HƯỚNG SẮP XẾP …", "PHỤ LỤC CÁC CHỈ TIÊU …") is read as goals; any other
    annex closes the body (its scales, forms and lists are no goals)."""
    kind = classify(_ANNEX_LABEL.sub("", heading))
    return kind if kind in GOAL_KINDS else "other"


_LIST_MARK = re.compile(r"^\s*\((?:\d{1,2}|[ivxIVX]{1,5})\)\s*")


# OCR reads the capitals "MỤC TIÊU" as "MỤC TIỂU" or "MỤC TIẾU" (no such words).
_MISREAD_GOAL = re.compile(r"\bmục\s+ti[ểế]u\b")


def _opening_kind(head: str) -> Optional[str]:
    head = _MISREAD_GOAL.sub("mục tiêu", head)
    for pattern, kind in _KIND_PATTERNS:
        m = pattern.search(head)
        # The kind word must open the part (allow one leading word: "Các", "Tổng", "Những").
        if m and len(head[: m.start()].split()) <= 1:
            return kind
    return None


def _heading_of(block: Block) -> Optional[tuple[Optional[str], float, str, bool]]:
    """(marker, level, heading text, titled) if the block is a heading; titled is
    False for a long numbered item whose opening words are not a title."""
    text = block.text
    if _ANNEX.match(text):
        return None, 1.0, text, True
    if block.cell:
        return None  # table cells (header rows, bold cells) are not document headings
    m = _MARKER.match(text)
    short = len(text) <= 160
    if m:
        kind = m.lastgroup
        marker = m.group(kind)
        full = text[m.end():].strip()
        rest = full.strip(" .:")
        if kind == "dieu":
            level = 2.0
        elif kind == "roman":
            level = 2.0
        elif kind == "arabic":
            level = 2.0 + marker.count(".") + 1
        else:
            level = 6.0
        # "1. Mục tiêu chung: Hỗ trợ …": the heading stops at the colon.
        colon = rest.find(":")
        if 0 < colon <= 80 and (not short or classify(rest[:colon]) or len(rest[colon + 1 :].split()) >= 3):
            return marker, level, rest[:colon], True
        # "II. MỤC TIÊU, NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU NĂM 2024 Bộ TN&MT yêu cầu …", "2. Nhiệm vụ và giải pháp chủ
        # yếu 2.1. Tiếp tục …": a text saved without its line breaks runs a heading into the paragraph after it.
        capitals = _CAPITALS_RUN.match(rest) if not short else None
        if capitals:
            return marker, level, capitals.group(1).strip(" ,.:"), True
        run_in = _RUN_IN_HEADING.match(rest) if not short else None
        if run_in and classify(run_in.group("heading")):
            return marker, level, run_in.group("heading"), True
        # A long item or one that reads as a sentence ("1. 100% cán bộ … trở lên.") is no title.
        if not short or full.endswith((".", ";")) and len(rest.split()) > 8:
            return marker, level, rest[:100], False
        return marker, level, rest, True
    if block.hashes:
        return None, 1.0, text.strip(" :"), True
    bullet = _BULLET.match(text)
    # A bold bullet that reads as a sentence ("**- 70% người lao động … trở lên.**") is emphasised content.
    if block.bold and short and not (bullet and text.endswith((".", ";"))):
        # "**(1) Đến năm 2030**" under "**Mục tiêu … ra sao?**": a bold list item heads a subsection.
        return None, 6.0 if bullet else 2.0, text.strip(" :"), True
    if block.italic and text.rstrip().endswith(":") and len(text) <= 120:
        return None, 7.0, text.strip(" :"), True
    if block.italic and len(text) <= 80 and not text.endswith((".", ";")) and classify(text) in GOAL_KINDS:
        # "** Mục tiêu đến năm 2025*" (an emphasis the page closed wrong) over the list of that year's goals.
        return None, 7.0, text, True
    if short and _is_upper(text) and not bullet:
        return None, 2.0, text.strip(" :"), True
    if bullet and len(text) <= 80 and not text.endswith((".", ";")) and classify(text[bullet.end() :].strip(" :")):
        # "(1) Mục tiêu đến năm 2030", "(2) Tầm nhìn đến năm 2050": a list item naming a section heads one.
        return None, 6.0, text.strip(" :"), True
    return None


def _marker_end(text: str, block: Block) -> int:
    """Offset just past the numbering marker of a block ("**1. **100% …" → before "100%")."""
    raw = text[block.start : block.end]
    lead = _LEAD_MARKUP.match(raw).end()
    m = _MARKER.match(raw[lead:])
    if not m:
        return block.start
    end = lead + m.end()
    while end < len(raw) and raw[end] in " *_\t":
        end += 1
    return block.start + end


@dataclass(frozen=True)
class Layout:
    """The blocks and sections of one text. Reading them is the costliest part of
    several extractors: compute them once per document (``layout(text)``) and pass
    them to each extractor instead of letting every one read them again."""

    blocks: tuple[Block, ...]
    sections: tuple[Section, ...]
    sentences: tuple[tuple[int, int], ...]  # ``iter_sentences`` of the blocks (targets, achievements, references)


def layout(text: str) -> Layout:
    blocks = tuple(iter_blocks(text))
    return Layout(blocks, tuple(iter_sections(text, blocks)), tuple(iter_sentences(text, blocks=blocks)))


def iter_sections(text: str, blocks: Optional[Sequence[Block]] = None) -> Iterator[Section]:
    """Headings and intro paragraphs with body spans and kinds, in document order
    (``blocks``: those of ``iter_blocks(text)``, when already read)."""
    out: list[Section] = []
    open_stack: list[int] = []  # indices into out
    ends: dict[int, int] = {}

    def close(level: float, at: int) -> None:
        while open_stack and out[open_stack[-1]].level >= level:
            ends[open_stack.pop()] = at

    for block in iter_blocks(text) if blocks is None else blocks:
        found = _heading_of(block)
        if found is None:
            if not block.text.rstrip().endswith(":"):
                continue
            own = classify(block.text, intro=True)
            if own is None:
                continue
            # A new intro replaces an open intro of the same parent.
            while open_stack and out[open_stack[-1]].intro:
                ends[open_stack.pop()] = block.start
            parent_level = out[open_stack[-1]].level if open_stack else 0.0
            marker, level, heading = None, parent_level + 0.5, block.text.rstrip(" :")
            intro, titled = True, True
            heading_end = block.end
            opening = _last_sentence_start(text, block) if own not in GOAL_KINDS else block.start
            if opening > block.start:
                # "… trong đó đặt ra mục tiêu … 1% … Để đạt được mục tiêu, Chính phủ … các giải pháp sau:": the
                # sentence that introduces the tasks is the intro; the sentences before it stay in the parent.
                heading = " ".join(text[opening:block.end].split()).rstrip(" :")
                block = replace(block, start=opening)
        else:
            marker, level, heading, titled = found
            intro = False
            if _ANNEX.match(heading):
                own = _annex_kind(heading)
            else:
                own = classify(heading) if titled else None
                if own is None and titled and (marker or "").startswith("Điều") and block.text.rstrip(" *").endswith(":"):
                    # "Điều 1. Phê duyệt Kế hoạch … năm 2022 … với các chỉ tiêu chủ yếu sau:": an article that leads
                    # in to a list says what the list is, as a paragraph that does.
                    own = classify(heading, intro=True)
            close(level, block.start)
            heading_end = block.end
            if not titled:
                # A numbered sentence: only its marker is heading.
                heading_end = _marker_end(text, block)
            elif not block.text.rstrip(" *:").endswith(heading.rstrip(" *:")):
                # The heading stops at a colon; the body starts after it.
                colon = text.find(":", block.start, block.end)
                if colon >= 0:
                    heading_end = colon + 1
        parent = open_stack[-1] if open_stack else None
        if own == "project" and parent is not None and out[parent].kind in GOAL_KINDS and _NORMS.search(heading.lower()):
            # "Định hướng phát triển nhà ở đến năm 2020 / Đối với đô thị / - Chỉ tiêu kinh tế kỹ thuật": a programme's
            # norms under its goals are goals; a zoning plan's stand on their own.
            own = out[parent].kind
        kind = own if own else (out[parent].kind if parent is not None else None)
        out.append(
            Section(
                start=block.start,
                end=len(text),
                heading_start=block.start,
                heading_end=heading_end,
                body_start=heading_end,
                heading=heading,
                marker=marker,
                level=level,
                kind=kind,
                own_kind=own is not None,
                parent=parent,
                intro=intro,
                titled=titled,
            )
        )
        open_stack.append(len(out) - 1)
    for i, s in enumerate(out):
        end = ends.get(i, len(text))
        yield Section(**{**s.__dict__, "end": end})


def _last_sentence_start(text: str, block: Block) -> int:
    """Where the last sentence of a paragraph starts (the paragraph's start if it has one sentence)."""
    last = None
    for last in _SENTENCE_END.finditer(text, block.start, block.end):
        pass
    return last.end() if last else block.start


def section_at(sections: list[Section], offset: int) -> Optional[int]:
    """Index of the innermost section whose span holds offset (sections nest, so
    it is on the parent chain of the last section starting at or before offset)."""
    idx: Optional[int] = bisect_right(sections, offset, key=lambda s: s.start) - 1
    while idx is not None and idx >= 0:
        if offset < sections[idx].end:
            return idx
        idx = sections[idx].parent
    return None


def heading_end_at(sections: list[Section], offset: int) -> Optional[int]:
    """End of the heading (not an intro paragraph) that holds offset, if any."""
    idx = bisect_right(sections, offset, key=lambda s: s.start) - 1
    if idx < 0:
        return None
    s = sections[idx]
    return s.heading_end if not s.intro and s.heading_start <= offset < s.heading_end else None


def iter_sentences(
    text: str, start: int = 0, end: Optional[int] = None, blocks: Optional[Sequence[Block]] = None
) -> Iterator[tuple[int, int]]:
    """Sentence spans: blocks first, then ". " / "? " before a capital or digit,
    and ":" before an inline list marker (" - ", " + "). ``blocks``: those of
    ``iter_blocks(text, start, end)``, when already read."""
    for block in iter_blocks(text, start, end) if blocks is None else blocks:
        s = block.start
        chunk = text[block.start:block.end]
        cuts = []
        for m in _SENTENCE_END.finditer(chunk):
            # An abbreviation is a few characters: search only the end of the text before the cut
            # (which ends on the stop itself: quotes and brackets after it are part of the cut).
            if _ABBREVIATION.search(chunk, max(0, m.start() - _ABBREVIATION_MAX), m.start()):
                continue
            cuts.append((m.start(), m.end()))
        for m in _INLINE_LIST.finditer(chunk):
            cuts.append((m.start() + 1, m.end()))
        for m in _RUN_ON_SENTENCE.finditer(chunk):
            cuts.append((m.end(), m.end()))
        cuts.sort()
        pos = 0
        for a, b in cuts:
            if a > pos:
                yield _trim(text, s + pos, s + a)
            pos = b
        if pos < len(chunk):
            yield _trim(text, s + pos, block.end)


def iter_clauses(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Clauses of a sentence: split on ";" (a quantifier never crosses it)."""
    pos = start
    for m in _SEMICOLON.finditer(text[start:end]):
        yield _trim(text, pos, start + m.start())
        pos = start + m.end()
    if pos < end:
        yield _trim(text, pos, end)


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s] in " \t\n\r*|#":
        s += 1
    while e > s and text[e - 1] in " \t\n\r*|":
        e -= 1
    return s, e
