"""The words around a number that make it a label, date a target, report one in
news or give a percentage its base: the regexes the layers of
``extractors.targets`` read sentences with."""

from __future__ import annotations

import re


# Words right before a number that make it a label, not a quantity ("lớp 5",
# "khu vực 14", "Điều 3", "số 405", "năm 2025", "lần thứ 2").
LABEL_BEFORE = re.compile(  # the lookahead: the first characters of the alternatives
    r"(?=[lkđmtspcqnvbgấh/#\-–])"
    r"(?:\b(?:lớp|khu vực|điều|khoản|điểm|mục|tiết|tiểu mục|(?<!tổng\s)số|phụ lục|chương|phần|quyết định|nghị định|thông tư|"
    r"kế hoạch|nghị quyết|công văn|chỉ thị|luật|văn bản|thông báo|tờ trình|báo cáo|ngày|tháng|năm|quý|đợt|thứ|"
    r"giai đoạn|khóa|nhiệm kỳ|tổ dân phố|ấp|thôn|tổ|tầng|mốc|quốc lộ|tỉnh lộ|đường|km|kinh tuyến|múi chiếu|"
    r"mã|mẫu|biểu|hạng|cấp độ|nhóm|loại|đề án|chương trình|phiên|hội nghị|kỳ họp|lần|ban chỉ đạo|tổ công tác)\s*"
    r"|[/#]\s*|(?<=\w)[-–])$",
    re.I,
)
RANK_GROUP_BEFORE = re.compile(r"\bnhóm\s*$", re.I)
# "nhóm 40 quốc gia và vùng lãnh thổ hàng đầu": up to seven words name the ranked members.
RANK_AFTER = re.compile(r"\s+[^\W\d_]+(?:,?\s+[^\W\d_]+){0,6}?\s+(?:đứng đầu|dẫn đầu|hàng đầu|cao nhất)\b", re.I)
# Right after a number: a code or a date ("188/KH-UBND", "13/7/2021", "28-NQ/TW").
CODE_AFTER = re.compile(r"^(?:\s*/\s*\w|-\s?[A-ZĐ]{2,}|\.\d|,\d)")
# "từ 06 tháng đến 36 tháng tuổi": an age that defines who is counted.
AGE_AFTER = re.compile(r"\s*tuổi\b", re.I)
# "4 năm qua", "trong 2 - 3 năm tới": a span relative to now says when, it is no duration target.
# "chỉ tiêu 5 năm sau cao gấp đôi 5 năm trước": the next and the last five years, compared.
RELATIVE_SPAN = re.compile(r"\s*(?:qua|tới|nữa|sau(?!\s+khi)|trước(?!\s+(?:khi|ngày|tháng|năm|thời)))\b", re.I)
# "hai mục tiêu 100 năm", "kỷ niệm 80 năm": an anniversary names a milestone, it is no duration.
ANNIVERSARY_BEFORE = re.compile(r"\b(?:mục tiêu|kỷ niệm|tròn)\s*$", re.I)
RANGE_SEP = re.compile(r"^\s*(?:-|–|—|đến|tới)\s*$", re.I)
YEAR_TOKEN = re.compile(r"^\d{4}$")

# Time expressions: periods first (a span of years), then single years. Each opens on a
# lookahead over the first letters of its words: the engine turns other positions down at once.
PERIOD = re.compile(
    r"(?=[gtn])(?:giai đoạn|thời kỳ|từ năm|trong (?:các |những )?năm|năm)\s*(?:từ\s*)?(?:năm\s*)?"
    r"(?P<a>(?:19|20)\d\d)\s*(?:-|–|—|đến(?:\s+năm)?|tới(?:\s+năm)?)\s*(?:năm\s*)?(?P<b>(?:19|20)\d\d)\b",
    re.I,
)
YEAR = re.compile(r"(?=[đtvchn])(?<!tháng )(?<!\d/)(?:(?:đến|tới|vào|trong|cuối|đầu|đến hết|hết)\s+)?năm\s+(?P<y>(?:19|20)\d\d)\b", re.I)
# "Quý IV/2025", "trước tháng 12 năm 2026", "trước ngày 31/12/2025": dated milestones.
DATED = re.compile(
    r"(?=[qtđc])(?:quý\s+[IV]{1,3}\s*(?:/|năm\s+)|(?:trước|đến|trong|cuối|chậm nhất)\s+(?:tháng\s+\d{1,2}\s*(?:/|năm\s+)"
    r"|(?:ngày\s+)?\d{1,2}/\d{1,2}/))(?P<y>(?:19|20)\d\d)\b",
    re.I,
)
# "Mục tiêu cụ thể đến 2025", "Đến 2030, …", "Tầm nhìn đến 2045 - Việt Nam …": a milestone written without "năm" (not the
# end of a span "2021 đến 2025", the start of one "đến 2025 - 2030", nor a value "từ 1.500 đến 2025 ha").
YEAR_BARE = re.compile(
    r"(?=[đtĐT])(?<![\d.,]\s)(?<![\d.,])(?:đến|tới|trước)\s+(?P<y>(?:19|20)\d\d)\b(?![.,]\d|\s*(?:%|/|[-–]\s*\d))", re.I
)
# A year labelling what follows it in a list or a table cell ("- 2015: 90% VB …; - 2020: 100% VB các cấp", "- Năm 2020:
# 4-5 DN", "2020: 23 Chuyên gia"): the milestone of the figures after it.
YEAR_LABEL = re.compile(
    r"(?:^|(?<=[-–+•\t])|(?<=[-–+•\t] ))[ \t]*(?:[Nn]ăm\s+)?(?P<y>(?:19|20)\d\d)\s*:(?!\d)", re.MULTILINE
)
DATE_BEFORE_YEAR = re.compile(r"tháng\s+\d{1,2}\s*$", re.I)
AS_OF = re.compile(r"\btính\s*$", re.I)
BASELINE = re.compile(r"(?=s)so với\s+[^\d,;()]{0,40}?năm\s+(?P<y>(?:19|20)\d\d)", re.I)

# News pages: sentences that report targets, and words that turn a clause into
# a result or a baseline ("nhưng kết quả chỉ có 10 hộ", "hiện mới chiếm 0,45%").
# "bảo đảm đạt …", "đảm bảo cắt giảm tối thiểu 30% …": an outcome the text holds its addressees to (docs/annotation.md).
_ASSURED = (
    r"(?:bảo đảm|đảm bảo)\s+(?:đạt|(?:cắt giảm|giảm|tăng)\s+(?=tối thiểu|ít nhất|tối đa|trên\s+\d|không dưới)"
    # "Đảm bảo 100% Chủ tịch … phải được tập huấn": the share of those a directive makes comply
    # ("Nhà nước bảo đảm hằng năm ít nhất 40% tổng số cán bộ … được bồi dưỡng": every year's share.)
    r"|(?=(?:(?:hằng|hàng|mỗi)\s+năm,?\s+)?(?:tối thiểu\s+|ít nhất\s+)?\d[\d.,]*\s*%)"
    # "đảm bảo tốc độ tăng trưởng kinh tế (GRDP) đạt 7,52% trở lên": the measure assured, then its level
    r"|(?=[^.;:\d\n]{1,80}?\bđạt\s+(?:(?:tối thiểu|ít nhất|trên|từ|khoảng)\s+)?\d))"
)
TRIGGER = re.compile(  # the lookahead: the first letters of its words
    r"(?=[mcptkđdhnb])(?:\b(?:mục tiêu|chỉ tiêu|phấn đấu|phần đấu|theo kế hoạch|kế hoạch đặt ra|đặt ra|đề ra|dự kiến|hướng tới|hướng đến|"
    r"nhằm đạt|tầm nhìn)\b"
    r"|\b" + _ASSURED + r"|(?<!hết )\b(?:đến|tới|trước)(?: cuối)? năm (?:19|20)\d\d)",
    re.I,
)
# A task that states the goals it works towards as a list: "… để phấn đấu đạt và duy trì mức sinh thay thế,
# …, cụ thể: Phấn đấu tổng tỷ suất sinh đạt 2,1 con/phụ nữ; …" (the list after the colon is a goal list).
INLINE_GOAL_LIST = re.compile(
    r"(?:\bphấn đấu\b[^.;:]*?\bcụ thể|\b(?:các|những|một số)\s+(?:mục tiêu|chỉ tiêu)\s+cụ thể)"
    r"(?:\s+(?:như sau|là|gồm|bao gồm))?\s*:",
    re.I,
)
# The rank a rank group's counted noun takes: "nước dẫn đầu ASEAN", "quốc gia đứng đầu", "hàng đầu thế giới".
RANK_HEAD = r"(?:dẫn|đứng|hàng)\s+đầu"
# A higher scenario's condition: "…, nếu điều kiện cho phép phấn đấu đạt khoảng 2,5%", "trong điều kiện thuận lợi
# phấn đấu đạt 10%": the same measure as the goal before it, set higher; no condition on whom a rule applies to.
SCENARIO_CONDITION = (
    r"(?:nếu|trong|khi|trường hợp)\s+(?:có\s+)?(?:điều kiện|tình hình|bối cảnh)(?:\s+[^\W\d_]+){0,3}?\s+"
    r"(?:thuận lợi|cho phép)(?:\s+hơn)?(?:\s+thì)?"
)
STRICT_TRIGGER = re.compile(r"\b(?:(?:mục tiêu|chỉ tiêu|phấn đấu|phần đấu)\b|" + _ASSURED + r")", re.I)
# A milestone written after the quantity ("… 80% hộ dân dùng nước sạch vào năm 2030").
LATE_MILESTONE = re.compile(r"\b(?:đến|tới|vào|trước|trong)(?: cuối)? năm (?:19|20)\d\d", re.I)
# ("hiện" is "now", not the second syllable of another word: "tỷ lệ danh mục kỹ thuật được thực hiện … tối thiểu 82%"
# is a goal, and so is "phát hiện, xử lý 100% vụ vi phạm"; an active "thực hiện" stays a task's or a result's word.)
PAST = re.compile(r"\b(?:đã|vừa|(?<!được thực )(?<!thể )(?<!phát )(?<!xuất )hiện)\b", re.I)
CONTINUATION = re.compile(r"(?:đồng thời|bên cạnh đó|ngoài ra|cùng với đó|trong đó|cụ thể|theo đó)\b", re.I)
# A plan whose implementation is reviewed, named with its horizon: "sau 10 năm triển khai thực hiện Chiến lược phát
# triển thủy sản đến năm 2020 cho thấy …", "Tổng kết Chương trình … đến năm 2020, tầm nhìn đến năm 2030" (a name runs
# on without punctuation, verb or goal word up to its milestone): what follows are its results.
PLAN_NAME_HORIZON = re.compile(
    r"\b(?:thực hiện|triển khai|tổng kết|sơ kết|đánh giá|kết quả)\s+(?:(?:các|việc|thực hiện)\s+)?"
    r"(?:chiến lược|kế hoạch|chương trình|đề án|quy hoạch|nghị quyết|dự án)"
    r"(?:\s+(?!(?:đến|tới|đặt|đề|là|đạt|phấn|sẽ|nhằm|hướng|có|với|mục|chỉ)\b)[^\W\d_]+){1,12}?"
    r"\s+(?:đến|tới)\s+năm\s+(?:19|20)\d\d(?:\s*,\s*tầm nhìn\s+(?:đến|tới)\s+năm\s+(?:19|20)\d\d)?",
    re.I,
)
NOT_TRIGGER = re.compile(
    r"để (?:đạt|thực hiện|hoàn thành)(?: được)?(?: các| những)? mục tiêu|chưa đạt mục tiêu|chương trình mục tiêu"
    # "ngành hoàn thành các chỉ tiêu quan trọng như: …", "đạt trên 62%, vượt xa mục tiêu đề ra": goals met, results.
    # (not the imperative that opens a task: "1. Hoàn thành mục tiêu đưa vào khai thác trên 3.000 km …")
    r"|(?<!phấn đấu )(?<!phải )(?<!sẽ )(?<![\d.)]\s)(?<!^)\b(?:đã\s+)?(?:hoàn thành|vượt)(?:\s+(?:xa|vượt|và\s+vượt|toàn bộ))?(?:\s+(?:các|những|nhiều))?"
    r"\s+(?:chỉ tiêu|mục tiêu)(?:\s+(?:đề ra|đặt ra|kế hoạch))?"
    # "thu … 44.698 tỷ đồng, đạt 66,7% chỉ tiêu Bộ Tài chính giao", "đạt 79% dự toán và 51,83% chỉ tiêu phấn đấu":
    # a share of the goal or of the budget estimate reached is a result, the goal word after it included.
    r"|%\s*(?:so với\s+)?(?:chỉ tiêu|mục tiêu|kế hoạch|dự toán)(?:\s+(?:phấn đấu|đề ra|được giao|pháp lệnh))?"
    # "vẫn thiếu 2 chỉ tiêu: Chưa đủ 100% trường …", "còn 4 tiêu chí chưa đạt": the norms a place falls short of.
    r"|\b(?:còn\s+|vẫn\s+)?thiếu\s+(?:\d+|một|hai|ba|bốn|năm)\s+(?:chỉ tiêu|tiêu chí)"
    # "Các chỉ tiêu chủ yếu của ngành năm 2018 đều vượt kế hoạch": goals said to be met are results.
    r"|\b(?:chỉ tiêu|mục tiêu)\b[^.;:]{0,60}?\b(?:đều|đã)\s+(?:đạt|vượt|hoàn thành)\b"
    # "sau 10 năm triển khai thực hiện Chiến lược phát triển thủy sản đến năm 2020 cho thấy": the horizon of a plan
    # whose implementation is reviewed is the plan's, not a goal of the sentence (README: a plan's title is never propagated).
    rf"|{PLAN_NAME_HORIZON.pattern}",
    re.I
)
# ("kết quả giải quyết thủ tục hành chính", "phấn đấu kết quả đánh giá …" name what the goal is about, not a result;
# "Mục tiêu đến hết năm 2025:" sets a horizon, "tính đến hết năm 2024" closes a count.)
CUT = re.compile(
    r"\b(?:nhưng|tuy nhiên|(?<!phấn đấu )kết quả(?!\s+giải\s+quyết)|hiện nay|hiện mới|hiện có|hiện đang|đã đạt|đạt được|tính đến|(?<!phấn đấu )(?<!mục tiêu )(?<!chỉ tiêu )đến hết|trong khi|đến nay|"
    r"tới nay|lũy kế|luỹ kế|ước đạt|ước thực hiện|"
    r"(?:so với|so|với) cùng kỳ|vừa qua)\b",
    re.I,
)
# A sentence that reports statistics states a baseline even when it names a year; a forecast ("Dự báo, đến cuối
# năm 2020, TPHCM chỉ tăng trưởng 1,3%") says what is expected to happen, not what a plan aims at. (A criminal
# investigation is no survey: "tỷ lệ điều tra khám phá án đạt 80% trở lên" is a police force's goal.)
STATISTICS = re.compile(
    r"\b(?:thống kê|số liệu|điều tra(?!\s+(?:khám phá|làm rõ|xử lý|truy tố|vụ án|án|tội phạm)\b)|khảo sát|dự báo)\b", re.I
)
# A quantifier covers the next quantity of a coordinated list, not one in
# parentheses, after a new verb of its own or in a "trong đó" subset. A verb right before the
# list's last comma or "và" belongs to the previous item ("… 80% cơ sở đạt chuẩn quốc gia, 20% cơ sở …").
COORDINATED = re.compile(r",|\bvà\b", re.I)
NOT_COORDINATED = re.compile(
    r"[()]|\btrong đó\b|\b(?:giảm|tăng|đạt|chiếm|nâng)\b(?![^,.;\d]*(?:,|\bvà\b)[^,.;\d]*$)",
    re.I,
)
PERCENT_BASE_VERB = re.compile(r"\b(?:chiếm|bằng)\s*(?:(?:khoảng|tối thiểu|ít nhất|trên|dưới|tối đa|gần|xấp xỉ)\s*)?$", re.I)
# "30% GRDP": a share of an aggregate keeps the aggregate as its base.
# "45% GRDP tỉnh": the place the aggregate is of stays with it.
ECONOMY_BASE = re.compile(
    r"\s+((?:GRDP|GDP|GNI|GRDI|tổng sản phẩm(?: trên địa bàn)?)(?:\s+(?:của\s+)?(?:toàn\s+)?(?:tỉnh|thành phố|cả nước))?)"
    r"(?![^\W_])"
)
# "giải ngân 100% kế hoạch vốn đầu tư công", "thu vượt 5% dự toán", "đạt trên 90% kế hoạch được cấp có thẩm quyền giao":
# a share of a plan, an allocation or a budget estimate keeps it as its base.
_PLAN_BASES = (
    r"kế hoạch vốn(?: đầu tư công)?(?: (?:được )?giao)?",
    r"kế hoạch (?:được )?(?:cấp có thẩm quyền )?giao",
    r"kế hoạch(?=\s*(?:[;.]|$))",
    r"vốn đầu tư công",
    r"dự toán(?: (?:được )?giao)?",
    r"chỉ tiêu pháp lệnh",
)
PLAN_BASE = re.compile(r"\s+(" + "|".join(b.replace(" ", r"\s+") for b in _PLAN_BASES) + r")(?![^\W_])", re.I)
# Where a percentage's base written after it ends: a clause mark, "và" or "so với" ("… 85% diện tích lưu vực …, 60% …").
BASE_END = r"(?=\s*(?:[,;.()]|\bvà\b|\bso với\b|$))"
PERCENT_BASE = re.compile(r"\s+((?:tổng|diện tích|dân số|lực lượng lao động|số)\b[^,;.()]*?)" + BASE_END, re.I)
# "mỗi trường có … 02 giáo viên" → "giáo viên/trường"; "mỗi năm có 150 sản phẩm" is a yearly count, no entity.
PER_ENTITY = re.compile(r"\bmỗi\s+(?!(?:năm|tháng|quý|tuần|ngày)\b)(?P<e>[^\s,;.]+(?:\s+[^\s,;.]+)?)\s+(?:có|đạt|cần|phải|được)\b", re.I)
MEASURE = re.compile(
    r"\b(?:tỷ lệ|tỉ lệ|tỷ suất|tỉ suất|tỷ trọng|tỉ trọng|số lượng|(?:tổng )?diện tích|kim ngạch|chỉ số|tốc độ|độ che phủ|năng suất|sản lượng|"
    r"thu nhập bình quân|tuổi thọ|cường độ)\b",
    re.I,
)


# A bound after the noun a share or a count counts: "90% số xã trở lên", "80% hộ gia đình trở lên" (up to four plain
# words; no verb, level or grade among them: "70% lao động có trình độ đại học trở lên" bounds the degree).
_BOUNDED_NOUN_WORD = (
    r"(?!(?:có|được|đạt|là|từ|với|và|của|trong|theo|mức|loại|hạng|cấp|khá|giỏi|tốt|xuất|trung|đại|cao|độ)\b)[^\W\d_]+"
)
BOUND_AFTER_NOUN = re.compile(
    rf"\s*(?P<noun>{_BOUNDED_NOUN_WORD}(?:\s+{_BOUNDED_NOUN_WORD}){{0,3}})\s+(?P<bound>trở\s+(?:lên|xuống))\b", re.IGNORECASE
)
