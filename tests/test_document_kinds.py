"""What a document is (document_kind), a news page's own publisher and date beside
the reported plan's metadata, and whose targets a page states (scope)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from extractors.metadata import extract_metadata
from pipeline.extract.stage import extract_path, parse_path

KINDS = {
    "dt_kh597_cds_giaothong_2025.md": "plan",
    "cp_qd2629_chinhphuso_2025.md": "decision",
    "vn_cn_nghidinhthu_vantai_ocr.pdf": "resolution",
    "vpcp_tb624_bcd_khcn_2025.md": "results_report",
    "bct_cv1178_ccn_diagioimoi_2025.pdf": "official_letter",
    "dno_stp_nongthonmoi_news_2018.html": "news",
    # Explainer and news pages that report a document carry its number and type, and say they are about it.
    "cp_qd1717_duoinuoc_news_2025.md": "news_about_document",
    "hcm_kh188_mamnon_news_2025.md": "news_about_document",
    "seed_000.txt": "news_about_document",
}


@pytest.mark.parametrize("name", sorted(KINDS))
def test_document_kind(shared_docs: Path, name: str):
    parsed = parse_path(shared_docs / name)
    assert extract_metadata(parsed.text, parsed.hints).document_kind == KINDS[name]


def test_a_page_reporting_a_plan_keeps_its_own_date_beside_the_plans_number(shared_docs: Path):
    document = extract_path(shared_docs / "hcm_kh188_mamnon_news_2025.md").document
    assert (document.number, document.doc_type, document.reported_plan_number) == (
        "188/KH-UBND", "Kế hoạch", "188/KH-UBND")
    assert (document.document_kind, document.published_date) == ("news_about_document", date(2025, 12, 4))


def test_a_news_page_names_its_publisher(shared_docs: Path):
    document = extract_path(shared_docs / "dno_dakrlap_hokinhdoanh_news_2019.html").document
    assert (document.publisher, document.published_date) == ("Báo Đắk Nông điện tử", date(2019, 8, 8))


def test_national_targets_quoted_on_a_provincial_news_page_are_not_the_provinces(shared_docs: Path):
    # Krông Nô (Đắk Nông) reports Nghị quyết 28-NQ/TW: "… 1% lực lượng lao động …, 2,5% … 5%".
    quoted = extract_path(shared_docs / "dno_krongno_bhxh_tunguyen_news_2019.html")
    assert quoted.document.province == "Đắk Nông"
    assert {t.scope for t in quoted.targets} == {"national_quoted"}
    # A district page's own province target stays provincial; a national decision's targets are national.
    assert {t.scope for t in extract_path(shared_docs / "dno_ldld_hotieu_daksong_news_2019.html").targets} == {"provincial"}
    assert {t.scope for t in extract_path(shared_docs / "cp_qd2597_cds_xaydung_2025.md").targets} == {"national"}
