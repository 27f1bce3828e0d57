"""A text or HTML file typed in TCVN3 reads as the Unicode it stands for: the byte
TCVN3 uses for "ư" is U+00AD (the soft hyphen), so it must be converted before the
cleaning step drops soft hyphens ("dưới" once came out as "dới")."""

from __future__ import annotations

import pytest
from parse_helpers import write_and_parse

from pipeline.parse.legacy_encodings import _TCVN3

# Unicode letter → its TCVN3 character (as read through Windows-1252), from the parser's own table.
_TO_TCVN3 = {letter: byte for byte, letter in _TCVN3.items() if byte != "μ"}


def _plan_paragraphs(shared_docs) -> list[str]:
    """Two one-line paragraphs of a real plan from the corpus, with many "ư"."""
    paragraphs = (shared_docs / "seed_000.txt").read_text(encoding="utf-8").strip().split("\n\n")
    chosen = [" ".join(p.split()) for p in paragraphs if p.count("ư") >= 3 and "\n" not in p.strip()][:2]
    assert len(chosen) == 2
    return chosen


def _tcvn3(text: str) -> str:
    # Accented capitals have no TCVN3 character of their own: the ".VnTimeH" fonts draw the lower-case ones.
    return "".join(_TO_TCVN3.get(ch, _TO_TCVN3.get(ch.lower(), ch)) for ch in text)


def _as_read(text: str) -> str:
    """What a TCVN3 copy of ``text`` stands for: the accented capitals come back in lower case."""
    return "".join(ch if ch in _TO_TCVN3 or ch.isascii() or ch.lower() not in _TO_TCVN3 else ch.lower() for ch in text)


def test_tcvn3_text_file_keeps_u_horn(tmp_path, shared_docs):
    paragraphs = _plan_paragraphs(shared_docs)
    data = "\n\n".join(_tcvn3(p) for p in paragraphs).encode("cp1252")
    assert b"\xad" in data

    parsed = write_and_parse(tmp_path, "tcvn3.txt", data)

    assert parsed.text.split("\n\n") == [_as_read(p) for p in paragraphs]
    assert "legacy TCVN3 encoding converted to Unicode" in parsed.warnings


@pytest.mark.parametrize("charset", [
    "windows-1252",  # the font's bytes
    "utf-8",  # the look-alike characters in UTF-8
    "us-ascii",  # every byte above 127 as an entity ("n&#173;&#237;c")
])
def test_tcvn3_html_page_keeps_u_horn(tmp_path, shared_docs, charset):
    paragraphs = _plan_paragraphs(shared_docs)
    body = "".join(f"<p>{_tcvn3(p)}</p>\n" for p in paragraphs)
    page = (f'<html><head><meta charset="{charset}"><title>{_tcvn3("Tin tức")}</title></head>'
            f"<body><article>{body}</article></body></html>").encode(charset, "xmlcharrefreplace")

    parsed = write_and_parse(tmp_path, "tcvn3.html", page)

    assert parsed.text.split("\n\n") == [_as_read(p) for p in paragraphs]
    assert "legacy TCVN3 encoding converted to Unicode" in parsed.warnings
