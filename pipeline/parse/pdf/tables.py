"""Ruled tables of a PDF page, kept only when they look like real tables, and
located in the document text."""

from __future__ import annotations

import copy
import re
import unicodedata
from bisect import bisect_left
from typing import Iterator, NamedTuple, Optional

import pdfplumber
from pdfplumber.table import Table

from pipeline.parse.pdf.layout import plain_text

Rows = list[list[Optional[str]]]

MIN_RULES = 4  # a page with fewer lines/rectangles has no ruled table worth looking for
MAX_COLUMNS = 15  # dozens of columns means a grid of glyph boxes, not a table
_NUMERIC = re.compile(r"^[\d\s.,%()/:+-]+$")


def page_tables(page: pdfplumber.page.Page) -> list[Rows]:
    """Ruled tables of the page (skipping the costly search on pages without rules)."""
    if len(page.lines) + len(page.rects) < MIN_RULES:
        return []
    tables = []
    found = page.find_tables()
    by_height = _by_height(page.chars) if found else None  # once for all the page's tables
    for table in found:
        rows = [[_clean_cell(cell) for cell in row] for row in cell_texts(table, by_height)]
        if is_real_table(rows):
            tables.append(rows)
    return tables


def tables_of_objects(page: pdfplumber.page.Page, objects: dict[str, list[dict]]) -> list[Rows]:
    """``page_tables`` of a page whose characters and rules were read by another engine
    (pdfplumber's descriptions of them: "char", "line", "rect", "curve"), so that
    pdfminer never parses the page. pdfplumber's table finder reads only
    ``page.objects``, which it caches in ``_objects``: a copy of the page gets them."""
    stand_in = copy.copy(page)
    stand_in._objects = objects
    return page_tables(stand_in)


def cell_texts(table: Table, by_height: CharsByHeight | None = None) -> Rows:
    """``table.extract()``: the text of each cell (None where a row has no cell), from
    the characters whose centre is in it. pdfplumber tests every character of the page
    against every row; here the characters are sorted by the height of their centre
    once (``by_height``: ``_by_height`` of the page's characters, when several tables
    share them) and each row takes its band by bisection, in page order as before."""
    chars, heights, order = by_height or _by_height(table.page.chars)
    rows: Rows = []
    for row in table.rows:
        x0, top, x1, bottom = row.bbox
        band = sorted(order[bisect_left(heights, top):bisect_left(heights, bottom)])
        row_chars = [chars[i] for i in band if x0 <= (chars[i]["x0"] + chars[i]["x1"]) / 2 < x1]
        # The row's characters by the x of their centre: each cell takes its span by bisection too.
        across = sorted(((c["x0"] + c["x1"]) / 2, k) for k, c in enumerate(row_chars))
        centres = [centre for centre, _ in across]
        rows.append([None if cell is None else _cell_text(row_chars, across, centres, cell) for cell in row.cells])
    return rows


class CharsByHeight(NamedTuple):
    chars: list[dict]
    heights: list[float]  # the heights of the characters' centres, ascending
    order: list[int]  # the index in ``chars`` of each of those


def _by_height(chars: list[dict]) -> CharsByHeight:
    by_height = sorted(((c["top"] + c["bottom"]) / 2, i) for i, c in enumerate(chars))
    return CharsByHeight(chars, [height for height, _ in by_height], [i for _, i in by_height])


def _cell_text(chars: list[dict], across: list[tuple[float, int]], centres: list[float],
               cell: tuple[float, float, float, float]) -> str:
    """The text of the characters (in page order) whose centre is in the cell; ``across``:
    (x of the centre, index in ``chars``) ascending, ``centres`` its first column."""
    x0, top, x1, bottom = cell
    span = sorted(k for _, k in across[bisect_left(centres, x0):bisect_left(centres, x1)])
    inside = [chars[k] for k in span if top <= (chars[k]["top"] + chars[k]["bottom"]) / 2 < bottom]
    return plain_text(inside) if inside else ""


def _clean_cell(cell: Optional[str]) -> Optional[str]:
    if cell is None:
        return None
    return unicodedata.normalize("NFC", re.sub(r"[ \t]+", " ", cell).strip())


def is_real_table(rows: Rows) -> bool:
    """At least two rows and two columns, not too wide, and not a grid of single
    words (a numeric grid such as a coordinate list is a real table)."""
    if len(rows) < 2 or not rows[0] or len(rows[0]) < 2 or len(rows[0]) > MAX_COLUMNS:
        return False
    cells = [c for row in rows for c in row if c]
    if len(cells) < 3:
        return False
    one_word = sum(1 for c in cells if len(c.split()) <= 1)
    numeric = sum(1 for c in cells if _NUMERIC.match(c))
    return not (one_word == len(cells) and numeric < len(cells) / 3)


def locate_table(text: str, rows: Rows, start: int, end: int) -> tuple[Optional[int], Optional[int]]:
    """Span of the table in ``text[start:end]``: from the first line of its first cell the text
    holds to the last line of its last such cell, or (None, None) when they cannot be found in
    order. Only the first and last ``_EDGE_ROWS`` rows are looked in: a header row repeated on
    every page is dropped from the text as a running header, yet the row below it opens the table."""
    at = next((found for line in _edge_lines(rows[:_EDGE_ROWS], first=True)
               if (found := text.find(line, start, end)) >= 0), -1)
    if at < 0:
        return None, None
    for line in _edge_lines(rows[-_EDGE_ROWS:], first=False):
        tail = text.rfind(line, at, end)
        if tail >= 0:
            return at, tail + len(line)
    return None, None


_EDGE_ROWS = 2
_EDGE_LINE = 4  # characters: shorter lines ("4.", "I") are found anywhere


def _edge_lines(rows: Rows, first: bool) -> Iterator[str]:
    """The first lines of the cells in reading order (``first``), or the last lines of the cells
    from the end; the table's very first or last cell always, however short."""
    cells = [c for row in rows for c in row if c and c.strip()]
    if not first:
        cells.reverse()
    for number, cell in enumerate(cells):
        line = (cell.split("\n")[0] if first else cell.split("\n")[-1]).strip()
        if number == 0 or len(line) >= _EDGE_LINE:
            yield line
