"""`vnplans query` output as people read it: CSV that spreadsheets open in UTF-8
(byte-order mark), table cells without the stored decimal scale; `vnplans --version`."""

import subprocess
import sys
from importlib.metadata import version

import pytest
from sample_extraction import soc_trang_extraction

from pipeline.load.schema import connect
from pipeline.load.write import load_extraction


@pytest.fixture
def db_path(tmp_path):
    path = tmp_path / "vnplans.duckdb"
    con = connect(path)
    load_extraction(con, soc_trang_extraction())
    con.execute("UPDATE targets SET value_max = 12.5 WHERE unit = '%/năm'")
    con.close()
    return path


def vnplans(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "pipeline.cli", *map(str, args)], capture_output=True, cwd=cwd, timeout=300)


def test_csv_starts_with_a_byte_order_mark_and_keeps_vietnamese(db_path):
    result = vnplans("query", "SELECT unit, metric FROM targets ORDER BY value", "--db", db_path, "--format", "csv")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(b"\xef\xbb\xbfunit,metric\r\n")
    assert "%/năm,tốc độ tăng trưởng kinh tế số" in result.stdout.decode("utf-8-sig")


def test_table_shows_decimals_without_trailing_zeros(db_path):
    result = vnplans("query", "SELECT value, value_max FROM targets ORDER BY value", "--db", db_path)
    assert result.returncode == 0, result.stderr
    cells = [[cell.strip() for cell in line.split("│")[1:-1]] for line in result.stdout.decode().splitlines() if "│" in line]
    assert cells == [["10", "12.5"], ["20", ""], ["250", ""]]


def test_version_is_the_installed_one():
    result = vnplans("--version")
    assert result.returncode == 0 and result.stdout.decode().strip() == f"vnplans {version('vnplans')}"
