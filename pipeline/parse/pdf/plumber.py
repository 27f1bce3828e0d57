"""Page-aware PDF text extraction with pdfplumber, per-page verdicts and cleaning.

Each physical page yields one :class:`PdfPage` (text, verdict, ruled tables).
Lines come in content-stream order (``use_text_flow``), so the two cells of a
letterhead ("ỦY BAN NHÂN DÂN / TỈNH LÀO CAI" and "CỘNG HÒA XÃ HỘI …") stay on
lines of their own instead of being interleaved. Text drawn in signature-widget
appearances (the "Số" and day a records office stamps onto a digitally signed
decision) and numbers typed into the letterhead blanks after the rest of the page
are put back on the line they sit on, as a reader sees them.

What is safely fixable without OCR is fixed here: the Ƣ/ƣ character map, Times
New Roman glyph ids of CID fonts without a Unicode map (kept only when the result
reads as Vietnamese), TCVN3/VNI text, syllables an OCR layer split apart.
"""

from __future__ import annotations

import re
import unicodedata
import zlib
from collections import Counter
from dataclasses import dataclass, field
from typing import Optional

import pdfplumber
from pdfminer.converter import PDFPageAggregator
from pdfminer.layout import LTChar, LTContainer, LTPage
from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
from pdfminer.pdftypes import PDFStream, resolve1
from pdfminer.psparser import END_HEX_STRING, HEX_PAIR, SPC, PSBaseParser

from pipeline.parse.legacy_encodings import fix_legacy_encoding, is_syllable, syllable_share, tcvn3_char, tcvn3_font
from pipeline.parse.pdf.layout import flow_text
from pipeline.parse.pdf.tables import page_tables
from pipeline.parse.vntext import VIETNAMESE_LETTERS, letter_stats, normalise_text
from schemas import PageVerdict

TEXT_OPTIONS = {"use_text_flow": True, "x_tolerance": 1.5, "y_tolerance": 3}

# A page needs this many letters of its own (stamps excluded) to count as text.
MIN_PAGE_LETTERS = 40
# "(cid:NN)" or foreign-script glyphs above this share of letters: the font has no usable Unicode map.
BROKEN_GLYPH_SHARE = 0.03
# Below this share of Vietnamese-only letters, a text layer over a scan is a non-Vietnamese OCR.
MIN_VIETNAMESE_SHARE = 0.04
# An image covering this share of the page makes it a scan.
SCAN_IMAGE_COVER = 0.5

_CID = re.compile(r"\(cid:\d+\)")
# Glyph ids leaking as Cyrillic/Armenian/Greek-extended code points, as in "6Ӣ CÔNG 7+ѬѪ1*".
_FOREIGN_GLYPH = re.compile(r"[\u0370-\u058f]")
# Lines of an e-signature stamp ("Ký bởi: …", "Cơ quan: …", "Thời gian ký: …").
_STAMP_LINE = re.compile(
    r"^\s*(ký bởi|người ký|cơ quan|tổ chức|email|thời gian ký|ngày ký|signed by|signature valid)\b.*$",
    re.I | re.M,
)
# Word 2010 + iTextSharp fonts map "Ư/ư" to U+01A2/U+01A3 (Ƣ ƣ, "OI") and "HÒA" to "HÕA".
_OI_AS_UO = str.maketrans({"Ƣ": "Ư", "ƣ": "ư"})
_HOA_MISMAP = re.compile(r"\b([Hh])(õa|ÕA)\b")


def _parse_hexstring(self: PSBaseParser, s: bytes, i: int) -> int:
    """pdfminer's hex-string tokenizer with ``bytes.fromhex`` for the even-length case.

    pdfminer decodes ``<…>`` strings one byte pair at a time through a Python
    callback: CID-font text and signature contents (tens of kB each) made that ~5 %
    of parse CPU. Odd-length strings keep pdfminer's own decoding."""
    end = END_HEX_STRING.search(s, i)
    if not end:
        self._curtoken += s[i:]
        return len(s)
    j = end.start(0)
    self._curtoken += s[i:j]
    digits = SPC.sub(b"", self._curtoken)  # only hex digits are left: the search stopped at anything else
    if len(digits) % 2 == 0:
        token = bytes.fromhex(digits.decode("ascii"))
    else:
        token = HEX_PAIR.sub(lambda m: bytes((int(m.group(0), 16),)), digits)
    self._add_token(token)
    self._parse1 = self._parse_main
    return j


PSBaseParser._parse_hexstring = _parse_hexstring


# A page with no text layer but thousands of curves prints its text as outlines (a scan traced to vectors, a file
# "printed" with its fonts as paths): OCR reads it as it reads a scan. A stamp or a ruled table has far fewer.
DRAWN_TEXT_CURVES = 1000


@dataclass
class PdfPage:
    number: int  # 1-based physical page
    text: str
    verdict: PageVerdict
    is_scan: bool = False  # an image covers most of the page
    has_images: bool = False  # something to OCR: an image, or text drawn as outlines (a scan traced to curves)
    tables: list[list[list[Optional[str]]]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    glyphs_repaired: bool = False  # a broken font whose glyph ids were mapped back to letters
    engine: str = "pdfplumber"  # what read the text layer: "pdfplumber" or "pdfium" (pipeline.parse.pdf.pdfium)

    @property
    def usable(self) -> bool:
        """The text layer is kept (no OCR needed)."""
        return self.verdict == PageVerdict.text or self.glyphs_repaired


def repair_char_map(text: str) -> tuple[str, bool]:
    """Undo the Ƣ/ƣ-for-Ư/ư character-map confusion; report whether the page had it."""
    if "Ƣ" not in text and "ƣ" not in text:
        return text, False
    text = text.translate(_OI_AS_UO)
    return _HOA_MISMAP.sub(lambda m: m.group(1) + ("òa" if m.group(2) == "õa" else "ÒA"), text), True


def classify_page(text: str, is_scan: bool) -> PageVerdict:
    """Verdict on a page's text layer (text already NFC and char-map repaired)."""
    cid_runs = len(_CID.findall(text))
    body = _STAMP_LINE.sub("", _CID.sub("", text))
    letters, vietnamese = letter_stats(body)
    foreign = len(_FOREIGN_GLYPH.findall(body))
    if cid_runs + foreign > BROKEN_GLYPH_SHARE * max(letters + cid_runs, 1) and cid_runs + foreign >= 5:
        return PageVerdict.broken_font
    if letters < MIN_PAGE_LETTERS:
        return PageVerdict.no_text
    if is_scan and vietnamese < MIN_VIETNAMESE_SHARE * letters:
        return PageVerdict.non_vietnamese_ocr
    return PageVerdict.text


def _has_doubled_glyphs(chars: list[dict]) -> bool:
    """Bold faked by drawing each glyph twice at (almost) the same place."""
    doubled = len(chars) - len({(c["text"], round(c["x0"]), round(c["top"])) for c in chars})
    return doubled > 10 and doubled > 0.02 * len(chars)


def _is_scan(page: pdfplumber.page.Page) -> bool:
    area = float(page.width * page.height) or 1.0
    covered = 0.0
    for img in page.images:
        covered += max(0.0, float(img["x1"] - img["x0"])) * max(0.0, float(img["bottom"] - img["top"]))
    return covered >= SCAN_IMAGE_COVER * area


def widget_chars(page: pdfplumber.page.Page) -> list[list[dict]]:
    """Characters drawn by the normal appearance of each widget annotation (signature stamps).
    Only the appearance streams are parsed, not the page."""
    try:
        annots = resolve1(page.page_obj.attrs.get("Annots")) or []
    except Exception:  # a broken annotation array costs the stamps, not the page
        return []
    stamps: list[list[dict]] = []
    resources = page.pdf.rsrcmgr  # the document's: a font used by stamps on several pages is parsed once
    for ref in annots:
        try:
            annot = resolve1(ref)
            if not isinstance(annot, dict) or resolve1(annot.get("Subtype")).name != "Widget":
                continue
            stream = resolve1((resolve1(annot.get("AP")) or {}).get("N"))
            rect = [float(resolve1(v)) for v in resolve1(annot.get("Rect"))]
            chars = _render_appearance(page, resources, stream, rect) if isinstance(stream, PDFStream) else []
            if chars:
                stamps.append(chars)
        except Exception:
            continue
    return stamps


def _render_appearance(page: pdfplumber.page.Page, resources: PDFResourceManager, stream: PDFStream,
                       rect: list[float]) -> list[dict]:
    """Characters of an appearance stream, in page coordinates (pdfplumber's top/bottom)."""
    bbox = [float(resolve1(v)) for v in resolve1(stream.get("BBox", [0, 0, 1, 1]))]
    width, height = (bbox[2] - bbox[0]) or 1.0, (bbox[3] - bbox[1]) or 1.0
    sx, sy = (rect[2] - rect[0]) / width, (rect[3] - rect[1]) / height
    ctm = (sx, 0, 0, sy, min(rect[0], rect[2]) - bbox[0] * sx, min(rect[1], rect[3]) - bbox[1] * sy)
    device = PDFPageAggregator(resources, laparams=None)
    device.cur_item = LTPage(page.page_number, (0, 0, float(page.width), float(page.height)))
    PDFPageInterpreter(resources, device).render_contents(resolve1(stream.get("Resources")) or {}, [stream], ctm=ctm)
    top_of_page = float(page.mediabox[3])
    out = []
    for item in _iter_chars(device.cur_item):
        out.append({
            "text": item.get_text(), "x0": item.x0, "x1": item.x1,
            "top": top_of_page - item.y1, "bottom": top_of_page - item.y0,
            "upright": True, "size": item.size, "fontname": item.fontname,
            "doctop": top_of_page - item.y1, "width": item.width, "height": item.height,
        })
    return out


def _iter_chars(item):
    if isinstance(item, LTChar):
        yield item
    elif isinstance(item, LTContainer):
        for child in item:
            yield from _iter_chars(child)


def _merge_stamps(chars: list[dict], stamps: list[list[dict]]) -> list[dict]:
    """Insert each stamp after the nearest glyph to its left on the same line, so text
    flow reads "Số: 2170 /QĐ-UBND" instead of appending "2170" at the end of the page."""
    merged = list(chars)
    for stamp in stamps:
        first = stamp[0]
        centre = (first["x0"] + first["x1"]) / 2
        at, nearest = None, None
        for i, c in enumerate(merged):
            overlap = min(c["bottom"], first["bottom"]) - max(c["top"], first["top"])
            c_centre = (c["x0"] + c["x1"]) / 2
            if overlap > 0.5 * min(c["bottom"] - c["top"], first["bottom"] - first["top"]) and c_centre < centre:
                if nearest is None or c_centre > nearest:
                    at, nearest = i, c_centre
        if at is None:
            merged.extend(stamp)
        else:
            merged[at + 1:at + 1] = stamp
    return merged


WIDE_SPACE = 0.4  # em: a "space" this wide in a TCVN3 font is the letter ư


def _convert_tcvn3_fonts(chars: list[dict]) -> tuple[list[dict], int]:
    """Characters of TCVN3 fonts (".VnTime", ".VnTimeH") turned into Unicode one by one,
    so Unicode text of other fonts on the same page is left alone."""
    fonts = {name: tcvn3_font(name) for name in {c.get("fontname", "") for c in chars}}
    if not any(legacy for legacy, _ in fonts.values()):
        return chars, 0
    out, converted = [], 0
    for c in chars:
        legacy, capitals = fonts[c.get("fontname", "")]
        if legacy:
            text = c["text"]
            # Byte 0xAD ("ư") comes out of WinAnsi decoding as a space or a minus; a real
            # space is a quarter em wide, the letter twice that.
            if text in (" ", "\u2212") and c["width"] >= WIDE_SPACE * c["size"]:
                text = "\u00ad"
            c = {**c, "text": tcvn3_char(text, capitals)}
            converted += 1
        out.append(c)
    return out, converted


# Word puts Times New Roman text into a CID font without a Unicode map; the codes
# are then glyph ids. Their order is stable for the letters Vietnamese needs:
# ASCII at code point - 29, the Macintosh standard order for the Latin-1 letters
# (98-129), the Vietnamese block U+1EA0-U+1EF9 at 1188-1277, and a few single
# glyphs. Codes outside this table stay unknown.
_MAC_LATIN1 = "ÄÅÇÉÑÖÜáàâäãåçéèêëíìîïñóòôöõúùûü"
_TNR_GLYPHS = {
    **{98 + i: letter for i, letter in enumerate(_MAC_LATIN1)},
    255: "đ", 259: "ă", 264: "Đ", 428: "Ĩ", 1130: "Ơ", 1131: "ơ", 1132: "Ư", 1133: "ư",
}
_CID_CHAR = re.compile(r"^\(cid:(\d+)\)$")
UNKNOWN_GLYPH = "\ufffd"
# A repair is kept only when it reads as Vietnamese and leaves almost nothing unknown.
MIN_REPAIRED_SYLLABLES = 0.8
MAX_UNKNOWN_GLYPHS = 0.01


def _tnr_glyph(code: int) -> Optional[str]:
    if 3 <= code <= 97:
        return chr(code + 29)
    if 1188 <= code <= 1277:
        return chr(code + 0x1EA0 - 1188)
    return _TNR_GLYPHS.get(code)


def map_glyph_ids(chars: list[dict]) -> tuple[list[dict], int, int]:
    """Chars with Times New Roman glyph ids turned into letters: (chars, mapped, unknown)."""
    out, mapped, unknown = [], 0, 0
    for c in chars:
        m = _CID_CHAR.match(c["text"])
        if m and "TimesNewRoman" in c.get("fontname", ""):
            letter = _tnr_glyph(int(m.group(1)))
            mapped += letter is not None
            unknown += letter is None
            c = {**c, "text": letter or UNKNOWN_GLYPH}
        out.append(c)
    return out, mapped, unknown


def _repair_glyph_ids(chars: list[dict], options: dict) -> Optional[list[dict]]:
    """Glyph-id repaired chars when the result is safely Vietnamese text, else None."""
    repaired, mapped, unknown = map_glyph_ids(chars)
    if not mapped or unknown > MAX_UNKNOWN_GLYPHS * (mapped + unknown):
        return None
    text = normalise_text(flow_text(repaired, options))
    if _CID.search(text) or syllable_share(text) < MIN_REPAIRED_SYLLABLES:
        return None
    return repaired


# A number typed into a blank of the letterhead ("Số:    /SCT-CN", "ngày    tháng")
# after the rest of the page lands at the end of the content stream, far from its line.
_FILLED_NUMBER = re.compile(r"^[\d.,/]{1,12}$")
LETTERHEAD_BAND = 0.35  # share of the page height, from the top, where such blanks are


_FILLED_NUMBER_CHARS = "0123456789.,/"


def _may_have_late_numbers(chars: list[dict], page_height: float) -> bool:
    """Cheap necessary condition of ``_split_late_numbers``: a digit, separator or blank
    in the letterhead band drawn after a glyph two of its sizes lower down the page."""
    band = LETTERHEAD_BAND * page_height
    lowest = float("-inf")
    for c in chars:
        top = c["top"]
        if top < band and top < lowest - 2 * c["size"] and not c["text"].strip().strip(_FILLED_NUMBER_CHARS):
            return True
        if top > lowest and c["text"].strip():
            lowest = top
    return False


def _split_late_numbers(chars: list[dict], page_height: float) -> tuple[list[dict], list[list[dict]]]:
    """Pull out short digit runs in the letterhead band that jump back up the page in stream
    order, after visible text: Word draws a page's empty footer paragraphs first, blanks at
    the bottom of the page that pdfminer reads (PDFium's text page does not); counted, they
    would make every number at the top of a table a late one."""
    if not _may_have_late_numbers(chars, page_height):
        return chars, []
    runs: list[list[dict]] = []
    for c in chars:
        last = runs[-1][-1] if runs else None
        if last and abs(c["top"] - last["top"]) < 2 and last["x0"] <= c["x0"] <= last["x1"] + c["size"]:
            runs[-1].append(c)
        else:
            runs.append([c])
    kept: list[dict] = []
    late: list[list[dict]] = []
    lowest = float("-inf")  # top of the lowest line read so far
    for run in runs:
        text = "".join(c["text"] for c in run).strip()
        jumps_back = run[0]["top"] < lowest - 2 * run[0]["size"]
        if jumps_back and run[0]["top"] < LETTERHEAD_BAND * page_height and kept:
            if not text:
                # Blanks drawn among the late numbers (the empty cells of a table row drawn
                # after the text below it) are left out: PDFium's text page has none of them,
                # and a number put back after one would leave its row.
                continue
            if _FILLED_NUMBER.match(text) and _after_a_label(run[0], chars):
                late.append([c for c in run if c["text"].strip()])
                continue
        kept.extend(run)
        if text:
            lowest = max(lowest, run[0]["top"])
    return kept, late


def _after_a_label(first: dict, chars: list[dict]) -> bool:
    """Whether a glyph stands left of ``first`` on its line: a number typed into a blank
    follows its label ("Số:", "ngày"); one that opens its line is a table's first cell
    drawn after the row's other cells ("02/2017" of a schedule), not a late one."""
    return any(c["x1"] <= first["x0"] and c["text"].strip() and abs(c["top"] - first["top"]) < first["size"] / 2
               for c in chars)


def extract_page(page: pdfplumber.page.Page, with_tables: bool = True, use_text_flow: bool = True) -> PdfPage:
    """Text, verdict and tables of one page (call ``page.close()`` afterwards)."""
    notes: list[str] = []
    chars = page.chars
    if _has_doubled_glyphs(chars):
        page = page.dedupe_chars()
        chars = page.chars
        notes.append("doubled glyphs removed")
    chars, tcvn3_chars = _convert_tcvn3_fonts(chars)
    if tcvn3_chars:
        notes.append("TCVN3 fonts converted to Unicode")
    is_scan = _is_scan(page)
    options = {**TEXT_OPTIONS, "use_text_flow": use_text_flow}
    # The verdict is on the page's own text layer: stamps do not make a scan readable.
    own_text = normalise_text(flow_text(chars, options), keep_soft_hyphens=True)
    verdict = classify_page(repair_char_map(own_text)[0], is_scan)
    glyphs_repaired = False
    if verdict == PageVerdict.broken_font:
        repaired = _repair_glyph_ids(chars, options)
        if repaired is not None:
            chars, glyphs_repaired = repaired, True
            notes.append("broken font repaired: Times New Roman glyph ids mapped to letters")
    text = stamped_text(chars, own_text, float(page.height), widget_chars(page), options, changed=glyphs_repaired)
    text, char_map_fixed = repair_char_map(text)
    if char_map_fixed:
        notes.append("character map Ƣ/ƣ repaired to Ư/ư")
    text = legacy_converted(text, notes)
    if is_scan and verdict == PageVerdict.text and _split_fragments(text) >= MIN_SPLIT_FRAGMENTS:
        text, joins = rejoin_split_syllables(text)
        notes.append(f"{joins} syllables split by the OCR layer rejoined")
    drawn = verdict == PageVerdict.no_text and len(page.curves) >= DRAWN_TEXT_CURVES
    if drawn:
        notes.append(f"no text layer; {len(page.curves)} curves: text drawn as outlines")
    result = PdfPage(page.page_number, text, verdict, is_scan, bool(page.images) or drawn, notes=notes,
                     glyphs_repaired=glyphs_repaired)
    if with_tables and result.usable:
        result.tables = page_tables(page)
    return result


def stamped_text(chars: list[dict], own_text: str, page_height: float, stamps: list[list[dict]], options: dict,
                 changed: bool = False) -> str:
    """The page's text as a reader sees it: numbers typed late into the letterhead blanks
    and the text signature widgets draw (``stamps``) put back on the line they sit on.
    ``own_text`` is the flow text of ``chars``, returned when nothing moves and the
    characters are not ``changed``."""
    chars, late = _split_late_numbers(chars, page_height) if options["use_text_flow"] else (chars, [])
    stamps = late + stamps
    if not (stamps or changed):
        return own_text
    return normalise_text(flow_text(_merge_stamps(chars, stamps), options), keep_soft_hyphens=True)


def legacy_converted(text: str, notes: list[str]) -> str:
    """A page's text converted from TCVN3/VNI (judged on the page; noted in ``notes``), then
    rid of the soft hyphens kept until now: U+00AD is TCVN3's "ư" ("dưới" came out "dới")."""
    text, encoding = fix_legacy_encoding(text)
    if encoding:
        notes.append(f"legacy {encoding} encoding converted to Unicode")
    return normalise_text(text)


# --------------------------------------------------------------------------- cleaning

# Letters-only tokens separated by one space: candidates for a syllable an OCR
# layer split apart ("V iệ t Nam", "m ột", "lịc h").
_LETTER_RUN = re.compile(r"[^\W\d_]+(?: [^\W\d_]+)*")
# Page gate: this many fragments that cannot be a word on their own.
MIN_SPLIT_FRAGMENTS = 5
# Single letters that are words by themselves ("y tế", "ở", "à").
_ONE_LETTER_WORDS = frozenset("aàáảãạăâeêéèếềểễệoôơờởớợòóỏõọuưừứửữựùúủũụyýỳỷỹỵ")
_VOWEL_LETTERS = frozenset("aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵ")


def _is_word(token: str) -> bool:
    if len(token) == 1:
        return token.lower() in _ONE_LETTER_WORDS
    return is_syllable(token)


def rejoin_split_syllables(text: str) -> tuple[str, int]:
    """Join fragments of a syllable split by spaces ("V iệ t" → "Việt", "sơ m i" →
    "sơ mi") when a piece is not a word alone and the joined form is a well-formed
    syllable. A consonant-only piece before a vowel is an initial and joins forward;
    otherwise a piece joins the syllable before it. Returns the text and the joins made."""
    joins = 0

    def joinable(left: str, right: str) -> bool:
        acronym = left.isupper() and len(left) > 1 and right.islower()
        return not acronym and is_syllable(left + right)

    def fix_run(m: re.Match) -> str:
        nonlocal joins
        tokens = m.group(0).split(" ")
        out: list[str] = []
        i = 0
        while i < len(tokens):
            token = tokens[i]
            following = tokens[i + 1] if i + 1 < len(tokens) else ""
            initial = not any(c in _VOWEL_LETTERS for c in token.lower())
            if not _is_word(token) and initial and following[:1].lower() in _VOWEL_LETTERS and joinable(token, following):
                out.append(token + following)
                joins += 1
                i += 2
                continue
            if out and (not _is_word(token) or not _is_word(out[-1])) and joinable(out[-1], token):
                out[-1] += token
                joins += 1
            else:
                out.append(token)
            i += 1
        return " ".join(out)

    return _LETTER_RUN.sub(fix_run, text), joins


def _split_fragments(text: str) -> int:
    return sum(1 for token in re.findall(r"(?<!\S)[^\W\d_]+(?!\S)", text) if not _is_word(token))


# "3/12" (page of pages) but not a month "02/2017": a page count has at most three digits.
_PAGE_NUMBER_LINE = re.compile(r"^\s*(?:[-–—]\s*)?(?:trang\s+)?\d{1,4}(?:\s*/\s*\d{1,3})?(?:\s*[-–—])?\s*$", re.I)
# Word split at a line end by a hyphen: "QĐ-\nUBND" keeps the hyphen, "inter-\nnational" loses it.
_SPLIT_CODE = re.compile(r"(?<=[A-ZĐ0-9])-\n(?=[A-ZĐ0-9])")
_SPLIT_WORD = re.compile(rf"(?<=[a-z{VIETNAMESE_LETTERS}])-\n(?=[a-z])")
# A gazette's running header carries the page number before or after its text, on facing pages.
_CARRIED_PAGE_NUMBER = re.compile(r"^\d{1,4}\s+(?=\S)|(?<=\S)\s+\d{1,4}$")
EDGE_LINES = 2  # lines at the top and bottom of a page that may be running headers/footers


def clean_pages(texts: list[str]) -> list[str]:
    """Drop page numbers and running headers/footers; rejoin words split at line ends."""
    texts = [_SPLIT_WORD.sub("", _SPLIT_CODE.sub("-", text)) for text in texts]
    repeated = _running_lines(texts)
    cleaned = []
    for text in texts:
        lines = text.split("\n")
        edge = set(range(min(EDGE_LINES, len(lines)))) | set(range(max(0, len(lines) - EDGE_LINES), len(lines)))
        kept = [
            line for i, line in enumerate(lines)
            if not (i in edge and (_PAGE_NUMBER_LINE.match(line) or _running_key(line) in repeated))
        ]
        cleaned.append("\n".join(kept).strip("\n"))
    return cleaned


def _running_key(line: str) -> str:
    """The line without the page number it carries ("CÔNG BÁO/Số 242/Ngày 22-04-2026 93")."""
    return _CARRIED_PAGE_NUMBER.sub("", line.strip())


def _running_lines(texts: list[str]) -> set[str]:
    """Lines that open or close at least three pages and half of them, page numbers aside."""
    if len(texts) < 3:
        return set()
    counts: Counter[str] = Counter()
    for text in texts:
        lines = [line.strip() for line in text.split("\n") if line.strip()]
        counts.update({_running_key(line) for line in lines[:EDGE_LINES] + lines[-EDGE_LINES:]})
    threshold = max(3, len(texts) // 2)
    return {line for line, n in counts.items() if n >= threshold and len(line) > 3}


def inflated_stream_over(page: pdfplumber.page.Page, limit: int) -> Optional[str]:
    """Which Flate stream of the page (contents, form XObjects) would inflate beyond
    ``limit`` bytes, found by a bounded inflate before pdfminer decodes it whole."""
    try:
        attrs = page.page_obj.attrs
        streams = [("content stream", s) for s in _as_list(resolve1(attrs.get("Contents")))]
        xobjects = resolve1((resolve1(attrs.get("Resources")) or {}).get("XObject")) or {}
        streams += [(f"XObject {name}", x) for name, x in xobjects.items()]
    except Exception:
        return None  # unreadable structure is reported by the text extraction itself
    for what, ref in streams:
        stream = resolve1(ref)
        if not isinstance(stream, PDFStream) or stream.rawdata is None:
            continue
        filters = [getattr(f, "name", f) for f in _as_list(resolve1(stream.get("Filter")))]
        if filters[:1] != ["FlateDecode"]:
            continue
        inflater = zlib.decompressobj()
        try:
            inflater.decompress(stream.rawdata, limit + 1)
        except zlib.error:
            continue
        if inflater.unconsumed_tail:
            return f"{what} inflates beyond {limit} bytes"
    return None


def _as_list(value) -> list:
    if value is None:
        return []
    return list(value) if isinstance(value, list) else [value]


def pdf_info_hints(pdf: pdfplumber.PDF) -> dict[str, Optional[str]]:
    """PDF Info dictionary fields worth keeping as metadata hints."""
    hints: dict[str, Optional[str]] = {}
    for key in ("Title", "Author", "Subject", "Creator", "Producer", "CreationDate"):
        value = pdf.metadata.get(key)
        if isinstance(value, bytes):
            value = value.decode("utf-8", "replace")
        if isinstance(value, str) and value.strip():
            hints[f"pdf_{key.lower()}"] = unicodedata.normalize("NFC", value.strip())
    return hints
