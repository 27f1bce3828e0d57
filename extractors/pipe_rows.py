"""Tables written one row per line with bars between the cells ("| Chỉ tiêu | ĐVT | Năm 2030 |"), as Markdown
writes them and as pages copy them, with or without the opening bar ("1 | Tỉ lệ … | % | 90 | Văn phòng Chính phủ |").
The target and the agency readers both read these rows; each decides what a header is."""

from __future__ import annotations

import re
from typing import Callable, Iterator

Cell = tuple[int, int, str]  # (start, end) of the cell's text in the page, and the text without emphasis marks

_PIPE_ROW = re.compile(r"^[ \t]*(?:\|(.*\|)|([^|\n]+\|(?:[^|\n]*\|){2,}))[ \t]*$", re.M)
# Between two rows, a short line alone is a row spanning the table ("**Đến năm 2030**" under the header).
_SPANNING_LINE = re.compile(r"\s*\n[ \t]*([^|\n]{3,60}?)[ \t]*\n\s*")
_PIPE_RULE = re.compile(r"^[\s|:-]+$")


def pipe_row_blocks(
    text: str, heads_columns: Callable[[list[str]], bool], min_cells: int = 1
) -> Iterator[list[list[Cell]]]:
    """Blocks of rows of at least ``min_cells`` cells on consecutive lines, the "|---|" rule left out. A short
    line alone between two rows is a row of one cell spanning the table (an empty first cell, then the line),
    unless ``heads_columns`` says the row after it is a header: then the line is the title of the next table,
    which starts there."""
    rows: list[list[Cell]] = []
    last_end = -1
    for m in _PIPE_ROW.finditer(text) if "|" in text else ():  # (no row without a "|")
        group = 1 if m.group(1) is not None else 2
        rule = _PIPE_RULE.match(m.group(group)) is not None
        cells, pos = [], m.start(group)
        for part in [] if rule else m.group(group).split("|")[:-1]:
            inner = part.strip()
            offset = pos + part.find(inner) if inner else pos
            cells.append((offset, offset + len(inner), " ".join(inner.replace("*", "").replace("\\", "").split())))
            pos += len(part) + 1
        spanning = _SPANNING_LINE.fullmatch(text, last_end, m.start()) if rows and m.start() != last_end + 1 else None
        if spanning and not heads_columns([c[2] for c in cells]):
            line = " ".join(spanning.group(1).replace("*", " ").split())
            rows.append([(spanning.start(1), spanning.start(1), ""), (spanning.start(1), spanning.end(1), line)])
        elif m.start() != last_end + 1 and rows:
            yield rows
            rows = []
        last_end = m.end()
        if len(cells) >= min_cells:
            rows.append(cells)
    if rows:
        yield rows
