"""Small Vietnamese text helpers shared by the parsers: letter statistics, NFC
cleanup, the tone-placement normalisation applied to OCR output and the undoing
of a word segmenter's output."""

from __future__ import annotations

import re
import unicodedata

# Letters that exist in Vietnamese but not in ASCII (lower and upper case).
VIETNAMESE_LETTERS = (
    "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ"
    "ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴĐ"
)
_VIETNAMESE_SET = frozenset(VIETNAMESE_LETTERS)

# Invisible or look-alike characters that only get in the way of matching.
_INVISIBLE = str.maketrans({"\u00ad": None, "\u200b": None, "\u200c": None, "\u200d": None, "\ufeff": None})
_SOFT_HYPHEN_KEPT = {**_INVISIBLE, ord("\u00ad"): "\u00ad"}
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")


def letter_stats(text: str) -> tuple[int, int]:
    """(letters, Vietnamese-only letters) in the text."""
    letters = vietnamese = 0
    for ch in text:
        if ch.isalpha():
            letters += 1
            if ch in _VIETNAMESE_SET:
                vietnamese += 1
    return letters, vietnamese


def normalise_text(text: str, keep_soft_hyphens: bool = False) -> str:
    """NFC, invisible characters dropped, runs of spaces collapsed, line ends unified.
    ``keep_soft_hyphens`` keeps U+00AD for a later legacy-encoding conversion: it is TCVN3's "ư"."""
    text = unicodedata.normalize("NFC", text.translate(_SOFT_HYPHEN_KEPT if keep_soft_hyphens else _INVISIBLE))
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return "\n".join(_SPACES.sub(" ", line).strip() for line in text.split("\n"))


# Tone marks in NFD, and the open syllables "oa", "oe", "uy" whose tone the two
# conventions place differently ("hoà"/"hòa", "thuỷ"/"thủy").
_TONES = "\u0300\u0301\u0309\u0303\u0323"
_OLD_STYLE = re.compile(rf"(?<![qQ])([oO])([aAeE])([{_TONES}])(?![^\W\d_])|(?<![qQ])([uU])([yY])([{_TONES}])(?![^\W\d_])")


def classic_tone_placement(text: str) -> str:
    """Put the tone of a final open "oa/oe/uy" on its first vowel ("hoà" → "hòa",
    "thuỷ" → "thủy"), the placement of the national document templates. Keeps
    string length in NFC, so offsets computed after it stay true."""
    decomposed = unicodedata.normalize("NFD", text)

    def move(m: re.Match) -> str:
        first, second, tone = (m.group(1), m.group(2), m.group(3)) if m.group(1) else (m.group(4), m.group(5), m.group(6))
        return first + tone + second

    return unicodedata.normalize("NFC", _OLD_STYLE.sub(move, decomposed))


# A word segmenter's output (VnCoreNLP, pyvi, underthesea's "text" format), as NLP corpora store documents, joins the
# syllables of a word with underscores and detaches punctuation: "Sở Khoa_học và Công_nghệ chủ_trì , phối_hợp".
_JOINED_SYLLABLES = re.compile(r"(?<=[^\W\d_])_(?=[^\W\d_])")
_DETACHED_PUNCTUATION = re.compile(r"[ \t]+(?=[,;:.!?)%](?:\s|$))|(?<=\()[ \t]+|(?<=\w)[ \t]+/[ \t]+(?=\w)")
_SEGMENTED_SHARE = 0.1  # of the words; a text that merely names files or variables has a handful
_SEGMENTED_MINIMUM = 20


def word_segmented(text: str) -> bool:
    """Whether the text is a word segmenter's output: many of its words join syllables with "_"."""
    words = text.split()
    joined = sum(1 for word in words if _JOINED_SYLLABLES.search(word))
    return joined >= _SEGMENTED_MINIMUM and joined >= _SEGMENTED_SHARE * len(words)


# The tokenizer splits a unit's power off its letters: "6-7 m 2 / người", "1.500 km 2".
_DETACHED_POWER = re.compile(r"(?<=\d )((?:k|c|d|h)?m) ([23])(?= */| *[,.;:)](?!\d)| *$)", re.MULTILINE)


def unsegmented(text: str) -> str:
    """A word segmenter's output as the document wrote it: "Công_nghệ chủ_trì , phối_hợp" → "Công nghệ chủ trì,
    phối hợp", "41 triệu đồng / người / năm" → "41 triệu đồng/người/năm", "6-7 m 2 / người" → "6-7 m2/người"."""
    text = _DETACHED_PUNCTUATION.sub(lambda m: "/" if "/" in m.group() else "", _JOINED_SYLLABLES.sub(" ", text))
    return _DETACHED_POWER.sub(r"\1\2", text)
