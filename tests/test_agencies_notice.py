"""A notice of conclusions (Thông báo) assigns in its tasks part: items that name a
body then its numbered points ("Bộ Tài chính: (1) Chủ trì …; (2) Phân bổ …"),
sentences that open on a body, and lists of provincial committees."""

from extractors.agencies import iter_agencies


def _roles_in(shared_docs, section):
    text = (shared_docs / "vpcp_tb624_bcd_khcn_2025.md").read_text(encoding="utf-8")
    return {(a.canonical_name, a.role) for a in iter_agencies(text) if a.section == section and not a.generic}


def test_the_tasks_part_of_a_notice_assigns_the_bodies_its_sentences_open_on(shared_docs):
    # "d) Bộ Nội vụ tham mưu ban hành Kế hoạch …", "g) Bộ Y tế xây dựng, trình cấp có thẩm quyền …"
    assert ("Bộ Nội vụ", "thực hiện") in _roles_in(shared_docs, "III.5.d")
    assert ("Bộ Y tế", "thực hiện") in _roles_in(shared_docs, "III.5.g")
    # "đ) Bộ Xây dựng: Khẩn trương thành lập đoàn công tác …": a duty may open capitalised after the colon.
    assert ("Bộ Xây dựng", "thực hiện") in _roles_in(shared_docs, "III.5.đ")


def test_each_numbered_point_after_a_body_states_its_own_role(shared_docs):
    # "a) Bộ Khoa học và Công nghệ: (1) trình Thủ tướng …; (2) chủ trì, phối hợp với các bộ, ngành,
    # Tập đoàn FPT, CMC …; … (5) Phối hợp với các bộ, ngành tháo gỡ …"
    roles = _roles_in(shared_docs, "III.5.a")
    assert {
        ("Bộ Khoa học và Công nghệ", "thực hiện"),
        ("Bộ Khoa học và Công nghệ", "chủ trì"),
        ("Bộ Khoa học và Công nghệ", "phối hợp"),
        ("Tập đoàn FPT", "phối hợp"),
        ("Bộ Tài chính", "phối hợp"),
    } <= roles
    # "a) Bộ Tài chính: (1) Chủ trì, phối hợp với Bộ Khoa học và Công nghệ …; (2) Phân bổ …"
    assert {("Bộ Tài chính", "chủ trì"), ("Bộ Tài chính", "thực hiện")} <= _roles_in(shared_docs, "III.6.a")


def test_a_point_after_a_title_colon_opens_its_own_clause(shared_docs):
    # "3. Khẩn trương xây dựng và ban hành chiến lược …:**** (1)** Thanh tra Chính phủ ban hành trước …"
    assert ("Thanh tra Chính phủ", "thực hiện") in _roles_in(shared_docs, "III.3")


def test_a_list_of_provincial_committees_names_each_committee(shared_docs):
    # "l) Ủy ban nhân dân các thành phố: Hà Nội, Cần Thơ thực hiện nghiêm chỉ đạo …": a Government
    # text assigns provincial committees, each kept apart by its province.
    assert {
        ("Ủy ban nhân dân thành phố Hà Nội", "thực hiện"),
        ("Ủy ban nhân dân thành phố Cần Thơ", "thực hiện"),
    } <= _roles_in(shared_docs, "III.5.l")


def test_the_sender_of_a_notice_is_not_given_its_closing_line(shared_docs):
    # "Văn phòng Chính phủ trân trọng thông báo để các đồng chí biết, chỉ đạo tổ chức thực hiện./."
    text = (shared_docs / "vpcp_tb624_bcd_khcn_2025.md").read_text(encoding="utf-8")
    office = {a.role for a in iter_agencies(text) if a.canonical_name == "Văn phòng Chính phủ"}
    assert "thực hiện" not in office
