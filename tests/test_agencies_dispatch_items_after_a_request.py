"""A chairman's dispatch (công điện) asks its addressees and then lists numbered points, many of them a body and its
duty with no role word ("4. Sở Giáo dục và Đào tạo triển khai nghiêm túc …"). The request that opens the points may
name its addressees before the sentence's last cue ("… yêu cầu Giám đốc các Sở, … tiếp tục chỉ đạo …; đồng thời chỉ
đạo, thực hiện tốt các nội dung sau:"): the points are still its tasks, and a request that gives a duty of its own
before "đồng thời" keeps it (blind batch b37a, Công điện 07/CĐ-UBND Hà Tĩnh; CV 4580/UBND-TH Bình Định)."""

from tests._agencies_support import named_roles

DISPATCH = (
    "CHỦ TỊCH UỶ BAN NHÂN DÂN TỈNH điện:\n\n"
    "- Thủ trưởng các Sở, ban, ngành, đoàn thể cấp tỉnh;\n\n- Chủ tịch UBND các huyện, thành phố, thị xã.\n\n"
    "Để phục vụ tốt nhu cầu đi lại của Nhân dân; Chủ tịch UBND tỉnh yêu cầu Giám đốc các Sở, Thủ trưởng các ban, "
    "ngành, đoàn thể cấp tỉnh, Chủ tịch UBND các huyện, thành phố, thị xã tiếp tục chỉ đạo thường xuyên, quyết liệt "
    "các nhiệm vụ; đồng thời chỉ đạo, thực hiện tốt các nội dung sau:\n\n"
    "1. Công an tỉnh\n\nChỉ đạo các lực lượng tổ chức tuần tra, kiểm soát 24/24h.\n\n"
    "4. Sở Giáo dục và Đào tạo triển khai nghiêm túc, kịp thời chỉ đạo của UBND tỉnh về công tác đảm bảo trật tự "
    "an toàn giao thông.\n\n"
    "5. UBND các huyện, thành phố, thị xã\n\n- Căn cứ tình hình tại địa phương xây dựng kế hoạch cụ thể.\n\n"
    "7. Đài Phát thanh - Truyền hình tỉnh, Báo Hà Tĩnh duy trì đăng tải tin, bài về tình hình trật tự ATGT.\n"
)


def test_points_that_name_a_body_and_its_duty_are_its_tasks():
    roles = named_roles(DISPATCH)
    assert {
        ("Sở Giáo dục và Đào tạo", "thực hiện"),
        ("Đài Phát thanh - Truyền hình tỉnh", "thực hiện"),
        ("Báo Hà Tĩnh", "thực hiện"),
        ("Công an tỉnh", "thực hiện"),
    } <= roles


def test_a_heading_naming_the_district_committees_keeps_its_last_level():
    assert ("UBND các huyện, thành phố, thị xã", "thực hiện") in named_roles(DISPATCH)


LETTER = (
    "Kính gửi:\n- Các sở, ban thuộc tỉnh;\n- UBND các huyện, thị xã, thành phố.\n"
    "Nhằm triển khai thực hiện Nghị quyết số 84/NQ-CP ngày 29/5/2020 của Chính phủ, Chủ tịch UBND tỉnh yêu cầu Thủ "
    "trưởng các sở, ban thuộc tỉnh, Chủ tịch UBND các huyện, thị xã, thành phố nghiên cứu và triển khai thực hiện có "
    "hiệu quả Nghị quyết số 84/NQ-CP, đồng thời, cần tập trung thực hiện một số nội dung sau:\n"
    "1. Sở Công Thương chủ trì, phối hợp với các cơ quan liên quan xây dựng các phương án bảo đảm sản xuất.\n"
    "2. Sở Tài nguyên và Môi trường chủ trì, phối hợp với Sở Xây dựng rà soát quỹ đất.\n"
)


def test_a_request_with_a_duty_before_its_points_assigns_its_addressees():
    roles = named_roles(LETTER)
    assert ("UBND các huyện, thị xã, thành phố", "thực hiện") in roles
    assert ("Sở Công Thương", "chủ trì") in roles


def test_a_district_office_named_for_every_district_keeps_all_its_levels():
    # (blind batch b37a, QĐ 44/2017/QĐ-UBND Hà Tĩnh)
    roles = named_roles(
        "Điều 17. Phân công trách nhiệm thẩm định giá\n1. Lãnh đạo Sở Tài chính là Chủ tịch Hội đồng thẩm định giá các "
        "loại tài sản quy định tại Khoản 1 Điều 16 Quy định này.\n2. Lãnh đạo Phòng Tài chính - Kế hoạch các huyện, "
        "thành phố, thị xã là Chủ tịch Hội đồng thẩm định giá các loại tài sản thuộc thẩm quyền cấp huyện.\n"
    )
    assert ("Phòng Tài chính - Kế hoạch các huyện, thành phố, thị xã", "thực hiện") in roles


def test_a_request_for_the_tasks_qualified_before_sau_opens_the_points():
    # "… yêu cầu Bộ trưởng các Bộ, … tiếp tục thực hiện quyết liệt …; trong đó, tập trung thực hiện các nhiệm vụ, giải
    # pháp trọng tâm sau:" (Công điện 221/CĐ-TTg, blind batch b35)
    roles = named_roles(
        "Để thúc đẩy hơn nữa hoạt động xuất khẩu, Thủ tướng Chính phủ yêu cầu Bộ trưởng các Bộ, Thủ trưởng các cơ quan "
        "ngang Bộ, Chủ tịch Ủy ban nhân dân các tỉnh tiếp tục thực hiện quyết liệt các Nghị quyết; trong đó, tập trung "
        "thực hiện các nhiệm vụ, giải pháp trọng tâm sau:\n\n"
        "1. Bộ Công Thương chủ trì, phối hợp với các cơ quan liên quan mở rộng thị trường xuất khẩu.\n\n"
        "11. Văn phòng Chính phủ theo dõi, đôn đốc theo chức năng, nhiệm vụ được giao.\n"
    )
    assert ("Văn phòng Chính phủ", "thực hiện") in roles
