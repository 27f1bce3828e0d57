"""A numbered title made only of bodies, on a line of its own above its text with no blank line
between (a printed Công báo text: "5. Trách nhiệm của Bộ Quốc phòng" ⏎ "Phối hợp với …"), heads that
text; a line that goes on with a name is still part of the title."""

from extractors.agencies import iter_agencies
from tests._agencies_support import named_roles as _roles

# Nghị quyết 175/NQ-CP 2023, Điều 2 (Công báo text), shortened.
RESPONSIBILITIES = """Điều 2. Tổ chức thực hiện
5. Trách nhiệm của Bộ Quốc phòng
Phối hợp với Bộ Công an, các cơ quan, tổ chức bố trí lực lượng, phương tiện
thích hợp để phát hiện, ngăn chặn từ xa mọi hành vi xâm phạm Trung tâm dữ liệu
quốc gia cả về địa lý và trên không gian mạng.
10. Trách nhiệm của Bộ Tư pháp
Chủ trì tổng hợp đưa vào chương trình xây dựng Luật, Pháp lệnh và đôn đốc
thực hiện chương trình xây dựng Luật, Pháp lệnh để bảo đảm hành lang pháp lý
triển khai Đề án.
12. Trách nhiệm của Bộ Công thương
Chỉ đạo Tập đoàn điện lực Việt Nam nghiên cứu bố trí bảo đảm các điều kiện
về nguồn điện cho các Trung tâm dữ liệu (02 lộ điện).
"""

# Quyết định 893/QĐ-TTg and 982/QĐ-TTg 2026, Điều 2 (Công báo texts), shortened.
MINISTRIES = """QUYẾT ĐỊNH:
Điều 2. Tổ chức thực hiện
2. Bộ Giáo dục và Đào tạo
Chỉ đạo các cơ sở đào tạo trọng điểm quy định tại Đề án này, thuộc quyền
quản lý tham gia phối hợp với Bộ Khoa học và Công nghệ và các bộ, ngành,
địa phương liên quan trong việc đào tạo, bồi dưỡng nguồn nhân lực của Đề án.
4. Bộ Ngoại giao
Đồng chủ trì với Bộ Khoa học và Công nghệ, phối hợp với các cơ quan liên
quan đẩy mạnh hoạt động ngoại giao kinh tế phục vụ phát triển khoa học, công
nghệ, đổi mới sáng tạo và chuyển đổi số.
10. Bộ Tài chính
Cân đối nguồn ngân sách nhà nước hằng năm cho lĩnh vực khoa học, công
nghệ, đổi mới sáng tạo và chuyển đổi số theo quy định pháp luật về ngân sách.
"""


def test_a_title_line_of_one_body_heads_the_paragraph_under_it():
    roles = _roles(RESPONSIBILITIES)
    assert ("Bộ Quốc phòng", "phối hợp") in roles
    assert ("Bộ Tư pháp", "chủ trì") in roles
    assert ("Bộ Công thương", "thực hiện") in roles


def test_the_body_a_titled_ministry_directs_is_not_given_its_task():
    assert not any(name.startswith("Tập đoàn") for name, _ in _roles(RESPONSIBILITIES))


def test_a_bare_ministry_title_gives_its_paragraph_to_the_ministry():
    roles = _roles(MINISTRIES)
    assert ("Bộ Giáo dục và Đào tạo", "thực hiện") in roles
    assert ("Bộ Tài chính", "thực hiện") in roles


def test_dong_chu_tri_makes_the_body_a_lead():
    roles = _roles(MINISTRIES)
    assert ("Bộ Ngoại giao", "chủ trì") in roles
    assert ("Bộ Ngoại giao", "thực hiện") not in roles


def test_a_title_that_wraps_on_a_name_stays_one_title():
    text = """Điều 2. Tổ chức thực hiện
3. Bộ Khoa học và
Công nghệ chủ trì, phối hợp với Bộ Tài chính xây dựng cơ chế thử nghiệm.
"""
    roles = _roles(text)
    assert ("Bộ Khoa học và Công nghệ", "chủ trì") in roles
    assert ("Bộ Tài chính", "phối hợp") in roles



def test_provincial_committees_without_cac_are_not_cut_at_the_comma():
    # Quyết định 892/QĐ-TTg 2026, Điều 2.3.
    text = """Điều 2. Tổ chức thực hiện
3. Các bộ, ngành, Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương
tổ chức triển khai Đề án.
"""
    names = {a.name for a in iter_agencies(text)}
    assert "Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương" in names
    assert "Ủy ban nhân dân tỉnh" not in names


def test_a_gazette_page_header_between_items_is_no_task_and_keeps_the_title():
    # Quyết định 893/QĐ-TTg 2026 (Công báo text), Điều 2.3-2.8, shortened.
    text = """Điều 2. Tổ chức thực hiện
3. Bộ Công Thương
Chủ trì, phối hợp với Bộ Khoa học và Công nghệ xây dựng kế hoạch hằng năm đào tạo nhân lực.

CÔNG BÁO/Số 302/Ngày 02-06-2026
65

8. Bộ Ngoại giao
a) Phối hợp, hỗ trợ Bộ Khoa học và Công nghệ trong công tác ngoại giao.

CÔNG BÁO/Số 302/Ngày 02-06-2026
66

c) Hướng dẫn, hỗ trợ công tác đối ngoại, lãnh sự đối với hoạt động cử chuyên gia ra nước ngoài.
"""
    roles = _roles(text)
    assert ("Bộ Công Thương", "thực hiện") not in roles
    assert ("Bộ Ngoại giao", "thực hiện") in roles
