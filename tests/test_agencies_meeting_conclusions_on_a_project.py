"""A conclusion on a company's project names the company once and then calls it "Nhà đầu tư" ("Đề nghị Nhà đầu tư
…", "phối hợp với Nhà đầu tư"): the capitalised word names a body; the bodies a plan is sent to "để các đơn vị phối hợp"
are partners; a decision that sets up a steering committee names it by its subject and province ("Ban Chỉ đạo về dữ
liệu tỉnh Lâm Đồng"), its members are appointed, not given tasks, and its duties are the committee's (blind batch b37b,
Lâm Đồng, 2026)."""

from tests._agencies_support import named_roles

CONCLUSION = (
    "THÔNG BÁO\n\nKết luận của đồng chí Phó Chủ tịch UBND tỉnh họp nghe Công ty TNHH Tập đoàn Sơn Hải báo cáo một số "
    "vấn đề liên quan đến dự án đường bộ cao tốc\n\n2. Nhiệm vụ trọng tâm trong thời gian tới\n\n"
    "c) Điều chỉnh tiến độ cấp vốn: Giao Ban Quản lý dự án đầu tư xây dựng số 1 chủ trì, phối hợp với Nhà đầu tư để rà "
    "soát, xác định cụ thể tiến độ cấp vốn.\n\n"
    "d) Đối với việc thực hiện triển khai thi công tại 03 vị trí:\n\n"
    "Đề nghị Nhà đầu tư tập trung huy động đầy đủ nguồn lực để tổ chức thi công ngay; đồng thời xây dựng kế hoạch thi "
    "công chi tiết; gửi Ban Quản lý dự án đầu tư xây dựng số 1, Trung tâm Phát triển quỹ đất tỉnh, Công an tỉnh và các "
    "địa phương có liên quan để các đơn vị phối hợp triển khai thực hiện.\n"
)


def test_the_investor_the_conclusion_calls_nha_dau_tu_is_a_body():
    assert ("Nhà đầu tư", "phối hợp") in named_roles(CONCLUSION)


def test_an_investor_in_a_text_that_names_no_company_stays_a_common_noun():
    decree = "Điều 5. Trách nhiệm\n\n1. Nhà đầu tư có trách nhiệm phối hợp với Sở Tài chính lập hồ sơ dự án.\n"
    assert not any(name == "Nhà đầu tư" for name, _ in named_roles(decree))


def test_the_bodies_a_plan_is_sent_to_for_their_work_are_partners():
    roles = named_roles(CONCLUSION)
    assert {("Trung tâm Phát triển quỹ đất tỉnh", "phối hợp"), ("Công an tỉnh", "phối hợp")} <= roles


COMMITTEE = (
    "QUYẾT ĐỊNH:\n"
    "Điều 1. Thành lập Ban Chỉ đạo về dữ liệu tỉnh Lâm Đồng (sau đây gọi tắt là Ban Chỉ đạo) gồm các thành viên sau:\n"
    "1. Chủ tịch Ủy ban nhân dân tỉnh, Trưởng Ban Chỉ đạo.\n2. Các thành viên Ban Chỉ đạo:\n- Giám đốc Sở Nội vụ;\n"
    "- Phó Giám đốc Công an tỉnh phụ trách Đề án 06;\n"
    "Điều 3. Nhiệm vụ và quyền hạn của Ban Chỉ đạo\n"
    "1. Chỉ đạo, điều phối triển khai các nhiệm vụ thực hiện chiến lược dữ liệu quốc gia đến năm 2030 trên địa bàn tỉnh.\n"
    "3. Chỉ đạo các sở, ban, ngành, UBND cấp xã và doanh nghiệp trong việc tạo lập, chia sẻ, khai thác dữ liệu.\n"
)


def test_the_committee_set_up_carries_out_its_duties():
    roles = named_roles(COMMITTEE)
    assert ("Ban Chỉ đạo về dữ liệu tỉnh Lâm Đồng", "thực hiện") in roles


def test_its_members_are_appointed_not_given_tasks():
    roles = named_roles(COMMITTEE)
    assert not any(name in ("Công an tỉnh", "Sở Nội vụ", "UBND cấp xã") for name, _ in roles)
