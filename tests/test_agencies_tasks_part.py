"""The tasks part of a resolution that hands its points to bodies: titles that are only
bodies head the points under them ("a) Ủy ban nhân dân các tỉnh …", "- Bộ Tài chính"
then "+ …"), and a requested body's points hand tasks on ("- Chỉ đạo Hội Nông dân …")."""

from extractors.agencies import iter_agencies
from tests._agencies_support import canonical_roles as _roles

# Nghị quyết 394/NQ-CP 2025 (tnt305/tai_lieu_noi_bo dataset 7cfc6fdf6d7a5f5d.md), part III, shortened.
RESOLUTION = """**III.** **NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU**

Nhằm đạt được mục tiêu
nêu trên, bên cạnh các nhiệm vụ thường xuyên, các bộ, cơ quan trung ương, Ủy
ban nhân dân các tỉnh, thành phố trực thuộc trung ương cần cụ thể hóa và tổ chức
triển khai thực hiện các nhiệm vụ, giải pháp sau đây:

1. Phát
động phong trào toàn dân tham gia bảo vệ môi trường

a) Ủy ban nhân dân các tỉnh,
thành phố trực thuộc trung ương

- Triển khai đồng bộ các
đợt ra quân tổng vệ sinh môi trường tại khu vực công cộng.

b) Bộ Nội vụ rà soát, hoàn thiện Luật Thi đua khen thưởng trong đó có cơ cấu khen thưởng cho công tác
bảo vệ môi trường.

c) Đề nghị Trung ương Mặt trận Tổ quốc Việt Nam

- Chỉ đạo Hội Nông dân Việt Nam đẩy mạnh tuyên truyền, vận động hội viên, nông dân nâng cao nhận
thức, ý thức về bảo vệ môi trường.

- Chỉ đạo Tổng Liên đoàn Lao động Việt Nam phối hợp chặt chẽ với chính quyền địa phương huy động
công nhân, người lao động tham gia phong trào tổng vệ sinh.

2. Tăng
cường hiệu quả công tác quản lý rác thải

- Bộ Tài chính

+ Chủ trì, phối hợp với Bộ Nông nghiệp và Môi trường để kịp thời tháo gỡ các khó khăn, vướng mắc.

+ Rà soát, đề xuất sửa đổi bổ sung chính sách về thuế, phí, đấu thầu.

- Ngân hàng Nhà nước Việt Nam rà soát, tháo gỡ các khó khăn, vướng mắc của nhà đầu tư.
"""


def test_a_tasks_part_that_hands_its_points_to_bodies_assigns_them():
    roles = _roles(RESOLUTION)
    assert ("Ủy ban nhân dân cấp tỉnh", "thực hiện") in roles
    assert ("Bộ Nội vụ", "thực hiện") in roles
    assert ("Ngân hàng Nhà nước Việt Nam", "thực hiện") in roles


def test_plus_bullets_are_the_points_of_the_body_a_dash_bullet_names():
    roles = _roles(RESOLUTION)
    assert {("Bộ Tài chính", "chủ trì"), ("Bộ Tài chính", "thực hiện"), ("Bộ Nông nghiệp và Môi trường", "phối hợp")} <= roles


def test_a_requested_body_hands_its_points_on_to_the_bodies_it_directs():
    roles = _roles(RESOLUTION)
    assert {
        ("Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", "phối hợp"),
        ("Trung ương Hội Nông dân Việt Nam", "phối hợp"),
        ("Tổng Liên đoàn Lao động Việt Nam", "phối hợp"),
    } <= roles


# Kế hoạch 159/KH-UBND 2025 of Cần Thơ (tnt305/tai_lieu_noi_bo dataset d40513a8b25883ec.md), part IV.3.
DIRECTED = """**IV. TỔ CHỨC THỰC HIỆN**
**3. Sở Văn hóa, Thể thao
và Du lịch**
- Định hướng, chỉ đạo Báo và
Phát thanh, Truyền hình Cần Thơ, các cơ quan thông tấn báo chí và hệ thống
thông tin cơ sở đẩy mạnh truyền thông, tuyên truyền về Chương trình bằng nhiều
hình thức, nội dung phong phú, phù hợp.
"""


def test_a_body_the_plan_assigns_keeps_the_task_of_directing_another():
    # The gold of this plan (and of Nghị quyết 175/NQ-CP, "Chỉ đạo Tập đoàn điện lực Việt Nam …") reads the
    # directed bodies as the object of the assignee's direction, not as assignees of the plan.
    roles = {(a.name, a.role) for a in iter_agencies(DIRECTED) if not a.generic}
    assert ("Sở Văn hóa, Thể thao và Du lịch", "thực hiện") in roles
    assert not any(name.startswith("Báo và Phát thanh") for name, _ in roles)
