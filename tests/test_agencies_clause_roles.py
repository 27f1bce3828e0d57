"""A role belongs to its clause: each clause of an item states its own role for the
bodies the item names, and an item title that introduces its points gives them its role."""

from extractors.agencies import iter_agencies
from tests._agencies_support import all_roles, canonical_roles as _roles


def _roles_in(path, section):
    text = path.read_text(encoding="utf-8")
    return {(a.canonical_name, a.role) for a in iter_agencies(text) if a.section == section and not a.generic}


def test_a_later_clause_that_says_phoi_hop_makes_the_body_a_partner(shared_docs):
    # "4. Sở Khoa học và Công nghệ" / "- Nâng cao chất lượng công tác truyền thông …; phối hợp,
    # thực hiện các chương trình truyền thông về giảm nhẹ rủi ro thiên tai từ cộng đồng;"
    roles = _roles_in(shared_docs / "hcm_qd2853_thientai_2025.md", "V.4")
    assert {("Sở Khoa học và Công nghệ", "thực hiện"), ("Sở Khoa học và Công nghệ", "phối hợp")} <= roles


def test_a_later_sentence_that_says_phoi_hop_makes_the_body_a_partner(shared_docs):
    # "8. Sở Công Thương" / "a) Triển khai các hoạt động phòng, chống ma túy trong cơ quan, đơn vị.
    # Phối hợp với các đơn vị liên quan tăng cường kiểm tra, kiểm soát …"
    roles = _roles_in(shared_docs / "ct_kh153_matuy_2025.md", "IV.8.a")
    assert {("Sở Công Thương", "thực hiện"), ("Sở Công Thương", "phối hợp")} <= roles


def test_a_body_named_in_the_items_own_partner_clause_is_a_partner_too(shared_docs):
    # "a) Chỉ đạo, đôn đốc, hướng dẫn các cơ sở giáo dục …; phối hợp với Ban Đại diện cha mẹ học
    # sinh thường xuyên nhắc nhở …": the Sở and the parents' board both work together there.
    roles = _roles_in(shared_docs / "ct_kh153_matuy_2025.md", "IV.6.a")
    assert ("Sở Giáo dục và Đào tạo", "phối hợp") in roles
    assert any(name.startswith("Ban Đại diện") and role == "phối hợp" for name, role in roles)
    assert not any(name.startswith("Ban Đại diện") and role != "phối hợp" for name, role in roles)


def test_the_clauses_after_a_partners_clause_are_its_own_duties(shared_docs):
    # "3. UBND các xã, phường: Phối hợp với Sở Nông nghiệp và Môi trường, … triển khai Kế hoạch …;
    # theo dõi, thông báo kết quả quan trắc, cảnh báo kịp thời …"
    roles = _roles_in(shared_docs / "th_kh235_quantrac_thuysan_2025.md", "IV.3")
    assert {("Ủy ban nhân dân cấp xã", "phối hợp"), ("Ủy ban nhân dân cấp xã", "thực hiện")} <= roles


def test_points_under_a_title_that_states_chu_tri_are_the_leads_tasks(shared_docs):
    # "2. Sở Giáo dục và Đào tạo chủ trì, phối hợp với Sở Nông nghiệp và Môi trường, Ủy ban nhân
    # dân các phường, xã, đặc khu:" then "- Xây dựng chương trình đào tạo …"
    roles = _roles_in(shared_docs / "hcm_qd2853_thientai_2025.md", "V.2")
    assert ("Sở Giáo dục và Đào tạo", "chủ trì") in roles
    assert ("Sở Giáo dục và Đào tạo", "thực hiện") not in roles


def test_points_under_a_title_without_a_role_are_duties(shared_docs):
    # "1. Giao Sở Nông nghiệp và Môi trường là cơ quan đầu mối, chủ trì, hướng dẫn …; tổ chức thực
    # hiện các nhiệm vụ sau:" then "- Điều phối chung, đôn đốc, hướng dẫn …"
    text = (shared_docs / "hcm_qd2853_thientai_2025.md").read_text(encoding="utf-8")
    roles = {(a.canonical_name, a.role) for a in iter_agencies(text) if (a.section or "").startswith("V.1")}
    assert {("Sở Nông nghiệp và Môi trường", "chủ trì"), ("Sở Nông nghiệp và Môi trường", "thực hiện")} <= roles


def test_a_title_with_a_note_in_parentheses_heads_its_items(shared_docs):
    # "**1. Sở Nội vụ **(Cơ quan thường trực Ban Vì sự tiến bộ phụ nữ và Bình đẳng giới Thành phố):"
    # then "- Chủ trì, …", "- Phối hợp với sở, ban, ngành …", "- Theo dõi, tổng hợp báo cáo …"
    roles = _roles_in(shared_docs / "hcm_kh174_binhdanggioi_2025.md", "V.1")
    assert {("Sở Nội vụ", "chủ trì"), ("Sở Nội vụ", "phối hợp"), ("Sở Nội vụ", "thực hiện")} <= roles


def test_an_item_opening_with_can_cu_in_the_implementation_part_is_a_duty(shared_docs):
    # "**4. Ủy ban nhân dân phường, xã, đặc khu**" / "Căn cứ tình hình thực tế của địa phương và nội
    # dung được giao, có kế hoạch triển khai thực hiện …": not a legal basis.
    roles = _roles_in(shared_docs / "hcm_kh174_binhdanggioi_2025.md", "V.4")
    assert ("Ủy ban nhân dân cấp xã", "thực hiện") in roles


def test_a_lead_label_with_tham_muu_is_read(shared_docs):
    # "*Đơn vị chủ trì tham mưu thực hiện: *Sở Khoa học và Công nghệ."
    text = (shared_docs / "bn_kh141_canbo_2025.md").read_text(encoding="utf-8")
    roles = {(a.canonical_name, a.role) for a in iter_agencies(text)}
    assert ("Sở Khoa học và Công nghệ", "chủ trì") in roles


def test_points_a_title_hands_to_another_body_are_that_bodys(shared_docs):
    # "1. Sở Nông nghiệp và Môi trường chỉ đạo Chi cục Biển đảo và Thủy sản thực hiện các nội dung sau:"
    # then "- Lập dự toán kinh phí …", "- Phối hợp với UBND các xã, phường …"
    roles = _roles_in(shared_docs / "th_kh235_quantrac_thuysan_2025.md", "IV.1")
    assert {
        ("Sở Nông nghiệp và Môi trường", "thực hiện"),
        ("Chi cục Biển đảo và Thủy sản", "thực hiện"),
        ("Chi cục Biển đảo và Thủy sản", "phối hợp"),
    } <= roles
    assert ("Sở Nông nghiệp và Môi trường", "phối hợp") not in roles


def test_bodies_opening_the_bullets_under_an_empty_label_line_take_its_role(shared_docs):
    # "- Cơ quan thực hiện:" then "+ Sở Văn hóa và Thể thao chủ trì, phối hợp với …" and
    # "+ Sở Xây dựng đăng tải thông điệp truyền thông Tháng hành động …"
    roles = _roles_in(shared_docs / "hcm_kh174_binhdanggioi_2025.md", "III.1.c")
    assert {("Sở Văn hóa và Thể thao", "chủ trì"), ("Sở Xây dựng", "thực hiện")} <= roles


PLAN_HEAD = "ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\n\nKẾ HOẠCH\n\nIV. TỔ CHỨC THỰC HIỆN\n\n"


def test_two_labels_on_one_line_each_give_their_own_role():
    text = PLAN_HEAD + (
        "1. Nhiệm vụ: Xây dựng cơ sở dữ liệu ngành.\n"
        "Cơ quan chủ trì: Sở Khoa học và Công nghệ; Cơ quan phối hợp: Sở Tài chính, Sở Nội vụ.\n"
        "Thời gian thực hiện: năm 2026.\n"
    )
    assert _roles(text) == {
        ("Sở Khoa học và Công nghệ", "chủ trì"), ("Sở Tài chính", "phối hợp"), ("Sở Nội vụ", "phối hợp"),
    }


def test_bodies_named_before_a_semicolon_share_the_task_after_it():
    text = PLAN_HEAD + (
        "12. Sở Văn hóa, Thể thao và Du lịch; Báo và Phát thanh, Truyền hình Lào Cai: Tăng cường tuyên truyền "
        "về kế hoạch trên các phương tiện thông tin đại chúng.\n"
    )
    assert _roles(text) == {("Sở Văn hóa, Thể thao và Du lịch", "thực hiện"), ("Báo và Phát thanh, Truyền hình tỉnh", "thực hiện")}


def test_an_aside_theo_chuc_nang_does_not_hide_the_role_after_it():
    text = PLAN_HEAD + "3. Các sở: Tài chính, Nội vụ, Giáo dục và Đào tạo theo chức năng phối hợp thực hiện.\n"
    assert _roles(text) == {("Sở Tài chính", "phối hợp"), ("Sở Nội vụ", "phối hợp"), ("Sở Giáo dục và Đào tạo", "phối hợp")}


def test_the_case_a_duty_is_for_opens_the_clause_before_its_body():
    # "Đối với các trường hợp vượt thẩm quyền, Bộ Nông nghiệp và Môi trường có trách nhiệm …" (a decision on the
    # coordination of the marine economy, blind batch b17c): the case, then the body it gives the duty.
    text = (
        "III. TỔ CHỨC THỰC HIỆN\n"
        "1. Đối với các trường hợp vượt thẩm quyền, Bộ Nông nghiệp và Môi trường chủ trì, phối hợp với Bộ Tài chính "
        "tổng hợp, báo cáo Thủ tướng Chính phủ.\n"
    )
    roles = all_roles(text)
    assert ("Bộ Nông nghiệp và Môi trường", "chủ trì") in roles
    assert ("Bộ Tài chính", "phối hợp") in roles
