"""Reading the database: read-only, sandboxed queries and Parquet exports."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any, NamedTuple, Optional

import duckdb
from schemas.records import (
    TABLE_MODELS,
)

from pipeline.load.columns import sql_string
from pipeline.load.schema import damage_named


class QueryResult(NamedTuple):
    columns: list[str]
    rows: list[tuple]


def query(db_path: str | Path, sql: str, params: Optional[Sequence[Any]] = None) -> QueryResult:
    """Run one SQL statement on a read-only connection: writes to the database fail,
    and so do writes and reads of other files (COPY … TO, read_csv): no external access."""
    if not Path(db_path).is_file():
        raise FileNotFoundError(f"no database at {db_path} (run `vnplans run` first, or pass --db)")
    with damage_named(db_path), duckdb.connect(str(db_path), read_only=True, config={"enable_external_access": False}) as con:
        cursor = con.execute(sql, params)
        rows = cursor.fetchall() if cursor.description else []
        columns = [column[0] for column in cursor.description or []]
    return QueryResult(columns, rows)


def export_parquet(db_path: str | Path, out_dir: str | Path) -> list[Path]:
    """Every table to ``<out_dir>/<table>.parquet`` (rows ordered by key, so re-exports are byte-stable)."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    with damage_named(db_path), duckdb.connect(str(db_path), read_only=True) as con:
        for model in TABLE_MODELS:
            path = out / f"{model.table}.parquet"
            con.execute(
                f"COPY (SELECT * FROM {model.table} ORDER BY {model.key}) "
                f"TO {sql_string(path)} (FORMAT parquet, COMPRESSION zstd)"
            )
            paths.append(path)
    return paths


# Partition columns per exported table; agencies have no deadline of their own.
PARTITIONS: dict[str, tuple[str, ...]] = {
    "targets": ("province_current", "deadline_year"),
    "goals": ("province_current", "deadline_year"),
    "agencies": ("province_current",),
}


def export_parquet_partitioned(db_path: str | Path, out_dir: str | Path) -> list[Path]:
    """targets, goals and agencies as hive-partitioned Parquet under ``<out_dir>/<table>/``,
    with the document's province_current added; each directory is replaced.

    Read back with ``read_parquet('<out_dir>/targets/**/*.parquet', hive_partitioning=true)``;
    NULL partition values are written as ``__HIVE_DEFAULT_PARTITION__`` and read back as NULL.
    """
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    with damage_named(db_path), duckdb.connect(str(db_path), read_only=True) as con:
        for table, partition_by in PARTITIONS.items():
            path = out / table
            key = next(model.key for model in TABLE_MODELS if model.table == table)
            con.execute(
                f"COPY (SELECT x.*, d.province_current FROM {table} x "
                f"LEFT JOIN documents d ON d.document_id = x.document_id ORDER BY x.{key}) "
                f"TO {sql_string(path)} (FORMAT parquet, COMPRESSION zstd, "
                f"PARTITION_BY ({', '.join(partition_by)}), OVERWRITE)"
            )
            paths.append(path)
    return paths
