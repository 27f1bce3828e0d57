"""A notice of a leader's conclusions numbers its directions ("2. Bộ trưởng Bộ Giáo dục và Đào tạo chỉ đạo ngành giáo
dục …", "4. Bộ Công Thương bảo đảm …"): a point that opens on a named body, or its head, and a verb gives that body the
task, as a lettered point does elsewhere (blind gold vpcp_tb661, the Prime Minister's conclusions on the 2025 floods;
session 36). Outside such a notice a numbered point of a report that opens so is still no task."""

from blind_documents import parsed_blind_document
from extractors.agencies import iter_agencies
from tests._agencies_support import canonical_roles

POINTS = (
    "1. Các bộ, ngành tập trung khắc phục hậu quả lũ.\n"
    "2. Bộ trưởng Bộ Giáo dục và Đào tạo chỉ đạo ngành giáo dục tập trung dọn dẹp, vệ sinh môi trường.\n"
    "4. Bộ Công Thương bảo đảm cung ứng hàng hóa thiết yếu.\n"
)


def test_the_numbered_points_of_a_conclusion_are_tasks():
    roles = canonical_roles("THÔNG BÁO\nKẾT LUẬN CỦA THỦ TƯỚNG CHÍNH PHỦ\n" + POINTS)
    assert roles == {("Bộ Giáo dục và Đào tạo", "thực hiện"), ("Bộ Công Thương", "thực hiện")}


def test_the_numbered_points_of_a_report_are_not():
    assert canonical_roles("BÁO CÁO\nKết quả công tác năm 2025\n" + POINTS) == set()


def test_the_notice_as_the_government_published_it():
    parsed = parsed_blind_document("vpcp_tb661_khacphuclu_namtrungbo_2025.md")
    roles = {(a.canonical_name, a.role) for a in iter_agencies(parsed.text, parsed.tables)}
    assert {("Bộ Giáo dục và Đào tạo", "thực hiện"), ("Bộ Y tế", "thực hiện")} <= roles
