"""Duties in the articles of a legal text (blind batch b35, vbpl.vn and chinhphu.vn pages of NQ 187 and 250/2025/QH15,
QĐ 33 and 51/2025/QĐ-TTg): the remit a duty is given within, articles whose heading stands on a line of its own, an
article titled with a body's rights and duties, a title that ends on the body directed, a criteria table's note naming
the guiding body, and the powers a text grants, which are no duty."""

from tests._agencies_support import named_roles


def test_bodies_after_the_remit_they_act_within_are_the_subjects():
    text = (
        "Trường hợp có yêu cầu đặc biệt về quốc phòng, an ninh, trong phạm vi chức năng, nhiệm vụ, Bộ Quốc phòng, "
        "Bộ Công an chủ trì, phối hợp với Bộ Ngoại giao cử lực lượng tham gia.\n"
    )
    assert named_roles(text) == {("Bộ Quốc phòng", "chủ trì"), ("Bộ Công an", "chủ trì"), ("Bộ Ngoại giao", "phối hợp")}


def test_the_remit_after_the_subject_changes_nothing():
    text = "Bộ Y tế, trong phạm vi chức năng, nhiệm vụ được giao, chủ trì, phối hợp với Bộ Tài chính hướng dẫn.\n"
    assert named_roles(text) == {("Bộ Y tế", "chủ trì"), ("Bộ Tài chính", "phối hợp")}


ARTICLES = (
    "**Điều 4**\n\nTrách nhiệm thi hành\n\n"
    "5. Tổng công ty Đường sắt Việt Nam tiếp nhận quản lý, bảo trì kết cấu hạ tầng.\n\n"
    "**Điều ****5**\n\nGiám sát\n\n"
    "3. Kiểm toán nhà nước, trong phạm vi nhiệm vụ, quyền hạn của mình, kiểm toán việc thực hiện Dự án.\n"
)


def test_articles_headed_on_a_line_of_their_own_make_their_clauses_duties():
    assert named_roles(ARTICLES) == {("Tổng công ty Đường sắt Việt Nam", "thực hiện"), ("Kiểm toán nhà nước", "thực hiện")}


def test_the_same_clauses_outside_articles_are_no_duty():
    assert named_roles(ARTICLES.replace("Điều", "Phần")) == set()


RIGHTS_AND_DUTIES = (
    "Điều 10. Kinh phí\n\n1. Ngân sách trung ương được sử dụng.\n\n"
    "Điều 11. {title} Cục Bưu điện Trung ương\n\n"
    "1. Quản lý, giám sát, kiểm soát truy nhập.\n\n"
    "4. Chủ trì, phối hợp với Bộ Tài chính thực hiện kết nối mạng.\n"
)


def test_an_article_on_a_bodys_rights_and_duties_gives_it_the_clauses():
    for title in ("Quyền và trách nhiệm của", "Nhiệm vụ, quyền hạn của", "Trách nhiệm và quyền hạn của", "Quyền và nghĩa vụ của"):
        assert named_roles(RIGHTS_AND_DUTIES.format(title=title)) == {
            ("Cục Bưu điện Trung ương", "thực hiện"), ("Cục Bưu điện Trung ương", "chủ trì"), ("Bộ Tài chính", "phối hợp"),
        }, title


def test_an_article_on_rights_alone_is_no_heading_of_duties():
    assert ("Cục Bưu điện Trung ương", "chủ trì") not in named_roles(RIGHTS_AND_DUTIES.format(title="Quyền của"))


def test_a_title_that_ends_on_the_body_directed_hands_it_the_points():
    text = (
        "Điều 16. Trách nhiệm của Bộ Quốc phòng\n\n"
        "1. Bộ trưởng Bộ Quốc phòng chỉ đạo Ban Cơ yếu Chính phủ\n\n"
        "a) Chủ trì, phối hợp với Bộ Khoa học và Công nghệ triển khai giải pháp bảo mật;\n\n"
        "b) Sử dụng kinh phí được cấp để nghiên cứu.\n"
    )
    roles = named_roles(text)
    assert {("Ban Cơ yếu Chính phủ", "chủ trì"), ("Ban Cơ yếu Chính phủ", "thực hiện"), ("Bộ Khoa học và Công nghệ", "phối hợp")} <= roles
    assert ("Bộ Quốc phòng", "chủ trì") not in roles


def test_a_criteria_note_names_the_body_that_guides():
    text = (
        "Đạt\n\nBộ Xây dựng hướng dẫn; UBND cấp tỉnh quy định cụ thể việc áp dụng đối với từng nhóm xã\n\n"
        "Bộ Văn hóa, Thể thao và Du lịch hướng dẫn, ưu tiên ứng dụng chuyển đổi số\n"
    )
    assert {("Bộ Xây dựng", "thực hiện"), ("Bộ Văn hóa, Thể thao và Du lịch", "thực hiện")} <= named_roles(text)


def test_guidance_with_an_object_is_a_report_outside_a_tasks_part():
    assert named_roles("Bộ Y tế hướng dẫn các địa phương triển khai.\n") == set()


def test_a_power_or_benefit_the_text_grants_is_no_duty():
    text = (
        "Điều 3. Cơ chế, chính sách\n\n"
        "1. Hội đồng nhân dân cấp tỉnh quyết định sử dụng ngân sách địa phương để triển khai dự án.\n\n"
        "2. Ủy ban nhân dân cấp tỉnh được thí điểm thành lập văn phòng đại diện ở nước ngoài.\n\n"
        "Điều 4. Tổ chức thực hiện\n\n"
        "1. Ủy ban nhân dân cấp tỉnh tổ chức lập quy hoạch phân khu.\n"
    )
    assert named_roles(text) == {("Ủy ban nhân dân cấp tỉnh", "thực hiện")}



def test_the_article_on_whom_a_text_applies_to_gives_no_duty():
    # QĐ 33/2025/QĐ-TTg (b35b): "Điều 2. Đối tượng áp dụng" lists the bodies the regulation applies to
    # ("a) Cơ quan Đảng, …; Tỉnh ủy, thành ủy, Hội đồng nhân dân, Ủy ban nhân dân các tỉnh, …"), no duty of theirs.
    from extractors.agencies import iter_agencies
    from tests.blind_documents import parsed_blind_document

    parsed = parsed_blind_document("ttg_qd33_mangtruyensolieu_2025.html")
    applied_to = parsed.text.index("Điều 2. Đối tượng áp dụng"), parsed.text.index("Điều 3.")
    found = [a for a in iter_agencies(parsed.text, parsed.tables) if applied_to[0] <= a.start < applied_to[1]]
    assert found == []
    assert ("Cục Bưu điện Trung ương", "chủ trì") in {(a.name, a.role) for a in iter_agencies(parsed.text, parsed.tables)}
