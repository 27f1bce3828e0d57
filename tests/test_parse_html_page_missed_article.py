"""A legal portal (vbpl.vn) lays a decree out in nested provision blocks that trafilatura's precise reading drops,
keeping only the breadcrumb: where the plain reading finds several times more, the page's text is the plain reading
(blind batch b34g, QĐ 43/2025/QĐ-TTg as saved from vbpl.vn)."""

import pytest

from pipeline.parse.html_page import extract_html
from tests.blind_documents import EXTERNAL_DOCS

ARTICLE = " ".join(["Bộ Xây dựng chủ trì tổ chức việc kiểm tra, chứng nhận chất lượng an toàn kỹ thuật và bảo vệ môi trường."] * 3)


def test_a_short_article_read_precisely_is_kept():
    page = f"<html><body><nav><a href='/'>Trang chủ</a></nav><article><h1>Tin tức</h1><p>{ARTICLE}</p></article></body></html>"
    blocks = "\n".join(extract_html(page.encode("utf-8")).blocks)
    assert "Bộ Xây dựng chủ trì" in blocks and "Trang chủ" not in blocks


def test_the_portals_decree_is_read_whole():
    path = EXTERNAL_DOCS / "ttg_qd43_khithaioto_2025.html"
    if not path.is_file():
        pytest.skip("the b34g pages are not in data/external (scripts/get_external_docs.py corpus/gold-blind/sources-b34g.yaml)")
    text = "\n".join(extract_html(path.read_bytes()).blocks)
    assert "Bộ Xây dựng chủ trì tổ chức việc kiểm tra" in text
    assert "Ủy ban nhân dân các tỉnh, thành phố có trách nhiệm" in text
