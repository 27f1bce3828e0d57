"""A corpus copy of a council's resolution may have lowered the case of its heading ("Hội đồng nhân dân tỉnh lai
châu" ⏎ "Khoá xii, kỳ họp thứ 13"): it is still the council's text, which assigns the people's committee
("Giao cho Uỷ ban nhân dân tỉnh tổ chức triển khai …") (blind gold lch_nq_caosu_2008; session 36)."""

from blind_documents import parsed_blind_document
from extractors.agencies import iter_agencies
from tests._agencies_support import named_roles

ARTICLES = (
    "Điều 2. Giao cho Uỷ ban nhân dân tỉnh tổ chức triển khai thực hiện thắng lợi Nghị quyết này.\n"
    "Điều 3. Giao cho Thường trực Hội đồng nhân dân tỉnh giám sát việc tổ chức triển khai thực hiện Nghị quyết này.\n"
)


def test_the_lowered_heading_is_the_councils():
    text = "Nghị quyết về chương trình phát triển cây cao su\nHội đồng nhân dân tỉnh lai châu\nKhoá xii, kỳ họp thứ 13\n"
    assert ("Uỷ ban nhân dân tỉnh", "thực hiện") in named_roles(text + ARTICLES)


def test_without_the_heading_the_committee_is_the_issuer():
    assert ("Uỷ ban nhân dân tỉnh", "thực hiện") not in named_roles("Nghị quyết về chương trình\n" + ARTICLES)


def test_the_resolution_as_the_corpus_kept_it():
    parsed = parsed_blind_document("lch_nq_caosu_2008.txt")
    assert ("Uỷ ban nhân dân tỉnh", "thực hiện") in {(a.name, a.role) for a in iter_agencies(parsed.text)}
