"""`vnplans report` on the development corpus: the scope's targets, each with its source
sentence found in the document text; nothing loaded from outside; database text escaped."""

from __future__ import annotations

import re
from decimal import Decimal
from html import escape

import duckdb
from cli_run import one_line, vnplans
from sample_extraction import soc_trang_extraction

from pipeline.load.schema import connect
from pipeline.load.write import load_extraction
from pipeline.report import Scope, load_report_data, render_report, write_report
from pipeline.report.data import AchievementRow, AgencyCount, ReportData, SourceContext, TargetRow


def _count(db, sql: str, *params) -> int:
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute(sql, list(params)).fetchone()[0]


def test_a_province_report_holds_its_targets_each_linked_to_its_sentence(dev_db, tmp_path):
    out = tmp_path / "report.html"
    result = vnplans("report", "--db", dev_db, "--out", out, "--province", "hồ chí minh")  # any case
    assert result.returncode == 0, result.stderr

    expected = _count(dev_db, "SELECT count(*) FROM v_targets WHERE province_current = 'Hồ Chí Minh' AND kind = 'target'")
    assert expected > 10 and f"{expected} targets" in result.stdout
    html = out.read_text(encoding="utf-8")
    data = load_report_data(dev_db, Scope(province="Hồ Chí Minh"))
    assert len(data.targets) == expected and {row.province for row in data.targets} == {"Hồ Chí Minh"}
    assert len(re.findall(r'<a class="source-link" href="#src-\d+"', html)) == expected
    assert len(re.findall(r'<article class="source" id="src-\d+"', html)) == expected
    for row in data.targets:
        assert escape(row.metric) in html


def test_every_target_sentence_is_found_around_its_figure_in_the_document_text(dev_db):
    data = load_report_data(dev_db, Scope())
    assert len(data.targets) > 100
    for row in data.targets:
        context = row.context
        assert context.figure, row
        shown = context.sentence_before + context.figure + context.sentence_after
        assert shown.split() == row.sentence.split(), row.target_id


def test_an_indicator_report_has_only_targets_whose_metric_names_it(dev_db):
    data = load_report_data(dev_db, Scope(indicator="doanh nghiệp"))
    expected = _count(dev_db, "SELECT count(*) FROM v_targets WHERE metric ILIKE '%doanh nghiệp%' AND kind = 'target'")
    assert len(data.targets) == expected > 0
    assert all("doanh nghiệp" in row.metric.lower() for row in data.targets)


def test_the_report_loads_nothing_from_outside(dev_db, tmp_path):
    out = tmp_path / "report.html"
    write_report(dev_db, out, Scope())
    html = out.read_text(encoding="utf-8")
    assert "<svg" in html
    assert not re.search(r"<script|<link|<img|<iframe|\bsrc=|@import|url\(", html, re.IGNORECASE)


def test_text_from_the_database_is_escaped():
    hostile = "<script>alert('x')</script> & \"quoted\""
    context = SourceContext(hostile, hostile, "50%", hostile, hostile)
    target = TargetRow(
        target_id="t1", province=hostile, document_number=hostile, document_title=hostile, metric=hostile,
        comparator=">=", strict=False, value=Decimal("50.000000"), value_max=None, unit="%", deadline_year=2030,
        horizon_year=2030, lead_agencies=(hostile,), page=3, sentence=hostile, url="javascript:\"><b>", context=context,
    )
    achievement = AchievementRow(hostile, hostile, hostile, 2025, Decimal(40), "%", Decimal(50), "stated", None, hostile)
    html = render_report(ReportData(
        scope=Scope(province=hostile), targets=(target,), achievements=(achievement,),
        lead_agencies=(AgencyCount(hostile, 1),), lead_agencies_of_targets=True, document_count=1, provinces=(),
    ))
    assert "<script" not in html and "<b>" not in html
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; &quot;quoted&quot;" in html
    assert "≥ 50 %" in html  # the stored decimal scale is not shown


def test_a_province_with_nothing_names_the_provinces_there_are(dev_db, tmp_path):
    result = vnplans("report", "--db", dev_db, "--out", tmp_path / "r.html", "--province", "Atlantis")
    assert result.returncode == 0
    assert "nothing in the database for Atlantis" in result.stderr and "Hồ Chí Minh" in result.stderr


def test_no_database_is_a_configuration_error(tmp_path):
    result = vnplans("report", "--db", tmp_path / "missing.duckdb", "--out", tmp_path / "r.html")
    assert result.returncode == 78
    assert "no database at" in one_line(result.stderr)
    assert not (tmp_path / "r.html").exists()


def test_lead_agencies_come_from_the_target_links_and_the_old_province_name_finds_them(tmp_path):
    db = tmp_path / "vnplans.duckdb"
    con = connect(db)
    load_extraction(con, soc_trang_extraction())
    con.close()

    data = load_report_data(db, Scope(province="Sóc Trăng"))  # merged into Cần Thơ in 2025
    assert {row.province for row in data.targets} == {"Cần Thơ"}
    assert data.lead_agencies_of_targets
    assert data.lead_agencies == (AgencyCount("Sở Khoa học và Công nghệ", 2),)
    assert sum(row.lead_agencies == ("Sở Khoa học và Công nghệ",) for row in data.targets) == 2
    assert "Agencies in charge (chủ trì) of the targets above." in render_report(data)
