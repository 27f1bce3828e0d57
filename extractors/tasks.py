"""Tasks with their responsible bodies and deadlines, and dated commitments
without a quantity.

Two sources:

* *Assignments* (``extractors.agencies.iter_assignments``): an item, clause
  or table row that gives a task to bodies. ``lead_agencies`` are the bodies
  that lead it (chủ trì, or the bodies assigned without a role word);
  ``partner_agencies`` those that take part (phối hợp). The deadline is the
  row's time cell, the item's "Thời gian thực hiện:" line, or a dated phrase
  with a deadline cue in the clause ("trước ngày 30/6/2026", "trong quý IV
  năm 2025", "Tháng 12 hằng năm", "Thường xuyên").
* *Commitments*: a sentence or bullet that commits to something by a date
  without a quantity ("Phấn đấu đến năm 2030, … được vận hành hoàn toàn trên
  môi trường số", "Hoàn thành trong quý IV năm 2027"), including bullets of a
  goal heading that names the year ("Mục tiêu cụ thể đến năm 2030").
  Bullets with a quantity are targets, not tasks; reporting dates and
  relative timing are left out.
* *Event times*: the day a plan's event is held, on its "Thời gian kiểm tra:"
  or "Thời gian:" line."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from typing import Iterator, Optional, Sequence

from extractors.agencies import assignment_table_spans, collect, iter_assignments, outline
from extractors.agencies.model import IMPLEMENTER, LEAD, PARTNER, Collector, Spans, Unit
from extractors.canonical import repair_charmap
from extractors.timeexpr import Deadline, TimeExpression, iter_time_expressions, parse_deadline


@dataclass(frozen=True)
class TaskAnnotation:
    start: int
    end: int
    text: str
    deadline: Optional[str]
    deadline_year: Optional[int]
    deadline_date: Optional[date]
    lead_agencies: tuple[str, ...]
    partner_agencies: tuple[str, ...]
    section: Optional[str]
    clause_start: int
    clause_end: int


_TIME_LINE = re.compile(
    r"Thời\s+(?:gian|hạn)(?:\s+(?:thực\s+hiện|hoàn\s+thành))?(?:\s+xong)?\s*(?:\*\*)?\s*"
    r"(?::\s*|(?=(?:trước|trong|chậm\s+nhất|vào)\s)"  # "Thời gian hoàn thành xong trước ngày 05/10/2026"
    # "Thời gian hoàn thành ban hành kế hoạch chậm nhất là ngày 30/01/2026": what is to be done, then the bound.
    r"|(?:[^\W\d_]+\s+){1,8}?(?=chậm\s+nhất\s))"
    r"(?P<value>[^\n]+(?:\n(?![\s*]*[-+•])[^\n]+)*)",
    re.IGNORECASE,
)
# Words just before a time expression that make it a deadline.
_DEADLINE_CUE = re.compile(
    r"(?:hoàn\s+thành:?|trước|chậm\s+nhất|trong|(?:đến|tới)(?:\s+hết)?|vào|xong|(?:tiến\s+độ|khởi\s+công|nghiệm\s+thu|bàn\s+giao)[^:]{0,60}:|thời\s+gian[^:]{0,20}:|dự\s+kiến[^:]{0,20}:?)"
    r"\s*(?:\(?\s*từ\s+[^)]{0,40}?đến\s*)?$",
    re.IGNORECASE,
)
# Words that make the time after them a completion date: "hoàn thành trong năm 2026", "trước năm 2030".
_COMPLETION_BEFORE = re.compile(r"(?:hoàn\s+thành|xong|trước|chậm\s+nhất)(?:\s+(?:trong|vào|đến|trước))?\s*(?:năm\s*)?$", re.IGNORECASE)
_STARTS_FROM = re.compile(r"(?:kể|ngay|bảo\s+đảm|đảm\s+bảo)\s+từ\s+(?:ngày\s+|năm\s+)?\d", re.IGNORECASE)
# The date an obligation or a task starts from: "Kể từ ngày 01 tháng 01 năm 2030: Thực hiện …", "bảo đảm từ
# ngày 01 tháng 01 năm 2026, Luật … được thực hiện", "thực hiện ngay từ năm 2025". Not a text's entry into force.
_START_CUE = re.compile(r"(?:kể|ngay|bảo\s+đảm|đảm\s+bảo)\s+từ\s*(?:ngày\s*)?$", re.IGNORECASE)
# A term that describes other tasks the clause refers to ("nhất là 44 nhiệm vụ có thời hạn hoàn thành trong quý II
# năm 2026"), not this clause's own deadline.
_OTHER_TASKS_TERM = re.compile(r"\bcó\s+thời\s+hạn(?:\s+hoàn\s+thành)?\s*(?:trong|trước|vào)?\s*$", re.IGNORECASE)
_IN_FORCE = re.compile(r"hiệu\s+lực", re.IGNORECASE)
# The date texts a task drafts are to take effect by: "trình 06 Nghị định … để có hiệu lực từ 01 tháng 7 năm
# 2026", "sửa đổi, bổ sung … để … có hiệu lực thi hành kể từ ngày 01 tháng 3 năm 2027"; the date what it prepares is to
# start working by ("… chuẩn bị …, bảo đảm để chính quyền địa phương … chính thức hoạt động từ ngày 01 tháng 7 năm 2025").
_EFFECTIVE_BY = re.compile(
    r"(?:\bđể|bảo\s+đảm|đảm\s+bảo)\b[^.;]{0,200}?(?:có\s+hiệu\s+lực(?:\s+thi\s+hành)?|chính\s+thức\s+(?:đi\s+vào\s+)?hoạt\s+động)"
    r"\s+(?:kể\s+)?từ\s*(?:ngày\s*)?$", re.IGNORECASE
)
# A cited document's name: its type in capitals, then its subject; a time that closes it is its horizon. A plan
# named as the object of a task is one too ("điều chỉnh, bổ sung quy hoạch hạ tầng viễn thông … đến năm 2030"), as is
# a strategy ("triển khai các nhiệm vụ thực hiện chiến lược dữ liệu quốc gia đến năm 2030").
_NAMED_DOCUMENT = re.compile(
    r"(?:Nghị\s+quyết|Quyết\s+định|Đề\s+án|Chương\s+trình|[Cc]hiến\s+lược|[Qq]uy\s+hoạch|Kết\s+luận|Chỉ\s+thị|Luật)\s"
)
_NAME_HORIZON = re.compile(r"(?:(?:tầm\s+nhìn|định\s+hướng)\s+)?đến\s+(?:năm\s+)?$", re.IGNORECASE)
# What ends a document's name before the time: a clause break, or a commitment or deadline word of the task.
_NAME_BREAK = re.compile(
    r"[;:.]\s|(?i:phấn\s+đấu|hoàn\s+thành|hoàn\s+thiện|xong|trước|chậm\s+nhất|trong(?=\s+(?:năm|quý|tháng|ngày))|này)\b"
)
_REFERENCE_AFTER = re.compile(r"\s*(?:của|về|,\s*của)\s", re.IGNORECASE)
# A cited text's name (capitalised: "Quyết định …", not "dự án luật trình …" or "chỉ đạo của …"; "Nghị quyết này" is the
# text itself), or an indicator's horizon ("chỉ tiêu sử dụng đất đến năm 2030").
_REFERENCE_BEFORE = re.compile(r"\bsố\s*[\d/.-]*\s*$|(?:định\s+hướng|tầm\s+nhìn|giai\s+đoạn)\s+(?:đến\s+)?(?:năm\s+)?$|(?-i:Quyết|Nghị|Thông|Chỉ|Kế|Luật)\s+\w+\b(?!\s+này\b)[^,;]{0,30}$|chỉ\s+tiêu\s[^,;]{0,40}$", re.IGNORECASE)
# A number that is not a date, a year, a document number or a duration: the clause states a target.
_NUMBER = re.compile(r"(?<![\w/.,])\d+(?:[.,]\d+)*(?![\w/])(?!(?:\s*(?:đến|-|–)\s*\d+)?\s*(?:ngày|tháng|năm|quý|tuổi)\b)", re.IGNORECASE)
# Words a number names a day, a part or a stage with ("giai đoạn 2", "khu vực 14"), not a quantity.
_DAY_BEFORE = re.compile(r"(?:ngày|tháng|quý|lần\s+thứ|đợt|khoản|điểm|điều|mục|giai\s+đoạn|khu\s+vực)\s*$", re.IGNORECASE)
# A number that ends a capitalised name inside a sentence is part of the name, not a quantity
# (README: "khu vực 14"): "tại Vành đai 1", "trong Khu vực 3".
_WORDS_BEFORE = re.compile(r"[^\W\d_][\s,]+(?P<name>[^\W\d_]+(?:\s+[^\W\d_]+)?)\s+$")
# "165/2024/NĐ-CP", and a Party text's "18-KL/TW".
_DOCUMENT_NUMBER = re.compile(r"\d+(?:/\d+)*(?:-[^\W\d_]+)?/[\wĐđ-]+")
# Both open on a lookahead over the first letters of their words: searched in every
# item's body, the engine turns most positions down on one character test.
_COMMITMENT = re.compile(
    r"(?=[hpđvxtdkns])\b(?:hoàn\s+thành|phấn\s+đấu|ngay\s+(?:trong|từ)|sớm|tiến\s+độ|khởi\s+công|nghiệm\s+thu|đưa\s+(?:dự\s+án\s+)?vào\s+(?:hoạt\s+động|sử\s+dụng|vận\s+hành)|vận\s+hành|xây\s+dựng\s+xong|"
    r"hoàn\s+thiện|hiện\s+đại\s+hóa|triển\s+khai\s+xong|đi\s+vào\s+hoạt\s+động|dự\s+kiến)\b",
    re.IGNORECASE,
)
# "Theo Chương trình …, đến năm 2030, Bình Định sẽ thuộc nhóm dẫn đầu …": what a subject will be by a year is
# a dated aim ("Trong năm 2019, tỉnh cũng sẽ tập trung vào …" is a year's focus, not a date it is due by).
_BY_YEAR_FUTURE = re.compile(r"(?:đến|tới)\s+(?:hết\s+)?(?:năm\s+)?(?:19|20)\d{2}\s*,[^.;,]{0,60}?\bsẽ\b", re.IGNORECASE)
# "quý IV năm 2027 sẽ đưa dự án vào hoạt động": a time that opens a future clause.
_FUTURE_AFTER = re.compile(r"\s*,?\s*(?:sẽ|phải|cần)\s", re.IGNORECASE)
# Clause breaks inside a sentence: brackets, semicolons, "… và quý IV năm 2027 sẽ …", ", dự kiến …", and a "và"
# between two acts each dated ("hoàn thành bộ hồ sơ … vào quý III/2025 và trình Bộ … công nhận vào tháng 12.2025").
_CLAUSE_BREAK = re.compile(  # the lookahead: the characters a break can start with
    r"(?=[\s();,])(?:\s*[();]\s*|,\s+(?=dự\s+kiến)|\s+và\s+(?=(?:quý|năm|tháng|trong|đến)\s[^,;]{0,25}?(?:sẽ|phải)\s)"
    r"|(?<=(?:19|20)\d\d)\s+và\s+(?=[^\W\d_][^;.()]{0,150}?(?:quý|tháng|năm|ngày)\s+[\dIV][^,;]{0,8}?(?:19|20)\d\d))",
    re.IGNORECASE,
)
_OPENING_TIME = re.compile(
    r"[\s*+•-]*(?:(?P<cue>trong|(?:đến|tới)(?:\s+hết)?|trước|vào|từ)\s+)?(?:năm\s*|(?<=hết\s)|"
    r"(?<=\s)(?:quý\s+[IV\d]+(?:\s*/\s*|\s+năm\s+)|tháng\s+\d{1,2}(?:\s*/\s*|\s+năm\s+)))(?:19|20)\d{2}\s*[,:]",
    re.IGNORECASE,
)
# A time that opens an item dates it even without a cue word ("- Năm 2025, triển khai và hoàn thành …") or
# as its start ("- Từ năm 2026, triển khai công tác lập các báo cáo dự báo …"), when it is not a past fact.
_SCHEDULE_WORDS = re.compile(r"^(?:(?:hoàn\s+thành|xong)(?:\s+cơ\s+bản)?(?:\s+(?:trong|vào|trước))?|từ|trước|trong|dự\s+kiến)\s+", re.IGNORECASE)
# Acts of completion with an object; "hoàn thành trong quý II năm 2026" only dates the act before it.
_ACT = (
    r"(?:cơ\s+bản\s+)?(?:hoàn\s+thành(?!\s+(?:trong|trước|vào|chậm|xong|năm|quý|tháng|ngày)\b)|"
    r"đưa\s+(?:dự\s+án\s+)?vào\s+(?:khai\s+thác|hoạt\s+động|sử\s+dụng|vận\s+hành)|khởi\s+công|nghiệm\s+thu|xây\s+dựng\s+xong|triển\s+khai\s+xong)\b"
)
_ACT_AFTER_COMMA = re.compile(r",\s+(?=" + _ACT + ")", re.IGNORECASE)
_AN_ACT = re.compile(_ACT, re.IGNORECASE)
_SUB_ITEM = re.compile(r"\s*\+\s")
_PAST = re.compile(r"\bđã\b", re.IGNORECASE)
# Periodic or progress reporting (README: reporting dates are excluded); a product handed in by a date
# ("hoàn thiện Chiến lược …, báo cáo Thủ tướng Chính phủ trong tháng 5 năm 2026") keeps its date.
_STATUS_REPORT = re.compile(
    # ("báo cáo Thủ tướng Chính phủ kết quả thực hiện …": the addressee may stand before what is reported)
    r"định\s+kỳ|h[ằà]ng\s+(?:tuần|tháng|quý|năm)|(?:báo\s+cáo|gửi|tổng\s+hợp)(?:\s+tổng\s+thể)?(?:\s+[^\s,;.]+){0,4}?\s+(?:về\s+)?(?:tình\s+hình|kết\s+quả|tiến\s+độ)|"
    r"sơ\s+kết|tổng\s+kết|gửi\s+(?:về|kết\s+quả)",
    re.IGNORECASE,
)
# A quantity a target states even when a quarter dates it ("cắt giảm tối thiểu 30% …", "bảo đảm 100% dịch vụ công").
_TARGET_SHAPE = re.compile(r"\d\s*%|(?:tối\s+thiểu|ít\s+nhất|đạt|trên|dưới|khoảng)\s+\d", re.IGNORECASE)
# The acts a directive gives with a date finer than a year ("Khẩn trương báo cáo Chính phủ trong tháng 5 năm
# 2026 nội dung trình …", "trước ngày 10 tháng 5 năm 2026, có hướng dẫn cụ thể các bộ …").
_DIRECTIVE = re.compile(
    r"(?=[kbtchrsxđn])\b(?:khẩn\s+trương|trình|ban\s+hành|hướng\s+dẫn|báo\s+cáo|kiện\s+toàn|rà\s+soát|xây\s+dựng|sửa\s+đổi|"
    r"triển\s+khai|nghiên\s+cứu|đề\s+xuất|tổ\s+chức|xử\s+lý|cơ\s+cấu\s+lại)\b",
    re.IGNORECASE,
)
# A vision or orientation sub-heading inside a goal section dates its items too ("2.2. Định hướng đến năm 2035").
_HORIZON_YEAR = re.compile(r"(?:đến|tới|vào)\s+năm\s+((?:19|20)\d{2})", re.IGNORECASE)
_PARAGRAPH_END = re.compile(r"\n[\s*|#]*\n")
_SEMICOLON_CLAUSE = re.compile(r"[^;]+")
# An act of completion opening a goal sentence, after an optional "Đến năm 2030,": the gold lists
# these as dated commitments, and leaves orientations ("Mở rộng tiếp cận …", "Ứng phó hiệu quả …",
# "… tiếp tục được hiện đại hóa") out.
_COMPLETION = re.compile(
    r"[\s*+•-]*(?:(?:đến|tới|trong)\s+năm\s+(?:19|20)\d{2}\s*,\s*)?(?:"
    r"(?:hoàn\s+thành|hoàn\s+thiện|vận\s+hành|hình\s+thành|xác\s+định|xóa\s+bỏ|thí\s+điểm|phổ\s+cập|đưa\s+vào|"
    r"đánh\s+giá\s+được|xây\s+dựng\s+xong)\b"
    r"|[^.;:]{0,120}?(?<!tiếp\stục\s)\bđược\s+(?:hoàn\s+thiện|hoàn\s+thành|hiện\s+đại\s+hóa|xây\s+dựng\s+xong|đưa\s+vào)\b)",
    re.IGNORECASE,
)
# A sentence ends at its mark, a blank line, or a line that opens a list item ("… như sau:\n* Giai đoạn 1: …").
# "+ Xây dựng đội ngũ nhân lực vận hành …" commits when it is the whole item; a "Xây dựng …" sentence among the
# figures of a long goal paragraph is an orientation (the gold of tw_nq71 and cp_qd893 read them so).
_BUILDS = re.compile(r"[\s*+•-]*(?:(?:đến|tới|trong)\s+năm\s+(?:19|20)\d{2}\s*,\s*)?xây\s+dựng\b", re.IGNORECASE)
_SENTENCE_BREAK = re.compile(r"(?<=[.;!?])\s+(?=\S)|\n\s*\n|\n(?=[ \t]*[*+•-][ \t])")
_DIGIT = re.compile(r"\d")
_REPORTING = re.compile(r"(?=[bg])(?:\bbáo\s+cáo\b|\bgửi\s+(?:về|kết\s+quả))", re.IGNORECASE)
# Goal headings whose year dates the bullets under them; "Định hướng đến năm 2045" is a vision, not a commitment.
_GOAL_HEADING = re.compile(r"mục\s+tiêu|chỉ\s+tiêu", re.IGNORECASE)
# "Mục tiêu cụ thể đến năm 2030", "Mục tiêu đến hết năm 2026"; not "… định hướng đến năm 2045" (a plan's horizon).
_HEADING_YEAR = re.compile(
    r"(?<!hướng )(?<!nhìn )(?:(?:đến|tới)(?:\s+hết)?|vào|trong)\s+năm\s+((?:19|20)\d{2})", re.IGNORECASE
)


def deadline_in(text: str, skip: Sequence[tuple[int, int]] = ()) -> Optional[Deadline]:
    """The deadline a clause states with a cue word; legal references ("ngày
    14/12/2020 của Chính phủ") and bare years of a period are not deadlines, nor
    times inside the ``skip`` spans."""
    best: Optional[TimeExpression] = None
    for expression in iter_time_expressions(text):
        if expression.kind in ("recurring", "continuous"):
            continue
        if any(a <= expression.start < b for a, b in skip):
            continue
        before = text[max(0, expression.start - 40) : expression.start]
        # (a cited text's date has no "trước": "(Kế hoạch ban hành trước ngày 15/3/2026)" is a deadline)
        due_before = expression.before and expression.kind == "date"
        scheduled = _SCHEDULED_ACT.search(before)  # "triển khai Kế hoạch tổ chức vào Quý III năm 2017": the act's time
        if _REFERENCE_AFTER.match(text, expression.end) or (_REFERENCE_BEFORE.search(before) and not (due_before or scheduled)):
            continue
        if _in_a_named_document(text, expression) or _OTHER_TASKS_TERM.search(before) or _MEETING_HELD.search(before):
            continue
        if _TEXT_IN_FORCE.search(text, max(0, expression.start - 160), expression.start) or _FORCE_ENDS.match(text, expression.end):
            continue  # how long the text itself is in force: "Nghị quyết này có hiệu lực … đến ngày 28/02/2027"
        # A schedule label can be long ("Tiến độ hoàn thành dự án đưa vào sử dụng/hoạt động: Quý III/2029").
        cue_window = text[max(0, expression.start - 80) : expression.start]
        if _EFFECTIVE_BY.search(text, max(0, expression.start - 260), expression.start):
            return parse_deadline(expression.text)
        if _START_CUE.search(before) and not _IN_FORCE.search(text[max(0, expression.start - 60) : expression.start]):
            return parse_deadline(expression.text)  # the date a commitment starts from is its date
        if not (expression.before or _DEADLINE_CUE.search(cue_window) or _FUTURE_AFTER.match(text, expression.end)):
            continue
        if best is None or (expression.year, expression.date or date(expression.year, 12, 31)) > (
            best.year,
            best.date or date(best.year, 12, 31),
        ):
            best = expression
    if best is None:
        return None
    return parse_deadline(best.text)


# The text's own term of force: "Nghị quyết này có hiệu lực thi hành kể từ ngày ký ban hành đến ngày 28 tháng 02 năm
# 2027"; "… trước ngày 01 tháng 3 năm 2027 thì các quy định tương ứng … chấm dứt hiệu lực".
_TEXT_IN_FORCE = re.compile(r"\bnày\s+có\s+hiệu\s+lực\b[^.;]*$", re.IGNORECASE)
_FORCE_ENDS = re.compile(r"[^.;]{0,160}?\bchấm\s+dứt\s+hiệu\s+lực\b", re.IGNORECASE)
# An act dated by its own cue after a text's name: "Hội thảo triển khai Kế hoạch tổ chức vào Quý III năm 2017".
_SCHEDULED_ACT = re.compile(r"\b(?:tổ\s+chức|thực\s+hiện|hoàn\s+thành|ban\s+hành)\s+(?:vào|trong|trước)\s*$", re.IGNORECASE)
# "Hội nghị … họp từ ngày 10/4 đến ngày 12/4/2025": the days a resolution's meeting sat, not a deadline.
_MEETING_HELD = re.compile(r"\bhọp\s+từ\s+ngày\s+[\d/]+\s+$", re.IGNORECASE)


def _in_a_named_document(text: str, expression: TimeExpression) -> bool:
    """True when the time closes the name of a document the clause cites ("Nghị quyết số 36-NQ/TW …
    về phát triển bền vững kinh tế biển Việt Nam đến năm 2030", "xây dựng: Đề án phát triển bền vững
    du lịch … đến năm 2030"): that document's horizon, not the task's deadline."""
    window = text[max(0, expression.start - 200) : expression.start]
    if not (expression.text.lower().startswith("đến") or _NAME_HORIZON.search(window)):
        return False
    if window.rstrip(" ").endswith(",") and text[expression.end : expression.end + 2].lstrip(" ").startswith(","):
        return False  # "Theo Chương trình …, đến năm 2030, Bình Định sẽ …": a time set off by commas opens a clause
    named = None
    for named in _NAMED_DOCUMENT.finditer(window):
        pass
    return named is not None and not _NAME_BREAK.search(window, named.end())


# "Thời gian thực hiện: Từ tháng 11/2025 đến khi kết thúc Tổng kiểm kê": a start and an event, no due date.
_OPEN_ENDED = re.compile(r"[\s*]*từ\s[^.;\n]{0,40}?\bđến\s+khi\b", re.IGNORECASE)


# A time cell that holds only a month and its year ("6/2025", "03/2025"): in running text the same digits could be
# a number ("Kế hoạch 6/2025"), in a schedule they are the month.
_BARE_MONTH = re.compile(r"[\s*]*(?P<m>0?[1-9]|1[0-2])\s*/\s*(?P<y>(?:19|20)\d{2})[\s*.]*")
_MONTH_RANGE = re.compile(
    r"[\s*]*(?:[Tt]háng\s+)?(?:0?[1-9]|1[0-2])\s*[-–]\s*(?P<m>0?[1-9]|1[0-2])\s*/\s*(?P<y>(?:19|20)\d{2})[\s*.]*"
)


# "Theo các mốc thời gian tại Quyết định số 1441/QĐ-UBND ngày 25/9/2025 …": the times are another text's; its
# date is no deadline.
_BY_ANOTHER_TEXT = re.compile(r"\s*theo\b[^\d]{0,40}?\b(?:tại|của)\s+[^\W\d_]+(?:\s+[^\W\d_]+)?\s+số\b", re.IGNORECASE)


def _schedule_deadline(phrase: str, span_is_period: bool = True) -> Optional[Deadline]:
    """The deadline a time cell or "Thời gian thực hiện:" line states; a span of bare years
    ("2025 - 2035") is the period the task runs over, not a date it is due by."""
    if _OPEN_ENDED.match(phrase) or _BY_ANOTHER_TEXT.match(phrase):
        return None
    if month := _BARE_MONTH.fullmatch(phrase):
        phrase = f"tháng {int(month['m'])}/{month['y']}"
    elif months := _MONTH_RANGE.fullmatch(phrase):
        phrase = f"tháng {int(months['m'])}/{months['y']}"  # "9-10/2017", "Tháng 01 - 02/2026": by the last month
    deadline = parse_deadline(phrase)
    if deadline is None or deadline.year is None:
        return deadline
    dated = [e for e in iter_time_expressions(phrase) if e.year is not None]
    return None if span_is_period and all(e.kind == "span" for e in dated) else deadline


def _time_line(text: str, start: int, end: int) -> Optional[Deadline]:
    match = _TIME_LINE.search(text, start, end)
    if not match:
        return None
    return _schedule_deadline(match.group("value"))


def _has_quantity(clause: str) -> bool:
    """True when the clause holds a number other than dates, years, document numbers and durations."""
    if not _NUMBER.search(clause):
        return False  # most clauses: no need to read their time expressions
    spans = [(e.start, e.end) for e in iter_time_expressions(clause)]
    spans += [m.span() for m in _DOCUMENT_NUMBER.finditer(clause)]
    return any(
        not any(a <= match.start() < b for a, b in spans)
        and not _DAY_BEFORE.search(clause, 0, match.start())
        and not _ends_a_name(clause[max(0, match.start() - 40) : match.start()])
        for match in _NUMBER.finditer(clause)
    )


def _ends_a_name(before: str) -> bool:
    """True when the number after ``before`` ends a capitalised name inside the sentence (README:
    "khu vực 14"): "tại Vành đai 1", "trong Khu vực 3"; not "Thực hiện 2 …" at a clause's start."""
    words = _WORDS_BEFORE.search(before)
    if words is None:
        return False
    name = words.group("name").split()
    return name[0][0].isupper() and all(word.islower() for word in name[1:])


def _clean(text: str) -> str:
    return " ".join(text.replace("*", " ").split()).strip(" -+•;:,.|")


# A row of a target table with a body following it up ("CƠ QUAN CHỦ TRÌ, THEO DÕI"): its cell names an
# indicator ("Tỉ trọng …", "Số lượt khách …", "Chi phí logistics so với GDP …") and the year it is due by.
_INDICATOR_ROW = re.compile(
    r"(?:\d{1,3}\.?\s+)?(?:t[ỉỷ]\s+(?:trọng|lệ)|số\s+(?:lượng|lượt|doanh\s+nghiệp|người|hộ)|chi\s+phí|tốc\s+độ|năng\s+suất|"
    r"thu\s+nhập|giá\s+trị|kim\s+ngạch|tuổi\s+thọ|chỉ\s+số|tổng\s+(?:sản\s+phẩm|vốn|mức))\b",
    re.IGNORECASE,
)


def _from_assignments(text: str, tables: Sequence, units: list[Unit], collected: Optional[Collector]) -> Iterator[TaskAnnotation]:
    for assignment in iter_assignments(text, tables, collected):
        leads = tuple(assignment.roles.get(LEAD, [])) + tuple(
            name for name in assignment.roles.get(IMPLEMENTER, []) if name not in assignment.roles.get(LEAD, [])
        )
        partners = tuple(name for name in assignment.roles.get(PARTNER, []) if name not in leads)
        if not leads and not partners:
            continue
        end = assignment.end
        in_words = None  # a deadline stated in the item's own clauses, not in a time cell or line
        if assignment.deadline is not None:
            deadline = _schedule_deadline(assignment.deadline, span_is_period=not assignment.due_by)
        else:
            item_end = _item_end(units, assignment.start, assignment.end)
            deadline = _time_line(text, assignment.start, item_end)
            if deadline is not None:
                end = max(end, item_end)  # the item's "Thời gian thực hiện:" line belongs to the task
            else:
                deadline = _assignment_deadline(text, assignment.start, assignment.end)
                in_words = deadline
        task_text = assignment.task or _clean(text[assignment.start : assignment.end])[:220]
        if in_words is not None and _INDICATOR_ROW.match(task_text):
            deadline = None  # "Tỉ trọng kinh tế số trong GDP đến năm 2030 (%)": the horizon of a target, not a task's
        if in_words is not None and assignment.task:
            task_text = _dated_clause(text, assignment.start, assignment.end, in_words, task_text)
        # A task cell listing its activities ("- Tổ chức …" ⏎ "- Tọa đàm …") gives one task each, due at the row's time.
        items = _cell_items(text, assignment.task_span) if assignment.deadline is not None else []
        for start, stop in items or [(assignment.start, end)]:
            yield TaskAnnotation(
                start=start,
                end=stop,
                text=_clean(text[start:stop])[:220] if items else task_text,
                deadline=deadline.text if deadline else None,
                deadline_year=deadline.year if deadline else None,
                deadline_date=deadline.date if deadline else None,
                lead_agencies=leads,
                partner_agencies=partners,
                section=assignment.section,
                clause_start=start,
                clause_end=stop,
            )


_CELL_ITEM = re.compile(r"(?m)^[ \t]*[-+•–]\s+(?=\S)")


def _cell_items(text: str, span: Optional[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans of the dashed items of a task cell that opens on one and holds two or more."""
    if span is None:
        return []
    start, end = span
    opens = [m.start() for m in _CELL_ITEM.finditer(text, start, end)]
    if len(opens) < 2 or text[start:opens[0]].strip():
        return []
    return [(a, a + len(text[a:b].rstrip())) for a, b in zip(opens, opens[1:] + [end])]


def _dated_clause(text: str, start: int, end: int, deadline: Deadline, task_text: str) -> str:
    """The clause of an assigned item that states its deadline, when it is not the item's first act
    ("Chủ động đôn đốc …; trước ngày 10 tháng 5 năm 2026, có hướng dẫn …"): the date belongs to it."""
    for clauses in _clauses(text, start, end):
        for a, b in clauses:
            clause = _clean(text[a:b])
            found = deadline_in(text[a:b])
            if found is not None and found.text == deadline.text:
                return task_text if clause in task_text or task_text in clause else clause[:220]
    return task_text


def _assignment_deadline(text: str, start: int, end: int) -> Optional[Deadline]:
    """The deadline an assigned task states in its own words. A bare year in a clause with a
    quantity ("lộ trình đạt mục tiêu ít nhất 50% xã, phường không có ma tuý vào năm 2030", "đến
    năm 2030 đạt 100% …") dates that target, not the task; a date, a month, a quarter or a year
    the task is to be completed by ("hoàn thành trong tháng 12 năm 2025") stays the task's."""
    pieces = [clause for clauses in _clauses(text, start, end) for clause in clauses]
    quantified = [(a, b) for a, b in pieces if _has_quantity(text[a:b])]
    body = text[start:end]
    # "báo cáo tổng thể kết quả thực hiện trước ngày 05 tháng 7 năm 2026": a reporting date (README).
    # (from the report's own words on: "sớm bàn giao trong năm 2025 …, báo cáo Thủ tướng kết quả thực hiện trước ngày …")
    reports = [
        (report.start() - start, b - start) for a, b in pieces
        if (report := _REPORTING.search(text, a, b)) and _STATUS_REPORT.search(text, a, b)
    ]
    if not quantified:
        return deadline_in(body, reports)
    target_years = [
        (expression.start, expression.end)
        for expression in iter_time_expressions(body)
        if expression.kind == "year"
        and any(a <= start + expression.start < b for a, b in quantified)
        and not _COMPLETION_BEFORE.search(body, max(0, expression.start - 30), expression.start)
    ]
    return deadline_in(body, target_years + reports)


def _item_end(units: list[Unit], start: int, end: int) -> int:
    """End of the list item that holds ``start`` (its sub-items included)."""
    for index, unit in enumerate(units):
        if unit.start <= start < unit.end and unit.level is not None:
            for later in units[index + 1 :]:
                if later.level is not None and later.label is not None and later.level <= unit.level:
                    return max(end, later.start)
            return units[-1].end
    return end


def _sentences(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    pos = start
    for match in _SENTENCE_BREAK.finditer(text[start:end]):
        yield pos, start + match.start()
        pos = start + match.end()
    if pos < end:
        yield pos, end


def _clauses(text: str, start: int, end: int) -> Iterator[list[tuple[int, int]]]:
    """Each sentence as its list of clauses."""
    for sentence_start, sentence_end in _sentences(text, start, end):
        clauses = []
        pos = sentence_start
        for match in _CLAUSE_BREAK.finditer(text, sentence_start, sentence_end):
            if match.start() > pos:
                clauses.append((pos, match.start()))
            pos = match.end()
        if pos < sentence_end:
            clauses.append((pos, sentence_end))
        yield clauses


def _words(heading: str) -> str:
    """A heading's words, one space apart: "Mục tiêu đến**** năm 2035", "Định hướng\nđến năm 2045"."""
    return " ".join(heading.replace("*", " ").split())


def _goal_heading_year(text: str, unit: Unit, goal_sections: list[str]) -> Optional[tuple[int, bool]]:
    """(year, is a horizon) a labelled heading dates its items by: a goal heading's ("Mục tiêu cụ thể
    đến năm 2030"), or a sub-heading's inside a goal section ("2.1. Đến năm 2030", and the horizons
    "2.2. Định hướng đến năm 2035", "(2) Tầm nhìn đến năm 2050"); ``goal_sections`` collects the
    goal headings' sections."""
    body = text[unit.body_start : unit.end]
    if _GOAL_HEADING.search(body[:120]):
        goal_sections.append(unit.section)
        year = _HEADING_YEAR.search(_words(body[:160]))
        return (int(year.group(1)), False) if year else None
    if any(unit.section.startswith(section + ".") for section in goal_sections):
        heading = _words(_PARAGRAPH_END.split(body, 1)[0][:160])
        year = _HEADING_YEAR.search(heading)
        if year:
            return int(year.group(1)), False
        horizon = _HORIZON_YEAR.search(heading)
        return (int(horizon.group(1)), True) if horizon else None
    return None


def _loose_heading(text: str, unit: Unit, in_goals: bool) -> tuple[bool, Optional[tuple[int, bool]]]:
    """(inside a goal part, (year, is a horizon) it dates bullets by) after an unnumbered paragraph:
    a short line that heads goals ("Mục tiêu quy hoạch … như sau:", "(1) Mục tiêu đến năm 2030",
    then "(2) Tầm nhìn đến năm 2050"); any other paragraph ends the goal part."""
    line = _words(text[unit.body_start : unit.end])
    if len(line) > 100 or line.endswith("."):
        return False, None
    if _GOAL_HEADING.search(line):
        year = _HEADING_YEAR.search(line)
        return True, ((int(year.group(1)), False) if year else None)
    horizon = _HORIZON_YEAR.search(line) if in_goals else None
    return (True, (int(horizon.group(1)), True)) if horizon else (False, None)


def _dated_goal_items(text: str, unit: Unit, horizon: bool, taken: Spans) -> Iterator[tuple[int, int]]:
    """The spans of the commitments an item under a dated goal heading makes: the whole bullet when it
    holds no number (as the dev gold reads "Mục tiêu cụ thể đến năm 2030" bullets; not under a
    horizon, where bullets are orientations), else each of its sentences, or failing that its
    semicolon clauses, that opens on an act of completion ("Hoàn thành phổ cập …", "Vận hành …",
    "Đến năm 2030, hệ thống … được hiện đại hóa …") and holds no quantity. A label that opens a
    list ("Về môi trường, …:") or a sub-heading in emphasis ("*- Thủy sản*") commits to nothing."""
    bullet = text[unit.body_start : unit.end]
    tail = bullet.rstrip(" \n")
    if unit.body_start in taken or _REPORTING.search(bullet) or tail.rstrip("*").endswith(":"):
        return
    if tail.endswith("*") and "." not in tail:
        return
    if "\n" not in tail.strip() and not tail.endswith(".") and _SUB_ITEM.match(text, unit.end):
        return  # "- Nhân lực nghiên cứu - phát triển" over its "+ Hình thành …" items: a label
    if unit.level == 5 and not horizon and not _DIGIT.search(bullet):
        if len(_clean(bullet)) >= 25:
            yield unit.body_start, unit.body_start + len(bullet.rstrip())
        return
    for start, end in _sentences(text, unit.body_start, unit.end):
        sentence = text[start:end]
        pieces = [(start, end)] if not _has_quantity(sentence) else [
            (start + m.start(), start + m.end()) for m in _SEMICOLON_CLAUSE.finditer(sentence)
        ]
        for a, b in pieces:
            piece = text[a:b]
            opens = _COMPLETION.match(piece) or (_BUILDS.match(piece) and not _DIGIT.search(bullet))
            if opens and not _has_quantity(piece) and len(_clean(piece)) >= 25:
                yield a, b


# A schedule's sub-heading that is only a time: "2.1. Quý I năm 2017", "3. Tháng 6/2025", "b) Năm 2026".
_SCHEDULE_HEADING = re.compile(
    r"(?:(?:Trong|Vào)\s+)?(?:[Qq]uý\s+[IV]{1,3}|[Tt]háng\s+\d{1,2}|[Nn]ăm)(?:\s*(?:/|năm)\s*|\s+)(?:19|20)\d\d"
)
_SCHEDULE_HEADING_MAX = 40  # characters: a longer item is no bare time


def _scheduled_items(text: str, unit: Unit, time_headings: dict[str, Deadline], taken: Spans) -> Iterator[TaskAnnotation]:
    """An item under a schedule's time sub-heading ("2.1. Quý I năm 2017" ⏎ "a) Tham mưu UBND tỉnh phê duyệt …") is
    due in that time, unless it dates itself or only reports."""
    section = next((s for s in time_headings if unit.section.startswith(s + ".")), None)
    if section is None:
        return
    body = text[unit.body_start : unit.end]
    if unit.body_start in taken or _REPORTING.search(body) or deadline_in(body) or body.rstrip(" *\n").endswith(":"):
        return
    end = unit.body_start + len(body.rstrip())
    if len(_clean(body)) >= 25:
        yield _commitment(text, (unit.body_start, end), time_headings[section], unit.section)


def _commitments(text: str, units: list[Unit], taken: Spans) -> Iterator[TaskAnnotation]:
    heading_year: dict[str, tuple[int, bool]] = {}
    time_headings: dict[str, Deadline] = {}
    goal_sections: list[str] = []
    # A page without numbered headings ("Mục tiêu quy hoạch … như sau: / (1) Mục tiêu đến năm 2030 / - …"):
    # the short heading line dates the bullets after it, up to the next paragraph.
    loose_goal, loose_year = False, None
    previous = ""  # the body of the unit before: a time line on a paragraph of its own dates it
    for unit in units:
        short = unit.label is not None and unit.section and unit.end - unit.body_start <= _SCHEDULE_HEADING_MAX
        if short and _SCHEDULE_HEADING.fullmatch(heading := _words(text[unit.body_start : unit.end]).strip(" :*")):
            time_headings[unit.section] = parse_deadline(heading)
            continue
        if unit.label is not None and unit.section and time_headings:
            scheduled = list(_scheduled_items(text, unit, time_headings, taken))
            if scheduled:
                yield from scheduled
                continue
        if unit.label is not None and unit.section:
            dated = _goal_heading_year(text, unit, goal_sections)
            if dated:
                heading_year[unit.section] = dated
        if unit.label is None and unit.level is None and unit.section is None:
            loose_goal, loose_year = _loose_heading(text, unit, loose_goal)
        dated = heading_year.get(unit.section) if unit.section else (loose_year if unit.level in (5, 6) else None)
        if unit.label is None and unit.level in (5, 6, None) and dated:
            # An item under "Mục tiêu cụ thể đến năm 2030" is dated by its heading.
            year, horizon = dated
            for span in _dated_goal_items(text, unit, horizon, taken):
                yield _commitment(text, span, Deadline(str(year), year, None), unit.section)
            continue
        body = text[unit.body_start : unit.end]
        before, previous = previous, body
        if _TIME_LINE.match(body) and before and _REPORTING.search(before) and _STATUS_REPORT.search(before):
            continue  # "- Báo cáo kết quả kiểm kê cho cơ quan quản lý cấp trên." ⏎ "Thời hạn hoàn thành: …": a reporting date
        if not (_COMMITMENT.search(body) or _STARTS_FROM.search(body) or _DIRECTIVE.search(body) or "(" in body or _BY_YEAR_FUTURE.search(body)):
            # Every clause starts and ends on a break or on the body's ends, so a commitment
            # word in a clause is one in the body: without one, no clause yields a task.
            continue
        # "Trong năm 2025, cơ bản hoàn thành …; khởi công xây dựng bến cảng Liên Chiểu;": a date that
        # opens a sentence governs its clauses across the semicolons, up to the full stop.
        governing: Optional[Deadline] = None
        for clauses in _clauses(text, unit.body_start, unit.end):
            pending: Optional[int] = None  # start of a commitment clause still waiting for its date
            if not clauses:
                continue
            opening = _OPENING_TIME.match(text, clauses[0][0])
            after_semicolon = text[max(0, clauses[0][0] - 40) : clauses[0][0]].rstrip().endswith(";")
            # Without a cue ("Năm 2025, …") or as a start ("Từ năm 2026, …") the time dates only an item it opens.
            opens_item = opening is not None and (unit.label is not None or unit.level is not None) and (
                clauses[0][0] == unit.body_start or after_semicolon
            )
            if opening and (opening.group("cue") or "").lower() not in ("", "từ"):
                governing = deadline_in(opening.group(0))
            elif opens_item:
                governing = parse_deadline(opening.group(0))
            elif not after_semicolon:
                governing = None
            for start, end in clauses:
                clause = text[start:end]
                if start in taken or start + len(clause.rstrip(" .;*")) - 1 in taken:
                    continue  # (a clause an assignment ends in: "UBND các tỉnh có trách nhiệm …, hoàn thành chậm nhất …")
                committed = bool(_COMMITMENT.search(clause) or _STARTS_FROM.search(clause) or _BY_YEAR_FUTURE.search(clause)) or (
                    opens_item and start == clauses[0][0] and not _PAST.search(clause)
                )
                directive = not committed and bool(_DIRECTIVE.search(clause))
                schedule = _closing_schedule(text, start, end, clauses[-1][1])
                if schedule is not None:
                    # "3. Kết nối Nền tảng tích hợp … (Quý III/2025)."; "… (từ Quý IV/2024)"; "(hoàn thành cơ bản năm 2025)"
                    task_start, pending = (pending if pending is not None else clauses[0][0]), None
                    if after_semicolon and len(_clean(text[task_start:start])) < 25:
                        # "- Hoàn thiện hệ thống xử lý nước thải tập trung: KCN phía Nam (hoàn thành trong 2026); KCN
                        # Âu Lâu, Minh Quân (hoàn thành 2027).": the item's act is the task of each object it lists.
                        task_start = unit.body_start
                    task = text[task_start:start]
                    if not (_PAST.search(task) or _REPORTING.search(task) or (schedule.date is None and _has_quantity(task))):
                        if len(_clean(task)) >= 25:
                            yield _commitment(text, (task_start, end), schedule, unit.section)
                    continue
                if not committed and not directive and pending is None:
                    continue  # neither a commitment nor the date of one: the costlier tests below change nothing
                # "Báo cáo kết quả thực hiện … (qua …) trước ngày 10/11/2023 để tổng hợp, báo cáo …": the report
                # the sentence names before the date.
                reported = text[clauses[0][0] : end]
                if _REPORTING.search(clause) and (_STATUS_REPORT.search(reported) or (not committed and pending is None and not directive)):
                    pending = None
                    continue
                deadline = deadline_in(clause) or (governing if committed else None)
                if deadline is None:
                    if _has_quantity(clause):
                        pending = None
                    elif committed or directive:
                        pending = start
                    continue
                # A quantity with a year is a target's; a task due by a day, a month or a quarter stays a task
                # ("hoàn thành việc phê duyệt quy hoạch trong quý II năm 2026, … tăng trưởng "2 con số"").
                if ((deadline.date is None or _TARGET_SHAPE.search(clause)) and _has_quantity(clause)) or (
                    directive and pending is None and (deadline.date is None or _PAST.search(clause))
                ):
                    pending = None
                    continue
                if not committed and pending is not None:
                    start = pending  # "Đợt 01 dự kiến: … (từ ngày … đến ngày …)"
                pending = None
                for span in _acts(text, start, end):
                    yield _commitment(text, span, deadline, unit.section)


def _acts(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The commitments a dated clause lists, each with its own act after a comma ("cơ bản hoàn thành Cảng
    hàng không quốc tế Long Thành, …, đưa vào khai thác nhà ga T3 …"); the whole clause when a piece
    would be too short to name what it commits to."""
    first = _AN_ACT.search(text, start, end)
    later = _ACT_AFTER_COMMA.finditer(text, first.end(), end) if first else ()
    cuts = [start] + [m.end() for m in later] + [end]
    spans = [(a, b) for a, b in zip(cuts, cuts[1:])]
    if len(spans) > 1 and all(len(_clean(text[a:b])) >= 25 for a, b in spans):
        yield from spans
    elif len(_clean(text[start:end])) >= 25:
        yield start, end


def _closing_schedule(text: str, start: int, end: int, sentence_end: int) -> Optional[Deadline]:
    """The deadline of a bracket that holds only a time and closes its sentence: an item's schedule
    ("(Quý III/2025)", "(từ Quý IV/2024)", "(hoàn thành cơ bản năm 2025)"); a span of years is a period."""
    if not text[max(0, start - 40) : start].rstrip().endswith("(") or text[end:sentence_end].strip(" \n).;*"):
        return None
    written = text[start:end].strip(" \n)")
    inside = _SCHEDULE_WORDS.sub("", written, count=1)
    expressions = [e for e in iter_time_expressions(inside) if e.year is not None]
    if len(expressions) != 1 or inside[: expressions[0].start].strip() or inside[expressions[0].end :].strip():
        return None
    if expressions[0].kind == "date" and inside == written:
        return None  # "(ngày 23/6/2026)": the date of an act the sentence cites
    return _schedule_deadline(inside)


def _commitment(text: str, span: tuple[int, int], deadline: Deadline, section: Optional[str]) -> TaskAnnotation:
    start, end = span
    return TaskAnnotation(
        start=start,
        end=end,
        text=_clean(text[start:end]),
        deadline=deadline.text,
        deadline_year=deadline.year,
        deadline_date=deadline.date,
        lead_agencies=(),
        partner_agencies=(),
        section=section,
        clause_start=start,
        clause_end=end,
    )


# The time of the event a plan organises, on a labelled line of its own: "1. Thời gian kiểm tra: 13h30’ ngày
# 29/4/2026 (Thứ Tư).", "1. Thời gian: 1,5 ngày (bắt đầu từ 13h30 thứ Hai ngày 06/7/2026)." The day is the
# plan's dated commitment. So is a bare day on an item's "Thời gian thực hiện:" line ("- Thời gian thực hiện: Ngày
# 26, 27/12/2011" under "1. Cài đặt hệ thống phần mềm"); one that words a commitment ("Hoàn thành trước ngày …")
# is read with the commitments, and a task's "Thời gian hoàn thành:" line dates the task above it. Not an
# e-signature's "Thời gian ký:" nor a report's time.
_EVENT_TIME = re.compile(
    r"^[ \t*#|]*(?:\d{1,2}\.\s*|[a-zđ]\)\s*|[-+•]\s+)?\**Thời\s+gian(?P<what>(?:[ \t,]+[^\W\d_]+){0,5})[ \t]*\**:(?P<value>[^\n]*)",
    re.MULTILINE,
)
_NOT_AN_EVENT = re.compile(r"hoàn\s+thành|ký|báo\s+cáo|gửi|nộp|niêm\s+yết|công\s+khai|ban\s+hành", re.IGNORECASE)
# An event held in rounds, each on a line of its own under a bare "1. Thời gian, đối tượng kiểm tra:" heading:
# "1.1. Đợt 1: Từ 13h30’ ngày 02/6/2026 (Thứ Ba)." The rounds run to the heading's next sibling ("2. Địa điểm").
_ROUND = re.compile(
    r"^[ \t*#|]*(?:(?:\d{1,2}\.){1,3}\d*\s*|[-+•]\s+)?\**Đợt\s+(?:\d{1,2}|[IVX]{1,4})\**\s*:(?P<value>[^\n]+)", re.MULTILINE
)
_NEXT_HEADING = re.compile(r"^[ \t*#|]*(?:\d{1,2}\.|[IVX]{1,4}\.)[ \t]+\S", re.MULTILINE)


def _event_times(text: str, units: list[Unit], taken: Spans) -> Iterator[TaskAnnotation]:
    if "Thời gian" not in text:
        return
    for match in _EVENT_TIME.finditer(text):
        if match.start() in taken or _NOT_AN_EVENT.search(match.group("what")):
            continue
        if _COMMITMENT.search(match.group("value")) or _DIRECTIVE.search(match.group("value")):
            continue
        lines = [match]
        if not match.group("value").strip(" \t*"):
            sibling = _NEXT_HEADING.search(text, match.end())
            lines = list(_ROUND.finditer(text, match.end(), sibling.start() if sibling else len(text)))
        for line in lines:
            days = [e for e in iter_time_expressions(line.group("value")) if e.kind == "date"]
            if len(days) != 1 or line.start() in taken:
                continue  # a day the event is held on: not a window ("Từ ngày … đến ngày …") nor a bare duration
            section = next((u.section for u in units if u.start <= line.start() < u.end), None)
            deadline = parse_deadline(days[0].text)
            yield _commitment(text, (line.start(), line.end()), deadline, section)


# A news page's goal run: a paragraph that sets goals by a year ("Mục tiêu đến năm 2030, …", "Chiến lược đặt
# mục tiêu đến năm 2030 …", "Đến năm 2030, …") and the paragraphs of goals after it, up to one with a year of its
# own or one that turns to the means ("Để đạt được mục tiêu trên, …", "… nhiệm vụ, giải pháp …").
_RUN_OPENER = re.compile(
    r"(?:mục\s+tiêu|phấn\s+đấu)\s+(?:(?:là|chung)\s+)?(?:đến|tới|vào)\s+(?:năm\s+)?((?:19|20)\d{2})\b"
    r"|^[\s*]*(?:đến|tới)\s+(?:năm\s+)?((?:19|20)\d{2})\s*,",
    re.IGNORECASE,
)
_RUN_END = re.compile(r"^[\s*]*để\s|nhiệm\s+vụ|giải\s+pháp", re.IGNORECASE)


def _news_goal_runs(text: str, units: list[Unit], taken: Spans) -> Iterator[TaskAnnotation]:
    """The unquantified aims of a news page's goal run, each clause that opens on an act of completion
    ("Phổ cập dịch vụ mạng Internet băng rộng cáp quang; phổ cập dịch vụ mạng di động 5G; hoàn thành xây
    dựng Chính phủ số."), dated by the run's year."""
    year: Optional[int] = None
    for unit in units:
        if unit.label is not None or unit.level is not None:
            year = None
            continue
        body = text[unit.body_start : unit.end]
        opener = _RUN_OPENER.search(body)
        if opener:
            year = int(opener.group(1) or opener.group(2))
        elif year is None or _RUN_END.search(body) or _YEAR_IN_TEXT.search(body):
            year = None
            continue
        for start, end in _sentences(text, unit.body_start, unit.end):
            for m in _SEMICOLON_CLAUSE.finditer(text, start, end):
                a = m.start() + len(m.group()) - len(m.group().lstrip())
                piece = text[a : m.end()]
                if a in taken or not _COMPLETION.match(piece) or _has_quantity(piece) or _PAST.search(piece):
                    continue
                if len(_clean(piece)) >= 25 and not _YEAR_IN_TEXT.search(piece):
                    yield _commitment(text, (a, m.end()), Deadline(str(year), year, None), unit.section)


_YEAR_IN_TEXT = re.compile(r"(?<![\d/.,])(?:19|20)\d{2}(?![\d/])")


_TWIN_OPENING = 120


def _merged(tasks: Iterator[TaskAnnotation]) -> list[TaskAnnotation]:
    """One task per row or item: a table row the PDF's table reader and the text's line reader both
    read (the same task over overlapping spans, one row's bodies in each; the line reader's span may
    open on the row above) is one task, on the tighter span, with the bodies of both."""
    merged: list[TaskAnnotation] = []
    by_text: dict[str, list[int]] = {}
    for task in tasks:
        # (an item's task may be cut short, "… cung cấp đầy đủ các thiết bị bảo mật cơ yếu đến …", in one reading)
        key = task.text.rstrip(" …")[:_TWIN_OPENING]
        twin = next(
            (i for i in by_text.get(key, []) if merged[i].start < max(task.end, task.start + 1) and task.start < max(merged[i].end, merged[i].start + 1)),
            None,
        )
        if twin is None:
            by_text.setdefault(key, []).append(len(merged))
            merged.append(task)
            continue
        seen = merged[twin]
        tight, other = (seen, task) if seen.end - seen.start <= task.end - task.start else (task, seen)
        merged[twin] = replace(
            tight,
            deadline=tight.deadline or other.deadline,
            deadline_year=tight.deadline_year if tight.deadline else other.deadline_year,
            deadline_date=tight.deadline_date if tight.deadline else other.deadline_date,
            lead_agencies=_with_others(tight.lead_agencies, other.lead_agencies),
            partner_agencies=_with_others(tight.partner_agencies, other.partner_agencies),
        )
    return _partners_joined(merged)


def _with_others(names: tuple[str, ...], more: tuple[str, ...], taken: tuple[str, ...] = ()) -> tuple[str, ...]:
    """``names`` and then those of ``more`` not among them nor in ``taken``."""
    return names + tuple(a for a in more if a not in names and a not in taken)


def _partners_joined(tasks: list[TaskAnnotation]) -> list[TaskAnnotation]:
    """A task with partners and no lead inside an item whose lead the item's label names ("(3) Khẩn trương định danh
    …; phối hợp Công an tỉnh để cấp con dấu …" over "- Đơn vị chủ trì thực hiện: UBND cấp xã"), due the same day: the
    partners are that task's."""
    kept = list(tasks)
    for orphan in [t for t in tasks if not t.lead_agencies and t.partner_agencies]:
        host = next(
            (i for i, t in enumerate(kept) if t.lead_agencies and t.start <= orphan.start and orphan.end <= t.end
             and t.deadline == orphan.deadline),
            None,
        )
        if host is None:
            continue
        task = kept[host]
        kept[host] = replace(
            task, partner_agencies=_with_others(task.partner_agencies, orphan.partner_agencies, task.lead_agencies)
        )
        kept.remove(orphan)
    return kept


# What opens a document without a lead paragraph: a letterhead or a title in capitals, a Markdown heading or
# headline, a number or a legal basis.
_NOT_A_LEAD = re.compile(r"\bSố\s*:|Căn\s+cứ|V/v|\n=+\s*$")


def _lead_paragraph(text: str, end: int) -> bool:
    """True when the text before the first paragraph break is a news page's lead paragraph."""
    head = text[:end]
    words = head.replace("*", " ").replace("|", " ").split()
    if not words or words[0].startswith("#") or (len(words[0]) > 1 and words[0].isupper()):
        return False
    return not _NOT_A_LEAD.search(head)


def iter_tasks(
    text: str, tables: Sequence = (), province: Optional[str] = None, collected: Optional[Collector] = None
) -> Iterator[TaskAnnotation]:
    """Tasks in text order: assignments, then dated commitments and event times outside them.
    Agency names are province-free canonical names (``province`` is the document's).
    ``collected``: ``agencies.collect(text, tables)``, when already read."""
    text = repair_charmap(text)
    units = outline.units(text)
    collected = collect(text, tables) if collected is None else collected
    assigned = _merged(_from_assignments(text, tables, units, collected))
    if units and units[0].start > 0 and _lead_paragraph(text, units[0].start):
        # The text before the first paragraph break is a paragraph too: a news page's lead.
        units = [Unit(0, units[0].start, 0, None, None, None, False), *units]
    # The other rows of a table read as assignments (a row cut by a page break, its bodies left in the part above)
    # are no commitments of their own.
    tables_read = assignment_table_spans(collected, tables)
    taken = Spans([(t.start, t.end) for t in assigned if t.start != t.end] + tables_read)
    found = assigned + list(_commitments(text, units, taken))
    found += _event_times(text, units, Spans([(t.start, t.end) for t in found if t.start != t.end] + tables_read))
    found += _news_goal_runs(text, units, Spans([(t.start, t.end) for t in found if t.start != t.end] + tables_read))
    yield from sorted(found, key=lambda t: (t.start, t.end))
