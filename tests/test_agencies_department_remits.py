"""A ministry's departments are named by their remit, whose words read like verbs ("Cục Trợ giúp pháp lý", "Vụ Các vấn
đề chung về xây dựng pháp luật") or hold a comma ("Vụ Phổ biến, giáo dục pháp luật"). In a list of bodies (a label's
line, a table's lead or partner cell) each department's name runs to the next body (blind batch b33e, QĐ 173/QĐ-BTP)."""

from extractors.agencies import iter_agencies
from tests.blind_documents import parsed_blind_document
from tests._agencies_support import named_roles as _roles

ITEM = """1. Xây dựng đề án hỗ trợ pháp lý cho đồng bào dân tộc thiểu số.
- Đơn vị chủ trì: Cục Trợ giúp pháp lý.
- Đơn vị phối hợp: Vụ Các vấn đề chung về xây dựng pháp luật, Vụ Phổ biến, giáo dục pháp luật, Vụ Pháp luật hình sự - hành chính và Cục Quản lý xử lý vi phạm hành chính và theo dõi thi hành pháp luật.
- Thời gian thực hiện: năm 2016.
"""

TABLE = """| TT | Nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian |
|---|---|---|---|---|
| 1 | Xây dựng đề án hỗ trợ pháp lý | Cục Trợ giúp pháp lý | Vụ Phổ biến, giáo dục pháp luật; Vụ Các vấn đề chung về xây dựng pháp luật | Năm 2016 |
"""


def test_a_label_line_names_each_department_whole():
    assert _roles(ITEM) == {
        ("Cục Trợ giúp pháp lý", "chủ trì"),
        ("Vụ Các vấn đề chung về xây dựng pháp luật", "phối hợp"),
        ("Vụ Phổ biến, giáo dục pháp luật", "phối hợp"),
        ("Vụ Pháp luật hình sự - hành chính", "phối hợp"),
        ("Cục Quản lý xử lý vi phạm hành chính và theo dõi thi hành pháp luật", "phối hợp"),
    }


def test_a_table_cell_names_each_department_whole():
    assert _roles(TABLE) == {
        ("Cục Trợ giúp pháp lý", "chủ trì"),
        ("Vụ Phổ biến, giáo dục pháp luật", "phối hợp"),
        ("Vụ Các vấn đề chung về xây dựng pháp luật", "phối hợp"),
    }


def test_a_duty_after_the_name_is_no_remit():
    roles = _roles("1. Hướng dẫn kê khai thuế điện tử.\n- Cơ quan thực hiện: Cục Thuế tỉnh hướng dẫn các doanh nghiệp.\n")
    assert {name for name, _ in roles} == {"Cục Thuế tỉnh"}
    roles = _roles("1. Rà soát quy hoạch.\n- Cơ quan thực hiện: Vụ Kế hoạch chủ trì, phối hợp với Vụ Tài chính.\n")
    assert roles == {("Vụ Kế hoạch", "chủ trì"), ("Vụ Tài chính", "phối hợp")}


def test_the_justice_ministrys_plan_names_its_departments_whole():
    parsed = parsed_blind_document("btp_qd173_phoihopubdt_2015.txt")
    roles = {(a.name, a.role) for a in iter_agencies(parsed.text, parsed.tables) if not a.generic}
    assert {
        ("Cục Trợ giúp pháp lý", "chủ trì"),
        ("Vụ Phổ biến, giáo dục pháp luật", "chủ trì"),
        ("Vụ Các vấn đề chung về xây dựng pháp luật", "chủ trì"),
        ("Vụ Pháp luật hình sự - hành chính", "phối hợp"),
    } <= roles
    assert not {("Cục Trợ", "chủ trì"), ("Vụ Phổ biến", "chủ trì")} & roles


def test_a_remit_ends_where_the_lists_next_item_opens():
    roles = _roles(
        "1. Rà soát văn bản.\n- Đơn vị phối hợp: Vụ Pháp luật hình sự - hành chính, Các vấn đề chung về xây dựng pháp"
        " luật, Vụ Phổ biến, giáo dục pháp luật, Cục trợ giúp pháp lý.\n"
    )
    assert {("Vụ Pháp luật hình sự - hành chính", "phối hợp"), ("Vụ Phổ biến, giáo dục pháp luật", "phối hợp")} <= roles
    assert not any("Các vấn đề" in name for name, _ in roles)
    # (The gazetteer knows the department whatever the case it is written in.)
    assert ("Cục trợ giúp pháp lý", "phối hợp") in roles
    assert not any(name == "Cục trợ" for name, _ in roles)
