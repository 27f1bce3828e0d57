"""Exports for analysis elsewhere: every table and view to Parquet (flat, or
hive-partitioned by province and horizon year) or to CSV that spreadsheets read.

``horizon_year`` (partitioned exports only) is the year a row looks ahead to: its
``deadline_year``, else its ``period_end``, else its document's ``period_end``;
NULL when none is known (written as ``__HIVE_DEFAULT_PARTITION__``)."""

from __future__ import annotations

import csv
import shutil
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import IO

import duckdb
from schemas.records import TABLE_MODELS

from pipeline.load.schema import damage_named
from pipeline.load.columns import quoted, sql_string
from pipeline.load.views import VIEWS

# Excel reads a CSV file as UTF-8 only when it starts with a byte-order mark; without one Vietnamese is garbled.
SPREADSHEET_BOM = "\ufeff"
PARTITION_COLUMNS = ("province_current", "horizon_year")
# Tables also exported partitioned (the views are, all of them).
PARTITIONED_TABLES = ("targets", "goals", "agencies")


def _relations() -> list[tuple[str, str]]:
    """(name, ORDER BY) of every table and view: re-exports are byte-stable."""
    return [(model.table, quoted(model.key)) for model in TABLE_MODELS] + [(view.name, "ALL") for view in VIEWS]


def _copy(con: duckdb.DuckDBPyConnection, select: str, path: Path, options: str) -> None:
    con.execute(f"COPY ({select}) TO {sql_string(path)} ({options})")


Writer = Callable[[duckdb.DuckDBPyConnection, str, str, Path], Path]


def _export(db_path: str | Path, out_dir: str | Path, relations: list[tuple[str, str]], write: Writer) -> list[Path]:
    """``write(con, name, order, out_dir)`` for each relation on one read-only connection; the paths written."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    with damage_named(db_path), duckdb.connect(str(db_path), read_only=True) as con:
        return [write(con, name, order, out) for name, order in relations]


def export_parquet(db_path: str | Path, out_dir: str | Path) -> list[Path]:
    """Every table and view to ``<out_dir>/<name>.parquet``."""
    return _export(db_path, out_dir, _relations(), _write_parquet)


def _write_parquet(con: duckdb.DuckDBPyConnection, name: str, order: str, out: Path) -> Path:
    path = out / f"{name}.parquet"
    _copy(con, f"SELECT * FROM {name} ORDER BY {order}", path, "FORMAT parquet, COMPRESSION zstd")
    return path


def export_parquet_partitioned(db_path: str | Path, out_dir: str | Path) -> list[Path]:
    """targets, goals, agencies and every view as hive-partitioned Parquet under
    ``<out_dir>/<name>/province_current=…/horizon_year=…/``; each directory is replaced.

    Read back with ``read_parquet('<out_dir>/v_targets/**/*.parquet', hive_partitioning=true)``.
    """
    relations = [(name, order) for name, order in _relations() if name in PARTITIONED_TABLES or name.startswith("v_")]
    return _export(db_path, out_dir, relations, _write_partitioned)


def _write_partitioned(con: duckdb.DuckDBPyConnection, name: str, order: str, out: Path) -> Path:
    path = out / name
    _copy(
        con, _with_partition_columns(con, name, order), path,
        f"FORMAT parquet, COMPRESSION zstd, PARTITION_BY ({', '.join(PARTITION_COLUMNS)}), OVERWRITE",
    )
    return path


def _with_partition_columns(con: duckdb.DuckDBPyConnection, relation: str, order: str) -> str:
    """The relation's rows with province_current (from its document, when it has none) and horizon_year."""
    columns = {name for (name,) in con.execute(
        "SELECT column_name FROM duckdb_columns() WHERE table_name = ?", [relation]).fetchall()}
    # Targets carry their own horizon_year (deadline, else period end); other rows get the same from their columns.
    own_years = [f"r.{column}" for column in ("horizon_year", "deadline_year", "period_end") if column in columns]
    extra = [] if "province_current" in columns else ["d.province_current"]
    extra.append(f"coalesce({', '.join(own_years + ['d.period_end'])}) AS horizon_year")
    rows = "r.* EXCLUDE (horizon_year)" if "horizon_year" in columns else "r.*"
    order_by = "ALL" if order == "ALL" else f"r.{order}"
    return (
        f"SELECT {rows}, {', '.join(extra)} FROM {relation} r "
        f"LEFT JOIN documents d ON d.document_id = r.document_id ORDER BY {order_by}"
    )


def export_csv(db_path: str | Path, out_dir: str | Path) -> list[Path]:
    """Every table and view to ``<out_dir>/<name>.csv``: UTF-8 with a byte-order mark, a header row."""
    return _export(db_path, out_dir, _relations(), _write_csv_file)


def _write_csv_file(con: duckdb.DuckDBPyConnection, name: str, order: str, out: Path) -> Path:
    path = out / f"{name}.csv"
    plain = out / f".{name}.csv.tmp"  # DuckDB writes no byte-order mark: put one before its output
    _copy(con, f"SELECT * FROM {name} ORDER BY {order}", plain, "FORMAT csv, HEADER")
    with path.open("w", encoding="utf-8", newline="") as target, plain.open(encoding="utf-8", newline="") as source:
        target.write(SPREADSHEET_BOM)
        shutil.copyfileobj(source, target)
    plain.unlink()
    return path


def write_csv(columns: Sequence[str], rows: Iterable[Sequence], stream: IO[str]) -> None:
    """A header and rows as CSV for spreadsheets (byte-order mark first)."""
    stream.write(SPREADSHEET_BOM)
    writer = csv.writer(stream)
    writer.writerow(columns)
    writer.writerows(rows)


# Excel's limits: characters in a cell, rows in a sheet (with the header).
XLSX_CELL_CHARS = 32_767
XLSX_ROWS = 1_048_576
XLSX_COLUMN_WIDTH = (6, 60)  # narrowest and widest column, in characters


def export_xlsx(db_path: str | Path, out_path: str | Path) -> Path:
    """The researcher-facing views in one workbook for spreadsheet users: a first sheet ``about``
    saying what each view holds, then one sheet per view named after it, with a frozen bold
    header, columns as wide as their contents (within XLSX_COLUMN_WIDTH) and lists joined with
    "; ". Numbers stay numbers and Vietnamese text is kept as is (a cell longer than Excel's limit
    is cut, ending in "…")."""
    from openpyxl import Workbook

    out = Path(out_path)
    out.parent.mkdir(parents=True, exist_ok=True)
    workbook = Workbook(write_only=True)
    _write_sheet(workbook, "about", ["sheet", "what it holds", "a question it answers"],
                 [(view.name, view.purpose, view.question) for view in VIEWS])
    with damage_named(db_path), duckdb.connect(str(db_path), read_only=True) as con:
        for view in VIEWS:
            cursor = con.execute(f"SELECT * FROM {view.name} ORDER BY ALL")
            columns = [column[0] for column in cursor.description]
            rows = [tuple(_xlsx_value(value) for value in row) for row in cursor.fetchall()]
            if len(rows) >= XLSX_ROWS:
                raise ValueError(f"{view.name} has {len(rows)} rows, more than an Excel sheet holds: export it as CSV or Parquet")
            _write_sheet(workbook, view.name, columns, rows)
    partial = out.with_name(f".{out.name}.tmp")
    workbook.save(partial)
    partial.replace(out)
    return out


def _write_sheet(workbook, title: str, columns: Sequence[str], rows: Sequence[Sequence]) -> None:
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    sheet = workbook.create_sheet(title)
    narrowest, widest = XLSX_COLUMN_WIDTH
    for index, column in enumerate(columns):
        longest = max([len(column)] + [len(str(row[index])) for row in rows if row[index] is not None])
        sheet.column_dimensions[get_column_letter(index + 1)].width = min(max(longest + 2, narrowest), widest)
    sheet.freeze_panes = "A2"
    bold = Font(bold=True)
    header = []
    for column in columns:
        cell = WriteOnlyCell(sheet, value=column)
        cell.font = bold
        header.append(cell)
    sheet.append(header)
    for row in rows:
        sheet.append(row)


def _xlsx_value(value):
    """A cell value openpyxl writes: lists joined, structs as text, text without the control characters XML forbids."""
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    if isinstance(value, list):
        value = "; ".join(str(item) for item in value)
    elif isinstance(value, dict):
        value = str(value)
    if isinstance(value, str):
        value = ILLEGAL_CHARACTERS_RE.sub("", value)
        if len(value) > XLSX_CELL_CHARS:
            value = value[: XLSX_CELL_CHARS - 1] + "…"
    return value
