"""A minister's letter hands its points out with "Bộ trưởng giao:" and a numbered point per body, the body's name
its heading ("2. Vụ Tổ chức cán bộ: Tham mưu Lãnh đạo Bộ: …", "3. Vụ Kế hoạch, Tài chính" over "- Chủ trì, phối hợp
…"): each point is that body's task, and a department's name keeps its inner comma (blind batch b38b, CV
6316/BVHTTDL-VP of the Ministry of Culture, Sports and Tourism, a legal-portal text)."""

from blind_documents import parsed_blind_document
from extractors.agencies import iter_agencies
from tests._agencies_support import named_roles

LETTER = (
    "Thực hiện ý kiến chỉ đạo của Thủ tướng Chính phủ về việc triển khai kết luận Hội nghị Trung ương lần thứ 13, "
    "Bộ trưởng giao:\n"
    "**1. Thủ trưởng các cơ quan tham mưu, quản lý nhà nước thuộc Bộ**\n"
    "- Nghiên cứu, tham mưu Lãnh đạo Bộ các chính sách nhằm thể chế hóa đường lối của Đảng.\n"
    "**2. Vụ Tổ chức cán bộ:**** **Tham mưu Lãnh đạo Bộ:\n"
    "- Đề xuất cấp có thẩm quyền hoàn thiện quy định về tổ chức bộ máy hành chính nhà nước.\n"
    "**3. Vụ Kế hoạch, Tài chính**\n"
    "- Chủ trì, phối hợp với các cơ quan, đơn vị liên quan tổ chức thực hiện hiệu quả chương trình mục tiêu quốc gia.\n"
    "- Tham mưu Lãnh đạo Bộ tháo gỡ kịp thời khó khăn, vướng mắc về nguồn lực.\n"
    "**4. Văn phòng Bộ:**** **Thực hiện tốt công tác tiếp công dân.\n"
    "**8. Cục Báo chí, Cục Phát thanh Truyền hình và Thông tin điện tử, Cục Thông tin cơ sở và Thông tin đối ngoại:**"
    "** **Tham mưu Lãnh đạo Bộ chỉ đạo các cơ quan báo chí.\n"
)


def test_each_point_is_the_task_of_the_body_that_heads_it():
    roles = named_roles(LETTER)
    assert {
        ("Vụ Tổ chức cán bộ", "thực hiện"),
        ("Văn phòng Bộ", "thực hiện"),
        ("Cục Báo chí", "thực hiện"),
        ("Cục Phát thanh Truyền hình và Thông tin điện tử", "thực hiện"),
        ("Cục Thông tin cơ sở và Thông tin đối ngoại", "thực hiện"),
    } <= roles


def test_a_department_keeps_the_comma_of_its_name_and_both_its_roles():
    roles = named_roles(LETTER)
    assert {("Vụ Kế hoạch, Tài chính", "chủ trì"), ("Vụ Kế hoạch, Tài chính", "thực hiện")} <= roles
    assert not any(name == "Vụ Kế hoạch" for name, _ in roles)


def test_without_the_hand_out_the_headings_give_no_task():
    roles = named_roles(LETTER.replace("Bộ trưởng giao:", "Bộ trưởng đã chủ trì cuộc họp."))
    assert ("Vụ Tổ chức cán bộ", "thực hiện") not in roles


def test_the_letter_as_the_portal_saved_it():
    parsed = parsed_blind_document("bvhttdl_cv6316_giaonhiemvukl13_2025.md")
    names = {(a.name, a.role) for a in iter_agencies(parsed.text)}
    assert ("Vụ Tổ chức cán bộ", "thực hiện") in names and ("Vụ Kế hoạch, Tài chính", "chủ trì") in names


def test_a_congress_sub_committee_is_a_body():
    # (blind batch b39c, Kết luận 126-KL/TW as a news site printed it)
    roles = named_roles(
        "Giao Tiểu ban Văn kiện và các tiểu ban Đại hội XIV của Đảng tiếp thu các ý kiến, hoàn thiện dự thảo văn kiện."
    )
    assert ("Tiểu ban Văn kiện", "thực hiện") in roles
