"""Outline: the document's numbered items (I., 1., 1.1., a), bullets, Điều N)
with their section labels; the implementation part is the top-level item titled
Tổ chức thực hiện / Trách nhiệm / Phân công, or Điều 2 and later of a decision,
and the items of a directive ("… chỉ đạo như sau:")."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator, Optional, Sequence

from extractors.agencies.lexicon import LOWER
from extractors.agencies.mentions import TITLE_GAP, mention_pattern
from extractors.agencies.model import Mention, Spans, Unit
from extractors.canonical import fold_marks

_MARKER = re.compile(
    # A Markdown heading's hashes before the marker ("### IV. TỔ CHỨC THỰC HIỆN").
    r"^[ \t|>]*(?:#{1,6}[ \t]+)?(?:\*{1,2}|_)?\s*"
    # "… quy định tại\nĐiều 1 chịu trách nhiệm thi hành": an article cited at a line's start goes on in lower case.
    r"(?:(?P<dieu>Điều\s+\d+)(?![ \t]+[" + LOWER + r"])\s*[.:]?"
    r"|(?P<roman>[IVX]{1,5})\s*(?:[.:]|[-–](?=\s*\S))"  # "IV." / "IV- TỔ CHỨC THỰC HIỆN"
    r"|(?P<multi>\d{1,2}(?:\.\d{1,2})+)\.?(?=[\s*])"
    r"|(?P<arabic>\d{1,2})(?:\*{2,4})?\s*[.)](?!\d)"  # "**1****. **": emphasis closed before the dot
    r"|(?P<letter>[a-zđ])\s*\)"
    # "**(1) Bộ Công an:**", "**(4)** Ủy ban nhân dân …", "(iii) Ủy ban nhân dân các địa phương: chủ trì …"
    r"|\((?P<paren>\d{1,2})\)(?:\*{1,2})?(?=\s)"
    r"|\((?P<subpoint>[ivx]{1,5})\)(?:\*{1,2})?(?=\s)"
    r"|(?P<bullet>[-+•–]))",
    re.MULTILINE,
)
_DECISION_HEADING = re.compile(r"^[\s*#|]*QUYẾT\s+ĐỊNH[\s*]*$", re.MULTILINE)
# An annex heading: "PHỤ LỤC …", or "Phụ lục (I)" on a line of its own (a Công báo text).
_ANNEX = re.compile(r"^[\s*#|]*(?:PHỤ\s+LỤC\b|Phụ\s+lục(?:\s+(?:[IVX]{1,5}|\d{1,2}))?[ \t*]*$)", re.MULTILINE)
# The title of an annex that gives tasks to bodies: "NHIỆM VỤ CỤ THỂ GIAO CÁC BỘ, CƠ QUAN, ĐỊA PHƯƠNG",
# "PHÂN CÔNG NHIỆM VỤ …": its items are assignments, as a tasks part's are.
_TASKS_ANNEX_TITLE = re.compile(
    r"NHIỆM\s+VỤ\b[^.:()]{0,60}?\bGIAO\s+(?:CHO\s+)?(?:CÁC\s+)?(?:BỘ|SỞ|CƠ\s+QUAN|ĐƠN\s+VỊ|ĐỊA\s+PHƯƠNG|UBND|ỦY\s+BAN)"
    r"|PHÂN\s+CÔNG\s+(?:NHIỆM\s+VỤ|THỰC\s+HIỆN|TRÁCH\s+NHIỆM)"
)
# "(i)", "(ii)" are the points of a lettered item or of a "(1)" part, a bullet's depth.
_LEVELS = {"dieu": 1, "roman": 1, "multi": 3, "arabic": 2, "paren": 3, "letter": 4, "subpoint": 5, "bullet": 5}
_BLANK = re.compile(r"\n[ \t|*]*\n")
# "Điều 3. Cơ cấu tổ chức" of a decision on a department's functions lists its divisions and units: no tasks; nor
# does a legal text's "Điều 2. Đối tượng áp dụng", which lists whom it applies to ("a) …; Tỉnh ủy, thành ủy, Hội đồng
# nhân dân, Ủy ban nhân dân các tỉnh …").
_STRUCTURE_TITLE = re.compile(
    r"[\s*]*(?:Cơ\s+cấu\s+tổ\s+chức|Tổ\s+chức\s+bộ\s+máy|Đối\s+tượng\s+áp\s+dụng|Phạm\s+vi\s+điều\s+chỉnh(?:\s+và\s+đối\s+tượng\s+áp\s+dụng)?"
    # "Thành lập Ban Chỉ đạo … gồm các thành viên sau:": the members a decision appoints, not bodies given tasks.
    r"|Thành\s+lập\b[^\n]*?\sgồm(?:\s+các)?\s+thành\s+viên)\b",
    re.IGNORECASE,
)
_IMPLEMENTATION_TITLE = re.compile(
    r"tổ\s+chức\s+thực\s+hiện|trách\s+nhiệm|phân\s+công|điều\s+khoản\s+thi\s+hành"
    # An investment certificate's "Điều 3: Các quy định đối với nhà đầu tư thực hiện dự án".
    r"|quy\s+định\s+đối\s+với\s+(?:nhà|chủ)\s+đầu\s+tư",
    re.IGNORECASE,
)
# The same titles with their marks folded away: OCR confuses tone marks ("IV. TÔ CHỨC THỰC HIỆN").
_FOLDED_IMPLEMENTATION_TITLE = re.compile(r"to\s+chuc\s+thuc\s+hien|trach\s+nhiem|phan\s+cong", re.IGNORECASE)
_IMPLEMENTATION_LEAD = re.compile(r"[\s*#]*(?:Trách\s+nhiệm\s+)?[Tt]ổ\s+chức\s+thực\s+hiện\b[^\n]{0,200}:[\s*]*$")
# A notice of conclusions (Thông báo kết luận) assigns in its tasks part: "III. NHIỆM VỤ, GIẢI PHÁP
# TRỌNG TÂM", "Ý kiến kết luận", "Giao nhiệm vụ".
_NOTICE_HEADING = re.compile(r"^[\s*#|]*(THÔNG\s+BÁO|KẾ\s+HOẠCH|QUYẾT\s+ĐỊNH|NGHỊ\s+QUYẾT|CHƯƠNG\s+TRÌNH)\b", re.MULTILINE)
_NOTICE_TASKS_TITLE = re.compile(r"nhiệm\s+vụ|giải\s+pháp|kết\s+luận|chỉ\s+đạo", re.IGNORECASE)


# The opening of a tasks part that hands its points to bodies: "…, các bộ, cơ quan trung ương, Ủy ban
# nhân dân các tỉnh … cần cụ thể hóa và tổ chức triển khai thực hiện các nhiệm vụ, giải pháp sau đây:".
_HANDS_OUT_POINTS = re.compile(
    r"(?:thực\s+hiện|triển\s+khai)[^.:;]{0,60}\bnhiệm\s+vụ[^.:;]{0,40}\b(?:sau\s+đây|như\s+sau|sau)\s*:"
)


def _assigns_bodies(text: str, title_start: int) -> bool:
    """Whether a section opens by handing the points below to bodies it names."""
    window = text[title_start : title_start + 700]
    hands_out = _HANDS_OUT_POINTS.search(window)
    return hands_out is not None and mention_pattern().search(window, 0, hands_out.start()) is not None


def _is_notice(text: str) -> bool:
    heading = _NOTICE_HEADING.search(text, 0, 6000)
    return heading is not None and heading.group(1).startswith("THÔNG")
# A directive's items are its assignments: "Chủ tịch UBND tỉnh có ý kiến chỉ đạo như sau:",
# "Thủ tướng Chính phủ yêu cầu Bộ trưởng các Bộ, … hoàn thành ngay một số nhiệm vụ như sau:".
# "… như sau:", "… tập trung thực hiện một số nhiệm vụ sau:" (a literal opening the engine finds fast).
# "Thủ tướng Chính phủ yêu cầu:" with numbered points under it says the same with the request alone.
_AS_FOLLOWS_WORDS = re.compile(
    # ("… tập trung thực hiện các nhiệm vụ, giải pháp trọng tâm sau:": a few words may qualify the tasks.)
    r"như\s+sau\s*:|(?<=\s)(?:nhiệm\s+vụ|nội\s+dung|công\s+việc)(?:[\s,]+[^\s.;:]+){0,4}?\s+sau(?:\s+đây)?\s*:"
    # ("Bộ trưởng giao:" over points that each name a body hands out the same way.)
    r"|(?P<request>(?<=\s)(?:yêu\s+cầu|giao)\s*:)"
)
_FIRST_POINT = re.compile(r"[\s*]*(?:\d{1,2}|[a-zđ]|[IVX]{1,4})[.)][\s*]")


def _as_follows(text: str) -> Iterator[tuple[int, int]]:
    """The spans of ``re.finditer(r"\\s+như\\s+sau\\s*:", text)``, found from their
    words: that pattern, opening on whitespace, was tried at every whitespace of the text."""
    for match in _AS_FOLLOWS_WORDS.finditer(text):
        if match.group("request") and not _FIRST_POINT.match(text, match.end()):
            continue
        start = match.start()
        while start > 0 and text[start - 1].isspace():
            start -= 1
        if start < match.start():
            yield start, match.end()


# A leader's opinion that a letter conveys as points (not a department's reply, "Sở Xây dựng có ý kiến như sau:").
_LEADERS_OPINION = re.compile(r"\b(?:Phó\s+)?(?:Thủ\s+tướng|Chủ\s+tịch)\b[^.;:]{0,120}?\scó\s+ý\s+kiến\s*$")
_DIRECTIVE_CUE = re.compile(r"(?:chỉ\s+đạo|yêu\s+cầu|đề\s+nghị|giao\s+nhiệm\s+vụ|giao(?=\s*:))(?:\s+|(?=\s*:))", re.IGNORECASE)


@lru_cache(maxsize=4)
def _directive_end(text: str) -> Optional[int]:
    """Where the items of a directive start: after its "… như sau:" when the
    cue before it is an opinion ("ý kiến chỉ đạo") or is followed by the bodies it addresses."""
    for closing_start, closing_end in _as_follows(text):
        # A list of addressees may hold semicolons ("yêu cầu Công an tỉnh, các sở, ban, ngành; Ủy ban nhân dân các xã …").
        sentence_start = max(text.rfind(".", 0, closing_start), closing_start - 600)
        if _LEADERS_OPINION.search(text, max(0, closing_start - 160), closing_start):
            return closing_end  # "Xét đề nghị của Bộ Xây dựng …, Phó Thủ tướng Chính phủ … có ý kiến như sau:"
        # The request may come before the sentence's last cue: "Chủ tịch UBND tỉnh yêu cầu Giám đốc các Sở, …
        # tiếp tục chỉ đạo thường xuyên …; đồng thời chỉ đạo, thực hiện tốt các nội dung sau:".
        for cue in reversed(list(_DIRECTIVE_CUE.finditer(text, sentence_start + 1, closing_end))):
            opinion = re.search(r"ý\s+kiến\s*$", text[max(0, cue.start() - 12) : cue.start()])
            addressee = TITLE_GAP.match(text, cue.end())
            request = text[cue.end() : closing_end].strip() == ":"  # "… yêu cầu:" over its points
            if opinion or request or _ADDRESSEE.match(text, cue.end()) or mention_pattern().match(text, addressee.end()):
                return closing_end
    return None


# The officials or bodies a directive opens on: "yêu cầu Bộ trưởng, Thủ trưởng cơ quan ngang bộ, …".
_ADDRESSEE = re.compile(
    r"\s*(?:(?:Bộ|Thứ|Thủ|Cục|Vụ)\s+trưởng|Chủ\s+tịch|Giám\s+đốc|[Cc]ác\s+(?:[Ss]ở|[Bb]ộ|cơ\s+quan|đơn\s+vị|địa\s+phương)"
    # A Party committee's directive: "Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy, tổ chức đảng …".
    r"|(?:các\s+)?cấp\s+ủy|(?:các\s+)?tổ\s+chức\s+(?:cơ\s+sở\s+)?đảng|các\s+(?:đảng\s+ủy|đảng\s+bộ|chi\s+bộ))(?!\w)",
    re.IGNORECASE,
)


@lru_cache(maxsize=4)
def _outline(text: str) -> tuple[tuple, tuple, bool, tuple, int | None, bool]:
    """What ``units`` reads of a text whatever the names: its list markers (as
    boundaries), its paragraph breaks (start, end), whether it is a decision, where
    its annexes start, where a directive's items start and whether it is a notice. Agencies and tasks
    both ask for the units of the same text: it is scanned once."""
    markers = []
    for match in _MARKER.finditer(text):
        kind = match.lastgroup
        label = match.group(kind).split()[-1] if kind != "bullet" else None
        if kind == "dieu":
            label = "Điều " + label
        elif kind in ("paren", "subpoint"):
            label = f"({label})"
        # "+" bullets sit under "-" bullets ("- Bộ Tài chính" then "+ Chủ trì, phối hợp …").
        level = 6 if kind == "bullet" and match.group(kind) == "+" else _LEVELS[kind]
        markers.append((match.start(), match.end(), level, label))
    blanks = tuple((match.start(), match.end()) for match in _BLANK.finditer(text))
    # A decision: its "QUYẾT ĐỊNH:" line, or (when a converted page dropped it) its heading.
    decision = re.search(r"QUYẾT\s+ĐỊNH\s*:", text) is not None or _DECISION_HEADING.search(text, 0, 6000) is not None
    annexes = tuple(
        (m.start(), _TASKS_ANNEX_TITLE.search(text, m.end(), m.end() + 300) is not None) for m in _ANNEX.finditer(text)
    )
    return tuple(markers), blanks, decision, annexes, _directive_end(text), _is_notice(text)


_RUN_IN_HEADING = re.compile(r"[ \t]*\*\*[^*\n]{2,80}\*\*[ \t]*\n(?=[ \t]*[^\s*|#-])")


def units(text: str, names: Sequence[Mention] = ()) -> list[Unit]:
    """The items and paragraphs of a text in order, each with its section label and
    whether it lies in the implementation part (a paragraph break inside one of
    ``names`` does not end an item)."""
    markers, blanks, decision, annexes, directive, notice = _outline(text)
    boundaries: list[tuple[int, int, Optional[int], Optional[str]]] = list(markers)
    # A paragraph break inside a name ("Hội Liên hiệp**\n\n**Phụ nữ") does not end the item.
    inside_names = Spans([(m.start, m.end) for m in names])
    for blank_start, blank_end in blanks:
        if blank_start not in inside_names:
            boundaries.append((blank_end, blank_end, None, None))
    boundaries.sort(key=lambda b: (b[0], b[2] is None))
    merged: list[tuple[int, int, Optional[int], Optional[str]]] = []
    for boundary in boundaries:
        # A paragraph break where a list marker already starts a unit adds nothing.
        if merged and boundary[2] is None and boundary[0] <= merged[-1][1]:
            continue
        merged.append(boundary)
    items: list[Unit] = []
    path: dict[int, str] = {}
    implementation = roster = False
    annexes = list(annexes)
    annexes_passed = False
    section: Optional[str] = None  # of the path, rebuilt only when the path changes
    # A directive opened inside a numbered item ("2. … yêu cầu Bộ Y tế, … như sau:") directs the points under that
    # item only: its items end at the next item of the same level or above.
    directive_level: Optional[int] = None
    directive_closed = points_seen = False
    for index, (start, body_start, level, label) in enumerate(merged):
        end = merged[index + 1][0] if index + 1 < len(merged) else len(text)
        if directive is not None and start < directive <= end:
            directive_level = level if label is not None else None  # in a paragraph: to the end, as before
        elif directive is not None and start >= directive and level is not None and label is not None and (
            directive_level is not None
        ):
            # Its points are deeper; an item at its level or above right after it means the sentence only
            # closed that item's text ("(2) Cắt giảm …. Thủ tướng yêu cầu … như sau:" then "I. …"): to the end.
            directive_closed = directive_closed or (level <= directive_level and points_seen)
            points_seen = points_seen or level > directive_level
            if not points_seen:
                directive_level = None
        directed = directive is not None and start >= directive and not annexes_passed and not directive_closed
        implementation = implementation or directed
        if annexes and annexes[0][0] <= start:
            # An annex starts a new outline, outside the implementation part unless its title gives tasks.
            _, implementation = annexes.pop(0)
            path.clear()
            section = None
            annexes_passed, directed, roster = True, False, False
        if level is not None and label is not None:
            for deeper in [k for k in path if k >= level]:
                del path[deeper]
            path[level] = label
            if level == 1:
                title = text[body_start : min(end, body_start + 120)]
                roster = label.startswith("Điều") and bool(_STRUCTURE_TITLE.match(title))
                implementation = directed or bool(
                    _IMPLEMENTATION_TITLE.search(title) or _FOLDED_IMPLEMENTATION_TITLE.search(fold_marks(title))
                ) or (
                    decision and label.startswith("Điều") and int(label.split()[1]) >= 2 and not roster
                ) or (notice and bool(_NOTICE_TASKS_TITLE.search(title))) or _assigns_bodies(text, body_start)
            labels = [path[k] for k in sorted(path)]
            if 2 in path and 3 in path and path[3].startswith(path[2] + "."):
                labels.remove(path[2])  # "3" then "3.1" → "3.1"
            section = ".".join(labels) or None
        elif level is None and (run_in := _RUN_IN_HEADING.match(text, body_start, end)) and not any(
            run_in.start() <= m.start < run_in.end() for m in names
        ):
            # "**Tuyên truyền và nhận thức**" ⏎ "Ban Tuyên giáo Trung ương … được giao …": a page's bold topic line
            # over its paragraph; the paragraph's subject opens after it (a bold body's name stays its subject).
            body_start = run_in.end()
        if level is None and _IMPLEMENTATION_LEAD.match(text, body_start, end):
            # "Tổ chức thực hiện Nghị quyết 72-NQ/TW được nêu rõ tại Mục IV …, cụ thể:": a page that quotes a text's
            # implementation part opens it with a paragraph, not a title.
            implementation = True
        items.append(Unit(start, end, body_start, level, label, section, implementation, roster))
    return items
