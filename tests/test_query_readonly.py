import duckdb
import pytest
from sample_extraction import soc_trang_extraction

from pipeline.load.schema import connect

from pipeline.load.write import load_extraction

from pipeline.load.read import query


@pytest.fixture
def db_path(tmp_path):
    path = tmp_path / "vnplans.duckdb"
    con = connect(path)
    load_extraction(con, soc_trang_extraction())
    con.close()
    return path


def test_query_returns_columns_and_rows(db_path):
    result = query(db_path, "SELECT document_number, target_count FROM v_documents_status")
    assert result.columns == ["document_number", "target_count"]
    assert result.rows == [("110/KH-UBND", 3)]


def test_query_takes_parameters(db_path):
    result = query(db_path, "SELECT count(*) FROM v_targets WHERE deadline_year = ?", [2030])
    assert result.rows == [(3,)]


@pytest.mark.parametrize("sql", [
    "DELETE FROM targets",
    "INSERT INTO runs (run_id) VALUES ('x')",
    "CREATE TABLE notes (t VARCHAR)",
    "DROP VIEW v_targets",
])
def test_a_write_through_query_fails_and_changes_nothing(db_path, sql):
    with pytest.raises(duckdb.Error, match="read-only"):
        query(db_path, sql)
    assert query(db_path, "SELECT count(*) FROM targets").rows == [(3,)]


def test_a_query_result_unpacks_into_columns_and_rows(db_path):
    columns, rows = query(db_path, "SELECT count(*) AS n FROM v_goals")
    assert (columns, rows) == (["n"], [(2,)])


def test_a_query_cannot_write_or_read_other_files(db_path, tmp_path):
    with pytest.raises(duckdb.Error, match="disabled by configuration"):
        query(db_path, f"COPY (SELECT * FROM targets) TO '{tmp_path / 'out.csv'}'")
    assert not (tmp_path / "out.csv").exists()


def test_a_missing_database_is_named(tmp_path):
    with pytest.raises(FileNotFoundError, match="no database at"):
        query(tmp_path / "absent.duckdb", "SELECT 1")
