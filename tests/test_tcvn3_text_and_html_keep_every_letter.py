"""A text or HTML file typed in TCVN3 reads as the Unicode it stands for: the byte
TCVN3 uses for "ư" is U+00AD (the soft hyphen), so it must be converted before the
cleaning step drops soft hyphens ("dưới" once came out as "dới")."""

from __future__ import annotations

import pytest
from parse_helpers import as_tcvn3_reads, tcvn3_paragraphs, tcvn3_typed, write_and_parse


def test_tcvn3_text_file_keeps_u_horn(tmp_path, shared_docs):
    paragraphs = tcvn3_paragraphs(shared_docs)
    data = "\n\n".join(tcvn3_typed(p) for p in paragraphs).encode("cp1252")
    assert b"\xad" in data

    parsed = write_and_parse(tmp_path, "tcvn3.txt", data)

    assert parsed.text.split("\n\n") == [as_tcvn3_reads(p) for p in paragraphs]
    assert "legacy TCVN3 encoding converted to Unicode" in parsed.warnings


@pytest.mark.parametrize("charset", [
    "windows-1252",  # the font's bytes
    "utf-8",  # the look-alike characters in UTF-8
    "us-ascii",  # every byte above 127 as an entity ("n&#173;&#237;c")
])
def test_tcvn3_html_page_keeps_u_horn(tmp_path, shared_docs, charset):
    paragraphs = tcvn3_paragraphs(shared_docs)
    body = "".join(f"<p>{tcvn3_typed(p)}</p>\n" for p in paragraphs)
    page = (f'<html><head><meta charset="{charset}"><title>{tcvn3_typed("Tin tức")}</title></head>'
            f"<body><article>{body}</article></body></html>").encode(charset, "xmlcharrefreplace")

    parsed = write_and_parse(tmp_path, "tcvn3.html", page)

    assert parsed.text.split("\n\n") == [as_tcvn3_reads(p) for p in paragraphs]
    assert "legacy TCVN3 encoding converted to Unicode" in parsed.warnings
