"""Assignments: an item headed by an agency name and the sub-items under it; a
sentence whose subject is an agency ("Sở Tài chính chủ trì …", "Giao Sở Y tế …",
"Đề nghị …"); "Cơ quan chủ trì/phối hợp/thực hiện:" lines; the "… chịu trách
nhiệm thi hành Quyết định này" list; partners named after "phối hợp với"; and
the rows of assignment tables (``tables``).

Names that only receive reports or copies (Nơi nhận, "báo cáo … về Sở X",
"gửi Sở X", "theo hướng dẫn của Sở X") are never given a role."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from bisect import bisect_left
from typing import Iterator, NamedTuple, Optional, Sequence

from extractors.agencies.lexicon import (
    COUNCIL_ISSUERS, GOVERNMENT_ISSUERS, ISSUERS, LOWER, PROVINCIAL_COMMITTEES, SENTENCE_OPENING, UPPER,
)
from extractors.agencies.mentions import TITLE_GAP, iter_mentions, whole_listed_names
from extractors.agencies.model import (
    EXECUTOR, IMPLEMENTER, LEAD, PARTNER, Assignment, Collector, Mention, Spans, Unit, role_stated,
)
from extractors.agencies.outline import units
from extractors.agencies.tables import FlatTable, assign_tables, flattened_tables, line_tables, pipe_tables, table_cells
from extractors.canonical import canonical_name, official_titles_regex, repair_charmap

_FOLD_SPACE = re.compile(r"\s+")
_WORD = re.compile(r"\w")
_LEAD_OPENING = re.compile(
    r"^(?:tiếp\s+tục\s+)?(?:là\s+(?:(?:cơ\s+quan|đơn\s+vị)(?:\s+đầu\s+mối|\s+thường\s+trực)?|đầu\s+mối),?\s*"
    # "Triển khai nhiệm vụ được giao chủ trì tại Phụ lục": the tasks the annex gives it to lead.
    r"|(?:triển\s+khai|thực\s+hiện)\s+(?:các\s+)?nhiệm\s+vụ\s+(?:được\s+giao\s+)?"
    # A report of the assignment: "Cục Hải quan Hà Nội được giao chủ trì, phối hợp với …".
    r"|được\s+(?:giao|yêu\s+cầu)\s+)?(?:đồng\s+)?chủ\s+trì\b",
    re.IGNORECASE,
)
# "Phối hợp …", "Tiếp tục chủ động phối hợp, hướng dẫn …".
_PARTNER_OPENING = re.compile(
    r"^(?:(?:tham\s+gia|chủ\s+động|cùng|tích\s+cực|thường\s+xuyên|tiếp\s+tục|được\s+giao|được\s+yêu\s+cầu|tăng\s+cường)\s+){0,2}(?:phối\s+hợp|hợp\s+tác)\b",
    re.IGNORECASE,
)
_DUTY_WORDS = r"(?:chủ\s+trì|phối\s+hợp|có\s+trách|chịu\s+trách|tham\s+mưu|thực\s+hiện|tổ\s+chức|triển\s+khai|hướng\s+dẫn)\b"
# An aside between subject and duty: "theo chức năng, nhiệm vụ được giao,",
# "trên cơ sở đề xuất của các cơ quan, đơn vị,".
# The first alternative stops at the first duty word: "theo chức năng, nhiệm vụ và thẩm quyền chủ trì, phối hợp với …"
# leads (its aside is "theo chức năng, nhiệm vụ và thẩm quyền"), it does not partner.
_ASIDE = re.compile(
    r"^(?:theo|căn\s+cứ|trên\s+cơ\s+sở|trong\s+phạm\s+vi)\b(?:(?:(?!\b(?:chủ\s+trì|phối\s+hợp)\b)[^.;:])*,\s*(?=" + _DUTY_WORDS + r")"
    # "trong phạm vi nhiệm vụ, quyền hạn của mình": the remit may open on its duties too, and end without a comma.
    r"|\s+(?:chức\s+năng|nhiệm\s+vụ)(?:(?:,|\s+và)?\s*(?:chức\s+năng|nhiệm\s+vụ|quyền\s+hạn|thẩm\s+quyền))*"
    r"(?:\s+(?:được\s+giao|của\s+(?:đơn\s+vị|mình|ngành)|(?:đã\s+)?được\s+(?:pháp\s+luật\s+)?quy\s+định"
    r"|theo\s+quy\s+định(?:\s+của\s+pháp\s+luật)?))?,?\s*"
    r"|[^.;:]*?,\s*)",
    re.IGNORECASE,
)
_DUTY_VERB = re.compile(
    r"^(?:có|chịu)\s+trách\s+nhiệm|^có\s+nhiệm\s+vụ\b|^khẩn\s+trương\b|^sớm\s+(?!nhất\b)|^(?:sẽ\s+)?phải\s+(?!là\b)"
    r"|^thực\s+hiện\s+(?:có\s+hiệu\s+quả|nghiêm\b)|^(?:là\s+)?(?:cơ\s+quan|đơn\s+vị)\s+(?:đầu\s+mối|thường\s+trực)"
    # "Sở X được giao …", "Sở X được UBND tỉnh giao thường xuyên theo dõi …", "Các tỉnh, thành phố được yêu cầu thành lập …"
    r"|^được\s+(?:(?:UBND|Ủy\s+ban|Uỷ\s+ban|Chính\s+phủ|Thủ\s+tướng|Bộ|Sở|Hội\s+đồng)\b[^,;.:]{0,50}?\s+)?(?:giao|yêu\s+cầu)\b"
    # "Thường trực Hội đồng nhân dân, các Ban … giám sát việc thực hiện Nghị quyết này": a council resolution's closing
    # article gives its own organs the supervision, as a duty.
    r"|^giám\s+sát\s+(?:việc\s+)?(?:triển\s+khai\s+)?(?:quá\s+trình\s+)?thực\s+hiện\s+Nghị\s+quyết\b",
    re.IGNORECASE,
)
# A planning decision's "Cơ quan tổ chức lập quy hoạch: Sở X." and "Cơ quan thẩm định: Sở Xây dựng." name the bodies
# that draw the plan up and appraise it: they do the work.
_LABEL_LINE = re.compile(
    r"(?:Cơ\s+quan|Đơn\s+vị)\s+(chủ\s+trì|phối\s+hợp|thực\s+hiện|tổ\s+chức\s+lập|thẩm\s+định)"
    r"(?:\s+(?:thực\s+hiện|chính|tham\s+mưu|quy\s+hoạch|chương\s+trình|đề\s+án|đồ\s+án|nhiệm\s+vụ))*\s*(?:\*{1,2})?\s*:",
    re.IGNORECASE
)
# The label alone as an item's title, its bodies in the bullets under it ("a) Cơ quan chủ trì" ⏎ "- Bộ Ngoại giao.").
_BARE_LABEL = re.compile(
    r"^[\s*]*(?:Cơ\s+quan|Đơn\s+vị)\s+(chủ\s+trì|phối\s+hợp|thực\s+hiện)(?:\s+(?:thực\s+hiện|chính))*[\s*]*$", re.IGNORECASE
)
_EXECUTION = re.compile(r"(?:chịu|có)\s+trách\s+nhiệm\s+(?:tổ\s+chức\s+)?thi\s+hành", re.IGNORECASE)
# "phối hợp với các Bộ: Y tế, Công Thương, …", "… các Vụ: Kế hoạch, …": the departments a list names after its head.
# ("làm việc với", working with a body on the task, makes it a partner too; "phối với" is a slip for "phối hợp với".)
# "Bộ Giáo dục và Đào tạo chủ trì cùng Bộ Tài chính, các Bộ …": the bodies the lead works with are its partners
# ("đồng chủ trì cùng …" names co-leads).
_PARTNER_CUE = re.compile(
    r"(?:phối\s+hợp(?:\s+chặt\s+chẽ)?(?:\s+(?:cùng\s+)?với|\s+cùng)?|phối\s+với|làm\s+việc\s+với|(?<!đồng )chủ\s+trì,?\s+cùng(?:\s+với)?"
    # "…; cùng với Ban Thường trực Ủy ban MTTQ tỉnh tiến hành giám sát": who the subject acts with.
    r"|(?<![^\W\d_])cùng\s+với)"
    r"\s*(?:(?:các\s+)?(?:Bộ|Sở|bộ|sở|Vụ|Cục)\s*:\s*|các\s+(?:Vụ|Cục)\s+)?$",
    re.IGNORECASE,
)
_ISSUERS_PARTNER = re.compile(
    r"tham\s+mưu\s+(?:cho\s+)?(?:Ủy|Uỷ|UBND)[^,;.:]{0,50}?phối\s+hợp(?:\s+chặt\s+chẽ)?(?:\s+với)?\s*$", re.IGNORECASE
)
_RECEIVER_CUE = re.compile(
    r"(?:\bvề|\bgửi|\bcho|\bqua|\btrình|\bcủa|\btham\s+mưu|\bbáo\s+cáo|\bgiúp|\bđến|\btới)\s*(?:\(|\s)*$", re.IGNORECASE
)
# Clause ends: a sentence end, a semicolon, a bullet, a numbered point at a line start, and the
# colon before a point that opens on a name ("…:**** **(1)** Thanh tra Chính phủ ban hành …").
_SENTENCE_END = re.compile(
    r"(?<=[.;!?])\s+(?=[" + UPPER + r"\d-])|;\s*|\n\s*[-+•]\s+|\n(?=\s*\(\d{1,2}\)\s)"
    r"|:[\s*]*(?=\(\d{1,2}\)[\s*]*[" + UPPER + r"])"
    # A lead-in's colon at a line's end before the request it introduces ("… có ý kiến như sau:" ⏎ "Giao Sở X
    # chủ trì …"), in a letter printed without list marks.
    r"|:[ \t*]*\n(?=[\s*]*(?:Giao|Đề\s+nghị|Yêu\s+cầu)\s)"
)
# The issuer's own line of a National Assembly resolution ("**QUỐC HỘI**" above its legal basis).
_ASSEMBLY_ISSUER = re.compile(r"^[\s*#|]*(?P<standing>[ỦU][YỶ][\s*]+BAN[\s*]+THƯỜNG[\s*]+VỤ[\s*]+)?QUỐC[\s*]+HỘI[\s*|]*$", re.MULTILINE)
_COUNCIL_LETTERHEAD = re.compile(r"HỘI[\s*]+ĐỒNG[\s*]+NHÂN[\s*]+DÂN")
# A council's resolution names its term under its title ("HỘI ĐỒNG NHÂN DÂN TỈNH GIA LAI" ⏎ "KHÓA XI, KỲ HỌP THỨ BA"),
# where a converted page lost the letterhead; a corpus copy may have lowered its case ("Hội đồng nhân dân tỉnh lai châu"
# ⏎ "Khoá xii, kỳ họp thứ 13").
_COUNCIL_SESSION = re.compile(r"HỘI[\s*]+ĐỒNG[\s*]+NHÂN[\s*]+DÂN[^\n]{0,60}\n[\s*]*KH(?:ÓA|OÁ)\s+[IVXLC]+\b", re.IGNORECASE)
# A letterhead with no words is none: blank, markup, or an empty placeholder tag where a table was ("<jsontable …> </jsontable>").
_LETTERHEAD_WORDS = re.compile(r"(?:^|>)[^<]*[^\W\d_]")
_COMMITTEE_LETTERHEAD = re.compile(r"[ỦU][YỶ]?[\s*]*BAN[\s*]+NHÂN[\s*]+DÂN")
_DOCUMENT_HEADING = re.compile(r"^[\s*#|]*(?:NGHỊ\s+QUYẾT|KẾ\s+HOẠCH|QUYẾT\s+ĐỊNH|CHƯƠNG\s+TRÌNH|THÔNG\s+BÁO|BÁO\s+CÁO|TỜ\s+TRÌNH|CHỈ\s+THỊ)\b", re.MULTILINE)
# (a Word letterhead flattened to one line runs on into the number: "THỦ TƯỚNG CHÍNH PHỦ Số: 1786/QĐ-TTg⇥CỘNG HOÀ …")
_GOVERNMENT_LETTERHEAD = re.compile(
    r"(?:^|\|)[\s*#]*(?:THỦ[\s*]+TƯỚNG[\s*]+|VĂN[\s*]+PHÒNG[\s*]+)?CHÍNH[\s*]+PHỦ[\s*]*(?=-{3,}|\||\n|Số\s*:)", re.MULTILINE
)
# A Government notice copied without its letterhead still says whose it is: its heading ("KẾT LUẬN CỦA PHÓ THỦ
# TƯỚNG …") or its closing formula ("Văn phòng Chính phủ thông báo để … biết, thực hiện").
_GOVERNMENT_NOTICE = re.compile(
    r"KẾT[\s*]+LUẬN[\s*]+CỦA[\s*]+(?:PHÓ[\s*]+)?THỦ[\s*]+TƯỚNG|Văn\s+phòng\s+Chính\s+phủ\s+(?:xin\s+)?thông\s+báo\s+(?:để|đến)\b"
)
# A page whose first line names a Government text by its number ("# Toàn văn Chỉ thị 24/CT-TTg 2025 …").
_GOVERNMENT_TEXT_HEADLINE = re.compile(
    r"\s*[#*\s]*[^\n]{0,120}?\b\d{1,4}/(?:\d{4}/)?(?:NQ-CP|CT-TTg|CĐ-TTg|QĐ-TTg|TB-VPCP)\b"
)


# A ministry or department heading the letterhead ("BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG", "SỞ Y TẾ").
_BODY_LETTERHEAD = re.compile(
    r"(?:^|\|)[\s*#]*(BỘ|SỞ|CỤC|TỔNG\s+CỤC)\s+([" + UPPER + r"][" + UPPER + r" ,&-]*?)[\s*]*(?=-{3,}|\||\n|CỘNG\s+H|Số\s*:)", re.MULTILINE
)


_NATIONAL_MOTTO = re.compile(r"CỘNG[\s*]+H(?:ÒA|OÀ)[\s*]+XÃ[\s*]+HỘI")


def _issuers(text: str) -> frozenset:
    """The bodies the document is issued by, from its letterhead: a council's
    resolution assigns the people's committee, which is then an assignee; a
    ministry's or department's plan does not assign the ministry itself; the
    Government's documents assign provincial committees ("Ủy ban nhân dân thành
    phố Hà Nội")."""
    heading = _DOCUMENT_HEADING.search(text, 0, 4000)
    letterhead = text[: heading.start()] if heading else ""
    assembly = _ASSEMBLY_ISSUER.search(text, 0, 4000)
    if assembly and not _COMMITTEE_LETTERHEAD.search(letterhead):
        # A resolution of the National Assembly or of its Standing Committee assigns the Government, the courts and
        # the procuracy.
        return frozenset({"Ủy ban Thường vụ Quốc hội" if assembly.group("standing") else "Quốc hội"})
    bare = not _LETTERHEAD_WORDS.search(letterhead)
    council = _COUNCIL_LETTERHEAD.search(letterhead) or (bare and _COUNCIL_SESSION.search(text, 0, 4000))
    if council and not _COMMITTEE_LETTERHEAD.search(letterhead):
        return COUNCIL_ISSUERS | {"Chính phủ", "Thủ tướng Chính phủ"}
    if _GOVERNMENT_LETTERHEAD.search(letterhead) and not _COMMITTEE_LETTERHEAD.search(letterhead):
        return GOVERNMENT_ISSUERS
    if bare and _GOVERNMENT_NOTICE.search(text):
        return GOVERNMENT_ISSUERS
    if bare and _GOVERNMENT_TEXT_HEADLINE.match(text):
        # A page whose headline names a Government text ("Toàn văn Chỉ thị 24/CT-TTg 2025 …") assigns as it does.
        return GOVERNMENT_ISSUERS
    # A department's letter has no document heading: its letterhead ends at the national motto, and the
    # province's committee may stand above it as its parent ("UBND TỈNH LÀO CAI" ⏎ "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG").
    motto = _NATIONAL_MOTTO.search(text, 0, 1500)
    parented = motto is not None and heading is None
    if parented:
        letterhead = text[: motto.start()]
    body = _BODY_LETTERHEAD.search(letterhead)
    if body and (parented or not _COMMITTEE_LETTERHEAD.search(letterhead)):
        name = f"{body.group(1).capitalize()} {' '.join(body.group(2).lower().split())}"
        return ISSUERS | {canonical_name(name)}
    return ISSUERS


_LEGAL_BASIS = re.compile(r"^\W*(?:Căn\s+cứ|Xét|Theo\s+đề\s+nghị)\b")
# The closing line on difficulties ("Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan …
# phản ánh về Sở X …"): a reporting instruction, which gives no body a task.
_DIFFICULTIES = re.compile(
    r"^\W*(?:Trong\s+)?quá\s+trình\s+(?:tổ\s+chức\s+|triển\s+khai\s+)?(?:thực\s+hiện|triển\s+khai)\b[^.;:]{0,60}?"
    r"nếu\s+có\s+(?:phát\s+sinh\s+)?(?:khó\s+khăn|vướng\s+mắc)",
    re.IGNORECASE,
)
_CLOSING = re.compile(r"^\W*(?:Trên\s+đây|Nơi\s+nhận|TM\.|KT\.|Người\s+ký\b)", re.IGNORECASE)
# A Markdown thematic break ("---", "***") closes the text a transcription gives; the signer and
# the transcriber's notes below it belong to no item.
# The running header of a gazette page, alone between paragraphs ("CÔNG BÁO/Số 302/Ngày 02-06-2026" ⏎ "65").
_RUNNING_HEADER = re.compile(r"\s*(?:\d{1,4}\s+)?CÔNG\s+BÁO\s*/[^\n]*(?:\n\s*\d{1,4})?\s*")
_THEMATIC_BREAK = re.compile(r"(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,}")
_RECIPIENTS = re.compile(r"Nơi\s+nhận\s*:?", re.IGNORECASE)
_RECIPIENTS_END = re.compile(r"\n[\s|*-]*Lưu\s*:?[^\n]*", re.IGNORECASE)


# A point of its own inside an item: "(2)", "**(ii)**", "b)" run into the text, or "Đồng thời,".
_POINT = re.compile(r"[\s*\-+•]*(?:\((?:\d{1,2}|[ivx]{1,4})\)[\s*]*)?(?:[Đđ]ồng\s+thời\s*,?\s*)?")


# A news page's spoken list: "*Một là*, …", "*Ba là*, Ban chỉ đạo 389 tỉnh Lào Cai làm tốt hơn nữa …".
_ORDINAL_MARK = r"(?:Một|Hai|Ba|Bốn|Năm|Sáu|Bảy|Tám|Chín|Mười)\s+là[\s*]*[,:][\s*]*"


# "Bộ Nông nghiệp và Môi trường khẩn trương chủ trì, phối hợp với …": an urging adverb before the role, or the
# minister's own order to his ministry ("Bộ trưởng Bộ Nội vụ chỉ đạo chủ trì, phối hợp với …").
_URGING = re.compile(r"^(?:khẩn\s+trương|kịp\s+thời|sớm|chỉ\s+đạo)\s+(?=(?:đồng\s+)?chủ\s+trì\b)", re.IGNORECASE)
# "… có trách nhiệm phối hợp công bố …": a role stated as the body's duty, after whatever the subject list leaves.
_ROLE_AS_DUTY = re.compile(r"[^.;:]{0,120}?\b(?:có|chịu)\s+trách\s+nhiệm\s+(chủ\s+trì|phối\s+hợp)\b", re.IGNORECASE)


# An unnamed member that ends the subjects before their role: "Đài Truyền hình Việt Nam, … và hệ thống các cơ quan báo
# chí phối hợp với …", "… Báo Nhân dân và các cơ quan truyền thông, báo chí khác phối hợp với …".
_UNNAMED_LAST_SUBJECT = re.compile(
    r"(?:và|cùng)\s+(?:[" + LOWER + r"]+[ \t\n]*,?[ \t\n]*){1,8}?(?=(?:chủ\s+trì|phối\s+hợp)\b)"
)


def _stated_role(phrase: str) -> Optional[str]:
    """The role the words that open an assignment state (chủ trì, phối hợp), if any."""
    phrase = _ASIDE.sub("", _POINT.sub("", phrase.lstrip(" ,:-–*\n"), count=1))
    if unnamed := _UNNAMED_LAST_SUBJECT.match(phrase):
        phrase = phrase[unnamed.end() :]
    phrase = _URGING.sub("", _ASIDE.sub("", phrase))
    if _LEAD_OPENING.match(phrase):
        return LEAD
    if _PARTNER_OPENING.match(phrase):
        return PARTNER
    duty = _ROLE_AS_DUTY.match(phrase)
    if duty:
        # "… theo chức năng, nhiệm vụ được giao có trách nhiệm phối hợp công bố …": the duty is the role.
        return LEAD if duty.group(1).startswith("chủ") else PARTNER
    return None


def _role_of(phrase: str, requested: bool) -> str:
    """Role stated by the words that open an assignment, else that of a duty (or of a request)."""
    return _stated_role(phrase) or (PARTNER if requested else IMPLEMENTER)


def _excluded_spans(text: str) -> list[tuple[int, int]]:
    spans = []
    for match in _RECIPIENTS.finditer(text):
        end_match = _RECIPIENTS_END.search(text, match.end(), match.end() + 2500)
        spans.append((match.start(), end_match.end() if end_match else min(len(text), match.end() + 1200)))
    return spans


def _task_phrase(text: str, start: int, end: int, limit: int = 220) -> str:
    phrase = _FOLD_SPACE.sub(" ", text[start:end]).strip(" *|:-–;.,\n")
    phrase = phrase.replace("**", "").replace("*", "")
    if len(phrase) > limit:
        phrase = phrase[:limit].rsplit(" ", 1)[0] + " …"
    return phrase


def collect(text: str, tables: Sequence = ()) -> Collector:
    """The agencies of a document with their roles, grouped by assignment: what
    both ``iter_agencies`` and ``iter_assignments`` (tasks) read. It is the
    costliest part of both: compute it once per document and pass it to each."""
    text = repair_charmap(text)
    collector = Collector(issuers=_issuers(text))
    tables_in_text = [*flattened_tables(text), *pipe_tables(text), *line_tables(text)]
    assign_text(text, collector, tables_in_text)
    assign_tables(text, tables, collector, tables_in_text)
    _table_rows_read_once(collector, tables)
    return collector


def assignment_table_spans(collector: Collector, tables: Sequence) -> list[tuple[int, int]]:
    """The spans of the located PDF tables some rows of which were read as assignments."""
    read = {key[1][0] for key in collector.groups if key[1][0] is not None}
    return [(t.char_start, t.char_end) for t in tables
            if t.index in read and t.char_start is not None and t.char_end is not None]


def _table_rows_read_once(collector: Collector, tables: Sequence) -> None:
    """Drop what the text reader read inside a PDF table whose rows the table reader assigned: its cells
    run together line by line in the text ("Bộ Tư pháp, các bộ, cơ quan tham mưu, đề xuất …" in the lead
    column), and the row already gives each body its role."""
    spans = assignment_table_spans(collector, tables)
    if not spans:
        return
    inside = lambda at: any(a <= at < b for a, b in spans)  # noqa: E731
    for key in [k for k, e in collector.found.items() if e["table"][0] is None and inside(e["mention"].start)]:
        del collector.found[key]
    for key in [k for k in collector.groups if k[1][0] is None and inside(k[0])]:
        del collector.groups[key]


def iter_assignments(text: str, tables: Sequence = (), collected: Optional[Collector] = None) -> Iterator[Assignment]:
    """Each assignment with the canonical names of its bodies by role
    (``collected``: ``collect(text, tables)``, when already read)."""
    collector = collect(text, tables) if collected is None else collected
    for (start, table), group in sorted(collector.groups.items(), key=lambda item: (item[0][0], item[0][1][1] or 0)):
        yield Assignment(
            start, group["end"], group["task"], group["section"], group["roles"], group["deadline"], table[0], table[1],
            group.get("due_by", False), group.get("task_span"),
        )


_LIST_GAP = re.compile(r"\s*(?:\([^)]*\))?\s*(?:[,;/]|và|hoặc|,\s*và)?\s*(?:" + TITLE_GAP.pattern + ")")


def _subject_list(mentions: list[Mention], text: str, start: int) -> tuple[list[Mention], int]:
    """Mentions that open the clause at ``start`` as a list ("A, B và C"), and where the list ends."""
    subjects: list[Mention] = []
    pos = start
    for mention in mentions:
        if mention.start < pos:
            continue
        gap = text[pos : mention.start]
        if subjects:
            # "A, B và C", "A hoặc B", "Bộ Chỉ huy Quân sự tỉnh/Ban Chỉ huy Bộ đội Biên phòng tỉnh".
            # An official may stand before a later member too ("Thủ trưởng các sở, …; Chủ tịch UBND các huyện …").
            if not _LIST_GAP.fullmatch(gap):
                break
        elif not TITLE_GAP.fullmatch(gap):
            break
        subjects.append(mention)
        pos = mention.end
        if _NAMED_COMMITTEE.match(mention.name):
            # "Ủy ban nhân dân thành phố Hà Nội, thành phố Hồ Chí Minh, thành phố Hải Phòng và tỉnh Quảng Ninh trực
            # tiếp hỗ trợ …": the places after a committee share its head, each a body given the task (its committee).
            while place := _SHARED_HEAD_PLACE.match(text, pos):
                written = " ".join(place.group(1).split())
                name = f"Ủy ban nhân dân {written[0].lower()}{written[1:]}"
                subjects.append(Mention(place.start(1), place.end(1), name, False, known_as=name))
                pos = place.end()
        # A note after the name, also past emphasis ("**Sở Nội vụ **(Cơ quan thường trực …)").
        parenthetical = re.match(r"[\s*]*\([^()]{0,120}\)", text[pos:])
        listing = _LISTED_MEMBERS.match(text, pos) if mention.generic else None
        members = [m for m in mentions if listing and pos < m.start and m.end <= listing.end() and not m.generic]
        colon = _POINTS_COLON.match(text, pos) if mention.generic and not members else None
        named_after = _subject_list([m for m in mentions if m.start > pos], text, colon.end())[0] if colon else []
        if len(named_after) >= 2 and not any(m.generic for m in named_after):
            # "Đề nghị UB MTTQ, các tổ chức hội: Hội Nông dân, Hội Liên hiệp Phụ nữ, …": the bodies the collective
            # names after its colon are asked too.
            subjects.extend(named_after)
            pos = named_after[-1].end
        elif members:
            # "các doanh nghiệp viễn thông (VNPT, Viettel, MobiFone và doanh nghiệp khác)": the bodies a
            # collective reference lists by name are given its task.
            subjects.extend(members)
            pos = listing.end()
        elif parenthetical:
            pos += parenthetical.end()
    return _with_directed_bodies(mentions, text, subjects, pos)


# "Bộ Chỉ huy quân sự tỉnh chỉ đạo lực lượng Bộ đội Biên phòng và đề nghị Bộ tư lệnh Vùng Cảnh sát biển 3: Phối hợp
# …": a body heading the points with the forces it directs and the bodies it asks; all of them do the points.
_DIRECTS_OR_ASKS = re.compile(r"[\s*]+(?:và[\s*]+)?(?:chỉ[\s*]+đạo|đề[\s*]+nghị)[\s*]+")
_POINTS_COLON = re.compile(r"[\s*]*:")


def _with_directed_bodies(
    mentions: list[Mention], text: str, subjects: list[Mention], pos: int
) -> tuple[list[Mention], int]:
    """``subjects`` and the bodies they direct or ask before the colon that opens the points, when one follows."""
    if not subjects or not _DIRECTS_OR_ASKS.match(text, pos):
        return subjects, pos
    added, end = [], pos
    while cue := _DIRECTS_OR_ASKS.match(text, end):
        directed, after = _subject_list(mentions, text, cue.end())
        if not directed:
            return subjects, pos
        added += directed
        end = after
    return (subjects + added, end) if _POINTS_COLON.match(text, end) else (subjects, pos)


_NAMED_COMMITTEE = re.compile(r"(?:Ủy|Uỷ)\s+ban\s+nhân\s+dân\s+(?:tỉnh|thành\s+phố)\s+[" + UPPER + r"]|UBND\s+(?:tỉnh|thành\s+phố|TP\.?)\s+[" + UPPER + r"]")
_SHARED_HEAD_PLACE = re.compile(
    r"\s*(?:,\s*(?:và\s+)?|\s+và\s+)((?:thành\s+phố|tỉnh)\s+[" + UPPER + r"][" + LOWER + r"]*(?:\s+[" + UPPER + r"][" + LOWER + r"]*){0,3})(?![" + LOWER + UPPER + r"])"
)


# A collective reference's members in parentheses, after the words that say what kind they are
# ("Các cơ quan tham mưu quản lý ngành, lĩnh vực (gồm các Sở: Xây dựng, …)").
_LISTED_MEMBERS = re.compile(r"(?:[\s*]*,?[\s*]+[" + LOWER + r"]+){0,8}[\s*]*\([^()]{0,200}\)")


# The bodies a collective's units belong to: "các đơn vị liên quan của các Bộ: …", "các đơn vị hữu quan của Bộ Tài chính".
_UNITS_OF = re.compile(r"[\s*]+của[\s*]+(?:(?:các[\s*]+)?(?:Bộ|Sở|bộ|sở)[\s*]*:[\s*]*)?")


def _partners(mentions: list[Mention], text: str, clause: tuple[int, int], exclude: set[int]) -> list[Mention]:
    """Bodies named right after "phối hợp (với)" inside a clause, as a list."""
    found = []
    for mention in mentions:
        if not (clause[0] <= mention.start < clause[1]) or mention.start in exclude:
            continue
        before = text[max(clause[0], mention.start - 40) : mention.start]
        if _ISSUERS_PARTNER.search(text, max(clause[0], mention.start - 120), mention.start):
            continue  # "tham mưu Ủy ban nhân dân tỉnh phối hợp Bộ Y tế …": the committee's partner, not the plan's
        if _PARTNER_CUE.search(before):
            found.append(mention)
            separator = re.match(r"\s*(?:,|;|/|và|hoặc)\s*", text[mention.end : mention.end + 8])
            owners = _UNITS_OF.match(text, mention.end) if mention.generic else None
            if separator or owners:
                # "phối hợp với Cục A, Vụ B …": the list goes on; "phối hợp với các đơn vị liên quan của các Bộ: Tài
                # chính, Xây dựng, …": the bodies whose units are the partners.
                following = [m for m in mentions if m.start > mention.start]
                listed, _ = _subject_list(following, text, mention.end + separator.end() if separator else owners.end())
                found.extend(m for m in listed if m.start < clause[1])
        elif "với" in before and re.search(r"\bvới\s*$", before) and re.search(r"phối\s+hợp", text[mention.end : clause[1]]):
            found.append(mention)
        elif _SENT_TO.search(before):
            # "…; gửi Ban Quản lý dự án số 1, Công an tỉnh và các địa phương có liên quan để các đơn vị phối hợp triển
            # khai": the bodies a plan is sent to, to work with its author.
            listed, end = _subject_list([m for m in mentions if m.start >= mention.start], text, mention.start)
            if _TO_WORK_WITH.match(text, end) and end <= clause[1]:
                found.extend(m for m in listed if m not in found)
    return found


_SENT_TO = re.compile(r"\bgửi\s+(?:cho\s+|tới\s+|đến\s+)?$")
_TO_WORK_WITH_WORDS = r"(?:để|nhằm)\s+(?:các\s+(?:đơn\s+vị|cơ\s+quan)\s+)?(?:cùng\s+)?phối\s+hợp\b"
_TO_WORK_WITH = re.compile(r"\s*,?\s*" + _TO_WORK_WITH_WORDS)
_SENT_TO_WORK_WITH = re.compile(r"\bgửi\s[^;.]{3,300}?\s" + _TO_WORK_WITH_WORDS)


def _clauses(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    pos = start
    for match in _SENTENCE_END.finditer(text, start, end):
        if match.start() > pos:
            yield pos, match.start()
        pos = match.end()
    if end > pos:
        yield pos, end


_EMPHASISED = re.compile(r"\s*\*\*[^*\n]{3,120}\*\*\s*:?\s*$")
_INVESTOR_HEADING = re.compile(r"[\s*]*(?:Trách\s+nhiệm\s+của\s+)?(?:nhà|chủ)\s+đầu\s+tư[\s*:.]*$", re.IGNORECASE)
_INVESTOR_NAME = re.compile(r"(?:Tên\s+(?:doanh\s+nghiệp|nhà\s+đầu\s+tư|tổ\s+chức)|Nhà\s+đầu\s+tư)\s*:\s*")


def _investor(text: str, mentions_before: int) -> Optional[Mention]:
    """The investor an investment decision names ("Tên doanh nghiệp: Công ty …"),
    for its "Trách nhiệm của nhà đầu tư" item."""
    for match in _INVESTOR_NAME.finditer(text, 0, mentions_before):
        mention = next(iter_mentions(text[match.end() : match.end() + 200]), None)
        if mention and mention.start == 0:
            return replace(mention, start=match.end(), end=match.end() + mention.end, generic=False)
    return None


# What may close a title after its bodies: "… và cơ quan, đơn vị có liên quan", "… và hệ thống
# truyền thanh cơ sở".
_UNNAMED_REST = re.compile(
    r"[\s*:.,;]*(?:(?:và\s+)?(?:các\s+)?(?:cơ\s+quan|đơn\s+vị|hệ\s+thống|lực\s+lượng)[^.\n]{0,40})?"
    # "a) Tổng cục Quản lý ruộng đất có trách nhiệm:", "2. Sở Y tế có nhiệm vụ:": the title names its bodies' duties.
    r"(?:\s*(?:(?:có|chịu)\s+trách\s+nhiệm(?:\s+(?:thực\s+hiện|triển\s+khai))?|có\s+nhiệm\s+vụ)"
    r"(?:\s+(?:các|những)\s+(?:nhiệm\s+vụ|nội\s+dung|công\s+việc))?(?:\s+(?:chủ\s+yếu|cụ\s+thể))?(?:\s+sau(?:\s+đây)?)?)?"
    r"(?:\s*(?:như\s+sau|gồm))?[\s*:.]*"
)


# A regulation's article title that names a body and its role over the points below it ("Điều 5. Nội dung Sở Dân
# tộc và Tôn giáo có trách nhiệm chủ trì"); the role is that of every point that states none.
_TITLE_ROLE = re.compile(r"[\s*]+(?:có\s+trách\s+nhiệm\s+)?(chủ\s+trì|phối\s+hợp|thực\s+hiện)[\s*:.]*", re.IGNORECASE)


# The item goes on to name the bodies: "…, cụ thể như sau:", "4. Các sở, ngành sau đây có trách nhiệm chủ trì …".
_NAMES_FOLLOW = re.compile(r":$|(?<!\w)(?:sau\s+đây|như\s+sau|dưới\s+đây)(?!\w)")
_FIRST_ROLE = re.compile(r"(?<!\w)(chủ\s+trì|phối\s+hợp)(?!\w)")


def _parents(items: list[Unit]) -> dict[int, Unit]:
    """Each numbered item's parent (the nearest item before it at a higher level), by the item's id."""
    parents: dict[int, Unit] = {}
    open_items: list[Unit] = []
    for unit in items:
        if unit.level is None:
            continue
        while open_items and open_items[-1].level >= unit.level:
            open_items.pop()
        if open_items:
            parents[id(unit)] = open_items[-1]
        open_items.append(unit)
    return parents


def _role_of_collective_above(text: str, parent: Optional[Unit], mentions: _Mentions) -> Optional[str]:
    """The role an item (``parent``) states for a class of bodies before it names them one by one: "2. Các Sở, ngành,
    Ủy ban nhân dân các huyện chủ trì phối hợp với các đơn vị liên quan xây dựng …, cụ thể như sau:" ⏎ "a) Sở Nông
    nghiệp và Phát triển nông thôn:" ⏎ "- Giá các loại rừng …" (each department leads its share)."""
    if parent is None or not _NAMES_FOLLOW.search(text[parent.body_start : parent.end].rstrip(" *\n")):
        return None
    opening = _POINT.match(text, parent.body_start).end()
    subjects, pos = _subject_list(mentions.between(opening, parent.end), text, opening)
    if not subjects or not subjects[0].generic:
        return None
    # (the first role word after them: the class may go on with names a damaged text layer spoils, "Ủy bannhân dân")
    stated = _FIRST_ROLE.search(text, pos, parent.end)
    return role_stated(stated.group(1)) if stated else None


def _heading_agencies(mentions: list[Mention], text: str, unit: Unit) -> tuple[list[Mention], bool, Optional[str]]:
    """Agencies that make up a whole item title ("2. Sở Nội vụ", "9. Đề nghị Ủy ban MTTQ tỉnh", "Điều 5. Nội
    dung Sở X có trách nhiệm chủ trì", "3. Đối với Sở Y tế:"), whether they are asked, and the role the title states."""
    title_end = unit.end
    raw = text[unit.body_start : title_end]
    lead = re.match(
        # "a) Giao Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh" over its points too.
        # ("Điều 11. Quyền và trách nhiệm của Cục Bưu điện Trung ương", "Quyền và nghĩa vụ của …", "Nhiệm vụ, quyền
        # hạn của Sở X" as well.)
        r"[\s*]*(?:(Đề\s+nghị|Khuyến\s+khích)\s*:?\s+|Giao\s+|(?:Quyền(?:\s+hạn)?\s*(?:,|và)\s*[tn]|[TN])(?:rách\s+nhiệm|ội\s+dung|hiệm\s+vụ|ghĩa\s+vụ)"
        r"(?:\s*(?:,|và)\s*(?:quyền(?:\s+hạn)?|nghĩa\s+vụ))?\s+(?:của\s+)?"
        # "(3) Đối với các bộ, ngành, Ủy ban nhân dân các tỉnh, thành phố:" over the points they are given.
        r"|Đối\s+với\s+)?", raw
    )
    investor = _INVESTOR_HEADING.match(raw)
    if investor:
        named = _investor(text, mentions_before=unit.start)
        return ([named] if named else []), False, None
    if lead and lead.group().strip(" *").startswith("Đối") and _UNDER_CRITERIA.search(
        _numbered_title_before(text, unit.start)
    ):
        return [], False, None  # "2. Tiêu chí thi đua / a) Đối với các sở, ban, ngành": whom the criteria concern
    requested = bool(lead.group(1)) if lead else False
    start = unit.body_start + (lead.end() if lead else 0)
    inside = [m for m in mentions if start <= m.start < title_end]
    subjects, pos = _subject_list(inside, text, start)
    if not subjects:
        return [], False, None
    if _UNNAMED_REST.fullmatch(text, pos, title_end):
        return subjects, requested, None
    stated = _TITLE_ROLE.fullmatch(text, pos, title_end)
    if stated:
        return subjects, requested, role_stated(stated.group(1))
    return [], False, None


_UNDER_CRITERIA = re.compile(r"tiêu\s+chí|tiêu\s+chuẩn|đối\s+tượng|điều\s+kiện", re.IGNORECASE)
_NUMBERED_TITLE = re.compile(r"^[\s*#|]*(?:[IVX]{1,5}|\d{1,2})\.[\s*]+([^\n]{0,120})", re.MULTILINE)


def _numbered_title_before(text: str, pos: int) -> str:
    """The last numbered title ("2. Tiêu chí thi đua", "II. NHIỆM VỤ") before ``pos``."""
    title = ""
    for title_match in _NUMBERED_TITLE.finditer(text, max(0, pos - 4000), pos):
        title = title_match.group(1)
    return title


class _Heading(NamedTuple):
    """The bodies an item title assigns, which the items under it inherit."""

    subjects: list[Mention]
    requested: bool
    level: int
    has_items: bool
    # The role a title that introduces its items states ("2. Sở Y tế chủ trì, phối hợp với Sở X:"):
    # the items are that role's tasks unless they state their own.
    role: Optional[str] = None
    # The level of a sub-title that only states a role ("a) Chủ trì, phối hợp với các sở, ngành …" then
    # "- Tổ chức …"): its role holds for the points under it, not for the sub-titles after it.
    role_level: Optional[int] = None
    # A lead's point that ends on a comma goes on in the next point ("+ Chủ trì, phối hợp với Bộ X để
    # tháo gỡ …," then "+ Rà soát, đề xuất …"): that point is the lead's too (points that end on a
    # semicolon are the list's own items).
    carried: Optional[str] = None


class _Assigned(NamedTuple):
    """The subjects a clause gave a role, the role, and whether they were asked ("Đề nghị")."""

    subjects: list[Mention]
    asked: bool
    role: Optional[str]  # None: bodies only named ("a) Bộ Tài chính" before its points)


class _Mentions:
    """The mentions of a text in order, looked up by span."""

    def __init__(self, mentions: list[Mention]):
        self.mentions = mentions
        self.starts = [m.start for m in mentions]

    def between(self, a: int, b: int) -> list[Mention]:
        i = bisect_left(self.starts, a)
        found = []
        while i < len(self.mentions) and self.mentions[i].start < b:
            found.append(self.mentions[i])
            i += 1
        return found


def assign_text(text: str, collector: Collector, tables_in_text: Sequence[FlatTable]) -> None:
    """The roles the running text states, item by item (tables and the names
    that only receive the document are left out)."""
    recipient_spans = _excluded_spans(text)
    recipients = Spans(recipient_spans)
    excluded = Spans(recipient_spans + [(t.start, t.end) for t in tables_in_text] + table_cells(text))
    mentions = _Mentions([m for m in iter_mentions(text) if m.start not in excluded])
    if not mentions.mentions:
        return
    outline = units(text, mentions.mentions)
    if not outline or outline[0].start > 0:
        # The text before the first item or paragraph break: a short letter printed without blank lines or
        # list marks ("Kính gửi: Sở X. … Giao Sở X chủ trì, …") holds its whole request there.
        outline.insert(0, Unit(0, outline[0].start if outline else len(text), 0, None, None, None, False))
    items = list(_title_lines(text, outline, mentions))
    parents = _parents(items)
    owner = _functions_owner(text, mentions.mentions)
    heading: Optional[_Heading] = None
    open_label: Optional[str] = None  # the role of a "Cơ quan thực hiện:" line whose bodies follow as bullets
    for index, unit in enumerate(items):
        if unit.start in excluded:
            if unit.start in recipients:
                heading = None  # nothing after "Nơi nhận" belongs to the last item
            continue
        body = text[unit.body_start : unit.end]
        if _THEMATIC_BREAK.fullmatch(text[unit.start : unit.end].strip()):
            heading = None
            continue
        if _RUNNING_HEADER.fullmatch(body):
            continue  # a gazette page's header between an item's paragraphs: the item goes on after it
        under_heading = _heading_over(heading, unit) is not None
        if (_LEGAL_BASIS.match(body) and not unit.implementation and not under_heading) or not _WORD.search(body):
            continue  # a legal basis, or only marks ("* *", "|"): no role, no task
        if _CLOSING.match(body) or _DIFFICULTIES.match(body):
            heading = None
            continue
        following = items[index + 1] if index + 1 < len(items) else None
        heading, open_label = _assign_unit(
            text, items, unit, mentions, _heading_over(heading, unit), collector, open_label, owner, following,
            parents.get(id(unit)),
        )
        _assign_passive_leads(text, unit, mentions.between(unit.body_start, unit.end), collector)
        _assign_directed_roles(text, unit, mentions.between(unit.body_start, unit.end), collector)
        if COUNCIL_ISSUERS <= collector.issuers:
            _assign_council_delegates(text, unit, mentions.between(unit.body_start, unit.end), collector)


# A line that opens a sentence ("Phối hợp với …", "Chỉ đạo các cơ sở …", "Cân đối nguồn …").
_SENTENCE_LINE = re.compile(r"[\s*]*" + SENTENCE_OPENING)


def _title_lines(text: str, items: list[Unit], mentions: _Mentions) -> Iterator[Unit]:
    """The items as read, with a numbered title made only of bodies on a line of its own split from the
    text under it ("5. Trách nhiệm của Bộ Quốc phòng" ⏎ "Phối hợp với …", "2. Bộ Giáo dục và Đào tạo" ⏎
    "Chỉ đạo …"): a printed text puts the title and its paragraph in one item, with no blank line."""
    for unit in items:
        newline = text.find("\n", unit.body_start, unit.end) if unit.label is not None and (unit.level or 9) <= 4 else -1
        while newline > 0 and any(m.start < newline < m.end for m in mentions.between(unit.body_start, newline)):
            newline = text.find("\n", newline + 1, unit.end)  # a line break inside a name ("Công ty" ⏎ "Điện lực Đắk Nông")
        list_goes_on = newline > 0 and text[unit.body_start : newline].rstrip(" *\t").endswith(",")
        if newline > unit.body_start and not list_goes_on:
            title = replace(unit, end=newline)
            names = mentions.between(unit.body_start, newline)
            opens_on_name = any(newline < m.start <= newline + 4 for m in mentions.between(newline, newline + 5))
            sentence_follows = _SENTENCE_LINE.match(text, newline + 1, unit.end) is not None
            # "Điều 6. Điều khoản chuyển tiếp" ⏎ "Sở Y tế … có trách nhiệm chủ trì, …": an article's title is no
            # part of the sentence under it, whose subject opens the next line.
            article_title = (
                not names and opens_on_name and unit.label.startswith("Điều") and _is_article_title(text[unit.body_start : newline])
            )
            titled_bodies = sentence_follows and names and not opens_on_name and _heading_agencies(names, text, title)[0]
            if article_title or titled_bodies:
                yield title
                yield replace(unit, start=newline + 1, body_start=newline + 1, level=None, label=None)
                continue
        yield unit


# An article's title line: two words or more ("Điều khoản chuyển tiếp"), not an official's title wrapped before the body
# it heads ("Điều 3. **Chánh" ⏎ "Văn phòng Ủy ban nhân dân Thành phố, …").
_TITLE_LINE = re.compile(r"[\s*.:]*[^\W\d_]+(?:[ \t]+[^\s*]+)+[\s*.:]*")
_ENDS_ON_OFFICIAL = re.compile(rf"(?:{official_titles_regex()})[\s*]*$")


def _is_article_title(line: str) -> bool:
    return _TITLE_LINE.fullmatch(line) is not None and _ENDS_ON_OFFICIAL.search(line) is None


def _directed_bodies(
    text: str, start: int, end: int, local: list[Mention], colon: bool
) -> tuple[list[Mention], int]:
    """The bodies a point opening on "Chỉ đạo …" at ``start`` names, and where their list ends, when their duty
    follows (a lower-case verb, or a colon where ``colon``); none otherwise."""
    opening = _OPENING_DELEGATION.match(text, start, end)
    if opening is None:
        return [], start
    listed, pos = _subject_list([m for m in local if m.start >= opening.end()], text, opening.end())
    duty = r"[\s*]*(?::|[" + LOWER + r"])" if colon else r"[\s*]*[" + LOWER + r"]"
    return (listed, pos) if re.match(duty, text[pos : pos + 12]) else ([], pos)


def _assign_council_delegates(text: str, unit: Unit, local: list[Mention], collector: Collector) -> None:
    """A council gives the people's committee its requests, and the committee's departments the work: a point that
    opens on "Chỉ đạo <bodies> <verb> …" or "Chỉ đạo <bodies>:" (under "Hội đồng nhân dân tỉnh yêu cầu Ủy ban nhân dân
    tỉnh …:") gives those bodies the task."""
    listed, pos = _directed_bodies(text, _POINT.match(text, unit.body_start).end(), unit.end, local, colon=True)
    if not listed:
        return
    role = _stated_role(text[pos : unit.end].lstrip(" *:\n")) or IMPLEMENTER
    task = _task_phrase(text, pos, _first_sentence_end(text, pos, unit.end))
    for delegate in listed:
        if not delegate.generic and delegate.canonical not in collector.issuers:
            collector.add(delegate, role, task, (unit.start, unit.end), unit.section)


# "… kiểm tra liên ngành do Sở Công Thương hoặc Công an tỉnh chủ trì": the bodies after "do" lead.
_PASSIVE_AGENT = re.compile(r"(?<!\w)do\s+")
# "… các dự án, tiểu dự án do Bộ Công an chủ trì": the owner of a programme's part, not a task of the plan.
_PROGRAMME_PART = re.compile(r"(?:dự\s+án|chương\s+trình|đề\s+án|nội\s+dung)\W*$", re.IGNORECASE)
_LEAD_AFTER = re.compile(r"[\s*]*(?:cùng\s+)?chủ\s+trì\b")


def _assign_passive_leads(text: str, unit: Unit, local: list[Mention], collector: Collector) -> None:
    """Bodies named as the lead of a task in the passive ("do A hoặc B chủ trì")."""
    for agent in _PASSIVE_AGENT.finditer(text, unit.body_start, unit.end):
        listed, pos = _subject_list([m for m in local if m.start >= agent.end()], text, agent.end())
        if listed and _LEAD_AFTER.match(text, pos) and not _PROGRAMME_PART.search(text, max(0, agent.start() - 30), agent.start()):
            clause_start = max(unit.body_start, text.rfind(";", unit.body_start, agent.start()) + 1)
            task = _task_phrase(text, clause_start, agent.start())
            for mention in listed:
                if not mention.generic:
                    collector.add(mention, LEAD, task, (clause_start, pos), unit.section)


# "Giao Đảng uỷ Chính phủ: (i) Chỉ đạo Đảng uỷ Bộ Y tế chủ trì xây dựng …", "… chỉ đạo Bộ Chỉ huy Quân sự tỉnh phối hợp
# với …": a named body directed to lead or to work with others has that role (9 of the 12 such bodies in the gold; the
# three left out are collectives, "các đơn vị trực thuộc").
# "Chỉ đạo, giao nhiệm vụ cho Chi cục Quản lý thị trường chủ trì, …": the same, the duty handed down in so many words.
_DIRECTED = re.compile(r"(?<!\w)(?:[Cc]hỉ\s+đạo(?:\s*,\s*giao\s+nhiệm\s+vụ\s+cho)?|[Gg]iao\s+nhiệm\s+vụ\s+cho)\s+(?:các\s+)?")
_DIRECTED_ROLE = re.compile(r"[\s*]*(?:khẩn\s+trương\s+)?(chủ\s+trì|phối\s+hợp)\b")


def _assign_directed_roles(text: str, unit: Unit, local: list[Mention], collector: Collector) -> None:
    """The named bodies a clause directs with the role they take ("chỉ đạo X chủ trì …")."""
    for cue in _DIRECTED.finditer(text, unit.body_start, unit.end):
        listed, pos = _subject_list([m for m in local if m.start >= cue.end()], text, cue.end())
        role = _DIRECTED_ROLE.match(text, pos, unit.end) if listed else None
        if role is None:
            continue
        task_end = _first_sentence_end(text, role.end(), unit.end)
        task = _task_phrase(text, role.end(), task_end)
        for body in listed:
            if not body.generic and body.canonical not in collector.issuers:
                collector.add(body, LEAD if role.group(1).startswith("chủ") else PARTNER, task, (cue.start(), task_end), unit.section)


def _heading_over(heading: Optional[_Heading], unit: Unit) -> Optional[_Heading]:
    """The heading, unless the unit is an item at its level or above, or a
    paragraph after the heading's items."""
    if heading is not None:
        level = unit.level
        if level is not None and unit.label is not None and level <= heading.level:
            return None
        if level is None and heading.has_items:
            return None
    return heading


def _assign_unit(
    text: str, items: list[Unit], unit: Unit, mentions: _Mentions, heading: Optional[_Heading], collector: Collector,
    open_label: Optional[str] = None, owner: Optional[Mention] = None, following: Optional[Unit] = None,
    parent: Optional[Unit] = None,
) -> tuple[Optional[_Heading], Optional[str]]:
    """Roles stated in one unit; returns the heading the units after it are under, and
    the role of a label line whose bodies the bullets after it name ("- Cơ quan thực hiện:"
    then "+ Sở Xây dựng đăng tải …"). ``owner``: the body whose functions the text sets out; ``parent``: the item
    the unit is numbered under."""
    body = text[unit.body_start : unit.end]
    local = mentions.between(unit.body_start, unit.end)
    under_label = open_label is not None and unit.level in (5, 6) and unit.label is None
    listed = _listed_bodies(text, unit, local) if under_label else []
    if listed:
        # "a) Cơ quan chủ trì" then "- Bộ Ngoại giao." "- Các Quân khu, Ủy ban nhân dân các tỉnh.": each bullet
        # that names only bodies is under the label, which stays open for the next one.
        task, item_start = _parent_title(text, items, unit)
        for subject in listed:
            collector.add(subject, open_label, task, (unit.start, unit.end), unit.section, group_start=item_start)
        return heading, open_label
    if under_label and not local and _NAME_LINE.fullmatch(body):
        return heading, open_label  # a body the gazetteer does not know ("- Ban Chỉ đạo quốc gia."): the list goes on
    titled = unit.label is not None or unit.level == 5 or (unit.level is None and _EMPHASISED.match(body)) or (
        unit.level is None and unit.implementation and body.rstrip(" *\n").endswith(":")  # "Sở Y tế:" before its points
    )
    if titled and (unit.implementation or unit.level is not None):
        # A title that is only bodies heads the points under it, in the tasks part of a plan or
        # resolution too ("a) Ủy ban nhân dân các tỉnh, thành phố …", "- Bộ Tài chính" then "+ …").
        subjects, requested, role = _heading_agencies(local, text, unit)
        if subjects:
            if role is None and not requested:
                role = _role_of_collective_above(text, parent, mentions)
            # An unnumbered bold title ("**Sở Y tế**") heads the bullets and letters under it.
            return _Heading(subjects, requested, unit.level or _PARAGRAPH_TITLE_LEVEL, False, role), None
    if unit.level is None:
        given = _duties_lead(text, unit, local)
        if given:
            return _Heading(given, False, _PARAGRAPH_TITLE_LEVEL, False, None), None

    labels = list(_LABEL_LINE.finditer(body)) or list(_BARE_LABEL.finditer(body))
    if labels:
        # "Cơ quan chủ trì: Sở X; Cơ quan phối hợp: Sở Y, Sở Z": each label's bodies run to the next label.
        ends = [unit.body_start + following.start() for following in labels[1:]] + [unit.end]
        open_role = None
        for label, end in zip(labels, ends):
            open_role = _assign_label_line(text, items, unit, label, mentions, collector, end)
        return heading, open_role

    opens_with_subject = bool(local) and _opens_with_subject(text, unit, local)
    listed_role = open_label if opens_with_subject and under_label else None
    if listed_role is None and opens_with_subject and unit.label is not None:
        # "4. Các sở, ngành sau đây có trách nhiệm chủ trì …" ⏎ "a) Sở Tài chính: Tổng hợp, trình …"
        listed_role = _role_of_collective_above(text, parent, mentions)
    own_subjects = opens_with_subject or _requests_own_subjects(text, unit, local)
    closing = unit.level is None and _CLOSING_REMARK.match(text, _words_start(text, unit))
    if heading is not None and (unit.level is None or unit.level > heading.level) and not own_subjects and not closing:
        if following is not None and _topic_over_subjects(text, following, unit, mentions):
            return heading, None
        # "b) Chủ trì, phối hợp" then "- Sở Tài chính và các đơn vị có liên quan tham mưu …": the bodies
        # that open the points after it are the partners.
        partners_follow = PARTNER if _PARTNERS_FOLLOW.fullmatch(body) else None
        return _assign_under_heading(text, unit, body, local, heading, collector), partners_follow

    execution = _EXECUTION.search(body)
    if execution:
        _assign_execution(text, unit, execution, mentions, collector)
        return heading, None
    clauses = _joined_lists(text, list(_clauses(text, unit.body_start, unit.end)), mentions)
    asked_above = _asked_by_title(text, items, unit)
    current: Optional[_Assigned] = None
    for index, clause in enumerate(clauses):
        assigned = _assign_clause(
            text, clause, mentions.between(*clause), unit, collector, current is not None, listed_role if index == 0 else None,
            asked_above,
        )
        if assigned is None and current is not None and (
            unit.implementation or _reports_directions(text, unit, clause, current) or _states_own_role(text, unit, clause, current)
        ):
            # "UBND các xã: Phối hợp với Sở X …; theo dõi, thông báo …": the subjects' next duty. A news report
            # goes on in the same paragraph too ("Chính phủ yêu cầu Bộ Công Thương … . Chủ trì, phối hợp với …").
            role = _continued_role(text, clause, current)
            if role is not None:
                _add_clause(text, clause, current.subjects, role, mentions.between(*clause), unit, collector)
                current = current._replace(role=role)
            else:
                # "…; cùng với Ban Thường trực Ủy ban MTTQ tỉnh tiến hành giám sát": the subjects' duty goes on with
                # partners of its own.
                _add_clause(text, clause, [], PARTNER, mentions.between(*clause), unit, collector)
            continue
        if assigned is None and current is None and owner is not None and unit.implementation and not unit.roster:
            role = _stated_role(text[clause[0] : clause[1]])
            if role is not None:
                # "c) Chủ trì, phối hợp với các sở, ngành có liên quan …" among a department's duties: its own role.
                _add_clause(text, clause, [owner], role, mentions.between(*clause), unit, collector)
                continue
        if assigned is None and unit.implementation:
            # "a) Bộ Tài chính: **(1)** Chủ trì …; **(2)** Phân bổ …": the points are the body's.
            assigned_later = _bare_subjects(text, clause, mentions.between(*clause))
            current = assigned_later or current
            continue
        listed_before = current if index and current is not None and current.role is None else None
        if assigned is not None and listed_before is not None and text[clauses[index - 1][1] : clause[0]].strip() == ";":
            # "12. Sở Văn hóa, Thể thao và Du lịch; Báo và Phát thanh, Truyền hình tỉnh: Tăng cường …": the
            # bodies named before the semicolon share the task of the bodies after it.
            task = _task_phrase(text, clause[0], clause[1])
            for subject in listed_before.subjects:
                collector.add(subject, assigned.role, task, clause, unit.section)
        current = assigned or current
        gives_points = index == 0 and len(clauses) == 1 and _gives_points(text, unit, _opening_cue(text, unit), body[-2:])
        if index == 0 and assigned and (unit.implementation or gives_points) and unit.label is not None and (unit.level or 9) < 5:
            # "1. Giao Sở X là cơ quan đầu mối, chủ trì: a) …; b) …": the items under it are Sở X's.
            introduces = len(clauses) == 1 and body.rstrip(" *\n").endswith(":")
            delegates = _delegates(text, clause, mentions.between(*clause)) if len(clauses) == 1 else []
            if delegates:
                heading = _Heading(delegates, False, unit.level, False, None)
            else:
                heading = _Heading(assigned.subjects, assigned.asked, unit.level, False, assigned.role if introduces else None)
        elif index == 0 and assigned and unit.implementation and unit.level is None and len(clauses) == 1 and (
            body.rstrip(" *\n").endswith(":")
        ):
            # "Sở Y tế có trách nhiệm:" then "- Chủ trì, phối hợp với …": a paragraph that introduces
            # points hands them to its bodies, down to the next numbered item; the paragraph that opens an
            # article, down to the next article ("Điều 6. …" ⏎ "Sở Y tế … thực hiện:" ⏎ "1. …").
            opens_article = _ARTICLE_TITLE_BEFORE.search(text, max(0, unit.start - 160), unit.start) is not None
            level = _ARTICLE_LEVEL if opens_article else _PARAGRAPH_TITLE_LEVEL
            heading = _Heading(assigned.subjects, assigned.asked, level, False, assigned.role)
    return heading, listed_role


# A decision that sets out a body's functions ("Quyết định … quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức
# của Sở Công Thương thành phố Hà Nội") writes the body's duties without their subject.
_FUNCTIONS_OF = re.compile(r"chức\s+năng,\s*nhiệm\s+vụ,\s*quyền\s+hạn(?:\s+và\s+cơ\s+cấu\s+tổ\s+chức)?\s+của\s+", re.I)
_FUNCTIONS_TITLE_REACH = 3000  # the title, within the letterhead and the decision's heading
# "Căn cứ Nghị định … quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ …": another text's title.
_CITED_BASIS = re.compile(r"(?:^|\n)[\s*]*Căn\s+cứ\b")


def _clause_before(text: str, pos: int) -> str:
    """The words before ``pos`` since the last clause mark or blank line (a basis may wrap over lines)."""
    return text[max(text.rfind(";", 0, pos), text.rfind(".", 0, pos), text.rfind("\n\n", 0, pos)) + 1 : pos]


def _functions_owner(text: str, mentions: list[Mention]) -> Optional[Mention]:
    """The body whose functions a decision's title says it sets out, if it is one."""
    title = next(
        (m for m in _FUNCTIONS_OF.finditer(text, 0, _FUNCTIONS_TITLE_REACH) if not _CITED_BASIS.search(_clause_before(text, m.start()))),
        None,
    )
    if title is None:
        return None
    return next((m for m in mentions if title.end() <= m.start <= title.end() + 2 and not m.generic), None)


def _joined_lists(text: str, clauses: list[tuple[int, int]], mentions: _Mentions) -> list[tuple[int, int]]:
    """The clauses with a list of bodies split by a semicolon made one again ("Đề nghị các Sở: Giao thông
    Vận tải, Xây dựng, Công thương; Công ty Điện lực Đắk Nông" ⏎ "Chủ trì, phối hợp với …"): a clause
    that holds only bodies (after its cue) goes on into the next."""
    joined: list[tuple[int, int]] = []
    for clause in clauses:
        if joined and text[joined[-1][1] : clause[0]].strip() == ";" and _only_bodies(text, joined[-1], mentions):
            joined[-1] = (joined[-1][0], clause[1])
        else:
            joined.append(clause)
    return joined


def _only_bodies(text: str, clause: tuple[int, int], mentions: _Mentions) -> bool:
    start = _POINT.match(text, _opening(text, clause[0])).end()
    cue = _REQUEST_CUE.match(text, start, clause[1])
    start = cue.end() if cue else start
    subjects, pos = _subject_list(mentions.between(start, clause[1]), text, start)
    return bool(subjects) and not _WORD.search(text, pos, clause[1])


def _gives_points(text: str, unit: Unit, cue: Optional[str], predicate: str) -> bool:
    """Whether a numbered item only gives bodies the points under it: "2. Giao Bộ X:" (anywhere in the
    text: "Giao" is the issuer's word), its predicate a bare colon."""
    return (
        cue == "giao" and unit.label is not None and (unit.level or 9) < 5
        and re.fullmatch(r"[\s*]*:[\s*]*", predicate) is not None
    )


def _opening_cue(text: str, unit: Unit) -> Optional[str]:
    """"giao" when an item opens on "Giao" (after its list mark)."""
    return "giao" if _ASSIGNING_CUE.match(text, _words_start(text, unit), unit.end) else None


# The outline level of a paragraph that heads the points after it: below a numbered item ("2."),
# above its letters and bullets.
_PARAGRAPH_TITLE_LEVEL = 3
_ARTICLE_LEVEL = 1  # "Điều N." (outline.units)
_ARTICLE_TITLE_BEFORE = re.compile(r"(?:^|\n)[\s*#]*Điều\s+\d+\s*[.:][^\n]*\n[\s*]*$")
# The outline level of a bullet ("- …", "+ …") and of a lettered point ("a) …").
_LEVELS_BULLET = 5
_LEVELS_LETTER = 4
_LEVELS_ARABIC = 2


# A paragraph after an item's text that is not one of its duties: the plan's closing remarks ("Trong quá
# trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan … báo cáo …") and lines about the text itself
# ("Nghị quyết này phổ biến đến chi bộ.").
_CLOSING_REMARK = re.compile(
    r"(?:Trong\s+quá\s+trình\s+(?:tổ\s+chức\s+)?(?:thực\s+hiện|triển\s+khai)|Quá\s+trình\s+(?:thực\s+hiện|triển\s+khai)"
    r"|Trong\s+trường\s+hợp|Trường\s+hợp|Nếu"
    r"|(?:Nghị\s+quyết|Quyết\s+định|Kế\s+hoạch|Chỉ\s+thị|Kết\s+luận|Thông\s+báo|Chương\s+trình|Công\s+văn|Văn\s+bản)\s+này)\b"
)
# "Giao" is the issuer's word: a point that opens on it assigns the bodies after it (a body's own
# "Yêu cầu/Đề nghị …" under its title is how it carries out its task).
_ASSIGNING_CUE = re.compile(r"[Gg]iao\s+(?:cho\s+)?")


def _requests_own_subjects(text: str, unit: Unit, local: list[Mention]) -> bool:
    """Whether a unit opens by giving its own bodies a task ("Đồng thời, giao Công an tỉnh chủ trì …"
    under "2. Giao Công an tỉnh …"): its bodies, not the title's, are the subjects."""
    if not local:
        return False
    cue = _ASSIGNING_CUE.match(text, _words_start(text, unit), unit.end)
    return cue is not None and bool(_subject_list(local, text, cue.end())[0])


_OPENING_DELEGATION = re.compile(r"[\s*]*(?:[Đđ]ịnh\s+hướng\s*,\s*)?[Cc]hỉ\s+đạo\s+(?:các\s+)?(?=[" + UPPER + r"])")
_DELEGATION_CUE = re.compile(r"chỉ\s+đạo\s+(?:các\s+)?$", re.IGNORECASE)
_DELEGATED_TASKS = re.compile(r"[\s*]*(?:tổ\s+chức\s+)?(?:thực\s+hiện|triển\s+khai)\b[^:;.]*:[\s*]*$", re.IGNORECASE)
_TITLE_END = re.compile(r"[\s*]*:?[\s*]*")


def _delegates(text: str, clause: tuple[int, int], local: list[Mention]) -> list[Mention]:
    """The bodies a title hands its points to: "Sở Nông nghiệp và Môi trường chỉ đạo Chi cục
    Biển đảo và Thủy sản thực hiện các nội dung sau:" — the points are the Chi cục's; so are those
    of a title that ends on the body directed ("1. Bộ trưởng Bộ Quốc phòng chỉ đạo Ban Cơ yếu Chính phủ")."""
    for index, mention in enumerate(local):
        if _DELEGATION_CUE.search(text, max(clause[0], mention.start - 20), mention.start):
            delegates, pos = _subject_list(local[index:], text, mention.start)
            if delegates and (_DELEGATED_TASKS.fullmatch(text, pos, clause[1]) or _TITLE_END.fullmatch(text, pos, clause[1])):
                return [d for d in delegates if not d.generic]
    return []


# Clauses inside an item that are not a duty: a condition, a deadline, a budget or an output, or the
# detail of the duty before ("Trong đó, tập trung …").
_NOT_A_DUTY = re.compile(
    r"(?:trong\s+(?:quá\s+trình|trường\s+hợp|đó)|cụ\s+thể\s*:|trường\s+hợp|nếu|khi|kinh\s+phí|thời\s+gian|thời\s+hạn|sản\s+phẩm|kết\s+quả"
    r"|hoàn\s+thành\s+(?:trước|trong|xong)|hoàn\s+thành\s*,\s*báo\s+cáo|nhiệm\s+vụ\s+thường\s+xuyên|trước\s+ngày"
    r"|định\s+kỳ(?:\s+(?:hàng|hằng)\s+(?:năm|quý|tháng))?\s*,?\s*(?:tổng\s+hợp\s*,?\s*)?báo\s+cáo)\b"
    # The running header of a gazette page ("CÔNG BÁO/Số 281/Ngày 21-05-2026 90") split into an item.
    r"|CÔNG\s+BÁO\s*/",
    re.IGNORECASE,
)


def _bare_subjects(text: str, clause: tuple[int, int], local: list[Mention]) -> Optional[_Assigned]:
    """The bodies a clause only names ("a) Bộ Tài chính" before its points), as the subjects of the points after it."""
    start, end = clause
    opening = start + re.match(r"[\s*\-+•]*", text[start:end]).end()
    subjects, pos = _subject_list([m for m in local if m.start >= opening], text, opening)
    if subjects and not re.search(r"\w", text[pos:end]):
        return _Assigned(subjects, False, None)
    return None


def _reports_directions(text: str, unit: Unit, clause: tuple[int, int], current: _Assigned) -> bool:
    """Whether a sentence of a text without tasks of its own (a news page) goes on with the directions the
    paragraph gave the named bodies it opened on: a later sentence without a subject is theirs (a clause
    after a semicolon, often the report back, is not)."""
    return (
        unit.level is None and current.role is not None and all(not s.generic for s in current.subjects)
        and text[: clause[0]].rstrip(" *\n").endswith((".", "!", "?")) and not _has_tasks_part(text)
    )


def _states_own_role(text: str, unit: Unit, clause: tuple[int, int], current: _Assigned) -> bool:
    """Whether a clause of a numbered point goes on after a semicolon with the role of the bodies the point opened on
    ("3. Bộ Tư pháp có trách nhiệm kiểm tra …; chủ trì, phối hợp với Văn phòng Chính phủ nghiên cứu …"), outside a
    tasks part too: the role it states is theirs."""
    return (
        unit.label is not None and current.role is not None and all(not s.generic for s in current.subjects)
        and text[: clause[0]].rstrip(" *\n").endswith(";") and _stated_role(text[clause[0] : clause[1]]) is not None
    )


def _continued_role(text: str, clause: tuple[int, int], current: _Assigned) -> Optional[str]:
    """The role a clause without a subject of its own gives the subjects named before it
    in the item: the one it states ("…; phối hợp với …", "(2) chủ trì …"); a new point
    or sentence without one is a duty of their own (or a request, after "Đề nghị"); after a
    semicolon a lead's role goes on (None: nothing new) and a partner's turns to a duty of their own."""
    start, end = clause
    point = _POINT.match(text, start)
    phrase = text[point.end() : end]
    stated = _stated_role(phrase)
    if stated is not None:
        return stated
    if not re.match(r"\w", phrase) or _LEGAL_BASIS.match(phrase) or _NOT_A_DUTY.match(phrase) or _CLOSING.match(phrase):
        return None
    own_point = point.end() > start and "(" in text[start : point.end()]
    after_semicolon = text[:start].rstrip(" *\n").endswith(";")
    if after_semicolon and not own_point and current.role != PARTNER:
        return None
    return PARTNER if current.asked else IMPLEMENTER


def _add_clause(
    text: str, clause: tuple[int, int], subjects: list[Mention], role: str, local: list[Mention], unit: Unit,
    collector: Collector,
) -> None:
    """The subjects with the clause's role and task, and the partners the clause names ("phối hợp với …")."""
    task = _task_phrase(text, _POINT.match(text, clause[0]).end(), clause[1])
    for subject in subjects:
        collector.add(subject, role, task, clause, unit.section)
    for partner in _partners(local, text, clause, {s.start for s in subjects}):
        collector.add(partner, PARTNER, task, clause, unit.section)


def _assign_label_line(
    text: str, items: list[Unit], unit: Unit, label: re.Match, mentions: _Mentions, collector: Collector,
    end: Optional[int] = None,
) -> Optional[str]:
    """A "Cơ quan chủ trì/phối hợp/thực hiện:" line: the bodies listed after it (up to ``end``,
    where the next label of the line starts), for the task of its item; returns its role when
    nothing follows it on the line (the bullets after it name the bodies)."""
    role = role_stated(label.group(1))
    list_start = unit.body_start + label.end()
    end = unit.end if end is None else end
    if not _WORD.search(text, list_start, end):
        return role
    task, item_start = _parent_title(text, items, unit)
    listed = whole_listed_names(text, mentions.between(list_start, end), end)
    subjects, pos = _subject_list(listed, text, _opening(text, list_start))
    predicate = _ASIDE.sub("", text[pos : end].lstrip(" ,:*\n"))
    stated = {}
    if subjects and (_LEAD_OPENING.match(predicate) or _PARTNER_OPENING.match(predicate)):
        # "Cơ quan thực hiện: Sở Nội vụ chủ trì, phối hợp với …"
        stated.update((s.start, _role_of(predicate, False)) for s in subjects)
        if _LEAD_OPENING.match(predicate):
            for partner in _partners(listed, text, (pos, end), set(stated)):
                stated[partner.start] = PARTNER
    for mention in listed:
        before = text[max(list_start, mention.start - 30) : mention.start]
        if mention.start not in stated and _RECEIVER_CUE.search(before):
            continue
        collector.add(
            mention, stated.get(mention.start, role), task, (unit.start, unit.end), unit.section, group_start=item_start
        )
    return None


# A paragraph that hands bodies the points after it: "…, Chính phủ đã yêu cầu Bộ Thông tin và Truyền thông thực hiện
# các nhiệm vụ được quy định cụ thể tại Nghị quyết 27/NQ-CP năm 2025 như sau:" (as "Giao Bộ X:" does in a plan).
_DUTIES_CUE = re.compile(r"(?<![^\W_])(?:yêu\s+cầu|giao)\s+(?:cho\s+)?")
_DUTIES_AFTER = re.compile(
    r"\s+(?:(?:tập\s+trung|khẩn\s+trương|tiếp\s+tục)\s+)?(?:thực\s+hiện|triển\s+khai)\s+(?:các|những)\s+nhiệm\s+vụ\b[^.;:\n]*:[\s*]*$"
)


def _duties_lead(text: str, unit: Unit, local: list[Mention]) -> list[Mention]:
    """The bodies a paragraph ending in "… yêu cầu/giao X thực hiện các nhiệm vụ … như sau:" gives its points to."""
    body_end = unit.end
    last = max(text.rfind(". ", unit.body_start, body_end), unit.body_start)
    for cue in _DUTIES_CUE.finditer(text, last, body_end):
        subjects, pos = _subject_list([m for m in local if m.start >= cue.end()], text, cue.end())
        if subjects and not any(s.generic for s in subjects) and _DUTIES_AFTER.match(text, pos, body_end):
            return subjects
    return []


def _topic_over_subjects(text: str, paragraph: Unit, unit: Unit, mentions: _Mentions) -> bool:
    """Whether a lettered point is only a topic line over paragraphs that name their own bodies ("3. Các Bộ: Nội vụ, …
    chủ trì …" ⏎ "a) Bộ tiêu chí quốc gia … cấp xã (Phụ lục I)" ⏎ "Bộ Nội vụ chủ trì, …"): no task of the heading's."""
    if unit.label is None or paragraph.level is not None:
        return False
    body = text[unit.body_start : unit.end].strip(" *\n")
    if "\n" in body or body[-1:] in ".;:,":
        return False
    local = mentions.between(paragraph.body_start, paragraph.end)
    return bool(local) and bool(_subject_list(local, text, _opening(text, paragraph.body_start))[0])


def _assign_under_heading(
    text: str, unit: Unit, body: str, local: list[Mention], heading: _Heading, collector: Collector
) -> _Heading:
    """An item under a heading of bodies ("2. Sở Nội vụ" then "a) Chủ trì …"): the
    task is theirs; returns the heading, marked as having items."""
    if unit.label is not None or unit.level == 5:
        heading = heading._replace(has_items=True)
    if heading.role_level is not None and unit.level is not None and unit.level <= heading.role_level:
        heading = heading._replace(role=None, role_level=None)  # the next sub-title states its own role
    clauses = list(_clauses(text, unit.body_start, unit.end)) or [(unit.body_start, unit.end)]
    carried, heading = heading.carried, heading._replace(carried=None)
    role = _stated_role(body) or carried or heading.role or (PARTNER if heading.requested else IMPLEMENTER)
    if unit.level is not None and _states_role_only(text, unit, local):
        heading = heading._replace(role=role, role_level=unit.level)
    elif unit.level is None and body.rstrip(" *\n").endswith(":") and _states_role_only(text, unit, local):
        # "4. Sở Khoa học và Công nghệ" then the paragraph "Chủ trì, phối hợp với các sở, ngành …:" and
        # its points: they are the lead's tasks, down to the next item at the title's level.
        heading = heading._replace(role=role, role_level=heading.level)
    task = _task_phrase(text, unit.body_start, _first_sentence_end(text, unit.body_start, unit.end))
    for subject in heading.subjects:
        collector.add(subject, role, task, (unit.start, unit.end), unit.section)
        if heading.requested and role == LEAD:
            # "2.9. Đề nghị Liên đoàn Lao động tỉnh" then "Chủ trì, …": asked (phối hợp) and leading.
            collector.add(subject, PARTNER, task, (unit.start, unit.end), unit.section)
    # Only a requested body hands its task on (the bodies the Government or a province asks direct their
    # members); a body the text itself assigns keeps the task, the one it directs is its object ("12. Trách
    # nhiệm của Bộ Công thương" ⏎ "Chỉ đạo Tập đoàn điện lực Việt Nam nghiên cứu …").
    if heading.requested:
        # "Đề nghị Trung ương MTTQ Việt Nam" / "- Chỉ đạo Hội Nông dân Việt Nam đẩy mạnh tuyên truyền …":
        # the task is handed on to the bodies named after "Chỉ đạo".
        listed, pos = _directed_bodies(text, unit.body_start, unit.end, local, colon=False)
        if listed:
            handed = _stated_role(text[pos : unit.end]) or PARTNER
            for delegate in listed:
                if not delegate.generic:
                    collector.add(delegate, handed, task, (unit.start, unit.end), unit.section)
    current = _Assigned(heading.subjects, heading.requested, role)
    for index, clause in enumerate(clauses):
        if index:
            # Each clause has its own role: "Chỉ đạo …; phối hợp với Ban X …" is a partner's task;
            # under a sub-title that states a role only a clause that states another changes it.
            # Under a title that states its items' role ("7. Bộ Xây dựng chủ trì, phối hợp với các cơ quan, địa
            # phương:" then "a) …. Số hóa …"), a later sentence that states none is that role's task too.
            under_role_title = heading.role is not None or (heading.role_level is not None and unit.level != heading.role_level)
            clause_role = _continued_role(text, clause, current)
            if under_role_title and _stated_role(text[_POINT.match(text, clause[0]).end() : clause[1]]) is None:
                if clause_role is not None and heading.role is not None:
                    for subject in heading.subjects:  # a task of its own, in the title's role
                        collector.add(subject, current.role, _task_phrase(text, clause[0], clause[1]), clause, unit.section)
                clause_role = None
            if clause_role is None:
                clause_role = current.role
            else:
                for subject in heading.subjects:
                    collector.add(subject, clause_role, _task_phrase(text, clause[0], clause[1]), clause, unit.section)
                current = current._replace(role=clause_role)
        else:
            clause_role = role
        # "Phối hợp với Sở Y …" in a partner's clause names Sở Y as a partner too: the gold of every blind batch
        # reads it so (the README names partners only in a lead's task).
        for partner in _partners(local, text, clause, {s.start for s in heading.subjects}):
            collector.add(partner, PARTNER, task, clause, unit.section)
    if current.role == LEAD and unit.level is not None and body.rstrip(" *\n").endswith(","):
        heading = heading._replace(carried=LEAD)
    return heading


_PARTNERS_FOLLOW = re.compile(r"[\s*]*(?:chủ\s+trì\s*,\s*)?phối\s+hợp(?:\s+với)?[\s*:]*", re.IGNORECASE)
_ROLE_TITLE = re.compile(r"[\s*]*(?:chủ\s+trì|phối\s+hợp)(?:\s*,\s*phối\s+hợp)?(?:\s+với)?\s*", re.IGNORECASE)


def _states_role_only(text: str, unit: Unit, local: list[Mention]) -> bool:
    """Whether an item only states a role and its partners ("a) Chủ trì, phối hợp với các sở, ban,
    ngành, UBND các xã, phường và cơ quan, đơn vị có liên quan"), its points following under it."""
    opening = _ROLE_TITLE.match(text, unit.body_start, unit.end)
    if opening is None:
        return False
    end = unit.body_start + len(text[unit.body_start : unit.end].rstrip(" *:.\n"))
    if opening.end() >= end:
        return True
    listed, pos = _subject_list([m for m in local if m.start >= opening.end()], text, opening.end())
    return bool(listed) and (pos >= end or _UNNAMED_REST.fullmatch(text, pos, end) is not None)


def _assign_execution(text: str, unit: Unit, execution: re.Match, mentions: _Mentions, collector: Collector) -> None:
    """The bodies named before "… chịu trách nhiệm thi hành Quyết định này" ("Chánh
    Văn phòng …; Giám đốc các Sở: …; …"), as its executors."""
    at = unit.body_start + execution.start()
    sentence_start = max(unit.body_start, text.rfind(". ", unit.body_start, at) + 1, text.rfind(".\n", unit.body_start, at) + 1)
    task = _task_phrase(text, at, _first_sentence_end(text, at, unit.end))
    for mention in mentions.between(sentence_start, at):
        collector.add(mention, EXECUTOR, task, (sentence_start, unit.end), unit.section)


# A point's topic before its subject: "c) Đối với Bộ tiêu chí quốc gia … cấp xã: Bộ Văn hóa, Thể thao và Du lịch chủ trì …".
_TOPIC = r"Đối\s+với\s+[^.;:\n]{2,150}:\s*"
_TOPIC_BEFORE_SUBJECT = re.compile(_TOPIC)


def _opens_with_subject(text: str, unit: Unit, local: list[Mention]) -> bool:
    """Whether an item opens on its bodies, after its topic if any ("c) Đối với …: Bộ X chủ trì …")."""
    opening = _opening(text, unit.body_start)
    if _subject_list(local, text, opening)[0]:
        return True
    topic = _TOPIC_BEFORE_SUBJECT.match(text, opening, unit.end)
    return topic is not None and bool(_subject_list(local, text, topic.end())[0])


_MARKS = re.compile(r"[\s*\-+•]*(?:" + _ORDINAL_MARK + ")?")


def _opening(text: str, start: int) -> int:
    """Where the words of an item start, after emphasis and list marks."""
    return start + len(_MARKS.match(text[start : start + 30]).group(0))


def _words_start(text: str, unit: Unit) -> int:
    """Where an item's words start, after its list marks and a point of its own ("(2)", "Đồng thời,")."""
    return _POINT.match(text, _opening(text, unit.body_start)).end()


def _first_sentence_end(text: str, start: int, end: int) -> int:
    match = re.search(r"[.;](?=\s)", text[start:end])
    return start + match.start() if match else end


_CONTENT_LINE = re.compile(r"[\s*]*(?:Nội\s+dung|Nhiệm\s+vụ|Tên\s+nhiệm\s+vụ)\s*(?:\*\*)?\s*:\s*", re.IGNORECASE)


# A short line that reads as a name: a capitalised word and a few more ("Ban Chỉ đạo quốc gia.").
_NAME_LINE = re.compile(rf"[\s*]*[{UPPER}][\w]*(?:[ \t]+[\w-]+){{0,6}}[\s*.;]*")


def _listed_bodies(text: str, unit: Unit, local: list[Mention]) -> list[Mention]:
    """The bodies the unit lists when its text is that list and nothing more ("- Bộ Ngoại giao."), else none."""
    subjects, pos = _subject_list(local, text, _opening(text, unit.body_start))
    return subjects if subjects and not _WORD.search(text, pos, unit.end) else []


_ASKS_BELOW = re.compile(r"(?<!\w)đề\s+nghị[\s*]*:[\s*]*$", re.IGNORECASE)
_ASKS_AT_A_LINE_END = re.compile(_ASKS_BELOW.pattern, re.IGNORECASE | re.MULTILINE)


@lru_cache(maxsize=8)
def _asks_points(text: str) -> bool:
    """Whether any line of the text ends by asking ("… đề nghị:"): most texts have none, and then no point looks up."""
    return _ASKS_AT_A_LINE_END.search(text) is not None


def _asked_by_title(text: str, units: list[Unit], unit: Unit) -> bool:
    """Whether the item a point is under ends by asking ("b) Để làm tốt các nhiệm vụ sắp tới, đề nghị:"):
    the bodies its points open on are asked, as "Đề nghị Ủy ban nhân dân tỉnh …" asks them."""
    if unit.level is None or not _asks_points(text):
        return False
    for previous in reversed(units[: units.index(unit)]):
        if previous.level is not None and previous.level < unit.level:
            return _ASKS_BELOW.search(text, previous.body_start, previous.end) is not None
    return False


def _parent_title(text: str, units: list[Unit], unit: Unit) -> tuple[Optional[str], int]:
    """The task a "Cơ quan chủ trì:" line belongs to (its item's "Nội dung:" /
    "Nhiệm vụ:" line, else the item title) and where that item starts."""
    index = units.index(unit)
    content = None
    level = unit.level or 9
    for previous in reversed(units[:index]):
        body = text[previous.body_start : previous.end]
        line = _CONTENT_LINE.match(body)
        if content is None and line and len(body.strip()) > line.end():
            content = _task_phrase(text, previous.body_start + line.end(), previous.end, limit=160)
        if previous.level is None or previous.level >= level or previous.level >= 5:
            continue
        if _LABEL_LINE.match(body.strip(" *")) or line:
            level = previous.level  # "b) Cơ quan thực hiện:" / "a) Nhiệm vụ: …": look one level up
            continue
        title = _task_phrase(text, previous.body_start, previous.end, limit=160)
        return content or title, previous.start
    return content, unit.start


_LEAD_ROLE = re.compile(
    r"(?:\blà|vai\s+trò(?:\s+của)?)\s+(?:cơ\s+quan|đơn\s+vị)\s+(?:đầu\s+mối\s*,?\s*)?chủ\s+trì\b", re.IGNORECASE
)
# The body that asks others or hands them tasks ("… cũng giao nhiệm vụ cụ thể cho Ban Chỉ đạo 389 các bộ …").
_ASKS_OTHERS = re.compile(
    r"(?:(?:cũng|đã|sẽ)\s+)*(?:đề\s+nghị\b|giao(?:\s+nhiệm\s+vụ)?(?:\s+cụ\s+thể)?\s+cho\b"
    # A notice's sender: "Văn phòng Chính phủ thông báo để các Bộ, cơ quan ⏎ liên quan biết, thực hiện".
    r"|(?:xin\s+)?thông\s+báo\s+(?:để|tới|đến)\b)",
    re.IGNORECASE,
)
# The body that hands a task to another it names ("Bộ Chính trị giao Đảng ủy Chính phủ lãnh đạo, chỉ đạo …",
# "Thường trực Chính phủ yêu cầu Bộ trưởng, …"): the task is the named body's, not the speaker's (a body that
# "chỉ đạo" its units has a task of its own).
_HANDS_TO = re.compile(r"(?:(?:cũng|đã|sẽ|tiếp\s+tục)\s+)*(?:giao|(?P<asks>yêu\s+cầu))\s+(?:cho\s+)?")
_LEADER_DIRECTS = re.compile(
    rf"(?:Thủ\s+tướng|Chủ\s+tịch|Bộ\s+trưởng|Bí\s+thư)(?:\s+Chính\s+phủ)?(?:\s+[{UPPER}][{LOWER}]*){{0,4}}"
    r"\s+chỉ\s+(?:đạo|thị(?!\s+(?:số|\d)))\s+(?:cho\s+)?"
)
# An item that states only an amount after its label ("khoảng 17.151,874 tỷ đồng."): no duty.
_AMOUNT_ONLY = re.compile(
    r"[\s:*]*(?:(?:khoảng|trên|dưới|tối\s+thiểu|tối\s+đa|gần|hơn)\s+)?\d[\d.,]*\s*(?:[^\W\d_]+\s*){0,3}[.;]?[\s*]*", re.I
)
_COMRADE = re.compile(r"(?:các\s+)?đồng\s+chí\b")  # "Bộ Chính trị giao đồng chí được … phân công triệu tập, …"
_MANDATE = re.compile(r"theo\s+chức\s+năng\b", re.IGNORECASE)
# What a legal text lets a body do or gives it: "Ủy ban Thường vụ Quốc hội quyết định việc tham gia …", "Ủy ban nhân dân
# cấp tỉnh được thí điểm thành lập …", "Hiệp hội ngành, nghề được hỗ trợ …".
_POWER = re.compile(
    r"(?:quyết\s+định\s+(?!số\b|tại\b|này\b)|được\s+(?:thí\s+điểm|hỗ\s+trợ|sử\s+dụng|quyền|phép|áp\s+dụng|hưởng|miễn|vay)\b)"
)
# A criteria table's note names the body that guides the criterion, the verb with no object: "Bộ Xây dựng hướng dẫn; UBND
# cấp tỉnh quy định cụ thể …" (a body to issue the guidance).
_GUIDES = re.compile(r"hướng\s+dẫn(?:\s+(?:thực\s+hiện|cụ\s+thể|chi\s+tiết))?[\s*]*(?:[,.;]|$)", re.IGNORECASE)
# A notice's closing formula: "Văn phòng Chính phủ thông báo để Ủy ban nhân dân tỉnh X và các Bộ, cơ quan liên quan
# biết, thực hiện./.": the bodies told to carry the conclusions out (a body told only "để … biết" is a recipient).
_NOTICE_TO_ACT = re.compile(r"(?<=\s)thông\s+báo\s+(?:để|tới|đến)\s+")
_TOLD_TO_ACT = re.compile(r"[\s,]*biết\s*(?:,|và)\s*(?:chỉ\s+đạo\s+|tổ\s+chức\s+)?thực\s+hiện\b", re.IGNORECASE)
# The acts of an authority a proposal asks for (submit, issue, approve, consider, recognise …).
_AUTHORITY_ACT = re.compile(
    r"[\s*]*(?:sớm\s+)?(?:trình|ban\s+hành|xem\s+xét|phê\s+duyệt|quyết\s+định|chấp\s+thuận|cho\s+phép|cho\s+ý\s+kiến"
    r"|thông\s+qua|công\s+nhận|thẩm\s+định)\b"
)
# Verbs of saying and judging: a body quoted in a news report, not given a task.
_SAYS = re.compile(
    r"(?:cho\s+biết|cho\s+rằng|khẳng\s+định|nhấn\s+mạnh|thông\s+tin|phát\s+biểu|chia\s+sẻ|đánh\s+giá|nhận\s+định"
    r"|báo\s+cáo|dự\s+báo|dự\s+kiến|ước\s+tính|thống\s+kê|nêu\s+rõ|lưu\s+ý|kiến\s+nghị|đề\s+xuất|trả\s+lời|giới\s+thiệu"
    r"|là\b|có\b|được\b|sẽ\b)"
)
_REPORTED_SPEECH = re.compile(r"(?<=\s)(?:nêu\s+rõ|nhấn\s+mạnh|chỉ\s+rõ|lưu\s+ý)\s*[,:]\s+")
# A request made by a central leader or body, whose addressee a province's committee is, whoever issued the page.
_CENTRAL_REQUESTER = re.compile(r"\b(?:(?:Phó\s+)?Thủ\s+tướng|Tổng\s+Bí\s+thư|Chủ\s+tịch\s+nước|Chính\s+phủ|Bộ\s+trưởng)\b")
_MODAL_PARTNER = re.compile(r"\b(?:phải|cần)\s+(?:(?:chủ\s+động|tích\s+cực|tiếp\s+tục)\s+)?phối\s+hợp\b")
# A request inside a sentence ("…, đề nghị Bộ Tài chính …"), or a sentence that hands a task on by name ("Giao nhiệm vụ
# Ban Quản lý các Khu công nghiệp tỉnh yêu cầu các doanh nghiệp …").
_REQUEST_IN_SENTENCE = re.compile(
    r"(?:(?<=\s)|^(?=Giao\s+nhiệm\s+vụ\s))(giao|(?:(?<=:\s)|^)Giao|đề\s+nghị|Đề\s+nghị|yêu\s+cầu|ủy\s+quyền|uỷ\s+quyền)"
    r"(?:\s+nhiệm\s+vụ(?=\s+[" + UPPER + r"]))?\s*:?\s+(?:cho\s+)?"
)
# What a subject list may leave of a name that runs on ("Phòng Kế hoạch| và phát triển tài nguyên du lịch;",
# "Trung tâm Kiểm nghiệm thuốc|, mỹ phẩm, thực phẩm;"): lower-case words after "và" or commas, no role word.
_NAME_WORDS = r"(?!(?:các|những|chủ\s+trì|phối\s+hợp|thực\s+hiện|tham\s+mưu|có|chịu)\b)[" + LOWER + r"][^\s,;.:]*"
_NAME_RUNS_ON = re.compile(
    rf"và\s+{_NAME_WORDS}(?:\s+[^\s,;.:]+){{0,6}}[\s;.*]*"
    rf"|(?:,\s*{_NAME_WORDS}(?:\s+[" + LOWER + r"][^\s,;.:]*){0,2})+[\s;.*]*"
)
# An item that opens on "Chỉ đạo" asks its reader to direct the body it names.
_DIRECTING_OPENING = re.compile(r"Chỉ\s+đạo\s+(?:cho\s+)?")
# "Khuyến khích" opens a request to bodies outside the issuer's authority (mass
# organisations, associations, enterprises), as "Đề nghị" does.
_REQUEST_CUE = re.compile(
    r"(Đề\s+nghị|đề\s+nghị|Khuyến\s+khích|khuyến\s+khích|Giao|giao|Yêu\s+cầu|yêu\s+cầu|[ỦUủu][ỷy]?y?\s+quyền|Uỷ\s+quyền|Ủy\s+quyền)\s*:?\s+(?:cho\s+)?"
)


# Another text as the subject of a sentence before the tasks part ("Quyết định có hiệu lực kể từ ngày ký
# và giao Ủy ban nhân dân các tỉnh …" in a letter that relays it): that text's assignments, told as
# background, not this one's.
_OTHER_TEXT_SUBJECT = re.compile(
    r"[\s*\-+•]*(?:Quyết\s+định|Nghị\s+quyết|Nghị\s+định|Chỉ\s+thị|Thông\s+tư|Kết\s+luận|Luật|Công\s+điện)\b"
    r"(?![^,.;:]{0,40}?\bnày\b)"
)


# "Điều 2. …", or a heading line of its own ("**Điều 4**", "**Điều ****5**") with the title on the next line.
_ARTICLE = re.compile(r"^[\s*#|]*Điều[\s*]+\d+[\s*]*(?:\.|$)", re.MULTILINE)


@lru_cache(maxsize=8)
def _has_articles(text: str) -> bool:
    """Whether the text is a legal text in articles ("Điều 2. …"): its numbered points are clauses (khoản)."""
    return len(_ARTICLE.findall(text)) >= 2


# A notice of a leader's conclusions ("THÔNG BÁO ⏎ KẾT LUẬN CỦA THỦ TƯỚNG CHÍNH PHỦ …", "KẾT LUẬN CỦA BỘ CHÍNH TRỊ"):
# its numbered points are directions.
_CONCLUSION_HEADING = re.compile(r"^[\s*#|]*(?:THÔNG[\s*]+BÁO[\s*]+)?(?:Ý[\s*]+KIẾN[\s*]+)?KẾT[\s*]+LUẬN[\s*]+CỦA\b", re.MULTILINE)


def _is_conclusion(text: str) -> bool:
    """Whether the text is a notice of a leader's conclusions (``_CONCLUSION_HEADING``, near its top)."""
    return _CONCLUSION_HEADING.search(text, 0, 3000) is not None


# A sentence that ends on a colon introduces the points after it.
_OPENS_POINTS = re.compile(r":[\s*]*$")


@lru_cache(maxsize=4)
def _has_tasks_part(text: str) -> bool:
    """Whether the text assigns tasks of its own (a tasks part, a directive's points): a text that only
    reports a decision (a news page) gives that decision's assignments, as the gold reads them."""
    return any(unit.implementation for unit in units(text))


# A basis that opens a clause before its subjects: "Căn cứ Kế hoạch này, …", "Trên cơ sở đó, …".
# "… giao các sở, ban ngành …. Cụ thể: Sở A, Ban B phải đẩy mạnh …" opens the list of the bodies too.
# A news report links its sentences with a connective before the subject ("Theo đó, Sở X chủ trì …",
# "Trong đó, Cục Hải quan Hà Nội được giao chủ trì, …").
_TIME_LIMIT_DAYS = r"(?:thời\s+hạn\s+)?\d{1,3}\s+ngày(?:\s+làm\s+việc)?"  # "05 ngày làm việc", "thời hạn 10 ngày"
_OPENING_BASIS = re.compile(
    # ("Với vai trò “chủ công” trong việc tham mưu …, Sở Thông tin và Truyền thông được UBND tỉnh giao …": its role.)
    r"(?:(?:Căn\s+cứ|Trên\s+cơ\s+sở|Với\s+vai\s+trò)\b(?:[^,.;:\n]|\n(?![\s*]*\n)){0,100},\s*|Cụ\s+thể\s*:\s*"
    # A news report introduces the directions it lists: "Chỉ thị nêu rõ tiến độ xây dựng kế hoạch như sau: Sở X chủ trì …".
    r"|[^.;:\n]{0,100}?\bnhư\s+sau\s*:\s*"
    r"|(?:Theo\s+đó|Trong\s+đó|Bên\s+cạnh\s+đó|Cùng\s+với\s+đó|Ngoài\s+ra|Mặt\s+khác)\s*,\s*"
    # A conclusion answers a province's request under its topic ("2. Về dự án … Nghi Sơn: Bộ Xây dựng khẩn trương
    # rà soát …"), whose words may hold commas.
    r"|Về\s+(?:[^:\n]|\n(?![\s*]*\n)){2,300}:\s*"
    # A direction's topic or its time before the body it is given to ("Về giá xăng dầu, Bộ Công Thương xây dựng …",
    # "Hết năm 2019, Bộ GTVT sẽ phải hoàn thành …").
    r"|Về\s+[^,.;:\n]{2,60},\s*|(?:Hết|Trong|Đến|Từ\s+nay\s+đến)\s+(?:năm|quý|tháng)\s+[^,.;:\n]{1,25},\s*"
    # The case a duty is for: "Đối với trường hợp thuê chuyên gia là người nước ngoài, Trung tâm … có trách nhiệm …".
    r"|Đối\s+với\s+[^,.;:\n]{2,80},\s*"
    # … or its topic before a colon (_TOPIC).
    rf"|{_TOPIC}"
    # "Trước ngày 10/4/2025, Bộ Tư pháp chủ trì, …", "Chậm nhất ngày 30/6/2025, …": the date the task is due by.
    r"|(?:Trước|Chậm\s+nhất|Đến|Trong)\s+ngày\s+[^,.;:\n]{1,25},\s*"
    # How often, before the body that reports: "Định kỳ 6 tháng, hằng năm, Sở X chủ trì tổng hợp …".
    r"|(?:(?:Định\s+kỳ|[Hh][ằà]ng\s+(?:năm|quý|tháng|tuần))\b[^,.;:\n]{0,25},\s*)+"
    # A procedure's time limit: "Trong 05 ngày làm việc, kể từ ngày nhận đủ hồ sơ, Sở X chủ trì …".
    rf"|(?:Trong|Sau)\s+{_TIME_LIMIT_DAYS}(?:\s*,\s*kể\s+từ\s+[^,.;:\n]{{1,100}})?,\s*"
    # … after the basis ("Trên cơ sở Quyết định phê duyệt danh sách …, trong 05 ngày làm việc, Sở X chủ trì …").
    rf")(?:[Tt]rong\s+{_TIME_LIMIT_DAYS},\s*)?"
)

# The remit a duty is given within, after the case it is for: "Trường hợp có yêu cầu đặc biệt …, trong phạm vi chức năng,
# nhiệm vụ, Bộ Quốc phòng, Bộ Công an chủ trì …" (the bodies after it are the subjects).
_REMIT_ASIDE = re.compile(
    r"(?<!\w)[Tt]rong\s+phạm\s+vi\s+(?:chức\s+năng|nhiệm\s+vụ|thẩm\s+quyền|quyền\s+hạn|trách\s+nhiệm)[^.;:\n]{0,80}?,\s*(?=[" + UPPER + r"])"
)


# The duty that closes the list of bodies an issuer gives a task to ("Giao A, B, … có trách nhiệm …").
_GIVEN_DUTY = re.compile(r"\s(?:(?:có|chịu)\s+trách\s+nhiệm|chủ\s+trì|phối\s+hợp|thực\s+hiện|tổ\s+chức|triển\s+khai)\b")
_LIST_GOES_ON = re.compile(r"[\s*]*(?:,|và)")


# "…, đồng thời, cần tập trung thực hiện một số nội dung sau:": the request's own duty comes before its points.
_DUTY_BEFORE_POINTS = re.compile(r"[,;]\s*đồng\s+thời\b")


_PASSIVE_AGENT_BEFORE = re.compile(r"(?<!\w)do\s+$")


def _assigned_list_rest(
    subjects: list[Mention], pos: int, local: list[Mention], text: str, end: int
) -> tuple[list[Mention], int]:
    """After "Giao", the list of bodies runs to the duty even past members that are not names
    ("Giao Thường trực Hội đồng nhân dân Thành phố, các Ban của …, các Tổ đại biểu …, Hội đồng nhân
    dân cấp xã có trách nhiệm giám sát"): the bodies named in it are all given the duty."""
    duty = _GIVEN_DUTY.search(text, pos, end)
    if duty is None or duty.start() == pos or not _LIST_GOES_ON.match(text, pos) or re.search(r"[.;:]", text[pos : duty.start()]):
        return subjects, pos
    # "… và các cơ sở do Bộ Khoa học và Công nghệ lựa chọn": the body that chooses is not one of the list.
    listed = [m for m in local if pos <= m.start and m.end <= duty.start() and not _PASSIVE_AGENT_BEFORE.search(text, pos, m.start)]
    return subjects + listed, duty.start()


# A proposal that the authority assign a body ("kiến nghị Thủ tướng giao Bộ Công Thương …", "đề xuất Ủy ban
# nhân dân tỉnh giao …"): the body is not given the task by this text. In a text with no tasks part of its
# own (a news page) "đề nghị" quotes a proposal too.
# "kiến nghị …", "đề xuất …" and "phương án giao Bộ X quản lý …" (a way of assigning, to be studied) give no task;
# nor does a request named as a topic ("2. Về đề nghị Bộ Nội vụ tham mưu …: Bộ Nội vụ nghiên cứu …"), whose answer does.
_PROPOSAL = re.compile(r"\b(?:kiến\s+nghị|đề\s+xuất)\b[^.;:,]{0,80}$|\bphương\s+án\s*$|(?<!\w)về\s+$", re.IGNORECASE)
_REQUEST_BEFORE = re.compile(r"\bđề\s+nghị\b[^.;:,]{0,80}$", re.IGNORECASE)


def _proposed(text: str, before: str) -> bool:
    """Whether the cue after ``before`` is inside a proposal, not an assignment."""
    return _PROPOSAL.search(before) is not None or (_REQUEST_BEFORE.search(before) is not None and not _has_tasks_part(text))


# The kind of bodies an assignment is given to, then their names: "các cơ sở đào tạo trọng điểm gồm: …".
_MEMBERS_LISTED = re.compile(r"(?:các\s+)?[" + LOWER + r"][^.;:\n]{0,60}?\s(?:bao\s+)?gồm\s*:?\s*")


def _assign_clause(
    text: str, clause: tuple[int, int], local: list[Mention], unit: Unit, collector: Collector,
    subjects_known: bool = False, listed_role: Optional[str] = None, asked_above: bool = False,
) -> Optional[_Assigned]:
    """Roles stated in one clause; returns the subjects it assigned (and whether
    they were asked with "Đề nghị") so that the items under it can inherit them.
    A clause without subjects of its own names partners only when the item has not
    named its subjects before (``subjects_known``): then the clause is theirs. Bodies
    that open a bullet under a "Cơ quan thực hiện:" line take its role (``listed_role``)
    unless the clause states one."""
    if not local:
        return None
    start, end = clause
    sentence = text[start:end]
    if _EXECUTION.search(sentence):
        for mention in local:
            collector.add(mention, EXECUTOR, _task_phrase(text, _EXECUTION.search(sentence).start() + start, end), clause, unit.section)
        return None
    # "UBND tỉnh giao …": the issuer before its request (not a committee named as a subject: "Ủy ban nhân dân thành
    # phố Hà Nội, … trực tiếp hỗ trợ …").
    lead_in = re.match(
        r"[\s*\-+•]*(?:\((?:\d{1,2}|[ivx]{1,5})\)\s*)?(?:" + _ORDINAL_MARK + r")?(?:(?:Ủy\s+ban\s+nhân\s+dân|UBND)\s+(?:tỉnh|thành\s+phố)\s+(?=" + _REQUEST_CUE.pattern + r"))?",
        sentence,
    )
    candidates = []
    opening = start + lead_in.end()
    basis_end = answered_end = None
    request = re.match(_REQUEST_CUE, text[opening:end])
    listed = unit.label is not None or unit.level is not None
    directing = None
    if not request and listed and opening == _words_start(text, unit):
        directing = _DIRECTING_OPENING.match(text, opening, end)
    if request:
        candidates.append((opening + request.end(), True, " ".join(request.group(1).lower().split())))
    elif directing:
        # "2. Chỉ đạo Ban Quản lý dự án … số 1 đẩy nhanh tiến độ …", "- Chỉ đạo Sở …": an item or bullet that opens
        # so asks its reader to direct the body named (not "Bộ Tài chính … . Chỉ đạo Tổng công ty …", a body's own
        # subordinates, nor a news paragraph whose subject goes on).
        candidates.append((directing.end(), True, "chỉ đạo bộ phận"))
    else:
        candidates.append((opening, False, None))
        basis = _OPENING_BASIS.match(text, opening, end)
        if basis:
            # "Căn cứ Kế hoạch này, các sở, ban, ngành cấp tỉnh, Ủy ban nhân dân các xã, phường nghiên cứu …"
            basis_end = basis.end()
            inside = next((m for m in local if m.start < basis.end() - 1 < m.end), None)
            if inside is not None and (comma := re.match(r"[\s*]*,\s*", text[inside.end : end])):
                # "Trên cơ sở đề nghị của các Bộ, cơ quan liên quan, Bộ Tài chính khẩn trương …": the comma that
                # seemed to close the basis is inside a name; the basis ends after that name.
                basis_end = inside.end + comma.end()
            candidates.append((basis_end, False, None))
            if basis.group().startswith("Về") and basis.group().rstrip().endswith(":"):
                answered_end = basis_end  # the body after a request's topic is given the answer
        candidates.extend((start + remit.end(), False, None) for remit in _REMIT_ASIDE.finditer(sentence))
    relayed = not unit.implementation and _OTHER_TEXT_SUBJECT.match(sentence) and _has_tasks_part(text)
    for match in [] if relayed else re.finditer(_REQUEST_IN_SENTENCE, sentence):
        if _proposed(text, sentence[: match.start()]):
            continue
        if match.group(1) == "yêu cầu" and _has_tasks_part(text) and _OPENS_POINTS.search(sentence) and not (
            _DUTY_BEFORE_POINTS.search(sentence, match.end())
        ):
            # A text with tasks of its own says "yêu cầu" before its points ("Chính phủ yêu cầu các Bộ …:"); its
            # closing request has a duty of its own ("… yêu cầu các sở, ban, ngành nghiêm túc triển khai thực hiện"),
            # as has a request that gives one before its points ("… tiếp tục chỉ đạo …; đồng thời thực hiện … sau:").
            continue
        candidates.append((start + match.end(), True, " ".join(match.group(1).lower().split())))
    for match in _LEADER_DIRECTS.finditer(sentence):
        # "Thủ tướng chỉ đạo Ngân hàng Nhà nước Việt Nam đôn đốc …", "Thủ tướng Chính phủ chỉ thị các bộ, … chỉ định …":
        # a leader's direction is a request.
        candidates.append((start + match.end(), True, "chỉ đạo"))
    if not _has_tasks_part(text):
        # A news report quotes a leader's directions after a word of saying: "Tổng Bí thư nêu rõ, Thường trực
        # Ban Bí thư, … chỉ đạo xây dựng …" (the bodies after it, with their verb, are given the task).
        for match in _REPORTED_SPEECH.finditer(sentence):
            candidates.append((start + match.end(), False, "nêu"))
    notice = _NOTICE_TO_ACT.search(sentence)
    if notice:
        candidates.append((start + notice.end(), True, "thông báo"))
    for list_start, requested, cue in list(candidates):
        members = _MEMBERS_LISTED.match(text, list_start, end) if cue == "giao" else None
        if members:
            # "Giao các cơ sở đào tạo trọng điểm gồm: Đại học Bách Khoa Hà Nội, …": the bodies listed are given it.
            candidates.append((members.end(), True, cue))
    for list_start, requested, cue in candidates:
        subjects, pos = _subject_list([m for m in local if m.start >= list_start], text, list_start)
        if cue in ("khuyến khích", "chỉ đạo bộ phận"):
            # "Khuyến khích các doanh nghiệp …" is a policy, not a duty; "c) Chỉ đạo các cơ quan thực hiện …" leaves
            # the duty with the reader: only named bodies are asked.
            subjects = [s for s in subjects if not s.generic]
        if cue == "giao" and subjects:
            subjects, pos = _assigned_list_rest(subjects, pos, local, text, end)
        issuers = collector.issuers
        if requested and _CENTRAL_REQUESTER.search(text, start, list_start):
            issuers = issuers - PROVINCIAL_COMMITTEES  # "Phó Thủ tướng … yêu cầu tỉnh Lào Cai chỉ đạo …"
        if not subjects or all(subject.canonical in issuers for subject in subjects):
            continue  # "Quốc hội cơ bản tán thành …, đồng thời, đề nghị Chính phủ …": the issuer asks the bodies after it
        if cue == "đề nghị" and list_start > opening and _AUTHORITY_ACT.match(text, pos, end):
            # "…, đề nghị Ủy ban nhân dân Thành phố trình Hội đồng nhân dân …", "do đó đề nghị Bộ Công Thương sớm
            # ban hành văn bản …": asking an authority to act on a proposal, not giving it a task.
            continue
        predicate = text[pos:end]
        predicate_clean = _ASIDE.sub("", _POINT.sub("", predicate.lstrip(" ,:*\n"), count=1))
        # "Bộ Xây dựng: Khẩn trương thành lập …": after a colon the duty may open capitalised.
        listed_duty = re.match(r"[\s*]*:[\s*]*(?:\(\d{1,2}\)[\s*]*)?[" + UPPER + r"][" + LOWER + r"]", predicate) is not None
        # (The points under "b) Để làm tốt các nhiệm vụ sắp tới, đề nghị:" are asked too, unless one says "Giao".)
        asked = (requested and cue is not None and cue.startswith(("đề", "khuyến"))) or (asked_above and cue is None)
        role = _stated_role(predicate) or (listed_role if not requested else None) or _role_of(predicate, asked)
        explicit = bool(
            listed_role
            or requested
            or _LEAD_OPENING.match(predicate_clean)
            or _PARTNER_OPENING.match(predicate_clean)
            or _DUTY_VERB.match(predicate_clean)
            # "Bộ Nội vụ theo chức năng nhiệm vụ được giao khẩn trương nghiên cứu …": only a body given a
            # task is told to act within its remit.
            or _MANDATE.match(predicate.lstrip(" ,*\n"))
            or _GUIDES.match(predicate_clean)
            # "5. Về điều chuyển số vốn dư …: Ủy ban nhân dân tỉnh Thanh Hóa rà soát và khẩn trương thực hiện …"
            or (list_start == answered_end and re.match(r"[" + LOWER + r"]", predicate_clean) is not None)
            or (
                cue == "nêu" and all(not s.generic for s in subjects)
                and re.match(r"[" + LOWER + r"]", predicate_clean) is not None and not _SAYS.match(predicate_clean)
            )
        )
        if cue == "thông báo":
            if not _TOLD_TO_ACT.match(predicate):
                continue
            role = IMPLEMENTER
        handed = _HANDS_TO.match(text, pos + len(predicate) - len(predicate.lstrip(" ,:*\n")))
        # (A body given the task of asking others keeps it: "Giao nhiệm vụ Ban Quản lý các Khu công nghiệp tỉnh yêu
        # cầu các doanh nghiệp …".)
        handed = None if handed and handed.group("asks") and requested else handed
        if handed and (any(m.start == handed.end() for m in local) or _COMRADE.match(text, handed.end())):
            continue  # the speaker who hands the task on ("Bộ Chính trị giao Ban Tổ chức Trung ương: …")
        if predicate.lstrip(" *").startswith(":") and _AMOUNT_ONLY.fullmatch(predicate_clean):
            continue  # "+ Thành phố Cao Lãnh: khoảng 17.151,874 tỷ đồng.": a place's share of the funding, no duty
        if _NAME_RUNS_ON.fullmatch(predicate.strip(" *\n")):
            # "b) Phòng Kế hoạch và phát triển tài nguyên du lịch;", "a) Trung tâm Kiểm nghiệm thuốc, mỹ phẩm, thực
            # phẩm;": a name that runs on, no duty.
            continue
        if re.match(r"(?:đã|vừa|đang|(?:xin\s+)?trân\s+trọng)\b", predicate_clean) or _ASKS_OTHERS.match(predicate_clean):
            # A report, the body that asks ("Sở Nội vụ đề nghị các doanh nghiệp …"), or a notice's
            # sender ("Văn phòng Chính phủ trân trọng thông báo để các đồng chí biết").
            continue
        if not requested and _POWER.match(predicate_clean):
            continue  # a power or a benefit the text grants, not a duty ("Hội đồng nhân dân cấp tỉnh quyết định sử dụng …")
        # Outside the tasks part a bullet that opens on named bodies and their verb is a task given to
        # them ("- Mặt trận Tổ quốc, Đoàn Thanh niên, Hội Phụ nữ hỗ trợ người dân …" in a plan's activities).
        # So does a lettered point ("b) Ủy ban nhân dân cấp xã tổ chức lập đề án …" in a resolution's articles).
        # So does a sub-bullet ("+ Sở Xây dựng: hướng dẫn …" under "- Phối hợp hướng dẫn …. Trong đó:").
        # In a legal text's articles a numbered clause that opens on named bodies and their verb is a duty of
        # theirs too ("4. Bộ Quốc phòng, Bộ Công an, Bộ Y tế … chỉ đạo các đơn vị giám định …" in a resolution's
        # policy article). A collective after the named bodies shares the task ("c) Bộ Y tế, Bộ Nông nghiệp và Môi
        # trường, các bộ, cơ quan liên quan xuất cấp …").
        # (Not the units an organisation article lists: "đ) Phòng Quản lý thi và Kiểm định chất lượng giáo dục;".)
        bullet_of_bodies = (
            not unit.roster
            and (
                (unit.level or 0) >= _LEVELS_LETTER
                or (unit.level == _LEVELS_ARABIC and (_has_articles(text) or _is_conclusion(text)))
                or (unit.label or "").startswith("(")  # "(vii) Hội đồng thẩm định Nhà nước thẩm định, trình …"
            )
            and not requested and list_start == opening
            and opening == _POINT.match(text, unit.body_start).end()
            and not subjects[0].generic and (re.match(r"[" + LOWER + r"]", predicate_clean) is not None or listed_duty)
        )
        # A news report goes on with the directions it reports: after "UBND tỉnh yêu cầu …", a paragraph that
        # opens on a named body and its verb ("Sở KH&ĐT định kỳ 1 tháng/lần tổ chức hội nghị giao ban …") is
        # one more of them (not a speaker: "Sở X cho biết …").
        # So does a later sentence of the paragraph whose request named bodies ("Tổng Bí thư yêu cầu: Thủ tướng …
        # . Bộ trưởng Bộ Tài chính chỉ đạo bố trí …").
        reported_direction = (
            not requested and list_start in (opening, basis_end)
            and (
                opening == _opening(text, unit.body_start)
                or (subjects_known and list_start == opening and text[:start].rstrip(" *\n").endswith("."))
            )
            and unit.level is None
            and not _has_tasks_part(text) and any(key[0] < start for key in collector.groups)
            and all(not s.generic for s in subjects) and re.match(r"[" + LOWER + r"]", predicate_clean) is not None
            and not _SAYS.match(predicate_clean)
        )
        # An item that gave a task goes on after a semicolon with another body and its verb ("… đề nghị các Tập
        # đoàn … hoàn thành trong tháng 12 năm 2025; Bộ Khoa học và Công nghệ hướng dẫn các Tập đoàn nêu trên …"),
        # or with its share of a quota, the verb left out ("… được giao 21.000 tỷ đồng; Chi cục B 14.500 tỷ đồng").
        next_body = (
            subjects_known and not requested and list_start == opening and not subjects[0].generic
            and text[:start].rstrip(" *\n").endswith(";") and re.match(r"[\d" + LOWER + r"]", predicate_clean) is not None
            and not _SAYS.match(predicate_clean)
        )
        if not (explicit or bullet_of_bodies or reported_direction or next_body or (
            unit.implementation and (re.match(r"[" + LOWER + r"]", predicate_clean) or listed_duty)
        )):
            continue
        if _gives_points(text, unit, cue, predicate):
            # "2. Giao Bộ Văn hoá, Thể thao và Du lịch:" then "a) Chủ trì, …": the points state the tasks and roles.
            return _Assigned(subjects, asked, role)
        task = _task_phrase(text, pos, end)
        for subject in subjects:
            collector.add(subject, role, task, clause, unit.section, issuers=issuers)
        for partner in _partners(local, text, (pos, end), {s.start for s in subjects}):
            collector.add(partner, PARTNER, task, clause, unit.section)
        return _Assigned(subjects, asked, role)
    lead_role = _LEAD_ROLE.search(sentence)
    if lead_role:
        # "Sở X … làm tốt vai trò của cơ quan chủ trì tổ chức triển khai …": the body named last before it.
        named = [m for m in local if m.end <= start + lead_role.start() and not m.generic]
        if named:
            collector.add(named[-1], LEAD, _task_phrase(text, start + lead_role.end(), end), clause, unit.section)
            return None
    # A task point that opens on "Phối hợp với …" names partners of the plan's own tasks, in its tasks
    # sections too ("- Phối hợp với Sở Nội vụ và các cơ sở đào tạo … trong đào tạo nguồn nhân lực").
    partner_point = unit.level is not None and unit.level >= 4 and clause[0] == unit.body_start and _PARTNER_OPENING.match(
        sentence[_POINT.match(sentence).end() :]
    )
    # A report of directions without tasks of its own names partners of an unnamed subject's duty ("Việc này,
    # địa phương phải phối hợp với Công ty CP Becamex Bình Định thực hiện"): the duty is the direction's.
    reported_duty = _MODAL_PARTNER.search(sentence) is not None and not _has_tasks_part(text)
    # "…; gửi Ban Quản lý dự án số 1, Công an tỉnh … để các đơn vị phối hợp triển khai": sent to, to work with.
    sent_to_work_with = _SENT_TO_WORK_WITH.search(sentence) is not None
    if ((unit.implementation or partner_point) and not subjects_known) or reported_duty or sent_to_work_with:
        for partner in _partners(local, text, clause, set()):
            if partner_point and not unit.implementation and partner.canonical in collector.issuers:
                continue  # "Phối hợp với Sở X" in Sở X's own letter: the addressee's partner is the issuer
            collector.add(partner, PARTNER, _task_phrase(text, start, end), clause, unit.section)
    return None
