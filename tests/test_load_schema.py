from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from typing import ClassVar, Optional

from sample_extraction import soc_trang_extraction

from schemas.records import TABLE_MODELS

from pipeline.load.schema import connect, create_schema

from pipeline.load.columns import create_table_sql

from pipeline.load.write import load_extraction, upsert
from schemas import Document, Record, Role, Run, Target


def column_types(con, table: str) -> dict[str, tuple[str, bool]]:
    found = con.execute(
        "SELECT column_name, data_type, is_nullable FROM duckdb_columns() WHERE table_name = ?", [table]
    ).fetchall()
    return {name: (data_type, nullable) for name, data_type, nullable in found}


def test_column_types_follow_the_python_types(con):
    targets = column_types(con, Target.table)
    assert targets["value"] == ("DECIMAL(38,6)", False)
    assert targets["value_max"] == ("DECIMAL(38,6)", True)
    assert targets["comparator"] == ("VARCHAR", False)  # an enum
    assert targets["strict"] == ("BOOLEAN", False)
    assert targets["deadline_year"] == ("BIGINT", True)
    documents = column_types(con, Document.table)
    assert documents["issue_date"] == ("DATE", True)
    assert documents["ocr_pages"] == ("BIGINT[]", False)
    runs = column_types(con, Run.table)
    assert runs["started_at"] == ("TIMESTAMP", False)
    assert runs["params"] == ("MAP(VARCHAR, VARCHAR)", False)
    assert column_types(con, "agencies")["tasks"] == ("VARCHAR[]", False)
    assert column_types(con, "fetch_log")["elapsed_ms"] == ("DOUBLE", True)


def test_every_table_has_its_key_as_primary_key(con):
    keys = dict(con.execute(
        "SELECT table_name, constraint_column_names[1] FROM duckdb_constraints() WHERE constraint_type = 'PRIMARY KEY'"
    ).fetchall())
    assert keys == {m.table: m.key for m in TABLE_MODELS}


def test_creating_the_schema_again_keeps_the_data(tmp_path):
    path = tmp_path / "vnplans.duckdb"
    con = connect(path)
    load_extraction(con, soc_trang_extraction())
    con.close()
    con = connect(path)
    assert con.execute("SELECT count(*) FROM targets").fetchone() == (3,)


def test_a_column_added_to_a_model_is_added_to_an_older_database(con):
    con.execute("ALTER TABLE targets DROP COLUMN baseline_year")
    create_schema(con)
    assert "baseline_year" in column_types(con, "targets")
    load_extraction(con, soc_trang_extraction())


class EveryType(Record):
    """A model using each supported Python type."""

    table: ClassVar[str] = "every_type"
    key: ClassVar[str] = "id"

    id: str
    count: int
    share: float
    exact: Optional[Decimal] = None
    flag: bool = False
    day: Optional[date] = None
    at: datetime
    role: Role = Role.lead
    names: list[str] = []
    years: list[int] = []
    labels: dict[str, str] = {}
    extra: dict[str, int] = {}


def test_each_python_type_maps_to_its_duckdb_type_and_round_trips(con):
    con.execute(create_table_sql(EveryType))
    assert column_types(con, "every_type") == {
        "id": ("VARCHAR", False), "count": ("BIGINT", False), "share": ("DOUBLE", False),
        "exact": ("DECIMAL(38,6)", True), "flag": ("BOOLEAN", False), "day": ("DATE", True),
        "at": ("TIMESTAMP", False), "role": ("VARCHAR", False), "names": ("VARCHAR[]", False),
        "years": ("BIGINT[]", False), "labels": ("MAP(VARCHAR, VARCHAR)", False), "extra": ("JSON", False),
    }
    record = EveryType(id="a", count=250, share=0.5, exact=Decimal("48.3000001"), day=date(2030, 12, 31),
                       at=datetime(2025, 7, 1, 7, 0, tzinfo=timezone(timedelta(hours=7))), names=["Sở Tài chính"],
                       years=[2025, 2030], labels={"tỉnh": "Sóc Trăng"}, extra={"trang": 2})
    upsert(con, EveryType, [record])
    assert con.execute("SELECT * FROM every_type").fetchone() == (
        "a", 250, 0.5, Decimal("48.300000"), False, date(2030, 12, 31), datetime(2025, 7, 1, 0, 0), "chủ trì",
        ["Sở Tài chính"], [2025, 2030], {"tỉnh": "Sóc Trăng"}, '{"trang": 2}')
