"""pdfplumber's text layout of a list of characters (``chars_to_textmap`` with text flow,
``utils.extract_text``), the same strings for less CPU: pdfplumber builds a dictionary per
word and a (letter, character) pair per letter on the way, a third of the CPU of a page
PDFium reads. Only upright text with the parser's options takes the short way; anything
else goes to pdfplumber itself."""

from __future__ import annotations

from itertools import groupby
from operator import itemgetter

import pdfplumber
from pdfplumber.utils.clustering import make_cluster_dict
from pdfplumber.utils.text import DEFAULT_X_TOLERANCE, DEFAULT_Y_TOLERANCE, LIGATURES

_FLOW_OPTIONS = {"use_text_flow", "x_tolerance", "y_tolerance"}  # the parser's own (plumber.TEXT_OPTIONS)
_UPRIGHT = itemgetter("upright")


def flow_text(chars: list[dict], options: dict) -> str:
    """Text in content-stream line order (what ``Page.extract_text`` does), from a char list."""
    if not chars:
        return ""
    if options.keys() == _FLOW_OPTIONS and options["use_text_flow"] and all(map(_UPRIGHT, chars)):
        return _upright_flow_text(chars, options["x_tolerance"], options["y_tolerance"])
    return pdfplumber.utils.chars_to_textmap(chars, **options).as_string


def _upright_flow_text(chars: list[dict], x_tolerance: float, y_tolerance: float) -> str:
    """``chars_to_textmap(chars, use_text_flow=True, …).as_string`` for upright text, without
    the word dictionaries and the character map pdfplumber builds on the way (a third of
    the CPU of a page PDFium reads): words in stream order, lines of consecutive words whose
    tops fall in one cluster, a space between the words of a line once it holds a letter."""
    words = _words(chars, x_tolerance, y_tolerance)
    tops = [min([c["top"] for c in word]) for word in words]
    line_of = make_cluster_dict(tops, y_tolerance)
    ligature = LIGATURES.get
    out: list[str] = []
    line, line_length = None, 0
    for top, word in zip(tops, words):
        if line_of[top] != line:
            if line is not None:
                out.append("\n")
            line, line_length = line_of[top], 0
        if line_length:
            out.append(" ")
            line_length += 1
        letters = "".join([ligature(text, text) for text in [c["text"] for c in word]])
        out.append(letters)
        line_length += len(letters)
    return "".join(out)


def plain_text(chars: list[dict]) -> str:
    """``pdfplumber.utils.extract_text(chars)`` (the default options: lines by position, not
    stream order), the way ``flow_text`` does it for upright text."""
    if not chars or not all(map(_UPRIGHT, chars)):
        return pdfplumber.utils.extract_text(chars)
    tops = [c["top"] for c in chars]
    if max(tops) - min(tops) <= DEFAULT_Y_TOLERANCE:
        # One line (most table cells): the clusterings below would find a single line of words.
        words = _words(sorted(chars, key=itemgetter("x0")), DEFAULT_X_TOLERANCE, DEFAULT_Y_TOLERANCE)
        return " ".join("".join(LIGATURES.get(c["text"], c["text"] or "") for c in word) for word in words)
    line_of = make_cluster_dict(tops, DEFAULT_Y_TOLERANCE)
    words: list[list[dict]] = []
    for _, line in groupby(sorted(chars, key=lambda c: line_of[c["top"]]), key=lambda c: line_of[c["top"]]):
        words.extend(_words(sorted(line, key=itemgetter("x0")), DEFAULT_X_TOLERANCE, DEFAULT_Y_TOLERANCE))
    tops = [min(c["top"] for c in word) for word in words]
    word_line = make_cluster_dict(tops, DEFAULT_Y_TOLERANCE)
    in_lines = sorted(range(len(words)), key=lambda i: word_line[tops[i]])
    return "\n".join(
        " ".join("".join(LIGATURES.get(c["text"], c["text"] or "") for c in words[i]) for i in line)
        for _, line in groupby(in_lines, key=lambda i: word_line[tops[i]])
    )


def _words(chars: list[dict], x_tolerance: float, y_tolerance: float) -> list[list[dict]]:
    """pdfplumber's words of upright characters taken in the given order: broken at blanks,
    at a step back or a gap wider than ``x_tolerance``, or a change of line beyond
    ``y_tolerance``; an empty character is a word of its own."""
    words: list[list[dict]] = []
    word: list[dict] = []
    last_x0 = last_x1 = last_top = 0.0  # of the word's last character
    for char in chars:
        text = char["text"]
        if text.isspace():
            if word:
                words.append(word)
            word = []
            continue
        if not text:
            if word:
                words.append(word)
            words.append([char])
            word = []
            continue
        x0, top = char["x0"], char["top"]
        if word and (x0 < last_x0 or x0 > last_x1 + x_tolerance or abs(top - last_top) > y_tolerance):
            words.append(word)
            word = [char]
        else:
            word.append(char)
        last_x0, last_x1, last_top = x0, char["x1"], top
    if word:
        words.append(word)
    return words
