"""Names that are not responsible bodies get no role."""

from extractors.agencies import iter_agencies


def test_seed_000_names_workplaces_not_responsible_bodies(shared_docs, load_gold):
    text = (shared_docs / "seed_000.txt").read_text(encoding="utf-8")
    assert load_gold("seed_000")["agencies"] == []
    assert list(iter_agencies(text)) == []


def test_recipients_and_report_receivers_get_no_role(shared_docs):
    text = (shared_docs / "dt_kh597_cds_giaothong_2025.md").read_text(encoding="utf-8")
    recipients = text.index("Nơi nhận")
    annotations = list(iter_agencies(text))
    assert all(a.start < recipients for a in annotations)
    # "báo cáo kết quả thực hiện về Sở Xây dựng" after the last item names no new role.
    closing = text.index("Trên đây là Kế hoạch")
    assert not [a for a in annotations if a.start > closing]


def test_the_issuer_is_not_its_own_assignee(shared_docs):
    text = (shared_docs / "lch_kh7360_tieuchuan_2025.md").read_text(encoding="utf-8")
    assert not [a for a in iter_agencies(text) if a.canonical_name == "Ủy ban nhân dân tỉnh"]


def test_past_work_in_news_is_not_an_assignment(shared_docs):
    text = (shared_docs / "seed_004.txt").read_text(encoding="utf-8")
    # "Sở Khoa học và Công nghệ đã phối hợp …" reports past work.
    assert ("Sở Khoa học và Công nghệ", "phối hợp") not in {(a.canonical_name, a.role) for a in iter_agencies(text)}


def test_a_way_of_assigning_to_be_studied_gives_no_task():
    # cp_nq03 (b14a): the Government asks its ministries to study whether to give a ministry the universities.
    text = ("NGHỊ QUYẾT\n\n## II. NHIỆM VỤ CỤ THỂ\n\nNhằm đạt được mục tiêu, các Bộ, cơ quan ngang Bộ cần tổ chức triển "
            "khai thực hiện các nhiệm vụ sau đây:\n\n### 2. Hoàn thiện thể chế\n\ni) Rà soát, sắp xếp tổ chức bộ máy.\n\n"
            "k) Nghiên cứu phương án giao Bộ Giáo dục và Đào tạo quản lý trực tiếp các cơ sở giáo dục đại học.\n\n"
            "l) Giao Bộ Tài chính bố trí kinh phí.\n")
    names = {a.name for a in iter_agencies(text)}
    assert "Bộ Giáo dục và Đào tạo" not in names
    assert "Bộ Tài chính" in names
