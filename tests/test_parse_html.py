"""HTML news pages and plain text/Markdown: main text, hints, charsets, blocks as spans."""

from __future__ import annotations

import json
import unicodedata

import pytest
from parse_helpers import parse_file, write_and_parse

from pipeline.parse.html_page import decode_bytes

TONES = "\u0300\u0301\u0303\u0309\u0323"


def cp1258(text: str) -> bytes:
    """Windows-1258 bytes: base letters precomposed, tone marks as combining characters."""
    out = b""
    for ch in text:
        try:
            out += ch.encode("cp1258")
        except UnicodeEncodeError:
            marks = unicodedata.normalize("NFD", ch)
            tone = "".join(c for c in marks if c in TONES)
            base = unicodedata.normalize("NFC", "".join(c for c in marks if c not in TONES))
            out += base.encode("cp1258") + tone.encode("cp1258")
    return out


HTML_GOLD = ["dno_dakrlap_hokinhdoanh_news_2019", "dno_krongno_bhxh_tunguyen_news_2019", "dno_dakrlap_chanhday_news_2019"]


def _norm(text: str) -> str:
    return " ".join(text.replace("*", " ").split())


@pytest.mark.parametrize("name", HTML_GOLD)
def test_news_page_keeps_gold_sentences(shared_docs, shared_corpus, name):
    doc = parse_file(shared_docs / f"{name}.html")
    assert doc.status == "ok" and doc.parser == "trafilatura" and doc.media_type == "html"
    gold = json.loads((shared_corpus / "gold" / f"{name}.json").read_text(encoding="utf-8"))
    text = _norm(doc.text)
    for target in gold["targets"]:
        assert _norm(target["sentence"]) in text, target["sentence"]
    assert "SỐ LƯỢT TRUY CẬP" not in doc.text  # side boxes and counters are not main text
    assert doc.page_at(10) is None  # blocks are not pages


def test_news_page_hints(shared_docs):
    doc = parse_file(shared_docs / "dno_dakrlap_tuinilon_news_2019.html")
    assert doc.hints["title"] == "Phấn đấu đến năm 2025, cả nước không sử dụng túi nilon dùng một lần"
    assert doc.hints["site_title"].startswith("Trang thông tin điện tử Huyện Đắk R'Lấp")
    assert doc.hints["date"] == "2019-06-13"  # the byline date, not the page's modification date


def test_a_lead_that_lost_its_first_letter_is_not_joined_to_the_headline(shared_docs):
    doc = parse_file(shared_docs / "dno_dakrlap_hokinhdoanh_news_2019.html")
    headline = doc.hints["title"]
    assert headline.startswith("Tạo động lực, môi trường để hộ kinh doanh")
    assert f"{headline}\n\nhực hiện mục tiêu" in doc.text  # two blocks: the page itself dropped the "T"


def test_blocks_are_spans_into_the_text(shared_docs):
    doc = parse_file(shared_docs / "dno_krongno_bhxh_tunguyen_news_2019.html")
    assert str(doc.status) == "ok" and {str(s.verdict) for s in doc.pages} == {"text"}  # plain values, not enums
    assert [s.page for s in doc.pages] == list(range(1, len(doc.pages) + 1))
    for span in doc.pages:
        block = doc.text[span.char_start:span.char_end]
        assert block and block == block.strip()


def test_windows_1258_page_and_entities(tmp_path):
    body = ("<html><head><meta charset='windows-1258'><title>Cổng thông tin</title></head><body><article>"
            "<h1>Kế hoạch phát triển kinh tế số tỉnh năm 2025</h1>"
            "<p>Phấn đấu đến năm 2025, tỷ lệ hộ gia đình có kết nối internet đạt 90%, "
            "kinh t&ecirc; số chiếm 20% GRDP của tỉnh theo kế hoạch đã được phê duyệt.</p>"
            "<p>Ủy ban nhân dân tỉnh giao Sở Khoa học và Công nghệ chủ trì triển khai thực hiện.</p>"
            "</article></body></html>")
    doc = write_and_parse(tmp_path, "page.html", cp1258(body))
    assert doc.status == "ok" and doc.hints["encoding"] == "cp1258"
    assert "tỷ lệ hộ gia đình có kết nối internet đạt 90%" in doc.text
    assert "kinh tê số" in doc.text  # entity decoded, NFC


def test_decode_bytes_prefers_utf8_and_bom():
    assert decode_bytes("Việt Nam".encode("utf-8")) == ("Việt Nam", "utf-8")
    assert decode_bytes(b"\xef\xbb\xbf" + "Việt".encode("utf-8")) == ("Việt", "utf-8")
    text, encoding = decode_bytes(cp1258("Hà Nội, ngày tháng năm"), declared="windows-1258")
    assert text == "Hà Nội, ngày tháng năm" and encoding == "cp1258"


def test_markdown_blocks_and_nfc(tmp_path, shared_docs):
    doc = parse_file(shared_docs / "hcm_kh188_mamnon_news_2025.md")
    assert doc.status == "ok" and doc.media_type == "text" and doc.parser == "text"
    assert len(doc.pages) > 3 and doc.page_at(0) is None
    decomposed = "Kê\u0301 hoa\u0323ch\n\nMu\u0323c tiêu"
    doc = write_and_parse(tmp_path, "nfd.txt", decomposed.encode("utf-8"))
    assert doc.text == "Kế hoạch\n\nMục tiêu"
    assert [(s.char_start, s.char_end) for s in doc.pages] == [(0, 8), (10, 18)]


def test_vni_text_file_is_converted(tmp_path):
    vni = "Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam\n\nÑoäc laäp - Töï do - Haïnh phuùc"
    doc = write_and_parse(tmp_path, "old.txt", vni.encode("cp1252"))
    assert doc.text == "Cộng hòa xã hội chủ nghĩa Việt Nam\n\nĐộc lập - Tự do - Hạnh phúc"
    assert any("VNI" in w for w in doc.warnings)



def test_paragraphs_of_an_article_laid_out_in_a_table_cell_stay_paragraphs(shared_docs, tmp_path):
    # The district portals put the article in a layout-table cell, which trafilatura reads as one line.
    doc = parse_file(shared_docs / "dno_krongno_bhxh_tunguyen_news_2019.html")
    assert "\n\nVề chất vấn trên, Phó Thủ tướng Vương Đình Huệ trả lời như sau:\n\n" in doc.text
    assert doc.hints["date"] == "2019-07-30" and doc.hints["title"].startswith("Thực hiện đồng bộ các giải pháp")
    # paragraphs outside a table are untouched, and a table of figures is still read
    page = ("<html><body><table><tr><td>Chỉ tiêu</td><td>Năm 2025</td></tr><tr><td>Tỷ lệ hộ nghèo</td><td>2%</td></tr>"
            "</table><p>" + "Bài viết về kế hoạch phát triển kinh tế - xã hội của tỉnh trong năm tới. " * 6 + "</p></body></html>")
    assert "Tỷ lệ hộ nghèo" in write_and_parse(tmp_path, "page.html", page.encode("utf-8")).text
