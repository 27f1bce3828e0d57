"""HTML tables inside Markdown or plain text (converters write a table with merged cells as HTML:
``<table><thead><tr><th rowspan="2">TT</th>…``) rewritten as pipe rows, one line per row, the way the
readers of tables in a text expect them. Merged cells are spread over the rows and columns they cover,
and the header rows are joined into one ("Kết quả đạt được Năm 2016", "Mục tiêu … đến năm 2020")."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

_TABLE = re.compile(r"<table\b.*?</table\s*>", re.IGNORECASE | re.DOTALL)
_TABLE_OPENING = re.compile(r"<table\b", re.IGNORECASE)  # the cheap test before the costly pattern, in any case too
_LINE_BREAKING = frozenset({"p", "br", "div", "li"})


@dataclass
class _Row:
    header: bool  # in <thead>, or only <th> cells
    cells: list[tuple[str, int, int]] = field(default_factory=list)  # (text, rowspan, colspan)


class _Rows(HTMLParser):
    """The rows of one table as written, merged cells not yet spread."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.rows: list[_Row] = []
        self._in_head = False
        self._cell: list[str] | None = None
        self._span = (1, 1)

    def handle_starttag(self, tag, attrs):
        if tag == "thead":
            self._in_head = True
        elif tag == "tr":
            self.rows.append(_Row(header=True))
        elif tag in ("td", "th") and self.rows:
            values = dict(attrs)
            self._cell, self._span = [], (_span(values.get("rowspan")), _span(values.get("colspan")))
            self.rows[-1].header &= self._in_head or tag == "th"
        elif tag in _LINE_BREAKING and self._cell is not None:
            self._cell.append(" ")

    def handle_endtag(self, tag):
        if tag == "thead":
            self._in_head = False
        elif tag in ("td", "th") and self._cell is not None:
            text = " ".join("".join(self._cell).replace("|", "/").split())
            self.rows[-1].cells.append((text, *self._span))
            self._cell = None

    def handle_data(self, data):
        if self._cell is not None:
            self._cell.append(data)


def _span(value) -> int:
    try:
        return max(1, min(int(value), 50))
    except (TypeError, ValueError):
        return 1


def _grid(rows: list[_Row]) -> list[list[str]]:
    """The rows with each merged cell copied into every row and column it covers."""
    grid: list[list[str]] = []
    below: dict[tuple[int, int], str] = {}  # (row, column) → text of a cell spanning down into it
    for r, row in enumerate(rows):
        written, cells, column = list(row.cells), [], 0
        while written or (r, column) in below:
            if (r, column) in below:
                cells.append(below.pop((r, column)))
                column += 1
                continue
            text, rowspan, colspan = written.pop(0)
            for c in range(column, column + colspan):
                cells.append(text)
                below.update(((r + d, c), text) for d in range(1, rowspan))
            column += colspan
        grid.append(cells)
    return grid


def _pipe_rows(markup: str) -> str:
    parser = _Rows()
    parser.feed(markup)
    parser.close()
    rows = [row for row in parser.rows if row.cells]
    grid = _grid(rows)
    if not grid:
        return ""
    width = max(len(cells) for cells in grid)
    grid = [cells + [""] * (width - len(cells)) for cells in grid]
    heads = next((i for i, row in enumerate(rows) if not row.header), len(rows))
    if heads > 1:
        # One header row: each column's headings top-down, a heading merged over rows said once.
        joined = []
        for column in range(width):
            words: list[str] = []
            for cells in grid[:heads]:
                if cells[column] and (not words or words[-1] != cells[column]):
                    words.append(cells[column])
            joined.append(" ".join(words))
        grid, heads = [joined, *grid[heads:]], 1
    lines = ["| " + " | ".join(cells) + " |" for cells in grid]
    if heads:
        lines.insert(1, "|" + "---|" * width)
    return "\n".join(lines)


def tables_as_pipe_rows(text: str) -> str:
    """``text`` with each ``<table>…</table>`` written as pipe rows in a block of its own."""
    if not _TABLE_OPENING.search(text):
        return text
    return _TABLE.sub(lambda m: "\n\n" + _pipe_rows(m.group(0)) + "\n\n", text)
