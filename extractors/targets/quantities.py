"""Quantities: the numbers of a sentence followed by a unit (labels, codes, dates
and years left out; ranges joined), with the unit's base or per-entity part and
the comparator written around them."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable, Optional, Union

from extractors.canonical import LOWERCASE, UPPERCASE
from extractors.numbers import SCALE_WORDS, NumberAnnotation, parse_digits
from extractors.targets.model import Quantity
from extractors.targets.patterns import (
    AGE_AFTER,
    ANNIVERSARY_BEFORE,
    BASE_END,
    BOUND_AFTER_NOUN,
    CODE_AFTER,
    ECONOMY_BASE,
    LABEL_BEFORE,
    MEASURE,
    PLAN_BASE,
    PER_ENTITY,
    PERCENT_BASE,
    PERCENT_BASE_VERB,
    RANGE_SEP,
    RANK_AFTER,
    RANK_HEAD,
    RANK_GROUP_BEFORE,
    RELATIVE_SPAN,
    YEAR_BARE,
    YEAR_TOKEN,
)
from extractors.units import comparators, unit_category, unit_pattern, units
from extractors.vi_nlp import word_spans


# What must follow a unit for the range pattern of ``sentence_quantities`` to match ("% đến 12%"): the test before a
# pattern written for each unit, which the regular-expression cache would otherwise compile again and again.
_RANGE_SECOND = r"\s*(?:-|–|—|đến|tới)\s*"  # between a range's ends ("10% đến 12%", "từ 16 cầu cảng - 18 cầu cảng")
_RANGE_AFTER_UNIT = re.compile(r"(?:\s+[^\W\d_]+){0,2}?" + _RANGE_SECOND + r"\d", re.I)


def is_multiplier(sentence: str, n: NumberAnnotation) -> bool:
    """A number word carries a quantity in "gấp hai lần"."""
    return bool(re.search(r"\bgấp\s*$", sentence[: n.start], re.I)) and bool(re.match(r"\s*lần\b", sentence[n.end :], re.I))


def sentence_quantities(
    sentence: str, numbers: list[NumberAnnotation], guess_units: Union[bool, Callable[[int], bool]] = False
) -> list[Quantity]:
    """Numbers of a sentence that are quantities: followed by a unit, not labels,
    codes or years; ranges joined. With guess_units (True, or true for a number's
    start), a noun missing from the unit table is taken as the unit (goal sections
    and news goal phrases, where a counted noun is a target)."""
    out: list[Quantity] = []
    guessed: set[str] = set()  # the nouns taken as units so far
    i = 0
    while i < len(numbers):
        n = numbers[i]
        i += 1
        high, last = None, n
        # "ít nhất mỗi năm 1 lần": a number after a period word is a frequency ("1 lần/năm"), not a label of that period.
        per_period = _PER_PERIOD_BEFORE.search(sentence, max(0, n.start - 12), n.start)
        total = _OUT_OF_TOTAL.match(sentence, n.end)
        if total and i < len(numbers) and numbers[i].start == total.start(1) and numbers[i].value >= n.value:
            # "Phấn đấu có 17/99 xã, phường đạt chuẩn …": a count out of a total, the unit after the total
            # ("76/76 dịch vụ công thiết yếu": all of them).
            if _is_label(sentence, n, code_after=False):
                continue
            last = numbers[i]
            i += 1
        elif (
            (_is_label(sentence, n) and not per_period)
            or _SPEED_THRESHOLD.search(sentence, max(0, n.start - 20), n.start)
            or (_PER_BEFORE.search(sentence, max(0, n.start - 40), n.start) and _POPULATION_AFTER.match(sentence, n.end))
        ):
            continue
        if i < len(numbers) and RANGE_SEP.match(sentence[n.end : numbers[i].start]) and not _is_year(numbers[i]):
            nxt = numbers[i]
            # "10% - 12%" keeps the unit on both ends; "10-12%" on the last one.
            high, last = nxt, nxt
            i += 1
        # "từ 300-500 ha" / "01 - 02 sáng chế": the unit follows the upper end.
        unit = _unit_after(sentence, last.end)
        if unit is None and (guess_units(n.start) if callable(guess_units) else guess_units):
            unit = _guess_unit(sentence, last.end)
            # "4 phòng/căn hộ": a per-entity slash joins a guessed noun as it joins a known unit.
            unit = _per_entity_slash(sentence, *unit) if unit else None
            if unit:
                guessed.add(unit[0])
        if unit is None:
            unit = _index_value(sentence, n, last)  # needs no goal word: "chỉ số … đạt" names what the number is
        elif unit is None and guessed and (again := _guess_unit(sentence, last.end)) and again[0] in guessed:
            unit = again  # "có 23 đô thị, trong đó: 02 đô thị loại II (…), 01 đô thị loại III (…)": the noun guessed before
        if unit is None and (age := _LIFE_EXPECTANCY_AGE.match(sentence, last.end)):
            if _LIFE_EXPECTANCY.search(sentence, max(0, n.start - 80), n.start):
                unit = ("tuổi", age.end())  # "Tuổi thọ trung bình đạt 75,5 tuổi": an age that is the measure itself
        if unit is None:
            continue
        unit_text, unit_end = unit
        if per_period and "/" not in unit_text:
            unit_text = f"{unit_text}/{per_period.group(1).lower()}"
        if (grade := _GRADE.match(sentence, unit_end)) and not unit_text.startswith("%") and "/" not in unit_text:
            # "02 đô thị loại II", "15 km đường cấp III": the grade is part of what is counted.
            unit_text, unit_end = f"{unit_text} {' '.join(grade.group(1).split())}", grade.end()
        if high is None:
            # "10% đến 12%", "từ 06 tháng đến 36 tháng tuổi", "từ 16 cầu cảng đến 18 cầu cảng":
            # the unit, and the words after it, written on both ends.
            m = _RANGE_AFTER_UNIT.match(sentence, unit_end) and re.match(
                r"((?:\s+[^\W\d_]+){0,2}?)" + _RANGE_SECOND + r"(\d[\d.,]*)\s*" + re.escape(unit_text) + r"\1",
                sentence[unit_end:], re.I,
            )
            if m:
                unit_text = " ".join([unit_text, *m.group(1).split()])
                unit_end += m.end()
                while i < len(numbers) and numbers[i].start < unit_end:
                    i += 1
                if AGE_AFTER.match(sentence[unit_end:]):
                    continue
                high_value = parse_digits(m.group(2))
                if high_value > n.value:
                    # ("11% - 12% trên tổng kim ngạch xuất khẩu": the base follows the upper end.)
                    unit_text, unit_end = extend_unit(sentence, n.start, unit_text, unit_end)
                    out.append(Quantity(n.start, unit_end, n.value, high_value, unit_text, "range", False, False))
                continue
        if _DIGIT_COUNT.fullmatch(unit_text):
            continue  # "tăng trưởng 2 con số": how many digits a growth rate has, no quantity
        if high is None and _is_year(n) and (
            not _unit_is_quantity_after_year(unit_text) or _is_bare_milestone(sentence, n)
            or _YEAR_SPAN_BEFORE.search(sentence, max(0, n.start - 8), n.start)
        ):
            continue  # ("Giai đoạn 2008 - 2010 diện tích cao su đạt 6.000 ha": a span's last year, not 2010 of anything)
        if AGE_AFTER.match(sentence[unit_end:]):
            continue
        if unit_category(unit_text) == "duration" and RELATIVE_SPAN.match(sentence, unit_end):
            continue
        if unit_category(unit_text) == "duration" and _AFTER_SPAN.search(sentence, max(0, n.start - 12), n.start):
            continue  # "sau 3 năm thực hiện, 50% xã …", "định kỳ 6 tháng báo cáo": a schedule, not a figure
        if unit_category(unit_text) == "duration" and (
            _EVENT_SPAN_BEFORE.search(sentence, max(0, n.start - 25), n.start) or _EVENT_SPAN_AFTER.match(sentence, unit_end)
        ):
            continue  # "lễ hội diễn ra trong 3 ngày", "kéo dài 5 ngày": how long an event lasts
        if unit_category(unit_text) == "duration" and ANNIVERSARY_BEFORE.search(sentence, 0, n.start):
            continue
        if unit_text == "năm" and _A_YEAR.match(sentence, unit_end):
            # "03 năm 2026 - 2028", "kế hoạch sử dụng đất 5 năm (2021 - 2025)": a span of years, not a duration target.
            continue
        if unit_text == "tháng" and _OF_THE_YEAR.match(sentence, unit_end):
            # "ngày 04 11 tháng năm 2024": a dateline whose figures a signature stamp put out of order;
            # "6 tháng năm 2025": the half-year of a report. A month of a year, no duration.
            continue
        unit_text, unit_end = extend_unit(sentence, n.start, unit_text, unit_end)
        comparator, strict, phrase = _comparator(sentence, n.start, unit_end)
        if comparator is None and unit_category(unit_text) == "duration" and _WITHIN.search(sentence, 0, n.start):
            comparator = "<="  # "tiếp cận hỗ trợ trong 24 giờ đầu": done within the time, at most that long
        if high is not None:
            if high.value <= n.value:
                continue
            comparator, strict, phrase = "range", False, False
        out.append(
            Quantity(n.start, unit_end, n.value, high.value if high else None, unit_text, comparator, strict, phrase)
        )
    return out


# "Chỉ số giáo dục đóng góp vào chỉ số phát triển con người (HDI) đạt trên 0,8", "… (HDI) duy trì trên 0,7":
# an index's value has no unit.
_INDEX_BEFORE = re.compile(
    r"\bchỉ số\b[^;:]*?\b(?:đạt|duy trì(?:\s+ở)?)(?:\s+(?:trên|dưới|khoảng|tối thiểu|ít nhất|từ|mức))?\s*$", re.I
)
_NOTHING_AFTER = re.compile(r"\s*(?:[,;.)]|\btrong đó\b|\bvà\b|$)", re.I)


def _index_value(sentence: str, n: NumberAnnotation, last: NumberAnnotation) -> Optional[tuple[str, int]]:
    """An index's value written with no unit takes "chỉ số" as its unit."""
    if _is_year(last) or not _NOTHING_AFTER.match(sentence, last.end):
        return None
    clause_start = max(sentence.rfind(";", 0, n.start), 0)
    return ("chỉ số", last.end) if _INDEX_BEFORE.search(sentence, clause_start, n.start) else None


# "Tỷ lệ người sử dụng có khả năng truy cập băng rộng … với tốc độ 01 Gb/s đạt 100%": the speed a service
# is counted at defines the metric (README: thresholds that define the metric are no targets).
_SPEED_THRESHOLD = re.compile(r"\bvới\s+tốc\s+độ\s*$", re.I)
# "Số bác sĩ trên 1 vạn dân", "Số giường bệnh trên 10.000 dân": the population a count is taken per, not a figure
# ("Thu hút trên 10.000 người dân": "trên" after a verb is a comparator).
# "có từ 19 bác sỹ, 50 giường bệnh trên 1 vạn dân": after a count, "trên" names its population too.
_PER_BEFORE = re.compile(
    r"(?:\b(?:số|tỷ\s+lệ|tỉ\s+lệ)\s+[^\W\d_][^,;:\d]{0,40}?"
    r"|(?<![\d.,])(?!(?:19|20)\d\d\b)\d[\d.,]*\s+[^\W\d_]+(?:\s+[^\W\d_]+){0,2})\s+trên\s*$", re.I  # (not a year's)
)
_POPULATION_AFTER = re.compile(r"\s*(?:(?:vạn|nghìn|ngàn)\s+)?(?:người\s+)?dân(?!\s*(?:tộc|cư|số)\b)\b", re.I)
# (healthy life expectancy, "số năm sống khỏe mạnh", is written in years of age too)
_LIFE_EXPECTANCY = re.compile(r"\b(?:tuổi\s+thọ|số\s+năm\s+sống\s+(?:khỏe|khoẻ))\b[^;:]*$", re.I)
_LIFE_EXPECTANCY_AGE = re.compile(r"\s*tuổi\b", re.I)
_OF_THE_YEAR = re.compile(r"\s*năm\s+(?:19|20)\d\d\b", re.I)
# "sau 3 năm thực hiện", "định kỳ 6 tháng", "sơ kết 3 năm": when something is due or reviewed.
# "tăng trưởng … bình quân 5 năm đạt khoảng 6,5 - 7%/năm": the span the average is taken over.
_AFTER_SPAN = re.compile(r"\b(?:sau|định kỳ|sơ kết|tổng kết|bình quân|trung bình)\s*$", re.I)
_EVENT_SPAN_BEFORE = re.compile(r"\b(?:kéo dài|diễn ra)(?:\s+trong)?\s*$", re.I)
_EVENT_SPAN_AFTER = re.compile(r"\s+(?:diễn ra|liên tiếp)\b", re.I)
_WITHIN = re.compile(r"\btrong(?:\s+vòng|\s+thời\s+hạn|\s+thời\s+gian)?\s*$", re.I)
_DIGIT_COUNT = re.compile(r"con\s+số", re.I)


_PERIOD_WORDS = r"năm|tháng|quý|tuần|ngày"  # "mỗi năm", "mỗi quý": the period of a frequency
_PER_PERIOD_BEFORE = re.compile(rf"\bmỗi\s+({_PERIOD_WORDS})\s*$", re.I)


_YEAR_SPAN_BEFORE = re.compile(r"(?<!\d)(?:19|20)\d\d\s*[-–—]\s*$")


def _is_year(n: NumberAnnotation) -> bool:
    return bool(YEAR_TOKEN.match(n.text)) and 1900 <= n.value <= 2100


def _unit_is_quantity_after_year(unit: str) -> bool:
    return unit_category(unit) != "duration"


def _is_bare_milestone(sentence: str, n: NumberAnnotation) -> bool:
    """A year written without "năm" after "đến", "tới", "trước" ("Mục tiêu cụ thể đến 2025 số lượng doanh nghiệp …"):
    a milestone, not a count of the noun after it."""
    # (searched to the sentence's end: what follows the year, "%" or "- 2030", tells a value or a span from a milestone)
    milestone = YEAR_BARE.search(sentence, max(0, n.start - 8))
    return milestone is not None and milestone.end() == n.end


_OUT_OF_TOTAL = re.compile(r"/(\d[\d.]*)(?=\s+[^\W\d_])")


def _is_label(sentence: str, n: NumberAnnotation, code_after: bool = True) -> bool:
    before = sentence[max(0, n.start - 30) : n.start]
    if RANK_GROUP_BEFORE.search(before) and RANK_AFTER.match(sentence, n.end):
        # "8 cơ sở giáo dục đại học thuộc nhóm 200 đại học hàng đầu châu Á": the group defines what
        # is counted; "thuộc nhóm 3 nước đứng đầu ASEAN" with nothing counted before it is a rank goal.
        return bool(_COUNTED_MEMBERS.search(sentence[max(0, n.start - 90) : n.start]))
    if _NAME_BEFORE.search(sentence, max(0, n.start - 60), n.start):
        return True  # "trên Hệ thống 1 cửa điện tử", "Cổng 4 …": a number inside a name written mid-sentence
    if LABEL_BEFORE.search(before):
        # "đạt 1.000" is fine, "số 405" is not; a dash is fine before a range end only.
        return True
    return code_after and bool(CODE_AFTER.match(sentence[n.end : n.end + 4]))


# A grade written after the counted noun: "đô thị loại II", "bệnh viện hạng I", "đường cấp III".
_GRADE = re.compile(r"\s+((?:loại|hạng|cấp)\s+(?:[IV]{1,4}|\d{1,2}))(?![^\W_])")
_COUNTED_MEMBERS = re.compile(
    r"(?<![\d.,])(?!(?:19|20)\d\d\b)\d[\d.,]*\s+[^\W\d_][^,;.:\d]*\b(?:thuộc|vào|trong)\s+nhóm\s*$", re.I
)  # a count, not a year ("đến năm 2030 Việt Nam thuộc nhóm 3 nước …")


def _unit_after(sentence: str, pos: int) -> Optional[tuple[str, int]]:
    """The unit written after a number, with a scale word kept ("1,5 triệu lượt khách")."""
    rest = sentence[pos:]
    offset = re.match(r"\s*", rest).end()
    um = unit_pattern().match(rest, offset)
    scale = _SCALE.match(rest, offset)
    if scale and not (um and um.end() > scale.end()):
        um = unit_pattern().match(rest, scale.end())
        if um and _A_YEAR.match(rest, um.end()) and um.group().strip().lower() == "năm":
            um = None  # "từ 7 triệu năm 2005": the year of the figure, not "triệu năm"
        if not um and _BARE_SCALE_END.match(rest, scale.end(1)):
            # "… từ 7 triệu năm 2005 lên 14 triệu vào năm 2010": an amount whose noun (đồng) is left out.
            return scale.group(1), pos + scale.end(1)
        if not um:
            # "10 triệu hành khách/năm": a scaled noun the table lacks is guessed as an unscaled one is.
            guessed = _guess_unit(sentence, pos + scale.end() - 1)
            return _per_entity_slash(sentence, f"{scale.group(1)} {guessed[0]}", guessed[1]) if guessed else None
        unit, end = _with_classified_noun(sentence, " ".join(um.group().split()), pos + um.end())
        return _per_entity_slash(sentence, f"{scale.group(1)} {unit}", end)
    if not um:
        return None
    unit, end = _with_classified_noun(sentence, " ".join(um.group().split()), pos + um.end())
    return _per_entity_slash(sentence, unit, end)


def _with_classified_noun(sentence: str, unit: str, end: int) -> tuple[str, int]:
    """A classifier with the noun it counts ("lượt hành khách"); a measure with the goods a yearly rate is
    written for ("tấn hàng hóa/năm": the rate is the goods' and the unit keeps both, as written)."""
    noun = _CLASSIFIED_NOUN.match(sentence, end)
    if noun and (units()[unit.casefold()].classifier or _TIME_RATE.match(sentence, noun.end())):
        noun_end = _whole_word_end(sentence, noun.start(1), noun.end())
        return f"{unit} {' '.join(sentence[noun.start(1):noun_end].split())}", noun_end
    return unit, end


_TIME_RATE = re.compile(r"\s*/\s*(?:năm|tháng|ngày|giờ)(?!\w)")


def _whole_word_end(sentence: str, start: int, end: int) -> int:
    """``end``, or the end of the word it falls inside ("vùng nuôi thủy|sản": "thủy sản" is one word)."""
    window = sentence[start : end + 12]
    for word_start, word_end in word_spans(window):
        if word_start < end - start < word_end:
            return start + word_end
    return end


# Up to two lower-case syllables after a classifier, not a function word or verb ("điểm du lịch", "ca sinh").
_NOT_NOUN = (
    r"(?:có|được|đạt|là|và|hoặc|của|trên|dưới|tại|ở|cho|với|trong|theo|đến|tới|từ|các|những|mỗi|thuộc|đã|sẽ|"
    r"mới|trở|được|phải|cần|đang|này|đó|ra|vào|về|bằng|như|tham|thực|xây|triển|hoàn|bảo|đảm|nhằm|để)"
)
_SYLLABLE = rf"(?!{_NOT_NOUN}\b)(?-i:[{LOWERCASE}])[^\W\d_]*"
# A name opened mid-clause by a capital right before the number ("trên Hệ thống 1 cửa điện tử"): the number
# is part of the name. Its second syllable is no verb or function word ("thành phố Huế có 5 …").
_NAME_BEFORE = re.compile(
    rf"(?<![^\W\d_])[{LOWERCASE}][^\W\d_]*\s+[{UPPERCASE}][{LOWERCASE}]+(?:\s+(?!{_NOT_NOUN}\b)[{LOWERCASE}][^\W\d_]*)?\s*$"
)
_CLASSIFIED_NOUN = re.compile(rf"\s+({_SYLLABLE}(?:\s+{_SYLLABLE})?)(?![^\W_])", re.I)


# ("tỷ lệ", "tỷ trọng", "tỷ suất", "tỷ giá" are words of their own: "đến 2030 tỷ lệ …" is a year, then a share.)
_SCALE = re.compile(rf"({SCALE_WORDS})\s+(?!(?:lệ|trọng|suất|giá)(?![^\W_]))", re.I)


# A currency's code written after its name: "500 tỉ đô la Mỹ (USD)" keeps it, as written.
_CURRENCY_CODE = re.compile(r"\s*\([A-Z]{3}\)")
# "30 giường bệnh/vạn dân": a per-population rate joins the nouns before its slash.
_PER_POPULATION = re.compile(r"((?:\s+[^\W\d_]+){1,2}?)\s*/\s*((?:vạn|nghìn|ngàn|1\.000|10\.000|100\.000)\s+dân)\b")


def _per_entity_slash(sentence: str, unit: str, end: int) -> tuple[str, int]:
    if unit_category(_SCALE.sub("", unit, count=1)) == "money" and (code := _CURRENCY_CODE.match(sentence, end)):
        return f"{unit} {code.group().strip()}", code.end()
    if (rate := _PER_POPULATION.match(sentence, end)) and unit_category(unit) in ("count", "people"):
        # "20 doanh nghiệp hoạt động/nghìn dân": what qualifies the counted noun ("hoạt động") is the metric's.
        qualified = any(tag in ("V", "A", "R") for _, tag in pos_tags(" ".join(rate.group(1).split())))
        return f"{unit}{'' if qualified else rate.group(1)}/{rate.group(2)}", rate.end()
    # "%/năm", "ha/huyện", "giáo viên/trường": a per-entity slash joins the unit.
    sm = _SLASH_BASE.match(sentence, end)
    if sm:
        # The base is a whole word ("công trình/dự án", not "/dự"); "lít/người/ngày\nđêm" is broken across lines.
        base_end = _whole_word_end(sentence, sm.start(1), sm.end())
        unit = f"{unit}/{' '.join(sentence[sm.start(1):base_end].split())}"
        end = base_end
    elif unit_category(unit) in ("count", "people") and (shared := _SHARED_SLASH_BASE.match(sentence, end)):
        # "có 10 bác sĩ và 30 giường bệnh/1 vạn dân": the base written after the last count is both counts'.
        unit = f"{unit}/{shared.group(1)}"
    return unit, end


_SLASH_BASE_TEXT = (
    r"\s*/\s*((?:1\s+)?(?:(?:vạn|nghìn|ngàn|triệu|1\.000|10\.000|100\.000)\s+)?[^\W\d_][^\s,;.)]*"
    r"(?:\s+(?:học|dân|gia đình|nữ|em|sinh|đêm|hộ)(?![^\W_]))?)"
)
_SLASH_BASE = re.compile(_SLASH_BASE_TEXT)
_SHARED_SLASH_BASE = re.compile(r"\s+và\s+\d[\d.,]*\s+[^\W\d_][^/,;.\d]{0,30}?" + _SLASH_BASE_TEXT)


# Nouns that follow a number without being what is counted ("2 giai đoạn", "15 tuổi").
_NOT_UNITS = frozenset(
    "giai đoạn nhóm lĩnh vực mục tiêu chỉ tiêu quan điểm nội dung phần bước cấp cấp độ mức mức độ tuổi "
    "vòng khâu trụ cột đột phá nhiệm kỳ tiêu chí điều khoản chương mục".split(" ")
) | {"giai đoạn", "lĩnh vực", "mục tiêu", "chỉ tiêu", "quan điểm", "nội dung", "cấp độ", "mức độ", "trụ cột",
     "đột phá", "nhiệm kỳ", "tiêu chí", "tỷ lệ", "tỉ lệ", "tỷ trọng", "tỉ trọng", "tỷ suất", "tỉ suất"}


@lru_cache(maxsize=1)
def _pos_tag():
    from underthesea import pos_tag  # loaded only when a unit is missing from the table

    return pos_tag


@lru_cache(maxsize=4096)
def pos_tags(phrase: str) -> tuple[tuple[str, str], ...]:
    """underthesea's (word, tag) pairs of a phrase: a pure function, kept per process
    (the same phrase in another document is not tagged again)."""
    return tuple(tuple(pair) for pair in _pos_tag()(phrase))


_A_YEAR = re.compile(r"\s*\(?\s*(?:19|20)\d\d\b")  # a year right after "năm" (or its bracket): no duration
_BARE_SCALE_END = re.compile(r"\s*(?:[,;.)]|$|(?:vào\s+)?năm\s+(?:19|20)\d\d\b)", re.I)


def _guess_unit(sentence: str, pos: int) -> Optional[tuple[str, int]]:
    """The noun right after a number, by part-of-speech tagging ("20 trang trại chăn nuôi" → "trang trại")."""
    window = re.match(r"\s+([^\W\d_][^,;.:()\d]{0,40})", sentence[pos:])
    if not window or not window.group(1)[0].islower():
        return None
    tags = pos_tags("1 " + window.group(1))
    if len(tags) < 2 or not tags[1][1].startswith("N"):
        return None
    word = tags[1][0]
    if word.lower() in _NOT_UNITS:
        return None
    m = re.match(r"\s+" + r"\s+".join(map(re.escape, word.split())) + r"(?![^\W_])", sentence[pos:])
    return (" ".join(word.split()), pos + m.end()) if m else None


# "60% tổng số hợp tác xã hoạt động …", "50% tổng chi ngân sách", "đáp ứng 70% nhu cầu trong nước": a share of a
# total or of a demand names its base. The base runs to a clause mark, "so với", a predicate word ("… hợp tác xã
# có liên kết …") or the next quantity.
_TOTAL_BASE = re.compile(
    # ("chiếm 5-6% trong tổng số doanh nghiệp": the share of a total, "trong" written before it)
    r"\s+((?:(?:trong\s+)?tổng\s+(?:số|giá trị|thu|chi|vốn|diện tích|dân số|mức|sản lượng|kim ngạch|lượng)|nhu cầu)\b[^;.()]*?)"
    # "3% tổng chi ngân sách hằng năm cho phát triển khoa học": what the total is spent on is no part of the base.
    r"(?=\s*(?:[;.()]|\bso với\b|\btrở lên\b|\b(?:được|là|có|bị|đạt|phải|cho|để|nhằm)\b|$)"
    r"|(?:\s*,|\s+(?:và|hoặc))\s+(?:[^\W\d_]+\s+){0,2}\d)",  # "… cả nước và 20,8% …": the next quantity
    re.I,
)


# "đạt khoảng 35,2% so với lực lượng lao động trong độ tuổi": a share of a population given with "so với"; "nhập siêu
# dưới 2% so với tổng kim ngạch xuất khẩu", "khoảng 11% - 12% trên tổng kim ngạch xuất khẩu": of a total.
_BASE_COMPARED = re.compile(
    r"\s+(?:so\s+với\s+((?:lực lượng lao động|dân số|tổng\s+[^\W\d_]+)\b[^,;.()]*?)|trên\s+(tổng\s+[^\W\d_]+\b[^,;.()]*?))"
    r"(?=\s*(?:[,;.()]|\bvà\b|$))",
    re.I,
)


def _total_base(sentence: str, end: int) -> Optional[tuple[str, int]]:
    """("tổng số hợp tác xã", its end) for the base a percentage names with "tổng …" or "nhu cầu …" right after it; a comma
    ends it unless a short noun list follows ("tổng số tổ chức kinh tế tập thể, hợp tác xã"); so does a verb
    after the counted noun ("tổng số hợp tác xã hoạt động từ loại khá")."""
    m = _TOTAL_BASE.match(sentence, end)
    if not m:
        return None
    base, base_end = m.group(1), m.end(1)
    for comma in re.finditer(r",\s*", base):
        rest = base[comma.end() :]
        if len(rest.split()) > 3 or any(tag == "V" for _, tag in pos_tags(rest)):
            base, base_end = base[: comma.start()], m.start(1) + comma.start()
            break
    tags = pos_tags(" ".join(base.split()))
    if len(tags) > 2 and tags[0][0].lower() == "tổng số":
        verb = next((i for i, (_, tag) in enumerate(tags) if i >= 2 and tag == "V"), None)
        if verb is not None:
            words = " ".join(w for w, _ in tags[:verb]).split()
            kept = re.match(r"\s*" + r"\s+".join(map(re.escape, words)), base)
            if not kept:
                return None
            base, base_end = kept.group().strip(), m.start(1) + kept.end()
    return (" ".join(base.split()), base_end) if len(base.split()) >= 2 and base.split()[-1].lower() != "số" else None


# The rank and region after a rank group's counted noun: "dẫn đầu", "đứng đầu khu vực châu Á", "dẫn đầu Đông Nam Á",
# "dẫn đầu trong khu vực ASEAN", "dẫn đầu trên thế giới", "dẫn đầu cả nước".
_RANKED_GROUP = re.compile(
    rf"\s+({RANK_HEAD}(?:\s+(?:(?:trong|trên)\s+)?(?:khu\s+vực\s+)?"
    rf"(?:thế\s+giới|cả\s+nước|(?:châu\s+)?[{UPPERCASE}][\w-]*(?:\s+[{UPPERCASE}][\w-]*)*))?)(?!\w)"
)


# A share reached of an area or a length ("đạt 85% diện tích lưu vực thoát nước …"), unless the phrase after it goes on
# to its own predicate.
_REACHES_SHARE = re.compile(r"\bđạt\s*(?:(?:tỷ\s+lệ|khoảng|tối\s+thiểu|ít\s+nhất|trên|từ)\s*)?$", re.I)
_MEASURE_BASE = re.compile(r"\s+((?:diện\s+tích|chiều\s+dài)\b[^,;.()]*?)" + BASE_END, re.I)
_PREDICATE_IN_BASE = re.compile(r"\b(?:được|có|áp\s+dụng|đạt)\b", re.I)


def extend_unit(sentence: str, start: int, unit: str, end: int) -> tuple[str, int]:
    """Coordinated count nouns ("doanh nghiệp, hợp tác xã, tổ hợp tác"), a
    percentage's base after "chiếm" ("% tổng vốn đầu tư") and a per-entity
    base from "mỗi trường có … 02 giáo viên"."""
    category = unit_category(unit)
    if unit == "%":
        # "**45,3%** GRDP tỉnh": emphasis closed after the value does not end the quantity.
        end += len(re.match(r"[*_]*", sentence[end:]).group())
    if unit == "%" and (m := ECONOMY_BASE.match(sentence, end)):
        return f"% {m.group(1)}", m.end()
    if unit == "%" and (m := PLAN_BASE.match(sentence, end)):
        return f"% {' '.join(m.group(1).split())}", m.end()
    if unit == "%" and (total := _total_base(sentence, end)):
        return f"% {total[0]}", total[1]
    if unit == "%" and (m := _BASE_COMPARED.match(sentence, end)) and len((base := m.group(1) or m.group(2)).split()) <= 8:
        return f"% {' '.join(base.split())}", m.end()
    if unit == "%" and PERCENT_BASE_VERB.search(sentence[max(0, start - 40) : start]):
        # (not the next item: "công nghiệp chiếm 54,7% và dịch vụ chiếm 32,2%")
        m = re.match(r"\s+(?!(?:và|hoặc|hay)\b)([^\W\d_][^,;.()]*?)" + BASE_END, sentence[end:])
        if m and len(m.group(1).split()) <= 8:
            return f"% {' '.join(m.group(1).split())}", end + m.end()
    if unit == "%" and _REACHES_SHARE.search(sentence, max(0, start - 40), start) and (m := _MEASURE_BASE.match(sentence, end)):
        # "Tỷ lệ bao phủ … đạt 85% diện tích lưu vực thoát nước trong các đô thị", "… đạt 85% chiều dài các tuyến đường
        # chính": what is reached is a share of that area or length ("50% diện tích … được điều tra" is a subject).
        if len(m.group(1).split()) <= 10 and not _PREDICATE_IN_BASE.search(m.group(1)):
            return f"% {' '.join(m.group(1).split())}", m.end()
    # "tỷ lệ che phủ rừng … đạt 13,54% diện tích tự nhiên": after a named measure, the noun after % is its base.
    phrase_start = max(sentence.rfind(";", 0, start), sentence.rfind("%", 0, start)) + 1
    if unit == "%" and MEASURE.search(sentence, phrase_start, start) and (m := PERCENT_BASE.match(sentence, end)):
        if len(m.group(1).split()) <= 8:
            return f"% {' '.join(m.group(1).split())}", m.end()
    if category in ("count", "people") and (m := _RANKED_GROUP.match(sentence, end)):
        # "thuộc nhóm 3 nước dẫn đầu ASEAN", "nhóm: 70 nước dẫn đầu về Chính phủ điện tử": a rank goal's unit is the
        # group it names, with its region (the quantity still ends at the noun: the rank is also the metric's).
        return f"{unit} {' '.join(m.group(1).split())}", end
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
        for m in PER_ENTITY.finditer(sentence[:start]):
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
    # "ít nhất vào năm 2025 đạt 40%": a two-word phrase reaches over the milestone written after it
    # ("từ năm 2025 đạt 50%" is a start, so one-word phrases do not).
    milestone = r"(?:,?\s+(?:vào|đến|tới|trong)\s+(?:hết\s+)?năm\s+(?:19|20)\d\d,?)?"
    # ("ít nhất mỗi năm 1 lần": the period of a frequency sits between the phrase and its number.)
    before = tuple(
        (re.compile(rf"(?:^|[\s(]){re.escape(p.phrase.lower())}{milestone if ' ' in p.phrase else ''}"
                    rf"(?:\s+(?:đạt|là|có|ở mức|mức|được|còn|lên))?(?:\s+mỗi\s+(?:{_PERIOD_WORDS}))?$"), p, p.phrase.lower())
        for p in before_phrases
    )
    after = tuple((re.compile(rf"\s*{re.escape(p.phrase)}\b"), p, p.phrase) for p in after_phrases)
    return before, after


def _comparator(sentence, start, unit_end) -> tuple[Optional[str], bool, bool]:
    # Soft line breaks of web conversions fall inside phrases ("tối\nthiểu 05"), and emphasis between a phrase and its
    # number ("Tối thiểu có **5 doanh nghiệp …").
    before = " ".join(sentence[max(0, start - 40) : start].replace("*", " ").split()).lower()
    after = " " + " ".join(sentence[unit_end : unit_end + 20].replace("*", " ").split()).lower()
    before_patterns, after_patterns = _comparator_patterns()
    # A phrase's pattern matches only where the phrase is written: a substring test skips the others.
    for pattern, p, phrase in after_patterns:
        if phrase in after and pattern.match(after):
            return p.comparator, p.strict, True
    if bound := BOUND_AFTER_NOUN.match(sentence, unit_end):
        # "90% số xã trở lên", "đạt 90% đánh giá hài lòng trở lên": the bound closes the counted noun, not a grade
        # or a level ("70% lao động có trình độ đại học trở lên").
        p = next(p for _, p, phrase in after_patterns if phrase == " ".join(bound.group("bound").lower().split()))
        return p.comparator, p.strict, True
    for pattern, p, phrase in before_patterns:
        if phrase in before and (m := pattern.search(before)):
            if p.strict and _NO_ONE.search(before, 0, m.start()):
                # "không có tỉnh nào đạt dưới 60%": nobody below 60% is everybody at 60% or more.
                return _NEGATED[p.comparator], False, True
            # "từ X" without an upper end reads ">=", but it does not spread over a list.
            return p.comparator, p.strict, p.phrase != "từ"
    if label := _BOUNDED_LABEL.search(before):
        # "Số phòng tối thiểu mỗi căn hộ: 4 phòng/căn hộ", "Tầng cao tối đa: 5 tầng": the label bounds its figures.
        return (">=" if label.group(1) == "tối thiểu" else "<="), False, True
    return None, False, False


_BOUNDED_LABEL = re.compile(r"(?:^|\s)(tối thiểu|tối đa)(?:\s+[^\d\s:;.,]+){0,4}\s*:\s*$")


# A negated existence right before a strict bound: "không có (đơn vị, tỉnh, …) … dưới / trên".
_NO_ONE = re.compile(r"\bkhông\s+(?:có|còn|để)\s+[^;.]{0,40}$")
_NEGATED = {"<=": ">=", ">=": "<="}
