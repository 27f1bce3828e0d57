"""A numbered item or a bullet that opens on "Chỉ đạo" asks the document's reader to direct the body it names: that body carries
out the duty. Not a "Chỉ đạo" sentence inside a body's own item (its subordinates), nor a collective "các cơ quan"
(modelled on a provincial office's report proposing measures for industrial clusters, shortened)."""

from tests._agencies_support import all_roles as _roles

PROPOSALS = """III. ĐỀ XUẤT, KIẾN NGHỊ

1. Giao Sở Công Thương chủ trì, phối hợp với Sở Tài chính rà soát quy hoạch cụm công nghiệp.

2. Chỉ đạo Ban Quản lý dự án đầu tư xây dựng số 1 đẩy nhanh tiến độ Dự án đường nối cụm công nghiệp.

3. Sở Tài chính bố trí vốn cho các dự án hạ tầng. Chỉ đạo Tổng công ty Đường sắt Việt Nam hỗ trợ vận chuyển.

4. Chỉ đạo các cơ quan thực hiện nghiêm túc Kế hoạch ứng dụng công nghệ thông tin năm 2017 (hoàn thành trong Quý I/2017).

5. Về công tác văn hóa:
- Chỉ đạo Sở Văn hóa, Thể thao và Du lịch chủ động tham mưu cho UBND tỉnh tổ chức lễ hội.
"""


def test_the_body_an_item_directs_carries_out_its_duty():
    assert ("Ban Quản lý dự án đầu tư xây dựng số 1", "thực hiện") in _roles(PROPOSALS)


def test_a_bullet_that_opens_on_chi_dao_directs_the_body_too():
    assert ("Sở Văn hóa, Thể thao và Du lịch", "thực hiện") in _roles(PROPOSALS)


def test_a_direction_inside_a_bodys_item_names_no_one():
    assert not any(name == "Tổng công ty Đường sắt Việt Nam" for name, _ in _roles(PROPOSALS))


def test_a_collective_directed_is_not_given_the_duty():
    assert not any(name.lower() == "các cơ quan" for name, _ in _roles(PROPOSALS))
