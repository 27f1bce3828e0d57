"""Roles read from the implementation part of real plans."""

from extractors.agencies import iter_agencies
from tests._agencies_support import all_roles


def _roles(path):
    text = path.read_text(encoding="utf-8")
    return {(a.canonical_name, a.role) for a in iter_agencies(text) if not a.generic}


def test_item_headed_by_an_agency_gives_roles_from_each_bullet(shared_docs):
    roles = _roles(shared_docs / "dt_kh597_cds_giaothong_2025.md")
    # "1. Sở Xây dựng": "- Chủ trì …", "- Tổ chức thực hiện …", "- Phối hợp Sở KH&CN …"
    assert {("Sở Xây dựng", "chủ trì"), ("Sở Xây dựng", "thực hiện"), ("Sở Xây dựng", "phối hợp")} <= roles
    assert ("Sở Tài chính", "thực hiện") in roles
    assert ("Sở Tài chính", "chủ trì") not in roles
    assert ("Công an tỉnh", "chủ trì") in roles
    assert ("Ủy ban nhân dân cấp xã", "thực hiện") in roles


def test_partner_named_inside_another_bodys_lead_task(shared_docs):
    roles = _roles(shared_docs / "ht_kh624_mamnon_2025.md")
    # "4. Sở Tài chính: Chủ trì, phối hợp với Sở Giáo dục và Đào tạo …"
    assert ("Sở Tài chính", "chủ trì") in roles
    assert ("Sở Giáo dục và Đào tạo", "phối hợp") in roles


def test_body_addressed_with_de_nghi_is_a_partner_unless_it_leads(shared_docs):
    roles = _roles(shared_docs / "ht_kh624_mamnon_2025.md")
    front = "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"
    assert (front, "phối hợp") in roles
    assert (front, "chủ trì") in roles  # item e) says "Chủ trì"
    assert (front, "thực hiện") not in roles


def test_co_quan_chu_tri_lines(shared_docs):
    roles = _roles(shared_docs / "lch_kh7360_tieuchuan_2025.md")
    assert ("Sở Khoa học và Công nghệ", "chủ trì") in roles
    assert ("Sở Tư pháp", "thực hiện") in roles
    assert ("Báo và Phát thanh, Truyền hình tỉnh", "thực hiện") in roles  # written without the comma
    assert ("Ủy ban nhân dân cấp xã", "phối hợp") in roles


def test_assignment_outside_the_implementation_part_keeps_its_section(shared_docs):
    text = (shared_docs / "lch_kh7360_tieuchuan_2025.md").read_text(encoding="utf-8")
    finance = [a for a in iter_agencies(text) if a.canonical_name == "Sở Tài chính"]
    assert [(a.role, a.section) for a in finance] == [("chủ trì", "III.3")]


def test_tasks_are_the_phrases_assigned_in_the_clause(shared_docs):
    text = (shared_docs / "dt_kh597_cds_giaothong_2025.md").read_text(encoding="utf-8")
    police = next(a for a in iter_agencies(text) if a.canonical_name == "Công an tỉnh" and a.role == "chủ trì")
    assert police.name == "Công an Tỉnh"
    assert any("xử lý vi phạm trật tự an toàn giao thông" in task for task in police.tasks)
    assert police.section == "V.5"
    assert text[police.start : police.end] == "Công an Tỉnh"


def test_collective_references_are_generic(shared_docs):
    text = (shared_docs / "lch_kh7360_tieuchuan_2025.md").read_text(encoding="utf-8")
    generic = {a.name for a in iter_agencies(text) if a.generic}
    assert any(name.startswith("Các sở, ngành có liên quan") for name in generic)


def test_the_execution_list_of_a_decision(shared_docs):
    text = (shared_docs / "hcm_qd2853_thientai_2025.md").read_text(encoding="utf-8")
    executors = {a.canonical_name for a in iter_agencies(text) if a.role == "thi hành"}
    assert "Sở Nông nghiệp và Môi trường" in executors
    assert "Ủy ban nhân dân cấp xã" in executors


def test_departments_listed_after_cac_so(shared_docs):
    text = (shared_docs / "hue_qd125_dtts_2025.md").read_text(encoding="utf-8")
    executors = {a.canonical_name for a in iter_agencies(text) if a.role == "thi hành"}
    # "Giám đốc các Sở: Nội vụ, Tư pháp, Tài chính; …"
    assert {"Sở Nội vụ", "Sở Tư pháp", "Sở Tài chính"} <= executors


def test_a_body_named_in_anothers_partner_task_is_a_partner_there(shared_docs):
    text = (shared_docs / "th_kh235_quantrac_thuysan_2025.md").read_text(encoding="utf-8")
    # "UBND các xã, phường: Phối hợp với Sở Nông nghiệp và Môi trường, …": both work together, neither is
    # stated to lead (the blind batches' gold reads such clauses so).
    in_commune_item = {(a.canonical_name, a.role) for a in iter_agencies(text) if a.section == "IV.3"}
    assert ("Ủy ban nhân dân cấp xã", "phối hợp") in in_commune_item
    assert ("Sở Nông nghiệp và Môi trường", "phối hợp") in in_commune_item
    assert not any(name == "Sở Nông nghiệp và Môi trường" and role != "phối hợp" for name, role in in_commune_item)


def test_items_under_an_assignment_sentence_inherit_its_subject(shared_docs):
    text = (shared_docs / "hcm_qd2853_thientai_2025.md").read_text(encoding="utf-8")
    # "1. Giao Sở Nông nghiệp và Môi trường là cơ quan đầu mối, chủ trì …" then "- Chủ trì, phối hợp với …"
    lead = next(a for a in iter_agencies(text) if a.section == "V.1" and a.role == "chủ trì")
    assert lead.canonical_name == "Sở Nông nghiệp và Môi trường"
    assert len(lead.tasks) >= 2


def test_unit_label_lines_with_italics(shared_docs):
    text = (shared_docs / "bn_kh141_canbo_2025.md").read_text(encoding="utf-8")
    # "*Đơn vị chủ trì thực hiện: *Các Sở, ngành, đơn vị, UBND cấp xã." / "*Đơn vị phối hợp: *Sở Nội vụ, Sở Tư pháp."
    first_item = {(a.canonical_name, a.role) for a in iter_agencies(text) if a.section == "III.1"}
    assert first_item >= {("Ủy ban nhân dân cấp xã", "chủ trì"), ("Sở Nội vụ", "phối hợp"), ("Sở Tư pháp", "phối hợp")}


def test_the_head_of_a_body_given_duties_stands_for_the_body():
    # "Người đứng đầu …" is the commonest title plans give a duty to, as "Chủ tịch Ủy ban nhân dân …" is.
    text = ("II. NỘI DUNG\n\n2. Tổ chức kê khai tài sản, thu nhập\n\n2.1. Người đứng đầu sở, ban, ngành; Chủ tịch Ủy ban "
            "nhân dân xã, phường có trách nhiệm:\n\n- Xây dựng, ban hành Kế hoạch triển khai công tác kê khai.\n")
    assert all_roles(text) == {
        ("sở, ban, ngành", "thực hiện"), ("Ủy ban nhân dân xã, phường", "thực hiện")}
