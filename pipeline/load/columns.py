"""Table columns derived from the pydantic models of ``schemas.records``: SQL and
Arrow types, Decimal scale, and a description for every column (the conventions
of the data contract), so the DDL, the staging schemas and the comments agree."""

from __future__ import annotations

import json
import types
import typing
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from functools import cache
from pathlib import Path
from typing import Any, Optional

import pyarrow as pa
from schemas.records import (
    TABLE_MODELS,
    Extraction,
    Record,
)

DECIMAL_SCALE = 6  # DECIMAL(38,6): 32 integer digits hold any budget in đồng
_DECIMAL_QUANTUM = Decimal(1).scaleb(-DECIMAL_SCALE)

_SCALARS: dict[type, tuple[str, pa.DataType]] = {
    str: ("VARCHAR", pa.string()),
    int: ("BIGINT", pa.int64()),
    bool: ("BOOLEAN", pa.bool_()),
    float: ("DOUBLE", pa.float64()),
    Decimal: (f"DECIMAL(38,{DECIMAL_SCALE})", pa.decimal128(38, DECIMAL_SCALE)),
    date: ("DATE", pa.date32()),
    datetime: ("TIMESTAMP", pa.timestamp("us")),  # aware datetimes are stored as UTC
}

# Descriptions for columns whose Field has none: the conventions stated in the
# docstring of schemas.records, so that every column of the database is documented.
# Ids are described by the table whose key they are (see _id_description); a
# "table.column" entry wins over a plain column name.
_CONVENTIONS: dict[str, str] = {
    "source_id": "id of the manifest entry (corpus/sources.yaml)",
    "url": "where the document came from: http(s) URL, file:// URL or local path",
    "media_type": "type sniffed from the bytes: pdf, html, text, docx, xlsx, doc, xls, office (another ZIP/OLE container), unknown",
    "page": "1-based physical PDF page; NULL for non-PDF documents",
    "pages.page": "1-based physical page (PDF) or block number (HTML, text, Word, Excel)",
    "char_start": "start offset of the span in the document text (Python string index)",
    "char_end": "end offset of the span in the document text (exclusive)",
    "sentence": "the sentence or clause the record was read from (provenance)",
    "text": "the text as written",
    "ocr": "true when the text comes from OCR",
    "extractor_version": "version of the extractors that produced the record",
    "error": "why the document could not be read, when status is not ok",
    "issuer": "cơ quan ban hành: the issuing body",
    "signer": "người ký: who signed",
    "issue_date": "ngày ban hành: date of issue",
    "period_start": "first year of the period covered",
    "period_end": "last year of the period covered",
    "deadline_year": "year by which it is to be reached/done",
    "deadline_date": "deadline as a date, when the day is given",
    "baseline_year": "year of the baseline",
    "value": "the number, exact; the lower end of a range (see value_max)",
    "table_index": "0-based number of the source table in the document, when read from a table",
    "table_row": "0-based row of the source table, when read from a table",
    "section": "enclosing heading, as written",
    "verdict": "how the page's text was obtained or why it is unusable",
    "page_count": "number of physical pages (PDF)",
    "char_count": "length of the document text in characters",
    "parser": "which parser produced the text: pdfplumber, pdfplumber+pdfium (PDFium read some pages: pages.engine says which), …+tesseract (OCR), trafilatura, text, python-docx, openpyxl, libreoffice+… (a legacy .doc/.xls converted first)",
    "status": "outcome of reading the document",
    "role": "the agency's role as written",
    "reason": "what went wrong",
    "at": "when it happened (UTC)",
    "command": "the CLI command that started the run",
    "manifest": "manifest file the run fetched from",
    "started_at": "when the run started (UTC)",
    "finished_at": "when the run finished (UTC); NULL while running or after a crash",
    "runs.documents": "documents processed",
    "runs.documents_ok": "documents with status ok",
    "runs.documents_failed": "documents with status error",
    "runs.documents_needs_ocr": "documents with status needs_ocr",
    "runs.documents_needs_conversion": "documents with status needs_conversion (legacy .doc/.xls, no LibreOffice)",
    "runs.goals": "goals extracted",
    "runs.targets": "targets extracted",
    "runs.agencies": "agency mentions extracted",
    "runs.tasks": "tasks extracted",
    "agencies.tasks": "the tasks the text assigns to the agency",
    "params": "run parameters (settings) as strings",
    "fetched_at": "when the bytes were fetched (UTC)",
    "requested_at": "when the request was made (UTC)",
    "etag": "HTTP ETag of the response",
    "last_modified": "HTTP Last-Modified of the response",
    "bytes": "size of the response body in bytes",
    "elapsed_ms": "time the request took, in milliseconds",
}


@dataclass(frozen=True)
class Column:
    name: str
    sql_type: str
    arrow_type: pa.DataType
    nullable: bool
    description: str
    to_arrow: Optional[Callable[[Any], Any]] = None  # value conversion before Arrow, if any


def _fit_decimal(value: Decimal) -> Decimal:
    # Arrow refuses to round silently; more than 6 decimals never carries meaning here.
    return value if value.as_tuple().exponent >= -DECIMAL_SCALE else value.quantize(_DECIMAL_QUANTUM)


def _strip_optional(annotation: Any) -> tuple[Any, bool]:
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        if len(args) == 1 and len(args) < len(typing.get_args(annotation)):
            return args[0], True
    return annotation, False


def _types_for(annotation: Any) -> tuple[str, pa.DataType, Optional[Callable[[Any], Any]]]:
    """(DuckDB type, Arrow type, value converter) of a (non-optional) annotation."""
    origin = typing.get_origin(annotation)
    if origin is list:
        (item,) = typing.get_args(annotation)
        sql_type, arrow_type, convert = _types_for(_strip_optional(item)[0])
        to_arrow = None if convert is None else (lambda items: [None if v is None else convert(v) for v in items])
        return f"{sql_type}[]", pa.list_(arrow_type), to_arrow
    if annotation is dict or origin is dict:
        if typing.get_args(annotation) in ((str, str), (str, Optional[str])):
            return "MAP(VARCHAR, VARCHAR)", pa.map_(pa.string(), pa.string()), None
        return "JSON", pa.string(), lambda value: json.dumps(value, ensure_ascii=False, default=str)
    if isinstance(annotation, type) and issubclass(annotation, Enum):
        return "VARCHAR", pa.string(), None  # models use use_enum_values: values are plain strings
    if annotation in _SCALARS:
        sql_type, arrow_type = _SCALARS[annotation]
        return sql_type, arrow_type, _fit_decimal if annotation is Decimal else None
    raise TypeError(f"no DuckDB type for annotation {annotation!r}")


def _id_description(column: str, relation: str) -> str:
    owner = next((model.table for model in TABLE_MODELS if model.key == column), None)
    if owner is None:
        return ""
    return "stable id of this row (the table's key)" if owner == relation else f"references {owner}.{column}"


def column_description(model: type[Record], name: str, relation: Optional[str] = None) -> str:
    """The Field description, else the documented convention; enums list their values.

    ``relation`` is the table or view the column is shown in (default: the model's table).
    """
    relation = relation or model.table
    info = model.model_fields[name]
    description = (
        info.description
        or _CONVENTIONS.get(f"{model.table}.{name}")
        or _id_description(name, relation)
        or _CONVENTIONS.get(name, "")
    )
    enum = _strip_optional(info.annotation)[0]
    if isinstance(enum, type) and issubclass(enum, Enum):
        values = ", ".join(f"'{member.value}'" for member in enum)
        description = f"{description}; one of {values}" if description else f"one of {values}"
    return description


@cache
def columns_of(model: type[Record]) -> tuple[Column, ...]:
    columns = []
    for name, info in model.model_fields.items():
        annotation, nullable = _strip_optional(info.annotation)
        sql_type, arrow_type, to_arrow = _types_for(annotation)
        columns.append(Column(name, sql_type, arrow_type, nullable, column_description(model, name), to_arrow))
    return tuple(columns)


def table_description(model: type[Record]) -> str:
    return (model.__doc__ or "").strip().splitlines()[0]


def _per_document_models() -> tuple[type[Record], ...]:
    """Table models that are parts of an Extraction, in load order."""
    parts = set()
    for info in Extraction.model_fields.values():
        annotation = info.annotation
        parts.add(typing.get_args(annotation)[0] if typing.get_origin(annotation) is list else annotation)
    return tuple(model for model in TABLE_MODELS if model in parts)


PER_DOCUMENT_MODELS = _per_document_models()


def quoted(name: str) -> str:
    """An identifier in double quotes: some column names (``at``) are SQL keywords."""
    return '"' + name.replace('"', '""') + '"'


def sql_string(value: str | Path) -> str:
    return "'" + str(value).replace("'", "''") + "'"


def create_table_sql(model: type[Record]) -> str:
    lines = [f"    {quoted(c.name)} {c.sql_type}{'' if c.nullable else ' NOT NULL'}" for c in columns_of(model)]
    lines.append(f"    PRIMARY KEY ({quoted(model.key)})")
    return f"CREATE TABLE IF NOT EXISTS {model.table} (\n" + ",\n".join(lines) + "\n)"
