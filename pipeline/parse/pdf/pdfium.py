"""Text of plainly born-digital PDF pages read with PDFium instead of pdfplumber.

pdfminer's content-stream parse is ~90 % of a pdfplumber page; PDFium reads the
same text in a tenth of the CPU. It is used only where pdfplumber's extra work
(TCVN3 and glyph repairs, OCR-layer handling, tables) cannot change the page,
judged from PDFium's own page objects so that such a page never reaches pdfminer.
Every other page returns ``None`` and is read by pdfplumber exactly as before; a
wrong "clean" costs quality, a wrong "not clean" only time, so each rule errs
towards pdfplumber.

Two ways to the text: PDFium's own text page for most pages; for page 1 (a two-column
letterhead), pages with signature widgets, pages with a number typed late into
the letterhead and pages with ruling lines, PDFium's character boxes laid out by
pdfplumber's own text flow, with the widgets' text (pdfminer reads only their small
appearance streams) and the late numbers put back where pdfplumber puts them
(``plumber.stamped_text``). Ruled tables come from pdfplumber's table finder fed
with those characters and with lines, rectangles and curves made from PDFium's path
objects as pdfminer makes them (one per subpath).

PDFium is not thread-safe: every call into it holds ``PDFIUM_LOCK``.
"""

from __future__ import annotations

import ctypes
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import NamedTuple

import pdfplumber
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from pipeline.parse.legacy_encodings import detect_legacy_encoding, tcvn3_char, tcvn3_font
from pipeline.parse.pdf.layout import flow_text
from pipeline.parse.pdf.plumber import (
    LETTERHEAD_BAND, TEXT_OPTIONS, PdfPage, classify_page, repair_char_map, stamped_text, widget_chars,
)
from pipeline.parse.pdf.tables import MIN_RULES, tables_of_objects
from pipeline.parse.vntext import normalise_text
from schemas import PageVerdict

PDFIUM_LOCK = threading.Lock()  # one for the process: PDFium keeps global state

# --- pages laid out from character boxes
# Page 1 carries the two-column letterhead, the late-filled "Số"/date blanks and the stamps metadata is read from.
LAID_OUT_FIRST_PAGE = 0
# Signature widgets whose appearance draws text ("2170", "23") are merged into the line they sit on.
WIDGET_SUBTYPE = pdfium_c.FPDF_ANNOT_WIDGET
# PDFium's text page marks a hyphen it takes for a soft line-end hyphen with these code points.
_SOFT_HYPHENS = frozenset({0xFFFE, 0x0002})
# A space PDFium generates with a width is one it made up between words (pdfplumber finds
# those gaps itself); a zero-width one stands where the content stream has a space.
_MADE_UP_SPACE_WIDTH = 0.01
_SAME_LINE = 1.0  # points between the tops of two characters on one line

# --- the clean-page rules: why a page stays on pdfplumber
# A glyph whose font maps it to no Unicode: pdfplumber's glyph-id repairs may apply.
NO_UNICODE_MAP = "character without a Unicode map"
# An image beyond this share of the page may be a scan, with or without an OCR layer over it.
MAX_IMAGE_COVER = 0.25
# Render modes 3 and 7 draw nothing: the hidden text layer of an OCR'd scan.
HIDDEN_RENDER_MODES = frozenset({3, 7})
# Text in a TCVN3 font (".VnTime") is converted char by char by pdfplumber: only runs
# the conversion leaves unchanged (digits, ASCII; no space, which may be the letter ư)
# are read here, with pdfplumber's note.
TCVN3_NOTE = "TCVN3 fonts converted to Unicode"
TCVN3_AMBIGUOUS = frozenset(" \u2212")
# Text or images inside a form XObject are positioned in the form's space: not checked, so not clean.
FORM_CONTENT_TYPES = frozenset({pdfium_c.FPDF_PAGEOBJ_TEXT, pdfium_c.FPDF_PAGEOBJ_IMAGE})
# Text runs drawn over one another (fake bold, shadows): PDFium's text page drops a repeat
# that pdfplumber keeps, or dedupes with a note. Two runs count as drawn over one another when
# their boxes overlap by half the narrower width and half the lower height, and their left
# edges are within OVERLAP_LEFT_HEIGHTS box heights (PDFium's own test allows 0.9 of a glyph
# width). A repeat PDFium drops is within 0.07 em of its glyph, so its box covers the other's;
# the accents of one line reaching into the box of the line below overlap by a sliver.
OVERLAP_LEFT_HEIGHTS = 2.0
# Grid (x, y points) that finds them in one pass: runs in neighbouring cells are compared,
# so left edges within 24 pt and bottoms within 12 pt always are (fake bold and shadows are
# offset by a point or two).
_OVERLAP_CELL = (24.0, 12.0)
# Rotated pages and rotated or skewed text: pdfplumber lays them out by its own geometry.
UPRIGHT_ROTATION = 0
# A text run with a digit, separator or blank that jumps back up into the letterhead
# band after lower text may be a number typed into a blank late (pdfplumber's
# _split_late_numbers): such a page is laid out from character boxes. One glyph-box
# height of jump is enough here, pdfplumber needs two font sizes.
LATE_TEXT_JUMP = 1.0
LATE_NUMBER_CHARS = frozenset("0123456789.,/ ")
# A blank run (see _Objects.blank_runs) is overlapped when the next run starts within this
# many ems of it: about a space's width (0.25 em in Times New Roman, 0.28 in Arial).
BLANK_RUN_REACH = 0.3

# PDFium's text page: lines end with CR LF; a hyphen it takes for a soft line-end
# hyphen comes out as U+FFFE (or U+0002), usually with the line break dropped.
_SOFT_LINE_END_HYPHEN = re.compile("[\ufffe\u0002](?:\r\n)?")
_CONTROL = re.compile("[\u0000-\u0008\u000b\u000c\u000e-\u001f]")


# A ruled page: pdfplumber looks for tables from MIN_RULES lines/rectangles, each a subpath of its own.
MAX_SUBPATHS_WITHOUT_TABLES = MIN_RULES - 1
_IDENTITY = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


class PdfiumRead(NamedTuple):
    page: PdfPage | None  # None: pdfplumber reads the page
    refused_by: str = ""  # the rule that sent the page to pdfplumber


def read_clean_page(pdf: pdfium.PdfDocument, index: int,
                    plumber_page: Callable[[], pdfplumber.page.Page]) -> PdfiumRead:
    """The page read by PDFium when it is plainly born-digital, else the rule refusing it.

    ``plumber_page`` gives pdfplumber's page (its content stream unread): asked only for
    the text its signature widgets draw and to find ruled tables in PDFium's objects."""
    with PDFIUM_LOCK:
        page = pdf[index]
        try:
            objects = _inspect_objects(page)
            if objects.refused_by:
                return PdfiumRead(None, objects.refused_by)
            has_widgets = _has_widgets(page)
            height = page.get_size()[1]
            textpage = page.get_textpage()
            try:
                if not all(_unchanged_by_tcvn3(_run_text(run, textpage), capitals) for run, capitals in objects.tcvn3_runs):
                    return PdfiumRead(None, "TCVN3 font text")
                late_numbers = any(LATE_NUMBER_CHARS & set(_run_text(run, textpage)) for run in objects.jumping_runs)
                ruled = objects.subpaths > MAX_SUBPATHS_WITHOUT_TABLES
                laid_out = index == LAID_OUT_FIRST_PAGE or has_widgets or late_numbers or ruled or objects.blank_runs
                if laid_out:
                    # The Unicode-map check rides on the pass over the characters (one PDFium call per glyph).
                    chars = _char_boxes(textpage, height, objects.run_order, objects.blank_runs)
                    if chars is None:
                        return PdfiumRead(None, NO_UNICODE_MAP)
                    rules = _rules(objects.paths, height) if ruled else {}
                elif _has_unicode_map_errors(textpage):
                    return PdfiumRead(None, NO_UNICODE_MAP)
                else:
                    raw_text = textpage.get_text_range()
            finally:
                textpage.close()
        finally:
            page.close()
    # pdfplumber's path from here: verdict on the char-map repaired text, then legacy encodings
    # (soft hyphens kept until then: U+00AD is TCVN3's "ư"), which pdfplumber reads.
    if laid_out:
        own_text = normalise_text(flow_text(chars, TEXT_OPTIONS), keep_soft_hyphens=True)
        text = stamped_text(chars, own_text, height, widget_chars(plumber_page()) if has_widgets else [], TEXT_OPTIONS)
    else:
        lines = _CONTROL.sub("", _SOFT_LINE_END_HYPHEN.sub("-\n", raw_text).replace("\r\n", "\n")).split("\n")
        # pdfplumber's lines are made of words: a line of blanks (a lone space run) is none.
        own_text = text = normalise_text("\n".join(line for line in lines if line.strip()), keep_soft_hyphens=True)
    if classify_page(repair_char_map(own_text)[0], is_scan=False) != PageVerdict.text:
        return PdfiumRead(None, "verdict not text")
    text, char_map_fixed = repair_char_map(text)
    if detect_legacy_encoding(text):
        # PDFium takes a line-final U+00AD, TCVN3's "ư", for a soft hyphen and joins the lines.
        return PdfiumRead(None, "legacy-encoded text")
    text = normalise_text(text)  # without the soft hyphens kept for the legacy check
    notes = [TCVN3_NOTE] if objects.tcvn3_runs else []
    if char_map_fixed:
        notes.append("character map Ƣ/ƣ repaired to Ư/ư")
    tables = tables_of_objects(plumber_page(), {"char": chars, **rules}) if laid_out and ruled else []
    return PdfiumRead(PdfPage(index + 1, text, PageVerdict.text, has_images=objects.has_images, tables=tables,
                              notes=notes, engine="pdfium"))


def _native(function, restype, *argtypes):
    """A PDFium function called with and returning plain addresses and numbers: pypdfium2's
    own bindings wrap every handle in a pointer object, a cost paid per character here."""
    return ctypes.CFUNCTYPE(restype, *argtypes)(ctypes.cast(function, ctypes.c_void_p).value)


_ADDRESS, _INDEX = ctypes.c_void_p, ctypes.c_int
_FLOAT_OUT = ctypes.POINTER(ctypes.c_float)
_count_chars = _native(pdfium_c.FPDFText_CountChars, ctypes.c_int, _ADDRESS)
_font_size = _native(pdfium_c.FPDFText_GetFontSize, ctypes.c_double, _ADDRESS, _INDEX)
_count_objects = _native(pdfium_c.FPDFPage_CountObjects, ctypes.c_int, _ADDRESS)
_object_at = _native(pdfium_c.FPDFPage_GetObject, _ADDRESS, _ADDRESS, _INDEX)
_count_form_objects = _native(pdfium_c.FPDFFormObj_CountObjects, ctypes.c_int, _ADDRESS)
_form_object_at = _native(pdfium_c.FPDFFormObj_GetObject, _ADDRESS, _ADDRESS, ctypes.c_ulong)
_object_type = _native(pdfium_c.FPDFPageObj_GetType, ctypes.c_int, _ADDRESS)
_object_bounds = _native(pdfium_c.FPDFPageObj_GetBounds, ctypes.c_int, _ADDRESS, *[_FLOAT_OUT] * 4)
_object_matrix = _native(pdfium_c.FPDFPageObj_GetMatrix, ctypes.c_int, _ADDRESS, ctypes.POINTER(pdfium_c.FS_MATRIX))
_render_mode = _native(pdfium_c.FPDFTextObj_GetTextRenderMode, ctypes.c_int, _ADDRESS)
_font_of_run = _native(pdfium_c.FPDFTextObj_GetFont, _ADDRESS, _ADDRESS)
_run_text_into = _native(pdfium_c.FPDFTextObj_GetText, ctypes.c_ulong, _ADDRESS, _ADDRESS, _ADDRESS, ctypes.c_ulong)
_glyph_width = _native(pdfium_c.FPDFFont_GetGlyphWidth, ctypes.c_int, _ADDRESS, ctypes.c_uint, ctypes.c_float, _FLOAT_OUT)
_run_font_size = _native(pdfium_c.FPDFTextObj_GetFontSize, ctypes.c_int, _ADDRESS, _FLOAT_OUT)
_base_font_name_into = _native(pdfium_c.FPDFFont_GetBaseFontName, ctypes.c_ulong, _ADDRESS, _ADDRESS, ctypes.c_ulong)
_count_segments = _native(pdfium_c.FPDFPath_CountSegments, ctypes.c_int, _ADDRESS)
_segment_at = _native(pdfium_c.FPDFPath_GetPathSegment, _ADDRESS, _ADDRESS, _INDEX)
_segment_type = _native(pdfium_c.FPDFPathSegment_GetType, ctypes.c_int, _ADDRESS)
_segment_point = _native(pdfium_c.FPDFPathSegment_GetPoint, ctypes.c_int, _ADDRESS, _FLOAT_OUT, _FLOAT_OUT)


def _per_glyph(function, restype):
    """A PDFium text-page function for the loop over a page's characters, declared without
    argument types: called with the text page as a ``c_void_p``, the index as a Python int
    (a C int) and out-parameters by reference, it costs 170 ns instead of 270 (ctypes
    converts nothing), paid a few times for each of a page's ~2000 characters."""
    return ctypes.CFUNCTYPE(restype)(ctypes.cast(function, ctypes.c_void_p).value)


_glyph_code = _per_glyph(pdfium_c.FPDFText_GetUnicode, ctypes.c_uint)
_glyph_generated = _per_glyph(pdfium_c.FPDFText_IsGenerated, ctypes.c_int)
_glyph_unmapped = _per_glyph(pdfium_c.FPDFText_HasUnicodeMapError, ctypes.c_int)
_glyph_loose_box = _per_glyph(pdfium_c.FPDFText_GetLooseCharBox, ctypes.c_int)
_glyph_run = _per_glyph(pdfium_c.FPDFText_GetTextObject, ctypes.c_void_p)
_glyph_origin = _per_glyph(pdfium_c.FPDFText_GetCharOrigin, ctypes.c_int)
# The only characters PDFium's text page makes up are spaces and CR LF line breaks: the
# (costlier) generated test is asked of these alone.
_GENERATED_CODES = frozenset({0x20, 0x0D, 0x0A})

_NOWHERE = ctypes.byref(ctypes.c_float())  # an out-parameter whose value is not wanted


def _address(handle) -> int:
    return ctypes.cast(handle, ctypes.c_void_p).value


def _char_boxes(textpage: pdfium.PdfTextPage, page_height: float, run_order: dict[int, int],
                blank_runs: list[int] = ()) -> list[dict] | None:
    """The page's characters in content-stream order (``run_order``: the stream position
    of each text run; PDFium's text page sorts the runs of a line left to right) as
    pdfplumber describes them (x0, x1, top, bottom from the top of the page, size): the
    origin is the left edge, the loose box (the advance width, the font's descent) gives
    the right and bottom edges. The font size is the run's (one text state per run).
    ``blank_runs``: runs drawing nothing, which PDFium's text page leaves out (see
    ``_Objects.blank_runs``), each read as pdfminer reads it: a space where it starts.
    None when a glyph has no Unicode map (the page is pdfplumber's)."""
    raw = ctypes.c_void_p(_address(textpage.raw))
    box = pdfium_c.FS_RECTF()
    x, y = ctypes.c_double(), ctypes.c_double()
    box_ref, x_ref, y_ref = ctypes.byref(box), ctypes.byref(x), ctypes.byref(y)
    code_of, loose_box, is_generated, unmapped = _glyph_code, _glyph_loose_box, _glyph_generated, _glyph_unmapped
    run_of, origin_of = _glyph_run, _glyph_origin
    chars, positions = [], []
    sizes: dict[int, float] = {}
    space_widths: dict[int, float] = {}
    position, last_run = 0, None
    for i in range(_count_chars(raw.value)):
        code = code_of(raw, i)
        generated = code in _GENERATED_CODES and is_generated(raw, i) == 1
        if generated:
            if code != 0x20:
                continue  # line breaks PDFium made up
        elif unmapped(raw, i) == 1:
            return None
        loose_box(raw, i, box_ref)
        boxless = box.right - box.left <= _MADE_UP_SPACE_WIDTH
        if generated and not boxless:
            continue  # a space PDFium made up between words
        if 0xDC00 <= code <= 0xDFFF and chars and "\ud800" <= chars[-1]["text"] <= "\udbff":
            # The second half of a UTF-16 surrogate pair (𝑊, U+1D44A): one character, as pdfminer reads it.
            pair = chars[-1]["text"] + chr(code)
            chars[-1] = {**chars[-1], "text": pair.encode("utf-16-le", "surrogatepass").decode("utf-16-le"),
                         "x1": max(chars[-1]["x1"], box.right)}
            continue
        run = run_of(raw, i)
        position = run_order.get(run, position)  # a generated space goes with the glyph before it
        origin_of(raw, i, x_ref, y_ref)
        if code == 0x20 and boxless and chars:
            # A space without a box of its own: on the line of the glyph before it, as wide as
            # the font's space (pdfminer's advance): whether a lone number ("1 " in a table's
            # first column) runs on into the text after it depends on where the space ends.
            font_run = run or last_run  # a space PDFium generated has no run: the glyph before it's
            advance = _space_advance(font_run, sizes[font_run], space_widths) if font_run in sizes else 0.0
            chars.append({**chars[-1], "text": " ", "x0": x.value, "x1": x.value + advance, "stream_space": True,
                          "generated": not run})
        else:
            size = sizes.get(run) if run else None
            if size is None:
                # PDFium gives the text state's size ("1 Tf"); pdfminer's is scaled by the text matrix.
                size = sizes[run] = _font_size(raw.value, i) * (_vertical_scale(run) if run else 1.0)
            last_run = run
            bottom = page_height - box.bottom
            text = "-" if code in _SOFT_HYPHENS else chr(code)
            chars.append({"text": text, "x0": x.value, "x1": box.right, "top": bottom - size, "bottom": bottom,
                          "doctop": bottom - size, "upright": True, "size": size})
        positions.append(position)
    for run in blank_runs:
        chars.append({"blank_run": run})
        positions.append(run_order[run])
    in_stream_order = [chars[i] for i in sorted(range(len(chars)), key=positions.__getitem__)]
    if blank_runs:
        in_stream_order = _blank_run_spaces(in_stream_order, page_height, space_widths)
    return _blank_runs_restored(in_stream_order)


def _blank_run_spaces(chars: list[dict], page_height: float, widths: dict[int, float]) -> list[dict]:
    """The place-holders of blank runs made spaces after the glyph before them when they
    sit on its line (a Word tab drawn as a space that the text after it overlaps: "dụng
    ....... 5"), as wide as their font's space. One starting a line is left out: it
    separates no words."""
    out: list[dict] = []
    copied = 0  # chars[:copied] are done
    left, baseline, size = ctypes.c_float(), ctypes.c_float(), ctypes.c_float()
    for at in [at for at, char in enumerate(chars) if "blank_run" in char]:
        out.extend(chars[copied:at])
        copied = at + 1
        run = chars[at]["blank_run"]
        _object_bounds(run, ctypes.byref(left), ctypes.byref(baseline), _NOWHERE, _NOWHERE)
        if out and out[-1]["top"] <= page_height - baseline.value <= out[-1]["bottom"]:
            _run_font_size(run, ctypes.byref(size))
            advance = _space_advance(run, size.value * _vertical_scale(run), widths)
            space = {**out[-1], "text": " ", "x0": left.value, "x1": left.value + advance, "generated": False}
            if out[-1].get("generated"):
                out[-1] = space  # PDFium's text page stood a space of its own in for this run
            else:
                out.append(space)
    out.extend(chars[copied:])
    return out


def _space_advance(run: int, size: float, widths: dict[int, float]) -> float:
    """Advance of a space in the run's font at ``size`` (``widths``: per run, one text state per run)."""
    if run not in widths:
        width = ctypes.c_float()
        found = _glyph_width(_font_of_run(run), 0x20, size, ctypes.byref(width))
        widths[run] = width.value if found else 0.0
    return widths[run]


def _vertical_scale(run: int) -> float:
    """How much the run's matrix (text matrix and CTM; upright runs only reach here) scales its glyphs' height."""
    matrix = pdfium_c.FS_MATRIX()
    _object_matrix(run, ctypes.byref(matrix))
    return matrix.d


def _blank_runs_restored(chars: list[dict]) -> list[dict]:
    """PDFium keeps one space of a run of spaces (the blanks of "ngày      tháng" left for a
    date stamped later); pdfminer keeps them all, and a stamp is merged after the blank it
    covers. The missing spaces are put back, each as wide as the one kept."""
    out, copied = [], 0  # chars[:copied] are in out
    for at in [at for at, char in enumerate(chars[:-1]) if char["text"] == " "]:  # the only ones it touches
        char, following = chars[at], chars[at + 1]
        width = char["x1"] - char["x0"]
        if (char.get("stream_space") or width <= _MADE_UP_SPACE_WIDTH
                or abs(following["top"] - char["top"]) > _SAME_LINE):
            continue
        missing = round((following["x0"] - char["x1"]) / width)
        if missing > 0:
            out.extend(chars[copied:at + 1])
            out.extend({**char, "x0": char["x1"] + k * width, "x1": char["x1"] + (k + 1) * width} for k in range(missing))
            copied = at + 1
    return out + chars[copied:] if copied else chars


@dataclass
class _Objects:
    """What the page objects say about the page."""

    refused_by: str = ""
    has_images: bool = False
    subpaths: int = 0
    paths: list = field(default_factory=list)  # (path object, matrix of the form it is in)
    jumping_runs: list = field(default_factory=list)  # text runs jumping back up into the letterhead band
    tcvn3_runs: list = field(default_factory=list)  # (text run, capitals-only font)
    run_order: dict = field(default_factory=dict)  # text run handle → its position in the content stream
    # Text runs with an empty box (a glyph without an outline: a space) that the next run starts
    # over: PDFium's text page leaves them out where pdfminer reads a space (a Word tab before
    # a dot leader, or after it before the page number), and the words run together unless
    # the page is laid out with them. (Where the next run starts further on, PDFium's text
    # page makes up a space there itself.)
    blank_runs: list = field(default_factory=list)


def _inspect_objects(page: pdfium.PdfPage) -> _Objects:
    if page.get_rotation() != UPRIGHT_ROTATION:
        return _Objects(refused_by="rotated page")
    width, height = page.get_size()
    area = (width * height) or 1.0
    band_bottom = height * (1 - LETTERHEAD_BAND)  # PDF y grows upwards
    edges = [ctypes.c_float() for _ in range(4)]
    left, bottom, right, top = (ctypes.byref(edge) for edge in edges)
    matrix = pdfium_c.FS_MATRIX()
    matrix_ref = ctypes.byref(matrix)
    fonts: dict[int | None, tuple[bool, bool]] = {}  # TCVN3 flags by font handle
    boxes: list[tuple[float, float, float, float]] = []
    found = _Objects()
    image_area = 0.0
    lowest = float("inf")  # bottom of the lowest text read so far, in stream order
    blank = None  # the text run before, when blank: (run, left, where its space would end, baseline)
    size = ctypes.c_float()
    size_ref = ctypes.byref(size)
    containers = [(_address(page.raw), _count_objects, _object_at, None)]
    while containers and not found.refused_by:
        owner, count, get, form_matrix = containers.pop()
        in_form = form_matrix is not None
        for i in range(count(owner)):
            obj = get(owner, i)
            kind = _object_type(obj)
            if in_form and kind in FORM_CONTENT_TYPES:
                found.refused_by = "text or image inside a form XObject"
            elif kind == pdfium_c.FPDF_PAGEOBJ_PATH:
                found.subpaths += _subpaths(obj)
                found.paths.append((obj, form_matrix or _IDENTITY))
            elif kind == pdfium_c.FPDF_PAGEOBJ_FORM:
                placed = _then(_matrix_of(obj), form_matrix or _IDENTITY)
                containers.append((obj, _count_form_objects, _form_object_at, placed))
            elif kind == pdfium_c.FPDF_PAGEOBJ_IMAGE:
                found.has_images = True
                _object_bounds(obj, left, bottom, right, top)
                x0, y0, x1, y1 = (edge.value for edge in edges)
                image_area += max(0.0, x1 - x0) * max(0.0, y1 - y0)
                if image_area > MAX_IMAGE_COVER * area:
                    found.refused_by = "page-covering image"
            elif kind == pdfium_c.FPDF_PAGEOBJ_TEXT:
                if _render_mode(obj) in HIDDEN_RENDER_MODES:
                    found.refused_by = "invisible text"
                    break
                _object_matrix(obj, matrix_ref)
                if matrix.b or matrix.c or matrix.a <= 0 or matrix.d <= 0:
                    found.refused_by = "rotated, skewed or mirrored text"
                    break
                font = _font_of_run(obj)
                if font not in fonts:
                    fonts[font] = tcvn3_font(_base_font_name(font))
                legacy, capitals = fonts[font]
                if legacy:
                    found.tcvn3_runs.append((obj, capitals))
                _object_bounds(obj, left, bottom, right, top)
                box = (edges[0].value, edges[1].value, edges[2].value, edges[3].value)
                line = box[3] - box[1]
                if box[3] + line > band_bottom and box[1] > lowest + LATE_TEXT_JUMP * line:
                    found.jumping_runs.append(obj)
                lowest = min(lowest, box[1])
                boxes.append(box)
                found.run_order[obj] = len(found.run_order)
                # The run after a blank one starts over its space, on its line (the bottom of the
                # glyph box, a descender at most, within the same reach of the baseline).
                if blank is not None and blank[1] <= box[0] < blank[2] and abs(box[1] - blank[3]) < blank[2] - blank[1]:
                    found.blank_runs.append(blank[0])
                blank = None
                if box[2] - box[0] <= _MADE_UP_SPACE_WIDTH:
                    _run_font_size(obj, size_ref)
                    blank = (obj, box[0], box[0] + BLANK_RUN_REACH * size.value * matrix.d, box[1])
            if found.refused_by:
                break
    if not found.refused_by and _has_overlapping_runs(boxes):
        found.refused_by = "text runs drawn over one another"
    return found


def _rules(paths: list, page_height: float) -> dict[str, list[dict]]:
    """Lines, rectangles and curves of the page's paths as pdfminer makes them, in
    pdfplumber's coordinates: one per subpath, "ml" a line, four axis-parallel sides a
    rectangle, anything else a curve with its points."""
    rules: dict[str, list[dict]] = {"line": [], "rect": [], "curve": []}
    x, y = ctypes.c_float(), ctypes.c_float()
    x_ref, y_ref = ctypes.byref(x), ctypes.byref(y)
    for path, form_matrix in paths:
        matrix = _then(_matrix_of(path), form_matrix)
        subpaths: list[tuple[str, list[tuple[float, float]]]] = []
        for s in range(_count_segments(path)):
            segment = _segment_at(path, s)
            kind = _segment_type(segment)
            _segment_point(segment, x_ref, y_ref)
            a, b, c, d, e, f = matrix
            point = (a * x.value + c * y.value + e, page_height - (b * x.value + d * y.value + f))
            if kind == pdfium_c.FPDF_SEGMENT_MOVETO or not subpaths:
                subpaths.append(("m", [point]))
            else:
                shape, points = subpaths[-1]
                subpaths[-1] = (shape + ("l" if kind == pdfium_c.FPDF_SEGMENT_LINETO else "c"), points + [point])
        for shape, points in subpaths:
            kind = _rule_kind(shape, points)
            rules[kind].append(_rule(kind, points, page_height))
    return rules


def _rule_kind(shape: str, points: list[tuple[float, float]]) -> str:
    if shape == "ml":
        return "line"
    if shape in ("mlll", "mllll") and (shape == "mlll" or points[4] == points[0]):
        (x0, y0), (x1, y1), (x2, y2), (x3, y3) = points[:4]
        if (x0 == x1 and y1 == y2 and x2 == x3 and y3 == y0) or (y0 == y1 and x1 == x2 and y2 == y3 and x3 == x0):
            return "rect"
    return "curve"


def _rule(kind: str, points: list[tuple[float, float]], page_height: float) -> dict:
    xs, tops = [p[0] for p in points], [p[1] for p in points]
    x0, x1, top, bottom = min(xs), max(xs), min(tops), max(tops)
    rule = {"object_type": kind, "x0": x0, "x1": x1, "top": top, "bottom": bottom, "doctop": top,
            "y0": page_height - bottom, "y1": page_height - top, "width": x1 - x0, "height": bottom - top}
    return {**rule, "pts": points} if kind == "curve" else rule


def _matrix_of(obj: int) -> tuple[float, float, float, float, float, float]:
    matrix = pdfium_c.FS_MATRIX()
    _object_matrix(obj, ctypes.byref(matrix))
    return matrix.a, matrix.b, matrix.c, matrix.d, matrix.e, matrix.f


def _then(first: tuple, second: tuple) -> tuple[float, float, float, float, float, float]:
    """The matrix applying ``first``, then ``second`` (PDF's row-vector convention)."""
    a, b, c, d, e, f = first
    a2, b2, c2, d2, e2, f2 = second
    return (a * a2 + b * c2, a * b2 + b * d2, c * a2 + d * c2, c * b2 + d * d2, e * a2 + f * c2 + e2, e * b2 + f * d2 + f2)


def _subpaths(path: int) -> int:
    return sum(_segment_type(_segment_at(path, s)) == pdfium_c.FPDF_SEGMENT_MOVETO for s in range(_count_segments(path)))


def _run_text(run: int, textpage: pdfium.PdfTextPage) -> str:
    size = _run_text_into(run, _address(textpage.raw), None, 0)  # bytes of UTF-16LE, terminator included
    buffer = ctypes.create_string_buffer(size)
    _run_text_into(run, _address(textpage.raw), buffer, size)
    return buffer.raw[:max(0, size - 2)].decode("utf-16-le", "replace")


def _unchanged_by_tcvn3(text: str, capitals: bool) -> bool:
    return not TCVN3_AMBIGUOUS & set(text) and all(tcvn3_char(ch, capitals) == ch for ch in text)


def _base_font_name(font: int) -> str:
    size = _base_font_name_into(font, None, 0)
    buffer = ctypes.create_string_buffer(size)
    _base_font_name_into(font, buffer, size)
    return buffer.value.decode("latin-1")


def _has_overlapping_runs(boxes: list[tuple[float, float, float, float]]) -> bool:
    """Two runs drawn over one another (see OVERLAP_LEFT_HEIGHTS), each box compared with
    the boxes before it in its own and the eight neighbouring cells of the grid."""
    cell_x, cell_y = _OVERLAP_CELL
    grid: dict[tuple[int, int], list[tuple[float, float, float, float]]] = {}
    near_cells = grid.get
    for box in boxes:
        ax0, ay0, ax1, ay1 = box
        a_height, a_width = ay1 - ay0, ax1 - ax0
        col, row = int(ax0 // cell_x), int(ay0 // cell_y)
        for cell in ((col - 1, row - 1), (col - 1, row), (col - 1, row + 1), (col, row - 1), (col, row),
                     (col, row + 1), (col + 1, row - 1), (col + 1, row), (col + 1, row + 1)):
            for bx0, by0, bx1, by1 in near_cells(cell, ()):
                if bx0 > ax1 or ax0 > bx1 or by0 >= ay1 or ay0 >= by1:
                    continue  # apart across or up: most neighbours, ruled out without the arithmetic below
                b_height = by1 - by0
                if (min(ay1, by1) - max(ay0, by0) > 0.5 * min(a_height, b_height)
                        and min(ax1, bx1) - max(ax0, bx0) >= 0.5 * min(a_width, bx1 - bx0)
                        and abs(ax0 - bx0) <= OVERLAP_LEFT_HEIGHTS * max(a_height, b_height)):
                    return True
        grid.setdefault((col, row), []).append(box)
    return False


def _has_widgets(page: pdfium.PdfPage) -> bool:
    for i in range(pdfium_c.FPDFPage_GetAnnotCount(page.raw)):
        annot = pdfium_c.FPDFPage_GetAnnot(page.raw, i)
        try:
            if pdfium_c.FPDFAnnot_GetSubtype(annot) == WIDGET_SUBTYPE:
                return True
        finally:
            pdfium_c.FPDFPage_CloseAnnot(annot)
    return False


def _has_unicode_map_errors(textpage: pdfium.PdfTextPage) -> bool:
    raw = ctypes.c_void_p(_address(textpage.raw))
    return any(_glyph_unmapped(raw, i) == 1 for i in range(_count_chars(raw.value)))
