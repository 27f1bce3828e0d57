"""What a target measures: the words after its quantity ("100% cán bộ … được
đào tạo"), the unit and those words for counts, or a measure named before it
("Tỷ lệ nữ giám đốc … đạt 30%"); ``indicator`` gives it in indicator form.

The phrase runs to a phrase boundary (the next quantity of a list, a
semicolon, a sentence end, a milestone, a new clause), never to a word count.
A bare noun phrase in a list takes the predicate the list states once at its
end ("55% học sinh lớp 5, 65% học sinh lớp 9 và 75% học sinh lớp 12 biết bơi
an toàn"): the predicate starts where part-of-speech tagging finds its verb."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional, Sequence

import yaml

from extractors.numbers import SCALE_WORDS
from extractors.targets.patterns import BOUND_AFTER_NOUN, MEASURE, RANK_HEAD, SCENARIO_CONDITION
from extractors.targets.quantities import pos_tags
from extractors.units import DATA, unit_category

# A later quantity of the clause: (start, end, unit) in the text.
Following = Sequence[tuple[int, int, str]]

# Words between a phrase and the quantity or list item that follows it: comparators, milestones, joins;
# "tăng", "giảm" that end a compound verb ("cắt giảm", "gia tăng") are part of it, and so are "lên", "xuống"
# of "tải lên", "tải xuống" ("Tốc độ tải xuống đạt tối thiểu 5Mbit/s"); "tăng chiều cao … thêm tối thiểu 1,5cm".
_METRIC_TAIL = re.compile(
    r"(?:\s*(?:,|\b(?:đạt|là|(?:(?:ổn định|duy trì|giữ)\s+)?(?:ở\s+)?mức|chiếm|khoảng|(?<!và )tương đương|tối thiểu|ít nhất|trên|dưới|từ|hơn|gần|xấp xỉ|tối đa|(?<!trở )(?<!tải )lên|(?<!tải )xuống|còn|"
    r"phấn đấu|phần đấu|dự kiến|ước(?:\s+(?:tính|thực hiện))?(?=\s+đạt\b)|mục tiêu|và|hoặc|với|gấp|tỷ lệ|tỉ lệ|nhóm|trong(?: vòng| thời hạn| thời gian)?|không quá|không vượt quá|chậm nhất|(?<!cắt )(?<!gia )(?<!suy )(?:tăng|giảm)(?: trung bình| bình quân)?(?: thêm)?|thêm|(?:(?:đến|tới|vào|trong)(?: cuối)? )?năm \d{4}:?"
    r"|(?:trong |cả )?giai đoạn (?:này|tới|đó|trên|(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d))\b))+\s*$",  # "… tăng bình quân hàng năm trong giai đoạn này đạt 10%"
    re.I,
)


def metric_before(before: str) -> str:
    """The words before a value without the opening milestone or scope, list label, "phấn đấu" and comparators."""
    before = _METRIC_OPENING.sub("", before)
    before = _METRIC_TAIL.sub("", _BASELINE_TAIL.sub("", before.strip()))
    before = _VERB_BEFORE_AVERAGE.sub(" ", before)  # "… ngành Nông nghiệp phấn đấu đạt bình quân khoảng 3%/năm"
    label = _LABEL.match(before)
    if label and not MEASURE.match(before):
        before = before[label.end() :]  # "Các sản phẩm trái cây: Tổng sản phẩm trái cây …", "Vốn vay: Vốn vay tổ chức tín dụng"
    return _LEAD_WORDS.sub("", before.strip()).strip(" ,.:(")


_VERB_BEFORE_AVERAGE = re.compile(
    r"\s+(?:(?:phấn đấu|dự kiến)\s+)?(?:đạt|ở mức)\s+(?=(?:bình quân|trung bình)(?:\s+(?:hằng|hàng|mỗi)\s+năm)?\s*$)", re.I
)
# A heading word or two before a colon, then the phrase itself with a capital: a label.
_LABEL = re.compile(r"^[^:;,()]{1,60}:[\s*_]+(?=(?-i:[A-ZĐ]))")
# "trong 24 giờ", "trong vòng 03 ngày làm việc", "không quá 15 ngày": a time limit for what the clause says before.
_WITHIN = re.compile(r"\b(?:trong(?:\s+(?:vòng|thời hạn|thời gian))?|không quá|tối đa|chậm nhất(?:\s+sau)?)\s*$", re.I)
# "… giảm từ 23 ca sinh/1.000 phụ nữ xuống": the baseline a change starts from.
_BASELINE_TAIL = re.compile(r"\s+(?:(?:tăng|giảm)\s+)?từ\s+(?:mức\s+)?\d[^;]*?\s+(?:lên|xuống)(?:\s+còn)?(?:\s+mức)?\s*$", re.I)
_METRIC_CUT = re.compile(
    r"\b(?:mục tiêu|chỉ tiêu|phấn đấu|phần đấu)\b(?:\s+(?:là|đặt ra|đề ra|\d+\s*:))?|(?:năm\s+)?(?:19|20)\d\d\s*,|\d%?\s+(?:và|,)\s"
    r"|,\s*trong đó\b[\s,:]*"  # "… đạt trên 0,8, trong đó chỉ số bất bình đẳng giáo dục giảm xuống dưới 10%"
    r"|(?:\.{3}|…)\s*(?=(?-i:[A-ZĐ]))",  # "… thủy sản…Tổ chức 05 lần": an ellipsis before a capital ends a sentence
    re.I,
)
_LEAD_WORDS = re.compile(
    r"^(?:[-+•*\s]|\(\d+\)|phấn đấu|phần đấu|phải|đạt|bảo đảm|đảm bảo|có|là|tăng thêm|tăng(?! trưởng)|giảm|trên|tối thiểu|ít nhất|khoảng|"
    r"và(?!\w)|với|định hướng|tầm nhìn|nâng(?!\s+cao)\b|đưa\b)+",  # ("đưa vào khai thác": "và" is no "vào")
    re.I,
)


def base_end(text: str, end: int, unit: str) -> int:
    """End of a quantity including a percentage base written again after it ("14,70% diện tích tự nhiên")."""
    base = unit[2:] if unit.startswith("% ") else ""
    m = re.match(r"\s*" + re.escape(base), text[end:]) if base else None
    return end + m.end() if m else end


def metric_of(
    text: str, c_start: int, c_end: int, q_start: int, q_end: int, unit: str, floor: int, following: Following = ()
) -> str:
    """What is measured (``_metric_of``), as a share of the structure a list label names ("Cơ cấu kinh tế:
    Nông, lâm, ngư nghiệp chiếm 14,97%; Công nghiệp - xây dựng chiếm 38,13%" → "Công nghiệp - xây dựng
    trong cơ cấu kinh tế")."""
    if floor > c_start and (bound := _BOUND_AFTER.match(text[floor:q_start].lstrip())):
        # "đạt 7,52% trở lên, thu ngân sách … đạt trên 4.000 tỷ đồng": the bound closes the figure before.
        floor += len(text[floor:q_start]) - len(text[floor:q_start].lstrip()) + bound.end()
    phrase = _with_shared_measure(text, c_start, _metric_of(text, c_start, c_end, q_start, q_end, unit, floor, following))
    phrase = _with_parallel_measure(text[c_start:q_start], phrase)
    if unit == "%" and not _CHANGED_BY.search(text, c_start, q_start):
        # "100% số hợp tác xã …", "90% số lượng người dân …", "Số xã đạt chuẩn nông thôn mới trên 90%", "100% các
        # địa phương": a share is of the things themselves; a change ("giảm 10% số cặp tảo hôn") keeps the count.
        phrase = _SHARE_OF.sub("", phrase)
    structure = _structure_label(text, q_start) if unit == "%" else None
    if structure is None or "cơ cấu" in phrase.lower() and ":" not in phrase:
        return phrase
    phrase = phrase[phrase.rfind(":") + 1 :].strip()  # the label the first item of the list carries
    return f"{phrase} trong {structure}" if phrase else phrase


def _with_shared_measure(text: str, c_start: int, phrase: str) -> str:
    """A sector named alone in a list item ("lĩnh vực dịch vụ giai đoạn 2021 – 2025 đạt 8 – 9%") with the measure
    an earlier item of its sentence names before the same kind of sector ("phấn đấu tốc độ tăng trưởng giá trị tăng
    thêm lĩnh vực nông lâm, thủy sản … đạt 4,5 – 5%;")."""
    part = _PART_ITEM.match(phrase)
    if not part or MEASURE.search(phrase):
        return phrase
    sentence = re.split(r"(?<!\d)\.\s|\n", text[max(0, c_start - _STRUCTURE_LOOKBACK) : c_start])[-1]
    kind = part.group().strip().lower()
    for measure in reversed(list(MEASURE.finditer(sentence))):
        item = sentence[measure.start() :].split(";")[0]
        at = item.lower().find(f" {kind} ")
        if at > 0:
            return f"{' '.join(item[:at].split())} {phrase[:1].lower()}{phrase[1:]}"
    return phrase


# "tỷ trọng nông nghiệp chiếm 13,1%, công nghiệp chiếm 54,7% và dịch vụ chiếm 32,2%": the items after the first say
# their verb again but not the measure; each is measured as the first is.
_PARALLEL_VERB = re.compile(r"(?:,|\bvà)\s+(?P<item>[^\W\d_][^,;:]*?)\s+(?P<verb>chiếm|đạt)(?:\s+(?:khoảng|trên|dưới))?\s*$", re.I)


def _with_parallel_measure(before: str, phrase: str) -> str:
    """A later item of an enumeration that repeats the first item's verb (``before``: its clause up to the value)
    with the measure the first item names."""
    item = _PARALLEL_VERB.search(before)
    if not phrase or MEASURE.search(phrase) or not item or " ".join(item.group("item").split()).lower() != phrase.lower():
        return phrase
    first = re.search(
        rf"({MEASURE.pattern})\s+[^,;:]+?\s+{item.group('verb')}\b", before[: item.start()], re.I
    )
    return f"{first.group(1)} {phrase}" if first else phrase


def _structure_label(text: str, q_start: int) -> Optional[str]:
    """ "cơ cấu kinh tế" when a label "Cơ cấu kinh tế (đến năm 2030):" opens the list the value is in."""
    sentence = text[max(0, q_start - _STRUCTURE_LOOKBACK) : q_start]
    sentence = re.split(r"\.\s|\n", sentence)[-1]
    label = None
    for label in _STRUCTURE.finditer(sentence):
        pass
    return " ".join(label.group(1).split()).lower() if label else None


_PER_POPULATION_UNIT = re.compile(r"/[\d.,\s]*(?:(?:vạn|nghìn|ngàn)\s+)?(?:người\s+)?dân(?:\s+số)?$")


def _metric_of(
    text: str, c_start: int, c_end: int, q_start: int, q_end: int, unit: str, floor: int, following: Following = ()
) -> str:
    """What is measured: for "100% cán bộ … được đào tạo" the words after the
    quantity; for "5.000 doanh nghiệp hoạt động" the unit and those words; for
    "Tỷ lệ nữ giám đốc … đạt 30%" the words before it, without the opening
    milestone, list label or "phấn đấu". A measure noun ("tỷ lệ …") between
    floor (the previous quantity) and the value wins. ``following``: the later
    quantities of the clause, which end a list item."""
    rank = _rank_of(text, c_start, q_start, q_end, unit, next((a for a, _, _ in following if a >= q_end), c_end))
    if rank:
        return rank
    # "… tỷ trọng kinh tế số trong GDP theo mục tiêu quốc gia “Đến năm 2025, kinh tế số Việt Nam đạt khoảng 20% GDP":
    # a quotation open before the value is a sentence of its own, the words before it name no measure of it.
    quoted = _after_open_quote(text, max(floor, c_start), q_start)
    if quoted is not None:
        c_start = floor = quoted
    clause_words = " ".join(text[max(floor, c_start) : q_start].split())  # the clause before the value, one space apart
    predicate = _BARE_PREDICATE.match(clause_words) if unit == "%" else None
    subject = _measured_subject(text, max(floor, c_start)) if predicate else None
    if subject:
        # "Tỷ lệ lao động đã qua đào tạo đạt 71%; có bằng cấp, chứng chỉ đạt 27%": a predicate without a subject
        # continues the share the clause before measures.
        return _plain(f"{subject} {predicate.group('predicate')}")
    sentence = re.split(r"[.;:]\s|\n", text[max(0, q_start - _STRUCTURE_LOOKBACK) : q_start])[-1]
    estimated = _ESTIMATE_THEN_GOAL.match(" ".join(sentence.split()))
    subject = metric_before(estimated.group("subject").rsplit(", ", 1)[-1]) if estimated else ""
    if subject:
        # "lượng khách quốc tế đến TPHCM ước đạt 8,6 triệu lượt, phấn đấu đạt 9 triệu lượt": the goal is of
        # what the estimate before it measured.
        return _plain(subject)
    raised = _RAISED_TOTAL.search(clause_words)
    if raised and unit_category(unit) in ("count", "people"):
        # "Hình thành mới 05 Khu công nghiệp, nâng tổng số lên 12 KCN": the new total of what the clause adds to.
        total = " ".join(raised.group("total").split()).lower()
        noun = counted_noun(unit)
        return _plain(total if len(total.split()) > 2 else f"{total} {_spelled_out(noun, text[c_start:q_start])}")
    scale = _MEASURE_WITH.search(clause_words)
    owner = _object_of(metric_before(scale.group("owner"))) if scale else ""
    if owner:
        # "Đầu tư, xây dựng kinh doanh kết cấu hạ tầng Khu công nghiệp Bản Qua với quy mô 76,39 ha": the
        # measure named after "với" is of the thing the clause builds, not of the building.
        return _plain(f"{' '.join(scale.group('measure').split()).lower()} {_lowered(owner)}")
    # "Đưa tỷ lệ doanh nghiệp ứng dụng … lên tối thiểu 80% trên toàn tỉnh": a measure noun before the value names it.
    # "…, trong đó chỉ số bất bình đẳng giáo dục giảm xuống dưới 10%": the subset names its own measure.
    subset = max((m.end() for m in _IN_WHICH.finditer(text, floor, q_start)), default=floor)
    measure = MEASURE.search(text, subset, q_start)
    if measure:
        phrase = metric_before(" ".join(text[measure.start() : q_start].split()))
        if len(phrase.split()) > len(measure.group().split()):
            lead = " ".join(text[floor : measure.start()].split())
            rate_owner = _RATE_OWNER.search(lead)
            sector = None if rate_owner else _PART_SUBJECT.search(lead)
            owned = metric_before((rate_owner or sector).group(1)) if rate_owner or sector else ""
            # A sector owns its rate; before "với" only a noun does: "thu hút … với tốc độ" is no owner.
            if owned and (sector or pos_tags(owned)[0][1].startswith("N")):
                # "hàng hóa với tốc độ tăng trưởng bình quân khoảng 5,5%/năm": the rate of what comes before "với".
                phrase = f"{phrase} {_lowered(owned)}"
            return _plain(phrase)
    later = _list_items(text, q_end, following)
    next_clause = _next_clause_start(text, q_end, following)
    limit = later[0][0] if later else next_clause if next_clause is not None else c_end
    phrase, runs_on = _phrase_after(text, base_end(text, q_end, unit), limit)
    phrase = _BOUND_AFTER.sub("", phrase)  # "đạt 8% trở lên gắn với …": "trở lên" bounds the value
    if bound := BOUND_AFTER_NOUN.match(phrase):
        phrase = bound.group("noun") + phrase[bound.end() :]  # "90% số xã trở lên đạt chuẩn": so does it after the noun
    counted = not unit.startswith("%") and (
        unit_category(unit) in ("count", "people")
        # "4,0 dược sĩ/10.000 dân": health workers and beds are counted, alone or per population; "bé trai/100 bé gái"
        # is a ratio whose subject names it.
        or unit_category(unit) == "health" and ("/" not in unit or _PER_POPULATION_UNIT.search(unit) is not None)
    )
    if plan_share(unit, text[q_end:c_end]):
        phrase = ""  # "Chi đầu tư … phấn đấu đạt 100% kế hoạch": the plan is the base, the subject the metric
    elif unit_category(unit) == "duration" and _WITHIN.search(text, c_start, q_start):
        phrase = ""  # "… được tiếp cận hỗ trợ trong 24 giờ đầu kể từ khi …": what is done within the time
    elif not counted and re.match(r"\s*(?:,|(?:và|hoặc)\b)", text[base_end(text, q_end, unit) : c_end], re.I):
        phrase = ""  # "…%, nâng cao …", "… 400 triệu USD, tăng bình quân …": the next item starts
    elif (counted and phrase and _REACHES.search(text, c_start, q_start)
          and re.match(r"\s*,", text[base_end(text, q_end, unit) : c_end]) and pos_tags(phrase)[0][1] == "V"):
        phrase = ""  # "… phấn đấu đạt 10,5 triệu lượt, mang về tổng thu …": a verb after the comma starts the next item
    elif _MEASURED_FOR.match(phrase) and not metric_before(text[max(floor, c_start) : q_start]):
        # "Tăng bình quân 12%/năm đối với số công bố khoa học quốc tế …; 16%/năm đối với …": what grows.
        phrase = phrase[_MEASURED_FOR.match(phrase).end() :]
    elif _ADJUNCT.match(phrase) and not (counted and _QUALIFIES_COUNTED.match(phrase)):
        phrase = ""  # "… 40 μg/m3 … tại các điểm đo …": where it is measured, the measure is named before
    else:
        if phrase and runs_on and later:
            phrase = _with_shared_predicate(text, phrase, later, c_end)
        if phrase and floor > c_start:
            phrase = _with_shared_subject(text[floor:q_start], phrase)
    labelled = re.search(r":\s*$", text[floor:q_start])  # "+ Lắp đặt mới trạm 3G/4G: 58 trạm;"
    if counted and not labelled and not _ASIDES.sub("", phrase).strip(" ()"):
        subject = subject_before(text[floor:q_start])
        if subject:
            return _plain(subject)  # "Số bác sĩ trên 1 vạn dân đạt khoảng 15,3 bác sĩ": the unit repeats the subject
    if not unit.startswith("%") and not labelled and phrase:
        subject = subject_before(text[floor:q_start])
        if subject and AMOUNT_SUBJECT.match(subject):
            # "Tổng cung năng lượng sơ cấp khoảng 150 - 170 triệu tấn dầu quy đổi", "mức dự trữ xăng dầu đạt
            # khoảng 90 ngày nhập ròng": a subject that names an amount is the measure, the words after the
            # value complete its unit.
            return _plain(subject)
    if counted and (phrase.strip(" )") or not labelled):
        noun = counted_noun(unit)
        # "20 doanh nghiệp hoạt động/nghìn dân": the unit leaves out what qualifies its noun before the rate's slash.
        qualifier = re.search(rf"{re.escape(noun)}((?:\s+[^\W\d_]+){{1,2}})\s*/", text[q_start:q_end])
        if qualifier:
            noun = f"{noun} {' '.join(qualifier.group(1).split())}"
        if not phrase.lower().startswith(noun.lower() + " "):  # "05 mô hình: mô hình phát triển …" names it once
            phrase = f"{noun} {phrase}".strip()
    elif len(phrase.split()) < 2:
        # Start after the last target word or milestone: "… đặt ra mục tiêu phấn đấu đến năm 2021, nông dân …",
        # preferably after the previous quantity of the clause.
        start = floor if re.search(r"[^\W\d_]", text[floor:q_start]) else c_start
        before = " ".join(text[start:q_start].split())
        cuts = [m.end() for m in _METRIC_CUT.finditer(before)][::-1] + [0]
        phrase = next((p for p in (metric_before(before[c:]) for c in cuts) if len(p.split()) >= 2), "")
        return _plain(_named_project(text, c_start) if _BARE_PROJECT.fullmatch(phrase) else phrase)
    action = action_before(text[c_start:q_start]) if phrase else None
    if action:
        phrase = f"{action[0]} {phrase}"  # "Hướng dẫn 12.500 hộ kinh doanh …": what is done to the counted things
    return _plain(phrase)


def _rank_of(text: str, c_start: int, q_start: int, q_end: int, unit: str, limit: int) -> str:
    """A rank goal ("Việt Nam … đứng vào nhóm 20 quốc gia hàng đầu thế giới", "… thuộc nhóm 3 nước đứng đầu
    ASEAN và nhóm 5 nước đứng đầu khu vực châu Á") measures the rank of what is ranked, not a count of the
    peers: "thứ hạng <what is ranked> trong nhóm <peers>"; empty for any other count."""
    if unit_category(unit) != "count":
        return ""
    before = " ".join(text[c_start:q_start].split())
    rank = None
    for rank in _RANK_GROUP.finditer(before):
        pass
    if rank is None or not _EARLIER_RANKS.fullmatch(before[rank.end() :]):
        return ""
    ranked = before[: rank.start()].rstrip()
    if not ranked.endswith(","):  # "X, đứng vào nhóm": the clause before is ranked; else the list or name before
        ranked = _ranked_subject(ranked)
    ranked = metric_before(ranked.rstrip(" ,"))
    peers, _ = _phrase_after(text, q_end, limit)  # to the next rank of the list: "… ASEAN và nhóm 5 nước …"
    if not ranked or not peers:
        return ""
    named = all(w[:1].isupper() for w in ranked.split()[:2])  # "Việt Nam …" keeps its capitals, "Trình độ, …" not
    return _plain(f"thứ hạng {ranked if named else _lowered(ranked)} trong nhóm {counted_noun(unit)} {peers}")


def _ranked_subject(before: str) -> str:
    """What a rank verb ranks: the comma list before it back to a part with a predicate of its own
    ("Trình độ, năng lực công nghệ, đổi mới sáng tạo, chuyển đổi số thuộc nhóm"), or a name ("…, Chính phủ
    số có sự thay đổi đột phá, Việt Nam thuộc nhóm")."""
    parts = before.split(",")
    kept: list[str] = []
    for part in reversed(parts):
        if _predicate_word().search(part):
            break
        kept.insert(0, part)
        words = part.split()
        if words and all(w[:1].isupper() for w in words):
            break  # a name is a whole subject
    return ",".join(kept).strip()


def _object_of(phrase: str) -> str:
    """The noun phrase a clause's verbs act on: ``phrase`` without the verbs it opens with ("Đầu tư, xây
    dựng kinh doanh kết cấu hạ tầng …" → "kết cấu hạ tầng …"); empty when no noun follows them."""
    position = 0
    for word, tag in pos_tags(phrase):
        at = phrase.find(word, position)
        if at < 0:
            return ""  # the tagger respelled a word: no offsets to trust
        if tag.startswith("N"):
            return phrase[at:].strip()
        if tag not in ("V", "C", "CH"):
            return ""
        position = at + len(word)
    return ""


def counted_noun(unit: str) -> str:
    """What a count unit counts, without its multiplier or a rank group's rank: "triệu doanh nghiệp" → "doanh
    nghiệp", "nước dẫn đầu ASEAN" → "nước"."""
    noun = re.split(rf"\s+{RANK_HEAD}\b", unit.split("/")[0])[0]
    return _MULTIPLIER.sub("", noun) or noun


def subject_before(before: str) -> Optional[str]:
    """The subject of "Số giường bệnh trên 1 vạn dân đạt 34,7 giường bệnh", "hàng hóa từ 30,7 triệu tấn …":
    a noun phrase followed only by the verb and comparators before the value, None for a verb phrase
    ("Xây dựng 05 trường") or when nothing precedes."""
    before = " ".join(before.split())
    if not _LIST_NUMBER.match(before):  # "(10) Số bác sĩ …": the list number goes with the opening
        before = before.lstrip("( ")
    # After "mục tiêu là", "năm 2017," or a label ("Về hàng hóa …: hàng hóa từ 30,7 triệu tấn").
    cut = max([m.end() for m in _METRIC_CUT.finditer(before)] + [before.rfind(":") + 1])
    tail = _METRIC_TAIL.search(before)
    if not tail or not _COPULA.search(tail.group()) or action_before(before[cut:]):
        return None
    subject = metric_before(before[cut:])
    tags = pos_tags(subject) if subject else ()
    return subject if tags and tags[0][1].startswith("N") and tags[-1][1] != "V" else None


def _named_project(text: str, before: int) -> str:
    """ "Mục tiêu của dự án từ 500-1000 ha/huyện": the project the text named last before ``before``
    ("Dự án phát triển vùng nguyên liệu cây chanh dây theo mô hình …"), to the end of its name."""
    named = None
    for named in _PROJECT_NAME.finditer(text, max(0, before - _PROJECT_LOOKBACK), before):
        pass
    return f"của {_lowered(named.group())}" if named else ""


def action_before(before: str) -> Optional[tuple[str, str]]:
    """The verb phrase a clause opens with when the quantity is its object
    ("Tuyên truyền, tư vấn … cho 500.000 …", "Hỗ trợ, tư vấn 50.000 …",
    "mục tiêu đặt ra là toàn tỉnh chuyển đổi hơn 80 hộ …"): (the words as
    written, "cho" included; the verb phrase in lower case), None when the clause
    names a subject or another quantity first."""
    before = " ".join(before.split())
    earlier = _EARLIER_ITEM.match(before)
    if earlier and _PARALLEL_JOIN.search(earlier.group("items")):
        # "tổ chức tuyên truyền … tại 100% nhà trường và trên 70% người lao động …": the verb over every item.
        return action_before(earlier.group("verb"))
    cut = max((m.end() for m in _METRIC_CUT.finditer(before)), default=0)  # after "mục tiêu là", "năm 2017,"
    # Openings, light verbs, comparators and the plan's own territory as a subject ("toàn tỉnh chuyển đổi …") gone.
    lead = _own_territory_subject().sub("", metric_before(before[cut:]))
    beneficiary = _BENEFICIARY.search(lead)
    # Without "cho" before the counted things, a long opening is a sentence of its own, not a verb phrase over them.
    if not lead or _NUMBER_OR_LIST.search(lead) or not beneficiary and len(lead.split()) > _ACTION_WORDS:
        return None
    written = lead
    if beneficiary:
        lead = lead[: beneficiary.start()]
    lead = _lowered(lead)
    if lead in _STATIVE:
        return None  # "thuộc nhóm 3 nước …", "gồm 5 …": a relation, not something done to the counted things
    tags = _tags_in_context(lead, before[cut:].lower()) if lead else ()
    short = 0 < len(tags) <= _SHORT_LEAD and lead.split()[-1] not in _STATIVE
    if not beneficiary and short and any(tag != "V" for _, tag in tags):
        tags = _verb_reading(written) or tags
    if not tags or tags[0][1] != "V" and (beneficiary or not tags[0][1].startswith("N")):
        return None
    # Without "cho", only verbs ("Hỗ trợ, tư vấn 50.000 …"; the tagger takes a verb of a list for a noun now and
    # then): "Chi đầu tư từ nguồn vốn … đạt 100% kế hoạch", "tỉnh Đắk Nông phấn đấu có 5.000 …" name a subject.
    if not beneficiary and not all(
        tag in ("V", "R", "CH", "C") or tag.startswith("N") and following == ","
        for (_, tag), (following, _) in zip(tags, [*tags[1:], ("", "")])
    ):
        return None
    return written, lead


def _verb_reading(written: str) -> Optional[tuple[tuple[str, str], ...]]:
    """The tags of a short lead read as a verb phrase, after the auxiliary "sẽ" that only a verb follows:
    alone before a number the tagger takes "tuyển dụng", "lắp đặt", "tập huấn", "thu gom" for nouns (a
    name stays a name: "Hà Nội có"). None when the words do not come back as they were written."""
    if not all(word.isalpha() for word in written.split()):
        return None  # "≥", "(1)": no verb
    tags = pos_tags(f"sẽ {written} 1")[1:-1]
    if " ".join(word for word, _ in tags).lower() != " ".join(written.split()).lower():
        return None
    if tags[0][1] != "V" or any(tag not in ("V", "R") for _, tag in tags):
        return None
    return tuple((word.lower(), tag) for word, tag in tags)


def without_action(metric: str, before: str) -> str:
    """The metric without the verb phrase ``metric_of`` put before its counted things."""
    action = action_before(before)
    if action and metric.lower().startswith(action[0].lower() + " "):
        return metric[len(action[0]) + 1 :]
    return metric


def _tags_in_context(lead: str, context: str) -> tuple[tuple[str, str], ...]:
    """The tags of ``lead``, the end of ``context``, read with the words before it
    and a number after it: alone, a verb is often taken for a noun ("chuyển đổi")."""
    tags = pos_tags(f"{context} 1")
    start = context.rfind(lead)
    if start < 0:
        return pos_tags(lead)
    position, out = 0, []
    for word, tag in tags[:-1]:
        at = context.find(word, position)
        if at < 0:
            return pos_tags(lead)  # the tagger respelled a word: no offsets to trust
        position = at + len(word)
        if at >= start and position <= start + len(lead):
            out.append((word, tag))
    return tuple(out) or pos_tags(lead)


def _lowered(phrase: str) -> str:
    """The phrase with its first letter lowered unless its first word is an acronym ("GRDP")."""
    first = phrase.split(" ", 1)[0]
    return phrase if first.isupper() and len(first) > 1 else phrase[:1].lower() + phrase[1:]


def _plain(phrase: str) -> str:
    if phrase.count("(") > phrase.count(")"):
        phrase = phrase[: phrase.rindex("(")]  # "… trên đồng ruộng (rơm, rạ...": the aside is cut off
    # "… ứng dụng công nghệ số (hướng dẫn số, bản đồ số, thanh toán điện tử, …)": examples, not the measure.
    phrase = _EXAMPLES.sub("", phrase)
    phrase = _DEFINITION.sub("", phrase)  # "(sau đây gọi chung là tỉnh)", "(viết tắt là KCN)": a name for later, no measure
    phrase = " ".join(phrase.replace("*", "").split())
    # "… đơn vị sản xuất kinh doanh trên địa bàn tỉnh có cán bộ …": the plan's own territory measures nothing.
    phrase = _own_territory().sub("", phrase)
    return " ".join(phrase.split()).strip(" ,")


def plan_base(after: str) -> Optional[str]:
    """The plan a percentage is a share of, when only it follows the value ("đạt 100% kế hoạch.")."""
    m = _plan_base().match(after)
    return " ".join(m.group(1).split()).lower() if m else None


def plan_share(unit: str, after: str) -> Optional[str]:
    """``plan_base`` of a percentage, whether its unit is bare ("%", the plan in ``after``) or took the plan as
    its base ("% kế hoạch", ``after`` what follows it)."""
    if unit == "%":
        return plan_base(after)
    return plan_base(f" {unit[2:]}{after}") if unit.startswith("% ") else None


@lru_cache(maxsize=1)
def _metric_words() -> dict:
    return yaml.safe_load((DATA / "metric_words.yaml").read_text(encoding="utf-8"))


def _alternation(phrases: Sequence[str]) -> str:
    return "|".join(r"\s+".join(map(re.escape, p.split())) for p in sorted(phrases, key=len, reverse=True))


@lru_cache(maxsize=1)
def _own_territory() -> re.Pattern[str]:
    # Only where the phrase or its noun phrase ends: before a predicate verb, a comma, a parenthesis or the end.
    verbs = _alternation(_metric_words()["predicate_verbs"])
    return re.compile(
        rf"\s*,?\s+(?<![^\W_])(?:{_alternation(_metric_words()['own_territory'])})(?=\s*(?:$|[,;.()]|(?:{verbs})\b))", re.I
    )


@lru_cache(maxsize=1)
def light_words() -> re.Pattern[str]:
    """The words an indicator name leaves out (``indicator_light_words``), each with the space after it."""
    # "làm việc", "công việc", "việc làm" are words of their own; "về công tác tại …" is a verb (to go to work at).
    return re.compile(
        rf"(?<![^\W_])(?<!làm )(?<!công )(?-i:{_alternation(_metric_words()['indicator_light_words'])})\s+(?!(?:làm|tại|ở)\b)(?=(?-i:[a-zđà-ỹ]))",
        re.I,
    )


@lru_cache(maxsize=1)
def _own_territory_subject() -> re.Pattern[str]:
    return re.compile(rf"^(?:{_alternation(_metric_words()['own_territory'])})\s+", re.I)


@lru_cache(maxsize=1)
def _plan_base() -> re.Pattern[str]:
    return re.compile(rf"\s*({_alternation(_metric_words()['plan_bases'])})\b[\s.;,*]*$", re.I)


def _list_items(text: str, end: int, following: Following) -> list[tuple[int, int, str]]:
    """The later quantities that open the next items of a list ("55% học sinh
    lớp 5, 65% …"); one inside a parenthesis ("05 cuộc (01 cuộc/năm) khảo sát")
    or inside the item itself ("100% xã … mỗi quý có ít nhất 04 tin, bài …") is
    part of the phrase."""
    items = []
    for item in following:
        if item[0] >= end and _LIST_JOIN.search(text, end, item[0]) and not _inside_parentheses(text, end, item[0]):
            items.append(item)
            end = item[1]
    return items


def _next_clause_start(text: str, end: int, following: Following) -> Optional[int]:
    """Where the next quantity's own clause starts when it is no list item: the comma before it that
    opens a bound for every unit, a clause of its own with a subject and a verb, after a phrase complete
    with its predicate ("… hoàn thành cấp trung học phổ thông, không có tỉnh, thành phố đạt dưới 60%");
    None when the quantity is part of the phrase ("100% xã, phường mỗi quý có ít nhất 04 tin, bài …") or
    of a list item ("100% khu công nghệ cao, khu công nghiệp, cụm công nghiệp có tối thiểu 1 trạm 5G")."""
    start = next((a for a, _, _ in following if a >= end), None)
    if start is None or _inside_parentheses(text, end, start):
        return None
    for comma in re.finditer(r",\s*", text[end:start]):
        head, rest = text[end : end + comma.start()], text[end + comma.end() : start]
        if not _verb_after_noun(pos_tags(" ".join(head.split()))):
            continue
        if _OWN_CLAUSE.match(rest) and _verb_after_noun(pos_tags(" ".join(rest.split()))):
            return end + comma.start()
    return None


def _verb_after_noun(tags: Sequence[tuple[str, str]]) -> bool:
    """Whether the tagged words hold a subject and its verb: a verb after a noun."""
    nouns = [i for i, (_, tag) in enumerate(tags) if tag.startswith("N")]
    return bool(nouns) and any(tag == "V" for _, tag in tags[nouns[0] + 1 :])


def _inside_parentheses(text: str, start: int, end: int) -> bool:
    """Whether ``end`` lies in a parenthesis opened after ``start``."""
    return text.count("(", start, end) > text.count(")", start, end)


def _phrase_after(text: str, start: int, limit: int) -> tuple[str, bool]:
    """The phrase from ``start`` to its boundary before ``limit`` (the next list
    item or the clause end), and whether it runs on to ``limit`` through a bare
    list join (", ", "và", no verb of the next item's own)."""
    after = _ASIDE.sub(lambda m: " " * len(m.group()), text[start:limit])
    # ", Sở Khoa học …" opens a new clause, except in a list a colon opened ("tại các cơ quan: Sở …, Sở …") or
    # one of names inside the subject ("giao dịch trên Cổng Dịch vụ công quốc gia, Cổng Dịch vụ công và …").
    stop = next((m for m in _METRIC_STOP.finditer(after) if not (m.group("named") and _names_go_on(after[: m.start()]))), None)
    phrase = " ".join(after[: stop.start() if stop else len(after)].split())
    return _METRIC_TAIL.sub("", phrase).strip(" ,.:"), stop is None and bool(_PARALLEL_JOIN.search(after))


def _measured_subject(text: str, start: int) -> Optional[str]:
    """The share the paragraph measured last before ``start`` ("Tỷ lệ lao động đã qua đào tạo đạt 71%" → "Tỷ lệ
    lao động đã qua đào tạo"), None when none is named."""
    paragraph = text[text.rfind("\n", 0, start) + 1 : start]
    named = None
    for named in _SHARE_NAMED.finditer(paragraph):
        pass
    return " ".join(named.group("subject").split()) if named else None


def _after_open_quote(text: str, start: int, end: int) -> Optional[int]:
    """Where a quotation opened after ``start`` and still open at ``end`` starts its words, None when none is."""
    opening = max(text.rfind("“", start, end), text.rfind("«", start, end))
    if opening < 0 or re.search(r"[”»]", text[opening:end]):
        return None
    return opening + 1


def _spelled_out(acronym: str, before: str) -> str:
    """An acronym ("KCN") as the words before spell it out ("Khu công nghiệp" → "khu công nghiệp"), else as it is."""
    if not (acronym.isupper() and 1 < len(acronym) <= 6):
        return acronym
    words = before.split()
    for i in range(len(words) - len(acronym), -1, -1):
        run = words[i : i + len(acronym)]
        if "".join(w[:1] for w in run).upper() == acronym:
            return " ".join(run).lower()
    return acronym


def _names_go_on(head: str) -> bool:
    """Whether a comma before a capital after ``head`` goes on with a list: one a colon opened, or one of
    names in a subject that has no predicate yet ("giao dịch trên Cổng Dịch vụ công quốc gia, Cổng …")."""
    if ":" in head:
        return True
    words = head.split()
    return any(w[:1].isupper() for w in words[1:]) and predicate_start(" ".join(words)) is None


def _with_shared_predicate(text: str, phrase: str, later: Following, c_end: int) -> str:
    """A bare noun phrase in a list ("55% học sinh lớp 5, 65% …") takes the
    predicate of the first later item that states one ("… 75% học sinh lớp 12
    biết bơi an toàn")."""
    own = predicate_start(phrase)
    if own is not None and _predicate_word().search(phrase):
        return phrase
    for i, (_, end, unit) in enumerate(later):
        last = i + 1 == len(later)
        item, runs_on = _phrase_after(text, base_end(text, end, unit), c_end if last else later[i + 1][0])
        predicate = predicate_start(item)
        if predicate is not None and own is None:
            return f"{phrase} {item[predicate:]}"
        # Verbs without a predicate word qualify the noun ("điểm tổ chức sử dụng trái phép chất ma túy"):
        # such an item still takes a passive predicate stated once ("… và 100% diện tích … được phát hiện").
        passive = _PASSIVE.search(item, predicate) if predicate is not None else None
        if passive:
            return f"{phrase} {item[passive.start():]}"
        if last or not runs_on:
            break
    return phrase


def _with_shared_subject(previous: str, phrase: str) -> str:
    """A predicate without its subject in a list ("100% bộ, ngành, địa phương
    đạt cấp độ 4 và 90% đạt cấp độ 5 …") takes the subject of the item before it."""
    if not _PARALLEL_JOIN.search(previous) and not _SUBSET.search(previous):
        return phrase
    tags = pos_tags(phrase)
    if not tags or tags[0][1] != "V":
        return phrase
    subset = _SUBSET.search(previous)
    previous = _METRIC_TAIL.sub("", _SUBSET.sub("", " ".join(previous.split()))).strip(" ,")
    passive = re.search(r"\s(?:được|bị|là|có|đạt)\s", previous) if subset else None
    subject = passive.start() if passive else predicate_start(previous)
    return f"{previous[:subject].rstrip()} {phrase}" if subject else phrase




def predicate_start(phrase: str) -> Optional[int]:
    """Offset in ``phrase`` of the verb that starts its predicate, None for a bare noun phrase."""
    position = 0
    noun_seen = False
    for i, (word, tag) in enumerate(pos_tags(phrase)):
        at = phrase.find(word, position)
        if at < 0:
            return None  # the tagger respelled a word: no offsets to trust
        position = at + len(word)
        if noun_seen and tag in ("V", "R") and (i >= 2 or word.lower() in _metric_words()["predicate_verbs"]):
            return at
        noun_seen = noun_seen or tag.startswith("N")
    return None


# After a value the clause opens with, "đối với" names what the value measures.
_MEASURED_FOR = re.compile(r"đối với\s+", re.I)
# A phrase opening on a preposition says where or how, not what.
# "70 năm kể từ ngày …": the moment a duration runs from.
# "40 triệu người dân trong độ tuổi trưởng thành …", "200 doanh nghiệp tại các khu công nghiệp": a place or group
# right after a counted noun says which are counted (not a time: "trong năm 2025", "trong vòng 5 năm").
_QUALIFIES_COUNTED = re.compile(
    r"(?:tại|ở|trong)\s+(?!(?:năm|giai\s+đoạn|thời\s+gian|thời\s+hạn|vòng|tháng|quý|tuần|ngày|kỳ|đó|này)\b)", re.I
)
_ADJUNCT = re.compile(r"(?:tại|ở|trong|trên|theo|so với|đối với|vào|gắn với|kể từ|tính từ)\b", re.I)
_BOUND_AFTER = re.compile(r"^(?:trở lên|trở xuống)\b[\s,]*", re.I)
# Parentheses that hold a number are asides, skipped: "05 cuộc (01 cuộc/năm) khảo sát …"; those that
# hold a list end the phrase: "(các phường: …)", "(Trong đó: MobiFone: 22 trạm, …)".
_ASIDE = re.compile(r"\([^():]*\d[^():]*\)|\((?:chưa|không)\s+(?:bao gồm|kể)[^()]*\)", re.I)
# The end of a list item: a join, then perhaps the verb and comparator of the next item ("…, 65%",
# "… và đạt tỷ lệ 90%", "… và tăng thêm ít nhất 10%"); more words make the number part of the item.
_COMPARATOR_WORDS = r"(?:\s*\b(?:tỷ lệ|tỉ lệ|tối thiểu|ít nhất|khoảng|trên|dưới|hơn|gần|xấp xỉ|tối đa|từ)\b)*[^\w]*$"
_LIST_JOIN = re.compile(r"(?:,|\b(?:và|hoặc)\b)(?:\s+[^\W\d_]+){0,2}?" + _COMPARATOR_WORDS, re.I)
# "70% người lao động … được đào tạo …, trong đó 30% có trình độ đại học trở lên": a subset of the same subject.
_IN_WHICH = re.compile(r",\s*trong đó\b[\s,:]*", re.I)
_SUBSET = re.compile(r",\s*trong đó[\s,:]*" + _COMPARATOR_WORDS, re.I)
# Items of one enumeration share what is said once: no verb of their own between them ("55% …, 65% … và 75% …").
_PARALLEL_JOIN = re.compile(r"(?:,|\b(?:và|hoặc)\b)" + _COMPARATOR_WORDS, re.I)
_METRIC_STOP = re.compile(
    r";|(?<!\.)\.(?!\.)(?:\s|$)|(?:\.{3}|…)(?=\s*(?:$|(?-i:[A-ZĐ])))|\([^()]*:|https?://|(?P<named>,\s+(?=(?-i:[A-ZĐ][^\sA-ZĐ,;.]*\s)))|\bso với\b(?!\s+(?:lượng|tổng|số|lực lượng|dân số|diện tích)\b)|\bnhưng\b|\b(?:bao )?gồm từ\b|\bvới (?=tổng|quy mô|tốc độ|công suất|chiều dài|diện tích)"
    r"|,\s*(?:trong đó|từng bước|đồng thời|góp phần|qua đó|bên cạnh đó|theo đó|gắn với)\b|(?:,\s*|\s+)nâng\s+tổng\b|(?<![^\W_])(?:nhằm|tương ứng với|tại địa chỉ)\b"
    r"|,?\s(?:từ\s+)?(?:vào|trong|đến|từ)?\s*năm\s+\d"
    # "… 2.305 nhà ở hư hỏng … trước ngày 30/9/2010": the date a target is due by closes its metric.
    r"|,?\s(?:trước|chậm\s+nhất)\s+(?:(?:ngày|tháng|quý)\s+)?(?:\d|(?-i:[IVX]+)\b)",
    re.I,
)
# "Cơ cấu kinh tế:", "Cơ cấu GRDP đến năm 2030:", "cơ cấu lao động:": a list of the parts of a whole.
_STRUCTURE = re.compile(r"\b(cơ cấu\s+(?:nền\s+)?(?:kinh tế|GRDP|GDP|lao động|ngành kinh tế))\b[^:;.]{0,40}:", re.I)
_STRUCTURE_LOOKBACK = 400  # characters: a list of sector shares is one sentence
# "; có bằng cấp, chứng chỉ đạt 27%", ", trong đó có bằng cấp, chứng chỉ đạt 35%": a predicate with no subject of its own.
_BARE_PREDICATE = re.compile(
    r"^[\s;,(]*(?:trong đó[\s,:]*)?(?P<predicate>(?:có|được)\s+[^;:()\d]+?)\s+(?:đạt|là|chiếm)"
    r"(?:\s+(?:tối thiểu|ít nhất|khoảng|trên|hơn|gần))*\s*$",
    re.I,
)
_SHARE_NAMED = re.compile(r"(?P<subject>(?:tỷ|tỉ)\s+lệ\s+[^;:()\d]+?)\s+(?:đạt|là|chiếm|ở mức)\b", re.I)
_SHARE_OF = re.compile(r"^(?:số lượng|số|các|những)\s+(?=\S)", re.I)
_CHANGED_BY = re.compile(
    r"\b(?:tăng|giảm)(?:\s+(?:trung bình|bình quân|thêm|gấp))*(?:\s+(?:tối thiểu|ít nhất|khoảng|trên|dưới|hơn|gần|xấp xỉ|tối đa|từ))*\s*$",
    re.I,
)
# "X ước đạt 8,6 triệu lượt, phấn đấu đạt", "X trong năm 2021 ước đạt 140.000 tỷ đồng và mục tiêu phấn đấu đạt".
_ESTIMATE_THEN_GOAL = re.compile(
    r"^(?P<subject>[^;:]+?)\s+ước(?:\s+(?:tính|thực hiện))?\s+đạt\s+(?:[^\W\d_]+\s+)*?\d+(?:[.,]\d+)*[^,;\d]*?(?:,|\s+và)\s+"
    r"(?:(?:mục tiêu|chỉ tiêu)\s+)?phấn đấu(?:\s+đạt)?(?:\s+(?:khoảng|trên|tối thiểu|ít nhất|gần))*\s*$",
    re.I,
)
# "… đạt khoảng", "… là": the value is a level the subject reaches, its unit ends the item.
_REACHES = re.compile(r"\b(?:đạt|là|ở mức)(?:\s+(?:khoảng|trên|tối thiểu|ít nhất|hơn|gần|xấp xỉ))*\s*$", re.I)
# "…, nâng tổng số xã đạt chuẩn lên 85 xã", "nâng tổng số lên 12 KCN": a running total after what is added.
_RAISED_TOTAL = re.compile(
    r"\bnâng\s+(?P<total>tổng\s+số(?:\s+lượng)?(?:\s+[^,;:()]*?)?)\s+lên(?:\s+(?:tối thiểu|ít nhất|khoảng|trên|gần|hơn))*\s*$",
    re.I,
)
# Openings that say when or where, not what: "Đến năm 2030,", "Theo Kế hoạch,", "Tại địa bàn đô thị:".
_METRIC_OPENING = re.compile(
    r"^(?:[-+•*\s,;)]|\(\d+\)|[a-zđ]\)\s)*(?:(?:theo kế hoạch|trong đó|cụ thể|như vậy|ngoài ra|bên cạnh đó|đồng thời|theo đó|"
    # a news report's speaker: "Thủ tướng nhấn mạnh, phải đạt tăng trưởng khoảng 3%"
    r"[^,;:()]{1,40}?\b(?:nhấn mạnh|cho biết|khẳng định|yêu cầu|lưu ý|chia sẻ|thông tin)\s*,|(?:chỉ tiêu|mục tiêu)\s+\d+\s*:|mục tiêu|"
    rf"{SCENARIO_CONDITION}|"  # "…, nếu điều kiện cho phép phấn đấu đạt …": a higher scenario of the same measure
    r"(?:phấn đấu\s+)?(?:đến|tới|vào|trong|từ)\s+(?:năm\s+)?(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d|\s+trở đi)?"
    r"|năm\s+(?:19|20)\d\d|giai đoạn[\s\d–-]+|tại [^,:]{0,60}:|(?:(?:bình quân|trung bình)\s+)?(?:hằng|hàng|mỗi)\s+năm\b\s*,?"
    r"|(?:đối với|tại|ở)\s(?:[^,:()]|\([^)]*\))*,)[\s,:]*)*",
    re.I,
)
# "…: hàng hóa với tốc độ …", "hành khách với tốc độ …": what the rate named next belongs to.
# The verb between a subject and its value ("… đạt khoảng", "… từ … đến"); "có" says what a place has.
_COPULA = re.compile(r"\b(?:đạt|là|ở mức|khoảng|từ|còn|lên|xuống)\b", re.I)
# "…, không có tỉnh nào đạt dưới 60%", "…, mỗi huyện có ít nhất …": a bound for every unit.
_OWN_CLAUSE = re.compile(r"\s*(?:không|chưa|mỗi|từng)\s", re.I)
_PASSIVE = re.compile(r"(?<![^\W_])(?:được|bị)\b", re.I)


@lru_cache(maxsize=1)
def _predicate_word() -> re.Pattern[str]:
    return re.compile(rf"(?<![^\W_])(?:{_alternation(_metric_words()['predicate_verbs'])})(?![^\W_])", re.I)


# A subject that names an amount: "Tổng cung …", "Mức dự trữ …", "Khối lượng hàng hóa …", "Sản lượng điện …".
AMOUNT_SUBJECT = re.compile(rf"(?:{MEASURE.pattern}|\b(?:tổng|mức|quy mô|khối lượng|lượng|số)\b)", re.I)
# "… Khu công nghiệp Bản Qua với quy mô 76,39 ha", "… với tổng chiều dài 2.693 m": a measure of what comes before.
_MEASURE_WITH = re.compile(
    r"(?P<owner>[^\W\d_][^;:]*?)\s+với\s+(?P<measure>quy mô|(?:tổng\s+)?diện tích|công suất|tổng vốn đầu tư|(?:tổng\s+)?chiều dài)"
    r"(?:\s+(?:là|khoảng|đạt|từ|trên|gần|tối thiểu|ít nhất))*\s*$",
    re.I,
)
# "thuộc nhóm", "đứng vào nhóm", "nằm trong top": a rank among peers; "… 3 nước đứng đầu ASEAN và nhóm": another.
_RANK_GROUP = re.compile(r"\b(?:thuộc|đứng vào|đứng trong|nằm trong|lọt vào|vào)\s+(?:nhóm|top|tốp)\s*", re.I)
_EARLIER_RANKS = re.compile(r"(?:\d[^,;:]*?(?:,|\bvà\b)\s*(?:nhóm|top|tốp)\s*)*", re.I)
_LIST_NUMBER = re.compile(r"\(\d+\)")  # "(10) Số bác sĩ …": the number of an item in a resolution's list
_MULTIPLIER = re.compile(rf"^(?:{SCALE_WORDS}|vạn|trăm)\s+(?=\S)", re.I)
_EXAMPLES = re.compile(r"\s*\((?:[^()\d,]+,){2,}[^()\d]*\)")
_DEFINITION = re.compile(r"\s*\((?:sau đây\s+)?(?:gọi|viết)\s+(?:chung|tắt)\b[^()]*\)", re.I)
_ASIDES = re.compile(r"\([^()]*\)?")
_RATE_OWNER = re.compile(r"(?:^[-+•*\s]*|[,;:]\s*)([^\W\d_][^,;:()]*?)\s+với\s*$")
# "Lĩnh vực chăn nuôi phấn đấu đạt tốc độ tăng giá trị sản xuất 3,95 – 4,15%", "Ngành lâm nghiệp phấn đấu tốc độ …":
# a sector that strives for a rate is what the rate is of, named without "lĩnh vực"/"ngành" ("… sản xuất chăn nuôi").
_PART_SUBJECT = re.compile(
    r"(?:^[-+•*\s]*|[,;:.]\s*)(?:theo đó,?\s*)?(?:lĩnh vực\s+|ngành\s+)?"
    r"((?<=lĩnh vực )[^,;:()]*?|(?<=ngành )[^,;:()]*?|(?:khu vực|nhóm ngành)\s[^,;:()]*?)"
    r"\s+(?:(?:phấn đấu|dự kiến)(?:\s+đạt)?|đạt)\s*$",
    re.I,
)
# A sector named alone as the next item of a list ("…; lĩnh vực dịch vụ giai đoạn 2021 – 2025 đạt 8 – 9%") is
# measured as the item before it that names its measure ("tốc độ tăng trưởng giá trị tăng thêm lĩnh vực nông lâm …").
_PART_ITEM = re.compile(r"^(?:lĩnh vực|khu vực|ngành|nhóm ngành)\s", re.I)
# A verb phrase, then earlier items of a list ("… tại 100% nhà trường và trên"): no other verb, colon or semicolon.
_EARLIER_ITEM = re.compile(
    r"(?P<verb>.*?[^\W\d_]\s+(?:cho|tại))\s+(?P<items>(?:(?:tối thiểu|ít nhất|khoảng|trên|dưới|hơn|gần)\s+)*\d[^:;]*)$", re.I
)
_BENEFICIARY = re.compile(r"\s+(?:cho|tại)$", re.I)  # for whom, or where: "… cho người học tại 100% nhà trường"
# "hình thành 100 doanh nghiệp": coming into being is having, no action on the counted things.
_STATIVE = frozenset({"thuộc", "có", "là", "gồm", "bao gồm", "chiếm", "còn", "ở", "nằm trong", "hình thành"})
_SHORT_LEAD = 2  # words of a lead that is one verb, perhaps with its adverb ("lắp đặt mới")
_ACTION_WORDS = 24  # longer openings are sentences of their own, not a verb phrase over the quantity
# Another quantity or a list before the counted things; a digit inside a name ("5G", "PM2.5") is neither.
_NUMBER_OR_LIST = re.compile(r"[:;]|(?<![^\W\d_])\d(?![\d.,]*[^\W\d_])")
# "của dự án": what the measure belongs to is a project named earlier, written with a capital.
_BARE_PROJECT = re.compile(r"của\s+(?:dự án|đề án|chương trình|kế hoạch)", re.I)
# "Dự án phát triển vùng nguyên liệu cây chanh dây": its name ends at punctuation, a line end or the words
# that say how, by whom or when ("theo mô hình …", "vừa được …").
_PROJECT_NAME = re.compile(
    r"(?-i:Dự án|Đề án|Chương trình|Kế hoạch)\s(?:(?!\s*(?:theo|vừa|được|đã|sẽ|do|của|tại|nhằm|với|trên|giai đoạn)\b)"
    r"[^\n.,;:()\d])+",
    re.I,
)
_PROJECT_LOOKBACK = 2000  # characters: the article or section the project was named in
