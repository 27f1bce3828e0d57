"""Main text of saved news pages (trafilatura) and robust decoding of HTML/text bytes.

On the provincial portals ``<title>`` is the site name and the article sits in
layout tables: the hints keep the site name (``site_title``), the headline (the
first title-like block of the main text, after the byline date) as ``title``, and
the byline date rather than the page's modification date.
"""

from __future__ import annotations

import html as html_entities
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Optional

import trafilatura
from trafilatura.settings import set_date_params
from charset_normalizer import from_bytes
from lxml import etree
from lxml import html as lxml_html

from pipeline.parse.html_tables import tables_as_pipe_rows
from pipeline.parse.legacy_encodings import convert_legacy, detect_legacy_encoding, fix_legacy_encoding
from pipeline.parse.vntext import letter_stats, normalise_text

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
# Charsets that pages declare under other names.
_ALIASES = {"windows-1258": "cp1258", "cp-1258": "cp1258", "utf8": "utf-8", "unicode": "utf-8"}
_TITLE_TAG = re.compile(r"<title[^>]*>(.*?)</title>", re.I | re.S)
# "thứ năm, 08 08 2019 08:51" or "30/07/2019" in the lines above an article.
_BYLINE_DATE = re.compile(r"\b(\d{1,2})[ /.-](\d{1,2})[ /.-]((?:19|20)\d{2})\b")
TRAILING_CHROME_WORDS = 10  # a shorter last line without a full stop is page furniture
HEAD_BLOCKS = 6  # blocks at the start of an article that may hold its date and headline
LEAD_WORDS = 25  # a block this long after the headline is the lead paragraph, not a wrapped line
_TAG = re.compile(r"<[^>]+>")
_LATIN1_ENTITY = re.compile(r"&(?:#\d{2,3}|#x[0-9a-f]{2}|[a-z]{2,6});", re.I)
_BLOCK_SPLIT = re.compile(r"\n\s*\n")
MIN_ARTICLE_LETTERS = 40  # less than this is not an article
# A table cell with this many paragraphs of its own and this much text holds an article laid out in a table.
LAYOUT_CELL_PARAGRAPHS = 3
LAYOUT_CELL_CHARS = 400
PARAGRAPH_ANCHOR_CHARS = 40  # the opening of a paragraph found again in the extracted text
# How a line of a document ends a sentence or clause, and how a list item or numbered heading opens.
_CLAUSE_END = re.compile(r"[.!?:;…]$")
_ITEM_START = re.compile(r"^(?:[-+•–—]\s|\(?\d{1,2}\)|\d{1,2}(?:\.\d{1,2})*[.)]\s|\(?[a-zđ]\)|[a-zđ]\.\s)")
_MARKUP = "*_ \t"


class UnreadableHtml(ValueError):
    """The page has no main text that can be read."""


@dataclass
class HtmlText:
    blocks: list[str]
    hints: dict[str, Optional[str]] = field(default_factory=dict)
    legacy_encoding: Optional[str] = None  # "TCVN3"/"VNI" when the text was converted to Unicode


def decode_bytes(data: bytes, declared: Optional[str] = None) -> tuple[str, str]:
    """(NFC text, encoding): BOM, then strict UTF-8, then the declared charset, then
    TCVN3/VNI read as Windows-1252, then charset-normalizer's guess."""
    text, encoding = _decode(data, declared)
    # Windows-1258 writes tones as combining marks: NFC makes them single letters.
    return unicodedata.normalize("NFC", text), encoding


def _decode(data: bytes, declared: Optional[str]) -> tuple[str, str]:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", "replace"), "utf-8"
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return data.decode("utf-16", "replace"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if declared:
        name = _ALIASES.get(declared.lower(), declared.lower())
        if name != "utf-8":
            try:
                return data.decode(name), name
            except (LookupError, UnicodeDecodeError):
                pass
    # TCVN3/VNI files are single-byte text meant to be read as Windows-1252.
    western = data.decode("cp1252", "replace")
    if detect_legacy_encoding(western):
        return western, "cp1252"
    guess = from_bytes(data).best()
    if guess is not None and guess.encoding:
        return str(guess), guess.encoding
    return data.decode("utf-8", "replace"), "utf-8 (with replacement characters)"


def declared_charset(data: bytes) -> Optional[str]:
    m = _META_CHARSET.search(data[:4096])
    return m.group(1).decode("ascii", "ignore") if m else None


def _latin1_letter(entity: re.Match) -> str:
    """A Latin-1 letter written as an entity ("&#173;", "&micro;"), a legacy text's byte; others stay."""
    letter = html_entities.unescape(entity.group(0))
    return letter if len(letter) == 1 and "\xa0" <= letter <= "\xff" else entity.group(0)


def _clean(text: str) -> str:
    # Entities that survive extraction ("&ecirc;" written inside words), then NFC.
    return normalise_text(html_entities.unescape(text))


def _site_title(markup: str) -> Optional[str]:
    m = _TITLE_TAG.search(markup)
    return " ".join(_clean(_TAG.sub(" ", m.group(1))).split()) or None if m else None


def _blocks(text: str) -> list[str]:
    """Paragraphs of the main text; a layout-table row ("| a | | b |") becomes its non-empty cells, while a
    table of figures stays one block of pipe rows, its header over its rows, for the table readers."""
    blocks: list[str] = []
    lines = [line.strip() for line in text.split("\n")]
    i = 0
    while i < len(lines):
        line = lines[i]
        if _is_table_row(line):
            run = i
            while run < len(lines) and _is_table_row(lines[run]):
                run += 1
            rows = lines[i:run]
            if _figures_table(rows):
                blocks.append("\n".join(_one_header_row(rows)))
            elif _numbered_grid(rows):
                ruled = _RULE_ROW.fullmatch(rows[1]) is not None
                blocks.append("\n".join(rows if ruled else [rows[0], _rule_under(rows[0]), *rows[1:]]))
            else:
                blocks.extend(cell for row in rows for cell in _cells(row) if cell)
            i = run
            continue
        if line:
            blocks.append(line)
        i += 1
    return blocks


def _is_table_row(line: str) -> bool:
    return line.startswith("|") or line.endswith("|")


_RULE_ROW = re.compile(r"\|?(?:\s*:?-{3,}:?\s*\|)+\s*")
_FIGURE_CELL = re.compile(r"[<>≥≤~]?\s*\d[\d.,]*(?:\s*[-–]\s*\d[\d.,]*)?\s*%?")


def _cells(row: str) -> list[str]:
    return [cell.strip() for cell in row.strip().strip("|").split("|")]


def _one_header_row(rows: list[str]) -> list[str]:
    """The rows with a second header row under the rule (trafilatura's rendering of merged header cells:
    "| TT | … | Kết quả đạt được | | | Mục tiêu … |" then "| | | Năm 2016 | Năm 2017 | … |") joined into the
    first: a merged heading spreads over the empty cells on its right, and the heading under it follows it."""
    header, continued = _cells(rows[0]), 2
    while continued < len(rows) and _continues_header(_cells(rows[continued]), len(header)):
        under, spread = _cells(rows[continued]), ""
        for column, text in enumerate(header):
            spread = text or (spread if under[column] else "")
            header[column] = " ".join(part for part in (spread, under[column]) if part)
        continued += 1
    if continued == 2:
        return rows
    return ["| " + " | ".join(header) + " |", rows[1], *rows[continued:]]


def _continues_header(cells: list[str], width: int) -> bool:
    return len(cells) == width and not cells[0] and any(cells) and not any(_FIGURE_CELL.fullmatch(c) for c in cells)


def _figures_table(rows: list[str]) -> bool:
    """A data table, not a layout one: a header and its rule, then three rows or more of three cells or more, most
    of them with a figure in a cell ("| 1 | Tỷ lệ … | % | 9.30 | … | 40-45 |")."""
    if len(rows) < 5 or not _RULE_ROW.fullmatch(rows[1]):
        return False
    body = [_cells(row) for row in rows[2:] if not _RULE_ROW.fullmatch(row)]
    wide = [cells for cells in body if len(cells) >= 3]
    with_figures = [cells for cells in wide if any(_FIGURE_CELL.fullmatch(c) for c in cells[1:])]
    return len(wide) >= 3 and len(with_figures) * 2 >= len(body)


_ITEM_NUMBER = re.compile(r"(?:\d{1,3}|[IVX]{1,5})[.)]?")


def _numbered_grid(rows: list[str]) -> bool:
    """A table of items, not a layout one: a full header of four cells or more, with or without a rule under it, then
    three rows or more of its width, most of them opening on an item's number, or two that both do ("| 1. | Luật Hộ
    tịch (sửa đổi) | Chính phủ | … | Tháng 03/2026 |", a legal portal's schedule of bills)."""
    header = _cells(rows[0])
    if len(rows) < 3 or len(header) < 4 or not all(header):
        return False
    body = [_cells(row) for row in rows[1:] if not _RULE_ROW.fullmatch(row)]
    numbered = [cells for cells in body if len(cells) == len(header) and _ITEM_NUMBER.fullmatch(cells[0])]
    return (len(numbered) >= 3 and len(numbered) * 2 >= len(body)) or len(numbered) == len(body) >= 2


def _rule_under(header: str) -> str:
    return "|" + " --- |" * len(_cells(header))


def _join_wrapped_lines(blocks: list[str], headline: Optional[str] = None) -> list[str]:
    """Join a block to the previous one when that one stops mid-sentence: pages made
    from hard-wrapped text (a plan copied one line per <p>) split "… cán bộ,\nđồng bộ …"
    into paragraphs, while a plain-text file keeps such lines in one paragraph.

    A block continues the previous one when the previous does not end a clause
    (., !, ?, :, ;) and either leaves a bold span open or the block opens on a
    lower-case letter or a digit that is not a list marker; the line break stays
    (the block is "line\nline", as in a text file). A whole paragraph after the headline is
    its lead, not the rest of it, even when the page lost the lead's first letter ("hực hiện …")."""
    joined: list[str] = []
    for block in blocks:
        lead = joined and joined[-1] == headline and _is_paragraph(block)
        if joined and not lead and _continues(joined[-1], block):
            joined[-1] += "\n" + block
        else:
            joined.append(block)
    return joined


def _is_paragraph(block: str) -> bool:
    """A block longer than a hard-wrapped line: a paragraph of its own."""
    return len(block.split()) >= LEAD_WORDS


def _continues(previous: str, block: str) -> bool:
    last_line = previous.rsplit("\n", 1)[-1]
    if _CLAUSE_END.search(last_line.rstrip(_MARKUP)):
        return False
    if previous.count("**") % 2:
        return True
    opening = block.lstrip(_MARKUP)
    return bool(opening) and (opening[0].islower() or opening[0].isdigit()) and not _ITEM_START.match(opening)


def _drop_trailing_chrome(blocks: list[str]) -> list[str]:
    """Drop the widgets trafilatura keeps after an article: visitor counters split one
    digit per element, "Liên kết Website", "TIN MỚI HƠN" (short lines without a full stop)."""
    end = len(blocks)
    while end > 1 and len(blocks[end - 1].split()) < TRAILING_CHROME_WORDS and not blocks[end - 1].endswith((".", "!", "?", ")")):
        end -= 1
    return blocks[:end]


def _byline_date(blocks: list[str]) -> Optional[str]:
    for block in blocks[:HEAD_BLOCKS]:
        m = _BYLINE_DATE.search(block)
        if m and len(block) < 80:
            day, month, year = (int(g) for g in m.groups())
            if 1 <= day <= 31 and 1 <= month <= 12:
                return f"{year:04d}-{month:02d}-{day:02d}"
    return None


def _headline(blocks: list[str]) -> Optional[str]:
    """The article headline: the first sentence-like block without a date, looked for
    after the byline date when there is one (section names come before it)."""
    head = blocks[:HEAD_BLOCKS]
    dated = [i for i, block in enumerate(head) if _BYLINE_DATE.search(block) and len(block) < 80]
    for block in head[dated[0] + 1:] if dated else head:
        words = block.split()
        if 4 <= len(words) <= 40 and not block.endswith(".") and not _BYLINE_DATE.search(block):
            return block
    return None


def _page_tree(markup: str):
    """The page's element tree, parsed once for the readers below, or None when lxml refuses it."""
    try:
        return lxml_html.document_fromstring(markup)
    except (etree.ParserError, ValueError):
        return None


def _cell_paragraphs(tree) -> list[str]:
    """The paragraphs of the cells that lay an article out, in page order.

    The district portals put the article in a cell of a layout table, and trafilatura
    reads a cell as one line: the paragraphs run together, and with them the directions
    each gives a body ("Bộ Y tế …", "Bộ Công an …"). A cell with paragraphs of its own
    and enough text is such a cell."""
    if tree is None:
        return []
    paragraphs = []
    for cell in tree.iter("td", "th"):
        own = [p for p in cell.iter("p") if next(p.iterancestors("td", "th"), None) is cell]
        if len(own) >= LAYOUT_CELL_PARAGRAPHS and len(cell.text_content()) >= LAYOUT_CELL_CHARS:
            paragraphs.extend(" ".join(p.text_content().split()) for p in own)
    return [p for p in paragraphs if p]


# A letterhead that a legal portal lays out as CSS table cells (vbpl.vn: the issuer and "Số: …" in one column, the
# national motto and "Hà Nội, ngày …" in the other), which trafilatura drops as page furniture.
_NATIONAL_MOTTO = re.compile(r"CỘNG\s+H(?:ÒA|OÀ|OA)\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA\s+VIỆT\s+NAM")
_LETTERHEAD_NUMBER = re.compile(r"Số\s*(?:hiệu)?\s*:?\s*\d{1,5}\s*/")
_LETTERHEAD_DATE = re.compile(r"ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+(?:19|20)\d\d")
_LETTERHEAD_CHARS = 600  # the letterhead alone, not the text it opens
_BLOCK_TAGS = {"div", "p", "td", "th", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr"}


def _css_letterhead_lines(tree) -> list[str]:
    """The lines of the page's one letterhead (issuer, number, motto, place and date), or none."""
    if tree is None:
        return []
    found = []
    for element in tree.iter(*_BLOCK_TAGS):
        own = " ".join((element.text or "").split())
        if not _NATIONAL_MOTTO.search(unicodedata.normalize("NFC", own)):
            continue
        for block in element.iterancestors(*_BLOCK_TAGS):
            content = unicodedata.normalize("NFC", " ".join(block.text_content().split()))
            if len(content) > _LETTERHEAD_CHARS:
                break
            if _LETTERHEAD_NUMBER.search(content) and _LETTERHEAD_DATE.search(content):
                found.append(block)
                break
    if len(found) != 1:
        return []  # none, or several (a listing of documents): no letterhead of the page's own
    leaves = [e for e in found[0].iter(*_BLOCK_TAGS) if not any(True for _ in e.iterchildren(*_BLOCK_TAGS))]
    lines = [unicodedata.normalize("NFC", " ".join(e.text_content().split())) for e in leaves]
    return [line for line in lines if line]


def _with_dropped_letterhead(body: str, tree) -> str:
    """trafilatura's text with the letterhead it dropped put back on top (vbpl.vn's decree pages)."""
    if _NATIONAL_MOTTO.search(body[:3000]):
        return body
    lines = _css_letterhead_lines(tree)
    return "\n".join(lines) + "\n\n" + body if lines else body


def _split_cell_paragraphs(body: str, tree) -> str:
    """trafilatura's text with a line break before each paragraph of a layout cell that it ran together."""
    pos = 0
    for paragraph in _cell_paragraphs(tree):
        opening = unicodedata.normalize("NFC", paragraph[:PARAGRAPH_ANCHOR_CHARS])
        found = body.find(opening, pos)
        if found < 0:
            continue
        if found > 0 and body[found - 1] == " ":
            body = body[: found - 1] + "\n" + body[found:]
        pos = found + len(opening)
    return body


# A precise reading this short, where the plain one finds several times more, missed the article: a legal portal
# (vbpl.vn) lays a decree out in nested provision blocks that the precise reading drops, keeping the breadcrumb.
_SHORT_PRECISE_TEXT = 1500
_MISSED_ARTICLE_FACTOR = 3


def _main_text(markup: str, url: Optional[str]):
    """trafilatura's reading of the page and its main text; raises UnreadableHtml."""
    document = _extraction(markup, url, favor_precision=True)
    body = getattr(document, "text", None) if document is not None else None
    if body is not None and len(body) < _SHORT_PRECISE_TEXT:
        plain = _extraction(markup, url, favor_precision=False)
        plain_body = getattr(plain, "text", None) if plain is not None else None
        if plain_body and len(plain_body) >= _MISSED_ARTICLE_FACTOR * len(body):
            document, body = plain, plain_body
    if not body:
        raise UnreadableHtml("unreadable HTML: no main text found")
    return document, body


def _extraction(markup: str, url: Optional[str], favor_precision: bool):
    try:
        return trafilatura.bare_extraction(
            markup, url=url, favor_precision=favor_precision, include_comments=False,
            include_tables=True, with_metadata=True,
            # The page's date from its markup (meta tags, time elements, its URL), not the extensive search of its
            # text, which reads the dates of a sidebar's list of other documents ("Ngày: 18/12/2017") as the page's.
            date_extraction_params=set_date_params(extensive=False),
        )
    except Exception as exc:  # lxml refuses some broken documents
        raise UnreadableHtml(f"unreadable HTML: {type(exc).__name__}: {exc}") from exc


def extract_html(data: bytes, url: Optional[str] = None) -> HtmlText:
    """Main text as blocks (paragraphs) and title/date/site hints; raises UnreadableHtml."""
    markup, encoding = decode_bytes(data, declared_charset(data))
    markup = unicodedata.normalize("NFC", markup)
    document, body = _main_text(markup, url)
    legacy = detect_legacy_encoding(html_entities.unescape(body))  # judged on the main text, not the menus
    if legacy:
        # Converted in the markup and read again: trafilatura and the cleaning drop U+00AD,
        # the soft hyphen that is TCVN3's "ư" (tags are ASCII: the conversion leaves them).
        markup = convert_legacy(_LATIN1_ENTITY.sub(_latin1_letter, markup), legacy)
        document, body = _main_text(markup, url)
    tree = _page_tree(markup)  # (after a legacy encoding's conversion: the markup read last)
    text = _clean(_split_cell_paragraphs(_with_dropped_letterhead(body, tree), tree))
    letters, _ = letter_stats(text)
    if letters < MIN_ARTICLE_LETTERS:
        raise UnreadableHtml(f"unreadable HTML: main text too short ({letters} letters)")
    lines = _drop_trailing_chrome(_blocks(text))
    headline = _headline(lines)
    blocks = _join_wrapped_lines(lines, headline)
    site_title = _site_title(markup)
    hints: dict[str, Optional[str]] = {
        "title": headline,
        "site_title": site_title,
        "date": _byline_date(lines) or document.date,
        "sitename": document.sitename or site_title,
        "author": document.author,
        "encoding": encoding,
    }
    return HtmlText(blocks, {k: v for k, v in hints.items() if v}, legacy)


def text_blocks(data: bytes) -> tuple[list[str], str, Optional[str]]:
    """Paragraph blocks of plain text or Markdown, decoded, converted from TCVN3/VNI
    and NFC, its HTML tables written as pipe rows; the byte encoding; the legacy encoding converted, if any."""
    text, encoding = decode_bytes(data)
    text, legacy = fix_legacy_encoding(text)  # before normalising drops U+00AD, TCVN3's "ư"
    text = tables_as_pipe_rows(_MARKDOWN_ESCAPE.sub("", normalise_text(text)))
    return [b.strip("\n") for b in _BLOCK_SPLIT.split(text) if b.strip()], encoding, legacy


# A Markdown backslash escape before punctuation ("57\-NQ/TW", "từ 40 \- 50", "1\. Mục tiêu"), as converters
# write it: the backslash is no part of the text (CommonMark's escapable ASCII punctuation); before a blank it
# is a hard line break (pandoc's "TRUNG ƯƠNG\" at the end of a letterhead cell).
_MARKDOWN_ESCAPE = re.compile(r"\\(?=[!-/:-@\[-`{-~]|\s)")
