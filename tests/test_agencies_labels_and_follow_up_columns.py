"""Layouts of provincial plans: a bare "Cơ quan chủ trì" label over bullets that name bodies, a "Trách nhiệm thực
hiện" column, a follow-up column ("Theo dõi, kiểm tra, đôn đốc") whose bodies the plan gives a duty, a head that
directs a force and asks another body before the points' colon, and communes named by number since the 2025
mergers ("UBND Phường 3 Bảo Lộc", "UBND xã Bảo Lâm 1")."""

from extractors.agencies import iter_mentions
from schemas.records import Table
from tests._agencies_support import all_roles as _roles


LABELLED_LISTS = """VII. MỞ RỘNG HỢP TÁC QUỐC TẾ VỀ TÌM KIẾM, QUY TẬP HÀI CỐT LIỆT SĨ

1. Nội dung, biện pháp

a) Trao đổi đoàn, chia sẻ thông tin tìm kiếm, quy tập với các nước có liên quan;

2. Cơ quan chủ trì, phối hợp

a) Cơ quan chủ trì

- Ban Chỉ đạo quốc gia.

- Bộ Ngoại giao.

- Các Quân khu, Ủy ban nhân dân các tỉnh.

b) Cơ quan phối hợp

- Các Bộ, ngành có liên quan.

- Trung ương Hội Cựu chiến binh Việt Nam.

3. Thời gian thực hiện: Từ năm 2013 đến năm 2020 và tiếp theo.
"""


def test_a_bare_label_gives_its_role_to_every_bullet_under_it():
    roles = _roles(LABELLED_LISTS)
    assert {("Bộ Ngoại giao", "chủ trì"), ("Các Quân khu", "chủ trì"), ("Ủy ban nhân dân các tỉnh", "chủ trì")} <= roles
    assert ("Trung ương Hội Cựu chiến binh Việt Nam", "phối hợp") in roles
    assert not any(role == "chủ trì" and name.startswith("Trung ương Hội") for name, role in roles)


def test_a_head_that_directs_a_force_and_asks_a_body_shares_the_points():
    text = (
        "III. NHIỆM VỤ, GIẢI PHÁP\n\n"
        "c) Bộ Chỉ huy quân sự tỉnh chỉ đạo lực lượng Bộ đội Biên phòng và đề nghị Bộ tư lệnh Vùng Cảnh sát biển 3: "
        "Phối hợp với cấp ủy, chính quyền địa phương khu vực biên giới đẩy mạnh các hoạt động tuyên truyền.\n"
    )
    roles = _roles(text)
    assert {("Bộ Chỉ huy quân sự tỉnh", "phối hợp"), ("lực lượng Bộ đội Biên phòng", "phối hợp"),
            ("Bộ tư lệnh Vùng Cảnh sát biển 3", "phối hợp")} <= roles


def test_communes_named_by_number():
    assert [m.name for m in iter_mentions("Lãnh đạo UBND Phường 3 Bảo Lộc trả lời.")] == ["UBND Phường 3 Bảo Lộc"]
    assert [m.name for m in iter_mentions("Lãnh đạo UBND xã Bảo Lâm 1 trả lời.")] == ["UBND xã Bảo Lâm 1"]
    assert [m.name for m in iter_mentions("UBND xã Đức Trọng 2 lần trong năm tổ chức đối thoại.")] == ["UBND xã Đức Trọng"]


def _table(rows):
    return Table(index=0, page=1, rows=rows, char_start=0, char_end=0)


def test_a_responsibility_column_and_a_follow_up_column_name_bodies_with_a_duty():
    text = "IV. TỔ CHỨC THỰC HIỆN\n\nPhụ lục nhiệm vụ kèm theo Kế hoạch.\n"
    schedule = _table([
        ["TT", "Nội dung", "Trách nhiệm thực hiện", "Thời gian (Năm 2026)"],
        ["1", "Giải đáp những vướng mắc về công tác cải cách hành chính của Sở Y tế", "Lãnh đạo Sở Y tế", "Ngày 08 tháng 5"],
    ])
    assert ("Sở Y tế", "thực hiện") in _roles(text, [schedule])
    annex = _table([
        ["STT", "Nhiệm vụ", "Sản phẩm", "Thời gian hoàn thành", "Chủ trì thực hiện", "Phối hợp thực hiện", "Theo dõi, kiểm tra, đôn đốc"],
        ["1", "Rà soát, cắt giảm thủ tục hành chính", "Quyết định công bố", "Tháng 6/2026", "Sở Tư pháp", "Các sở, ban, ngành", "Sở Tài chính"],
    ])
    roles = _roles(text, [annex])
    assert {("Sở Tư pháp", "chủ trì"), ("Sở Tài chính", "thực hiện")} <= roles


NOTICE = """THÔNG BÁO

Kết luận của Phó Chủ tịch UBND tỉnh tại cuộc họp về thu hút đầu tư

2. Đối với tiến độ thu hút các dự án đầu tư ngoài ngân sách

a) Giao Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh

- Chủ trì, phối hợp với Sở Tài chính và các sở, ngành, địa phương liên quan khẩn trương rà soát danh mục dự án thu hút đầu tư ngoài ngân sách.

b) Giao Sở Tài chính

Chủ trì, phối hợp với Sở Xây dựng, Sở Nông nghiệp và Môi trường nghiên cứu, xác định rõ quy trình lựa chọn nhà đầu tư.
"""


def test_a_title_that_hands_a_body_its_points_gives_the_roles_the_points_state():
    roles = _roles(NOTICE)
    assert {("Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh", "chủ trì"), ("Sở Tài chính", "phối hợp"),
            ("Sở Tài chính", "chủ trì"), ("Sở Xây dựng", "phối hợp"), ("Sở Nông nghiệp và Môi trường", "phối hợp")} <= roles
