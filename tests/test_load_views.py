from datetime import date
from decimal import Decimal

import duckdb
import pytest
from sample_extraction import DOCUMENT_ID, NEWS_PAGE_ID, NOW, news_page_extraction, soc_trang_extraction

from schemas.records import TABLE_MODELS

from pipeline.load.views import VIEWS

from pipeline.load.schema import create_schema

from pipeline.load.write import load_extraction, record_errors
from schemas import ErrorRecord

LEAD = "Sở Khoa học và Công nghệ"
PARTNER = "Sở Kế hoạch và Đầu tư"


@pytest.fixture
def con():
    con = duckdb.connect(":memory:")
    create_schema(con)
    load_extraction(con, soc_trang_extraction())
    load_extraction(con, news_page_extraction())
    yield con
    con.close()


def rows(con, sql: str) -> list[dict]:
    cursor = con.execute(sql)
    names = [c[0] for c in cursor.description]
    return [dict(zip(names, row)) for row in cursor.fetchall()]


def test_v_targets_joins_document_and_responsible_agencies(con):
    by_unit = {r["unit"]: r for r in rows(con, "SELECT * FROM v_targets")}

    units = by_unit["đơn vị"]
    assert (units["document_number"], units["doc_type"], units["issuer"]) == (
        "110/KH-UBND", "Kế hoạch", "Ủy ban nhân dân tỉnh Sóc Trăng")
    assert (units["province"], units["province_current"], units["issue_year"]) == ("Sóc Trăng", "Cần Thơ", 2025)
    assert (units["comparator"], units["value"], units["deadline_year"]) == (">=", Decimal(250), 2030)
    assert units["lead_agencies"] == [LEAD]
    assert units["partner_agencies"] == [PARTNER]
    assert units["agencies"] == sorted([LEAD, PARTNER])
    assert units["sentence"].startswith("Đến năm 2030, toàn tỉnh có tối thiểu 250 đơn vị")

    growth = by_unit["%/năm"]
    assert (growth["comparator"], growth["value"], growth["value_max"]) == ("range", Decimal(10), Decimal(12))

    unlinked = by_unit["%"]
    assert unlinked["lead_agencies"] == [] and unlinked["agencies"] == []


def test_v_targets_answers_which_provinces_target_x_by_2030(con):
    load_extraction(con, soc_trang_extraction("doc_other"))
    con.execute("UPDATE documents SET province = 'Hậu Giang', province_current = 'Cần Thơ' WHERE document_id = 'doc_other'")
    found = con.execute(
        "SELECT DISTINCT province FROM v_targets WHERE metric ILIKE '%đổi mới sáng tạo%' AND deadline_year <= 2030 "
        "ORDER BY province"
    ).fetchall()
    assert found == [("Hậu Giang",), ("Sóc Trăng",)]


def test_v_target_agencies_counts_targets_led_per_agency(con):
    led = con.execute(
        "SELECT coalesce(current_name, canonical_name), count(DISTINCT target_id) FROM v_target_agencies "
        "WHERE role = 'chủ trì' GROUP BY ALL"
    ).fetchall()
    assert led == [(LEAD, 2)]
    partner = rows(con, f"SELECT * FROM v_target_agencies WHERE canonical_name = '{PARTNER}' ORDER BY value")
    assert [(r["current_name"], r["role"], r["province_current"]) for r in partner] == [
        ("Sở Tài chính", "phối hợp", "Cần Thơ")] * 2


def test_v_agency_tasks_unnests_tasks_and_keeps_agencies_without_tasks(con):
    found = con.execute(
        "SELECT canonical_name, current_name, role, task_no, task, province_current FROM v_agency_tasks ORDER BY ALL"
    ).fetchall()
    assert found == [
        (LEAD, LEAD, "chủ trì", 1, "tham mưu triển khai Kế hoạch", "Cần Thơ"),
        (LEAD, LEAD, "chủ trì", 2, "xây dựng cơ sở dữ liệu doanh nghiệp đổi mới sáng tạo trước ngày 30/6/2026",
         "Cần Thơ"),
        (PARTNER, "Sở Tài chính", "phối hợp", None, None, "Cần Thơ"),
    ]


def test_v_documents_status_counts_what_was_extracted_and_the_errors(con):
    record_errors(con, [ErrorRecord(error_id="err_1", run_id="run_1", stage="parse", document_id=DOCUMENT_ID,
                                    reason="trang 2 không có lớp chữ", at=NOW)])
    (status,) = rows(con, f"SELECT * FROM v_documents_status WHERE document_id = '{DOCUMENT_ID}'")
    assert status["status"] == "ok"
    assert (status["page_count"], status["ocr_page_count"], status["unreadable_page_count"]) == (2, 1, 0)
    counts = [status[k] for k in ("goal_count", "target_count", "agency_count", "task_count", "error_count")]
    assert counts == [2, 3, 2, 1, 1]
    assert status["errors"] == ["parse: trang 2 không có lớp chữ"]


def test_v_goals_counts_the_targets_of_each_goal(con):
    found = con.execute("SELECT level, target_count, province_current FROM v_goals ORDER BY level").fetchall()
    assert found == [("chung", 0, "Cần Thơ"), ("cụ thể", 3, "Cần Thơ")]


@pytest.mark.parametrize("view", VIEWS, ids=lambda v: v.name)
def test_each_view_example_query_runs_and_finds_the_sample(con, view):
    assert con.execute(view.example).fetchall()


def test_every_table_and_view_column_carries_a_comment(con):
    relations = [m.table for m in TABLE_MODELS] + [v.name for v in VIEWS]
    undocumented = con.execute(
        "SELECT table_name, column_name FROM duckdb_columns() "
        "WHERE table_name IN (SELECT unnest(?)) AND coalesce(comment, '') = ''",
        [relations],
    ).fetchall()
    assert undocumented == []
    commented_views = con.execute("SELECT view_name FROM duckdb_views() WHERE comment IS NOT NULL ORDER BY 1").fetchall()
    assert sorted(v.name for v in VIEWS) == [name for (name,) in commented_views]


def test_v_tasks_gives_deadlines_and_agencies_with_the_province(con):
    found = con.execute(
        "SELECT province_current, document_number, deadline, deadline_date, lead_agencies, partner_agencies FROM v_tasks"
    ).fetchall()
    assert found == [("Cần Thơ", "110/KH-UBND", "trước ngày 30/6/2026", date(2026, 6, 30), [LEAD], [PARTNER])]


def test_v_news_documents_joins_a_news_page_to_the_plan_it_reports(con):
    (page,) = rows(con, "SELECT * FROM v_news_documents")
    assert (page["document_id"], page["reported_number"], page["reported_document_id"]) == (
        NEWS_PAGE_ID, "110/KH-UBND", DOCUMENT_ID)
    assert (page["publisher"], page["published_date"]) == (
        "Trang thông tin điện tử Sở Khoa học và Công nghệ tỉnh Sóc Trăng", date(2025, 5, 20))
    assert page["reported_document_kind"] == "plan"


def test_v_targets_horizon_year_finds_targets_set_for_a_period_only(con):
    con.execute("UPDATE targets SET deadline_year = NULL, horizon_year = period_end WHERE unit = '%/năm'")
    due = rows(con, "SELECT unit, deadline_year, horizon_year FROM v_targets WHERE horizon_year <= 2030 ORDER BY unit")
    assert [(r["unit"], r["deadline_year"]) for r in due] == [("%", 2030), ("%/năm", None), ("đơn vị", 2030)]
