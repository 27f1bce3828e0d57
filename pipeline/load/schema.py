"""Tables, views and comments created (or brought up to date) on connect."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb
from schemas.records import (
    TABLE_MODELS,
)

from pipeline.load import DamagedDatabase
from pipeline.load.columns import (
    columns_of,
    create_table_sql,
    quoted,
    sql_string,
    table_description,
)
from pipeline.load.search import INDEX_TABLES, create_search_index
from pipeline.load.views import VIEWS


# What DuckDB says of a file cut short or corrupt (not of one it cannot lock or open).
_DAMAGE_SIGNS = re.compile(r"not a valid DuckDB database file|Could not read enough bytes|Corrupt database file")


@contextmanager
def damage_named(db_path: str | Path) -> Iterator[None]:
    """DuckDB's error for a damaged database file, raised again as DamagedDatabase naming the file."""
    try:
        yield
    except duckdb.Error as exc:
        if _DAMAGE_SIGNS.search(str(exc)):
            raise DamagedDatabase(f"the database {db_path} is damaged: {str(exc).splitlines()[0]}") from None
        raise


@contextmanager
def transaction(con: duckdb.DuckDBPyConnection) -> Iterator[None]:
    """All or nothing: commit when the block completes, roll back on any exception."""
    con.begin()
    try:
        yield
    except BaseException:
        con.rollback()
        raise
    con.commit()


def create_schema(con: duckdb.DuckDBPyConnection) -> None:
    """Create (or bring up to date) tables, views and comments; safe to run on every connect.

    Columns added to a model since the database was created are added to its table
    (nullable), so an older database keeps loading.
    """
    with transaction(con):
        for model in TABLE_MODELS:
            con.execute(create_table_sql(model))
        existing = set(con.execute("SELECT table_name, column_name FROM duckdb_columns()").fetchall())
        for model in TABLE_MODELS:
            for column in columns_of(model):
                if (model.table, column.name) not in existing:
                    con.execute(f"ALTER TABLE {model.table} ADD COLUMN {quoted(column.name)} {column.sql_type}")
        create_search_index(con)
        for view in VIEWS:
            con.execute(f"CREATE OR REPLACE VIEW {view.name} AS {view.sql}")
        _write_comments(con)


def _write_comments(con: duckdb.DuckDBPyConnection) -> None:
    """COMMENT ON the tables, views and their columns, so duckdb_columns() documents itself."""
    current = {
        (table, column): comment
        for table, column, comment in con.execute(
            "SELECT table_name, column_name, comment FROM duckdb_columns() WHERE schema_name = 'main'"
        ).fetchall()
    }
    wanted: dict[tuple[str, str], str] = {}
    for model in TABLE_MODELS:
        con.execute(f"COMMENT ON TABLE {model.table} IS {sql_string(table_description(model))}")
        for column in columns_of(model):
            wanted[(model.table, column.name)] = column.description
    for table in INDEX_TABLES:
        con.execute(f"COMMENT ON TABLE {table.name} IS {sql_string(table.description)}")
        for name, _, description in table.columns:
            wanted[(table.name, name)] = description
    for view in VIEWS:
        comment = f"{view.purpose} {view.question} {view.example}"
        con.execute(f"COMMENT ON VIEW {view.name} IS {sql_string(comment)}")
        view_columns = con.execute("SELECT column_name FROM duckdb_columns() WHERE table_name = ?", [view.name])
        for (column,) in view_columns.fetchall():
            wanted[(view.name, column)] = view.describe_column(column)
    for (relation, column), comment in wanted.items():
        if comment and current.get((relation, column)) != comment:
            con.execute(f"COMMENT ON COLUMN {relation}.{quoted(column)} IS {sql_string(comment)}")


def connect(db_path: str | Path, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """Open the database; a writable connection creates or updates the schema first.
    Raises DamagedDatabase for a file cut short or corrupt."""
    with damage_named(db_path):
        if read_only:
            return duckdb.connect(str(db_path), read_only=True)
        if str(db_path) != ":memory:":
            Path(db_path).parent.mkdir(parents=True, exist_ok=True)
        con = duckdb.connect(str(db_path))
        create_schema(con)
    return con
