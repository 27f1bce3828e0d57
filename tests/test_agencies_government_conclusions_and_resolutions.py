"""Government conclusions and resolutions assign ministries in prose: a list given its remit before its role,
a body told to act within its remit or urged, a notice's closing formula, and a resolution's numbered clauses
that open on named bodies, and the directions a news page reports (b9 documents: the Government's conclusions on
Phú Thọ and Đắk Lắk, NQ 26/NQ-CP, NQ 380/NQ-CP, a report of the price steering committee's meeting)."""

from extractors.agencies import iter_agencies
from tests.blind_documents import parsed_blind_document
from tests._agencies_support import canonical_roles as _roles


def _document_roles(name: str) -> set[tuple[str, str]]:
    parsed = parsed_blind_document(name)
    return {(a.canonical_name, a.role) for a in iter_agencies(parsed.text, parsed.tables) if not a.generic}


def test_a_list_given_its_remit_before_chu_tri_leads_and_only_the_bodies_after_phoi_hop_partner():
    text = ("II. NHIỆM VỤ\n1. Giao Bộ Tài chính, Bộ Công Thương theo chức năng, nhiệm vụ và thẩm quyền chủ trì, "
            "phối hợp với Bộ Xây dựng nghiên cứu, xử lý kiến nghị của tỉnh.\n")
    assert _roles(text) == {("Bộ Tài chính", "chủ trì"), ("Bộ Công Thương", "chủ trì"), ("Bộ Xây dựng", "phối hợp")}


def test_a_body_told_to_act_within_its_remit_or_urged_is_given_the_task():
    text = ("II. NHIỆM VỤ\n1. Bộ Nội vụ theo chức năng nhiệm vụ được giao khẩn trương nghiên cứu, xử lý kiến nghị "
            "của tỉnh.\n2. Bộ Y tế khẩn trương chủ trì, phối hợp với Bộ Tài chính hoàn thiện hồ sơ.\n")
    assert _roles(text) == {("Bộ Nội vụ", "thực hiện"), ("Bộ Y tế", "chủ trì"), ("Bộ Tài chính", "phối hợp")}


def test_a_notice_tells_the_bodies_it_is_sent_to_carry_it_out_only_when_it_says_thuc_hien():
    acts = "Văn phòng Chính phủ thông báo để Bộ Y tế và các Bộ, cơ quan liên quan biết, thực hiện./.\n"
    informs = "Văn phòng Chính phủ thông báo để Bộ Y tế biết./.\n"
    assert _roles("II. NHIỆM VỤ\n" + acts) == {("Bộ Y tế", "thực hiện")}
    assert _roles("II. NHIỆM VỤ\n" + informs) == set()


def test_the_conclusions_on_a_province_assign_its_committee_and_the_ministries():
    roles = _document_roles("vpcp_tb636_ketluan_phutho_2025.md")
    assert {("Bộ Tài chính", "chủ trì"), ("Bộ Công Thương", "chủ trì"), ("Bộ Nội vụ", "thực hiện")} <= roles
    assert ("Bộ Tài chính", "phối hợp") not in roles
    assert any(name.startswith("Ủy ban nhân dân tỉnh") and role == "thực hiện" for name, role in roles)
    assert ("Bộ Nông nghiệp và Môi trường", "chủ trì") in _document_roles("vpcp_tb623_ketluan_daklak_2025.md")


def test_a_resolution_clause_opening_on_named_bodies_gives_them_its_duty_outside_the_tasks_article():
    # "4. Bộ Quốc phòng, Bộ Công an, Bộ Y tế và Viện Hàn lâm Khoa học và Công nghệ Việt Nam chỉ đạo các đơn vị giám
    # định ADN trực thuộc tổ chức thực hiện …" in Điều 2 of NQ 26/NQ-CP.
    roles = _document_roles("cp_nq26_giamdinhadn_lietsi_2026.pdf")
    assert {("Bộ Quốc phòng", "thực hiện"), ("Bộ Công an", "thực hiện"), ("Bộ Y tế", "thực hiện")} <= roles


def test_places_listed_after_a_committee_share_its_head_and_a_collective_after_named_bodies_shares_their_task():
    # NQ 380/NQ-CP: "d) Ủy ban nhân dân thành phố Hà Nội, thành phố Hồ Chí Minh, thành phố Hải Phòng và tỉnh Quảng Ninh
    # trực tiếp hỗ trợ chi viện …", "c) Bộ Y tế, Bộ Nông nghiệp và Môi trường, các bộ, cơ quan liên quan xuất cấp …".
    # Each place is its people's committee.
    roles = _document_roles("cp_nq380_khacphucthientai_mientrung_2025.md")
    assert {("Ủy ban nhân dân thành phố Hồ Chí Minh", "thực hiện"), ("Ủy ban nhân dân thành phố Hải Phòng", "thực hiện"),
            ("Ủy ban nhân dân tỉnh Quảng Ninh", "thực hiện"), ("Bộ Y tế", "thực hiện")} <= roles


def test_the_committee_that_issues_a_request_is_not_its_subject():
    text = "II. NHIỆM VỤ\n1. Ủy ban nhân dân tỉnh giao Sở Y tế chủ trì, phối hợp với Sở Tài chính triển khai.\n"
    assert _roles(text) == {("Sở Y tế", "chủ trì"), ("Sở Tài chính", "phối hợp")}


def test_a_reported_direction_may_open_on_its_topic_or_its_time_before_the_body_given_it():
    # A news report of a steering committee's meeting, after the Deputy Prime Minister "đề nghị Bộ Tài chính …":
    # "Hết năm 2019, Bộ GTVT sẽ phải hoàn thành thu phí không dừng …", "Về giá xăng dầu, Bộ Công Thương xây dựng
    # kịch bản điều hành cả năm …".
    roles = _document_roles("bcdgia_cpi2019_news_2019.md")
    assert {("Bộ Giao thông vận tải", "thực hiện"), ("Bộ Công Thương", "thực hiện")} <= roles


def test_a_province_that_labels_an_item_of_a_conclusion_is_given_its_task_and_keeps_its_name():
    text = ("Phó Thủ tướng yêu cầu các địa phương:\n"
            "- Tỉnh Tuyên Quang: Giải quyết dứt điểm công tác di dời hạ tầng kỹ thuật.\n\n"
            "- Tỉnh Cao Bằng: Hoàn thành di dời 01 vị trí đường điện cao thế còn lại.\n\n"
            "Tỉnh Sơn La có diện tích 14.000 km2.\n")
    assert _roles(text) == {("Tỉnh Tuyên Quang", "thực hiện"), ("Tỉnh Cao Bằng", "thực hiện")}


def test_the_news_page_on_expressways_gives_each_labelled_province_its_task():
    roles = _document_roles("vpcp_tb285_caotoc_news_2025.md")
    assert {("Tỉnh Tuyên Quang", "thực hiện"), ("Tỉnh Cao Bằng", "thực hiện")} <= roles


def test_a_government_notice_copied_without_its_letterhead_assigns_the_provincial_committee():
    # The web copy of the notice opens on "THÔNG BÁO" / "KẾT LUẬN CỦA PHÓ THỦ TƯỚNG …" with no letterhead.
    roles = _document_roles("vpcp_tb655_ketluan_sonla_2025.md")
    assert ("Ủy ban nhân dân tỉnh Sơn La", "thực hiện") in roles
    provincial = "**KẾ HOẠCH**\n\n**II. NHIỆM VỤ**\n\n1. Ủy ban nhân dân tỉnh Sơn La chỉ đạo các sở triển khai.\n"
    assert not any(name.startswith("Ủy ban nhân dân tỉnh") for name, _ in _roles(provincial))


CONCLUSIONS_ON_REQUESTS = """VĂN PHÒNG CHÍNH PHỦ
-------

THÔNG BÁO
KẾT LUẬN CỦA THỦ TƯỚNG CHÍNH PHỦ TẠI BUỔI LÀM VIỆC VỚI THƯỜNG TRỰC TỈNH ỦY THANH HÓA

II. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM THỜI GIAN TỚI
Đề nghị Thường trực Tỉnh ủy tập trung lãnh đạo, chỉ đạo thực hiện các nhiệm vụ, giải pháp trên các lĩnh vực.
III. VỀ MỘT SỐ KIẾN NGHỊ CỦA TỈNH
2. Về dự án đầu tư xây dựng công trình nạo vét luồng tàu vào khu bến cảng Nghi Sơn tại Khu kinh tế
Nghi Sơn: Bộ Xây dựng khẩn trương rà soát, sớm bàn giao trong năm 2025 dự án cho tỉnh.
5. Về điều chuyển số vốn dư, không có khả năng giải ngân trong năm 2025: Ủy ban nhân dân tỉnh Thanh Hóa rà soát và khẩn trương thực hiện các giải pháp cụ thể.
9. Về triển khai hạ tầng phủ sóng: đề nghị các Tập đoàn: Bưu chính Viễn thông Việt Nam, Công nghiệp - Viễn thông Quân đội tổ chức triển khai thực hiện theo quy định, hoàn thành trong tháng 12 năm 2025.
"""


def test_a_conclusion_answering_a_request_under_its_topic_assigns_the_body_after_the_colon():
    # vpcp_tb634 (b12-lead): "2. Về dự án …: Bộ Xây dựng khẩn trương rà soát …", the topic's words may hold commas.
    roles = {(a.canonical_name, a.role) for a in iter_agencies(CONCLUSIONS_ON_REQUESTS) if not a.generic}
    assert ("Bộ Xây dựng", "thực hiện") in roles
    assert any(name.startswith("Ủy ban nhân dân tỉnh") and role == "thực hiện" for name, role in roles)


def test_the_standing_committee_of_the_provincial_party_committee_is_a_body():
    roles = {(a.canonical_name, a.role) for a in iter_agencies(CONCLUSIONS_ON_REQUESTS)}
    assert ("Thường trực Tỉnh ủy", "phối hợp") in roles


def test_groups_listed_after_cac_tap_doan_are_each_a_body():
    # "đề nghị các Tập đoàn: Bưu chính Viễn thông Việt Nam, Công nghiệp - Viễn thông Quân đội tổ chức triển khai …"
    roles = {(a.name, a.role) for a in iter_agencies(CONCLUSIONS_ON_REQUESTS)}
    assert ("Tập đoàn Bưu chính Viễn thông Việt Nam", "phối hợp") in roles
    assert ("Tập đoàn Công nghiệp - Viễn thông Quân đội", "phối hợp") in roles
    # a collective before them stops at "và các Tập đoàn:"
    text = ("III. VỀ MỘT SỐ KIẾN NGHỊ CỦA TỈNH\n10. Các Bộ, cơ quan liên quan và các Tập đoàn: Điện lực Việt Nam, "
            "Bưu chính viễn thông Việt Nam theo chức năng, nhiệm vụ phối hợp chặt chẽ với Tỉnh.\n")
    names = {a.name for a in iter_agencies(text)}
    assert {"Các Bộ, cơ quan liên quan", "Tập đoàn Điện lực Việt Nam", "Tập đoàn Bưu chính viễn thông Việt Nam"} <= names


EXPRESSWAY_CONCLUSIONS = """THÔNG BÁO
KẾT LUẬN CỦA THỦ TƯỚNG CHÍNH PHỦ

III. NHIỆM VỤ TRỌNG TÂM

1. Ủy ban nhân dân các tỉnh, thành phố: Tuyên Quang, Đồng Nai, Hồ Chí Minh, Đồng Tháp quyết liệt chỉ đạo các chủ đầu tư, nhà thầu đẩy nhanh tiến độ thi công.

2. Các tỉnh Nghệ An, Quảng Ngãi, Cao Bằng khẩn trương hoàn thiện Báo cáo nghiên cứu tiền khả thi.

3. Thành phố Hà Nội và các tỉnh Bắc Ninh, Gia Lai đẩy nhanh tiến độ lập, phê duyệt Báo cáo nghiên cứu khả thi.

4. Thành phố Hồ Chí Minh, tỉnh Lâm Đồng đẩy nhanh việc lựa chọn nhà đầu tư, nhà thầu.

Văn phòng Chính phủ thông báo để các cơ quan, địa phương biết, thực hiện.
"""


def test_provinces_listed_or_opening_an_item_are_each_their_committee_given_the_task():
    # vpcp_tb627 (b12b): "Ủy ban nhân dân các tỉnh, thành phố: A, B", "Các tỉnh A, B", "Thành phố Hà Nội và các tỉnh A,
    # B", "Thành phố Hồ Chí Minh, tỉnh Lâm Đồng" give one committee each, its level from the province.
    found = [a for a in iter_agencies(EXPRESSWAY_CONCLUSIONS) if not a.generic]
    expected = {f"Ủy ban nhân dân {place}" for place in (
        "tỉnh Tuyên Quang", "tỉnh Đồng Nai", "thành phố Hồ Chí Minh", "tỉnh Đồng Tháp", "tỉnh Nghệ An", "tỉnh Quảng Ngãi",
        "tỉnh Cao Bằng", "thành phố Hà Nội", "tỉnh Bắc Ninh", "tỉnh Gia Lai", "tỉnh Lâm Đồng")}
    assert {a.canonical_name for a in found if a.role == "thực hiện"} >= expected
    # A province that opens an item is named as written, known as its committee.
    assert ("Thành phố Hà Nội", "Ủy ban nhân dân thành phố Hà Nội") in {(a.name, a.canonical_name) for a in found}
    # the class that heads the list is not one more body
    assert not any("các tỉnh" in a.name for a in found)


def test_a_province_named_in_passing_is_no_body():
    text = ("THÔNG BÁO\n\nIII. NHIỆM VỤ\n\n1. Bộ Công Thương huy động lực lượng khôi phục hệ thống điện tại các tỉnh "
            "Gia Lai, Đắk Lắk, hoàn thành trong tháng 12.\n\n2. Tăng cường hỗ trợ tỉnh Lâm Đồng, tỉnh Gia Lai khắc phục hậu quả.\n")
    assert {name for name, _ in _roles(text)} == {"Bộ Công Thương"}


def test_an_answer_under_a_requests_topic_may_open_on_giao():
    # vpcp_tb648 (b12b): "1. Về hỗ trợ kinh phí …: Giao Bộ Tài chính chủ trì, phối hợp với Bộ Y tế nghiên cứu …"
    text = ("THÔNG BÁO\nKẾT LUẬN CỦA PHÓ THỦ TƯỚNG\n\nII. MỘT SỐ KIẾN NGHỊ CỦA TỈNH\n1. Về hỗ trợ kinh phí thực hiện dự án "
            "Bệnh án điện tử tại các cơ sở y tế: Giao Bộ Tài chính chủ trì, phối hợp với Bộ Y tế nghiên cứu tổng hợp.\n"
            "2. Về đề nghị sửa đổi Nghị định số 76/2019/NĐ-CP: Giao Bộ Nội vụ nghiên cứu, tổng hợp kiến nghị của tỉnh.\n")
    assert _roles(text) >= {("Bộ Tài chính", "chủ trì"), ("Bộ Y tế", "phối hợp"), ("Bộ Nội vụ", "thực hiện")}


def test_the_office_that_sends_a_notice_is_not_given_its_tasks():
    # vpcp_tb631 (b17a): the closing formula broken over a line, "… thông báo để các Bộ, cơ quan ⏎ liên quan biết, thực hiện".
    text = (
        "VĂN PHÒNG CHÍNH PHỦ\n-------\n\nTHÔNG BÁO\nKẾT LUẬN CỦA PHÓ THỦ TƯỚNG CHÍNH PHỦ\n\n"
        "(1) Bộ Tài chính khẩn trương hoàn thiện hồ sơ Chương trình.\n"
        "Văn phòng Chính phủ thông báo để các Bộ, cơ quan\nliên quan biết, thực hiện./.\n"
    )
    roles = _roles(text)
    assert ("Bộ Tài chính", "thực hiện") in roles
    assert not any(name == "Văn phòng Chính phủ" for name, _ in roles)
    assert not any(name == "Văn phòng Chính phủ" for name, _ in _document_roles("vpcp_tb631_ketluan_ctmtqg_2025.md"))


def test_bodies_responsible_for_organising_a_resolutions_execution_execute_it():
    # "1. Chính phủ, Hội đồng nhân dân, Ủy ban nhân dân tỉnh Cà Mau, … có trách nhiệm tổ chức thi hành Nghị quyết
    # này; …" (UBTVQH 1655/NQ-UBTVQH15, b27c): the closing execution list, as "chịu trách nhiệm thi hành" is.
    roles = _document_roles("ubtvqh_nq1655_sapxepxa_camau_2025.md")
    assert {("Hội đồng nhân dân", "thi hành"), ("Ủy ban nhân dân tỉnh Cà Mau", "thi hành")} <= roles
    assert ("Ủy ban nhân dân tỉnh Cà Mau", "thực hiện") not in roles
    assert ("Chính phủ", "thực hiện") in roles  # "2. Giao Chính phủ, … tổ chức việc xác định …"


def test_a_request_named_as_a_topic_asks_no_one():
    # vpcp_tb641 (b32c): "2. Về đề nghị Bộ Nội vụ tham mưu …: Bộ Nội vụ nghiên cứu …": the topic restates the city's
    # request; the answer after the colon gives the task.
    text = ("THÔNG BÁO\nKẾT LUẬN CỦA PHÓ THỦ TƯỚNG\n\nII. VỀ CÁC ĐỀ XUẤT, KIẾN NGHỊ CỦA THÀNH PHỐ\n"
            "1. Về đề nghị Bộ Khoa học và Công nghệ phối hợp với các bộ, ngành hoàn thiện cơ sở dữ liệu: "
            "Chính phủ đã ban hành Nghị quyết số 214/NQ-CP.\n"
            "2. Về đề nghị Bộ Y tế hỗ trợ trang thiết bị: Bộ Y tế nghiên cứu, xem xét.\n")
    assert _roles(text) == {("Bộ Y tế", "thực hiện")}


def test_a_conclusions_point_goes_on_with_its_bodys_role_after_a_semicolon():
    # vpcp_tb659 (b32a): "3. Bộ Tư pháp có trách nhiệm kiểm tra …; chủ trì, phối hợp với … nghiên cứu …" under
    # "… kết luận như sau:", outside any tasks part.
    text = ("THÔNG BÁO\nKẾT LUẬN CỦA PHÓ THỦ TƯỚNG\n\nSau khi nghe báo cáo, Phó Thủ tướng kết luận như sau:\n"
            "1. Bộ Tư pháp có trách nhiệm kiểm tra, đôn đốc việc thực hiện các nhiệm vụ nêu trên; chủ trì, phối hợp "
            "với Bộ Nội vụ nghiên cứu, đề xuất tiêu chí đánh giá.\n")
    assert _roles(text) >= {("Bộ Tư pháp", "chủ trì"), ("Bộ Nội vụ", "phối hợp")}


def test_a_basis_whose_comma_falls_inside_a_name_ends_after_that_name():
    # vpcp_tb659 (b32a): "2. Trên cơ sở đề nghị của các Bộ, cơ quan liên quan, Bộ Tài chính khẩn trương …".
    text = ("THÔNG BÁO\nKẾT LUẬN CỦA PHÓ THỦ TƯỚNG\n\nII. NHIỆM VỤ\n2. Trên cơ sở đề nghị của các Bộ, cơ quan liên quan, "
            "Bộ Tài chính khẩn trương rà soát, kịp thời bố trí kinh phí.\n")
    assert ("Bộ Tài chính", "thực hiện") in _roles(text)


def test_the_office_that_closes_with_its_respects_is_given_nothing():
    # vpcp_tb641 (b32c): "Văn phòng Chính phủ xin trân trọng thông báo./."
    text = ("VĂN PHÒNG CHÍNH PHỦ\n-------\n\nTHÔNG BÁO\nKẾT LUẬN CỦA PHÓ THỦ TƯỚNG CHÍNH PHỦ\n\n"
            "1. Bộ Nội vụ khẩn trương nghiên cứu đề xuất của thành phố.\n\nVăn phòng Chính phủ xin trân trọng thông báo./.\n")
    assert _roles(text) == {("Bộ Nội vụ", "thực hiện")}


def test_a_prime_ministers_decision_with_its_letterhead_on_one_line_assigns_the_provincial_committee():
    # A Word letterhead flattened to one line: "THỦ TƯỚNG CHÍNH PHỦ Số: 1786/QĐ-TTg⇥CỘNG HOÀ XÃ HỘI …".
    text = (
        "THỦ TƯỚNG CHÍNH PHỦ Số: 1786/QĐ-TTg\tCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Hà Nội, "
        "ngày 27 tháng 11 năm 2012\n\nQUYẾT ĐỊNH\n\nPhê duyệt Quy hoạch tổng thể phát triển kinh tế - xã hội tỉnh Hà Tĩnh\n\n"
        "Điều 3. Giao Ủy ban nhân dân tỉnh Hà Tĩnh căn cứ mục tiêu của tỉnh trong Quy hoạch được phê duyệt, chủ trì "
        "phối hợp với các Bộ, ngành liên quan, chỉ đạo việc lập các quy hoạch.\n"
    )
    assert ("Ủy ban nhân dân tỉnh Hà Tĩnh", "chủ trì") in _roles(text)
