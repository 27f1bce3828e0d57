"""Assignment tables (task | chủ trì | phối hợp | thời gian): ``schemas.Table``
rows, tables flattened into the text one cell per line between "|" lines, and
pipe tables written one row per line."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Iterator, Optional, Sequence

from extractors.agencies.lexicon import UPPER
from extractors.agencies.mentions import iter_mentions, whole_listed_names
from extractors.agencies.model import IMPLEMENTER, LEAD, PARTNER, Collector, Mention, role_stated
from extractors.canonical import gazetteer
from extractors.pipe_rows import pipe_row_blocks

# A cell of bodies without a name: "Các sở, ngành", "cơ quan …", or only the kind ("Doanh nghiệp").
_COLLECTIVE_CELL = re.compile(
    r"(?i)(?:các\s+)?(?:sở|ban|ngành|cơ\s+quan|đơn\s+vị|địa\s+phương|tổ\s+chức)\b\s*[,;và]|các\b|cơ\s+quan|đơn\s+vị"
    r"|(?:doanh\s+nghiệp|hợp\s+tác\s+xã|người\s+dân|địa\s+phương)\s*$"
)
# A short capitalised phrase without sentence punctuation, like "Ban Quản lý dự án" or "Các sở, ngành".
_NAME_LIKE_CELL = re.compile(r"^[" + UPPER + r"](?:(?![.;:!?]\s|\s-\s)[^\s]*(?:\s+|$)){1,8}$")
_TT_HEADER = re.compile(r"(?i)s?tt|số\s+tt|thứ\s+tự")
# Words a body's name (or a collective one) opens on besides the heads of the agency table: a cell
# in the agency column that opens otherwise ("Nội dung 1", "Chuyên gia trong nước", "Dịch vụ thuê
# ngoài") is a misread column of a cost or content table.
_MORE_BODY_HEADS = (
    "Phòng", "Tổ", "Trường", "Bệnh viện", "Đội", "Hạt", "Trạm", "Chi nhánh", "Doanh nghiệp", "Hợp tác xã",
    "Nhà đầu tư", "Chủ đầu tư", "Cơ quan", "Đơn vị", "Địa phương", "Tổ chức", "Các", "Chính quyền", "Lực lượng",
    "Thủ trưởng", "Giám đốc", "Chủ tịch", "Lãnh đạo", "Người đứng đầu", "Quỹ", "Đảng ủy", "Đảng uỷ", "Tỉnh ủy",
    "Tỉnh uỷ", "Thành ủy", "Thành uỷ", "Huyện ủy", "Huyện uỷ",
)


@lru_cache(maxsize=1)
def _body_opening() -> re.Pattern:
    heads = {*gazetteer()["heads"], *_MORE_BODY_HEADS, *(name.split()[0] for name in gazetteer()["names"])}
    alternation = "|".join(re.escape(h).replace(r"\ ", r"\s+") for h in sorted(heads, key=len, reverse=True))
    return re.compile(rf"(?:{alternation})(?!\w)", re.IGNORECASE)


def _opens_like_a_body(cell: str) -> bool:
    return _body_opening().match(cell) is not None
_TT_CELL = re.compile(r"^(?:\d{1,3}(?:\.\d{1,2})*\.?|[IVX]{1,5}\.?|[a-zđ]\)?)$")


@dataclass(frozen=True)
class AssignmentRow:
    """One row of an assignment table (task | chủ trì | phối hợp | thời gian)."""

    table_index: Optional[int]
    row: int
    task: tuple[int, int, str]
    lead: Optional[tuple[int, int, str]]
    partner: Optional[tuple[int, int, str]]
    deadline: Optional[tuple[int, int, str]]
    section: Optional[str]
    # From the first of the task, lead and partner cells to the last (the lead column may come first).
    span: tuple[int, int]
    lead_role: str = LEAD  # "thực hiện" under a "Cơ quan/Đơn vị thực hiện" column
    monitor: Optional[tuple[int, int, str]] = None  # the "Theo dõi, kiểm tra, đôn đốc" cell
    submitter: Optional[tuple[int, int, str]] = None  # the "Cơ quan trình" cell: the body that drafts and submits
    due_by: bool = False  # the time column names a completion deadline ("Thời hạn …", "… hoàn thành")
    # Bodies the heading above the table gives a role in every row ("NHÓM CHỈ TIÊU SỞ X CHỦ TRÌ theo dõi").
    heading: tuple[tuple[Mention, str], ...] = ()


# ("Trách nhiệm thực hiện", "Đơn vị chịu trách nhiệm", "Cơ quan phụ trách" head the column of the bodies that do the
# row's task.)
_IMPLEMENTER = (
    r"(?:(?:cơ\s+quan|đơn\s+vị)(?:,?\s*(?:đơn\s+vị|cơ\s+quan))?\s+(?:thực\s+hiện|chịu\s+trách\s+nhiệm|phụ\s+trách)"
    r"|trách\s+nhiệm\s+thực\s+hiện)"
)
_IMPLEMENTER_COLUMN = re.compile(_IMPLEMENTER + r"(?:\s+chính)?")
_LEAD_HEADER = re.compile(r"(?i)chủ\s+trì|^" + _IMPLEMENTER)


# The bodies that follow up each row ("Theo dõi, kiểm tra, đôn đốc", "Đơn vị theo dõi"): the plan gives them that duty.
_MONITOR_HEADER = re.compile(r"(?:(?:cơ\s+quan|đơn\s+vị)\s+)?(?:theo\s+dõi|kiểm\s+tra,?\s+đôn\s+đốc|đôn\s+đốc)\b")


# A time column that names a completion deadline ("Thời hạn hoàn thành", "THỜI HẠN THỰC HIỆN", "Thời gian
# hoàn thành"), not the time worked over ("Thời gian thực hiện", "Tiến độ thực hiện", "Thời gian").
_DUE_BY_HEADER = re.compile(r"(?i)thời\s+hạn|hoàn\s+thành")


# "Cơ quan tham gia thẩm tra": the bodies that take part in the lead's work, its partners.
_PARTICIPANT_COLUMN = re.compile(r"^(?:cơ\s+quan|đơn\s+vị)\s+tham\s+gia\b")
# "Cơ quan trình" in a schedule of bills, beside "Cơ quan chủ trì thẩm tra": the body that drafts and submits each bill.
_SUBMITTER_COLUMN = re.compile(r"(?:cơ\s+quan|đơn\s+vị)\s+trình")


_TIME_HEADER = re.compile(r"thời\s+gian|thời\s+hạn|tiến\s+độ")
_CURRENT = re.compile(r"hiện\s+(?:tại|nay)")
_TASK_HEADER = re.compile(r"nhiệm\s+vụ|nội\s+dung|tên\s+(?:dự\s+án|đề\s+án|nhiệm|văn\s+bản)|hoạt\s+động|giải\s+pháp|chỉ\s+tiêu")


def _header_columns(cells: Sequence[str], partner_only: bool = False) -> Optional[dict[str, int]]:
    """Columns of an assignment table's header by kind; None when it names no task and lead
    column (``partner_only``: or no task and partner column, the lead being named above it)."""
    columns: dict[str, int] = {}
    for index, cell in enumerate(cells):
        folded = " ".join((cell or "").replace("*", " ").split()).lower()
        if "chủ trì" in folded:
            columns.setdefault("lead", index)
        elif _IMPLEMENTER_COLUMN.fullmatch(folded):
            columns.setdefault("lead", index)
            columns.setdefault("implementer", index)
        elif "phối hợp" in folded or _PARTICIPANT_COLUMN.search(folded):
            columns.setdefault("partner", index)
        elif _MONITOR_HEADER.match(folded):
            columns.setdefault("monitor", index)
        elif _SUBMITTER_COLUMN.fullmatch(folded):
            columns.setdefault("submitter", index)
        elif _TIME_HEADER.search(folded) and not _CURRENT.search(folded):
            # ("Tiến độ hiện tại": where the work stands, not when it is due)
            columns.setdefault("deadline", index)
            if columns["deadline"] == index and _DUE_BY_HEADER.search(folded):
                columns["due_by"] = index
        elif _TASK_HEADER.search(folded):
            columns.setdefault("task", index)
    if "task" not in columns:
        return None
    return columns if "lead" in columns or (partner_only and "partner" in columns) else None


@dataclass(frozen=True)
class FlatTable:
    """A table flattened into the text: header cells and rows of (start, end, text) cells."""

    start: int
    end: int
    header: list
    rows: list


_FLAT_CELL_LINES = r"(?:(?!^\|[ \t]*$).*\n)*"
# Six or more "|" lines, each followed by the lines of a cell: (?:^\|[ \t]*\n CELL){6,}, the
# first one written out so that the pattern opens on "|" (a literal the engine looks for
# directly, instead of trying the repeat at every position).
_FLAT_BLOCK = re.compile(
    r"\|(?<=^\|)[ \t]*\n" + _FLAT_CELL_LINES + r"(?:^\|[ \t]*\n" + _FLAT_CELL_LINES + r"){5,}", re.MULTILINE
)
_FLAT_CELL = re.compile(r"^\|[ \t]*\n((?:(?!^\|[ \t]*$).*\n)*)", re.MULTILINE)


@lru_cache(maxsize=4)  # the same text is read for agencies, tasks and targets
def _flat_cells(text: str) -> tuple[list[tuple[int, int, str]], ...]:
    """Each run of cells flattened one per line between "|" lines, as (start, end, text)."""
    runs = []
    for block in _FLAT_BLOCK.finditer(text):
        cells = []
        for cell in _FLAT_CELL.finditer(block.group(0)):
            start = block.start() + cell.start(1)
            cells.append((start, start + len(cell.group(1)), " ".join(cell.group(1).replace("*", " ").split())))
        runs.append(cells)
    return tuple(runs)


def table_cells(text: str) -> list[tuple[int, int]]:
    """Spans of the short cells of flattened tables: figures and labels, not
    prose (some pages wrap the whole document in one table cell)."""
    spans = []
    for cells in _flat_cells(text):
        if len(cells) >= 12:
            spans.extend((start, end) for start, end, value in cells if len(value) < 300)
    return spans


def flattened_tables(text: str) -> Iterator[FlatTable]:
    """Markdown tables flattened one cell per line between "|" lines (a row
    spans many lines): those whose header names a lead ("chủ trì") column.
    A row starts at a number cell ("1", "II", "2.3") after an empty cell; a run
    of cells may hold several tables (annexes one after the other), each ending
    where the next header starts."""
    for cells in _flat_cells(text):
        headers = []
        for lead_at, cell in enumerate(cells):
            if not (_LEAD_HEADER.search(cell[2].lower()) and len(cell[2]) < 60):
                continue
            if headers and lead_at <= headers[-1][1]:
                continue  # a second lead-like cell of the same header
            first = lead_at
            # Back to the header's first cell: an empty cell, or its "STT" (not into the previous table's last row).
            while first > 0 and 0 < len(cells[first - 1][2]) < 60 and not _TT_HEADER.fullmatch(cells[first][2]):
                first -= 1
            last = lead_at
            while last + 1 < len(cells) and 0 < len(cells[last + 1][2]) < 60:
                last += 1
            if _header_columns([c[2] for c in cells[first : last + 1]]) is not None:
                headers.append((first, last))
        for (first, last), following in zip(headers, [*headers[1:], (len(cells), None)]):
            rows: list[list[tuple[int, int, str]]] = []
            for index in range(last + 1, following[0]):
                cell = cells[index]
                if _TT_CELL.match(cell[2]) and not cells[index - 1][2]:
                    rows.append([])
                if rows:
                    rows[-1].append(cell)
            header = [c[2] for c in cells[first : last + 1]]
            widths = Counter(len(row) - (not row[-1][2]) for row in rows if row)
            if widths and not _TT_HEADER.fullmatch(header[0]) and widths.most_common(1)[0][0] == len(header) + 1:
                # A header repeated without its "TT" cell ("Nội dung | Đơn vị thực hiện | …") over numbered rows.
                header = ["TT", *header]
            yield FlatTable(cells[first][0], cells[following[0] - 1][1], header, rows)


def pipe_tables(text: str) -> Iterator[FlatTable]:
    """Tables written one row per line ("| TT | Nhiệm vụ | Cơ quan chủ trì | … |" over a "| --- |" rule, or
    "TT | Chỉ tiêu | … | Cơ quan chủ trì theo dõi, đánh giá |" without the opening bar) whose header names a lead
    column. A line spanning the table ("**Đến năm 2030**") heads the rows under it."""
    for rows in pipe_row_blocks(text, _names_columns):
        if len(rows) >= 2 and _names_columns([c[2] for c in rows[0]]):
            end = text.find("\n", rows[-1][-1][1])
            start, end = text.rfind("\n", 0, rows[0][0][0]) + 1, len(text) if end == -1 else end
            yield FlatTable(start, end, [c[2] for c in rows[0]], rows[1:])


def _header_spans(header: Sequence[Optional[str]]) -> list[tuple[int, int]]:
    """(first, end) of the columns each header cell spans: a header cell merged over the columns after it
    ("Nhiệm vụ" over three) leaves them None."""
    spans: list[tuple[int, int]] = []
    for index, cell in enumerate(header):
        if cell is None and spans:
            spans[-1] = (spans[-1][0], index + 1)
        else:
            spans.append((index, index + 1))
    return spans


def _collapsed(row: Sequence[Optional[str]], spans: list[tuple[int, int]]) -> list[str]:
    """The row's cells with the text of the columns a header cell spans put in its first column (a row's task
    may sit in any of them, "2 | | Thực hiện hiệu quả Tết trồng cây … | | UBND các huyện")."""
    cells = [cell or "" for cell in row]
    for first, end in spans:
        if end - first > 1:
            cells[first:end] = ["\n".join(c for c in cells[first:end] if c)] + [""] * (end - first - 1)
    return cells


def _names_columns(cells: list[str]) -> bool:
    return _header_columns(cells, partner_only=True) is not None


def iter_assignment_rows(
    text: str, tables: Sequence = (), tables_in_text: Optional[Sequence[FlatTable]] = None
) -> Iterator[AssignmentRow]:
    """Rows of assignment tables, from ``schemas.Table`` objects and from
    tables flattened into the text or written as pipe tables (``tables_in_text``,
    when already read)."""
    # (columns, width, page, merged header spans) of the last assignment table
    carried: Optional[tuple[dict[str, int], int, int, list[tuple[int, int]]]] = None
    for table in tables:
        header_at = next((i for i, row in enumerate(table.rows) if _header_columns([c or "" for c in row])), None)
        if header_at is not None:
            spans = _header_spans(table.rows[header_at])
            rows = [_collapsed(row, spans) for row in table.rows]
            carried = (_header_columns(rows[header_at]), len(rows[header_at]), table.page, spans)
            year = _column_year(rows[header_at], carried[0])
            yield from _rows_of(text, table, rows[header_at:], carried[0], header_at, headed=True, year=year)
        elif carried and table.rows and table.page in (carried[2], carried[2] + 1) and {len(r) for r in table.rows} == {carried[1]}:
            # The table goes on over the next page without its header; a running header box
            # above it (narrower) is no part of it.
            carried = (carried[0], carried[1], table.page, carried[3])
            yield from _rows_of(text, table, [_collapsed(row, carried[3]) for row in table.rows], carried[0], 0)
    if tables_in_text is None:
        tables_in_text = [*flattened_tables(text), *pipe_tables(text)]
    for table in tables_in_text:
        columns = _with_role_sub_header(_header_columns(table.header, partner_only=True), table.rows)
        bodies_column = columns.get("lead", columns.get("partner"))
        heading = _heading_roles(text, table.start)
        if "lead" not in columns and not any(role == LEAD for _, role in heading):
            continue  # partners with nobody leading: not an assignment table
        section = None
        for number, row in enumerate(table.rows, start=1):
            # A row without a task or a lead cell assigns nothing: it heads a group ("5.1 | | Thương mại").
            if len(row) < max(columns.values()) + 1 or not row[bodies_column][2] or not row[columns["task"]][2]:
                section = next((c[2][:120] for c in row[1:] if c[2]), section)
                continue
            yield replace(_row(row, columns, None, number, section, _column_year(table.header, columns)), heading=heading)


# A second header row that names the roles under the bodies' column: "Đơn vị thực hiện" over "Chủ trì | Phối hợp".
_ROLE_SUB_HEADER = re.compile(r"(?i)(?P<lead>chủ\s+trì)|phối\s+hợp")


def _with_role_sub_header(columns: dict[str, int], rows: list) -> dict[str, int]:
    """The header's columns, with the lead and partner columns a second header row names."""
    named = [(index, _ROLE_SUB_HEADER.fullmatch(cell[2].strip(" *"))) for index, cell in enumerate(rows[0] if rows else ())]
    named = [(index, match) for index, match in named if match]
    if not named:
        return columns
    columns = dict(columns)
    for index, match in named:
        if match.group("lead"):
            columns["lead"] = index
            columns.pop("implementer", None)
        else:
            columns["partner"] = index
    return columns


# The heading right above a table (a Markdown heading, or a short line ending the paragraph before it).
_HEADING_ABOVE = re.compile(r"(?:^|\n)[ \t]*(?:#{1,6}[ \t]+)?([^\n|]{5,160})\n(?:[ \t]*\n)*[ \t]*$")


def _heading_roles(text: str, table_start: int) -> tuple[tuple[Mention, str], ...]:
    """Bodies the heading above a table names with their role ("I. NHÓM CHỈ TIÊU SỞ CÔNG THƯƠNG
    **CHỦ TRÌ** theo dõi, báo cáo" → the department leads every row; "… SỞ X PHỐI HỢP" → it partners)."""
    above = _HEADING_ABOVE.search(text, max(0, table_start - 400), table_start)
    if not above:
        return ()
    start = above.start(1)
    heading = above.group(1).replace("*", " ")
    mentions = [m for m in iter_mentions(heading) if not m.generic]
    stated = _roles_stated_in_cell(heading, mentions)
    return tuple(
        (replace(m, start=start + m.start, end=start + m.end), stated[i]) for i, m in enumerate(mentions) if i in stated
    )


def _locate(text: str, cell: str, start: int, before: Optional[int] = None) -> Optional[tuple[int, int]]:
    """Where the cell's first words are written in ``text`` from ``start`` on (beginning
    before ``before``, when given), or None."""
    words = cell.split()
    if not words:
        return None
    match = re.compile(r"\s*".join(re.escape(w) for w in words[:6])).search(text, start)
    if match is None or (before is not None and match.start() >= before):
        return None
    return match.start(), match.start() + len(cell)


def _located_cells(text: str, rows: list[list[str]], columns: dict[str, int], table_start: int) -> list[list[tuple[int, int, str]]]:
    """Each row's cells as (start, end, text) in ``text``, read in order. Rows follow each other
    down the page, so a row's cells start after every cell of the row above and before the next
    row's task: a cell that repeats the one above ("Bộ Công Thương" row after row) is found in its
    own row. Cells of no column the rows are read by, and cells not found, keep the row's floor."""
    read_by = set(columns.values())
    task_column = columns["task"]
    tasks, floor = [], table_start
    for row in rows:
        found = _locate(text, row[task_column], floor) if task_column < len(row) else None
        tasks.append(found)
        floor = found[0] + 1 if found else floor
    # A row that names no lead is the rest of the one above it, cut where the PDF drew a line ("nhớ ơn Bác Hồ”.").
    lead_column = columns.get("lead", task_column)
    opens_a_row = [lead_column < len(row) and bool(row[lead_column].strip()) for row in rows]
    located, floor = [], table_start
    for number, row in enumerate(rows):
        before = next((task[0] for task, opens in zip(tasks[number + 1 :], opens_a_row[number + 1 :]) if task and opens), None)
        cells = []
        for index, cell in enumerate(row):
            found = tasks[number] if index == task_column else _locate(text, cell, floor, before) if index in read_by else None
            cells.append((*(found or (floor, floor)), " ".join(cell.split())))
        starts = [cell[0] for index, cell in enumerate(cells) if index in read_by and cell[1] > cell[0]]
        floor = max([floor, *(start + 1 for start in starts)])
        located.append(cells)
    return located


def _rows_of(text: str, table, rows: list[list[str]], columns: dict[str, int], first: int,
             headed: bool = False, year: Optional[int] = None) -> Iterator[AssignmentRow]:
    """The assignment rows of a table (``first``: the number of its first row in the table;
    ``headed``: that row is the header, located too so that the body is looked for below it;
    ``year``: the one its time column's header names)."""
    section = None
    located = _located_cells(text, rows, columns, table.char_start or 0)
    for number, (row, spans) in enumerate(zip(rows, located), start=first):
        if headed and number == first:
            continue
        if len(row) <= max(columns.values()) or not (row[columns["lead"]] or "").strip() or not (row[columns["task"]] or "").strip():
            if any(row):
                section = next((c for c in reversed(row) if c), None)
            continue
        yield _row(spans, columns, table.index, number, section, year)


# "Thời gian (Năm 2026)" over "ngày 23 tháng 1": the year of every date in the column.
_HEADER_YEAR = re.compile(r"(?i)\bnăm\s+((?:19|20)\d{2})\b")
_FOUR_DIGITS = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
# A day, month or quarter the cell writes without its year ("ngày 23 tháng 1", "Quý II", "30/6"); "Thường xuyên" is none.
_PART_OF_A_YEAR = re.compile(r"(?i)\b(?:ngày|tháng|quý)\b|(?<![\d/])\d{1,2}/\d{1,2}(?![\d/])")


def _column_year(header: Sequence, columns: dict[str, int]) -> Optional[int]:
    """The year the time column's header names, if any (header cells as text or as (start, end, text))."""
    index = columns.get("deadline")
    cell = header[index] if index is not None and index < len(header) else None
    if isinstance(cell, tuple):
        cell = cell[2]
    found = _HEADER_YEAR.search(cell or "")
    return int(found.group(1)) if found else None


def _row(cells, columns: dict[str, int], table_index, number, section, year: Optional[int] = None) -> AssignmentRow:
    def cell(name):
        index = columns.get(name)
        if index is None or index >= len(cells) or not cells[index][2]:
            return None
        return cells[index]

    deadline = cell("deadline")
    if deadline and year and _PART_OF_A_YEAR.search(deadline[2]) and not _FOUR_DIGITS.search(deadline[2]):
        deadline = (deadline[0], deadline[1], f"{deadline[2]} năm {year}")

    task = cell("task") or cells[columns["task"]]
    read = [c for c in (task, cell("lead"), cell("partner")) if c is not None and c[1] > c[0]] or [task]
    return AssignmentRow(
        table_index,
        number,
        task,
        cell("lead"),
        cell("partner"),
        deadline,
        section,
        (min(c[0] for c in read), max(c[1] for c in read)),
        IMPLEMENTER if "implementer" in columns else LEAD,
        monitor=cell("monitor"),
        submitter=cell("submitter"),
        due_by="due_by" in columns,
    )


_CELL_LIST_GAP = re.compile(r"\s*(?:,|và|,\s*và)?\s*")
_CELL_ROLES = r"(chủ\s+trì|phối\s+hợp|thực\s+hiện)"
_CELL_ROLE = re.compile(r"\s*" + _CELL_ROLES + r"\b", re.IGNORECASE)  # after a list of bodies
_CELL_ROLE_LABEL = re.compile(r"\b" + _CELL_ROLES + r"\s*:", re.IGNORECASE)  # before them


def _roles_stated_in_cell(cell: str, mentions: list[Mention]) -> dict[int, str]:
    """Roles a cell states after its lists of bodies ("Sở KH&CN chủ trì hướng dẫn; Các sở, ngành,
    UBND cấp xã thực hiện công bố …") or as labels before them ("Chủ trì: Công ty X. Phối hợp: UBND xã Y;
    Sở Tài chính."), by the index of each mention; empty when it states none."""
    labels = list(_CELL_ROLE_LABEL.finditer(cell))
    if labels:
        stated_by_label = {}
        for index, mention in enumerate(mentions):
            label = next((m for m in reversed(labels) if m.end() <= mention.start), None)
            if label is not None:
                stated_by_label[index] = role_stated(label.group(1))
        return stated_by_label
    stated: dict[int, str] = {}
    group: list[int] = []
    for index, mention in enumerate(mentions):
        if group and not _CELL_LIST_GAP.fullmatch(cell, mentions[group[-1]].end, mention.start):
            group = []
        group.append(index)
        said = _CELL_ROLE.match(cell, mention.end)
        if said:
            role = role_stated(said.group(1))
            stated.update((member, role) for member in group)
            group = []
    return stated


def assign_tables(text: str, tables: Sequence, collector: Collector, tables_in_text: Sequence[FlatTable]) -> None:
    """The bodies in the lead, partner and follow-up cells of each assignment row, for the row's task."""
    for row in iter_assignment_rows(text, tables, tables_in_text):
        deadline = row.deadline[2] if row.deadline else None
        task_span = row.task[:2] if row.task[1] > row.task[0] else None
        for mention, role in row.heading:
            # The body the heading names is added first and opens the row's group: the row's time goes with it.
            collector.add(mention, role, row.task[2][:220], row.span, row.section, (row.table_index, row.row),
                          deadline=deadline, due_by=row.due_by, task_span=task_span)
        for role, cell in (
            (row.lead_role, row.lead), (PARTNER, row.partner), (IMPLEMENTER, row.monitor), (IMPLEMENTER, row.submitter)
        ):
            if cell is None:
                continue
            start, end, value = cell
            if row.table_index is None:
                # A flattened table: the cell is a span of the text itself.
                in_cell = whole_listed_names(text[start:end], list(iter_mentions(text[start:end])), end - start)
                stated = _roles_stated_in_cell(text[start:end], in_cell)
                found = [replace(m, start=start + m.start, end=start + m.end) for m in in_cell]
            else:
                in_cell = whole_listed_names(value, list(iter_mentions(value)), len(value))
                stated = _roles_stated_in_cell(value, in_cell)
                found = [replace(m, start=start, end=end) for m in in_cell]
            found += _places_in_cell(value, found, start, end, located=row.table_index is None)
            # "Các Sở, ban, ngành; UBND các" (the cell goes on over the page break): a name cut on a function word is none.
            found = [m for m in found if not _CUT_NAME.search(m.name)]
            if not found and _NAME_LIKE_CELL.match(value) and _opens_like_a_body(value) and not _CUT_NAME.search(value):
                # An unknown body written in the agency column: taken as is, but a cell
                # of task text (a misread column) is no name.
                generic = bool(_COLLECTIVE_CELL.match(value))
                found = [Mention(start, end, value, generic)]
            for index, mention in enumerate(found):
                collector.add(
                    mention,
                    stated.get(index, role),
                    row.task[2][:220],
                    row.span,
                    row.section,
                    (row.table_index, row.row),
                    deadline=deadline,
                    due_by=row.due_by,
                    task_span=task_span,
                )


# "Thành phố Hà Nội", "tỉnh Lào Cai" as an item of a lead or partner cell: a province or city assigned a task
# is its government ("Thành phố Hà Nội, Thành phố Hồ Chí Minh" chủ trì an air-quality scheme).
_PLACE_ITEM = re.compile(r"(?:thành\s+phố|tỉnh|TP\.?)\s+(?-i:[" + UPPER + r"])[^\W\d_]*(?:\s+(?-i:[" + UPPER + r"])[^\W\d_]*){0,4}", re.I)
_CELL_ITEM = re.compile(r"[^,;]+")


_CUT_NAME = re.compile(r"(?i)\s(?:các|những|và|của|thuộc)$|\bban\s+nhân$")  # (and "Ủy ban nhân" cut before "dân")


def _places_in_cell(value: str, found: list[Mention], start: int, end: int, located: bool) -> list[Mention]:
    """The provinces and cities listed as items of an agency cell that no body found in it names."""
    places = []
    for item in _CELL_ITEM.finditer(value):
        words = " ".join(re.sub(r"^\s*(?:và\s+)?", "", item.group()).split())
        if not _PLACE_ITEM.fullmatch(words) or any(words.lower() in m.name.lower() for m in found):
            continue
        at = (start + item.start(), start + item.end()) if located else (start, end)
        places.append(Mention(*at, words, False, known_as=words))  # the place is the name: no canonical form drops it
    return places


# Tables of a PDF's text layer dumped line by line (Công báo annexes as .txt): every line of every
# cell on a line of its own, row after row, with no mark between cells. A row opens on its number
# ("1", "1.2", "II."); its task lines come first, then the lead cell, the partner cell and the
# others (product, approval, time) in the header's order.
_LINE = re.compile(r"^[ \t]*(\S.*?)[ \t]*$", re.MULTILINE)
_RUNNING_HEADER = re.compile(r"(?i)^công\s+báo\s*/")
_PAGE_NUMBER = re.compile(r"^\d{1,4}(?:\s+\d{1,4})*$")  # "91", "74 74": a running header's page number(s)
# A cell line is short (cells are narrow); a longer line is prose after the table.
_CELL_LINE_MAX = 75
# A group row merged over the whole width: "2. Đẩy mạnh nghiên cứu, phát triển sản phẩm …".
_GROUP_ROW = re.compile(r"^(?:\d{1,2}|[IVX]{1,4})\.\s+\S")
_TABLE_END = re.compile(r"(?i)^(?:phụ\s+lục\b|nơi\s+nhận\b)")
_HEADER_WORDS_MAX = 14  # lines a header row may take ("Cơ quan" / "chủ trì" / "Thời gian" / "thực hiện" …)
_LIST_JOIN = re.compile(r"[ \t]*(?:,|;|\bvà\b)[\s,;]*(?:\bvà\b)?\s*|[ \t]+")
_CELL_OPENING = re.compile(r"^[ \t]*(?:\(\d{1,2}\)|[-+•])?[ \t]*$")
# A line that is a whole time cell: "Quý IV/2026", "2026 - 2027", "Tháng 9/2024", "Trước năm 2025", "Hằng năm".
_TIME_CELL = re.compile(
    r"(?i)(?:(?:trước|trong|từ|đến|năm|quý\s+[ivx]+|tháng\s+\d{1,2})[\s/]*)*(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?"
    r"|(?:thực\s+hiện\s+)?(?:thường\s+xuyên|hằng\s+năm|hàng\s+năm)"
)


def _line_header_columns(labels: list[str]) -> Optional[list[str]]:
    """The columns (in order) a header written one label line per line names: "TT", "Nhiệm vụ,
    giải pháp", "Cơ quan", "chủ trì", "Cơ quan", "phối hợp", "Thời gian", "thực hiện". A header
    that opens on "Đơn vị" / "Cơ quan" is led by its lead column (its "chủ trì" may be printed
    after the task's label: "Đơn vị" / "Nhiệm vụ chủ trì" / "Đơn vị phối hợp")."""
    joined = " ".join(labels).lower()
    order = []
    for name, pattern in (
        ("task", r"nhiệm\s+vụ|nội\s+dung|giải\s+pháp|hoạt\s+động"),
        ("lead", r"chủ\s+trì"),
        ("partner", r"phối\s+hợp"),
        ("deadline", r"thời\s+gian|thời\s+hạn|tiến\s+độ"),
    ):
        found = re.search(pattern, joined)
        if found:
            order.append((found.start(), name))
    names = [name for _, name in sorted(order)]
    if not {"task", "lead"} <= set(names):
        return None
    if _LEAD_LABEL.match(labels[0]) and "phối hợp" not in labels[0].lower():
        names = ["lead", "task", *(name for name in names if name not in ("lead", "task"))]
    return names if names[:2] in (["task", "lead"], ["lead", "task"]) else None


_HEADER_OPENING = re.compile(r"(?i)(?:s?tt|số\s+tt|thứ\s+tự)(?:\s+(\S.{0,38}))?$")
_HEADER_LABEL = re.compile(
    r"(?i)chủ\s+trì|phối\s+hợp|thời\s+(?:gian|hạn)|tiến\s+độ|hoàn\s+thành|thực\s+hiện|nhiệm\s+vụ|nội\s+dung|giải\s+pháp"
    r"|sản\s+phẩm|kết\s+quả|ghi\s+chú|phê\s+duyệt|kinh\s+phí|nguồn|đơn\s+vị|cơ\s+quan|^\(.*\)$"
)
_LEAD_LABEL = re.compile(r"(?i)(?:đơn\s+vị|cơ\s+quan)\b")


def line_tables(text: str) -> Iterator[FlatTable]:
    """Assignment tables written one cell line per line with no mark between cells, as
    ``FlatTable`` rows of (TT, task, lead, partner, time) cells."""
    if "chủ trì" not in text:
        return
    lines = [(m.start(1), m.end(1), m.group(1)) for m in _LINE.finditer(text)]
    index = 0
    while index < len(lines):
        opening = _HEADER_OPENING.match(lines[index][2])
        if not opening:
            index += 1
            continue
        # The first label may share the "TT" line ("TT Tên nhiệm vụ" in a PDF's text).
        labels = [opening.group(1)] if opening.group(1) else []
        cursor = index + 1
        while cursor < len(lines) and len(labels) < _HEADER_WORDS_MAX and not _TT_CELL.match(lines[cursor][2]):
            labels.append(lines[cursor][2])
            cursor += 1
        while labels and not _HEADER_LABEL.search(labels[-1]):
            labels.pop()  # the first row's task lines, when its number is printed lower down
        columns = _line_header_columns(labels)
        if columns is None or any(len(label) > 40 for label in labels):
            index += 1
            continue
        table = _read_line_table(text, lines, index, labels, columns)
        if table is None:
            index += 1
            continue
        yield table
        index = next((i for i, line in enumerate(lines) if line[0] >= table.end), len(lines))


def _cell_lines(lines, first: int, header: list[str]) -> list[tuple[int, int, str]]:
    """The table's cell lines from ``first`` on: running headers with their page numbers and the
    header repeated on each page left out, up to a line of prose, a "Phụ lục" or "Nơi nhận"."""
    kept: list[tuple[int, int, str]] = []
    running = {
        near
        for at in range(first, len(lines))
        if _RUNNING_HEADER.match(lines[at][2])
        for near in range(at - 3, at + 4)
        if near == at or near < len(lines) and _PAGE_NUMBER.match(lines[near][2])
    }
    cursor = first
    while cursor < len(lines):
        line = lines[cursor][2]
        group_label = kept and _TT_CELL.match(kept[-1][2])  # "I" / "Hoàn thiện thể chế, … (the whole width)"
        if _TABLE_END.match(line) or len(line) > _CELL_LINE_MAX and not (_GROUP_ROW.match(line) or group_label):
            break
        if cursor in running:
            cursor += 1
            continue
        if [l[2] for l in lines[cursor : cursor + len(header)]] == header:
            cursor += len(header)  # the header repeated on a new page
            continue
        shared = _NUMBER_AND_TASK.match(line)
        if shared and shared.group(2)[0].isupper() and int(shared.group(1)) == _last_row_number(kept) + 1:
            # "7 Đề án về chỉ số đánh giá, …" after row 6: the row's number and its task's first line on one line.
            start = lines[cursor][0]
            kept += [(start, start + shared.end(1), shared.group(1)), (start + shared.start(2), lines[cursor][1], shared.group(2))]
        else:
            kept.append(lines[cursor])
        cursor += 1
    return kept


# A row number a PDF's text layer printed on the line of the task's first words.
_NUMBER_AND_TASK = re.compile(r"^(\d{1,3})[ \t]+(?=[^\W\d_])(.+)$")


def _last_row_number(kept: list[tuple[int, int, str]]) -> int:
    """The number of the last row opened so far (0 before the first)."""
    return next((int(line[2]) for line in reversed(kept) if line[2].isdigit() and len(line[2]) <= 3), 0)


_HEADER = ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn"]


def _read_line_table(text: str, lines, header_at: int, labels: list[str], columns: list[str]) -> Optional[FlatTable]:
    shared = not _TT_HEADER.fullmatch(lines[header_at][2].lower())  # "TT Tên nhiệm vụ" on one line
    header = [line for _, _, line in lines[header_at : header_at + len(labels) + (not shared)]]
    kept = _cell_lines(lines, header_at + len(header), header)
    if not kept:
        return None
    if columns[0] == "lead":
        read = _lead_first_rows(text, kept, columns)
    else:
        rows = []
        for at, line in enumerate(kept):
            if _TT_CELL.match(line[2]) and at + 1 < len(kept):
                rows.append([line])
            elif _GROUP_ROW.match(line[2]):
                rows.append([line])  # assigns nothing (no task cell before a body), keeps its lines out of the row above
            elif rows:
                rows[-1].append(line)
        read = [row for row in (_line_row(text, row, columns) for row in rows) if row is not None]
    if not read:
        return None
    due_by = _DUE_BY_HEADER.search(" ".join(labels)) is not None
    return FlatTable(lines[header_at][0], kept[-1][1], [*_HEADER[:-1], "Thời hạn" if due_by else "Thời gian"], read)


# The first line of a time cell ("Quý IV/2024 và", "Theo lộ trình của", "Thường xuyên"); the
# time column is narrow, so its next lines are short.
_TIME_OPENING = re.compile(
    r"(?i)^(?:quý|tháng|năm|trước|trong|từ|đến|theo\s+lộ\s+trình|thường\s+xuyên|hằng\s+năm|hàng\s+năm|(?:19|20)\d\d)\b"
)
_TIME_LINE_MAX = 20


def _lead_first_rows(text: str, kept: list[tuple[int, int, str]], columns: list[str]) -> list:
    """Rows of a table whose lead cell is merged over its group of tasks and printed, with the
    group's number, between two of the group's rows ("1" / "Bộ Thông tin và" / "Truyền thông").
    A task row ends on its time cell (after a body of the partner column) or at a lead label;
    each row takes the nearest label, the one before it on a tie (a one-row group's label is
    printed above its row)."""
    labels: list[tuple[float, tuple[int, int, str]]] = []  # (position between rows, label cell)
    rows: list[list[tuple[int, int, str]]] = [[]]
    times: dict[int, list[tuple[int, int, str]]] = {}
    at = 0
    while at < len(kept):
        start, end, line = kept[at]
        if _TT_CELL.match(line) and at + 1 < len(kept):
            label = _label_after(text, kept[at + 1][0])
            if label is not None:
                if rows[-1]:
                    rows.append([])
                labels.append((len(rows) - 1.5, label))
                at += 1
                while at < len(kept) and kept[at][0] < label[1]:
                    at += 1
                continue
        if rows[-1] and len(line) <= 30 and _TIME_OPENING.match(line) and _table_mentions(text, rows[-1][0][0], start):
            time = [kept[at]]
            at += 1
            while at < len(kept) and len(kept[at][2]) <= _TIME_LINE_MAX and not _TT_CELL.match(kept[at][2]):
                time.append(kept[at])
                at += 1
            times[len(rows) - 1] = time
            rows.append([])
            continue
        rows[-1].append(kept[at])
        at += 1
    read = []
    for index, row in enumerate(rows):
        if not row or not labels or _CELL_OPENING.match(row[0][2][:3]):
            continue  # (a row opening on a numbered body "(1) Bộ Tài chính" lost its task to the row above)
        lead = min(labels, key=lambda label: (abs(label[0] - index), label[0] > index))[1]
        start, end = row[0][0], row[-1][1]
        cells = _cells_opening_lines(text, _table_mentions(text, start, end), row[0][1])
        partner = _span_of(text, cells[0]) if cells and "partner" in columns else (end, end, "")
        task_end = text.rfind("\n", 0, cells[0][0].start) if cells else end
        task = (start, max(start, task_end), _joined(row, task_end + 1))
        time = times.get(index)
        deadline = (time[0][0], time[-1][1], " ".join(line for _, _, line in time)) if time else (end, end, "")
        read.append([(start, start, ""), task, lead, partner, deadline])
    return read


def _label_after(text: str, start: int) -> Optional[tuple[int, int, str]]:
    """The lead cell a group number is followed by: bodies from the next line on ("Bộ Công an",
    "VTV, VOV"), or None when that line opens no body (a task row's number)."""
    mentions = []
    for mention in _table_mentions(text, start, min(len(text), start + 300)):
        gap = text[mentions[-1].end if mentions else start : mention.start]
        if mentions and not _LIST_JOIN.fullmatch(gap) or not mentions and gap.strip():
            break
        mentions.append(mention)
    return _span_of(text, mentions) if mentions else None


# A line break that ends a cell inside what reads as one name: the line before it ends a name (no
# "và", ",", "-" or "của" left hanging) and the next line opens on a capital ("Ngân hàng Nhà nước" /
# "Bộ Khoa học và Công nghệ" in two cells, one under the other).
_CELL_BREAK = re.compile(
    r"[ \t]*\n[ \t]*(?=[" + UPPER + r"(])(?!(?:Chính\s+phủ|Việt\s+Nam|Nhà\s+nước|Trung\s+ương|Quốc\s+gia)\b)"
)  # (a name's usual last words go on with it: "Ban Cơ yếu" / "Chính phủ")
_HANGING = re.compile(r"(?:[,\-–]|\bvà|\bcủa)$")


def _whole_name(line: str) -> bool:
    """True when ``line`` is a body's name by itself ("Ngân hàng Nhà nước"; not "Văn phòng", "Bộ Khoa học và")."""
    if _HANGING.search(line):
        return False
    return any(m.start == 0 and m.end == len(line) for m in iter_mentions(line))


def _table_mentions(text: str, start: int, end: int) -> list[Mention]:
    """Bodies in ``text[start:end]`` (cell lines of a table), a name cut where a cell ends."""
    found = []
    for mention in iter_mentions(text[start:end]):
        mention = replace(mention, start=start + mention.start, end=start + mention.end)
        cut = next(
            (b for b in _CELL_BREAK.finditer(text, mention.start, mention.end) if _whole_name(text[mention.start : b.start()])),
            None,
        )
        if cut is None or mention.known_as is not None:  # a name the gazetteer knows whole ("Ban Cơ yếu / Chính phủ")
            found.append(mention)
            continue
        found.append(replace(mention, end=cut.start(), name=" ".join(text[mention.start : cut.start()].split())))
        found.extend(m for m in _table_mentions(text, cut.end(), mention.end) if m.start >= cut.end())
    return found


def _joined(lines: list[tuple[int, int, str]], end: int) -> str:
    """The cell lines before ``end`` as one text (the running headers between them left out)."""
    return " ".join(line for start, _, line in lines if start < end)


def _span_of(text: str, group) -> tuple[int, int, str]:
    return (group[0].start, group[-1].end, " ".join(text[group[0].start : group[-1].end].split()))


# A task line ending on a word that needs more ("… ngày 22/10/2018 của" / "Bộ Chính trị về …"): the
# body on the next line goes on the task's sentence, it opens no cell.
_SENTENCE_GOES_ON = re.compile(
    r"(?:,|\b(?:của|và|với|cho|tại|về|theo|đến|từ|là|có|được|thuộc|do|bởi|giữa|các|những|trình|giao))[ \t]*$", re.IGNORECASE
)


def _cells_opening_lines(text: str, mentions: list[Mention], after: int) -> list[list[Mention]]:
    """Cells of bodies that open a line after ``after``: mentions joined by "," / ";" / "và" stay
    in one cell, a body opening a new line with no such word before it opens the next cell."""
    opening = [
        m
        for m in mentions
        if m.start > after
        and _CELL_OPENING.match(text[text.rfind("\n", 0, m.start) + 1 : m.start])
        and not _SENTENCE_GOES_ON.search(text, 0, text.rfind("\n", 0, m.start))
    ]
    if not opening:
        return []
    cells: list[list[Mention]] = []
    for mention in mentions:
        if mention.start < opening[0].start:
            continue
        gap = text[cells[-1][-1].end : mention.start] if cells else None
        if cells and _LIST_JOIN.fullmatch(gap.replace("(", "").replace(")", "").strip("0123456789 \t\n") or " ") and (
            "\n" not in gap or re.search(r",|;|\bvà\b|\n[ \t]*\([2-9]\)", gap)
        ):  # "(1) Bộ Tư pháp" / "(2) Văn phòng Chính phủ": one cell
            cells[-1].append(mention)
        elif not cells or _CELL_OPENING.match(text[text.rfind("\n", 0, mention.start) + 1 : mention.start]):
            cells.append([mention])
        else:
            break  # a body inside another column's text ("Bộ trưởng Bộ Khoa học và Công nghệ")
    return cells


# A time cell's word printed alone above its year ("Năm" / "2026 - 2027", "Giai đoạn" / "2026 - 2030").
_TIME_WORD_LINE = re.compile(r"(?i)(?:năm|giai\s+đoạn|quý|tháng|từ|trước|trong(?:\s+năm)?|đến)")


def _time_cell(body: list[tuple[int, int, str]], at: int) -> tuple[int, int, str]:
    """The time cell around its dated line ``body[at]``: a time word alone on the line above, and
    the short lower-case lines below ("Năm 2026" / "và các năm" / "tiếp theo")."""
    first = at - 1 if at > 0 and _TIME_WORD_LINE.fullmatch(body[at - 1][2]) else at
    last = at
    while last + 1 < len(body) and len(body[last + 1][2]) <= _TIME_LINE_MAX and body[last + 1][2][:1].islower():
        last += 1
    return (body[first][0], body[last][1], " ".join(line for _, _, line in body[first : last + 1]))


def _is_time_line(body: list[tuple[int, int, str]], at: int) -> bool:
    """A whole time line, or the rest of one whose word a narrow column printed alone above it
    ("Tháng" / "9/2026", "Quý" / "IV/2026")."""
    if _TIME_CELL.fullmatch(body[at][2]):
        return True
    return at > 0 and bool(_TIME_WORD_LINE.fullmatch(body[at - 1][2])) and bool(
        _TIME_CELL.fullmatch(f"{body[at - 1][2]} {body[at][2]}")
    )


def _line_row(text: str, row: list[tuple[int, int, str]], columns: list[str]) -> Optional[list]:
    """(TT, task, lead, partner, time) cells of one row's lines; None for a row whose task is
    followed by no body at the opening of a line (a group row: "1." / "Rà soát, hoàn thiện thể chế")."""
    number, body = row[0], row[1:]
    if not body:
        return None
    start, end = body[0][0], body[-1][1]
    cells = _cells_opening_lines(text, _table_mentions(text, start, end), body[0][1])
    if not cells:
        return None
    empty = (start, start, "")
    task_end = text.rfind("\n", 0, cells[0][0].start)
    task = (start, max(start, task_end), _joined(body, task_end))
    lead = _span_of(text, cells[0])
    partner = _span_of(text, cells[1]) if len(cells) > 1 and "partner" in columns else empty
    deadline = empty
    if "deadline" in columns:
        # The row's last whole time line after its lead (a row cut by a page break goes on after it).
        at = next((i for i in range(len(body) - 1, -1, -1) if body[i][0] > lead[0] and _is_time_line(body, i)), None)
        if at is not None:
            deadline = _time_cell(body, at)
    return [number, task, lead, partner, deadline]
