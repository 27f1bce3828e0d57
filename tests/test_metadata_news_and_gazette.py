"""Metadata of the Official Gazette's copies and of news pages that report a document: the
gazette's running header is not the text's number; a Markdown page's setext underline is not
its title; a page reporting a document is described by that document. The documents live in
data/external (python scripts/get_external_docs.py corpus/gold-blind/sources-*.yaml); the tests
skip where they are absent."""

import pytest

from blind_documents import parsed_blind_document
from extractors.metadata import extract_metadata


def _external(name: str):
    parsed = parsed_blind_document(name)
    return extract_metadata(parsed.text, parsed.hints)


@pytest.mark.parametrize(
    ("name", "number"),
    [
        # "CÔNG BÁO/Số 242/Ngày 22-04-2026" over the letterhead of a PDF page
        ("cp_nq100_phichinhphu_2026.pdf", "100/NQ-CP"),
        # the same header in a text copy, above "THỦ TƯỚNG CHÍNH PHỦ … Số: 892/QĐ-TTg"
        ("cp_qd892_canbodoingoai_2026.txt", "892/QĐ-TTg"),
    ],
)
def test_the_gazettes_running_header_is_not_the_documents_number(name, number):
    assert _external(name).number == number


def test_a_gazette_header_alone_gives_no_number():
    text = "CÔNG BÁO/Số 302/Ngày 02-06-2026\n44\n\nTHỦ TƯỚNG CHÍNH PHỦ\n\nQUYẾT ĐỊNH\nPhê duyệt Đề án bồi dưỡng cán bộ\n"
    assert extract_metadata(text).number is None


@pytest.mark.parametrize(
    ("name", "headline"),
    [
        ("bnnptnt_lamsan_xuatkhau_news_2021.md", "Xuất khẩu gỗ phấn đấu 14 tỷ USD"),
        ("hcm_dulich2021_news_2021.md", "Ngành du lịch TPHCM đặt mục tiêu thu đạt 144 tỷ đồng trong năm 2021"),
    ],
)
def test_a_markdown_pages_setext_underline_is_not_its_headline(name, headline):
    # "Xuất khẩu gỗ phấn đấu 14 tỷ USD" ⏎ "===============================" ⏎ the teaser lead
    assert _external(name).title == headline
