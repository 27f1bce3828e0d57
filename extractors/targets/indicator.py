"""A target's metric in indicator form, the form of an indicator catalogue:
"tỷ lệ …" for a share of a population, "số …" for a count, "tốc độ tăng …" for
growth a year, "tỷ trọng … trong GRDP" for a share of the economy or a part of
a total, "mức tăng …" for a rise, "diện tích …" for an area, "thứ hạng …" for a
rank; an approved figure of an investment decision is the project's. The unit
says which; the words before the quantity add the verb a counted object is the
object of ("Hướng dẫn 12.500 hộ …" → "số hộ … được hướng dẫn") and the scope an
opening sets ("Tại địa bàn đô thị:")"""

from __future__ import annotations

import re
from typing import Optional

from extractors.targets.metric import AMOUNT_SUBJECT, action_before, counted_noun, light_words, plan_share, subject_before, without_action
from extractors.targets.patterns import ECONOMY_BASE, MEASURE
from extractors.targets.quantities import pos_tags
from extractors.units import unit_category


def indicator_of(metric: str, unit: str, before: str, after: str = "", opening: str = "") -> Optional[str]:
    """The metric in indicator form, by what its unit measures: "tỷ lệ …" for a
    share, "tỷ trọng … trong GRDP" for a share of the economy, "mức tăng …" for a
    rise of a share ("tăng thêm 10% số nhóm trẻ"), "tốc độ tăng …" for growth a
    year, "số …" for a count, "diện tích …" for an area. A metric that already
    names its measure ("tỷ lệ …", "số lượng …") is kept. ``before``: the clause
    up to the quantity; ``after``: the clause after it; ``opening``: the
    sentence before the clause."""
    form = indicator_form(metric, unit, before, after, opening)
    return scoped(form, before, opening) if form else None


def indicator_form(metric: str, unit: str, before: str, after: str = "", opening: str = "") -> Optional[str]:
    """``indicator_of`` without the scope the clause or sentence sets; a sentence that opens on "Hằng năm,"
    makes a change of each of its clauses a yearly rate."""
    if not metric:
        return None
    metric = without_action(metric, before)  # the verb goes after the counted things, in the passive
    plan = plan_share(unit, after)
    if plan:  # "Chi đầu tư … đạt 100% kế hoạch" → "tỷ lệ thực hiện kế hoạch chi đầu tư …"
        return f"tỷ lệ thực hiện {plan} {_lowered(metric)}"
    # An indicator names a kind of thing: plural markers and light words go ("cán bộ các cơ quan" → "cán bộ
    # cơ quan", "để phục vụ việc dạy bơi" → "phục vụ dạy bơi").
    yearly = bool(_YEARLY_OPENING.match(opening))
    form = light_words().sub("", _PLURAL.sub("", _indicator_form(metric, unit, before, yearly, after)))
    form = _SPELLING.sub(lambda m: "tỷ" if m.group().islower() else "Tỷ", form)  # catalogues write "tỷ lệ", "tỷ trọng"
    return _EVERY.sub(lambda m: "hằng" if m.group().islower() else "Hằng", form)  # and "hằng năm", "hằng tháng"


def of_the_project(indicator: str, unit: str) -> str:
    """An approved figure of an investment decision in indicator form names whose it is: the project's
    ("Tổng vốn đầu tư: 5.171 tỷ đồng" → "tổng vốn đầu tư của dự án"), unless it names an owner or is a
    share of another figure ("tỷ trọng vốn vay trong tổng vốn đầu tư")."""
    if unit.startswith("%") or _OWNED.search(indicator):
        return indicator
    return f"{indicator} của dự án"


def scoped(indicator: str, before: str, opening: str = "") -> str:
    """The indicator with the scope its clause opens with ("Tại địa bàn đô thị: 100% trẻ em …"), the sentence
    opens with a colon ("Tại địa bàn có khu công nghiệp: …; 100% cơ sở …") or the place that is the subject
    ("Hà Nội có tối thiểu 200 công trình"): targets of different scopes are different indicators."""
    scope = _SCOPE.match(before) or _LIST_SCOPE.match(opening)
    place = scope.group(1) if scope else _place_subject(before)
    if place and not set(place.lower().split()) <= set(indicator.lower().split()):
        return f"{indicator} ({' '.join(place.split())})"
    return indicator


def _place_subject(before: str) -> Optional[str]:
    """The place a clause names as the subject that has the counted things ("tỉnh Đắk Nông phấn đấu có
    5.000 doanh nghiệp", "Trong đó, Hà Nội có tối thiểu 200 công trình"), None for any other subject."""
    m = _PLACE_HAS.search(" ".join(before.split()))
    if not m:
        return None
    if m.group("unit"):
        return f"{m.group('unit').lower()} {m.group('name')}"
    tags = pos_tags(m.group("name"))
    return m.group("name") if len(tags) == 1 and tags[0][1] == "Np" else None


def _indicator_form(metric: str, unit: str, before: str, yearly: bool = False, after: str = "") -> str:
    category = unit_category(unit)
    change = _CHANGE_BEFORE.search(before)
    if change and category != "percent_per_year":
        # "… tăng thêm ít nhất 10% số nhóm trẻ", "nồng độ bụi … giảm trung bình 5 μg/m3": the value is a change.
        verb = " ".join(change.group("verb").lower().split())
        if category == "percent" and (yearly or _YEARLY.search(before)):
            return f"tốc độ {verb} hằng năm {_lowered(metric)}"  # "Hàng năm, số vụ … tăng trên 03%": a growth rate
        if category == "percent" and not MEASURE.match(metric):
            return f"mức {verb} {_lowered(metric)}"  # a relative change of what follows
        return f"mức {verb} {_lowered(_indicator_form(metric, unit, before[: change.start()]))}"
    if category == "duration":  # "… được tiếp cận hỗ trợ trong 24 giờ đầu" → "thời gian … được tiếp cận hỗ trợ"
        named = _TIME_NAMED.match(metric) or AMOUNT_SUBJECT.match(metric)  # "mức dự trữ xăng dầu" (90 ngày)
        return metric if named else f"thời gian {_lowered(metric)}"
    head = _INDICATOR_HEADS.get(category)
    base = unit[1:].strip() if category == "percent" else ""
    # "100% diện tích trồng … được phát hiện" is a share of an area: only a share's own name stays as it is.
    if head is None or MEASURE.match(metric) and (category not in ("percent", "percent_per_year") or _SHARE.match(metric)):
        named = ECONOMY_BASE.match(" " + base) and base.lower() not in metric.lower()
        return f"{metric} trong {base}" if named else metric  # "Tỷ trọng kinh tế số đạt 30% GRDP"
    subject = _lowered(metric)
    if category == "percent":
        # "100% số người hưởng trợ cấp" → "tỷ lệ người hưởng trợ cấp"; "100% các xã" → "tỷ lệ xã".
        subject = _beneficiary_first(_with_action(_QUANTIFIER.sub("", _SHARE_COUNT_WORD.sub("", subject)), before))
        growth = _growth_named(subject) if not base else None
        if growth:  # "mục tiêu tăng trưởng kinh tế 8%", "thúc đẩy tăng trưởng … đạt 8%": a growth rate
            return f"tốc độ {growth}"
        if _IN_STRUCTURE.search(subject):  # "dịch vụ trong cơ cấu kinh tế": a part of a whole
            return f"tỷ trọng {subject}"
        if ECONOMY_BASE.match(" " + base):  # "Quy mô kinh tế số đạt 40% GRDP" → "tỷ trọng kinh tế số trong GRDP"
            return f"tỷ trọng {_SCALE.sub('', subject)} trong {base}"
        counted_base = _COUNT_WORD.sub("", base) if _COUNT_WORD.match(base) else ""
        if counted_base and counted_base.split()[0].lower() in subject.lower().split():
            base = ""  # "Số lượng doanh nghiệp … đạt 80% số doanh nghiệp logistics": a share of the things it counts
        counted = re.match(r"tổng số\s+(?:lượng\s+)?(\S.*)", base, re.I)
        if counted and pos_tags(subject)[0][1] == "V" and " ".join(after.split()).lower().startswith(subject.split()[0]):
            return f"{head} {counted.group(1)} {subject}"  # "60% tổng số hợp tác xã hoạt động từ loại khá trở lên"
        if _TOTAL.match(base):
            # "Vốn vay … (chiếm 85% tổng vốn đầu tư)" → "tỷ trọng vốn vay … trong tổng vốn đầu tư": a part of a total.
            share = "tỷ trọng" if _PART_OF.search(before) or _CONTRIBUTION.match(subject) else head
            return f"{share} {subject} trong {base}"
        return f"{head} {subject} so với {base}" if base else f"{head} {subject}"
    if category == "percent_per_year":
        growth = _GROWTH.search(subject)
        if growth:  # "Tăng trưởng GRDP bình quân 8%/năm" → "tốc độ tăng trưởng GRDP bình quân"
            head = "tốc độ " + " ".join(growth.group().split()).lower()
            subject = (subject[: growth.start()] + subject[growth.end() :]).strip()
        elif change:  # "số đơn … tăng trung bình từ 10-12%/năm" → "tốc độ tăng trung bình số đơn …"
            head = "tốc độ " + " ".join(change.group("verb").lower().split())
        return f"{head} {subject}".strip()
    if category in ("count", "people"):
        if _COUNT_WORD.match(subject) or _RANKED.match(subject):  # "thứ hạng …": a rank, no count of the peers
            return subject
        noun, _, entity = unit.partition("/")
        noun, entity = _lowered(counted_noun(noun)), entity.lower()  # "nghìn DN" counts "DN", as the metric writes it
        if not subject.startswith(noun) and subject_before(before):
            return subject  # "Quy mô GDP đạt khoảng trên 500 tỉ đô la Mỹ": the subject names the measure
        if not subject.startswith(noun):
            subject = f"{noun} {subject}"  # "Lắp đặt mới trạm 3G/4G: 58 trạm" → "số trạm lắp đặt mới …"
        if entity.endswith(" dân"):
            # "20 doanh nghiệp hoạt động/nghìn dân": the whole count is per population, named as the statistics name
            # it ("số bác sĩ trên 10.000 dân").
            subject = f"{subject} trên {entity}"
        elif entity:  # "02 giáo viên/trường được bồi dưỡng" → "số giáo viên mỗi trường được bồi dưỡng"
            subject = f"{noun} mỗi {entity}{subject[len(noun):]}"
        return f"{head} {_with_action(subject, before)}"
    entity = unit.partition("/")[2]
    return f"{head} {subject} mỗi {entity}" if entity else f"{head} {subject}"  # "500-1000 ha/huyện"


def _growth_named(subject: str) -> Optional[str]:
    """The growth a percentage measures when the phrase names one, after the verbs that push it, if any
    ("tăng trưởng kinh tế", "tập trung thúc đẩy tăng trưởng" → "tăng trưởng"); None for anything else."""
    m = _GROWTH_NOUN.search(subject)
    if not m:
        return None
    lead = subject[: m.start()].strip(" ,")
    if lead and not all(tag == "V" for _, tag in pos_tags(lead)):
        return None  # "doanh nghiệp tăng trưởng …": the growth of something named first
    return subject[m.start() :]


def _beneficiary_first(subject: str) -> str:
    """A share named by what is done for whom ("Đào tạo, bồi dưỡng kỹ năng số cơ bản cho người dân trong độ
    tuổi lao động đạt 70%") is a share of those it is done for: "người dân … được đào tạo, bồi dưỡng …"."""
    m = _DONE_FOR.match(subject)
    if not m:
        return subject
    tags, whom = pos_tags(subject), pos_tags(m.group("whom"))
    if not tags or tags[0][1] != "V" or not whom or not whom[0][1].startswith("N"):
        return subject
    return f"{m.group('whom').strip()} được {_lowered(m.group('done'))}"


def _with_action(subject: str, before: str) -> str:
    """A target that is the object of the clause's verb takes that verb in the
    passive: "Hướng dẫn 12.500 hộ kinh doanh …" → "hộ kinh doanh … được hướng
    dẫn", "Nâng cao kiến thức … cho 50.000 phụ nữ …" → "phụ nữ … được nâng cao
    kiến thức …" (before the phrase's own "được …" predicate, else at its end)."""
    action = action_before(before)
    if action is None:
        return subject
    action = action[1]
    if subject.startswith(action):
        return subject  # "đóng góp khoảng 55% GDP": the verb is the metric itself, not something done to it
    own = _OWN_PASSIVE.search(subject)
    if own is None:
        return f"{subject} được {action}"
    return f"{subject[: own.start()]} được {action}{subject[own.start() :]}"


# Unit category → the word an indicator of it opens with.
_INDICATOR_HEADS = {"percent": "tỷ lệ", "percent_per_year": "tốc độ tăng", "count": "số", "people": "số", "area": "diện tích"}
_COUNT_WORD = re.compile(r"^(?:tổng\s+)?số\s+(?!lượng\b)", re.I)
_SHARE_COUNT_WORD = re.compile(r"^(?:tổng\s+)?số(?:\s+lượng)?\s+", re.I)  # a share of a count is a share of the things
# The bound words that may stand between a verb and its value ("tăng trên", "chiếm khoảng").
_BOUND_WORDS = r"(?:\s+(?:tối thiểu|ít nhất|khoảng|trên|dưới|hơn|gần|xấp xỉ|tối đa|từ))*"
_CHANGE_BEFORE = re.compile(
    r"\b(?P<verb>(?:tăng|giảm)(?:\s+(?:trung bình|bình quân))?)(?:\s+thêm)?(?:\s+gấp)?" + _BOUND_WORDS + r"\s*$",
    re.I,
)
# An opening that sets the scope of what follows: "Tại địa bàn có khu công nghiệp:", "Đối với các tỉnh …,".
_SCOPE_OPENING = r"[\W_]*(?:tại|đối với|ở)\s+((?:[^,:;()]|\([^)]*\))+?)\s*"
_SCOPE = re.compile(_SCOPE_OPENING + "[:,]", re.I)
_LIST_SCOPE = re.compile(_SCOPE_OPENING + ":", re.I)  # the same opening heading a list
# "…, tỉnh Đắk Nông phấn đấu có", "Hà Nội có tối thiểu": a place (an administrative unit, a proper name) that has.
_PLACE_HAS = re.compile(
    r"(?:^|[,:]\s*)(?:(?P<unit>tỉnh|thành phố|huyện|thị xã|quận|xã|phường)\s+)?"
    r"(?P<name>(?-i:[A-ZĐ])[^\W\d_]*(?:\s+(?-i:[A-ZĐ])[^\W\d_]*)*)"
    r"\s+(?:(?:phấn đấu|sẽ|dự kiến)\s+)*có(?:\s+(?:tối thiểu|ít nhất|khoảng|trên|hơn|gần|tối đa))?\s*$",
    re.I,
)
_SHARE = re.compile(r"(?:tỷ|tỉ)\s+(?:lệ|trọng|suất|số)\b|tốc độ\b|chỉ số\b|độ che phủ\b", re.I)
_TIME_NAMED = re.compile(r"(?:thời gian|thời hạn|thời lượng|số (?:ngày|giờ|tháng|năm))\b", re.I)
_SPELLING = re.compile(r"\b[Tt]ỉ(?=\s+(?:lệ|trọng|suất)\b)")
_EVERY = re.compile(r"\b[Hh]àng(?=\s+(?:năm|tháng|quý|tuần|ngày)\b)")
_YEARLY = re.compile(r"\b(?:hằng|hàng|mỗi)\s+năm\b", re.I)
# "6.4. Hàng năm, số vụ … tăng trên 03%; số vụ … tăng trên 05%": a frame over every clause of the sentence.
_YEARLY_OPENING = re.compile(r"[\W\d_]*(?:hằng|hàng|mỗi)\s+năm\s*,", re.I)
_RANKED = re.compile(r"thứ hạng\b", re.I)
_OWNED = re.compile(r"\b(?:của|dự án)\b", re.I)
_GROWTH_NOUN = re.compile(r"(?<![^\W_])tăng trưởng\b", re.I)
_IN_STRUCTURE = re.compile(r"\strong cơ cấu\s", re.I)
_TOTAL = re.compile(r"tổng\s+\S", re.I)
# The verb that makes a value a part of a total: "chiếm khoảng 15%", "đóng góp khoảng 35 - 40%".
_PART_OF = re.compile(r"\b(?:chiếm|đóng góp)" + _BOUND_WORDS + r"[\s(]*$", re.I)
_CONTRIBUTION = re.compile(r"đóng góp\b", re.I)  # "đóng góp của kinh tế tư nhân" (35 - 40% tổng thu ngân sách)
_DONE_FOR = re.compile(r"(?P<done>[^()]+?)\s+cho\s+(?P<whom>[^,;()]+)$", re.I)
_SCALE = re.compile(r"^quy mô\s+(?=\S)", re.I)  # a share of the economy is the share of the sector, not of its scale
_QUANTIFIER = re.compile(r"^(?:các|những)\s+", re.I)
# "các cấp", "các ngành" say "every level", "every sector": those stay.
_PLURAL = re.compile(r"(?<![^\W_])(?<!tất cả )(?-i:các|những)\s+(?!(?:cấp|ngành)\b)(?=(?-i:[a-zđà-ỹ]))", re.I)
_OWN_PASSIVE = re.compile(r"\s(?=(?:được|bị)\s)")
_GROWTH = re.compile(r"\s*\btăng(?:\s+trưởng)?(?:\s+(?:trung bình|bình quân))?\b", re.I)


def _lowered(metric: str) -> str:
    """The metric to follow an indicator head: its first letter lowered unless the word is an acronym ("GRDP")."""
    first = metric.split(" ", 1)[0]
    return metric if first.isupper() and len(first) > 1 else metric[:1].lower() + metric[1:]
