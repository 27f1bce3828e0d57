"""A legal portal writes a schedule of bills as an HTML table of items ("| 1. | Luật Hộ tịch (sửa đổi) | Chính phủ |
Ủy ban Pháp luật và Tư pháp của Quốc hội | Hội đồng Dân tộc, … | Tháng 03/2026 |") with no rule under its header: it
stays a table, not cells read as paragraphs, so its lead, partner and time columns are read (blind batch b34g, NQ
105/2025/UBTVQH15 as saved from vbpl.vn)."""

import pytest

from extractors.agencies import iter_agencies
from extractors.tasks import iter_tasks
from pipeline.parse.html_page import extract_html
from tests.blind_documents import EXTERNAL_DOCS

ROWS = "".join(
    f"<tr><td>{n}.</td><td>{bill}</td><td>Chính phủ</td><td>{lead}</td><td>Hội đồng Dân tộc, các Ủy ban khác của Quốc hội</td>"
    f"<td>{when}</td></tr>"
    for n, bill, lead, when in [
        (1, "Luật Hộ tịch (sửa đổi)", "Ủy ban Pháp luật và Tư pháp của Quốc hội", "Tháng 03/2026"),
        (2, "Luật Dầu khí (sửa đổi)", "Ủy ban Kinh tế và Tài chính của Quốc hội", "Tháng 7/2026"),
        (3, "Luật Xuất bản (sửa đổi)", "Ủy ban Văn hóa và Xã hội của Quốc hội", "Tháng 01 - 02/2026"),
    ]
)
PAGE = (
    "<html><body><article><h1>Nghị quyết về Chương trình xây dựng luật, pháp lệnh năm 2026</h1>"
    "<p>Ủy ban Thường vụ Quốc hội quyết nghị điều chỉnh Chương trình xây dựng luật, pháp lệnh năm 2026 như sau.</p>"
    "<table><tr><td>STT</td><td>Tên dự án</td><td>Cơ quan trình</td><td>Cơ quan chủ trì thẩm tra</td>"
    f"<td>Cơ quan tham gia thẩm tra</td><td>Tiến độ trình</td></tr>{ROWS}</table></article></body></html>"
)


def _text(page: bytes) -> str:
    return "\n\n".join(extract_html(page).blocks)


def test_a_table_of_items_stays_a_table():
    text = _text(PAGE.encode("utf-8"))
    assert "| STT | Tên dự án | Cơ quan trình |" in text and "| 1. | Luật Hộ tịch (sửa đổi) | Chính phủ |" in text


def test_its_lead_and_participant_columns_give_roles():
    roles = {(a.name, a.role) for a in iter_agencies(_text(PAGE.encode("utf-8")))}
    assert {("Ủy ban Kinh tế và Tài chính của Quốc hội", "chủ trì"), ("Hội đồng Dân tộc", "phối hợp")} <= roles


def test_its_time_column_dates_each_bill_a_span_of_months_by_its_last():
    deadlines = [t.deadline for t in iter_tasks(_text(PAGE.encode("utf-8")))]
    assert deadlines == ["Tháng 3/2026", "Tháng 7/2026", "Tháng 2/2026"]


def test_the_portals_schedule_is_read():
    path = EXTERNAL_DOCS / "ubtvqh_nq105_chuongtrinhlapphap2026_2025.html"
    if not path.is_file():
        pytest.skip("the b34g pages are not in data/external (scripts/get_external_docs.py corpus/gold-blind/sources-b34g.yaml)")
    tasks = iter_tasks(_text(path.read_bytes()))
    assert sum(1 for t in tasks if t.deadline and t.deadline.endswith("/2026")) >= 30


# trafilatura writes a table whose header cells hold paragraphs ("<th><p><strong>STT</strong></p></th>") with a rule
# under its header: the rule does not make it a layout table (blind batch b37d, NQ 119/2026/UBTVQH15).
RULED_PAGE = PAGE.replace("<table><tr><td>STT</td>", "<table><thead><tr><th><p>STT</p></th>").replace(
    "<td>Tiến độ trình</td></tr>", "<th><p>Tiến độ trình</p></th></tr></thead><tbody>"
).replace("</table>", "</tbody></table>")
for cell in ("Tên dự án", "Cơ quan trình", "Cơ quan chủ trì thẩm tra", "Cơ quan tham gia thẩm tra"):
    RULED_PAGE = RULED_PAGE.replace(f"<td>{cell}</td>", f"<th><p>{cell}</p></th>", 1)


def test_a_table_of_items_with_a_rule_under_its_header_stays_a_table():
    text = _text(RULED_PAGE.encode("utf-8"))
    assert "| 1. | Luật Hộ tịch (sửa đổi) | Chính phủ |" in text
    assert [t.deadline for t in iter_tasks(text)] == ["Tháng 3/2026", "Tháng 7/2026", "Tháng 2/2026"]


def test_the_participants_are_the_assemblys_other_committees_not_the_assembly():
    roles = {(a.name, a.role) for a in iter_agencies(_text(RULED_PAGE.encode("utf-8")))}
    assert ("các Ủy ban khác của Quốc hội", "phối hợp") in roles
    assert not any(name == "Quốc hội" for name, _ in roles)


def test_the_submitting_body_carries_out_each_bill():
    # "Cơ quan trình": the body that drafts and submits the bill (the golds of NQ 105 and NQ 119 read it "thực hiện").
    page = RULED_PAGE.replace("<article>", "<article><p>ỦY BAN THƯỜNG VỤ QUỐC HỘI</p><p>NGHỊ QUYẾT</p>")
    roles = {(a.name, a.role) for a in iter_agencies(_text(page.encode("utf-8")))}
    assert ("Chính phủ", "thực hiện") in roles


def test_a_schedule_of_two_bills_stays_a_table():
    # NQ 96/2025/UBTVQH15 adds two bills: both rows numbered, no rule under the header (blind batch b37f).
    rows = "".join(
        f"<tr><td>{n}</td><td>{bill}</td><td>{by}</td><td>{lead}</td><td>Hội đồng Dân tộc, các Ủy ban khác của Quốc hội</td>"
        f"<td>Phiên họp tháng 9/2025</td></tr>"
        for n, bill, by, lead in [
            (1, "Luật Chuyển đổi số", "Chính phủ", "Ủy ban Khoa học, Công nghệ và Môi trường"),
            (2, "Luật Tòa án chuyên biệt tại Trung tâm tài chính quốc tế", "Tòa án nhân dân tối cao", "Ủy ban Pháp luật và Tư pháp"),
        ]
    )
    page = PAGE.split("<table>")[0] + (
        "<table><tr><td>STT</td><td>Tên dự án</td><td>Cơ quan trình</td><td>Cơ quan chủ trì thẩm tra</td>"
        f"<td>Cơ quan tham gia thẩm tra</td><td>Tiến độ trình UBTVQH</td></tr>{rows}</table></article></body></html>"
    )
    text = _text(page.encode("utf-8"))
    assert "| 2 | Luật Tòa án chuyên biệt tại Trung tâm tài chính quốc tế | Tòa án nhân dân tối cao |" in text
    assert [t.deadline for t in iter_tasks(text)] == ["Tháng 9/2025", "Tháng 9/2025"]
