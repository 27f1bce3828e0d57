"""A legal portal (vbpl.vn) lays a decree's letterhead out as CSS table cells (the issuer and "Số: …" in one column,
the national motto and "Hà Nội, ngày …" in the other), which trafilatura drops as page furniture: the page's text gets
it back on top, so the number, issuer and date are read (blind batch b35h, NĐ 269/2025/NĐ-CP; NĐ 277/2025/NĐ-CP of b34f
too). A page that lists several documents, each with its own motto, gets none."""

import pytest

from extractors.metadata import extract_metadata
from pipeline.parse.html_page import extract_html
from tests.blind_documents import EXTERNAL_DOCS

CELL = "<div style='display: table-cell; width: 50%;'>{}</div>"
LETTERHEAD = (
    "<div><div style='display: table;'>" + CELL.format("<div>CHÍNH PHỦ</div>")
    + CELL.format("<div>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</div><div>Độc lập – Tự do – Hạnh phúc</div>") + "</div>"
    + "<div style='display: table;'>" + CELL.format("Số: {number}") + CELL.format("Hà Nội, ngày 14 tháng 10 năm 2025")
    + "</div></div>"
)
BODY = "".join(
    f"<p>Điều {n}. Bộ Xây dựng chủ trì, phối hợp với các bộ, ngành hướng dẫn triển khai phát triển đô thị thông minh "
    f"trên phạm vi cả nước theo quy định của Nghị định này.</p>" for n in range(1, 8)
)


def _page(letterheads: str) -> bytes:
    return (
        "<html><body><nav><a href='/'>Trang chủ</a></nav><main>" + letterheads
        + "<p><strong>NGHỊ ĐỊNH</strong><br/><strong>Về phát triển đô thị thông minh</strong></p>" + BODY
        + "</main></body></html>"
    ).encode("utf-8")


def test_a_letterhead_laid_out_as_css_cells_is_read():
    text = "\n".join(extract_html(_page(LETTERHEAD.format(number="269/2025/NĐ-CP"))).blocks)
    assert text.startswith("CHÍNH PHỦ")
    metadata = extract_metadata(text)
    assert (metadata.number, metadata.issuer, str(metadata.issue_date)) == ("269/2025/NĐ-CP", "Chính phủ", "2025-10-14")


def test_a_page_with_several_letterheads_gets_none():
    page = _page(LETTERHEAD.format(number="269/2025/NĐ-CP") + LETTERHEAD.format(number="270/2025/NĐ-CP"))
    assert "Số: 269/2025/NĐ-CP" not in "\n".join(extract_html(page).blocks)


def test_the_portals_decree_has_its_letterhead():
    path = EXTERNAL_DOCS / "cp_nd269_dothithongminh_2025.html"
    if not path.is_file():
        pytest.skip("the b35h pages are not in data/external (scripts/get_external_docs.py corpus/gold-blind/sources-b35h.yaml)")
    metadata = extract_metadata("\n".join(extract_html(path.read_bytes()).blocks))
    assert (metadata.number, metadata.issuer, str(metadata.issue_date)) == ("269/2025/NĐ-CP", "Chính phủ", "2025-10-14")
