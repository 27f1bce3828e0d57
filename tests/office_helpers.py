"""Word and Excel files built at test time from the corpus texts (Markdown exports
of real plans): the same plan in the formats the portals attach."""

from __future__ import annotations

import io
import re

import docx
import openpyxl

_PIPE_LINE = re.compile(r"^[ \t]*\|[ \t]*$")
_MARKUP = re.compile(r"\*+|\\")
_BULLET = re.compile(r"^[-+•]\s+")


def _plain(lines: list[str]) -> str:
    """A Markdown paragraph as Word holds it: one line, without emphasis marks."""
    return " ".join(" ".join(_MARKUP.sub("", line) for line in lines).split())


def _layout_rows(lines: list[str]) -> list[list[str]]:
    """The letterhead the web export flattened to one cell per "|" line, back to rows."""
    rows, row, cell = [], [], []
    for line in lines[1:]:
        if not _PIPE_LINE.match(line):
            cell.append(line)
            continue
        if cell:
            row.append(_plain(cell))
            cell = []
        elif row:
            rows.append(row)
            row = []
    if row:
        rows.append(row)
    return rows


def markdown_to_docx(markdown: str) -> bytes:
    """A .docx of a corpus plan: the letterhead as a table, each paragraph a Word
    paragraph; "- " items become Word bullets (the marker then lives in the list
    numbering, not the text, as in documents typed with Word's lists)."""
    document = docx.Document()
    lines = markdown.splitlines()
    i = 0
    while i < len(lines):
        if _PIPE_LINE.match(lines[i]):
            end = i + 1  # the table runs to its last "|" line before a paragraph break
            for j in range(i + 1, len(lines)):
                if not lines[j].strip():
                    break
                if _PIPE_LINE.match(lines[j]):
                    end = j + 1
            rows = _layout_rows(lines[i:end])
            table = document.add_table(rows=len(rows), cols=max(len(r) for r in rows))
            for r, row in enumerate(rows):
                for c, text in enumerate(row):
                    table.cell(r, c).text = text
            i = end
            continue
        end = i
        while end < len(lines) and lines[end].strip() and not _PIPE_LINE.match(lines[end]):
            end += 1
        text = _plain(lines[i:end])
        if text:
            if _BULLET.match(text):
                document.add_paragraph(_BULLET.sub("", text), style="List Bullet")
            else:
                document.add_paragraph(text)
        i = max(end, i + 1)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def rows_to_xlsx(sheets: dict[str, list[list]], formats: dict[tuple[int, int], str] | None = None) -> bytes:
    """A workbook, one sheet per name; cells keep their Python types (numbers stay numbers);
    ``formats``: number formats by (row, column), 0-based, applied on every sheet."""
    workbook = openpyxl.Workbook()
    workbook.remove(workbook.active)
    for name, rows in sheets.items():
        sheet = workbook.create_sheet(name)
        for row in rows:
            sheet.append(row)
        for (row, column), number_format in (formats or {}).items():
            sheet.cell(row + 1, column + 1).number_format = number_format
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()
