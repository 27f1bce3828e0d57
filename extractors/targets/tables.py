"""Target tables ("Chỉ tiêu | Đơn vị | Năm 2025 | Năm 2030 | Cơ quan chủ trì", indicator annexes
"TT | Chỉ tiêu | Mục tiêu 2026 - 2030 | Cơ quan chủ trì, theo dõi | Cơ quan phối hợp" with the unit
closing the indicator cell, growth tables "TT | Ngành/Địa phương | Tốc độ bình quân 2026 - 2030 (%/năm)"):
PDF tables (cells located in the text, a table continued on the next page read under its header),
tables flattened one cell per line between "|" lines and pipe tables written one row per line;
one target per value cell."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Iterator, Optional, Sequence

from extractors.agencies.mentions import iter_mentions
from extractors.numbers import SCALE_WORDS, parse_digits
from extractors.pipe_rows import pipe_row_blocks
from extractors.targets.indicator import indicator_of
from extractors.targets.milestones import time_expressions
from extractors.targets.model import TargetAnnotation
from extractors.targets.patterns import MEASURE
from extractors.units import comparators, unit_category, unit_pattern
from schemas.records import Table


_HEAD_INDICATOR = re.compile(r"^(?:tên\s+)?(?:chỉ tiêu|nội dung|tiêu chí)", re.I)
_HEAD_UNIT = re.compile(r"^(?:đơn vị(?: tính)?|đvt)$", re.I)
_HEAD_NUMBERING = re.compile(r"s?tt|số tt|thứ tự", re.I)
_HEAD_LEAD = re.compile(r"chủ trì", re.I)
# The task column of an assignment table ("TT | Nhiệm vụ | Thời hạn hoàn thành | Cơ quan chủ trì").
_HEAD_TASK = re.compile(r"^(?:tên\s+)?(?:nhiệm vụ|công việc|nội dung (?:công việc|nhiệm vụ)|hoạt động|giải pháp)", re.I)
# Columns of results, progress or estimates ("Thực hiện năm 2024", "Tiến độ Quý I/2026", "Ước đạt 2025", "Năm cơ sở
# 2025") are baselines
# ("Lũy kế đến 2030" may be a cumulative target: only "Lũy kế thực hiện" is a result).
_HEAD_RESULT = re.compile(r"thực hiện|ước|kết quả|đã đạt|hiện trạng|hiện nay|cùng kỳ|so sánh|cơ sở|năm gốc|tiến độ", re.I)
# A column of a reporting period shorter than a year ("Quý I/2026", "6 tháng đầu năm 2026", "9 tháng") is a
# progress figure, unless its heading says it is planned ("Kế hoạch quý II", "Mục tiêu 6 tháng").
_HEAD_REPORTING_PERIOD = re.compile(r"^(?:quý\s+[IV1-4]+\b|\d{1,2}\s+tháng\b)", re.I)
_HEAD_PLANNED = re.compile(r"kế hoạch|mục tiêu|chỉ tiêu|phấn đấu|dự kiến|\bKH\b", re.I)
_HEAD_VALUE = re.compile(r"^(?:kết quả|mục tiêu|giá trị|kế hoạch|chỉ tiêu (?:năm|đến)|đích)", re.I)
# A value cell: a phrase or sign before the number ("Phấn đấu ≥", "Không quá", "> "), the
# number or range, and a percentage written after it ("100%", "điểm%/năm") or another unit
# ("1.200 doanh nghiệp", "20 tỷ USD": ``_is_unit`` decides).
# A range may write its unit on both ends ("20% - 50%"), and a goal may go on in words ("≥ 3% và tăng dần …").
_CELL_NUMBER = re.compile(
    r"^\s*(?P<cmp>[^\d]{0,15}?)\s*(?P<a>\d[\d.,]*)\s*(?:%\s*(?=[-–]|đến))?(?:(?:-|–|đến)\s*(?P<b>\d[\d.,]*))?\s*"
    r"(?P<unit>(?:điểm\s*)?%(?:\s*/\s*năm)?|[^\W\d_][^\d()]{0,30})?(?:\s+(?:và|hoặc)\s+[^\d]*)?\s*$",
    re.I,
)
# "Mục tiêu 2026 - 2030", "Tốc độ bình quân 2026 - 2030 (%/năm)": a column of targets for a period.
_HEAD_SPAN = re.compile(r"\b((?:19|20)\d\d)\s*[-–—]\s*((?:19|20)\d\d)\b")
# The unit an indicator cell or a column heading closes on: "Tỉ lệ đô thị hoá (%)", "(%/NĂM)".
_CLOSING_UNIT = re.compile(r"\s*\((?P<unit>[^()\d]{1,30})\)\s*$")
_SCALE = re.compile(rf"^(?:{SCALE_WORDS})\s+", re.I)
_BARE_RATE = re.compile(r"^tốc độ(?=\s+(?:bình quân|trung bình)\b)", re.I)
# Headings that say when or how a value is planned, not what is measured ("Dự kiến 2030", "Đến 2030").
_HEAD_PLAN_WORDS = re.compile(r"^(?:dự kiến|phấn đấu|đến|tới|định hướng|giai đoạn|quý|tháng|mốc)\b", re.I)
# "Trong đó:", "- ", "— ", "++ Trong đó:": the opening of a sub-row, which belongs to the numbered row above it.
_SUB_ROW = re.compile(r"^\s*(?:[-–—+]+\s+)?(?:trong đó\s*:?\s*)?", re.I)
# Indicators that measure without a unit: counts, ratios, indices, coefficients ("Hệ số ICOR 4,5 - 4,8").
_UNITLESS_INDICATOR = re.compile(r"^(?:số|hệ số|chỉ số|tỉ lệ|tỷ lệ|tỉ trọng|tỷ trọng)\b", re.I)
# Indicators whose bare value is a percentage ("Tỷ lệ đô thị hoá | >38", "Tốc độ tăng trưởng GRDP | 10"):
# a share, a weight or a growth rate.
_PERCENT_INDICATOR = re.compile(r"^(?:tỉ lệ|tỷ lệ|tỉ trọng|tỷ trọng|tốc độ tăng|tăng trưởng)\b", re.I)
# A numbered sub-item ("1.1", "2.3.1", "7a", "7.b") belongs to the item its number extends ("1", "2.3", "7").
_DOTTED_NUMBER = re.compile(r"^(\d+(?:\.\d+)*)(?:\.\d+|\.?[a-zđ])\.?$", re.I)
# The opening of a cell that names what is measured ("Tốc độ tăng trưởng GRDP", "Tăng trưởng giá trị kim ngạch
# xuất khẩu", "Số doanh nghiệp"), not a part of it ("Khu vực dịch vụ", "Nhóm nông, lâm, thuỷ sản", "Công nghiệp").
_MEASURE_OPENING = re.compile(
    rf"^(?:{MEASURE.pattern}|\b(?:tăng trưởng|tăng|giảm|giá trị|số|tổng|mức|thu nhập|GRDP|GDP)\b)", re.I
)
# "GDP bình quân đầu người đến năm 2030": the deadline an indicator names (read here, not as a time
# expression, since "so với GDP đến năm 2030" is no baseline "so với năm …").
_INDICATOR_DEADLINE = re.compile(r"\s*\b(?:đến|vào|tới)\s+(?:hết\s+)?(?:năm\s+)?(?P<year>(?:19|20)\d\d)\b(?!\s*[-–—/])", re.I)
_YEAR_HEADING = re.compile(r"(?:năm\s+)?(?:19|20)\d\d", re.I)
# A flattened markdown table: one cell per line between lines holding only "|".
_PIPE_LINE = re.compile(r"^[ \t]*\|[ \t]*$", re.M)


@dataclass(frozen=True)
class _Cell:
    text: str
    start: int
    end: int
    located: bool = True  # False for a PDF cell not found in the text: it spans its table


def table_targets(
    text: str, rows: list[list[_Cell]], table_index: int, text_targets: list[TargetAnnotation]
) -> Iterator[TargetAnnotation]:
    """Target tables ("Chỉ tiêu | Đơn vị | Năm 2025 | Năm 2030 | Cơ quan chủ trì",
    "TT | Chỉ tiêu | Mục tiêu 2026 - 2030 | Cơ quan chủ trì | Cơ quan phối hợp"
    or "… | Kết quả | …" under group rows such as "Giai đoạn 2025-2027"): one target
    per value cell; copies of a prose target ("also in" the annex) are left out."""
    head_at = _header_row(rows)
    if head_at is None:
        return
    header = [c.text for c in rows[head_at]]
    unit_col = next((i for i, c in enumerate(header) if _HEAD_UNIT.match(c)), None)
    indicator = next((i for i, c in enumerate(header) if _HEAD_INDICATOR.match(c)), None)
    if indicator is None:
        # "TT | Tên sản phẩm | ĐVT | Năm 2030": the first named column after the numbering is what is measured.
        indicator = next(i for i, c in enumerate(header) if c and i != unit_col and not _HEAD_NUMBERING.fullmatch(c))
    numbering = 0 if indicator > 0 and _HEAD_NUMBERING.fullmatch(header[0]) else None
    lead_col = next((i for i, c in enumerate(header) if _HEAD_LEAD.search(c)), None)
    value_cols = _value_columns(header, (indicator, unit_col, lead_col))
    land_code = _land_code_column(header, rows[head_at + 1 :])
    land_use = land_code is not None
    if land_use and not value_cols:
        value_cols = {i: None for i, c in enumerate(header) if _HEAD_LAND_TOTAL.match(c)}
    if not value_cols:
        return
    # An indicator table ("Chỉ tiêu"): a count, ratio or index may stand without a unit.
    indicator_table = bool(_HEAD_INDICATOR.match(header[indicator]))
    # Rows that name places or sectors ("Ngành, lĩnh vực/Địa phương") measure what their value
    # column's heading names ("Tốc độ bình quân 2026 - 2030 (%/năm)" → "Tốc độ bình quân Hà Nội").
    measured = {col: "" if indicator_table else _heading_measure(header[col]) for col in value_cols}
    group_deadline: Optional[int] = None
    group_period: Optional[tuple[int, int]] = None
    # (metric, unit, measure, bound) of the last numbered row, to which a "Trong đó" sub-row belongs; its measure is
    # the metric of the row that names what is measured ("Tốc độ tăng trưởng GRDP"), "" when none above does; its
    # bound, the one its indicator closes on ("… tối thiểu."), holds for its parts too.
    parent: tuple[str, str, str, Optional[re.Match]] = ("", "", "", None)
    numbered: dict[str, tuple[str, str, str, Optional[re.Match]]] = {}  # parent's tuple by a row's number ("1" for "1.1")
    # A table that marks no row "(%)" leaves the percent of its shares and growth rates implicit; one
    # that marks some ("Tỉ lệ chi đầu tư … (%)") writes no unit where it writes none.
    implicit_percent = unit_col is None and not any(
        _indicator_cell(row[indicator].text)[1].startswith("%") for row in rows[head_at + 1 :] if len(row) > indicator
    )
    for r in range(head_at + 1, len(rows)):
        row = rows[r] + [_Cell("", 0, 0)] * (len(header) - len(rows[r]))
        written = row[indicator].text
        if not written or _YEAR_HEADING.fullmatch(written.strip(" *")) or _COLUMN_NUMBER.fullmatch(written):
            continue  # an empty row, a second header row of years under "Giai đoạn 2026 - 2030", or "(1) | (2) | (3)"
        if not any(row[c].text for c in value_cols) and (unit_col is None or not row[unit_col].text):
            # A group row ("Giai đoạn 2025-2027", "Đến năm 2030") dates the rows below it.
            exprs = time_expressions(written, 0, len(written))
            if exprs:
                _, _, group_deadline, group_period = exprs[0]
            bound = _CLOSING_BOUND.search(written.strip())
            if bound and numbering is not None:
                # "2 | Tỷ lệ cắt giảm … tối thiểu. | |" over "2.1. | Đối với các bộ … | % | 10": its parts' bound.
                numbered[row[numbering].text.strip(" .")] = ("", "", "", bound)
            continue
        metric, row_unit = _indicator_cell(written)
        row_bound = _CLOSING_BOUND.search(metric)
        metric = metric[: row_bound.start()] if row_bound else metric
        named = _INDICATOR_DEADLINE.search(metric)
        row_deadline = int(named.group("year")) if named else None
        metric = (metric[: named.start()] + metric[named.end() :]).strip(" ,") if named else metric
        if not row_unit and implicit_percent and _PERCENT_INDICATOR.match(metric):
            row_unit = "%"  # "Tỷ trọng kinh tế số trong GRDP | 20": a share or growth rate is in percent
        number = row[numbering].text.strip(" .") if numbering is not None else ""
        sub_row = numbering is not None and (not number or not number[:1].isdigit())
        outer = _DOTTED_NUMBER.match(number)
        if outer and outer.group(1) in numbered and not row_unit and unit_col is None:
            # "1.1 | Khu vực dịch vụ | 9,16" under "1 | Tốc độ tăng trưởng GRDP": the item's unit.
            row_unit = numbered[outer.group(1)][1]
        owner = parent if sub_row else numbered.get(outer.group(1)) if outer else None
        measure = metric if _MEASURE_OPENING.match(metric) else ""
        if sub_row and not row_unit and parent[1]:
            # "Trong đó: Nhóm nông, lâm, thuỷ sản": a part of the row above, in its unit.
            metric, row_unit = f"{parent[2] or parent[0]} {metric[:1].lower()}{metric[1:]}", parent[1]
        elif owner and owner[2] and not measure:
            # "7a | — Nhóm nông, lâm, thuỷ sản" under "7 | Tăng trưởng giá trị kim ngạch xuất khẩu", "1.1 | Khu vực
            # dịch vụ" under "1 | Tốc độ tăng trưởng GRDP", "+ Công nghiệp" under "1.2 | Khu vực công nghiệp và xây
            # dựng": a part named without a measure is measured as the row it belongs to is.
            measure = owner[2]
            metric = f"{measure} {metric[:1].lower()}{metric[1:]}"
        row_bound = row_bound or (owner[3] if owner else None)  # a part of a row with a bound
        if land_use and _LAND_CODE.match(row[land_code].text.strip()):
            # "Đất nông nghiệp | NNP": the area of a coded land type ("diện tích đất nông nghiệp (NNP)").
            metric = f"diện tích {metric[:1].lower()}{metric[1:]} ({row[land_code].text.strip()})"
        if not sub_row:
            parent = (metric, row_unit, measure, row_bound)
            numbered[number] = parent
        for col, milestone in value_cols.items():
            column_unit = row_unit or (row[unit_col].text if unit_col is not None else "")
            for cell, m, written_unit in _cell_quantities(row[col], column_unit):
                value = parse_digits(m.group("a"))
                value_max = parse_digits(m.group("b")) if m.group("b") else None
                unit = (
                    written_unit
                    or row_unit
                    or (row[unit_col].text if unit_col is not None else "")
                    or _heading_unit(header[col])
                    or ("ha" if land_use else "")
                )
                if not unit and not (indicator_table and _UNITLESS_INDICATOR.match(metric)):
                    continue
                comparator, strict = _cell_comparator(m.group("cmp"), value_max)
                if row_bound and comparator == "=":
                    comparator, strict = _cell_comparator(" ".join(row_bound.group("bound").split()), None)
                deadline, period = milestone if milestone is not None else (group_deadline, group_period)
                # The year of a column ("Mục tiêu 2026") dates its cells; the row's "đến năm 2030" dates
                # the cells of a period column ("GĐ 2026-2030") or of an undated one.
                deadline = deadline or row_deadline
                if _restates(text, text_targets, value, unit, metric):
                    continue
                # The named bodies of the row's lead cell ("Bộ Tài chính, Ngân hàng Nhà nước"), by their canonical names.
                lead = iter_mentions(row[lead_col].text) if lead_col is not None else ()
                agencies = tuple(mention.canonical for mention in lead if not mention.generic)
                clause_start, clause_end = _row_clause(row, indicator, cell)
                yield TargetAnnotation(
                    start=cell.start, end=cell.end, clause_start=clause_start, clause_end=clause_end,
                    value=value, value_max=value_max, unit=unit, unit_category=unit_category(unit) if unit else "",
                    comparator=comparator, strict=strict, metric=measured[col] + metric,
                    indicator=indicator_of(measured[col] + metric, unit, ""), deadline_year=deadline,
                    period_start=period[0] if period else None, period_end=period[1] if period else None,
                    baseline=None, baseline_year=None, kind="target", section=None,
                    table_index=table_index, table_row=r - head_at, agencies=agencies,
                )


# A land-use plan's table (the forms of Thông tư 01/2021/TT-BTNMT: "STT | Chỉ tiêu sử dụng đất | Mã | Tổng diện tích |
# Diện tích phân theo đơn vị hành chính"): its rows are coded land types ("NNP", "LUA", "CLN/PNN"), its areas in hectares
# (the forms' "Đơn vị tính: ha", which copies of them leave out), its goal the total column (the others break it down).
_HEAD_LAND_CODE = re.compile(r"^mã(?:\s+(?:số|loại\s+đất))?$", re.I)
_LAND_CODE = re.compile(r"^[A-Z]{3}(?:/[A-Z]{3})?$")
_HEAD_LAND_TOTAL = re.compile(r"^(?:tổng\s+)?diện\s+tích(?:\s+(?:năm|kế\s+hoạch)\b.*)?$|^tổng(?:\s+cộng|\s+số)?$", re.I)
_COLUMN_NUMBER = re.compile(r"\(\d{1,2}\)")


def _land_code_column(header: list[str], rows: list[list[_Cell]]) -> Optional[int]:
    code = next((i for i, c in enumerate(header) if _HEAD_LAND_CODE.match(c.strip())), None)
    if code is None or sum(1 for row in rows if len(row) > code and _LAND_CODE.match(row[code].text.strip())) < 3:
        return None
    return code


def _cell_quantities(cell: _Cell, row_unit: str) -> Iterator[tuple[_Cell, re.Match[str], str]]:
    """The quantities of a value cell, each with its unit and at its place in the cell: one ("≥500 ha", "100%"),
    each of a sum of counts of different things ("02 KCN + 05 CCN"), or each of the values a cell gives for
    several scopes in the row's unit ("≤ 3 Đông Nam Á; ≤ 50 Thế giới" in "Thứ bậc": in a row with a unit, words
    after a number that are no unit are its scope)."""
    summed = " + " in cell.text
    separator = "+" if summed else ";" if ";" in cell.text and row_unit else None
    parts = [(m.start(), m.end()) for m in re.finditer(f"[^{separator}]+", cell.text)] if separator else [(0, len(cell.text))]
    found = [(a, b, _CELL_NUMBER.match(cell.text[a:b])) for a, b in parts]
    if summed and len(found) > 1 and not all(m and m.group("unit") for _, _, m in found):
        return  # "KCN Đông Phố Mới + 02 CCN": words, not a sum of quantities
    for a, b, m in found:
        if not m:
            continue
        written = " ".join((m.group("unit") or "").split())
        if written and "%" not in written and not _is_unit(written, words=False):
            if not row_unit:
                continue
            written = ""  # a scope ("Đông Nam Á"): the row's unit counts it
        if written == "%" and row_unit.startswith("% "):
            written = row_unit  # "≥ 3%" in a row in "% tổng chi NSNN": the share's base is the row's
        part = cell if len(found) == 1 or not cell.located else _Cell(cell.text[a:b].strip(), cell.start + a, cell.start + b)
        yield part, m, written


# A column of what was achieved, next to the goals ("Mục tiêu | Kết quả đạt được đến năm 2016", "Kết quả thực hiện
# đến nay (2016)", "Tỷ lệ % thực hiện so với QH"): a review's results.
_RESULT_COLUMN = re.compile(r"kết\s+quả\s+(?:đạt|thực\s+hiện)|thực\s+hiện\s+(?:đến|so\s+với|năm|được)|đã\s+đạt|ước\s+(?:thực\s+hiện|đạt)", re.I)


def result_cells(rows_of: Sequence[list[list[_Cell]]]) -> list[tuple[int, int]]:
    """The spans, in the text, of the cells under a result column of each table (``table_rows``: its cells located in
    the text): prose read there would take a result for a goal."""
    spans: list[tuple[int, int]] = []
    for rows in rows_of:
        if not rows:
            continue
        results = {i for i, cell in enumerate(rows[0]) if _RESULT_COLUMN.search(cell.text)}
        spans += [(cell.start, cell.end) for row in rows[1:] for i, cell in enumerate(row) if i in results and cell.located]
    return spans


def assignment_table(table: Table) -> bool:
    """An assignment table ("TT | Nhiệm vụ | Thời hạn | Cơ quan chủ trì | Cơ quan phối hợp"): the
    figures in its cells are those of assigned tasks, not targets (README scope)."""
    for row in table.rows[:5]:
        cells = [" ".join((c or "").split()) for c in row]
        if any(_HEAD_TASK.match(c) for c in cells) and any(_HEAD_LEAD.search(c) for c in cells):
            return True
    return False


def _indicator_cell(written: str) -> tuple[str, str]:
    """(metric, unit) of an indicator cell: "Tỉ lệ đô thị hoá (%)" → ("Tỉ lệ đô thị hoá", "%");
    an acronym in parentheses ("Chỉ số phát triển con người (HDI)") is part of the metric."""
    metric = _SUB_ROW.sub("", " ".join(written.split()))
    closing = _CLOSING_UNIT.search(metric)
    if closing and _is_unit(closing.group("unit")):
        return metric[: closing.start()].strip(), closing.group("unit").strip()
    return metric, ""


# "Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ … tối thiểu. | % | 50": the bound that the indicator's name closes on
# holds for the row's values.
_CLOSING_BOUND = re.compile(
    r"\s+(?P<bound>tối\s+thiểu|ít\s+nhất|không\s+dưới|tối\s+đa|không\s+(?:vượt\s+)?quá)[\s.:]*$", re.IGNORECASE
)


def _is_unit(written: str, words: bool = True) -> bool:
    """A unit as the tables write it: "%", "km", "USD", "triệu tỷ đồng", "tuổi"; not an acronym ("IIP").
    ``words``: a lower-case word missing from the unit table counts too (a closing bracket holds units only)."""
    split = written.split()
    if not split:
        return False
    if unit_pattern().fullmatch(_SCALE.sub("", " ".join(split))):
        return True
    return words and len(split) == 1 and split[0].islower()


def _heading_unit(heading: str) -> str:
    """The unit a value column's heading names: "Tốc độ bình quân 2026 - 2030 (%/NĂM)" → "%/năm"."""
    closing = _CLOSING_UNIT.search(heading)
    return closing.group("unit").strip().lower() if closing and _is_unit(closing.group("unit").lower()) else ""


def _heading_measure(heading: str) -> str:
    """What a value column's heading says is measured, without its years, period and unit, as a
    metric's opening ("Tốc độ bình quân "); empty for a bare target or year heading ("Mục tiêu", "Năm 2030")."""
    words = _CLOSING_UNIT.sub("", " ".join(heading.split()))
    words = re.sub(r"\b(?:giai đoạn|năm)\b|\b(?:19|20)\d\d\b|[-–—/]", " ", words, flags=re.I)
    words = " ".join(words.split())
    if not words or _HEAD_VALUE.match(words) or _HEAD_RESULT.search(words) or _HEAD_PLAN_WORDS.match(words):
        return ""
    # "Tốc độ bình quân … (%/năm)": a rate in percent a year that names nothing else is a growth rate.
    words = _BARE_RATE.sub(r"\g<0> tăng trưởng", words)
    return words[:1].upper() + words[1:].lower() + " "


def _row_clause(row: list[_Cell], indicator: int, cell: _Cell) -> tuple[int, int]:
    """The text a table target is read from: its indicator cell to its value cell, when
    both were found in the text; else the row (a PDF table's cells share the table's span)."""
    first = row[indicator]
    if first.located and cell.located and first.end > first.start and first.start <= cell.start:
        return first.start, cell.end
    return row[0].start or cell.start, row[-1].end or cell.end


# "Chỉ tiêu | Cơ quan chủ trì | … | Kết quả đến năm 2025": the result a plan is to reach by a year, not one reached
# ("Kết quả thực hiện năm 2016", "Kết quả đạt được đến năm 2016"); a year before the document's is dropped with the
# other results it reports (``iter_targets``).
_RESULT_TO_REACH = re.compile(r"kết\s+quả\s+(?:đến|tới|vào)\s+(?:cuối\s+)?(?:năm\s+)?(?:19|20)\d\d\s*$", re.I)


def _value_columns(
    header: list[str], others: tuple[Optional[int], ...]
) -> dict[int, Optional[tuple[Optional[int], Optional[tuple[int, int]]]]]:
    """Columns of target values (not the ``others``) → the (deadline, period) their
    heading names ("Năm 2030"), or None for a value column without one ("Kết quả");
    columns of results or estimates are left out."""
    value_cols: dict[int, Optional[tuple[Optional[int], Optional[tuple[int, int]]]]] = {}
    for i, c in enumerate(header):
        if i in others or len(c) > 40:
            continue
        exprs = time_expressions(c, 0, len(c)) or _heading_years(c)
        if _HEAD_REPORTING_PERIOD.match(c) and not _HEAD_PLANNED.search(c):
            continue
        if exprs and (not _HEAD_RESULT.search(c) or _RESULT_TO_REACH.match(c)):
            value_cols[i] = exprs[0][2:]
        elif _HEAD_VALUE.match(c) and not exprs:
            value_cols[i] = None
    return value_cols


def _heading_years(heading: str) -> list[tuple[int, int, Optional[int], Optional[tuple[int, int]]]]:
    """The milestone a bare heading names: a span "2026 - 2030" is a period, a year a deadline."""
    span = _HEAD_SPAN.search(heading)
    if span:
        return [(0, 0, None, (int(span.group(1)), int(span.group(2))))]
    return [(0, 0, int(m.group()), None) for m in re.finditer(r"\b(?:19|20)\d\d\b", heading)][:1]


def _cell_comparator(written: str, value_max: Optional[Decimal]) -> tuple[str, bool]:
    """(comparator, strict) of a value cell: a range, a phrase written before the
    number ("Tối thiểu 80"), or "="."""
    if value_max is not None:
        return "range", False
    before_phrases, _ = comparators()
    for p in before_phrases:
        if written.strip().lower().endswith(p.phrase.lower()):
            return p.comparator, p.strict
    return "=", False


def _is_header(cells: list[str]) -> bool:
    """A target table's header names an indicator column ("Chỉ tiêu", "Nội dung"),
    or has a unit column beside a target or year column ("TT | Sản phẩm | ĐVT | Năm 2030")."""
    if any(_HEAD_INDICATOR.match(c) for c in cells):
        return True
    if not any(_HEAD_UNIT.match(c) for c in cells):
        # "TT | Ngành, lĩnh vực/Địa phương | Tốc độ bình quân 2026 - 2030 (%/năm)": the value
        # column names its period and its unit, under a numbering column.
        return bool(cells) and bool(_HEAD_NUMBERING.fullmatch(cells[0])) and any(
            len(c) <= 40 and not _HEAD_RESULT.search(c) and _HEAD_SPAN.search(c) and _heading_unit(c) for c in cells
        )
    return any(
        len(c) <= 40 and not _HEAD_RESULT.search(c) and (_HEAD_VALUE.match(c) or re.search(r"\b(?:19|20)\d\d\b", c))
        for c in cells
    )


def _restates(text: str, text_targets: list[TargetAnnotation], value: Decimal, unit: str, metric: str) -> bool:
    """True when a prose target already states this value for the same thing."""
    words = set(re.findall(r"\w+", metric.lower())) - {"tỉ", "tỷ", "lệ", "số", "các"}
    for t in text_targets:
        if t.value == value and t.unit.split("/")[0] == unit and words:
            clause = set(re.findall(r"\w+", text[t.clause_start : t.clause_end].lower()))
            if len(words & clause) / len(words) >= 0.6:
                return True
    return False


def table_rows(text: str, tables: Sequence[Table]) -> list[list[list[_Cell]]]:
    """The rows of each table (``pdf_rows``); a table that opens a page without a header row, right
    after a table with one closing the page before, with as many columns, continues it: its rows
    are read under that header (a table split across pages without a repeated header)."""
    read: list[list[list[_Cell]]] = []
    for n, table in enumerate(tables):
        rows = pdf_rows(text, table)
        previous = tables[n - 1] if n else None
        if (
            previous is not None and rows and read[-1]
            and table.page == previous.page + 1 and not _heads_columns([c.text for c in rows[0]])
            and (header := _header_row(read[-1])) is not None
            and len(read[-1][header]) == max(len(row) for row in rows)
            and not any(t.page == table.page for t in tables[:n])
        ):
            rows = [read[-1][header], *rows]
        read.append(rows)
    return read


def _heads_columns(cells: list[str]) -> bool:
    """A header row of any kind of table ("TT | Nhiệm vụ | Thời hạn | Cơ quan chủ trì")."""
    return _is_header(cells) or any(
        _HEAD_NUMBERING.fullmatch(c) or _HEAD_TASK.match(c) or _HEAD_LEAD.search(c) or _HEAD_UNIT.match(c) for c in cells
    )


def _header_row(rows: list[list[_Cell]]) -> Optional[int]:
    return next((r for r, row in enumerate(rows[:5]) if _is_header([c.text for c in row])), None)


def pdf_rows(text: str, table: Table) -> list[list[_Cell]]:
    """The cells of a PDF table, each at its place in the text when found there (the text
    holds a table row by row, a cell's lines together), else at the table's span."""
    start = table.char_start or 0
    end = table.char_end or start
    rows, cursor = [], start
    for row in table.rows:
        cells = []
        for written in row:
            words = (written or "").split()
            found = _cell_in_text(text, words, cursor, end) if words and end > start else None
            if found:
                cursor = found[0] + 1  # side-by-side cells may share lines: the next one starts after this one's start
            cells.append(_Cell(" ".join(words), *found) if found else _Cell(" ".join(words), start, end, False))
        rows.append(cells)
    return rows


def _is_word_character(character: str) -> bool:
    return character.isalnum() or character == "_"  # what a regex's \w matches


def _cell_in_text(text: str, words: list[str], start: int, end: int) -> Optional[tuple[int, int]]:
    """The first place in text[start:end] where the cell's words stand, whitespace between them and no
    letter glued on either side. Found with str.find, not a regex per cell: a table has hundreds of cells,
    and as many compiled patterns would push the module patterns out of the re module's cache."""
    position = text.find(words[0], start, end)
    while position != -1:
        cursor = position + len(words[0])
        for word in words[1:]:
            gap = cursor
            while gap < end and text[gap].isspace():
                gap += 1
            if gap == cursor or not text.startswith(word, gap, end):
                break
            cursor = gap + len(word)
        else:
            glued_before = position > 0 and _is_word_character(text[position - 1])
            if not glued_before and (cursor == end or not _is_word_character(text[cursor])):
                return position, cursor
        position = text.find(words[0], position + 1, end)
    return None


def markdown_tables(text: str) -> Iterator[list[list[_Cell]]]:
    """Rows of the tables that web conversions flatten to one cell per line
    between "|" lines, a row ending with an empty cell ("|" twice)."""
    pipes = [m.start() for m in _PIPE_LINE.finditer(text)] if "|" in text else []  # (no pipe line without a "|")
    cells: list[_Cell] = []
    for a, b in zip(pipes, pipes[1:]):
        chunk = text[a + 1 : b]
        if "\n\n" in chunk.strip("\n") or len(chunk) > 600:
            if cells:
                yield from _rows_of(cells)
            cells = []
            continue
        inner = chunk.strip()
        offset = chunk.find(inner) if inner else 0
        cleaned = " ".join(inner.replace("**", "").replace("*", "").replace("\\", "").split())
        cells.append(_Cell(cleaned, a + 1 + offset, a + 1 + offset + len(inner)))
    if cells:
        yield from _rows_of(cells)


# "| Chỉ tiêu | ĐVT | Năm 2030 |", or without the opening bar ("8 | Tỉ lệ … | % | ≥ 55 | Bộ Tài chính |").
def flat_table_span(rows: list[list[_Cell]]) -> tuple[int, int]:
    """(start, end) in the text of a table flattened into it (``markdown_tables``, ``pipe_row_tables``)."""
    cells = [c for row in rows for c in row if c.end > c.start]
    return (min(c.start for c in cells), max(c.end for c in cells)) if cells else (0, 0)


def pipe_row_tables(text: str) -> Iterator[list[list[_Cell]]]:
    """Tables written one row per line ("| Chỉ tiêu | ĐVT | Năm 2030 |"): ``pipe_row_blocks`` of three cells or more."""
    for rows in pipe_row_blocks(text, _heads_columns, min_cells=3):
        yield [[_Cell(cell_text, start, end) for start, end, cell_text in row] for row in rows]


def _rows_of(cells: list[_Cell]) -> Iterator[list[list[_Cell]]]:
    # Rows end with an empty cell; the header is one of the first rows.
    starts = [0] + [i + 1 for i, c in enumerate(cells) if not c.text]
    first = next((a for a, b in zip(starts[:6], starts[1:7]) if _is_header([c.text for c in cells[a : b - 1]])), None)
    if first is None:
        return
    width = next((i for i in range(first, len(cells)) if not cells[i].text), len(cells)) - first
    if width < 3:
        return
    rows: list[list[_Cell]] = []
    i = first
    while i + width <= len(cells):
        rows.append(cells[i : i + width])
        i += width
        # Each row ends with an empty cell; a missing one means the layout changed.
        if i < len(cells) and cells[i].text:
            break
        i += 1
    yield rows
