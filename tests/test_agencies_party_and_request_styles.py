"""Ways of assigning met in Party resolutions, National Assembly resolutions, sector
plans and provincial letters: Party committees as assignees, bodies joined by "/"
and "hoặc", leads named in the passive, sub-titles that only state a role, commune
committees named with their communes, and directives that close on "… nhiệm vụ sau:"."""

from extractors.agencies import iter_agencies
from tests._agencies_support import all_roles, named_roles as _roles


def _names(text):
    return {a.name for a in iter_agencies(text) if not a.generic}


PARTY_RESOLUTION = """**NGHỊ QUYẾT**

**IV- TỔ CHỨC THỰC HIỆN**

**1****. **Đảng ủy Quốc hội lãnh đạo, chỉ đạo rà soát, hoàn thiện pháp luật về y tế.

**2. **Đảng uỷ Chính phủ chủ trì, phối hợp với Ban Tổ chức Trung ương, Văn phòng Trung ương Đảng theo dõi, đánh giá kết quả thực hiện Nghị quyết.

**3****. **Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương lãnh đạo, chỉ đạo vận động Nhân dân thực hiện Nghị quyết.

**4.** Các tỉnh ủy, thành ủy lãnh đạo, chỉ đạo quán triệt, triển khai thực hiện Nghị quyết.
"""


def test_party_committees_and_boards_are_assignees_of_a_party_resolution():
    roles = _roles(PARTY_RESOLUTION)
    assert ("Đảng ủy Quốc hội", "thực hiện") in roles
    assert ("Đảng uỷ Chính phủ", "chủ trì") in roles
    assert ("Ban Tổ chức Trung ương", "phối hợp") in roles
    assert ("Văn phòng Trung ương Đảng", "phối hợp") in roles
    # The Party committee set up in 2025 is named with its comma: "Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương".
    assert ("Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương", "thực hiện") in roles
    assert ("Các tỉnh ủy, thành ủy", "thực hiện") in roles


PROVINCIAL_LETTER = """Chủ tịch Ủy ban nhân dân tỉnh yêu cầu các cơ quan, đơn vị triển khai thực hiện tốt các nhiệm vụ như sau:
1. Sở Nội vụ
a) Phối hợp tham gia kiểm tra liên ngành về an toàn lao động do Sở Y tế hoặc Công an tỉnh chủ trì.
2. Bộ Chỉ huy Quân sự tỉnh/Ban Chỉ huy Bộ đội Biên phòng tỉnh
a) Chủ trì, phối hợp với các cơ quan liên quan tuyên truyền pháp luật ở khu vực biên giới.
b) Nâng cao chất lượng kiểm tra, kiểm soát tại cửa khẩu.
"""


def test_bodies_joined_by_a_slash_both_head_the_points_under_them():
    roles = _roles(PROVINCIAL_LETTER)
    for name in ("Bộ Chỉ huy Quân sự tỉnh", "Ban Chỉ huy Bộ đội Biên phòng tỉnh"):
        assert (name, "chủ trì") in roles
        assert (name, "thực hiện") in roles


def test_bodies_named_after_do_as_the_lead_of_a_task_lead_it():
    roles = _roles(PROVINCIAL_LETTER)
    assert ("Sở Y tế", "chủ trì") in roles
    assert ("Công an tỉnh", "chủ trì") in roles


def test_the_owner_of_a_national_programmes_part_is_no_lead_of_the_plan():
    text = (
        "IV. TỔ CHỨC THỰC HIỆN\n\n1. Công an tỉnh\n\n"
        "a) Tổ chức triển khai thực hiện các nội dung, nhiệm vụ các dự án, tiểu dự án do Bộ Công an chủ trì "
        "theo chức năng, nhiệm vụ được giao.\n"
    )
    assert "Bộ Công an" not in _names(text)


def test_a_partner_of_the_committee_the_subject_advises_is_no_partner_of_the_plan():
    text = (
        "IV. TỔ CHỨC THỰC HIỆN\n\n1. Sở Y tế\n\n"
        "a) Chủ trì, phối hợp với Sở Tài chính tham mưu Ủy ban nhân dân tỉnh phối hợp Bộ Y tế triển khai Dự án 6.\n"
    )
    roles = _roles(text)
    assert ("Sở Tài chính", "phối hợp") in roles
    assert "Bộ Y tế" not in _names(text)


ASSEMBLY_RESOLUTION = """**NGHỊ QUYẾT**

**QUỐC HỘI**

*Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;*

**QUYẾT NGHỊ:**

**Điều 2. Nhiệm vụ và giải pháp chủ yếu**

Quốc hội cơ bản tán thành các nhiệm vụ, giải pháp, đồng thời, đề nghị Chính phủ và các cơ quan liên quan tập trung thực hiện các nhiệm vụ chủ yếu sau đây:

**Điều 3. Tổ chức thực hiện**

Chính phủ, chính quyền địa phương các cấp, Tòa án nhân dân tối cao, Viện kiểm sát nhân dân tối cao, Kiểm toán nhà nước theo chức năng, nhiệm vụ được giao khẩn trương xây dựng kế hoạch cụ thể.
"""


def test_a_national_assembly_resolution_assigns_the_government_and_the_courts():
    roles = _roles(ASSEMBLY_RESOLUTION)
    assert ("Chính phủ", "phối hợp") in roles  # asked with "đề nghị" after the Assembly's own words
    assert ("Chính phủ", "thực hiện") in roles
    assert ("Tòa án nhân dân tối cao", "thực hiện") in roles
    assert ("Kiểm toán nhà nước", "thực hiện") in roles
    assert "Quốc hội" not in _names(ASSEMBLY_RESOLUTION)


SECTOR_PLAN = """**V. TỔ CHỨC THỰC HIỆN**

**1. Sở Công Thương**

*a) Chủ trì, phối hợp với các sở, ban, ngành, UBND các xã, phường và cơ quan, đơn vị có liên quan*

- Tổ chức chương trình tập huấn kiến thức về xuất khẩu hàng hóa.

- Tham mưu phát triển công nghiệp chế biến. Chú trọng phát triển công nghiệp phụ trợ.

*b) Phối hợp với các sở, ngành, UBND các xã, phường*

- Hỗ trợ các nhà đầu tư đầu tư phát triển hạ tầng thương mại.

*c) Chủ trì, phối hợp*

- Sở Tài chính và các đơn vị có liên quan tham mưu Ủy ban nhân dân tỉnh bố trí ngân sách.

**2. Ủy ban nhân dân các xã: Tân Thành, Bình Xuân, Gò Công Đông**

- Xây dựng kế hoạch cụ thể hóa các nhiệm vụ tại địa phương.

**3. Đề nghị Liên đoàn Lao động tỉnh**

Chủ trì, phối hợp với các sở, ngành tổ chức tuyên truyền cho công nhân lao động.

**4. Sở Y tế**

Chủ trì kiểm tra việc thực hiện chính sách dân số. Trong đó, tập trung các giải pháp duy trì mức sinh thay thế.
"""


def test_a_sub_title_that_only_states_a_role_gives_it_to_the_points_under_it():
    roles = _roles(SECTOR_PLAN)
    assert ("Sở Công Thương", "chủ trì") in roles
    assert ("Sở Công Thương", "phối hợp") in roles
    assert ("Sở Công Thương", "thực hiện") not in roles


def test_bodies_opening_the_points_after_a_bare_chu_tri_phoi_hop_are_partners():
    roles = _roles(SECTOR_PLAN)
    assert ("Sở Tài chính", "phối hợp") in roles
    assert ("Sở Tài chính", "thực hiện") not in roles


def test_a_commune_committee_named_with_its_communes_heads_its_points():
    assert ("Ủy ban nhân dân các xã: Tân Thành, Bình Xuân, Gò Công Đông", "thực hiện") in _roles(SECTOR_PLAN)


def test_a_body_asked_with_de_nghi_whose_point_says_chu_tri_is_asked_and_leads():
    roles = _roles(SECTOR_PLAN)
    assert ("Liên đoàn Lao động tỉnh", "chủ trì") in roles
    assert ("Liên đoàn Lao động tỉnh", "phối hợp") in roles


def test_the_detail_of_a_lead_s_duty_is_no_new_duty():
    assert ("Sở Y tế", "thực hiện") not in _roles(SECTOR_PLAN)


def test_a_clause_opening_on_its_basis_names_its_subjects_after_it():
    text = (
        "VI. TỔ CHỨC THỰC HIỆN\n\n1. Căn cứ Kế hoạch này, các sở, ban, ngành cấp tỉnh, Ủy ban nhân dân các xã, phường "
        "nghiên cứu triển khai thực hiện.\n"
    )
    assert ("Ủy ban nhân dân các xã, phường", "thực hiện") in _roles(text)


def test_a_collective_reference_takes_in_where_its_bodies_sit():
    text = (
        "VI. TỔ CHỨC THỰC HIỆN\n\n**13. Báo và Phát thanh, Truyền hình tỉnh và các cơ quan báo chí đóng trên địa bàn**\n\n"
        "Chủ trì, phối hợp với Sở Khoa học và Công nghệ tuyên truyền về nội dung Kế hoạch.\n\n"
        "**14. Tỉnh đoàn**\n\nTriển khai nhiệm vụ được giao chủ trì tại Phụ lục của Kế hoạch.\n"
    )
    roles = _roles(text)
    assert ("Báo và Phát thanh, Truyền hình tỉnh", "chủ trì") in roles
    assert ("Báo và Phát thanh, Truyền hình tỉnh", "thực hiện") not in roles
    assert ("Tỉnh đoàn", "chủ trì") in roles


def test_a_directive_closing_on_nhiem_vu_sau_assigns_its_items():
    text = (
        "Chủ tịch Ủy ban nhân dân tỉnh yêu cầu Công an tỉnh, các sở, ban, ngành, đoàn thể; Ủy ban nhân dân các xã, "
        "phường tập trung thực hiện một số nhiệm vụ sau:\n"
        "1. Công an tỉnh, các sở, ban, ngành, đoàn thể tỉnh và Ủy ban nhân dân các xã, phường\n"
        "Theo chức năng, nhiệm vụ, phạm vi quản lý tổ chức tuyên truyền, phổ biến Quyết định.\n"
    )
    assert ("Công an tỉnh", "thực hiện") in _roles(text)


def test_a_council_named_without_its_level_is_a_collective_reference():
    text = (
        "IV. TỔ CHỨC THỰC HIỆN\n\n2. Đề nghị Hội đồng nhân dân, Mặt trận Tổ quốc Việt Nam, trong phạm vi nhiệm vụ, "
        "quyền hạn của mình, tổ chức triển khai và giám sát việc thực hiện Nghị quyết này.\n"
    )
    found = {(a.name, a.generic) for a in iter_agencies(text)}
    assert ("Hội đồng nhân dân", True) in found
    assert ("Mặt trận Tổ quốc Việt Nam", False) in found


def test_a_lead_cell_that_states_roles_gives_each_list_its_own():
    text = (
        "PHỤ LỤC\n\n| STT | Nhiệm vụ | Cơ quan chủ trì | Thời gian |\n|---|---|---|---|\n"
        "| 1 | Công bố dữ liệu mở hằng năm | Sở Khoa học và Công nghệ chủ trì hướng dẫn, tổng hợp; Các sở, ngành, "
        "UBND cấp xã thực hiện công bố dữ liệu mở | 2026 |\n"
    )
    roles = all_roles(text)
    assert ("Sở Khoa học và Công nghệ", "chủ trì") in roles
    assert ("UBND cấp xã", "thực hiện") in roles
    assert ("UBND cấp xã", "chủ trì") not in roles


def test_a_lead_s_point_ending_on_a_comma_goes_on_in_the_next_point():
    text = (
        "III. NHIỆM VỤ, GIẢI PHÁP\n\n- Bộ Tài chính\n\n+ Chủ trì, phối hợp với Bộ Nông nghiệp và Môi trường để tháo gỡ "
        "các khó khăn trong đầu tư hạ tầng thu gom rác thải theo phương thức đối tác công - tư,\n\n"
        "+ Rà soát, đề xuất sửa đổi chính sách về thuế, phí trong trường hợp cần thiết.\n\n"
        "IV. TỔ CHỨC THỰC HIỆN\n\n1. Sở Y tế\n\na) Chủ trì kiểm tra việc thực hiện chính sách dân số;\n\n"
        "b) Tổ chức sơ kết, tổng kết các chương trình về dân số;\n"
    )
    roles = _roles(text)
    assert ("Bộ Tài chính", "chủ trì") in roles
    assert ("Bộ Tài chính", "thực hiện") not in roles
    # Points that end on a semicolon are the items of a list, each with its own role.
    assert ("Sở Y tế", "thực hiện") in roles


def test_an_agency_cell_holding_only_a_kind_of_body_is_a_collective_reference():
    text = (
        "PHỤ LỤC\n\n| STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp |\n|---|---|---|---|\n"
        "| 1 | Vận động doanh nghiệp tham gia đổi mới công nghệ | Hiệp hội Doanh nghiệp tỉnh | Doanh nghiệp |\n"
    )
    found = {(a.name, a.role, a.generic) for a in iter_agencies(text)}
    assert ("Hiệp hội Doanh nghiệp tỉnh", "chủ trì", False) in found
    assert ("Doanh nghiệp", "phối hợp", True) in found


def test_a_project_board_is_named_by_what_it_builds_and_where():
    text = "IV. TỔ CHỨC THỰC HIỆN\n\n1. Giao Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh chủ trì thi công.\n"
    assert ("Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh", "chủ trì") in _roles(text)


def test_the_investor_a_letter_names_once_is_meant_by_chu_dau_tu_after():
    text = (
        "1. Thông tin về dự án\n- Tên dự án: Cụm công nghiệp Phú Thịnh.\n"
        "- Chủ đầu tư: Ban Quản lý dự án đầu tư xây dựng xã Phú Thịnh.\n"
        "2. Ý kiến tham gia\nĐề nghị Chủ đầu tư cập nhật đầy đủ các văn bản quy phạm pháp luật hiện hành; "
        "thu hút các nhà đầu tư thứ cấp.\n"
    )
    found = [a for a in iter_agencies(text) if a.name == "Ban Quản lý dự án đầu tư xây dựng xã Phú Thịnh"]
    assert [a.role for a in found] == ["phối hợp"]


def test_an_investment_certificates_conditions_on_the_investor_are_its_duties():
    text = (
        "Chứng nhận nhà đầu tư:\nTên doanh nghiệp: Công ty Cổ phần đầu tư phát triển công nghiệp Hà Giang.\n"
        "Điều 2: Các ưu đãi, hỗ trợ đầu tư\nThực hiện theo quy định của pháp luật hiện hành.\n"
        "Điều 3: Các quy định đối với nhà đầu tư thực hiện dự án\n"
        "1. Nhà đầu tư phải làm thủ tục đăng ký cấp tài khoản trên Hệ thống thông tin quốc gia về đầu tư.\n"
    )
    assert ("Công ty Cổ phần đầu tư phát triển công nghiệp Hà Giang", "thực hiện") in _roles(text)


def test_a_council_before_a_committee_shares_the_committee_s_level():
    text = (
        "**Điều 3. Tổ chức thực hiện**\n\n1. Chính phủ, Hội đồng nhân dân, Ủy ban nhân dân tỉnh Đồng Tháp có trách "
        "nhiệm tổ chức thi hành Nghị quyết này.\n"
    )
    assert ("Hội đồng nhân dân", False) in {(a.name, a.generic) for a in iter_agencies(text)}


def test_a_project_board_s_place_is_read_whole():
    text = "IV. TỔ CHỨC THỰC HIỆN\n\n1. Ban Quản lý dự án đầu tư xây dựng khu vực Đông Sơn tổ chức thi công.\n"
    assert ("Ban Quản lý dự án đầu tư xây dựng khu vực Đông Sơn", "thực hiện") in _roles(text)


PARTY_DIRECTIVE = """ĐẢNG CỘNG SẢN VIỆT NAM
TỈNH ỦY LÀO CAI
Số: 15-CT/TU
CHỈ THỊ
về tăng cường lãnh đạo công tác chuyển đổi số
Để thực hiện tốt, Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy, tổ chức đảng thực hiện tốt một số nhiệm vụ sau:
1. Đảng ủy Ủy ban nhân dân tỉnh lãnh đạo, chỉ đạo Ủy ban nhân dân tỉnh xây dựng kế hoạch triển khai Chỉ thị.
2. Đảng ủy Hội đồng nhân dân tỉnh lãnh đạo Hội đồng nhân dân tỉnh ban hành cơ chế, chính sách.
3. Đảng ủy Mặt trận Tổ quốc, các đoàn thể tỉnh lãnh đạo tuyên truyền, vận động.
4. Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì, phối hợp với các cơ quan liên quan hướng dẫn tuyên truyền.
5. Ủy ban Kiểm tra Tỉnh ủy, Văn phòng Tỉnh ủy theo dõi, kiểm tra việc thực hiện Chỉ thị.
Chỉ thị này phổ biến đến chi bộ.
"""


def test_a_party_directive_to_the_party_committees_assigns_its_numbered_points():
    roles = {(a.canonical_name, a.role) for a in iter_agencies(PARTY_DIRECTIVE) if not a.generic}
    assert roles == {
        ("Đảng ủy Ủy ban nhân dân tỉnh", "thực hiện"),
        ("Đảng ủy Hội đồng nhân dân tỉnh", "thực hiện"),  # the 2025 committee, not the council it leads
        ("Đảng ủy Mặt trận Tổ quốc, các đoàn thể tỉnh", "thực hiện"),
        ("Ban Tuyên giáo và Dân vận Tỉnh ủy", "chủ trì"),
        ("Ủy ban Kiểm tra Tỉnh ủy", "thực hiện"),
        ("Văn phòng Tỉnh ủy", "thực hiện"),
    }
