"""A Party conclusion reported on a news page: the Politburo hands tasks on ("Bộ Chính trị giao …") to Party
committees named by their kind ("các tỉnh uỷ, thành uỷ"), to standing boards of both kinds of provincial
committee, and to the 2025 committee whose official name holds a comma; a leader's direction ("Thủ tướng chỉ
đạo X …") is a request; a step of a procedure opens on its basis and time limit ("Trên cơ sở …, trong 05 ngày
làm việc, Sở X chủ trì …"); a body's term of office is no part of its name."""

from extractors.agencies import iter_mentions
from tests._agencies_support import all_roles as _roles


CONCLUSION_NEWS = """# Kết luận 157-KL/TW của Bộ Chính trị về sắp xếp tổ chức bộ máy

**Bộ Chính trị yêu cầu hoàn tất sắp xếp cấp xã trước 15/7**

Bộ Chính trị yêu cầu các cấp ủy, tổ chức đảng tiếp tục làm tốt công tác tư tưởng.

Bộ Chính trị giao đồng chí được Bộ Chính trị phân công triệu tập chỉ đạo xây dựng văn kiện Đại hội.

Bộ Chính trị giao Ban Thường vụ các tỉnh ủy, thành ủy chủ động công tác chuẩn bị các điều kiện cần thiết.

**Bộ Chính trị giao Đảng ủy Chính phủ lãnh đạo, chỉ đạo: **

Bộ Chính trị giao Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương lãnh đạo, chỉ đạo Đảng ủy Tổng Liên đoàn Lao động Việt Nam nghiên cứu, sớm ban hành văn bản chỉ đạo.

Phối hợp các cơ quan có liên quan, các tỉnh uỷ, thành uỷ thuộc diện hợp nhất, sáp nhập hoàn thiện phương án nhân sự.
"""


def test_the_politburo_that_hands_a_task_on_is_not_given_it():
    roles = _roles(CONCLUSION_NEWS)
    assert ("Bộ Chính trị", "thực hiện") not in roles
    assert ("Đảng ủy Chính phủ", "thực hiện") in roles
    assert ("Ban Thường vụ các tỉnh ủy, thành ủy", "thực hiện") in roles
    assert ("Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương", "thực hiện") in roles


def test_party_committees_of_a_level_are_named_classes():
    # (session 35: the golds name them as classes, 37 of 45 entries; test_agencies_party_bodies_of_a_kind.py)
    mentions = list(iter_mentions("Giao các tỉnh uỷ, thành uỷ, đảng uỷ trực thuộc Trung ương thực hiện."))
    assert [(m.name, m.generic) for m in mentions] == [
        ("các tỉnh uỷ, thành uỷ", False), ("đảng uỷ trực thuộc Trung ương", False)
    ]
    names = [m.name for m in iter_mentions(CONCLUSION_NEWS)]
    assert "các tỉnh uỷ, thành uỷ" in names  # not "… thuộc diện", which says which ones
    assert "Các sở" in [m.name for m in iter_mentions("Các sở ủy quyền cho phòng chuyên môn.")]  # the verb


def test_a_leaders_direction_gives_the_body_its_task():
    assert _roles("Thủ tướng chỉ đạo Ngân hàng Nhà nước Việt Nam đôn đốc thúc đẩy giải ngân.") == {
        ("Ngân hàng Nhà nước Việt Nam", "thực hiện")
    }


def test_a_procedure_step_opens_on_its_basis_and_time_limit():
    step = (
        "- Trên cơ sở Quyết định phê duyệt\ndanh sách hỗ trợ của Ủy ban nhân dân xã/phường, trong 05 ngày làm việc, Sở Khoa\n"
        "học và Công nghệ chủ trì, phối hợp với Sở Tài chính trình Ủy ban nhân dân thành phố phê duyệt;"
    )
    assert {("Sở Khoa học và Công nghệ", "chủ trì"), ("Sở Tài chính", "phối hợp")} <= _roles(step)


def test_a_term_of_office_is_no_part_of_a_name():
    text = "Triển khai Đề án thành viên Hội đồng Nhân quyền Liên hợp quốc nhiệm kỳ 2026-2028."
    assert [m.name for m in iter_mentions(text)] == ["Hội đồng Nhân quyền Liên hợp quốc"]


EXPLAINER = """Nghị quyết 72-NQ/TW: nhiệm vụ, giải pháp

Tổ chức thực hiện Nghị quyết 72-NQ/TW được nêu rõ tại Mục IV Nghị quyết 72-NQ/TW năm 2025, cụ thể:

(1) Đảng ủy Quốc hội lãnh đạo, chỉ đạo sửa đổi, bổ sung, hoàn thiện pháp luật để tạo đột phá cho công tác bảo vệ, chăm sóc và nâng cao sức khỏe Nhân dân.

(2) Đảng ủy Chính phủ lãnh đạo, chỉ đạo xây dựng kế hoạch triển khai thực hiện Nghị quyết.
"""


def test_a_page_quoting_an_implementation_part_opens_it_with_a_paragraph():
    roles = _roles(EXPLAINER)
    assert {("Đảng ủy Quốc hội", "thực hiện"), ("Đảng ủy Chính phủ", "thực hiện")} <= roles
