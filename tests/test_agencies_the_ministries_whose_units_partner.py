"""A lead that works with "the units of" bodies names those bodies as its partners ("phối hợp với các đơn vị liên quan
của các Bộ: Tài chính, Xây dựng, …", "… các đơn vị hữu quan của Bộ Tài chính"), and a ministry's departments may be
listed without a colon ("Các Vụ Giáo dục Phổ thông, Giáo dục Thường xuyên, …") or go on after one list with another
("…, các Vụ Thị trường ngoài nước, Cục Hoá chất, Cục Xúc tiến thương mại") (blind golds bct_ct_xuatkhau_nhapsieu_2010,
bgddt_tl_tieuduan3; session 37)."""

from blind_documents import parsed_blind_document
from extractors.agencies import iter_agencies
from tests._agencies_support import named_roles


def test_the_ministries_after_their_units_are_partners():
    roles = named_roles(
        "a) Vụ Xuất nhập khẩu chủ trì, phối hợp với các đơn vị liên quan của các Bộ: Tài chính, Xây dựng, Y tế, "
        "Giao thông vận tải, Kế hoạch và Đầu tư xây dựng đề án."
    )
    assert {("Bộ Tài chính", "phối hợp"), ("Bộ Xây dựng", "phối hợp"), ("Bộ Y tế", "phối hợp"),
            ("Bộ Giao thông vận tải", "phối hợp")} <= roles


def test_a_ministry_named_after_its_units():
    roles = named_roles("b) Vụ Thị trường trong nước chủ trì, phối hợp với các đơn vị hữu quan của Bộ Tài chính rà soát.")
    assert ("Bộ Tài chính", "phối hợp") in roles


def test_departments_listed_without_a_colon():
    roles = named_roles(
        "c) Vụ Học sinh, sinh viên chủ trì, phối hợp với các Vụ Giáo dục Phổ thông, Giáo dục Thường xuyên, Giáo dục "
        "Đại học, Cục Nhà giáo và Cán bộ quản lý giáo dục tổ chức tập huấn."
    )
    assert {("Vụ Giáo dục Phổ thông", "phối hợp"), ("Vụ Giáo dục Thường xuyên", "phối hợp"),
            ("Vụ Giáo dục Đại học", "phối hợp")} <= roles


def test_a_second_list_of_departments_continues_the_partners():
    roles = named_roles(
        "a) Vụ Xuất nhập khẩu chủ trì, phối hợp với các Vụ: Kế hoạch, Năng lượng, Chính sách thương mại đa biên, các "
        "Vụ Thị trường ngoài nước, Cục Hoá chất, Cục Xúc tiến thương mại và các đơn vị liên quan xây dựng đề án."
    )
    assert {("Vụ Thị trường ngoài nước", "phối hợp"), ("Cục Xúc tiến thương mại", "phối hợp")} <= roles


def test_the_programme_as_the_corpus_kept_it():
    parsed = parsed_blind_document("bct_ct_xuatkhau_nhapsieu_2010.txt")
    roles = {(a.name, a.role) for a in iter_agencies(parsed.text, parsed.tables)}
    assert {("Bộ Tài chính", "phối hợp"), ("Bộ Giao thông vận tải", "phối hợp")} <= roles
