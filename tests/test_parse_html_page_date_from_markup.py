"""A news page's date comes from its markup (meta tags, time elements, its URL), not from any date in its text: a
portal's sidebar lists other documents with their dates ("Số: 35/BC-HĐND  Ngày: 18/12/2017"), and the extensive
search of htmldate read that as the page's date (blind batch b34e, three Gia Nghĩa portal pages)."""

from pipeline.parse.html_page import extract_html
from tests.blind_documents import EXTERNAL_DOCS

import pytest

ARTICLE = " ".join(["Tỉnh đẩy mạnh phát triển nguồn nhân lực chất lượng cao phục vụ phát triển kinh tế xã hội."] * 12)
SIDEBAR = "".join(
    f'<li><div class="so">Số: {n}/BC-HĐND</div><div class="ngay">Ngày: <span>18/12/2017</span></div></li>' for n in range(30, 38)
)
PAGE = f"""<html><head><title>Cổng thông tin</title></head><body>
<div class="menu"><ul>{SIDEBAR}</ul></div>
<div class="article"><h1>Xây dựng nguồn nhân lực chất lượng để thúc đẩy phát triển kinh tế</h1><p>{ARTICLE}</p><p>{ARTICLE}</p></div>
</body></html>"""


def test_a_sidebars_dates_are_not_the_pages():
    assert "date" not in extract_html(PAGE.encode("utf-8")).hints


def test_a_pages_meta_date_is_kept():
    dated = PAGE.replace("<head>", '<head><meta property="article:published_time" content="2019-03-05T08:00:00+07:00">')
    assert extract_html(dated.encode("utf-8")).hints.get("date") == "2019-03-05"


def test_the_portal_page_has_no_date_of_its_own():
    path = EXTERNAL_DOCS / "dno_gianghia_nguonnhanluc_news_2019.html"
    if not path.is_file():
        pytest.skip("the b34e pages are not in data/external (scripts/get_external_docs.py corpus/gold-blind/sources-b34e.yaml)")
    assert "date" not in extract_html(path.read_bytes()).hints
