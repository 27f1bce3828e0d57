"""Reading the database: read-only, sandboxed queries (exports: ``pipeline.load.export``)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any, NamedTuple, Optional

import duckdb

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

