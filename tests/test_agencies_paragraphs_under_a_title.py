"""Paragraphs under a body's item title in the tasks part: a lead-in that states
the role for the points below it, a paragraph that names its own subjects after
"giao", the plan's closing line on difficulties, a line about the text itself,
and a relayed decision's assignments told before the tasks part."""

from tests._agencies_support import canonical_roles as _roles


def test_points_under_a_chu_tri_lead_in_paragraph_are_the_leads_tasks():
    text = (
        "V. TỔ CHỨC THỰC HIỆN\n\n**4. Sở\nKhoa học và Công nghệ**\n\n"
        "Chủ trì, phối hợp với các sở,\nngành, UBND các xã, phường và các cơ quan, đơn vị có liên quan:\n\n"
        "- Triển khai thực hiện các\nchính sách khuyến khích doanh nghiệp đổi mới công nghệ.\n\n"
        "- Tập trung cao cho việc xây dựng,\nquản lý nhãn hiệu của các sản phẩm chủ lực.\n\n"
        "**5. Công\nan tỉnh**\n\nThực hiện quản lý nhà nước về xuất nhập cảnh.\n"
    )
    roles = _roles(text)
    assert ("Sở Khoa học và Công nghệ", "chủ trì") in roles
    assert ("Sở Khoa học và Công nghệ", "thực hiện") not in roles
    assert ("Công an tỉnh", "thực hiện") in roles  # the next title's points are its own duties


def test_a_paragraph_that_assigns_with_giao_names_its_own_subject_and_role():
    text = (
        "IV. TỔ CHỨC THỰC HIỆN\n\n1. Các sở, ngành xây dựng kế hoạch thực hiện.\n\n"
        "**2. **Giao Công an tỉnh chủ\ntrì, phối hợp các đơn vị có liên quan tham mưu Ủy ban nhân dân tỉnh "
        "thực hiện chức năng chủ quản Chương trình.\n\n"
        "Đồng thời, giao Sở Tư pháp chủ\ntrì, phối hợp với các Sở, ban, ngành liên quan rà soát các nội dung của Kế hoạch.\n"
    )
    roles = _roles(text)
    assert ("Sở Tư pháp", "chủ trì") in roles
    assert ("Công an tỉnh", "thực hiện") not in roles  # the paragraph is not the title's duty


def test_the_closing_line_on_difficulties_gives_no_body_a_role():
    text = (
        "IV. TỔ CHỨC THỰC HIỆN\n\n**2. **Giao Công an tỉnh chủ trì, phối hợp các đơn vị có liên quan "
        "theo dõi, đôn đốc thực hiện Kế hoạch.\n\n"
        "Trong quá trình thực hiện, nếu\ncó khó khăn, vướng mắc, đề nghị các sở, ngành, Ủy ban nhân dân các xã, phường "
        "kịp thời phản ánh về Sở Nông nghiệp và Môi trường để tổng hợp.\n"
    )
    roles = _roles(text)
    assert roles == {("Công an tỉnh", "chủ trì")}


def test_a_line_about_the_text_itself_is_not_the_last_items_duty():
    text = (
        "**IV- TỔ CHỨC THỰC HIỆN**\n\n"
        "**5.** Các tỉnh ủy, thành ủy lãnh đạo, chỉ đạo quán triệt, triển khai thực hiện Nghị quyết.\n\n"
        "**6. **Đảng uỷ Chính phủ chủ trì, phối hợp với Ban Tuyên giáo và Dân vận Trung ương theo dõi, "
        "đánh giá kết quả thực hiện Nghị quyết.\n\n"
        "Nghị quyết này phổ biến đến chi bộ.\n"
    )
    roles = _roles(text)
    assert ("Đảng ủy Chính phủ", "chủ trì") in roles
    assert ("Đảng ủy Chính phủ", "thực hiện") not in roles


def test_a_relayed_decisions_assignment_is_not_the_letters():
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\nSố: 7432 /UBND-XD\nKính gửi:\n- Công an tỉnh;\n"
        "Ngày 29/6/2026, Bộ trưởng Bộ Xây dựng ban hành Quyết định số\n1074/QĐ-BXD về việc ban hành các giải pháp kỹ thuật. "
        "Quyết định có hiệu lực kể từ ngày ký và giao Ủy ban nhân dân các tỉnh,\nthành phố trực thuộc Trung ương chỉ đạo, "
        "kiểm tra việc triển khai thực hiện các giải pháp kỹ thuật.\n"
        "Để tổ chức triển khai thực hiện nghiêm túc Quyết định, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu Công an tỉnh, "
        "các sở, ban, ngành tập trung thực hiện một số\nnhiệm vụ sau:\n"
        "1. Giao Sở Xây dựng\nChủ trì, phối hợp với Công an tỉnh hướng dẫn triển khai thực hiện Quyết định số 1074/QĐ-BXD.\n"
    )
    roles = _roles(text)
    assert ("Sở Xây dựng", "chủ trì") in roles
    assert not any(name.startswith("Ủy ban nhân dân") for name, _ in roles)


INTRODUCING_PARAGRAPHS = (
    "KẾ HOẠCH\n\nIV. TỔ CHỨC THỰC HIỆN\n\n"
    "Sở Y tế có trách nhiệm:\n\n- Hướng dẫn các cơ sở khám bệnh, chữa bệnh thực hiện.\n\n"
    "- Chủ trì, phối hợp với Sở Tài chính bố trí kinh phí.\n\n"
    "Sở Nội vụ:\n\n- Phối hợp với Sở Y tế kiểm tra việc thực hiện.\n\n"
    "Trách nhiệm của Sở Xây dựng như sau:\n\n- Chủ trì rà soát quy hoạch.\n"
)


def test_a_paragraph_that_introduces_points_hands_them_to_its_bodies():
    roles = _roles(INTRODUCING_PARAGRAPHS)
    assert {("Sở Y tế", "chủ trì"), ("Sở Tài chính", "phối hợp"), ("Sở Nội vụ", "phối hợp"), ("Sở Xây dựng", "chủ trì")} <= roles
    # "Phối hợp với Sở Y tế …" under Sở Nội vụ names Sở Y tế as a partner of that work too.
    assert ("Sở Y tế", "phối hợp") in roles


def test_a_news_page_that_reports_a_decision_gives_the_decisions_assignments():
    text = (
        "# Phê duyệt Đề án phát triển dịch vụ logistics\n\n"
        "Ngày 10/5/2025, Thủ tướng Chính phủ ban hành Quyết định 2229/QĐ-TTg. Quyết định giao Bộ Công Thương chủ trì, "
        "phối hợp với Bộ Tài chính tổ chức thực hiện Đề án.\n"
    )
    assert _roles(text) == {("Bộ Công Thương", "chủ trì"), ("Bộ Tài chính", "phối hợp")}
