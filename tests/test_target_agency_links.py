"""Targets are linked to the agencies a plan makes responsible for them, from every
place the plan says so, each link with its basis (where it was read)."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.extract.stage import extract_path


def links_of(extraction) -> set[tuple[str, str, str, str]]:
    """(target sentence start, agency, role, basis) of every link."""
    agencies = {a.agency_id: a for a in extraction.agencies}
    targets = {t.target_id: t for t in extraction.targets}
    return {
        (targets[link.target_id].sentence, agencies[link.agency_id].canonical_name, link.role, link.basis)
        for link in extraction.target_agencies
    }


@pytest.fixture(scope="module")
def digital_government(shared_docs: Path):
    return extract_path(shared_docs / "cp_qd2629_chinhphuso_2025.md")


def test_an_annex_row_with_a_lead_column_links_the_prose_target_it_restates(digital_government):
    # Annex I: "Tỉ lệ dịch vụ công trực tuyến toàn trình … | % | 100% | Văn phòng Chính phủ".
    links = links_of(digital_government)
    online = {(agency, role, basis) for sentence, agency, role, basis in links
              if sentence.startswith("+ 100% dịch vụ công trực tuyến toàn trình")}
    assert online == {("Văn phòng Chính phủ", "chủ trì", "table_row")}
    data_levels = {(agency, basis) for sentence, agency, _, basis in links
                   if sentence.startswith("+ 100% bộ, ngành, địa phương đạt cấp độ 3")}
    assert data_levels == {("Bộ Công an", "table_row")}


def test_targets_without_a_row_take_the_lead_of_the_whole_plan(digital_government):
    # "Bộ Khoa học và Công nghệ: Chủ trì tổ chức thực hiện Chương trình"; the ranking targets have no annex row.
    ranking = {(agency, role, basis) for sentence, agency, role, basis in links_of(digital_government)
               if "ASEAN" in sentence}
    assert ranking == {("Bộ Khoa học và Công nghệ", "chủ trì", "plan_lead")}
    assert all(any(link.target_id == t.target_id and link.role == "chủ trì" for link in digital_government.target_agencies)
               for t in digital_government.targets)


def test_an_implementation_item_naming_a_goal_area_links_its_targets(shared_docs: Path):
    # "Sở Văn hóa, Thể thao và Du lịch: Chủ trì, phối hợp triển khai … trong lĩnh vực văn hóa và du lịch của Kế hoạch".
    links = links_of(extract_path(shared_docs / "dnai_kh179_kinhteso_2025.md"))
    tourism = {(agency, basis) for sentence, agency, role, basis in links
               if "cơ sở du lịch" in sentence and role == "chủ trì"}
    assert tourism == {("Sở Văn hóa, Thể thao và Du lịch", "goal_area")}
    # "y tế" does not stand for the "tế" of "kinh tế số".
    assert not any(agency == "Sở Y tế" and "kinh tế số" in sentence for sentence, agency, _, _ in links)


def test_an_assignment_naming_the_targets_links_them(tmp_path: Path):
    plan = tmp_path / "kh.md"
    plan.write_text(
        "**KẾ HOẠCH**\n\n**I. MỤC TIÊU**\n\n**1. Mục tiêu 1. Lĩnh vực giáo dục**\n\n"
        "- Chỉ tiêu 1: Đến năm 2030, 90% trẻ em 5 tuổi được học hai buổi mỗi ngày.\n\n"
        "**2. Mục tiêu 2. Lĩnh vực y tế**\n\n- Chỉ tiêu 1: Đến năm 2030, 95% dân số tham gia bảo hiểm y tế.\n\n"
        "**II. TỔ CHỨC THỰC HIỆN**\n\n**1. Sở Giáo dục và Đào tạo**\n\nChủ trì thực hiện Mục tiêu 1 của Kế hoạch.\n\n"
        "**2. Sở Y tế**\n\nChủ trì, phối hợp với Bảo hiểm xã hội tỉnh thực hiện các chỉ tiêu về bảo hiểm y tế.\n",
        encoding="utf-8",
    )
    links = {(sentence.split(":")[1].split(",")[1].split()[1], agency, role, basis)
             for sentence, agency, role, basis in links_of(extract_path(plan))}
    assert links == {
        ("trẻ", "Sở Giáo dục và Đào tạo", "chủ trì", "named_targets"),
        ("dân", "Sở Y tế", "chủ trì", "named_targets"),
        ("dân", "Bảo hiểm xã hội tỉnh", "phối hợp", "named_targets"),
    }


def test_news_pages_link_no_agency_to_the_targets_they_report(shared_docs: Path):
    assert extract_path(shared_docs / "cp_qd1717_duoinuoc_news_2025.md").target_agencies == []


@pytest.mark.parametrize(
    ("plan", "lead"),
    [
        # "Chủ trì, phối hợp … đôn đốc, kiểm tra việc thực hiện nội dung kế hoạch thi đua này"
        ("ct_kh157_khongtienmat_2025.md", "Sở Y tế"),
        # "… tổng kết đánh giá việc thực hiện các mục tiêu, nhiệm vụ …"
        ("ct_kh153_matuy_2025.md", "Công an thành phố"),
        # "chủ trì các nhiệm vụ được giao, phối hợp … tổ chức thực hiện Kế hoạch này"
        ("cp_qd2530_khongkhi_2025.md", "Bộ Nông nghiệp và Môi trường"),
    ],
)
def test_the_agency_following_up_the_whole_plan_leads_its_targets(shared_docs: Path, plan: str, lead: str):
    extraction = extract_path(shared_docs / plan)
    plan_leads = {agency for _, agency, role, basis in links_of(extraction) if basis == "plan_lead" and role == "chủ trì"}
    assert plan_leads == {lead}


def test_without_a_lead_for_the_plan_the_body_following_it_up_is_linked_with_its_role(shared_docs: Path):
    # "Giao Sở Tư pháp theo dõi, đôn đốc các cơ quan, đơn vị, địa phương triển khai thực hiện Kế hoạch này."
    extraction = extract_path(shared_docs / "bn_kh141_canbo_2025.md")
    assert {(agency, role, basis) for _, agency, role, basis in links_of(extraction)} == {
        ("Sở Tư pháp", "thực hiện", "plan_lead")}
    assert {link.target_id for link in extraction.target_agencies} == {t.target_id for t in extraction.targets}
