"""Detect and convert the pre-Unicode Vietnamese encodings TCVN3 (ABC, ".VnTime"
fonts) and VNI (VNI-Windows, "VNI-Times" fonts).

Text in these encodings reaches us as Latin-1 look-alikes: a PDF set in
.VnTime gives "Céng hoµ x· héi chñ nghÜa ViÖt Nam", one set in VNI-Times gives
"Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam". A conversion is kept only when it
turns clearly more words into well-formed Vietnamese syllables than the text
had, so real Unicode text (which has "é", "ó", "à" too) is never touched.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# TCVN 5712:1993 (VN3), byte → letter, read as Windows-1252/Latin-1 characters.
# Per vowel the tones run grave, hook, tilde, acute, dot below. Capital accented
# letters use the same bytes in the ".VnTimeH" fonts, so they come out lower case.
_TCVN3 = {
    "¡": "Ă", "¢": "Â", "£": "Ê", "¤": "Ô", "¥": "Ơ", "¦": "Ư", "§": "Đ",
    "¨": "ă", "©": "â", "ª": "ê", "«": "ô", "¬": "ơ", "\u00ad": "ư", "®": "đ",
    "µ": "à", "¶": "ả", "·": "ã", "¸": "á", "¹": "ạ",
    "»": "ằ", "¼": "ẳ", "½": "ẵ", "¾": "ắ", "Æ": "ặ",
    "Ç": "ầ", "È": "ẩ", "É": "ẫ", "Ê": "ấ", "Ë": "ậ",
    "Ì": "è", "Î": "ẻ", "Ï": "ẽ", "Ð": "é", "Ñ": "ẹ",
    "Ò": "ề", "Ó": "ể", "Ô": "ễ", "Õ": "ế", "Ö": "ệ",
    "×": "ì", "Ø": "ỉ", "Ü": "ĩ", "Ý": "í", "Þ": "ị",
    "ß": "ò", "á": "ỏ", "â": "õ", "ã": "ó", "ä": "ọ",
    "å": "ồ", "æ": "ổ", "ç": "ỗ", "è": "ố", "é": "ộ",
    "ê": "ờ", "ë": "ở", "ì": "ỡ", "í": "ớ", "î": "ợ",
    "ï": "ù", "ñ": "ủ", "ò": "ũ", "ó": "ú", "ô": "ụ",
    "õ": "ừ", "ö": "ử", "÷": "ữ", "ø": "ứ", "ù": "ự",
    "ú": "ỳ", "û": "ỷ", "ü": "ỹ", "ý": "ý", "þ": "ỵ",
    "μ": "à",  # some extractors report byte B5 as the Greek mu
}
_TCVN3_TABLE = str.maketrans(_TCVN3)

# VNI-Windows: a base vowel followed by a mark byte. Marks as Latin-1 characters,
# lower-case form (upper-case forms are the same letters capitalised).
_GRAVE, _ACUTE, _HOOK, _TILDE, _DOT = "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"
_CIRC, _BREVE = "\u0302", "\u0306"
_VNI_MARKS = {
    "ø": _GRAVE, "ù": _ACUTE, "û": _HOOK, "õ": _TILDE, "ï": _DOT,
    "â": _CIRC, "á": _CIRC + _ACUTE, "à": _CIRC + _GRAVE, "å": _CIRC + _HOOK, "ã": _CIRC + _TILDE, "ä": _CIRC + _DOT,
    "ê": _BREVE, "é": _BREVE + _ACUTE, "è": _BREVE + _GRAVE, "ú": _BREVE + _HOOK, "ü": _BREVE + _TILDE, "ë": _BREVE + _DOT,
}
_VNI_LETTERS = {"ô": "ơ", "ö": "ư", "ñ": "đ", "æ": "ỉ", "ó": "ĩ", "ò": "ị"}
_VNI_MARK_CHARS = "".join(_VNI_MARKS) + "".join(m.upper() for m in _VNI_MARKS)
_VNI_LETTER_CHARS = "".join(_VNI_LETTERS) + "".join(k.upper() for k in _VNI_LETTERS)
# One pass, so a composed "ò" is not read again as the VNI byte for "ị".
_VNI_TOKEN = re.compile(f"([aAeEoOuUyYôÔöÖ])([{_VNI_MARK_CHARS}])|([{_VNI_LETTER_CHARS}])")

# Characters that only appear in these encodings' Latin-1 look-alikes (never in
# Vietnamese Unicode); used as a cheap gate before trying a conversion.
_TCVN3_MARKERS = frozenset("¡¢£¤¥¦§¨©ª«¬®µ¶·¸¹»¼½¾ÆÇÈËÌÎÏÐÑÖ×ØÜÞßåæçëîïñöøûüþμ")
_VNI_MARKERS = frozenset("øûïäåëüöñæÑÖÆËÅÄÏÛØ")

# A well-formed Vietnamese syllable: initial consonants, a vowel group carrying at
# most one tone, an allowed final. Used to score candidate conversions.
_INITIAL = "(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?"
_VOWELS = "aăâeêioôơuưy"
_FINAL = "(?:ng|nh|ch|[cmnptiyou])?"
_SYLLABLE = re.compile(rf"^{_INITIAL}[{_VOWELS}]{{1,3}}{_FINAL}$")
_WORD = re.compile(r"[^\s\d.,;:!?()\[\]\"'“”/\\-]+")

MIN_MARKERS = 3  # fewer look-alike characters than this is not a legacy text
MIN_GAIN = 0.15  # share of words that must become well-formed syllables


# TCVN3 font families: ".VnTime", ".VnArial", … ("VNI-Times" is VNI, not TCVN3).
_TCVN3_FONT = re.compile(r"(?:^|\+)\.?Vn[A-Z]")


def tcvn3_font(fontname: str) -> tuple[bool, bool]:
    """(is a TCVN3 font, is its capitals-only "H" variant such as ".VnTimeH")."""
    if not _TCVN3_FONT.search(fontname):
        return False, False
    family = fontname.split("+")[-1].split(",")[0].split("-")[0]
    return True, family.endswith("H")


def tcvn3_char(ch: str, capitals: bool) -> str:
    """One character of a TCVN3 font; the "H" fonts draw every letter as a capital."""
    out = _TCVN3.get(ch, ch)
    return out.upper() if capitals else out


def tcvn3_to_unicode(text: str) -> str:
    return unicodedata.normalize("NFC", text.translate(_TCVN3_TABLE))


def vni_to_unicode(text: str) -> str:
    def convert(m: re.Match) -> str:
        if m.group(3):
            letter = m.group(3)
            out = _VNI_LETTERS[letter.lower()]
            return out.upper() if letter.isupper() else out
        base, mark = m.group(1), m.group(2)
        out = unicodedata.normalize("NFC", _VNI_LETTERS.get(base.lower(), base.lower()) + _VNI_MARKS[mark.lower()])
        return out.upper() if base.isupper() else out

    return unicodedata.normalize("NFC", _VNI_TOKEN.sub(convert, text))


@lru_cache(maxsize=65536)  # the same few thousand words recur on every page
def is_syllable(word: str) -> bool:
    """A well-formed Vietnamese syllable (any case, at most one tone mark)."""
    return bool(_SYLLABLE.match(_strip_tones(word.lower()))) and _tone_count(word) <= 1


def syllable_share(text: str) -> float:
    """Share of alphabetic words that are well-formed Vietnamese syllables."""
    words = [w for w in _WORD.findall(text) if any(c.isalpha() for c in w)]
    if not words:
        return 0.0
    return sum(1 for word in words if is_syllable(word)) / len(words)


def _strip_tones(word: str) -> str:
    """Remove tone marks but keep the letter-forming marks (ă â ê ô ơ ư đ)."""
    decomposed = unicodedata.normalize("NFD", word)
    kept = "".join(c for c in decomposed if c not in (_GRAVE, _ACUTE, _HOOK, _TILDE, _DOT))
    return unicodedata.normalize("NFC", kept)


def _tone_count(word: str) -> int:
    return sum(1 for c in unicodedata.normalize("NFD", word) if c in (_GRAVE, _ACUTE, _HOOK, _TILDE, _DOT))


def detect_legacy_encoding(text: str) -> str | None:
    """"TCVN3", "VNI" or None, judged by how many more words become Vietnamese syllables."""
    tcvn3_markers = sum(1 for c in text if c in _TCVN3_MARKERS)
    vni_markers = sum(1 for c in text if c in _VNI_MARKERS)
    if max(tcvn3_markers, vni_markers) < MIN_MARKERS:
        return None
    baseline = syllable_share(text)
    best, best_share = None, baseline + MIN_GAIN
    for name, convert, markers in (("TCVN3", tcvn3_to_unicode, tcvn3_markers), ("VNI", vni_to_unicode, vni_markers)):
        if markers < MIN_MARKERS:
            continue
        share = syllable_share(convert(text))
        if share > best_share:
            best, best_share = name, share
    return best


def convert_legacy(text: str, encoding: str) -> str:
    """Convert text known to be in ``encoding`` ("TCVN3" or "VNI")."""
    return {"TCVN3": tcvn3_to_unicode, "VNI": vni_to_unicode}[encoding](text)


def fix_legacy_encoding(text: str) -> tuple[str, str | None]:
    """(converted text, encoding name) — or the text unchanged and None."""
    encoding = detect_legacy_encoding(text)
    return (convert_legacy(text, encoding), encoding) if encoding else (text, None)
