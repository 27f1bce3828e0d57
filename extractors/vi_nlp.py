"""A spaCy ``Language`` for Vietnamese whose tokens are underthesea's words.

spaCy ships no Vietnamese pipeline and its own Vietnamese tokenizer wants
pyvi; this one segments with ``underthesea.word_tokenize`` ("Sở", "Khoa học",
"và", "Công nghệ") and keeps every token at its exact place in the original
text, so ``doc.text == text`` and ``token.idx`` are the offsets every vnplans
record uses.

underthesea returns strings, not offsets, and it changes them on the way
(NFC, respellings such as "nghành" → "ngành", runs of spaces joined to one), so
each word is found again in the original text syllable by syllable. Where that
fails the text is cut into plain syllables and punctuation instead. A word
that runs across a line break (a hard-wrapped PDF line) is cut at the break."""

from __future__ import annotations

import re
from functools import cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import DummyTokenizer, registry
from spacy.vocab import Vocab
from underthesea import word_tokenize
from underthesea.pipeline.text_normalize import token_normalize
from underthesea.pipeline.text_normalize.character_normalize import normalize_characters_in_text

TOKENIZER_NAME = "vnplans.underthesea_tokenizer.v1"

# The characters str.splitlines() breaks at.
_LINE_BREAK = re.compile(r"[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]")
# Fallback segmentation of text underthesea's words could not be found in.
_SYLLABLE = re.compile(r"\d+(?:[.,]\d+)+|\w+|[^\w\s]")
# How far ahead of the last aligned word to look for the next one after a failure.
_RESYNC_WINDOW = 200

Span = tuple[int, int]


def word_spans(text: str) -> list[Span]:
    """(start, end) of every word of ``text``, in order, covering every
    non-whitespace character exactly once."""
    aligned: list[Span] = []
    position = 0
    lost = False  # the previous word was not found: search ahead instead of matching in place
    for word in word_tokenize(text):
        syllables = _align_word(text, word.split(" "), position, search_first=lost)
        lost = syllables is None
        if syllables is None:
            continue
        aligned.extend(_split_at_line_breaks(text, syllables))
        position = syllables[-1][1]
    return _fill_gaps(text, aligned)


def _align_word(text: str, syllables: list[str], position: int, search_first: bool) -> list[Span] | None:
    spans: list[Span] = []
    for i, syllable in enumerate(syllables):
        if i == 0 and search_first:
            start = text.find(syllable, position, position + _RESYNC_WINDOW)
            span = (start, start + len(syllable)) if start >= 0 else None
        else:
            span = _match(text, syllable, position)
        if span is None:
            return None
        spans.append(span)
        position = span[1]
    return spans


def _match(text: str, syllable: str, position: int) -> Span | None:
    """The syllable as it stands right after ``position`` (past whitespace)."""
    start = position
    while start < len(text) and text[start].isspace():
        start += 1
    if text.startswith(syllable, start):
        return start, start + len(syllable)
    # underthesea compares normalised text: find the original piece it made this syllable from.
    for end in range(start + 1, min(len(text), start + 2 * len(syllable) + 2) + 1):
        if text[end - 1].isspace():
            break
        if token_normalize(normalize_characters_in_text(text[start:end])) == syllable:
            return start, end
    return None


def _split_at_line_breaks(text: str, syllables: list[Span]) -> list[Span]:
    words = [[syllables[0]]]
    for previous, current in zip(syllables, syllables[1:]):
        if _LINE_BREAK.search(text, previous[1], current[0]):
            words.append([current])
        else:
            words[-1].append(current)
    return [(word[0][0], word[-1][1]) for word in words]


def _fill_gaps(text: str, aligned: list[Span]) -> list[Span]:
    spans: list[Span] = []
    position = 0
    for start, end in [*aligned, (len(text), len(text))]:
        spans.extend((position + m.start(), position + m.end()) for m in _SYLLABLE.finditer(text[position:start]))
        if start < end:
            spans.append((start, end))
        position = end
    return spans


class UndertheseaTokenizer(DummyTokenizer):
    """spaCy tokenizer: underthesea words, whitespace kept as ``spaces`` and whitespace tokens."""

    def __init__(self, vocab: Vocab):
        self.vocab = vocab

    def __reduce__(self):
        return UndertheseaTokenizer, (self.vocab,)

    def __call__(self, text: str) -> Doc:
        words: list[str] = []
        spaces: list[bool] = []
        position = 0
        for start, end in [*word_spans(text), (len(text), len(text))]:
            gap = text[position:start]
            if words and gap.startswith(" "):
                spaces[-1] = True
                gap = gap[1:]
            if gap:
                words.append(gap)
                spaces.append(False)
            if start < end:
                words.append(text[start:end])
                spaces.append(False)
            position = end
        return Doc(self.vocab, words=words, spaces=spaces)


@registry.tokenizers(TOKENIZER_NAME)
def create_underthesea_tokenizer():
    def make_tokenizer(nlp: Language) -> UndertheseaTokenizer:
        return UndertheseaTokenizer(nlp.vocab)

    return make_tokenizer


@cache
def vietnamese_nlp() -> Language:
    """Blank Vietnamese pipeline with the underthesea tokenizer (one per process).
    The tokenizer is named in ``nlp.config``, so ``nlp.to_disk`` and ``spacy.load``
    work wherever this module is imported."""
    return spacy.blank("vi", config={"nlp": {"tokenizer": {"@tokenizers": TOKENIZER_NAME}}})


def make_doc(text: str) -> Doc:
    return vietnamese_nlp().make_doc(text)
