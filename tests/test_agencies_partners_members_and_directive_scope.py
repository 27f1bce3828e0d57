"""Partners a lead works with ("chủ trì cùng …"), bodies a collective names after its colon, department names
written with "&", the Front's abbreviations, and how far a directive's "… như sau:" reaches (blind batches b28a and
b28c; the real-document tests skip where data/external lacks the document)."""

from blind_documents import parsed_blind_document
from extractors.agencies import iter_agencies, iter_mentions
from tests._agencies_support import all_roles as _roles


def test_the_bodies_a_lead_works_with_are_its_partners():
    text = ("Thủ tướng yêu cầu Bộ Giáo dục và Đào tạo chủ trì cùng Bộ Tài chính, các Bộ, cơ quan, địa phương khẩn "
            "trương xây dựng kế hoạch triển khai.")
    assert {("Bộ Giáo dục và Đào tạo", "chủ trì"), ("Bộ Tài chính", "phối hợp")} <= _roles(text)


def test_ampersand_for_va_in_a_department_name():
    found = {(m.name, m.canonical) for m in iter_mentions("Sở Kế hoạch & Đầu tư và Phòng Nông nghiệp & PTNT huyện")}
    assert ("Sở Kế hoạch & Đầu tư", "Sở Kế hoạch và Đầu tư") in found
    assert any(name == "Phòng Nông nghiệp & PTNT huyện" for name, _ in found)


def test_the_fronts_abbreviations_and_the_small_business_association_are_bodies():
    names = [m.name for m in iter_mentions(
        "Đề nghị UB MTTQ, UBMTTQ huyện, Hiệp hội Doanh nghiệp vừa và nhỏ, Liên minh các HTX vận động.")]
    assert names == ["UB MTTQ", "UBMTTQ huyện", "Hiệp hội Doanh nghiệp vừa và nhỏ", "Liên minh các HTX"]


def test_the_bodies_a_collective_names_after_its_colon_are_asked_too():
    text = ("IV. TỔ CHỨC THỰC HIỆN\n\n5. Đề nghị Ủy ban MTTQ tỉnh, các tổ chức hội: Hội Nông dân, Hội Cựu chiến binh, "
            "Hội Chữ thập đỏ tích cực vận động các doanh nghiệp ủng hộ.\n")
    assert {("Hội Nông dân", "phối hợp"), ("Hội Cựu chiến binh", "phối hợp"), ("Hội Chữ thập đỏ", "phối hợp")} <= _roles(text)
    # a collective whose colon opens the duty itself names nobody
    assert _roles("IV. TỔ CHỨC THỰC HIỆN\n\n2. Các sở, ngành: Phối hợp với Sở Tài chính bố trí kinh phí.\n") == {
        ("Các sở, ngành", "phối hợp"), ("Sở Tài chính", "phối hợp")}


def test_a_segmented_housing_plan_names_the_front_and_the_associations_it_asks():
    parsed = parsed_blind_document("hn_kh_nhaohongheo_2010.txt")
    roles = _roles(parsed.text)
    # "2. Sở Kế hoạch & Đầu tư và Sở Tài chính: ⏎ Phối hợp với Sở Lao động TB&XH phân bổ kinh phí …"
    assert {("Sở Kế hoạch & Đầu tư", "phối hợp"), ("Sở Tài chính", "phối hợp")} <= roles
    # "5. Đề nghị UB MTTQ, các tổ chức hội: Hội Nông dân, …, Hiệp hội Doanh nghiệp vừa và nhỏ, Liên minh các HTX …"
    assert {("UB MTTQ", "phối hợp"), ("Hội Nông dân", "phối hợp"), ("Hiệp hội Doanh nghiệp vừa và nhỏ", "phối hợp"),
            ("Liên minh các HTX", "phối hợp")} <= roles


def test_a_long_request_before_as_follows_hands_out_the_points_under_its_item():
    parsed = parsed_blind_document("vpcp_tb637_benhviencs2_2025.md")
    # "…, yêu cầu Bộ Y tế, Ban Quản lý dự án, … (over 400 characters) … một số nội dung trọng tâm như sau:" then
    # "(3) Bộ Công an tiếp tục chủ động phối hợp, hướng dẫn …", "(4) Bộ Xây dựng chỉ đạo các cơ quan liên quan …"
    by_point = {(a.section, a.name, a.role) for a in iter_agencies(parsed.text)}
    assert {("2.(3)", "Bộ Công an", "phối hợp"), ("2.(3)", "Bộ Công an", "thực hiện"),
            ("2.(4)", "Bộ Xây dựng", "thực hiện"), ("2.(5)", "Bộ Tài chính", "thực hiện")} <= by_point


def test_a_directive_opened_inside_an_item_ends_with_that_items_points():
    parsed = parsed_blind_document("cp_nq122_phienhopthang4_2026.pdf")
    # "1. … Chính phủ yêu cầu các Bộ trưởng, … trong đó chú trọng những nội dung sau:" directs the points of item 1;
    # the session's reports in later items ("Bộ Tư pháp báo cáo về tiếp thu, giải trình …") give no duty.
    reported = [a for a in iter_agencies(parsed.text) if any("báo cáo về tiếp thu" in t for t in a.tasks)]
    assert reported == []


def test_levels_written_with_dashes_or_in_title_case_stay_in_the_name():
    # Hồ Chí Minh City writes "quận - huyện"; a segmented copy keeps "các Quận, Huyện, Thị xã" capitalised (b28a).
    names = [m.name for m in iter_mentions(
        "Chủ tịch Uỷ ban nhân dân quận - huyện, Phòng Tư pháp quận - huyện và Uỷ ban nhân dân các Quận, Huyện, Thị xã "
        "tổ chức thực hiện; UBND huyện Thạch Hà chủ trì.")]
    assert names == ["Uỷ ban nhân dân quận - huyện", "Phòng Tư pháp quận - huyện", "Uỷ ban nhân dân các Quận, Huyện, Thị xã",
                     "UBND huyện Thạch Hà"]
