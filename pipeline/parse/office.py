"""Word and Excel files: the paragraphs and tables of a .docx, the sheets of a .xlsx.

Both come out as blocks, like HTML and text: a .docx paragraph is a block (its
list number written in front, as the extractors read structure from "1.", "a)",
"-" markers) and a table is one block, a row per line, cells separated by tabs;
a .xlsx sheet is its name then its table. Each table is also kept as rows of
cells (``OfficeText.tables``), as PDF tables are. Legacy .doc/.xls are converted
by ``pipeline.parse.convert`` first.
"""

from __future__ import annotations

import io
import unicodedata
import zipfile
from dataclasses import dataclass, field
from datetime import date, time
from decimal import Decimal
from typing import Iterator, Optional, Union

import docx
from docx.oxml.ns import qn
from docx.table import Table as DocxTable, _Cell
from docx.text.paragraph import Paragraph
from openpyxl import load_workbook

from extractors.numbers import plain_decimal
from pipeline.parse.legacy_encodings import convert_legacy, detect_legacy_encoding
from pipeline.parse.vntext import normalise_text

CELL_SEPARATOR = "\t"
Rows = list[list[Optional[str]]]


class UnreadableOffice(ValueError):
    """The file is not a readable Word/Excel document."""


@dataclass
class OfficeText:
    blocks: list[str]
    tables: dict[int, Rows] = field(default_factory=dict)  # block index → rows
    encoding: Optional[str] = None  # the legacy encoding (TCVN3, VNI) converted to Unicode


def _assemble(items: list[Union[str, Rows]]) -> OfficeText:
    """Blocks from the raw paragraphs (str) and tables (rows) of a document. A legacy
    TCVN3/VNI encoding (text typed in .VnTime or VNI fonts) is judged on the whole
    document and converted before cleaning, which would drop TCVN3's "ư" (U+00AD)."""
    raw = [s for item in items for s in ([item] if isinstance(item, str) else [c for row in item for c in row if c])]
    encoding = detect_legacy_encoding("\n".join(raw))

    def clean(text: Optional[str]) -> Optional[str]:
        text = convert_legacy(text, encoding) if text and encoding else text
        return (" ".join(normalise_text(text).split()) or None) if text else None

    out = OfficeText([], encoding=encoding)
    for item in items:
        if isinstance(item, str):
            text = "\n".join(filter(None, map(clean, item.split("\n"))))
            if text:
                out.blocks.append(text)
            continue
        rows = [row for row in ([clean(c) for c in row] for row in item) if any(row)]
        if rows:
            out.tables[len(out.blocks)] = rows
            out.blocks.append("\n".join(CELL_SEPARATOR.join(c for c in row if c) for row in rows))
    return out


# --------------------------------------------------------------------------- .docx


def _check_unpacked_size(data: bytes, limit: int) -> None:
    """Refuse a ZIP whose parts unpack to more than ``limit`` bytes (a decompression bomb);
    the sizes are those its directory declares, which the unpacking does not exceed."""
    try:
        unpacked = sum(info.file_size for info in zipfile.ZipFile(io.BytesIO(data)).infolist())
    except (zipfile.BadZipFile, ValueError, OSError):
        return  # the reader names what is wrong
    if unpacked > limit:
        raise UnreadableOffice(f"decompression bomb: the file unpacks to {unpacked} bytes (limit {limit})")


def read_docx(data: bytes, max_unpacked: int) -> OfficeText:
    """Paragraphs and tables in document order. The file's properties (title, dates) are
    not used: they are the template's as often as the document's."""
    _check_unpacked_size(data, max_unpacked)
    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise UnreadableOffice(f"unreadable Word document: {type(exc).__name__}: {exc}") from exc
    numbering = _Numbering(document)
    items: list[Union[str, Rows]] = []
    for item in _body_items(document.element.body, document._body):
        if isinstance(item, DocxTable):
            items.append(_docx_rows(item))
        elif item.text.strip():
            marker = numbering.marker(item)
            text = item.text.strip()
            items.append(f"{marker} {text}" if marker and not text.startswith(marker) else text)
    return _assemble(items)


def _body_items(element, parent) -> Iterator[Union[Paragraph, DocxTable]]:
    """Paragraphs and tables in document order, those inside content controls
    (``w:sdt``: cover pages, form fields of templates) included."""
    for child in element.iterchildren():
        if child.tag == qn("w:p"):
            yield Paragraph(child, parent)
        elif child.tag == qn("w:tbl"):
            yield DocxTable(child, parent)
        elif child.tag == qn("w:sdt") and child.find(qn("w:sdtContent")) is not None:
            yield from _body_items(child.find(qn("w:sdtContent")), parent)


def _docx_rows(table: DocxTable) -> Rows:
    """Rows of cell texts on the table's grid; a merged cell's other grid places are
    None, as in PDF tables (a horizontal span, and the rows a vertical merge continues)."""
    rows = []
    for tr in table._tbl.tr_lst:
        row: list[Optional[str]] = [None] * tr.grid_before
        for tc in tr.tc_lst:
            continued = tc.vMerge == "continue"
            row.append(None if continued else _docx_cell_text(_Cell(tc, table)))
            row.extend([None] * (tc.grid_span - 1))
        rows.append(row)
    return rows


def _docx_cell_text(cell: _Cell) -> str:
    """The cell's paragraphs and, in their place, the cells of the tables nested in it, a line each
    (python-docx's ``_Cell.text`` skips nested tables: a letterhead laid out as a table in a table)."""
    lines = []
    for item in _body_items(cell._tc, cell):
        if isinstance(item, DocxTable):
            lines.extend(c for row in _docx_rows(item) for c in row if c)
        else:
            lines.append(item.text)
    return "\n".join(lines)


_ROMAN = ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
          (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))


def _roman(n: int) -> str:
    out = ""
    for value, letters in _ROMAN:
        count, n = divmod(n, value)
        out += letters * count
    return out


def _letters(n: int) -> str:
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)


# Word's list number formats → how a number is written; a bullet becomes "-".
_FORMATS = {
    "decimal": str,
    "decimalZero": lambda n: f"{n:02d}",
    "lowerLetter": _letters,
    "upperLetter": lambda n: _letters(n).upper(),
    "lowerRoman": lambda n: _roman(n).lower(),
    "upperRoman": _roman,
}


class _Numbering:
    """Automatic list numbers ("1.", "a)", "I.", bullets), which Word keeps out of
    the paragraph text: counted in document order per list and level."""

    def __init__(self, document) -> None:
        self._levels: dict[tuple[str, int], tuple[str, str, int]] = {}  # (numId, ilvl) → (format, lvlText, start)
        self._counters: dict[str, dict[int, int]] = {}
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError):
            return
        abstract = {a.get(qn("w:abstractNumId")): a for a in root.findall(qn("w:abstractNum"))}
        for num in root.findall(qn("w:num")):
            ref = num.find(qn("w:abstractNumId"))
            levels = abstract.get(ref.get(qn("w:val")) if ref is not None else None)
            # "Restart numbering" in Word: a list instance that starts a level anew.
            restarts = {int(o.get(qn("w:ilvl"), "0")): int(_val(o, "w:startOverride", "1"))
                        for o in num.findall(qn("w:lvlOverride")) if o.find(qn("w:startOverride")) is not None}
            for lvl in levels.findall(qn("w:lvl")) if levels is not None else ():
                level = int(lvl.get(qn("w:ilvl"), "0"))
                start = restarts.get(level, int(_val(lvl, "w:start", "1")))
                self._levels[(num.get(qn("w:numId")), level)] = (
                    _val(lvl, "w:numFmt", "decimal"), _val(lvl, "w:lvlText", ""), start)

    def marker(self, paragraph: Paragraph) -> Optional[str]:
        num_pr = _num_pr(paragraph)
        if num_pr is None:
            return None
        num_id, level = num_pr
        if (num_id, level) not in self._levels:
            return None
        kind, pattern, _ = self._levels[(num_id, level)]
        if kind == "bullet":
            return "-"
        counters = self._counters.setdefault(num_id, {})
        counters[level] = counters.get(level, self._levels[(num_id, level)][2] - 1) + 1
        for deeper in [lvl for lvl in counters if lvl > level]:
            del counters[deeper]  # a new item restarts its sub-lists
        text = pattern
        for shown in range(level + 1):
            if f"%{shown + 1}" in text:
                kind_of, _, start = self._levels.get((num_id, shown), ("decimal", "", 1))
                write = _FORMATS.get(kind_of)
                if write is None:
                    return None
                text = text.replace(f"%{shown + 1}", write(counters.get(shown, start)))
        return text.strip() or None


def _val(element, tag: str, default: str) -> str:
    child = element.find(qn(tag))
    value = child.get(qn("w:val")) if child is not None else None
    return default if value is None else value


def _num_pr(paragraph: Paragraph) -> Optional[tuple[str, int]]:
    """(numId, level) of a numbered paragraph, from its own properties or its style's."""
    style = paragraph.style
    for p_pr in (paragraph._p.pPr, *(_style_ppr(style))):
        num_pr = p_pr.find(qn("w:numPr")) if p_pr is not None else None
        if num_pr is not None:
            num_id = _val(num_pr, "w:numId", "0")
            return (num_id, int(_val(num_pr, "w:ilvl", "0"))) if num_id != "0" else None
    return None


def _style_ppr(style) -> Iterator:
    while style is not None:
        yield style.element.pPr
        style = style.base_style


# --------------------------------------------------------------------------- .xlsx


def read_xlsx(data: bytes, max_unpacked: int) -> OfficeText:
    """Each sheet with content: its name as a block, then its table."""
    _check_unpacked_size(data, max_unpacked)
    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise UnreadableOffice(f"unreadable Excel workbook: {type(exc).__name__}: {exc}") from exc
    items: list[Union[str, Rows]] = []
    try:
        for sheet in workbook.worksheets:
            rows = [[_cell_text(cell) for cell in row] for row in sheet.iter_rows()]
            width = max((max((i + 1 for i, c in enumerate(row) if c), default=0) for row in rows), default=0)
            rows = [row[:width] + [None] * (width - len(row)) for row in rows if any(row)]
            if rows:
                items.extend([sheet.title, rows])
    finally:
        workbook.close()
    return _assemble(items)


def _cell_text(cell) -> Optional[str]:
    """A cell as the document would show it, numbers written the Vietnamese way
    ("48,3"; a percentage format as "85%")."""
    value = getattr(cell, "value", None)
    if value is None or isinstance(value, time):
        return None
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, date):  # datetimes too
        return value.strftime("%d/%m/%Y")
    if isinstance(value, (int, float)):
        number = Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
        if "%" in (cell.number_format or ""):
            return _vietnamese_number(number * 100) + "%"
        return _vietnamese_number(number)
    return unicodedata.normalize("NFC", str(value)).strip() or None


def _vietnamese_number(number: Decimal) -> str:
    return plain_decimal(number).replace(".", ",")
