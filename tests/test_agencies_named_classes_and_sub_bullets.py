"""Bodies named as a class in national texts ("UBND tỉnh, thành phố") and bodies that open a
sub-bullet with their duty outside a plan's tasks part ("+ Sở Xây dựng: hướng dẫn …"), on
text from blind documents."""

from extractors.agencies import iter_agencies, iter_mentions

from tests.blind_documents import parsed_blind_document
from tests._agencies_support import all_roles, canonical_roles as _roles, named_roles


def _names(text):
    return [m.name for m in iter_mentions(text)]


def test_ubnd_tinh_thanh_pho_names_every_provincial_committee_not_the_provinces_own():
    assert _names("Uỷ ban nhân dân tỉnh, thành phố chỉ đạo thực hiện") == ["Uỷ ban nhân dân tỉnh, thành phố"]
    # A PDF table cell: the next cell's body follows on the next line.
    assert _names("Các bộ, ngành, \nUBND tỉnh, thành phố \nBộ Tư pháp, ")[1] == "UBND tỉnh, thành phố"


def test_ubnd_tinh_then_a_city_is_still_two_names_or_the_provinces_committee():
    assert _names("UBND tỉnh, thành phố Hà Nội") == ["UBND tỉnh"]
    assert _names("UBND tỉnh, Sở Y tế") == ["UBND tỉnh", "Sở Y tế"]


# qng_qd1627 (IV.1.3): a heading of departments, a "- Phối hợp …. Trong đó:" point, then one
# sub-bullet per department with its share of the work; the line breaks are the page's.
SUB_BULLETS = """*1.3.
Các cơ quan quan tham mưu quản lý ngành, lĩnh vực*

- Phối
hợp hướng dẫn các cơ quan, tổ chức, đơn vị, địa phương thực hiện kiểm kê. Trong đó:

+ Sở
Xây dựng: hướng dẫn các cơ quan, tổ chức, đơn vị, địa phương thực hiện kiểm kê,
rà soát thông tin số liệu kiểm kê tài sản kết cấu hạ tầng giao thông.

+ Sở
Công Thương: hướng dẫn các cơ quan, tổ chức, đơn vị, địa phương thực hiện kiểm
kê, rà soát thông tin số liệu kiểm kê tài sản kết cấu hạ tầng thương mại là chợ.
"""


def test_a_sub_bullet_opening_on_a_body_and_its_duty_assigns_it_outside_the_tasks_part():
    roles = _roles(SUB_BULLETS)
    assert ("Sở Xây dựng", "thực hiện") in roles
    assert ("Sở Công Thương", "thực hiện") in roles


def test_the_inventory_decisions_departments_each_get_their_sub_bullet():
    document = parsed_blind_document("qng_qd1627_kiemketaisancong_2025.md")
    roles = _roles(document.text)
    for department in ("Sở Xây dựng", "Sở Nông nghiệp và Môi trường", "Sở Công Thương", "Sở Khoa học và Công nghệ"):
        assert (department, "thực hiện") in roles


def test_a_capitalised_role_after_a_name_in_a_pdf_cell_ends_the_name():
    # dno_kh_stttt_mangdidong: the responsibility column reads "Công ty Điện lực Đắk Nông Chủ trì".
    assert _names("Công ty Điện lực Đắk Nông Chủ trì") == ["Công ty Điện lực Đắk Nông"]
    assert _names("Sở Tài chính Phối hợp") == ["Sở Tài chính"]
    assert _names("Trung tâm Thực hành") == ["Trung tâm Thực hành"]


# hp_chidao_phi_xnk (a news page): the Vice-Chairman's instructions, told in prose.
NEWS_INSTRUCTIONS = """Hội nghị

Để duy trì phát triển nguồn thu tốt hơn nữa, ông Lê Khắc Nam yêu cầu Cục Hải quan Hải Phòng, các sở, ngành và đơn vị liên quan tập trung đẩy mạnh cải cách thủ tục hành chính.

Tại Hội nghị, Phó Chủ tịch UBND TP Hải Phòng Lê Khắc Nam giao Sở Tài chính phối hợp với Cục Hải quan Hải Phòng tham mưu đề xuất giảm chi phí, lệ phí thuộc thẩm quyền của thành phố.
"""


def test_an_official_who_assigns_in_a_news_page_ends_before_giao():
    assert "Sở Tài chính" in _names(NEWS_INSTRUCTIONS)
    assert ("Sở Tài chính", "phối hợp") in _roles(NEWS_INSTRUCTIONS)


def test_yeu_cau_inside_a_sentence_assigns_the_bodies_after_it():
    # (the canonical name leaves the province out: "Cục Hải quan tỉnh")
    assert any(name.startswith("Cục Hải quan") and role == "thực hiện" for name, role in _roles(NEWS_INSTRUCTIONS))


# hn_kh205_haiquan (a news page): the city's assignment, then each body's share after "Cụ thể:".
NEWS_SHARES = """Tin tức

Bên cạnh đó, UBND TP giao các sở, ban ngành chịu trách nhiệm thực hiện tối đa mọi giải pháp tạo thuận lợi cho doanh nghiệp XNK. Cụ thể: Sở Kế hoạch và Đầu tư, Ban Quản lý các Khu Công nghiệp và Chế xuất Hà Nội phải đẩy mạnh cung cấp trực tuyến mức độ 4 các thủ tục đầu tư, đăng ký kinh; Sở Công thương thực hiện có hiệu quả Đề án “Quản lý và phát triển hoạt động Logistics trên địa bàn thành phố Hà Nội đến năm 2025”.

Khác.
"""


def test_bodies_listed_after_cu_the_with_their_duty_are_each_assigned():
    roles = _roles(NEWS_SHARES)
    assert ("Sở Kế hoạch và Đầu tư", "thực hiện") in roles
    assert any(name.startswith("Ban Quản lý các Khu Công nghiệp và Chế xuất") and role == "thực hiện" for name, role in roles)
    assert ("Sở Công Thương", "thực hiện") in roles


def test_yeu_cau_before_a_texts_own_points_does_not_open_an_assignment():
    # cp_nq122: "Chính phủ yêu cầu các Bộ trưởng, …:" introduces the resolution's own points; only a text with
    # no tasks part (a news page) assigns with an inner "yêu cầu".
    text = """NGHỊ QUYẾT

**Điều 1.** Chính phủ yêu cầu các Bộ trưởng, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố tập trung thực hiện các nhiệm vụ sau:

**Điều 2. Tổ chức thực hiện**

Các Bộ trưởng chịu trách nhiệm thi hành Nghị quyết này.
"""
    assert not any(role == "thực hiện" for _, role in _roles(text))


def test_an_open_ended_time_line_gives_its_task_no_deadline():
    from extractors.tasks import _schedule_deadline

    assert _schedule_deadline("Từ tháng 11/2025 đến khi kết thúc Tổng kiểm kê.") is None
    assert _schedule_deadline("Trước ngày 15/11/2025.") is not None


def test_the_ministries_as_a_class_are_one_named_body_not_a_collective():
    mentions = list(iter_mentions("Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ, Ủy ban nhân dân các tỉnh, "
                                  "thành phố trực thuộc Trung ương có trách nhiệm triển khai."))
    assert [(m.name, m.generic) for m in mentions][:2] == [
        ("Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ", False),
        ("Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương", False),
    ]
    related = list(iter_mentions("Các bộ, cơ quan ngang bộ có liên quan phối hợp thực hiện."))
    assert related[0].generic  # described by relation: still an unnamed collective


def test_the_government_resolution_gives_the_ministries_as_a_class_their_points():
    parsed = parsed_blind_document("cp_nq105_ctrhanhdong_kl210_bomay_2026.pdf")
    roles = {(a.name, a.role) for a in iter_agencies(parsed.text, parsed.tables) if not a.generic}
    assert ("Các bộ, cơ quan ngang bộ", "thực hiện") in roles


def test_a_committee_named_to_its_level_ends_where_the_next_cell_names_another_body():
    # cp_qd844's table: "Cơ quan chủ trì" and "Cơ quan phối hợp" cells run together on one line.
    assert _names("Ủy ban nhân dân cấp tỉnh Sở Y tế, Sở Nội vụ, cơ quan, đơn vị liên quan")[:3] == [
        "Ủy ban nhân dân cấp tỉnh", "Sở Y tế", "Sở Nội vụ"]
    assert _names("UBND huyện Văn Yên chủ trì") == ["UBND huyện Văn Yên"]
    assert _names("Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu chỉ đạo") == ["Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu"]


def test_a_known_body_named_at_a_level_as_a_class_keeps_the_level():
    assert _names("Liên minh Hợp tác xã Việt Nam và Liên minh Hợp tác xã cấp tỉnh rà soát") == [
        "Liên minh Hợp tác xã Việt Nam", "Liên minh Hợp tác xã cấp tỉnh"]
    assert _names("Hội Nông dân cấp tỉnh phối hợp") == ["Hội Nông dân cấp tỉnh"]


def test_a_table_cell_that_says_only_dia_phuong_is_a_collective():
    # cp_nq109's action table names "Địa phương" alone in the lead column of a row.
    parsed = parsed_blind_document("cp_nq109_chuongtrinhhanhdong_2026.pdf")
    agencies = list(iter_agencies(parsed.text, parsed.tables))
    local = [a for a in agencies if a.name == "Địa phương"]
    assert local and all(a.generic for a in local)


def test_the_party_committees_as_a_class_open_a_list_of_bodies_asked_to_partner():
    # dlk_kh0124 (b13c): "2. Đề nghị các cấp ủy Đảng, Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội
    # tỉnh: Phối hợp …"; "các cấp ủy, chính quyền" without "Đảng" stays a collective phrase.
    text = ("KẾ HOẠCH\n\nIV. TỔ CHỨC THỰC HIỆN\n\n**2. Đề nghị các cấp ủy Đảng,\nMặt trận Tổ quốc Việt Nam tỉnh và các tổ "
            "chức chính trị - xã hội tỉnh: **Phối\nhợp chặt chẽ với cấp ủy, chính quyền các cấp trong tuyên truyền.\n")
    found = {(a.name, a.role, a.generic) for a in iter_agencies(text)}
    assert {("các cấp ủy Đảng", "phối hợp", False), ("Mặt trận Tổ quốc Việt Nam tỉnh", "phối hợp", False)} <= found


def test_a_party_cell_or_standing_body_is_named_with_its_institution():
    # qh_kh3260 (b13d): one heading per Party cell of the Assembly's committees, their duties below.
    assert _names("Tổ đảng ở Thường trực Ủy ban Kinh tế chủ trì") == ["Tổ đảng ở Thường trực Ủy ban Kinh tế"]
    assert _names("Thường trực Hội đồng Dân tộc phối hợp") == ["Thường trực Hội đồng Dân tộc"]
    assert _names("Chi bộ Sở Y tế thực hiện") == ["Chi bộ Sở Y tế"]
    text = ("KẾ HOẠCH\n\nII. NHIỆM VỤ\n\n**b) Tổ đảng ở Thường trực Ủy ban Pháp luật**\n\n"
            "*   Chủ trì thẩm tra, giám sát việc thực hiện chính sách, pháp luật về dân sự.\n")
    found = named_roles(text)
    assert ("Tổ đảng ở Thường trực Ủy ban Pháp luật", "chủ trì") in found


def test_the_provinces_under_the_centre_are_a_class_of_bodies_without_ubnd():
    # Phụ lục II of NQ 03/NQ-CP, "Cơ quan chủ trì" cells: the provinces (their committees), named by their status.
    (everyone,) = iter_mentions("Các tỉnh, thành phố trực thuộc TW")
    assert (everyone.name, everyone.generic, everyone.canonical) == (
        "Các tỉnh, thành phố trực thuộc TW", False, "Ủy ban nhân dân cấp tỉnh")
    (cities,) = iter_mentions("Các thành phố trực thuộc Trung ương")
    assert not cities.generic and cities.canonical == "Ủy ban nhân dân các thành phố trực thuộc Trung ương"
    # Without the status, "các tỉnh, thành phố" says no kind of body: not this class.
    assert "Các tỉnh, thành phố" not in _names("Các tỉnh, thành phố triển khai")


def test_an_officials_name_after_his_committee_is_not_part_of_it():
    # cp_hoinghi_diaphuong (hddtvn): "Chủ tịch UBND Thành phố Hà Nội Chu Ngọc Anh cho biết, …": Chu is a family name.
    assert _names("Chủ tịch UBND Thành phố Hà Nội Chu Ngọc Anh cho biết, thành phố đã triển khai") == ["UBND Thành phố Hà Nội"]
    # A province whose name opens on a family name is still the province.
    assert _names("UBND tỉnh Cao Bằng chỉ đạo, Cục Hải quan Hà Tĩnh") == ["UBND tỉnh Cao Bằng", "Cục Hải quan Hà Tĩnh"]


def test_the_missions_abroad_are_a_class_of_bodies():
    # NQ 03's Phụ lục II and NQ 100's annex: "phối hợp với các cơ quan đại diện Việt Nam ở/tại nước ngoài".
    (_, missions) = iter_mentions("Bộ Ngoại giao chủ trì, phối hợp với các cơ quan đại diện Việt Nam ở nước ngoài")
    assert (missions.name, missions.generic) == ("các cơ quan đại diện Việt Nam ở nước ngoài", False)
    (abroad,) = iter_mentions("Các cơ quan đại diện Việt Nam tại nước ngoài")
    assert abroad.canonical == missions.canonical
    # Representatives described by their relation stay a collective.
    assert [m.generic for m in iter_mentions("các cơ quan đại diện chủ sở hữu")] == [True]
    # A named class after a collective list ends the list (NQ 03's Phụ lục II, task 136).
    assert _names("Các bộ, ngành, địa phương liên quan, các cơ quan đại diện Việt Nam ở nước ngoài") == [
        "Các bộ, ngành, địa phương liên quan", "các cơ quan đại diện Việt Nam ở nước ngoài"]


def test_the_committees_of_a_group_of_provinces_are_one_named_class():
    # Thông báo 81-TB/TW (blind b32a): "(4) Uỷ ban nhân dân các tỉnh biên giới phối hợp với Bộ Nông nghiệp và Môi
    # trường …": the border provinces' committees, named by where the provinces lie.
    from extractors.agencies import iter_agencies

    text = "(4) Uỷ ban nhân dân các tỉnh biên giới phối hợp với Bộ Nông nghiệp và Môi trường tiến hành rà soát các quy hoạch."
    roles = all_roles(text)
    assert {("Uỷ ban nhân dân các tỉnh biên giới", "phối hợp"), ("Bộ Nông nghiệp và Môi trường", "phối hợp")} <= roles
