"""A news item exported by a portal's CMS (JSON or YAML front matter, then an HTML
body full of entities), even saved as .txt, is read as HTML: entities decoded, the
declared title and date used, the targets those of the saved page. A Markdown post's declared title names the
article, not the site that published it, and its opening link gives the headline."""

import html
import json
from html.entities import codepoint2name

import pytest
from parse_helpers import parse_file, write_and_parse

from pipeline.extract.stage import extract_document
from pipeline.parse.sniff import sniff_media_type

PAGE = "dno_dakrlap_hokinhdoanh_news_2019.html"
TITLE = "Tạo động lực, môi trường để hộ kinh doanh lớn mạnh, tự nguyện chuyển đổi lên doanh nghiệp"


def _entities(text: str) -> str:
    """As CMS editors store text: named entities where HTML has them ("n&ocirc;ng"), numeric otherwise."""
    return "".join(f"&{codepoint2name[ord(c)]};" if ord(c) in codepoint2name and ord(c) > 127
                   else f"&#{ord(c)};" if ord(c) > 127 else html.escape(c) for c in text)


def _export(page_text: str, header: str) -> bytes:
    """The article body of the saved page (the lines after its headline) as <p> elements."""
    body = [line for line in page_text.split(TITLE, 1)[1].splitlines() if line.strip()]
    return (f"---\n{header}\n---\n" + "\n".join(f"<p>{_entities(b)}</p>" for b in body)).encode("utf-8")


JSON_HEADER = json.dumps({"title": TITLE, "date": "2019-08-08T08:52:00+07:00", "category": "Kinh tế"}, ensure_ascii=False)
YAML_HEADER = f"title: \"{TITLE}\"\ndate: 08/08/2019\nauthor: Báo Đắk Nông"


@pytest.mark.parametrize("header", [JSON_HEADER, YAML_HEADER], ids=["json", "yaml"])
def test_cms_export_gives_the_title_date_province_and_targets_of_the_page(tmp_path, shared_docs, header):
    page = parse_file(shared_docs / PAGE)
    data = _export(page.text, header)
    assert b"n&ocirc;ng" in data or b"&ocirc;" in data
    assert sniff_media_type(data) == "html"
    export = write_and_parse(tmp_path, "tin-tuc.txt", data)
    assert (export.status, export.media_type) == ("ok", "html")
    assert "&ocirc;" not in export.text and "&#" not in export.text
    assert export.text.startswith(TITLE + "\n\n")  # the declared title heads the body
    assert export.hints["date"] == "2019-08-08" and export.hints["title"] == TITLE

    from_page, from_export = extract_document(page), extract_document(export)
    document = from_export.document
    assert (document.title, str(document.issue_date), document.province) == (TITLE, "2019-08-08", "Đắk Nông")
    values = sorted(str(t.value) for t in from_export.targets)
    assert values and values == sorted(str(t.value) for t in from_page.targets)


def test_text_file_holding_html_markup_is_read_as_html(tmp_path):
    fragment = ("<p>Kế hoạch số 110/KH-UBND của <strong>UBND tỉnh Sóc Trăng</strong> về phát triển tài sản trí tuệ.</p>\n"
                "<p>Đến năm 2025, tỉnh có <em>100%</em> cán bộ phụ trách quản lý được đào tạo về sở hữu trí tuệ.</p>\n"
                "<p>Sở Khoa học và Công nghệ chủ trì thực hiện.</p>").encode("utf-8")
    assert sniff_media_type(fragment) == "html"
    assert sniff_media_type(b"Ke hoach 110 <ban du thao> va ghi chu a < b") == "text"
    doc = write_and_parse(tmp_path, "bai-viet.txt", fragment)
    assert (doc.status, doc.media_type) == ("ok", "html")
    assert "<" not in doc.text and "UBND tỉnh Sóc Trăng" in doc.text


def test_markdown_with_front_matter_keeps_it_out_of_the_text(tmp_path, shared_docs):
    plan = (shared_docs / "ht_kh624_mamnon_2025.md").read_text(encoding="utf-8")
    doc = write_and_parse(tmp_path, "kh624.md", ("---\ntitle: Kế hoạch 624\ndate: 2025-11-19\n---\n" + plan).encode())
    assert (doc.media_type, doc.hints["date"]) == ("text", "2025-11-19")
    assert doc.text == parse_file(shared_docs / "ht_kh624_mamnon_2025.md").text


def test_a_posts_declared_title_is_no_publisher_and_its_opening_link_is_the_headline(tmp_path):
    # A news digest's Markdown posts (b25c, b25e, b25g: nguyenvulebinh/trends) declare a tagged title in their
    # front matter and open on the article's link and picture.
    post = ('---\nlayout: post\ntitle: " [Huế] Công bố Năm Du lịch quốc gia và Festival Huế 2025"\n'
            "date: Wed, 01 Jan 2025 17:00:00 +0700\n---\n"
            "[Công bố Năm Du lịch quốc gia và Festival Huế 2025](https://baotainguyenmoitruong.vn/cong-bo-385250.html)\n\n"
            "![Công bố Năm Du lịch quốc gia và Festival Huế 2025](https://btnmt.1cdn.vn/z618.jpg)\n\n"
            "Ngày 1/1, Trung tâm Bảo tồn di tích Cố đô Huế đã tổ chức lễ công bố Năm Du lịch quốc gia và Festival Huế "
            "2025, chuỗi hoạt động kéo dài suốt năm theo định hướng bốn mùa với nhiều sự kiện văn hóa lớn.\n")
    document = extract_document(write_and_parse(tmp_path, "2025-01-01-hue.md", post.encode("utf-8"))).document
    assert document.title == "Công bố Năm Du lịch quốc gia và Festival Huế 2025"
    assert not (document.issuer or "").startswith("[")
