"""A task point that opens on "Phối hợp với …" names partners of the plan's tasks, in its tasks sections
too; in a department's own letter ("UBND TỈNH LÀO CAI" ⏎ "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG" above the national
motto) the department it is from is not its own partner."""

from tests._agencies_support import named_roles as _roles

# Kế hoạch of Sở Công Thương Lào Cai 2026 (Đề án 08), III.5, shortened.
PLAN = """III. NHIỆM VỤ TRỌNG TÂM
5. Phát triển nguồn nhân lực đáp ứng yêu cầu công nghiệp hiện đại

- Phối hợp với Sở Nội vụ và các cơ sở đào tạo trên địa bàn trong đào tạo nguồn nhân lực phục vụ phát triển công nghiệp xanh.
"""

# Công văn 6791/SNNMT-KHTC 2026 of Sở Nông nghiệp và Môi trường Lào Cai, shortened.
LETTER = """UBND TỈNH LÀO CAI
SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG
––––––––––––––
CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 6791 /SNNMT-KHTC Lào Cai, ngày 17 tháng 7 năm 2026
2.5. Lĩnh vực thủy lợi
Trong quá trình triển khai dự án, đề nghị Chủ đầu tư:
- Phối hợp với Sở Nông nghiệp và Môi trường, Công ty TNHH Tân Phú
(đơn vị khai thác và bảo vệ công trình thủy lợi), chính quyền địa phương kiểm tra
xác minh cụ thể ảnh hưởng của dự án đến các hạng mục của công trình thủy lợi.
"""


def test_a_point_that_opens_on_phoi_hop_voi_names_a_partner():
    assert ("Sở Nội vụ", "phối hợp") in _roles(PLAN)


def test_a_department_is_not_the_partner_of_its_own_letter():
    roles = _roles(LETTER)
    assert ("Công ty TNHH Tân Phú", "phối hợp") in roles
    assert not any(name.startswith("Sở Nông nghiệp") for name, _ in roles)


def test_a_lettered_point_that_opens_on_a_body_and_its_verb_assigns_it():
    # Nghị quyết 57/2025 of the Hà Nội People's Council, Điều 6.3 (an article, not a tasks part).
    text = """**Điều 6. Đề án vùng phát thải thấp**

3. Cơ quan lập đề án vùng phát thải thấp, bao gồm:

b) Ủy ban nhân dân cấp xã tổ chức lập đề án vùng
phát thải thấp đối với khu vực thuộc địa bàn cấp xã quản lý.
"""
    assert ("Ủy ban nhân dân cấp xã", "thực hiện") in _roles(text)
