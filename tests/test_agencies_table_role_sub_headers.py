"""An assignment table's header may name the bodies' column once and the roles in a second row ("Đơn vị thực hiện"
over "Chủ trì | Phối hợp"); a cell's bullets may run into one line ("- Vụ Đất đai - Cục Quy hoạch … - Các đơn vị
khác"); a list of documents to draft names its task column "Tên văn bản" (blind batch b34d, QĐ 59/QĐ-BTNMT's annexes)."""

from extractors.agencies import iter_agencies
from extractors.tasks import iter_tasks
from tests.blind_documents import parsed_blind_document
from tests._agencies_support import all_roles as _roles

SCHEMES = """| STT | Tên đề án | Thời gian trình | Đơn vị thực hiện |  | Ghi chú |
| --- | --- | --- | --- | --- | --- |
|  |  |  | Chủ trì | Phối hợp |  |
| 1 | Đề án kiểm kê đất đai năm 2024 | Tháng 3 | Cục Đăng ký và Dữ liệu thông tin đất đai | - Vụ Đất đai - Cục Quy hoạch và Phát triển tài nguyên đất - Các đơn vị khác có liên quan |  |
"""

DRAFTS = """| STT | Tên văn bản | Đơn vị chủ trì soạn thảo | Thời gian trình |
| --- | --- | --- | --- |
| 1 | Nghị định quy định về giá đất | Cục Quy hoạch và Phát triển tài nguyên đất | Tháng 9/2024 |
"""


def test_a_second_header_row_names_the_lead_and_partner_columns():
    roles = _roles(SCHEMES)
    assert ("Cục Đăng ký và Dữ liệu thông tin đất đai", "chủ trì") in roles
    assert {("Vụ Đất đai", "phối hợp"), ("Cục Quy hoạch và Phát triển tài nguyên đất", "phối hợp")} <= roles


def test_bullets_run_into_one_line_are_bodies_of_their_own():
    text = "1. Kiểm kê đất đai.\n- Đơn vị phối hợp: Vụ Đất đai - Cục Quy hoạch và Phát triển tài nguyên đất - Ban Công tác đặc biệt.\n"
    assert _roles(text) == {
        ("Vụ Đất đai", "phối hợp"), ("Cục Quy hoạch và Phát triển tài nguyên đất", "phối hợp"), ("Ban Công tác đặc biệt", "phối hợp"),
    }


def test_a_unit_named_with_its_ministry_after_a_dash_keeps_it():
    text = "1. Phát triển thương mại điện tử.\n- Đơn vị phối hợp: Cục TMĐT và Công nghệ thông tin - Bộ Công Thương.\n"
    assert _roles(text) == {("Cục TMĐT và Công nghệ thông tin - Bộ Công Thương", "phối hợp")}


def test_a_list_of_documents_to_draft_assigns_and_dates_them():
    assert _roles(DRAFTS) == {("Cục Quy hoạch và Phát triển tài nguyên đất", "chủ trì")}
    assert [t.deadline for t in iter_tasks(DRAFTS)] == ["Tháng 9/2024"]


def test_the_ministrys_annexes_name_their_leads():
    parsed = parsed_blind_document("btnmt_qd59_ctrhanhdong2024_2024.txt")
    roles = {(a.name, a.role) for a in iter_agencies(parsed.text, parsed.tables)}
    assert {("Cục Khoáng sản Việt Nam", "chủ trì"), ("Cục Biển và Hải đảo Việt Nam", "chủ trì"), ("Vụ Đất đai", "phối hợp")} <= roles
