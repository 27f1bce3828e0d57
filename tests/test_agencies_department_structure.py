"""A decision on a department's functions lists its divisions and units under "Cơ cấu tổ chức": a structure, not
assignments; and a division's name runs on over "xã hội" and "và" + lower case."""

from extractors.agencies import iter_agencies, iter_mentions

DECISION = """Điều 1. Vị trí và chức năng
Sở Y tế là cơ quan chuyên môn thuộc Ủy ban nhân dân Thành phố.
Điều 2. Nhiệm vụ và quyền hạn
1. Trình Ủy ban nhân dân Thành phố dự thảo quyết định.
Điều 3. Cơ cấu tổ chức
1. Các phòng chuyên môn, nghiệp vụ:
a) Văn phòng Sở;
b) Phòng Kế hoạch và phát triển tài nguyên du lịch;
c) Phòng Bảo trợ xã hội.
2. Các đơn vị sự nghiệp công lập:
a) Trung tâm Kiểm nghiệm thuốc, mỹ phẩm, thực phẩm;
b) Trung tâm Công tác xã hội.
Điều 4. Tổ chức thực hiện
Giám đốc Sở Y tế có trách nhiệm phối hợp với Sở Nội vụ trình Ủy ban nhân dân Thành phố phê duyệt.
"""


def test_the_units_a_department_is_made_of_are_no_assignees():
    found = {(a.name, a.role) for a in iter_agencies(DECISION)}
    assert ("Sở Nội vụ", "phối hợp") in found
    assert not any(name.startswith(("Phòng", "Trung tâm", "Văn phòng")) for name, _ in found)


def test_society_is_no_level_in_a_name():
    names = [m.name for m in iter_mentions("c) Phòng Bảo trợ xã hội; d) Trung tâm Công tác xã hội thành phố.")]
    assert names == ["Phòng Bảo trợ xã hội", "Trung tâm Công tác xã hội thành phố"]


def test_a_listed_name_that_runs_on_is_no_duty():
    text = "Giao các đơn vị sau triển khai Kế hoạch:\n- Sở Du lịch chủ trì tổ chức hội nghị;\n- Phòng Kế hoạch và phát triển tài nguyên du lịch;\n"
    assert not any(a.name == "Phòng Kế hoạch" for a in iter_agencies(text))


# As Hà Nội's QĐ 11/2025 lists the divisions of its Department of Education: names that run on over capitals,
# commas and "có" are still units of the structure, not bodies given a duty.
EDUCATION_STRUCTURE = """Điều 3. Cơ cấu tổ chức
1. Các phòng và tương đương thuộc Sở (11 phòng)
a) Văn phòng;
b) Phòng Quản lý thi và Kiểm định chất lượng giáo dục;
c) Phòng Chính trị, tư tưởng và Công tác học sinh, sinh viên;
d) Phòng Giáo dục thường xuyên, Giáo dục nghề nghiệp và Đại học;
đ) Phòng Giáo dục tư thục và có yếu tố nước ngoài.
Điều 4. Điều khoản chuyển tiếp
Sở Giáo dục và Đào tạo có trách nhiệm chủ trì, phối hợp với Sở Nội vụ thực hiện việc sắp xếp.
"""


def test_divisions_listed_under_the_structure_article_are_no_assignees():
    found = {(a.name, a.role) for a in iter_agencies(EDUCATION_STRUCTURE)}
    assert ("Sở Nội vụ", "phối hợp") in found
    assert not any(name.startswith("Phòng") for name, _ in found)
