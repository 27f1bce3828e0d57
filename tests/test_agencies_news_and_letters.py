"""Assignments as news pages, short letters and directives write them: a letter printed without blank
lines or list marks, department heads written in lower case after the verb that assigns them, districts
addressed by name, connectives before the subject, a "Giao Bộ X:" title over lettered points, the
members a collective title lists in parentheses, and the names of communes and boards. The texts are
taken from the blind documents (Lào Cai, Bình Định, Hà Nội, Nghệ An, Quảng Ngãi letters, plans and news)."""

from extractors.agencies import iter_agencies, iter_mentions
from extractors.canonical import canonical_name
from tests.blind_documents import parsed_blind_document
from tests._agencies_support import all_roles, named_roles as _roles


SHORT_LETTER = """ỦY BAN NHÂN DÂN
TỈNH LÀO CAI
CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số:
2496
/UBND-KT Lào Cai, ngày 06 tháng 4 năm 2026
V/v triển khai thực hiện thủ tục cấp
Giấy phép vận chuyển hàng hoá nguy
hiểm loại 1,2,3,4,9
Kính gửi: Sở Công Thương.
Uỷ ban nhân dân tỉnh nhận được Văn bản số 2265/BCT-ATMT ngày
02/4/2026 của Bộ Công Thương về việc triển khai thực hiện thủ tục cấp Giấy
phép vận chuyển hàng hoá nguy hiểm loại 1,2,3,4,9 (gửi kèm theo); việc này,
Chủ tịch UBND tỉnh có ý kiến như sau:
Giao Sở Công Thương chủ trì, phối hợp với các cơ quan, đơn vị, địa
phương triển khai thực hiện thủ tục cấp Giấy phép vận chuyển hàng hoá nguy
hiểm loại 1,2,3,4,9 theo đề nghị của Bộ Công Thương tại Văn bản số
2265/BCT-ATMT ngày 02/4/2026 và báo cáo Uỷ ban nhân dân tỉnh trước ngày
15/4/2026.
Căn cứ nội dung văn bản, Sở Công Thương tổ chức thực hiện./.
Nơi nhận:
- Như trên;
- Chủ tịch UBND tỉnh;
- Lưu: VT, KT (Long).
"""


def test_a_letter_printed_without_blank_lines_or_list_marks_gives_its_task():
    roles = _roles(SHORT_LETTER)
    assert ("Sở Công Thương", "chủ trì") in roles
    # The ministry whose letter is relayed ("theo đề nghị của Bộ Công Thương") is given nothing.
    assert not any(name == "Bộ Công Thương" for name, _ in roles)


def test_a_division_written_in_lower_case_after_giao_is_assigned():
    text = (
        "III. TỔ CHỨC THỰC HIỆN\n\n"
        "1. Giao phòng Quản lý Công nghiệp triển khai, thực hiện các công việc liên quan:\n\n"
        "2. Giao Công an tỉnh chủ trì, phối hợp sở Nội vụ theo dõi, kiểm tra, đôn đốc việc thực hiện Quy chế.\n"
    )
    roles = _roles(text)
    assert ("phòng Quản lý Công nghiệp", "thực hiện") in roles
    assert ("sở Nội vụ", "phối hợp") in roles
    assert ("Công an tỉnh", "chủ trì") in roles


def test_lower_case_phong_and_so_elsewhere_name_no_body():
    text = "Nhiệm vụ dự phòng Trung tâm dữ liệu quốc gia; trụ sở Chi cục Hải quan; mẫu phân tích trong phòng PKN."
    names = [m.name for m in iter_mentions(text)]
    assert not any(name.lower().startswith(("phòng", "sở")) for name in names)


def test_a_district_addressed_in_a_news_report_is_its_government():
    text = (
        "Người đứng đầu chính quyền tỉnh cũng yêu cầu huyện Vân Canh tập trung giải quyết dứt điểm các phần việc "
        "của huyện còn tồn đọng, dở dang. Việc này, địa phương phải phối hợp với Công ty CP Becamex Bình Định "
        "thực hiện để cùng phát triển."
    )
    roles = _roles(text)
    assert ("huyện Vân Canh", "thực hiện") in roles
    assert ("Công ty CP Becamex Bình Định", "phối hợp") in roles


def test_a_connective_before_the_subject_and_duoc_giao_chu_tri():
    text = (
        "Ngày 28/10/2020, UBND TP Hà Nội đã ban hành Kế hoạch số 205/KH-UBND về việc hỗ trợ doanh nghiệp. "
        "Trong đó, Cục Hải quan Hà Nội được giao chủ trì, phối hợp với các sở, ban ngành thực hiện các giải "
        "pháp tạo thuận lợi cho doanh nghiệp XNK."
    )
    assert ("Cục Hải quan Hà Nội", "chủ trì") in _roles(text)


def test_giao_a_ministry_over_lettered_points_gives_the_points_roles():
    text = (
        "CHÍNH PHỦ\n-------\nNGHỊ QUYẾT\nVề việc chuyển giao Làng Văn hóa\n"  # the Government assigns the city
        "Điều 1. Chuyển giao Làng Văn hóa\n"
        "2. Giao Bộ Văn hoá, Thể thao và Du lịch:\n"
        "a) Chủ trì, phối hợp với Ủy ban nhân dân thành phố Hà Nội và các bộ,\n"
        "ngành liên quan xây dựng, trình Thủ tướng Chính phủ ban hành Quyết định.\n"
        "b) Chủ trì, phối hợp với các cơ quan liên quan thực hiện các thủ tục bàn giao.\n"
        "3. Giao Ủy ban nhân dân thành phố Hà Nội:\n"
        "a) Phối hợp với Bộ Văn hoá, Thể thao và Du lịch tổ chức tiếp nhận nguyên trạng.\n"
        "b) Ban hành quyết định quy định về chức năng, nhiệm vụ.\n"
    )
    roles = _roles(text)
    assert ("Bộ Văn hoá, Thể thao và Du lịch", "chủ trì") in roles
    assert ("Bộ Văn hoá, Thể thao và Du lịch", "thực hiện") not in roles  # the title states no task
    assert ("Ủy ban nhân dân thành phố Hà Nội", "phối hợp") in roles
    assert ("Ủy ban nhân dân thành phố Hà Nội", "thực hiện") in roles


def test_district_committees_written_huyen_thanh_thi():
    text = "UBND tỉnh Nghệ An yêu cầu các sở, ban, ngành, UBND các huyện, thành, thị tăng cường công tác chống buôn lậu thuốc lá."
    agencies = [a for a in iter_agencies(text) if not a.generic]
    assert [(a.name, a.canonical_name, a.role) for a in agencies] == [
        ("UBND các huyện, thành, thị", "Ủy ban nhân dân cấp huyện", "thực hiện")
    ]


def test_a_title_of_a_collective_with_its_members_in_parentheses_heads_the_points():
    text = (
        "IV. TỔ CHỨC THỰC HIỆN\n\n"
        "*1.3.\nCác cơ quan quan tham mưu quản lý ngành, lĩnh vực (gồm các Sở: Xây dựng, Nông\n"
        "nghiệp và Môi trường, Công Thương)*\n\n"
        "- Phối\nhợp hướng dẫn các cơ quan, tổ chức, đơn vị, địa phương thực hiện kiểm kê.\n"
    )
    partners = {a.canonical_name for a in iter_agencies(text) if a.role == "phối hợp" and not a.generic}
    assert {"Sở Xây dựng", "Sở Nông nghiệp và Môi trường", "Sở Công Thương"} <= partners


def test_communes_named_after_a_province_keep_their_names():
    assert canonical_name("UBND phường Yên Bái") == "Ủy ban nhân dân phường Yên Bái"
    assert canonical_name("UBND phường Lào Cai") == "Ủy ban nhân dân phường Lào Cai"
    assert canonical_name("UBND tỉnh Lào Cai") == "Ủy ban nhân dân tỉnh"


def test_a_name_made_of_abbreviations_is_expanded_not_lower_cased():
    assert canonical_name("BQL KKT") == "Ban Quản lý Khu kinh tế"
    assert canonical_name("BỘ CÔNG AN") == "Bộ Công an"


def test_a_provinces_boards_written_short_are_the_boards_of_the_province():
    text = "- BQL KKT và BQL các KCN tỉnh chủ trì tham mưu thực hiện thủ tục chấp thuận chủ trương đầu tư.\n"
    leads = {a.canonical_name for a in iter_agencies(text) if a.role == "chủ trì"}
    assert leads == {"Ban Quản lý Khu kinh tế tỉnh", "Ban Quản lý các khu công nghiệp tỉnh"}


def test_blind_letters_and_plans_assign_their_bodies():
    cases = {
        "lc_cv2496_giayphephhnh_2026.pdf": ("Sở Công Thương", "chủ trì"),
        "lc_kh2242_kiemtravlncn_2026.docx": ("phòng Quản lý Công nghiệp", "thực hiện"),
        "bd_vancanh_lamviec_news_2025.txt": ("huyện Vân Canh", "thực hiện"),
    }
    for name, expected in cases.items():
        document = parsed_blind_document(name)
        assert expected in _roles(document.text), name


def test_a_list_of_bodies_split_by_a_semicolon_shares_the_title_and_its_role():
    text = (
        "4. TỔ CHỨC THỰC HIỆN\n"
        "4.2 Đề nghị các Sở: Giao thông Vận tải, Xây dựng, Công thương; Công ty\n"
        "Điện lực Đắk Nông\n"
        "Chủ trì, phối hợp với các cơ quan, đơn vị có liên\n"
        "quan thực hiện chỉ đạo, hướng dẫn các đơn vị trong ngành hỗ trợ doanh nghiệp viễn thông.\n"
    )
    leads = {a.canonical_name for a in iter_agencies(text) if a.role == "chủ trì"}
    assert {"Sở Giao thông vận tải", "Sở Xây dựng", "Sở Công Thương"} <= leads
    assert any(name.startswith("Công ty Điện lực") for name in leads)


def test_an_official_before_a_later_member_of_a_list():
    text = (
        "III. TỔ CHỨC THỰC HIỆN\n\n"
        "1. Thủ trưởng các sở, ban, ngành trực thuộc UBND tỉnh; Chủ tịch UBND các huyện, thành phố có trách nhiệm: "
        "Lãnh đạo, chỉ đạo thực hiện tốt các quy định về bảo vệ bí mật nhà nước.\n"
    )
    assert ("UBND các huyện, thành phố", "thực hiện") in _roles(text)


def test_a_news_report_goes_on_with_the_directions_it_reports():
    text = (
        "Để đẩy nhanh tiến độ giải ngân, UBND tỉnh yêu cầu các sở, ban, ngành, UBND các huyện, thành phố tiếp tục "
        "đẩy mạnh thực hiện kế hoạch đầu tư công.\n\n"
        "Sở KH&ĐT định kỳ 1 tháng/lần tổ chức hội nghị giao ban với các sở, ban, ngành để tổng hợp các khó khăn.\n\n"
        "Sở Tài chính cho biết đã giải ngân được 42,9% kế hoạch vốn.\n"
    )
    roles = _roles(text)
    assert ("Sở KH&ĐT", "thực hiện") in roles
    assert not any(name == "Sở Tài chính" for name, _ in roles)  # a speaker, not a direction


def test_a_body_that_opens_a_news_report_without_a_direction_is_not_assigned():
    text = "Sở KH&ĐT tổ chức hội nghị giao ban với các sở, ban, ngành về giải ngân vốn đầu tư công.\n"
    assert _roles(text) == set()


def test_tang_cuong_phoi_hop_voi_names_a_partner():
    text = "- Tăng cường phối hợp với Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Lào Cai và các tổ chức chính trị - xã hội.\n"
    assert ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Lào Cai", "phối hợp") in _roles(text)


def test_partners_listed_after_their_shared_head():
    text = (
        "II. NHIỆM VỤ VÀ GIẢI PHÁP\n\n"
        "a) Bộ Khoa học và Công nghệ chủ trì, phối hợp với các Bộ: Y tế, Công Thương, Nông\n"
        "nghiệp và Môi trường rà soát, hoàn thiện, bảo đảm đồng bộ hệ thống tiêu chuẩn, quy chuẩn kỹ thuật.\n"
    )
    partners = {a.canonical_name for a in iter_agencies(text) if a.role == "phối hợp"}
    assert {"Bộ Y tế", "Bộ Công Thương", "Bộ Nông nghiệp và Môi trường"} <= partners


def test_asking_an_authority_to_approve_is_a_proposal_not_a_task():
    text = (
        "Điều 5. Tổ chức thực hiện\n\n"
        "1. Cơ quan lập đề án có trách nhiệm hoàn thiện hồ sơ theo các ý kiến góp ý, đề nghị Sở Xây dựng trình "
        "Ủy ban nhân dân tỉnh xem xét, thông qua.\n\n"
        "2. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh giám sát việc thực hiện.\n"
    )
    roles = _roles(text)
    assert not any(name == "Sở Xây dựng" for name, _ in roles)
    assert ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "phối hợp") in roles


def test_a_national_text_keeps_apart_the_same_department_of_two_provinces():
    from extractors.agencies import iter_agencies
    text = ("Tổng cục Hải quan giao Cục Hải quan Khánh Hòa, Cục Hải quan Quảng Ninh thực hiện chỉ tiêu bổ sung.\n")
    canonical = {a.canonical_name for a in iter_agencies(text) if not a.generic}
    assert canonical == {"Cục Hải quan tỉnh Khánh Hòa", "Cục Hải quan tỉnh Quảng Ninh"}
    one = {a.canonical_name for a in iter_agencies("Giao Sở Y tế tỉnh Lào Cai thực hiện.\n") if not a.generic}
    assert one == {"Sở Y tế"}  # one province: the document's, named in the province column


GOVERNMENT_RESOLUTION_NEWS = """Chính phủ vừa ban hành Nghị quyết phiên họp Chính phủ thường kỳ với các địa phương tháng 6 năm 2019.

Các bộ, cơ quan: Kế hoạch và Đầu tư, Công Thương, Tài chính, Ngân hàng Nhà nước Việt Nam phối hợp chặt chẽ, nâng cao hiệu quả công tác điều phối.

Chính phủ yêu cầu Bộ Công Thương có giải pháp thúc đẩy chuyển dịch cơ cấu nội bộ ngành công nghiệp. Chủ trì, phối hợp với Bộ Công an, Bộ Tài chính và các bộ, cơ quan, địa phương liên quan triển khai Đề án chống gian lận xuất xứ.

Bộ Lao động - Thương binh và Xã hội đẩy mạnh kết nối giữa giáo dục nghề nghiệp với doanh nghiệp. Phối hợp với các địa phương quan tâm đời sống người có công.
"""


def test_a_news_report_of_directions_goes_on_with_the_body_its_paragraph_opened_on():
    # cp_nqthang6 (b12-lead): "… yêu cầu Bộ Công Thương … . Chủ trì, phối hợp với Bộ Công an …": the sentence without a
    # subject is the same ministry's; its partners are partners.
    roles = {(a.canonical_name, a.role) for a in iter_agencies(GOVERNMENT_RESOLUTION_NEWS) if not a.generic}
    assert {("Bộ Công Thương", "chủ trì"), ("Bộ Công an", "phối hợp"),
            ("Bộ Lao động - Thương binh và Xã hội", "phối hợp")} <= roles


def test_ministries_listed_after_cac_bo_co_quan_are_each_named():
    roles = {(a.canonical_name, a.role) for a in iter_agencies(GOVERNMENT_RESOLUTION_NEWS) if not a.generic}
    assert {("Bộ Kế hoạch và Đầu tư", "phối hợp"), ("Bộ Tài chính", "phối hợp"),
            ("Ngân hàng Nhà nước Việt Nam", "phối hợp")} <= roles


PROVINCIAL_DIRECTIVE_NEWS = """Chỉ thị về xây dựng kế hoạch phát triển kinh tế - xã hội và kế hoạch đầu tư công năm 2020

Thực hiện Chỉ thị số 16/CT-TTg ngày 25 tháng 6 năm 2019 của Thủ tướng Chính phủ, Ủy ban nhân dân tỉnh vừa ban hành Chỉ thị yêu cầu các Sở, Ban, ngành, đoàn thể, UBND các huyện, thị xã khẩn trương thực hiện các nội dung về dự toán ngân sách nhà nước năm 2020.

Chỉ thị nêu rõ tiến độ xây dựng kế hoạch như sau: Sở Kế hoạch và Đầu tư chủ trì xây dựng kế hoạch phát triển kinh tế - xã hội năm 2020 trong tháng 7/2019.
"""


def test_a_capitalised_collective_list_and_the_bodies_after_it_are_each_asked():
    # dno_ct_khktxh2020 (b12-lead): "các Sở, Ban, ngành, đoàn thể, UBND các huyện, thị xã"; "như sau: Sở X chủ trì …"
    found = {(a.name, a.role) for a in iter_agencies(PROVINCIAL_DIRECTIVE_NEWS)}
    assert ("các Sở, Ban, ngành, đoàn thể", "thực hiện") in found
    assert ("UBND các huyện, thị xã", "thực hiện") in found
    assert ("Sở Kế hoạch và Đầu tư", "chủ trì") in found


def test_a_quota_list_goes_on_with_each_body_and_its_share_after_a_semicolon():
    # hcm_haiquan_chitieuthu2021: the verb is left out after the first item; a figure after a name is no part of it.
    text = ("Chi cục Hải quan cửa khẩu cảng Sài Gòn khu vực 3 được giao 12.400 tỷ đồng; Chi cục Hải quan sân bay Tân Sơn "
            "Nhất 6.700 tỷ đồng; Chi cục Hải quan khu công nghệ cao 2.800 tỷ đồng.")
    roles = all_roles(text)
    assert {("Chi cục Hải quan sân bay Tân Sơn Nhất", "thực hiện"), ("Chi cục Hải quan khu công nghệ cao", "thực hiện")} <= roles


def test_a_request_goes_on_after_a_semicolon_with_another_body_and_its_verb():
    # vpcp_tb634 (b12-lead): "… đề nghị các Tập đoàn: … hoàn thành trong tháng 12 năm 2025; Bộ Khoa học và Công nghệ
    # hướng dẫn các Tập đoàn nêu trên …"
    text = ("III. VỀ MỘT SỐ KIẾN NGHỊ CỦA TỈNH\n9. Về triển khai hạ tầng: đề nghị các Tập đoàn: Bưu chính Viễn thông Việt Nam, "
            "Công nghiệp - Viễn thông Quân đội tổ chức triển khai thực hiện, hoàn thành trong tháng 12 năm 2025; Bộ Khoa học "
            "và Công nghệ hướng dẫn các Tập đoàn nêu trên trong việc triển khai thực hiện nhiệm vụ.\n")
    assert ("Bộ Khoa học và Công nghệ", "thực hiện") in all_roles(text)


STEERING_COMMITTEE_NEWS = """Phiên họp thứ nhất Ban Chỉ đạo Trung ương

Về một số nhiệm vụ trọng tâm trong Quý I năm 2025, Tổng Bí thư nêu rõ, Thường trực Ban Bí thư, Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam chỉ đạo xây dựng, ban hành kế hoạch hoặc chương trình hành động thực hiện Nghị quyết số 57-NQ/TW. Ban cán sự đảng Chính phủ chỉ đạo rà soát, bổ sung Quy hoạch điện VIII.

Đối với các đồng chí thành viên Ban Chỉ đạo, Tổng Bí thư yêu cầu: Thủ tướng Chính phủ và đồng chí Phó Chủ tịch Quốc hội theo chức năng nhiệm vụ, chỉ đạo các cơ quan chức năng nghiên cứu sửa đổi, bổ sung và thông qua các luật có liên quan. Trưởng Ban Tổ chức Trung ương trình Ban Bí thư hướng dẫn việc kiện toàn, bố trí cán bộ.

Bộ trưởng Bộ Khoa học và Công nghệ chỉ đạo xây dựng Chương trình phát triển công nghệ và công nghiệp chiến lược. Bộ trưởng Bộ Tài chính chỉ đạo bố trí ngân sách nhà nước chi cho sự nghiệp khoa học.
"""


def test_a_leaders_directions_after_yeu_cau_colon_go_on_through_the_paragraphs_sentences():
    # bcdtw_phien1 (b13-lead): "yêu cầu:" then an official and his body; each later sentence opening on an official
    # over a body, with its verb, is one more direction; "đồng chí Phó Chủ tịch Quốc hội" stands for the Assembly.
    found = _roles(STEERING_COMMITTEE_NEWS)
    assert {("Quốc hội", "thực hiện"), ("Ban Tổ chức Trung ương", "thực hiện"), ("Bộ Khoa học và Công nghệ", "thực hiện"),
            ("Bộ Tài chính", "thực hiện")} <= found


def test_bodies_named_after_a_word_of_saying_are_given_the_directions_quoted():
    # "Tổng Bí thư nêu rõ, Thường trực Ban Bí thư, Chủ tịch Ủy ban … chỉ đạo …" in a page without tasks of its own.
    found = _roles(STEERING_COMMITTEE_NEWS)
    assert {("Thường trực Ban Bí thư", "thực hiện"), ("Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", "thực hiện"),
            ("Ban cán sự đảng Chính phủ", "thực hiện")} <= found
    # a speaker's report is not a direction
    assert not _roles("Giám đốc Sở cho biết thêm.\n\nPhó Chủ tịch nhấn mạnh, Sở Y tế đã hoàn thành kế hoạch năm 2024.\n")


def test_a_letters_closing_basis_does_not_give_its_addressee_a_second_role():
    # lc_cv2496: "Giao Sở Công Thương chủ trì … . Căn cứ nội dung văn bản, Sở Công Thương tổ chức thực hiện./."
    assert _roles(SHORT_LETTER) >= {("Sở Công Thương", "chủ trì")}
    assert ("Sở Công Thương", "thực hiện") not in _roles(SHORT_LETTER)


ANTI_SMUGGLING_PLAN_NEWS = """Ban Chỉ đạo 389 quốc gia mở đợt cao điểm chống buôn lậu dịp Tết

Tại Kế hoạch, Ban chỉ đạo 389 quốc gia đưa ra nhiệm vụ trọng tâm đối với các bộ, ngành, địa phương.

Theo đó, Ban Chỉ đạo 389 các bộ, ngành, địa phương, thực hiện nghiêm chỉ đạo của Chính phủ, Thủ tướng Chính phủ; xây dựng kế hoạch chỉ đạo, đôn đốc các cơ quan, đơn vị chức năng tăng cường công tác chống buôn lậu.

Bên cạnh đó, Ban Chỉ đạo 389 quốc gia cũng giao nhiệm vụ cụ thể cho Ban chỉ đạo 389 các bộ, ngành, địa phương.

Trong đó, Ban Chỉ đạo 389 Bộ Tài chính có nhiệm vụ chỉ đạo Tổng cục Hải quan chỉ đạo các đơn vị nghiệp vụ tăng cường kiểm tra, kiểm soát chặt chẽ khu vực cửa khẩu.
"""


def test_a_numbered_steering_committee_before_a_body_is_that_bodys_committee_given_its_duty():
    # bcd389 (b13-lead): "Ban Chỉ đạo 389 Bộ Tài chính có nhiệm vụ …", "Ban Chỉ đạo 389 các bộ, ngành, địa phương, thực
    # hiện nghiêm …"; the national committee that hands out the tasks ("cũng giao nhiệm vụ cụ thể cho …") is not given one.
    assert _roles(ANTI_SMUGGLING_PLAN_NEWS) == {
        ("Ban Chỉ đạo 389 các bộ, ngành, địa phương", "thực hiện"), ("Ban Chỉ đạo 389 Bộ Tài chính", "thực hiện"),
    }


def test_a_central_leader_asks_a_province_which_its_committee_does():
    # lc_ptt (b14c): a Deputy Prime Minister's directions to a province, one "Ba là" paragraph a body's.
    text = ("Phó Thủ tướng Trương Hòa Bình yêu cầu tỉnh Lào Cai chỉ đạo các lực lượng chức năng tập trung làm tốt 6 "
            "nhiệm vụ.\n\n*Một là*, thực hiện nghiêm túc các chỉ đạo của Chính phủ.\n\n*Ba là*, Ban chỉ đạo 389 tỉnh "
            "Lào Cai làm tốt hơn nữa công tác chỉ đạo.\n")
    found = {(a.name, a.canonical_name, a.role) for a in iter_agencies(text)}
    assert ("tỉnh Lào Cai", "Ủy ban nhân dân tỉnh Lào Cai", "thực hiện") in found
    assert any(name == "Ban chỉ đạo 389 tỉnh Lào Cai" for name, _, _ in found)
    # A province's own page: its committee is the issuer, not an assignee of its own request.
    assert not list(iter_agencies("UBND tỉnh yêu cầu UBND tỉnh Lào Cai chỉ đạo các lực lượng chức năng.\n"))


def test_a_city_named_first_keeps_its_level():
    text = "Thủ tướng yêu cầu Thành phố Hồ Chí Minh, tỉnh Lâm Đồng đẩy nhanh tiến độ giải phóng mặt bằng.\n"
    canonical = {a.canonical_name for a in iter_agencies(text)}
    assert canonical == {"Ủy ban nhân dân thành phố Hồ Chí Minh", "Ủy ban nhân dân tỉnh Lâm Đồng"}


def test_a_paragraph_handing_a_body_the_points_after_it_heads_them():
    # cp_nq27 (b15g, thuviennhadat): "…, Chính phủ đã yêu cầu Bộ Thông tin và Truyền thông thực hiện các nhiệm vụ …
    # như sau:" then bullets, the first of them "Chủ trì, phối hợp …", as "Giao Bộ X:" heads a plan's points.
    text = ("Theo đó, Chính phủ đã yêu cầu Bộ Thông tin và Truyền thông thực hiện các nhiệm vụ được quy định cụ thể tại "
            "Nghị quyết 27/NQ-CP năm 2025 như sau:\n\n- Chủ trì, phối hợp với các cơ quan, địa phương tiếp tục thực hiện "
            "các giải pháp đẩy mạnh đầu tư.\n\n- Đẩy nhanh tiến độ soạn thảo, trình Chính phủ dự thảo Nghị định.\n")
    roles = _roles(text)
    assert roles == {("Bộ Thông tin và Truyền thông", "chủ trì"), ("Bộ Thông tin và Truyền thông", "thực hiện")}
    # A collective handed the points names no body.
    assert not [a for a in iter_agencies(text.replace("Bộ Thông tin và Truyền thông", "các cơ quan")) if not a.generic]


def test_a_body_the_committee_is_said_to_have_given_a_task_does_it():
    # Báo Thái Nguyên on plan 222 (b25c): "Với vai trò “chủ công” …, Sở X được UBND tỉnh giao thường xuyên theo dõi …".
    sentence = ("Với vai trò “chủ công” trong việc tham mưu xây dựng và triển khai Kế hoạch 222, Sở Thông tin và Truyền "
                "thông được UBND tỉnh giao thường xuyên theo dõi, đôn đốc, kiểm tra.")
    assert ("Sở Thông tin và Truyền thông", "thực hiện") in _roles(sentence)
    # A body that only receives ("được UBND tỉnh khen thưởng") is given no task.
    assert not _roles("Sở Thông tin và Truyền thông được UBND tỉnh khen thưởng vì thành tích xuất sắc.")


def test_the_symbol_of_a_cited_document_number_is_no_body():
    # "Văn bản số 6073/UBND-KT ngày …": the symbol after the number names the issuing desk of a text.
    text = ("UBND tỉnh đã giao Sở Tài chính chủ trì, phối hợp với Sở Công Thương rà soát, giải quyết (Phiếu chuyển số "
            "227/PC-VPUBND ngày 12/3/2026 và Văn bản số 6073/UBND-KT ngày 14/6/2026).")
    assert [m.name for m in iter_mentions(text)] == ["UBND tỉnh", "Sở Tài chính", "Sở Công Thương"]
    # a body after a slash between two bodies is still one
    assert [m.name for m in iter_mentions("Giao Bộ Chỉ huy Quân sự tỉnh/Ban Chỉ huy Bộ đội Biên phòng tỉnh chủ trì")] == [
        "Bộ Chỉ huy Quân sự tỉnh", "Ban Chỉ huy Bộ đội Biên phòng tỉnh"]


def test_a_bold_topic_line_over_a_paragraph_does_not_hide_its_subject():
    # An explainer's "**Tuyên truyền và nhận thức**" ⏎ "Ban Tuyên giáo Trung ương … được giao nhiệm vụ …" (bcdtw_phien2).
    text = ("Phiên họp thứ hai của Ban Chỉ đạo diễn ra chiều 4/3/2025.\n\n**Tuyên truyền và nhận thức**\nBan Tuyên giáo Trung ương và Ban Dân vận Trung ương được giao nhiệm vụ tăng "
            "cường tuyên truyền, nâng cao nhận thức về chuyển đổi số.\n\n**Bộ Khoa học và Công nghệ**\n"
            "Chủ trì xây dựng cơ sở dữ liệu quốc gia.")
    roles = all_roles(text)
    assert ("Ban Tuyên giáo Trung ương", "thực hiện") in roles and ("Ban Dân vận Trung ương", "thực hiện") in roles
    assert ("Bộ Khoa học và Công nghệ", "chủ trì") in roles  # a bold line naming the body is still its subject


def test_a_directing_verb_on_the_next_line_is_no_part_of_a_city_body():
    text = "1.2. Giao Công an Thành\nphố\nChỉ đạo Công an các\nphường, xã, đặc khu phối hợp và hướng dẫn Ủy ban nhân dân các phường"
    # (the commune police runs over the levels listed after the first: "Công an các phường, xã, đặc khu")
    assert [m.name for m in iter_mentions(text)][:2] == ["Công an Thành phố", "Công an các phường, xã, đặc khu"]
