"""What a target measures: the words after its quantity ("100% cán bộ … được
đào tạo"), the unit and those words for counts, or a measure named before it
("Tỷ lệ nữ giám đốc … đạt 30%")."""

from __future__ import annotations

import re

from extractors.targets.patterns import MEASURE
from extractors.units import unit_category


_METRIC_TAIL = re.compile(
    r"(?:\s*\b(?:đạt|là|ở mức|chiếm|khoảng|tối thiểu|ít nhất|trên|dưới|từ|hơn|gần|xấp xỉ|tối đa|lên|xuống|còn|phấn đấu|phần đấu|dự kiến|(?:(?:đến|tới|vào|trong)(?: cuối)? )?năm \d{4}:?))+\s*$", re.I
)


def _metric_before(before: str) -> str:
    before = _METRIC_OPENING.sub("", before)
    before = _METRIC_TAIL.sub("", before.strip())
    return _LEAD_WORDS.sub("", before.strip()).strip(" ,.:(")


_METRIC_CUT = re.compile(
    r"\b(?:mục tiêu|chỉ tiêu|phấn đấu|phần đấu)\b(?:\s+(?:là|đặt ra|đề ra|\d+\s*:))?|(?:năm\s+)?(?:19|20)\d\d\s*,|\d%?\s+(?:và|,)\s",
    re.I,
)
_LEAD_WORDS = re.compile(
    r"^(?:[-+•*\s]|\(\d+\)|phấn đấu|phần đấu|đạt|bảo đảm|đảm bảo|có|là|tăng thêm|tăng(?! trưởng)|giảm|trên|tối thiểu|ít nhất|khoảng|"
    r"và|định hướng|tầm nhìn)+",
    re.I,
)


def base_end(text: str, end: int, unit: str) -> int:
    """End of a quantity including a percentage base written again after it ("14,70% diện tích tự nhiên")."""
    base = unit[2:] if unit.startswith("% ") else ""
    m = re.match(r"\s*" + re.escape(base), text[end:]) if base else None
    return end + m.end() if m else end


def metric_of(text: str, c_start: int, c_end: int, q_start: int, q_end: int, unit: str, floor: int) -> str:
    """What is measured: for "100% cán bộ … được đào tạo" the words after the
    quantity; for "5.000 doanh nghiệp hoạt động" the unit and those words; for
    "Tỷ lệ nữ giám đốc … đạt 30%" the words before it, without the opening
    milestone, list label or "phấn đấu". A measure noun ("tỷ lệ …") between
    floor (the previous quantity) and the value wins."""
    # "Đưa tỷ lệ doanh nghiệp ứng dụng … lên tối thiểu 80% trên toàn tỉnh": a measure noun before the value names it.
    measure = MEASURE.search(text, floor, q_start)
    if measure:
        phrase = _metric_before(" ".join(text[measure.start() : q_start].split()))
        if len(phrase.split()) > len(measure.group().split()):
            return " ".join(phrase.replace("*", "").split()[:16])
    after = text[base_end(text, q_end, unit) : c_end]  # an inherited base may be written again ("14,70% diện tích")
    counted = not unit.startswith("%") and unit_category(unit) in ("count", "people")
    if not counted and re.match(r"\s*(?:,|(?:và|hoặc)\b)", after, re.I):
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
    re.I,
)
# Openings that say when or where, not what: "Đến năm 2030,", "Theo Kế hoạch,", "Tại địa bàn đô thị:".
_METRIC_OPENING = re.compile(
    r"^(?:[-+•*\s,;)]|\(\d+\)|[a-zđ]\)\s)*(?:(?:theo kế hoạch|trong đó|cụ thể|như vậy|(?:chỉ tiêu|mục tiêu)\s+\d+\s*:|mục tiêu|"
    r"(?:phấn đấu\s+)?(?:đến|tới|vào|trong|từ)\s+(?:năm\s+)?(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?"
    r"|năm\s+(?:19|20)\d\d|giai đoạn[\s\d–-]+|tại [^,:]{0,60}:)[\s,:]*)*",
    re.I,
)
