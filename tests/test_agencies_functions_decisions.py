"""A decision that sets out a department's functions writes its duties without a subject, and its transitional
article opens with the department on the line under the article's title: the department leads or partners as the
points say, whoever else the points name. Modelled on Hà Nội's 2025 decisions on its departments (shortened)."""

from extractors.agencies import iter_agencies

DECISION = """QUYẾT ĐỊNH
Về việc quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức
của Sở Y tế thành phố Hà Nội
ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI
Căn cứ Nghị định số 45/2025/NĐ-CP ngày 28 tháng 02 năm 2025 của Chính phủ quy định chức năng, nhiệm vụ, quyền hạn
và cơ cấu tổ chức của Bộ Y tế;
QUYẾT ĐỊNH:
Điều 1. Vị trí và chức năng
Sở Y tế thành phố Hà Nội là cơ quan chuyên môn thuộc Ủy ban nhân dân thành phố Hà Nội.
Điều 2. Nhiệm vụ và quyền hạn
1. Trình Ủy ban nhân dân Thành phố dự thảo quyết định.
2. Về y tế dự phòng:
a) Chủ trì, phối hợp với các sở, ngành có liên quan hướng dẫn công tác phòng, chống dịch bệnh;
b) Phối hợp với Sở Giáo dục và Đào tạo thực hiện công tác y tế trường học.
Điều 6. Điều khoản chuyển tiếp
Sở Y tế thành phố Hà Nội có trách nhiệm chủ trì, phối hợp với Sở Nội vụ và các cơ quan, đơn vị có liên quan
thực hiện:
1. Chuyển đổi cơ quan chủ quản đối với các đơn vị trực thuộc Sở.
2. Phối hợp với các cơ quan, đơn vị có liên quan theo chức năng, nhiệm vụ thực hiện chuyển giao trụ sở.
Điều 7. Điều khoản thi hành
Quyết định này có hiệu lực kể từ ngày ký.
"""


def _roles(text: str) -> dict[str, set[tuple[str, str]]]:
    found: dict[str, set[tuple[str, str]]] = {}
    for agency in iter_agencies(text):
        found.setdefault(agency.role, set()).add((agency.name, agency.section or ""))
    return found


def test_the_department_leads_and_partners_in_the_duties_written_without_it():
    roles = _roles(DECISION)
    assert ("Sở Y tế thành phố Hà Nội", "Điều 2.2.a") in roles["chủ trì"]
    assert ("Sở Y tế thành phố Hà Nội", "Điều 2.2.b") in roles["phối hợp"]
    assert ("Sở Giáo dục và Đào tạo", "Điều 2.2.b") in roles["phối hợp"]


def test_the_paragraph_under_an_article_title_leads_and_hands_the_article_points_on():
    roles = _roles(DECISION)
    assert ("Sở Y tế thành phố Hà Nội", "Điều 6") in roles["chủ trì"]
    assert ("Sở Nội vụ", "Điều 6") in roles["phối hợp"]
    assert ("Sở Y tế thành phố Hà Nội", "Điều 6.2") in roles["phối hợp"]


def test_a_cited_decree_on_a_ministry_s_functions_gives_the_ministry_no_duty():
    cited_only = DECISION.replace("Về việc quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức\ncủa Sở Y tế thành phố Hà Nội\n", "Về việc ban hành Kế hoạch\n")
    assert not any(agency.name == "Bộ Y tế" for agency in iter_agencies(cited_only))
    assert not any(
        agency.section == "Điều 2.2.a" and agency.role == "chủ trì" for agency in iter_agencies(cited_only)
    )


def test_an_official_s_title_wrapped_after_the_article_number_stays_in_its_sentence():
    text = (
        "QUYẾT ĐỊNH:\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\nĐiều 3. **Chánh\nVăn phòng Ủy ban nhân dân "
        "Thành phố, Giám đốc Sở Nông nghiệp và Môi trường chịu trách nhiệm thi hành Quyết định này./.\n"
    )
    clauses = {text[a.clause_start : a.clause_end].split()[0] for a in iter_agencies(text)}
    assert clauses == {"**Chánh"}
