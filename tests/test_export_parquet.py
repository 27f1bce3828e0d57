from decimal import Decimal

import duckdb
import pytest
from sample_extraction import soc_trang_extraction

from schemas.records import TABLE_MODELS

from pipeline.load.schema import connect

from pipeline.load.export import export_parquet, export_parquet_partitioned

from pipeline.load.write import load_extraction


@pytest.fixture
def db_path(tmp_path):
    path = tmp_path / "vnplans.duckdb"
    con = connect(path)
    load_extraction(con, soc_trang_extraction())
    load_extraction(con, soc_trang_extraction("doc_other"))
    con.execute("UPDATE documents SET province_current = NULL WHERE document_id = 'doc_other'")
    con.close()
    return path


def test_every_table_is_exported_to_its_own_parquet_file(db_path, tmp_path):
    out = tmp_path / "parquet"
    paths = export_parquet(db_path, out)

    assert sorted(p.name for p in paths) == sorted(f"{m.table}.parquet" for m in TABLE_MODELS)
    con = duckdb.connect()
    targets = con.execute(f"SELECT value, value_max, unit FROM '{out}/targets.parquet' ORDER BY value").fetchall()
    assert targets[0] == (Decimal(10), Decimal(12), "%/năm") and len(targets) == 6
    tasks = con.execute(f"SELECT lead_agencies FROM '{out}/tasks.parquet'")
    assert tasks.fetchall() == [(["Sở Khoa học và Công nghệ"],)] * 2
    assert con.execute(f"SELECT count(*) FROM '{out}/runs.parquet'").fetchone() == (0,)


def test_partitioned_export_reads_back_with_hive_partitioning(db_path, tmp_path):
    out = tmp_path / "partitioned"
    export_parquet_partitioned(db_path, out)
    export_parquet_partitioned(db_path, out)  # re-export replaces, never appends

    con = duckdb.connect()
    found = con.execute(
        f"SELECT province_current, deadline_year, count(*) FROM read_parquet('{out}/targets/**/*.parquet', "
        "hive_partitioning=true) GROUP BY ALL ORDER BY ALL"
    ).fetchall()
    assert found == [("Cần Thơ", 2030, 3), (None, 2030, 3)]
    goals = con.execute(
        f"SELECT count(*) FROM read_parquet('{out}/goals/**/*.parquet', hive_partitioning=true) "
        "WHERE province_current = 'Cần Thơ' AND deadline_year = 2030"
    ).fetchone()
    assert goals == (2,)
    agencies = con.execute(
        f"SELECT province_current, count(*) FROM read_parquet('{out}/agencies/**/*.parquet', hive_partitioning=true) "
        "GROUP BY ALL ORDER BY ALL"
    ).fetchall()
    assert agencies == [("Cần Thơ", 2), (None, 2)]
