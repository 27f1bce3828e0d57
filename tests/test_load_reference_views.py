"""The reference and achievement views: a cited number resolves to a loaded document
whichever is loaded first, a province's "24/KH-UBND" is not another province's, the
implementations of a national resolution list the provinces with their targets, and an
achievement reaches the target of the plan its report cites."""

from datetime import date
from decimal import Decimal

import pytest
from sample_extraction import soc_trang_extraction

from pipeline.extract.stage import extract_document, extract_path
from pipeline.load.write import load_extraction
from schemas import ParsedDocument


def rows(con, sql: str, *params) -> list[dict]:
    cursor = con.execute(sql, list(params))
    names = [c[0] for c in cursor.description]
    return [dict(zip(names, row)) for row in cursor.fetchall()]


def renumbered(extraction, **changes):
    """A real extraction standing for another document (its own id, number, date, province)."""
    document_id = "doc_" + changes["number"].replace("/", "_")
    records = {
        name: [r.model_copy(update={"document_id": document_id}) for r in getattr(extraction, name)]
        for name in ("document_texts", "pages", "goals", "targets", "agencies", "tasks", "target_agencies", "references",
                     "achievements")
    }
    document = extraction.document.model_copy(update={"document_id": document_id, **changes})
    return extraction.model_copy(update={"document": document, **records})


@pytest.fixture(scope="module")
def dong_thap_plan(shared_docs):
    return extract_path(shared_docs / "dt_kh597_cds_giaothong_2025.md")


@pytest.fixture(scope="module")
def national_programme(shared_docs):
    # The government's programme cited as "Nghị quyết số 71/NQ-CP ngày 01/4/2025 của Chính phủ".
    national = extract_path(shared_docs / "cp_qd2629_chinhphuso_2025.md")
    return renumbered(national, number="71/NQ-CP", issue_date=date(2025, 4, 1), province=None, province_current=None)


@pytest.mark.parametrize("plan_first", [True, False])
def test_a_cited_number_resolves_whichever_is_loaded_first(con, dong_thap_plan, national_programme, plan_first):
    for extraction in (dong_thap_plan, national_programme) if plan_first else (national_programme, dong_thap_plan):
        load_extraction(con, extraction)
    cited = rows(con, "SELECT relation, cited_document_id, cited_candidates FROM v_references "
                      "WHERE document_number = '597/KH-UBND' AND cited_number = '71/NQ-CP'")
    assert cited == [{"relation": "căn cứ", "cited_document_id": national_programme.document.document_id, "cited_candidates": 1}]


def test_a_provincial_number_resolves_only_in_its_province(con, shared_docs):
    bac_ninh = extract_path(shared_docs / "bn_kh141_canbo_2025.md")  # "Kế hoạch số 24/KH-UBND ngày 14/8/2025 của UBND tỉnh"
    other = extract_path(shared_docs / "ct_kh157_khongtienmat_2025.md")
    load_extraction(con, bac_ninh)
    load_extraction(con, renumbered(other, number="24/KH-UBND", issue_date=date(2025, 8, 14),
                                    province="Cần Thơ", province_current="Cần Thơ"))
    sql = ("SELECT DISTINCT cited_document_id FROM v_references "
           "WHERE document_number = '141/KH-UBND' AND cited_number = '24/KH-UBND'")
    assert rows(con, sql) == [{"cited_document_id": None}]
    load_extraction(con, renumbered(other, number="24/KH-UBND", issue_date=date(2025, 8, 14),
                                    province="Bắc Ninh", province_current="Bắc Ninh"))
    assert rows(con, sql) == [{"cited_document_id": "doc_24_KH-UBND"}]


def test_implementations_of_a_national_resolution(con, shared_docs, dong_thap_plan):
    load_extraction(con, dong_thap_plan)
    load_extraction(con, extract_path(shared_docs / "dnai_kh179_kinhteso_2025.md"))
    load_extraction(con, extract_path(shared_docs / "cp_qd2629_chinhphuso_2025.md"))  # national: not a province
    found = rows(con, "SELECT province_current, document_number, issue_date, relations, direct, target_count, targets "
                      "FROM v_implementations WHERE cited_number = '57-NQ/TW' ORDER BY issue_date")
    assert [(r["province_current"], r["document_number"]) for r in found] == [("Đồng Nai", "179/KH-UBND"), ("Đồng Tháp", "597/KH-UBND")]
    dong_thap = found[1]
    assert dong_thap["relations"] == ["căn cứ", "thực hiện"] and dong_thap["direct"]
    assert dong_thap["target_count"] == len(dong_thap["targets"]) == len([t for t in dong_thap_plan.targets if t.kind == "target"]) > 0


REPORT = """ỦY BAN NHÂN DÂN TỈNH SÓC TRĂNG
Số: 15/BC-UBND
Sóc Trăng, ngày 10 tháng 01 năm 2027

BÁO CÁO
Kết quả năm 2026

Thực hiện Kế hoạch số 110/KH-UBND ngày 12/5/2025 của UBND tỉnh Sóc Trăng, năm 2026 tỷ trọng kinh tế số trong GRDP đạt 14,5%.
"""


def test_an_achievement_reaches_the_target_of_the_plan_its_report_cites(con):
    load_extraction(con, soc_trang_extraction())
    report = extract_document(ParsedDocument(
        document_id="doc_report", sha256="r" * 64, source_id="test", url="report.txt", media_type="text",
        parser="text", text=REPORT,
    ))
    assert [(r.relation, r.number) for r in report.references] == [("thực hiện", "110/KH-UBND")]
    load_extraction(con, report)
    [achieved] = rows(con, "SELECT * FROM v_target_achievements WHERE document_id = 'doc_report'")
    assert (achieved["value"], achieved["unit"], achieved["year"]) == (Decimal("14.5"), "%", 2026)
    assert (achieved["plan_number"], achieved["target_metric"], achieved["target_value"]) == (
        "110/KH-UBND", "tỷ trọng kinh tế số trong GRDP", Decimal(20))
    assert "14,5%" in REPORT[achieved["char_start"]:achieved["char_end"]]
