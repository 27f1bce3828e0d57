"""`vnplans export --format xlsx`: the researcher-facing views in one workbook that a
spreadsheet opens as they are: Vietnamese intact, numbers as numbers, a frozen header."""

from __future__ import annotations

from decimal import Decimal

import duckdb
import pytest
from cli_run import vnplans
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter

from pipeline.load.export import XLSX_COLUMN_WIDTH
from pipeline.load.views import VIEWS


@pytest.fixture(scope="module")
def workbook(dev_db, tmp_path_factory):
    path = tmp_path_factory.mktemp("xlsx") / "vnplans.xlsx"
    result = vnplans("export", "--db", dev_db, "--format", "xlsx", "--out", path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(path)
    return load_workbook(path)


def test_one_sheet_per_view_after_an_about_sheet(workbook, dev_db):
    assert workbook.sheetnames == ["about"] + [view.name for view in VIEWS]
    about = [row for row in workbook["about"].iter_rows(min_row=2, values_only=True)]
    assert [name for name, *_ in about] == [view.name for view in VIEWS]
    with duckdb.connect(str(dev_db), read_only=True) as con:
        for view in VIEWS:
            count = con.execute(f"SELECT count(*) FROM {view.name}").fetchone()[0]
            assert workbook[view.name].max_row == count + 1, view.name


def test_vietnamese_text_and_numbers_are_kept(workbook, dev_db):
    sheet = workbook["v_targets"]
    header = [cell.value for cell in sheet[1]]
    rows = [dict(zip(header, row)) for row in sheet.iter_rows(min_row=2, values_only=True)]
    with duckdb.connect(str(dev_db), read_only=True) as con:
        stored = con.execute("SELECT target_id, metric, value, sentence FROM v_targets").fetchall()
    by_id = {row["target_id"]: row for row in rows}
    assert len(by_id) == len(stored) > 100
    for target_id, metric, value, sentence in stored:
        # An empty text is an empty cell: spreadsheets have no other.
        assert (by_id[target_id]["metric"] or "") == metric and by_id[target_id]["sentence"] == sentence
        assert isinstance(by_id[target_id]["value"], (int, float)) and Decimal(str(by_id[target_id]["value"])) == value


def test_lists_are_joined_for_a_cell(workbook, dev_db):
    sheet = workbook["v_tasks"]
    header = [cell.value for cell in sheet[1]]
    cells = {row[header.index("task_id")]: row[header.index("lead_agencies")] for row in sheet.iter_rows(min_row=2, values_only=True)}
    with duckdb.connect(str(dev_db), read_only=True) as con:
        several = con.execute("SELECT task_id, lead_agencies FROM v_tasks WHERE len(lead_agencies) > 1").fetchall()
    assert several
    for task_id, agencies in several:
        assert cells[task_id] == "; ".join(agencies)


def test_every_sheet_has_a_frozen_bold_header_and_fitting_widths(workbook):
    narrowest, widest = XLSX_COLUMN_WIDTH
    for sheet in workbook.worksheets:
        assert sheet.freeze_panes == "A2", sheet.title
        assert all(cell.font.bold for cell in sheet[1]), sheet.title
        widths = [sheet.column_dimensions[letter].width for letter in sheet.column_dimensions]
        assert widths and all(narrowest <= width <= widest for width in widths), sheet.title
    sentence_column = [cell.value for cell in workbook["v_targets"][1]].index("sentence")
    assert workbook["v_targets"].column_dimensions[get_column_letter(sentence_column + 1)].width == widest


def test_format_options_spell_the_same_exports(dev_db, tmp_path):
    by_option = vnplans("export", "--db", dev_db, "--csv", tmp_path / "a")
    by_format = vnplans("export", "--db", dev_db, "--format", "csv", "--out", tmp_path / "b")
    assert by_option.returncode == by_format.returncode == 0
    names = sorted(path.name for path in (tmp_path / "a").iterdir())
    assert names and names == sorted(path.name for path in (tmp_path / "b").iterdir())
    assert all((tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes() for name in names)
    assert vnplans("export", "--db", dev_db, "--xlsx", tmp_path / "c.xlsx").returncode == 0
    assert load_workbook(tmp_path / "c.xlsx").sheetnames[0] == "about"


@pytest.mark.parametrize("args, message", [
    (("--format", "xlsx"), "--format xlsx needs --out FILE"),
    (("--format", "pdf", "--out", "x"), "unknown --format 'pdf'"),
    (("--out", "x"), "--out needs --format"),
])
def test_format_mistakes_are_usage_errors(dev_db, args, message):
    result = vnplans("export", "--db", dev_db, *args)
    assert result.returncode == 2 and message in result.stderr
