"""A ministry's programme lists the departments a lead works with after their shared head ("Vụ Xuất nhập khẩu chủ trì,
phối hợp với các Vụ: Kế hoạch, Công nghiệp nhẹ, Năng lượng, …, Cục Hoá chất"): each item is a department, its head
written before the colon unless the item names its own, and "và" joins two items unless the words around it are
one field ("Khoa học và Công nghệ") (blind gold bct_ct_xuatkhau_nhapsieu_2010, a word-segmented copy of the
Ministry of Industry and Trade's 2010 export programme; session 36)."""

from blind_documents import parsed_blind_document
from extractors.agencies import iter_agencies
from tests._agencies_support import named_roles


def test_each_listed_department_is_a_partner():
    roles = named_roles(
        "a) Vụ Xuất nhập khẩu chủ trì, phối hợp với các Vụ: Khoa học và Công nghệ, Pháp chế, Kế hoạch, Công nghiệp "
        "nhẹ, Cục Hoá chất, phối hợp với các đơn vị liên quan xây dựng đề án."
    )
    assert roles == {
        ("Vụ Xuất nhập khẩu", "chủ trì"),
        ("Vụ Khoa học và Công nghệ", "phối hợp"),
        ("Vụ Pháp chế", "phối hợp"),
        ("Vụ Kế hoạch", "phối hợp"),
        ("Vụ Công nghiệp nhẹ", "phối hợp"),
        ("Cục Hoá chất", "phối hợp"),
    }


def test_an_item_that_runs_into_the_verb_is_left_out():
    roles = named_roles(
        "b) Vụ Kế hoạch chủ trì, phối hợp với các Vụ: Công nghiệp nặng, Công nghiệp nhẹ, Năng lượng làm việc với "
        "các đơn vị liên quan."
    )
    assert ("Vụ Công nghiệp nhẹ", "phối hợp") in roles
    assert not any(name.startswith("Vụ Năng lượng") for name, _ in roles)


def test_the_programme_as_the_corpus_kept_it():
    parsed = parsed_blind_document("bct_ct_xuatkhau_nhapsieu_2010.txt")
    roles = {(a.name, a.role) for a in iter_agencies(parsed.text, parsed.tables)}
    assert {("Vụ Kế hoạch", "phối hợp"), ("Vụ Năng lượng", "phối hợp"), ("Cục Hoá chất", "phối hợp")} <= roles
