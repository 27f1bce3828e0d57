"""Council resolutions whose web conversion replaced the letterhead table by an empty placeholder (b24: Gia Lai's
54/2017/NQ-HĐND, Hà Giang's 89/NQ-HĐND, Đồng Tháp's 124/2017/NQ-HĐND, Hậu Giang's 01/2017/NQ-HĐND, each a
Markdown file named by its number, and the question-time resolution of Bà Rịa - Vũng Tàu): the council's term under
the title says whose text it is, and the file's name gives the number the text lost; a place labelling its share of
the funding is given no task, "Giao nhiệm vụ <body> …" inside a point gives that body one, and the closing article's
"Thường trực Hội đồng nhân dân, các Ban … giám sát việc thực hiện Nghị quyết này" gives the standing committee its
supervision; a point under the council's request to the committee that opens on "Chỉ đạo <bodies> …" gives those bodies
the task."""

from extractors.agencies import iter_agencies, iter_mentions
from extractors.metadata import extract_metadata
from tests.blind_documents import parsed_blind_document
from tests._agencies_support import canonical_roles as _roles

RESOLUTION = """<jsontable name="bang_0"> </jsontable>

NGHỊ QUYẾT
VỀ TÌNH HÌNH THỰC HIỆN NHIỆM VỤ 6 THÁNG ĐẦU NĂM VÀ TRIỂN KHAI NHIỆM VỤ
6 THÁNG CUỐI NĂM 2017
HỘI ĐỒNG NHÂN DÂN TỈNH GIA LAI
KHOÁ XI, KỲ HỌP THỨ BA
Căn cứ Luật Tổ chức chính quyền địa phương năm 2015;
QUYẾT NGHỊ:
Điều 1. Tán thành Báo cáo số 98/BC-UBND ngày 21/6/2017 của Ủy ban nhân dân tỉnh.
Điều 2. Giao Ủy ban nhân dân tỉnh tiếp thu những ý kiến của các đại biểu, tổ chức thực hiện Nghị quyết.
Hội đồng nhân dân tỉnh giao Thường trực Hội đồng nhân dân tỉnh giám sát việc thực hiện Nghị quyết.
"""


def test_the_councils_term_under_the_title_makes_the_provincial_committee_its_assignee():
    roles = _roles(RESOLUTION)
    assert ("Ủy ban nhân dân tỉnh", "thực hiện") in roles
    assert ("Thường trực Hội đồng nhân dân tỉnh", "thực hiện") in roles
    # The council that passes the resolution is not its own assignee.
    assert not any(name == "Hội đồng nhân dân tỉnh" for name, _ in roles)


def test_a_committees_plan_is_not_read_as_a_council_resolution():
    plan = RESOLUTION.replace("NGHỊ QUYẾT", "KẾ HOẠCH").replace("HỘI ĐỒNG NHÂN DÂN TỈNH GIA LAI\nKHOÁ XI, KỲ HỌP THỨ BA\n", "")
    assert not any(name == "Ủy ban nhân dân tỉnh" for name, _ in _roles(plan))


def test_the_real_resolutions_assign_the_provincial_committee():
    for name in ("gl_nq54_nhiemvu6thangcuoi_2017.md", "hg_nq89_tainguyennuoc_2017.md", "dt_nq124_phattriendothi_2017.md"):
        parsed = parsed_blind_document(name)
        roles = {(a.canonical_name.lower(), a.role) for a in iter_agencies(parsed.text, parsed.tables) if not a.generic}
        assert ("ủy ban nhân dân tỉnh", "thực hiện") in roles, name


def test_a_file_named_by_its_number_gives_the_number_the_text_lost():
    url = "https://github.com/hoangmd2410/RAG_DEMO/blob/3691f43485cb11ee11148b51261dded144c3af2d/data/54-2017-nq-h%C4%91nd.md"
    metadata = extract_metadata(RESOLUTION, {"source_url": url})
    assert (metadata.number, metadata.doc_type, metadata.issuer) == ("54/2017/NQ-HĐND", "Nghị quyết", "HĐND tỉnh Gia Lai")
    # Only a number whose type code is the text's own type: a decision's file does not number a resolution.
    other = extract_metadata(RESOLUTION, {"source_url": url.replace("54-2017-nq-h%C4%91nd", "54-2017-qd-ubnd")})
    assert other.number is None


def test_a_place_labelling_its_share_of_the_funding_is_given_no_task():
    # dt_nq124 (b24a), the programme's investment by place: "+ Thành phố Cao Lãnh: khoảng 17.151,874 tỷ đồng."
    funding = "VI. Vốn đầu tư\n+ Thành phố Cao Lãnh: khoảng 17.151,874 tỷ đồng.\n+ Thành phố Sa Đéc: khoảng 10.364,577 tỷ đồng.\n"
    assert _roles(funding) == set()
    # A place labelling its duty is still given it.
    duty = "III. Tổ chức thực hiện\n+ Thành phố Cao Lãnh: chủ trì lập quy hoạch phân khu trong năm 2018.\n"
    assert _roles(duty) == {("Thành phố Cao Lãnh", "chủ trì")}



def test_a_sentence_that_hands_a_task_on_by_name_gives_it_to_that_body():
    # brvt_nq26 (b24c): "… trong khu vực đô thị. Giao nhiệm vụ Ban Quản lý các Khu công nghiệp tỉnh yêu cầu các doanh
    # nghiệp trong Khu công nghiệp thực hiện trồng cây xanh …" inside a council's point to the committee.
    parsed = parsed_blind_document("brvt_nq26_chatvan_2017.md")
    roles = {(a.name, a.role) for a in iter_agencies(parsed.text, parsed.tables) if not a.generic}
    assert ("Ban Quản lý các Khu công nghiệp tỉnh", "thực hiện") in roles


def test_the_closing_article_gives_the_councils_own_organs_the_supervision():
    # Đồng Tháp's 124/2017/NQ-HĐND closes: "Thường trực Hội đồng nhân dân, các Ban Hội đồng nhân dân Tỉnh và các đại
    # biểu Hội đồng nhân dân Tỉnh giám sát việc thực hiện Nghị quyết này." (no "Giao", no "có trách nhiệm").
    resolution = RESOLUTION.replace("Hội đồng nhân dân tỉnh giao Thường trực Hội đồng nhân dân tỉnh giám sát việc thực hiện Nghị quyết.\n", "")
    closing = "Điều 3. Thường trực Hội đồng nhân dân tỉnh, các Ban Hội đồng nhân dân tỉnh và các đại biểu Hội đồng nhân dân tỉnh giám sát việc thực hiện Nghị quyết này.\n"
    agencies = list(iter_agencies(resolution + closing))
    assert ("Thường trực Hội đồng nhân dân tỉnh", "thực hiện") in {(a.canonical_name, a.role) for a in agencies}
    # The council's committees are named as a set, not as the council itself nor cut at "đồng" ("các Ban Hội").
    assert not any(a.canonical_name == "Hội đồng nhân dân tỉnh" for a in agencies)
    boards = "Thường trực Hội đồng nhân dân, các Ban Hội đồng nhân dân, các Tổ đại biểu Hội đồng nhân dân giám sát."
    assert [(m.name, m.generic) for m in iter_mentions(boards)][1] == ("các Ban Hội đồng nhân dân", True)
    # Supervising is no duty when the sentence only reports it.
    report = "Điều 3. Thường trực Hội đồng nhân dân tỉnh đã giám sát việc thực hiện Nghị quyết số 12/NQ-HĐND.\n"
    assert not any(a.canonical_name.startswith("Thường trực") for a in iter_agencies(resolution + report))


def test_the_bodies_a_councils_point_has_the_committee_direct_are_given_the_task():
    # Thừa Thiên Huế's 08/NQ-HĐND and Hà Giang's 95/NQ-HĐND (b25a, b24c): "Hội đồng nhân dân tỉnh yêu cầu Ủy ban nhân
    # dân tỉnh …:" then points that open on "Chỉ đạo <bodies> <verb> …" or "Chỉ đạo <body>:".
    points = (
        "Điều 2. Hội đồng nhân dân tỉnh yêu cầu Ủy ban nhân dân tỉnh tập trung thực hiện một số nhiệm vụ sau:\n"
        "1. Chỉ đạo Sở Tài nguyên và Môi trường, Sở Kế hoạch và Đầu tư, Ban quản lý Khu kinh tế, công nghiệp, các ngành liên quan "
        "rà soát tất cả các dự án đầu tư ngoài ngân sách trên địa bàn.\n"
        "2. Chỉ đạo Ban Dân tộc tỉnh phối hợp với UBND huyện Hoàng Su Phì rà soát kinh phí còn thiếu.\n"
    )
    roles = _roles(RESOLUTION + points)
    assert {("Sở Tài nguyên và Môi trường", "thực hiện"), ("Sở Kế hoạch và Đầu tư", "thực hiện"),
            ("Ban Quản lý Khu kinh tế, công nghiệp tỉnh", "thực hiện"), ("Ban Dân tộc tỉnh", "phối hợp")} <= roles
    # A committee's own plan keeps the task with the body it assigns: the body it directs is its object.
    plan = "KẾ HOẠCH\n\nIII. TỔ CHỨC THỰC HIỆN\n\n1. Sở Công Thương\n\n- Chỉ đạo Công ty Điện lực tỉnh bảo đảm cấp điện.\n"
    assert not any(name.startswith("Công ty") for name, _ in _roles(plan))
