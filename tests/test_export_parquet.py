from decimal import Decimal

import duckdb
import pytest
from sample_extraction import soc_trang_extraction

from schemas.records import TABLE_MODELS

from pipeline.load.export import SPREADSHEET_BOM, export_csv, export_parquet, export_parquet_partitioned
from pipeline.load.schema import connect
from pipeline.load.views import VIEWS
from pipeline.load.write import load_extraction

RELATIONS = [m.table for m in TABLE_MODELS] + [v.name for v in VIEWS]


@pytest.fixture
def db_path(tmp_path):
    path = tmp_path / "vnplans.duckdb"
    con = connect(path)
    load_extraction(con, soc_trang_extraction())
    load_extraction(con, soc_trang_extraction("doc_other"))
    con.execute("UPDATE documents SET province_current = NULL WHERE document_id = 'doc_other'")
    # Horizon fallbacks: no deadline but a period end (2028); neither (the document's period_end, 2030).
    con.execute("UPDATE targets SET deadline_year = NULL, horizon_year = NULL, period_end = 2028 WHERE document_id = 'doc_other' AND unit = '%/năm'")
    con.execute("UPDATE targets SET deadline_year = NULL, horizon_year = NULL WHERE document_id = 'doc_other' AND unit = '%'")
    con.close()
    return path


def test_every_table_and_view_is_exported_to_its_own_parquet_file(db_path, tmp_path):
    out = tmp_path / "parquet"
    paths = export_parquet(db_path, out)

    assert sorted(p.name for p in paths) == sorted(f"{name}.parquet" for name in RELATIONS)
    con = duckdb.connect()
    targets = con.execute(f"SELECT value, value_max, unit FROM '{out}/targets.parquet' ORDER BY value").fetchall()
    assert targets[0] == (Decimal(10), Decimal(12), "%/năm") and len(targets) == 6
    tasks = con.execute(f"SELECT lead_agencies FROM '{out}/tasks.parquet'")
    assert tasks.fetchall() == [(["Sở Khoa học và Công nghệ"],)] * 2
    assert con.execute(f"SELECT count(*) FROM '{out}/runs.parquet'").fetchone() == (0,)
    flat = con.execute(f"SELECT DISTINCT document_number, province, province_current FROM '{out}/v_targets.parquet' ORDER BY ALL")
    assert flat.fetchall() == [("110/KH-UBND", "Sóc Trăng", "Cần Thơ"), ("110/KH-UBND", "Sóc Trăng", None)]


def test_partitioned_export_reads_back_with_hive_partitioning(db_path, tmp_path):
    out = tmp_path / "partitioned"
    export_parquet_partitioned(db_path, out)
    export_parquet_partitioned(db_path, out)  # re-export replaces, never appends

    con = duckdb.connect()

    def read(name, sql):
        return con.execute(sql.format(f"read_parquet('{out}/{name}/**/*.parquet', hive_partitioning=true)")).fetchall()

    assert read("targets", "SELECT province_current, horizon_year, count(*) FROM {} GROUP BY ALL ORDER BY ALL") == [
        ("Cần Thơ", 2030, 3), (None, 2028, 1), (None, 2030, 2)]
    assert read("v_targets", "SELECT province_current, horizon_year, count(*) FROM {} GROUP BY ALL ORDER BY ALL") == [
        ("Cần Thơ", 2030, 3), (None, 2028, 1), (None, 2030, 2)]
    assert read("goals", "SELECT count(*) FROM {} WHERE province_current = 'Cần Thơ' AND horizon_year = 2030") == [(2,)]
    assert read("agencies", "SELECT province_current, horizon_year, count(*) FROM {} GROUP BY ALL ORDER BY ALL") == [
        ("Cần Thơ", 2030, 2), (None, 2030, 2)]
    assert sorted(p.name for p in out.iterdir()) == sorted(["targets", "goals", "agencies"] + [v.name for v in VIEWS])
    # Hive directory names are URL-encoded (Cần Thơ → C%E1%BA%A7n%20Th%C6%A1) and decoded on reading.
    assert (out / "v_targets" / "province_current=C%E1%BA%A7n%20Th%C6%A1" / "horizon_year=2030").is_dir()


def test_csv_export_has_a_byte_order_mark_for_spreadsheets(db_path, tmp_path):
    out = tmp_path / "csv"
    paths = export_csv(db_path, out)

    assert sorted(p.name for p in paths) == sorted(f"{name}.csv" for name in RELATIONS)
    assert all(p.read_bytes().startswith(SPREADSHEET_BOM.encode("utf-8")) for p in paths)
    assert sorted(p.name for p in out.iterdir()) == sorted(p.name for p in paths)  # no temporary file left
    text = (out / "v_targets.csv").read_text(encoding="utf-8-sig")
    assert text.startswith("target_id,document_id,document_number,") and "Sở Khoa học và Công nghệ" in text
    rows = duckdb.connect().execute(f"SELECT count(*) FROM read_csv('{out}/v_targets.csv')").fetchone()
    assert rows == (6,)
