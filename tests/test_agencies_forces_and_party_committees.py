"""A Party committee named with its institution ("Đảng uỷ Toà án nhân dân tối cao", "Ban cán sự đảng Bộ Y tế") is
that committee, not the institution; the forces a regulation calls on ("Lực lượng Kiểm lâm sở tại", "lực lượng Công
an cấp xã", "Dân quân tự vệ") and the commune military command are bodies; an indicator annex written as pipe rows
without the opening bar names the body that follows each indicator."""

from extractors.agencies import iter_mentions
from tests._agencies_support import all_roles as _roles


def test_a_party_committee_written_before_its_institution_is_one_body():
    text = (
        "- Giao Đảng uỷ Toà án nhân dân tối cao, Đảng uỷ Viện Kiểm sát nhân dân tối cao chủ trì, phối hợp với các "
        "cơ quan liên quan nghiên cứu, xây dựng các đề án, tờ trình Bộ Chính trị về hệ thống toà án, viện kiểm sát ở "
        "địa phương.\n\n- Giao Ban cán sự đảng Bộ Y tế chủ trì xây dựng đề án.\n"
    )
    assert [m.name for m in iter_mentions(text) if not m.generic and m.name != "Bộ Chính trị"] == [
        "Đảng uỷ Toà án nhân dân tối cao", "Đảng uỷ Viện Kiểm sát nhân dân tối cao", "Ban cán sự đảng Bộ Y tế",
    ]
    roles = _roles(text)
    assert ("Đảng uỷ Toà án nhân dân tối cao", "chủ trì") in roles
    assert ("Đảng uỷ Viện Kiểm sát nhân dân tối cao", "chủ trì") in roles
    assert ("Ban cán sự đảng Bộ Y tế", "chủ trì") in roles
    assert not any(name == "Toà án nhân dân tối cao" for name, _ in roles)


FOREST_FIRE_RULES = """Điều 8. Trách nhiệm chữa cháy rừng

1. Lực lượng Kiểm lâm sở tại chủ trì, phối hợp với lực lượng Công an cấp xã, Cảnh
sát phòng cháy, chữa cháy và cứu nạn, cứu hộ, chủ rừng tổ chức chữa cháy rừng.

2. Ban chỉ huy quân sự cấp xã, Công an cấp xã, lực lượng Dân quân tự vệ, Kiểm lâm có trách nhiệm phối hợp với chủ rừng.
"""


def test_the_forces_a_regulation_calls_on_are_bodies():
    roles = _roles(FOREST_FIRE_RULES)
    assert ("Lực lượng Kiểm lâm sở tại", "chủ trì") in roles
    assert ("lực lượng Công an cấp xã", "phối hợp") in roles
    # The police's fire and rescue force keeps the commas and "và" of its name (qn_qd96, b18c).
    assert ("Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ", "phối hợp") in roles
    assert {"Ban chỉ huy quân sự cấp xã", "lực lượng Dân quân tự vệ", "Kiểm lâm"} <= {
        name for name, role in roles if role == "phối hợp"
    }


def test_a_force_in_lower_case_keeps_its_word():
    names = [m.name for m in iter_mentions("Các chủ rừng và lực lượng Kiểm lâm có trách nhiệm kiểm tra.")]
    assert names == ["lực lượng Kiểm lâm"]


INDICATOR_ANNEX = """Căn cứ theo Phụ lục 1 Chương trình ban hành kèm theo Nghị quyết có nêu rõ như sau:

TT | Chỉ tiêu | Đơn vị | Kết quả | Cơ quan chủ trì theo dõi, đánh giá |

**Đến năm 2030**

1 | Tiềm lực, trình độ khoa học, công nghệ và đổi mới sáng tạo | Thứ bậc | Đạt mức tiên tiến | Bộ Khoa học và Công nghệ |
8 | Tỉ lệ đóng góp của năng suất nhân tố tổng hợp (TFP) vào tăng trưởng kinh tế | % | ≥ 55 | Bộ Tài chính |
11.2 | Tỉ lệ cung cấp dịch vụ công trực tuyến toàn trình | % | 90 | Văn phòng Chính phủ |
"""


def test_pipe_rows_without_the_opening_bar_name_their_lead_body():
    roles = _roles(INDICATOR_ANNEX)
    assert {("Bộ Khoa học và Công nghệ", "chủ trì"), ("Bộ Tài chính", "chủ trì"), ("Văn phòng Chính phủ", "chủ trì")} <= roles


def test_the_party_committees_of_the_ministries_are_a_named_class_in_a_list():
    roles = _roles(
        "- Giao các ban đảng Trung ương, Đảng uỷ Chính phủ, đảng uỷ các bộ, cơ quan ngang bộ, các tỉnh uỷ, thành uỷ "
        "khẩn trương thành lập bộ phận thường trực."
    )
    assert ("đảng uỷ các bộ, cơ quan ngang bộ", "thực hiện") in roles
    assert ("các tỉnh uỷ, thành uỷ", "thực hiện") in roles


def test_the_commune_police_is_one_body_however_its_levels_are_listed():
    # Hà Nội's Công văn 6356 (blind b32b): "Công an xã, phường", "lực lượng Công an cấp xã, phường"; Hồ Chí Minh City's
    # letter 4085: "Công an các phường, xã, đặc khu"; the gold writes each as it stands, all the commune police.
    from extractors.canonical import canonical_name

    text = ("Chủ trì, phối hợp với Công an xã, phường hoặc UBND các xã, phường chủ động xử lý. Giao lực lượng Công an "
            "cấp xã, phường làm nòng cốt. Phối hợp với Công an các phường, xã, đặc khu thực hiện.")
    found = [(m.name, m.canonical) for m in iter_mentions(text) if "Công an" in m.name]
    assert found == [("Công an xã, phường", "Công an cấp xã"), ("lực lượng Công an cấp xã, phường", "Công an cấp xã"),
                     ("Công an các phường, xã, đặc khu", "Công an cấp xã")]
    assert {canonical_name(n) for n in ("Công an xã, phường", "lực lượng Công an xã", "Công an cấp xã")} == {"Công an cấp xã"}


def test_a_named_body_directed_to_lead_or_to_partner_takes_that_role():
    # Thông báo 432-TB/VPTW (blind b32b): "Giao Đảng uỷ Chính phủ: (i) Chỉ đạo Đảng uỷ Bộ Y tế chủ trì …"; Hà Giang's
    # resolution 95 (b24c): "… chỉ đạo Bộ Chỉ huy Quân sự tỉnh phối hợp với …". A collective so directed is left out.
    text = ("4. Nhiệm vụ của các cơ quan liên quan:\n4.1. Giao Đảng uỷ Chính phủ: (i) Chỉ đạo Đảng uỷ Bộ Y tế chủ trì xây "
            "dựng quy trình liên thông. (ii) Chỉ đạo Đảng uỷ Bộ Giáo dục và Đào tạo chủ trì xây dựng các chương trình.\n"
            "4.2. Ủy ban nhân dân tỉnh chỉ đạo Bộ Chỉ huy Quân sự tỉnh phối hợp với Công an tỉnh tuần tra; chỉ đạo các "
            "đơn vị trực thuộc phối hợp thực hiện.\n")
    roles = _roles(text)
    assert {("Đảng uỷ Bộ Y tế", "chủ trì"), ("Đảng uỷ Bộ Giáo dục và Đào tạo", "chủ trì"),
            ("Bộ Chỉ huy Quân sự tỉnh", "phối hợp")} <= roles
    assert not any(name == "các đơn vị trực thuộc" for name, _ in roles)
