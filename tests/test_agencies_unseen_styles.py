"""Writing styles met in plans outside the development corpus: who issues the
text, names broken by markdown, short forms that point back to a body, and
abbreviated names in prose."""

from extractors.agencies import iter_agencies, iter_mentions
from tests._agencies_support import all_roles, canonical_roles as _roles


COUNCIL_RESOLUTION = """|
**HỘI ĐỒNG NHÂN
DÂN **
TỈNH LAI CHÂU
-------
|
**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
|
Số: 12/2025/NQ-HĐND

**NGHỊ QUYẾT**

QUY ĐỊNH MỨC HỖ TRỢ PHÁT TRIỂN SẢN XUẤT NÔNG NGHIỆP

*Xét Tờ trình số 15/TTr-UBND của Ủy ban nhân dân tỉnh;*

**Điều 3. Tổ
chức thực hiện**

1. Giao Ủy ban nhân dân tỉnh
triển khai thực hiện Nghị quyết.

2. Giao Thường trực Hội đồng nhân dân, các Ban Hội đồng nhân dân, Tổ đại biểu Hội đồng nhân dân
và đại biểu Hội đồng nhân dân tỉnh giám sát việc thực hiện Nghị quyết.
"""


def test_a_councils_resolution_assigns_the_peoples_committee():
    roles = _roles(COUNCIL_RESOLUTION)
    assert ("Ủy ban nhân dân tỉnh", "thực hiện") in roles
    # The council issued the resolution; its standing committee is given the supervision, its Ban and deputies are
    # no bodies of their own.
    assert {name for name, _ in roles if "Hội đồng nhân dân" in name} == {"Thường trực Hội đồng nhân dân"}


def test_a_committees_plan_does_not_assign_the_committee_itself():
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU\n\nKẾ HOẠCH\nTriển khai Nghị quyết\n\nIV. TỔ CHỨC THỰC HIỆN\n\n"
        "1. Sở Tài chính chủ trì, phối hợp với các sở, ngành tham mưu UBND tỉnh bố trí kinh phí.\n"
        "2. Giao Ủy ban nhân dân tỉnh chỉ đạo các xã.\n"
    )
    roles = _roles(text)
    assert ("Sở Tài chính", "chủ trì") in roles
    assert not any(name.startswith("Ủy ban nhân dân tỉnh") for name, _ in roles)


def test_a_name_broken_by_emphasis_and_a_blank_line_is_one_body():
    text = "IV. TỔ CHỨC THỰC HIỆN\n\n3. **Hội Liên hiệp**\n\n**Phụ nữ tỉnh** chủ trì tuyên truyền, vận động hội viên tham gia.\n"
    agencies = [a for a in iter_agencies(text) if not a.generic]
    assert [(a.name, a.canonical_name, a.role) for a in agencies] == [
        ("Hội Liên hiệp Phụ nữ tỉnh", "Hội Liên hiệp Phụ nữ tỉnh", "chủ trì")
    ]


def test_so_nay_points_back_to_the_department_named_before():
    text = (
        "III. TỔ CHỨC THỰC HIỆN\n\n1. Giao Sở Tư pháp chủ trì thẩm định dự thảo Quy chế. "
        "Sở này có trách nhiệm hướng dẫn các xã, phường thực hiện.\n"
    )
    roles = _roles(text)
    assert ("Sở Tư pháp", "chủ trì") in roles
    assert ("Sở Tư pháp", "thực hiện") in roles


def test_abbreviated_names_in_prose_are_bodies():
    text = "BCH Quân sự tỉnh, Hội LHPN tỉnh, Tỉnh Đoàn và Đài PT-TH tỉnh phối hợp tuyên truyền."
    assert [m.name for m in iter_mentions(text)] == ["BCH Quân sự tỉnh", "Hội LHPN tỉnh", "Tỉnh Đoàn", "Đài PT-TH tỉnh"]


DIRECTIVE_LETTER = """    ỦY BAN NHÂN DÂN                       CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
      TỈNH LÀO CAI                                Độc lập - Tự do - Hạnh phúc

      Số: 512 /UBND-KT                       Lào Cai, ngày 15 tháng 3 năm 2026
 V/v triển khai Chương trình hành động
 của Tỉnh ủy

                     Kính gửi:
                                      - Công an tỉnh;
                                      - Ủy ban nhân dân các xã, phường.

       Thực hiện Chương trình hành động của Tỉnh ủy, Chủ tịch Ủy ban nhân dân
tỉnh có ý kiến chỉ đạo như sau:
       1. Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh, Ủy ban nhân dân các xã, phường tổ
chức nghiên cứu, cụ thể hóa các nhiệm vụ thành kế hoạch hằng năm.
      2. Giao Sở Nông nghiệp và Môi trường chủ trì xây dựng dự thảo Kế hoạch.
Nơi nhận:
- Như trên;                                                KT. CHỦ TỊCH
- Lưu: VT.                                                 PHÓ CHỦ TỊCH



                                                           Phan Văn Minh
"""


def test_the_items_of_a_directive_letter_are_assignments():
    roles = _roles(DIRECTIVE_LETTER)
    assert {
        ("Công an tỉnh", "thực hiện"),
        ("Bộ Chỉ huy Quân sự tỉnh", "thực hiện"),
        ("Ủy ban nhân dân cấp xã", "thực hiện"),
        ("Sở Nông nghiệp và Môi trường", "chủ trì"),
    } == roles


MINISTRY_PLAN = """| BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG  ------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc  --------------- |
| --- | --- |
| Số: 21/KH-BTNMT | *Hà Nội, ngày 06 tháng 8 năm 2024* |
KẾ HOẠCH
TRIỂN KHAI THỰC HIỆN CHỈ THỊ VỀ QUẢN LÝ TÍN CHỈ CÁC-BON
I. MỤC ĐÍCH, YÊU CẦU
- Triển khai các nhiệm vụ Thủ tướng Chính phủ giao cho Bộ Tài nguyên và Môi trường tại Chỉ thị.
III. TỔ CHỨC THỰC HIỆN
1. Cục Biến đổi khí hậu chủ trì, phối hợp với Cục Kiểm soát ô nhiễm môi trường hoàn thiện dự thảo Kế hoạch.
2. Trung tâm Truyền thông tài nguyên và môi trường có trách nhiệm xây dựng chuyên mục truyền thông.
PHỤ LỤC
| TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian thực hiện |
| --- | --- | --- | --- | --- |
| 1. | Hoàn thiện dự thảo Nghị định. | Cục Biến đổi khí hậu | Vụ Pháp chế và các đơn vị có liên quan thuộc Bộ TN&MT. | Tháng 8/2024 |
| 2. | Thiết lập chuyên trang truyền thông. | Báo TN&MT, Tạp chí TN&MT | Cục Biến đổi khí hậu | 2024 - 2025 |
"""


def test_a_ministrys_plan_with_a_pipe_table_of_tasks():
    agencies = [a for a in iter_agencies(MINISTRY_PLAN)]
    roles = {(a.canonical_name, a.role) for a in agencies if not a.generic}
    assert {
        ("Cục Biến đổi khí hậu", "chủ trì"),
        ("Cục Kiểm soát ô nhiễm môi trường", "phối hợp"),
        ("Trung tâm Truyền thông tài nguyên và môi trường", "thực hiện"),
        ("Vụ Pháp chế", "phối hợp"),
        ("Báo TN&MT", "chủ trì"),
        ("Tạp chí TN&MT", "chủ trì"),
        ("Cục Biến đổi khí hậu", "phối hợp"),
    } == roles
    # The ministry issues the plan; its own units are a collective reference.
    assert ("Các đơn vị có liên quan thuộc Bộ TN&MT", "phối hợp", True) in {
        (a.canonical_name, a.role, a.generic) for a in agencies
    }


def test_item_titled_de_nghi_with_a_colon_asks_associations():
    text = (
        "IV. TỔ CHỨC THỰC HIỆN\n\n**6. Đề nghị: Hiệp hội\nDoanh nghiệp tỉnh, Hội Nông dân tỉnh, Liên minh Hợp tác xã Tỉnh**\n\n"
        "a) Tuyên truyền, vận động hội viên tích cực tham gia các hoạt động chuyển đổi số.\n"
    )
    assert _roles(text) == {
        ("Hiệp hội Doanh nghiệp tỉnh", "phối hợp"),
        ("Hội Nông dân tỉnh", "phối hợp"),
        ("Liên minh Hợp tác xã tỉnh", "phối hợp"),
    }


PRIME_MINISTER_DISPATCH = """**THỦ TƯỚNG CHÍNH PHỦ**
|
Số: 220/CĐ-TTg
|
**CÔNG ĐIỆN**
TẬP TRUNG HOÀN THÀNH CẮT GIẢM THỦ TỤC HÀNH CHÍNH NĂM 2025
Để bảo đảm cắt giảm thực chất, hiệu quả, Thủ tướng Chính phủ yêu cầu Bộ trưởng, Thủ trưởng cơ quan ngang
bộ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương tập
trung hoàn thành ngay một số nhiệm vụ cụ thể như sau:
**I. VỀ HOÀN THIỆN THỂ CHẾ**
3. Bộ trưởng Bộ Công Thương hoàn thành việc rà soát phương án cắt giảm điều kiện kinh doanh.
**II. VỀ DỊCH VỤ CÔNG TRỰC TUYẾN**
2. Bộ trưởng các Bộ, Thủ trưởng cơ quan ngang bộ
b) Các Bộ: Tài chính, Y tế khẩn trương khắc phục các bất cập của Hệ thống thông tin, cụ thể:
(1) Bộ Tài chính giải quyết 03 vấn đề tồn đọng.
(2) Bộ Tư pháp kịp thời khắc phục tình trạng chậm của Hệ thống đăng ký hộ tịch.
"""


def test_the_items_under_a_dispatch_addressing_ministers_are_assignments():
    roles = _roles(PRIME_MINISTER_DISPATCH)
    assert {
        ("Bộ Công Thương", "thực hiện"),
        ("Bộ Tài chính", "thực hiện"),
        ("Bộ Y tế", "thực hiện"),
        ("Bộ Tư pháp", "thực hiện"),
    } <= roles


def test_a_plan_preamble_ending_in_nhu_sau_is_no_directive():
    text = (
        "KẾ HOẠCH\nNÂNG CAO NĂNG LỰC CÁN BỘ\n\nNhằm đáp ứng yêu cầu phát triển đất nước, UBND tỉnh ban hành Kế hoạch "
        "nâng cao năng lực cán bộ như sau:\n\nI. MỤC ĐÍCH\n\n1. Sở Nội vụ các năm qua đạt nhiều kết quả trong đào tạo.\n"
    )
    assert _roles(text) == set()


def test_the_body_that_asks_is_not_assigned_what_it_asks():
    text = (
        "Sở Nội vụ đề nghị các doanh nghiệp trên địa bàn Thành phố tự kiểm tra, nội dung cụ thể như sau:\n\n"
        "1. Thường xuyên rà soát hoạt động cho thuê lại lao động.\n\n"
        "Sở Nội vụ đề nghị Quý doanh nghiệp quan tâm thực hiện những nội dung trên.\n"
    )
    assert not any(a.canonical_name == "Sở Nội vụ" for a in iter_agencies(text))


def test_a_short_form_the_text_defines_names_the_body_again():
    text = (
        "Kết quả xét của Hội đồng Thi đua – Khen thưởng ngành Y tế thành phố *(gọi tắt là Hội đồng thi đua).*\n\n"
        "III. TỔ CHỨC THỰC HIỆN\n\n1. Hội đồng thi đua có trách nhiệm họp xét, xếp hạng các xã, phường.\n"
    )
    names = [m.name for m in iter_mentions(text) if not m.generic]
    assert names == ["Hội đồng Thi đua – Khen thưởng ngành Y tế thành phố"] * 2
    assert ("Hội đồng Thi đua - Khen thưởng ngành Y tế thành phố", "thực hiện") in _roles(text)


def test_decision_whose_page_dropped_the_quyet_dinh_line():
    text = (
        "**QUYẾT ĐỊNH**\nQUY ĐỊNH VIỆC PHÂN CẤP CHO SỞ GIÁO DỤC VÀ ĐÀO TẠO\n*Căn cứ Luật Tổ chức chính quyền địa phương;*\n"
        "**Điều 1. Phạm vi điều chỉnh**\n1. Quyết định này quy định việc phân cấp cho Sở Giáo dục và Đào tạo.\n"
        "**Điều 2. Sở Giáo dục\nvà Đào tạo**\n1. Chủ trì thực hiện tuyển dụng đội ngũ nhà giáo.\n"
    )
    assert _roles(text) == {("Sở Giáo dục và Đào tạo", "chủ trì")}


def test_every_body_listed_after_phoi_hop_voi_is_a_partner():
    text = (
        "III. TỔ CHỨC THỰC HIỆN\n1. Cục Biến đổi khí hậu có trách nhiệm:\n"
        "b) Chủ trì, phối hợp với Cục Kiểm soát ô nhiễm môi trường, Vụ Môi trường hoàn thiện dự thảo Kế hoạch.\n"
        "2. Sở Tài chính chủ trì, phối hợp với các sở, ban, ngành và UBND cấp xã bố trí kinh phí.\n"
    )
    roles = _roles(text)
    assert {("Cục Kiểm soát ô nhiễm môi trường", "phối hợp"), ("Vụ Môi trường", "phối hợp")} <= roles
    assert ("Ủy ban nhân dân cấp xã", "phối hợp") in roles


def test_collective_references_written_without_cac_or_with_two_word_nouns():
    found = {m.name: m.generic for m in iter_mentions(
        "Sở, ban, ngành liên quan phối hợp; các cơ quan thông tấn, báo chí tuyên truyền; "
        "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương chủ trì; các cơ quan thông tin, báo chí phổ biến."
    )}
    assert found == {
        "Sở, ban, ngành liên quan": True,
        "các cơ quan thông tấn, báo chí": True,
        "các cơ quan thông tin, báo chí": True,
        "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương": False,
    }


def test_a_body_of_another_province_keeps_its_province():
    text = (
        "IV. TỔ CHỨC THỰC HIỆN\n1. Sở Y tế chủ trì, phối hợp với Sở Y tế tỉnh Lâm Đồng và Sở Tài chính tỉnh Lai Châu "
        "tổ chức kiểm tra liên tỉnh.\n"
    )
    names = {a.name: a.canonical_name for a in iter_agencies(text, province="Lai Châu")}
    assert names == {
        "Sở Y tế": "Sở Y tế",
        "Sở Y tế tỉnh Lâm Đồng": "Sở Y tế tỉnh Lâm Đồng",
        "Sở Tài chính tỉnh Lai Châu": "Sở Tài chính",
    }


def test_a_name_ends_before_the_verbs_xem_gom_quyet_xin():
    text = (
        "Hội đồng Quản lý Quỹ xem xét, phê duyệt kế hoạch. Ban Kiểm soát gồm 03 thành viên. "
        "Hội đồng Quản lý Quỹ quyết định mức cho vay. Cục Lãnh sự xin trao đổi."
    )
    assert [m.name for m in iter_mentions(text)] == ["Hội đồng Quản lý Quỹ", "Ban Kiểm soát", "Hội đồng Quản lý Quỹ", "Cục Lãnh sự"]


def test_the_committees_of_the_assembly_are_a_named_set_of_bodies():
    text = (
        "| **QUỐC HỘI** |\n\nNGHỊ QUYẾT\n\nQUYẾT NGHỊ:\n\nĐiều 1. Mục tiêu.\n\nĐiều 3. Tổ chức thực hiện\n\n"
        "Ủy ban Thường vụ Quốc hội, Hội đồng Dân tộc, các Ủy ban của Quốc hội, "
        "trong phạm vi chức năng, nhiệm vụ, quyền hạn của mình, giám sát việc thực hiện Nghị quyết này.\n"
    )
    assert ("các Ủy ban của Quốc hội", "thực hiện", False) in {(a.name, a.role, a.generic) for a in iter_agencies(text)}


def test_a_regulations_article_title_gives_its_body_the_role_it_states():
    # A coordination regulation (b11a, Thái Nguyên QĐ 26/2025): "Điều 5. Nội dung Sở … có trách nhiệm chủ trì" over
    # numbered points that state no role of their own.
    text = ("**Chương II**\n\n**NỘI DUNG PHỐI HỢP**\n\n**Điều 4. Nội\ndung phối hợp chung**\n\n"
            "1. Xây dựng, ban hành chính sách về tín ngưỡng, tôn giáo.\n\n"
            "**Điều 5. Nội\ndung Sở Dân tộc và Tôn giáo có trách nhiệm chủ trì**\n\n"
            "1. Xây dựng, ban hành, đánh giá việc thực hiện chính sách về tín ngưỡng, tôn giáo.\n\n"
            "2. Công tác tuyên truyền, vận động chức sắc, tín đồ tôn giáo chấp hành pháp luật.\n\n"
            "**Điều 6. Nội dung Công an tỉnh có trách nhiệm chủ trì**\n\n"
            "1. Nắm tình hình, tham mưu giải quyết các vấn đề liên quan đến tín ngưỡng, tôn giáo.\n")
    assert _roles(text) == {("Sở Dân tộc và Tôn giáo", "chủ trì"), ("Công an tỉnh", "chủ trì")}


PLAN_CLOSING_REQUEST = """V. TỔ CHỨC THỰC HIỆN
1. Sở Tài chính
- Chủ trì, phối hợp với các đơn vị liên quan tham mưu bố trí kinh phí.
4. Các Sở, ban, ngành của Thành phố, UBND phường, xã
- Phối hợp với Sở Tài chính tổ chức thực hiện kế hoạch.

Ủy ban nhân dân Thành phố yêu cầu các Sở, ban, ngành Thành phố, UBND phường, xã và các doanh nghiệp viễn thông nghiêm túc triển khai thực hiện; định kỳ trước ngày 30 tháng 11 hàng năm báo cáo kết quả thực hiện về UBND Thành phố.
"""


def test_a_plans_closing_request_gives_the_bodies_it_names_their_duty():
    # hn_kh310 (b12-lead): a closing "yêu cầu …" with a duty of its own is an assignment even in a text with a
    # tasks part; only a "yêu cầu …:" that opens points is not (test_yeu_cau_before_a_texts_own_points_…).
    assert ("Ủy ban nhân dân cấp xã", "thực hiện") in _roles(PLAN_CLOSING_REQUEST)


def test_a_collective_of_the_city_is_one_reference_before_the_next_body():
    # "4. Các Sở, ban, ngành của Thành phố, UBND phường, xã": "của Thành phố" ends the collective, the list goes on.
    found = {(a.name, a.role) for a in iter_agencies(PLAN_CLOSING_REQUEST)}
    assert ("Các Sở, ban, ngành của Thành phố", "phối hợp") in found
    assert ("UBND phường, xã", "phối hợp") in found


DIRECTIVE_DUTIES = """II. Trách nhiệm phối hợp giải quyết thủ tục đầu tư và quản lý dự án

**1. **Sở Tài chính, Sở Xây dựng, Sở Nông nghiệp và Môi trường,
Ban quản lý Khu Kinh tế Phú Yên, Ban quản lý Khu Nông nghiệp ứng dụng Công nghệ
cao Phú Yên, Ban Quản lý các Khu công nghiệp tỉnh, UBND cấp xã và các Sở, ban,
ngành quản lý quy hoạch theo chức năng, nhiệm vụ được giao có trách nhiệm phối
hợp công bố đầy đủ, công khai thông tin về quy hoạch.
"""


def test_a_duty_to_coordinate_gives_the_partner_role_to_every_body_listed():
    # dl_ct010 (b12-lead): "… có trách nhiệm phối hợp công bố …" after a long list and an aside.
    roles = _roles(DIRECTIVE_DUTIES)
    for name in ("Sở Tài chính", "Sở Xây dựng", "Sở Nông nghiệp và Môi trường", "Ban Quản lý các khu công nghiệp tỉnh"):
        assert (name, "phối hợp") in roles
    # the agricultural high-tech park's board is a known body, so the list runs on through it
    assert any(name.startswith("Ban Quản lý Khu nông nghiệp ứng dụng công nghệ cao") and role == "phối hợp"
               for name, role in roles)


def test_a_name_stops_before_the_officials_own_name_but_not_before_a_place():
    # hcm_haiquan_chitieuthu2021: "Cục trưởng Cục Hải quan TPHCM Đinh Ngọc Thắng vừa ký …"; a place that opens on a
    # family name ("Hồ Chí Minh", "Lê Chân", "Phan Thiết") stays in the name, and so does a company's.
    names = lambda text: [m.name for m in iter_mentions(text)]  # noqa: E731
    assert names("Cục trưởng Cục Hải quan TPHCM Đinh Ngọc Thắng vừa ký ban hành kế hoạch.") == ["Cục Hải quan TPHCM"]
    assert names("Chủ tịch UBND tỉnh Phạm Anh Tuấn chỉ đạo.") == ["UBND tỉnh"]
    assert names("UBND quận Lê Chân phối hợp.") == ["UBND quận Lê Chân"]
    assert names("UBND thành phố Phan Thiết thực hiện.") == ["UBND thành phố Phan Thiết"]
    assert names("Công ty Cổ phần đầu tư hạ tầng Châu Giang thực hiện dự án.")[0].endswith("Châu Giang")


def test_the_class_of_communes_keeps_the_special_zone_it_names():
    # qt_ct06 (b13a): "Chủ tịch Ủy ban nhân dân các xã, phường, đặc khu Cồn Cỏ" is one class, the zone included.
    text = "Yêu cầu Giám đốc các sở, ban, ngành; Chủ tịch Ủy ban nhân dân các xã, phường, đặc khu Cồn Cỏ thực hiện."
    assert "Ủy ban nhân dân các xã, phường, đặc khu Cồn Cỏ" in {m.name for m in iter_mentions(text)}


def test_phat_trien_inside_a_name_does_not_end_it():
    # hcm_qd2820 (b13c): "Viện Nghiên cứu phát triển Thành phố" ("triển" alone opens "triển khai", a verb).
    names = {m.name for m in iter_mentions("Viện Nghiên cứu phát triển Thành phố chủ trì; Sở Y tế triển khai kế hoạch.")}
    assert {"Viện Nghiên cứu phát triển Thành phố", "Sở Y tế"} <= names


def test_a_unit_named_with_the_body_it_belongs_to_is_one_body_and_the_list_goes_on():
    # cp_nq109 (b13): "Ban Tuyên giáo và Dân vận của Đảng ủy Chính phủ" is one partner; the partners after it too.
    text = (
        "Bộ Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với Bộ Tài chính, Ban Tuyên giáo và Dân vận của Đảng ủy "
        "Chính phủ, Ban Tuyên giáo và Dân vận Trung ương, Đài Truyền hình Việt Nam, Đài Tiếng nói Việt Nam làm tốt "
        "công tác thông tin, tuyên truyền."
    )
    found = all_roles(text)
    assert ("Ban Tuyên giáo và Dân vận của Đảng ủy Chính phủ", "phối hợp") in found
    assert ("Ban Tuyên giáo và Dân vận", "phối hợp") not in found
    for name in ("Ban Tuyên giáo và Dân vận Trung ương", "Đài Truyền hình Việt Nam", "Đài Tiếng nói Việt Nam"):
        assert (name, "phối hợp") in found
    # a ministry is a body of its own: "của" after it does not join the next name to it
    assert [m.name for m in iter_mentions("Bộ Y tế của Chính phủ")] == ["Bộ Y tế", "Chính phủ"]


def test_how_often_a_body_acts_may_open_the_sentence_before_it():
    # qh_kh3260 (b13): "Định kỳ, Thường trực Ủy ban KH,CN&MT của Quốc hội chủ trì, phối hợp với …".
    roles = _roles(
        "Định kỳ, Thường trực Ủy ban KH,CN&MT của Quốc hội chủ trì, phối hợp với Văn phòng Đảng đoàn Quốc hội "
        "tổng hợp kết quả thực hiện."
    )
    assert any(name.endswith("của Quốc hội") and role == "chủ trì" for name, role in roles)
    assert ("Văn phòng Đảng đoàn Quốc hội", "phối hợp") in roles
    assert ("Sở Tài chính", "chủ trì") in _roles(
        "Định kỳ 6 tháng, hằng năm, Sở Tài chính chủ trì, phối hợp với Sở Nội vụ tổng hợp kết quả."
    )


def test_a_collective_takes_in_the_body_it_belongs_to_when_written_by_its_abbreviation():
    # qh_kh3260 (b13): "các cơ quan thuộc UBTVQH" is one reference, not "các cơ quan thuộc" and a body.
    names = [m.name for m in iter_mentions("Văn phòng Quốc hội, các cơ quan thuộc UBTVQH, các Đoàn đại biểu Quốc hội")]
    assert "các cơ quan thuộc UBTVQH" in names
    assert "UBTVQH" not in names


def test_the_partys_bodies_are_one_collective_before_the_list_goes_on():
    # cm_kh0219 (b16a) "Đề nghị các tổ chức Đảng, Mặt trận Tổ quốc Việt Nam, …", cp_nq03 (b13) "Phối hợp với các cơ quan
    # Đảng, Quốc hội, …": "Đảng" ends the collective, not the list; "Đảng ủy" is a body of its own.
    found = {(a.name, a.role) for a in iter_agencies(
        "3. Đề nghị các tổ chức Đảng, Mặt trận Tổ quốc Việt Nam, đoàn thể và các tổ chức khác tham gia thực hiện Kế hoạch này."
    )}
    assert {("các tổ chức Đảng", "phối hợp"), ("Mặt trận Tổ quốc Việt Nam", "phối hợp")} <= found
    roles = _roles("c) Phối hợp với các cơ quan Đảng, Quốc hội, Mặt trận Tổ quốc Việt Nam, Tòa án nhân dân tối cao thực hiện.")
    assert {("Quốc hội", "phối hợp"), ("Tòa án nhân dân tối cao", "phối hợp")} <= roles
    assert [m.name for m in iter_mentions("Các cơ quan Đảng ủy tỉnh phối hợp.")] == ["Các cơ quan", "Đảng ủy tỉnh"]


DIRECTIVE_EXPLAINER = """# Toàn văn Chỉ thị 24/CT-TTg 2025 về giải pháp công nghệ phục vụ người dân và doanh nghiệp

Tại Mục 1 Chỉ thị 24/CT-TTg 2025, yêu cầu đối với việc ứng dụng công nghệ sinh trắc học như sau:

**(1) Bộ Công an:**

- Chủ trì, phối hợp với Bộ Xây dựng, Bộ Tài chính, Ủy ban nhân dân các tỉnh, thành phố triển khai ứng dụng công nghệ sinh trắc học.

**(2) Bộ Tài chính:**

- Thực hiện đôn đốc, chỉ đạo các đơn vị trực thuộc triển khai tích hợp công nghệ sinh trắc học.

**(3) Đối với các bộ, ngành, Ủy ban nhân dân các tỉnh, thành phố:**

- Chủ trì, phối hợp với Bộ Công an khẩn trương rà soát, đánh giá, tái cấu trúc quy trình nghiệp vụ.

**(4)** Ủy ban nhân dân thành phố Hà Nội, Thành phố Hồ Chí Minh chủ trì, phối hợp với Bộ Công an bố trí ngân sách.
"""


def test_a_directives_points_numbered_in_brackets_head_the_bodies_they_name():
    # ttg_ct24 (b16f): "**(1) Bộ Công an:**" over its points; "(3) Đối với …:" names the bodies too; a page whose
    # headline names a Government text assigns the provinces' committees ("Ủy ban nhân dân thành phố Hà Nội, Thành
    # phố Hồ Chí Minh chủ trì": the city after the committee shares its head).
    roles = {(a.name, a.role) for a in iter_agencies(DIRECTIVE_EXPLAINER)}
    assert {("Bộ Công an", "chủ trì"), ("Bộ Xây dựng", "phối hợp"), ("Bộ Tài chính", "thực hiện")} <= roles
    assert ("Ủy ban nhân dân các tỉnh, thành phố", "chủ trì") in roles
    assert {("Ủy ban nhân dân thành phố Hà Nội", "chủ trì"), ("Thành phố Hồ Chí Minh", "chủ trì")} <= roles


def test_whom_criteria_concern_is_no_assignment():
    # dlk_kh0124 (b12): "2. Tiêu chí thi đua / a) Đối với các sở, ban, ngành, UBND các xã, phường / - Hoàn thành …".
    text = ("II. NỘI DUNG\n\n2. Tiêu chí thi đua\n\na) Đối với các sở, ban, ngành, UBND các xã, phường\n\n"
            "- Hoàn thành vượt mức các chỉ tiêu phát triển kinh tế - xã hội năm 2025.\n")
    assert list(iter_agencies(text)) == []


def test_the_date_a_task_is_due_by_may_open_its_sentence():
    # cp_nq74 (b16f): "Trước ngày 10/4/2025, Bộ Tư pháp chủ trì, phối hợp với các Bộ, ngành liên quan …".
    roles = _roles("Trước ngày 10/4/2025, Bộ Tư pháp chủ trì, phối hợp với Bộ Nội vụ rà soát các văn bản pháp luật.")
    assert {("Bộ Tư pháp", "chủ trì"), ("Bộ Nội vụ", "phối hợp")} <= roles


def test_the_party_committees_and_organisations_are_a_named_class():
    # tw_kl127 (b16i), tw_nq57 (b11): "Bộ Chính trị, Ban Bí thư yêu cầu các cấp uỷ, tổ chức đảng tập trung thực hiện …".
    roles = {(a.name, a.role, a.generic) for a in iter_agencies(
        "Bộ Chính trị, Ban Bí thư yêu cầu các cấp uỷ, tổ chức đảng tập trung thực hiện tốt các nội dung sau:"
    )}
    assert roles == {("các cấp uỷ, tổ chức đảng", "thực hiện", False)}
