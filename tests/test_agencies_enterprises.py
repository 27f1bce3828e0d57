"""Enterprises named as leads or partners: state groups known by their short names,
company names that run over ordinary words ("phát triển") and end before a duty."""

from extractors.gazetteer import iter_gazetteer_matches
from pipeline.extract.stage import extract_path
from tests._agencies_support import named_roles as _roles


def test_viettel_written_alone_is_the_state_group(shared_docs):
    # "Bộ KH&CN đã làm việc với các doanh nghiệp (Viettel, CMC, Fenikka, City Group, Vin Robostic) …"
    text = (shared_docs / "vpcp_tb624_bcd_khcn_2025.md").read_text(encoding="utf-8")
    found = {(text[m.start : m.end], m.canonical_name, m.kind) for m in iter_gazetteer_matches(text)}
    assert ("Viettel", "Tập đoàn Công nghiệp - Viễn thông Quân đội", "state_enterprise") in found


def test_a_company_name_keeps_phat_trien_and_ends_before_its_duty(shared_docs):
    # lc_qd2170: "Công ty Cổ phần Đầu tư phát triển công nghiệp Lào Cai" carries out its own project.
    agencies = extract_path(shared_docs / "lc_qd2170_ctdt_kcn_banqua_2026.pdf").agencies
    companies = {a.name for a in agencies if a.name.startswith("Công ty")}
    assert companies == {"Công ty Cổ phần Đầu tư phát triển công nghiệp Lào Cai"}


# Sentences of two Government texts on the 19 December 2025 inaugurations (tnt305/tai_lieu_noi_bo
# dataset 1095764e502a89b8.md and 1e4d9f978a1631f6.md), under an implementation heading.
GROUPS_LEAD = """IV. TỔ CHỨC THỰC HIỆN
1. Tập đoàn Công nghiệp - Viễn thông Quân đội, Tập đoàn Bưu chính Viễn thông Việt Nam chủ trì, phối hợp với Bộ Xây dựng, Đài truyền hình Việt Nam và các bộ, ngành, địa phương, cơ quan (có dự án khánh thành, khởi công...) chủ động chuẩn bị tốt điều kiện vật chất, kỹ thuật kết nối trực tuyến.
"""
AIRPORTS = """IV. TỔ CHỨC THỰC HIỆN
- Tổng công ty Cảng Hàng không Việt Nam cần xác định cụ thể các công việc cần hỗ trợ để phối hợp với Quân khu 7 để huy động lực lượng quân đội hỗ trợ tại một số hạng mục thi công;
- phối hợp với Đài Truyền hình Việt Nam, Viettel, VNPT chuẩn bị chương trình lễ khởi công, khánh thành bảo đảm trang trọng, an toàn, tiết kiệm.
"""
CONSTRUCTION = """IV. TỔ CHỨC THỰC HIỆN
- Bộ Xây dựng tiếp tục chủ trì, phối hợp với Văn phòng Chính phủ, các bộ, ngành, địa phương liên quan tổng hợp danh mục các dự án, công trình; phối hợp với Đài Truyền hình Việt Nam, Viettel, VNPT chuẩn bị chương trình lễ khởi công, khánh thành bảo đảm trang trọng, an toàn, tiết kiệm.
"""


def test_group_names_run_over_vien_thong_and_both_lead():
    roles = _roles(GROUPS_LEAD)
    assert {
        ("Tập đoàn Công nghiệp - Viễn thông Quân đội", "chủ trì"),
        ("Tập đoàn Bưu chính Viễn thông Việt Nam", "chủ trì"),
        ("Bộ Xây dựng", "phối hợp"),
    } <= roles


def test_a_company_name_ends_before_can():
    names = {name for name, _ in _roles(AIRPORTS)}
    assert "Tổng công ty Cảng Hàng không Việt Nam" in names
    assert not any("cần" in name for name in names)


def test_the_bodies_of_a_later_phoi_hop_clause_are_partners_with_the_subject():
    # "Bộ Xây dựng tiếp tục chủ trì, phối hợp với Văn phòng Chính phủ, …; phối hợp với Đài Truyền hình
    # Việt Nam, Viettel, VNPT chuẩn bị chương trình …": the Bộ and the enterprises are partners in the second clause.
    roles = _roles(CONSTRUCTION)
    assert {("Bộ Xây dựng", "chủ trì"), ("Bộ Xây dựng", "phối hợp"), ("Văn phòng Chính phủ", "phối hợp")} <= roles
    assert ("Viettel", "phối hợp") in roles
    assert not any(name == "Viettel" and role != "phối hợp" for name, role in roles)


# As a Lào Cai report on industrial clusters assigns them (lc_bcx_vpubnd_cumcongnghiep_2026): a company's number
# belongs to its name, a count after it does not.
def test_a_company_keeps_the_number_in_its_name():
    from extractors.agencies import iter_mentions

    text = "Chủ trì: Công ty TNHH Lâm nghiệp 888 Yên Bái (CĐT). Phối hợp: Tổng công ty 36, UBND phường Văn Phú."
    assert [m.name for m in iter_mentions(text)] == ["Công ty TNHH Lâm nghiệp 888 Yên Bái", "Tổng công ty 36", "UBND phường Văn Phú"]
    counted = "Công ty Điện lực Lâm Đồng 2 lần tổ chức kiểm tra; Công ty Cấp nước 15% công suất."
    assert [m.name for m in iter_mentions(counted)] == ["Công ty Điện lực Lâm Đồng", "Công ty Cấp nước"]


def test_a_hospital_is_a_body():
    roles = _roles("Giao Bệnh viện Đa khoa số 1 chủ trì, phối hợp với Sở Y tế xây dựng Đề án phát triển chuyên sâu.")
    assert roles == {("Bệnh viện Đa khoa số 1", "chủ trì"), ("Sở Y tế", "phối hợp")}
