"""Load stage: records → DuckDB, plus the researcher-facing views, queries and exports.

The pydantic models in ``schemas.records`` are the single source of truth: the
DDL, the Arrow staging schemas and the column comments are all derived from
them here, and ``pipeline.datadict`` renders the same information as Markdown.

A document is loaded atomically: one transaction deletes the document's rows in
every per-document table and bulk-inserts the new ones from Arrow tables, so a
re-run replaces rather than duplicates and a failure leaves the old rows.
"""

from __future__ import annotations

import json
import types
import typing
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from decimal import Decimal
from enum import Enum
from functools import cache
from pathlib import Path
from typing import Any, NamedTuple, Optional

import duckdb
import pyarrow as pa

from schemas.ids import stable_id
from schemas.records import (
    TABLE_MODELS,
    AgencyMention,
    Document,
    DocumentStatus,
    ErrorRecord,
    Extraction,
    FetchedBlob,
    FetchLogEntry,
    Goal,
    PageVerdict,
    Record,
    Role,
    Run,
    Target,
    TargetAgency,
    Task,
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
    "media_type": "type sniffed from the bytes: pdf, html, text, unknown",
    "page": "1-based physical PDF page; NULL for non-PDF documents",
    "pages.page": "1-based physical page (PDF) or block number (HTML/text)",
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
    "parser": "which parser produced the text: pdfplumber, pdfplumber+pdfium (PDFium read some pages: pages.engine says which), …+tesseract (OCR), trafilatura, text",
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


def _quoted(name: str) -> str:
    """An identifier in double quotes: some column names (``at``) are SQL keywords."""
    return '"' + name.replace('"', '""') + '"'


def _sql_string(value: str | Path) -> str:
    return "'" + str(value).replace("'", "''") + "'"


def create_table_sql(model: type[Record]) -> str:
    lines = [f"    {_quoted(c.name)} {c.sql_type}{'' if c.nullable else ' NOT NULL'}" for c in columns_of(model)]
    lines.append(f"    PRIMARY KEY ({_quoted(model.key)})")
    return f"CREATE TABLE IF NOT EXISTS {model.table} (\n" + ",\n".join(lines) + "\n)"


# --------------------------------------------------------------------------- views

_LEAD = Role.lead.value
_PARTNER = Role.partner.value
_UNREADABLE = ", ".join(_sql_string(v.value) for v in PageVerdict if v not in (PageVerdict.text, PageVerdict.ocr))

# Document columns repeated in every view, so researchers filter the same way everywhere.
_DOCUMENT_COLUMNS = """
    d.number AS document_number,
    d.doc_type,
    d.title AS document_title,
    d.issuer,
    d.province,
    d.province_current,
    year(d.issue_date) AS issue_year"""

_SHARED_VIEW_COLUMN_DOCS = {
    "document_number": "số hiệu of the document, e.g. 110/KH-UBND",
    "document_title": "title / trích yếu of the document",
    "issue_year": "year the document was issued",
}


@dataclass(frozen=True)
class View:
    name: str
    purpose: str
    question: str  # a question the view answers, and the query that answers it
    example: str
    sql: str
    sources: tuple[type[Record], ...]  # where pass-through columns get their descriptions
    column_docs: dict[str, str] = field(default_factory=dict)

    def describe_column(self, column: str) -> str:
        if column in self.column_docs:
            return self.column_docs[column]
        if column in _SHARED_VIEW_COLUMN_DOCS:
            return _SHARED_VIEW_COLUMN_DOCS[column]
        for model in self.sources:
            if column in model.model_fields:
                return column_description(model, column, self.name)
        return ""


VIEWS: tuple[View, ...] = (
    View(
        name="v_targets",
        purpose=(
            "One row per numeric target with its document (number, type, title, issuer, province "
            "before and after the 2025 merger, issue year) and the agencies the text makes responsible for it."
        ),
        question="Which provinces target innovative enterprises by 2030, and how many?",
        example=(
            "SELECT province_current, document_number, comparator, value, unit, lead_agencies FROM v_targets "
            "WHERE metric ILIKE '%đổi mới sáng tạo%' AND deadline_year <= 2030 ORDER BY province_current"
        ),
        sql=f"""
WITH links AS (
    SELECT
        ta.target_id,
        list_sort(list_distinct(list(a.canonical_name))) AS agencies,
        list_sort(list_distinct(list(a.canonical_name) FILTER (WHERE ta.role = '{_LEAD}'))) AS lead_agencies,
        list_sort(list_distinct(list(coalesce(a.current_name, a.canonical_name)) FILTER (WHERE ta.role = '{_LEAD}')))
            AS lead_agencies_current,
        list_sort(list_distinct(list(a.canonical_name) FILTER (WHERE ta.role = '{_PARTNER}'))) AS partner_agencies
    FROM target_agencies ta
    JOIN agencies a ON a.agency_id = ta.agency_id
    GROUP BY ta.target_id
)
SELECT
    t.target_id,
    t.document_id,{_DOCUMENT_COLUMNS},
    t.metric,
    t.comparator,
    t.strict,
    t.value,
    t.value_max,
    t.unit,
    t.unit_category,
    t.deadline_year,
    t.period_start,
    t.period_end,
    t.baseline,
    t.baseline_year,
    t.kind,
    t.goal_id,
    coalesce(l.lead_agencies, []) AS lead_agencies,
    coalesce(l.lead_agencies_current, []) AS lead_agencies_current,
    coalesce(l.partner_agencies, []) AS partner_agencies,
    coalesce(l.agencies, []) AS agencies,
    t.section,
    t.source,
    t.table_index,
    t.table_row,
    t.page,
    t.char_start,
    t.char_end,
    t.sentence,
    t.ocr,
    d.url,
    t.extractor_version
FROM targets t
LEFT JOIN documents d ON d.document_id = t.document_id
LEFT JOIN links l ON l.target_id = t.target_id""",
        sources=(Target, Document),
        column_docs={
            "lead_agencies": "canonical names of the agencies in charge (chủ trì) of the target",
            "lead_agencies_current": "the same after the 2025 restructuring (current name when known)",
            "partner_agencies": "canonical names of the agencies cooperating (phối hợp)",
            "agencies": "canonical names of all agencies linked to the target, whatever their role",
        },
    ),
    View(
        name="v_target_agencies",
        purpose="One row per (target, responsible agency) link, with the agency's names and role and the target.",
        question="Which department leads the most targets?",
        example=(
            "SELECT coalesce(current_name, canonical_name) AS agency, count(DISTINCT target_id) AS targets "
            f"FROM v_target_agencies WHERE role = '{_LEAD}' GROUP BY agency ORDER BY targets DESC"
        ),
        sql=f"""
SELECT
    ta.link_id,
    ta.target_id,
    ta.agency_id,
    ta.document_id,{_DOCUMENT_COLUMNS},
    ta.role,
    a.name,
    a.canonical_name,
    a.current_name,
    a.generic,
    t.metric,
    t.comparator,
    t.value,
    t.value_max,
    t.unit,
    t.unit_category,
    t.deadline_year,
    t.sentence
FROM target_agencies ta
JOIN agencies a ON a.agency_id = ta.agency_id
JOIN targets t ON t.target_id = ta.target_id
LEFT JOIN documents d ON d.document_id = ta.document_id""",
        sources=(TargetAgency, AgencyMention, Target, Document),
        column_docs={"sentence": "the sentence or clause the target was read from"},
    ),
    View(
        name="v_agency_tasks",
        purpose=(
            "One row per task of each agency mention (tasks unnested; an agency named without tasks "
            "appears once with task NULL), with canonical and current names, role, document and province."
        ),
        question="What is the Sở Khoa học và Công nghệ in charge of, province by province?",
        example=(
            "SELECT province_current, document_number, task FROM v_agency_tasks "
            f"WHERE canonical_name = 'Sở Khoa học và Công nghệ' AND role = '{_LEAD}' AND task IS NOT NULL"
        ),
        sql=f"""
SELECT
    a.agency_id,
    a.document_id,{_DOCUMENT_COLUMNS},
    a.name,
    a.canonical_name,
    a.current_name,
    a.role,
    a.generic,
    unnest(if(len(a.tasks) = 0, [NULL::BIGINT], range(1, len(a.tasks) + 1))) AS task_no,
    unnest(if(len(a.tasks) = 0, [NULL::VARCHAR], a.tasks)) AS task,
    a.section,
    a.source,
    a.page,
    a.sentence,
    a.ocr,
    d.url
FROM agencies a
LEFT JOIN documents d ON d.document_id = a.document_id""",
        sources=(AgencyMention, Document),
        column_docs={
            "task_no": "1-based position of the task in the agency's task list; NULL when it has none",
            "task": "one task assigned to the agency; NULL when it has none",
        },
    ),
    View(
        name="v_tasks",
        purpose=(
            "One row per task (Nhiệm vụ / Giải pháp / Tổ chức thực hiện, or a dated commitment without a "
            "quantity) with its deadline, the agencies in charge and cooperating, and its document and province."
        ),
        question="Which tasks fall due by the end of 2026, and who leads them?",
        example=(
            "SELECT province_current, document_number, text, deadline, lead_agencies FROM v_tasks "
            "WHERE deadline_year <= 2026 ORDER BY deadline_date NULLS LAST"
        ),
        sql=f"""
SELECT
    k.task_id,
    k.document_id,{_DOCUMENT_COLUMNS},
    k.text,
    k.deadline,
    k.deadline_year,
    k.deadline_date,
    k.lead_agencies,
    k.partner_agencies,
    k.section,
    k.source,
    k.page,
    k.char_start,
    k.char_end,
    k.sentence,
    k.ocr,
    d.url,
    k.extractor_version
FROM tasks k
LEFT JOIN documents d ON d.document_id = k.document_id""",
        sources=(Task, Document),
    ),
    View(
        name="v_documents_status",
        purpose=(
            "One row per document: status, pages, OCR and unreadable pages, how many goals, targets, "
            "agencies and tasks were extracted, and the errors recorded for it."
        ),
        question="Which documents need attention (not read, partly OCR, or nothing extracted)?",
        example=(
            "SELECT document_number, province, status, ocr_page_count, target_count, errors FROM v_documents_status "
            "WHERE status <> 'ok' OR ocr_page_count > 0 OR target_count = 0 OR error_count > 0"
        ),
        sql=f"""
WITH
    goal_counts AS (SELECT document_id, count(*) AS n FROM goals GROUP BY document_id),
    target_counts AS (SELECT document_id, count(*) AS n FROM targets GROUP BY document_id),
    agency_counts AS (SELECT document_id, count(*) AS n FROM agencies GROUP BY document_id),
    task_counts AS (SELECT document_id, count(*) AS n FROM tasks GROUP BY document_id),
    page_counts AS (
        SELECT document_id, count(*) FILTER (WHERE verdict IN ({_UNREADABLE})) AS unreadable
        FROM pages GROUP BY document_id
    ),
    error_lists AS (
        SELECT document_id, count(*) AS n, list(stage || ': ' || reason ORDER BY "at", error_id) AS reasons
        FROM errors WHERE document_id IS NOT NULL GROUP BY document_id
    )
SELECT
    d.document_id,{_DOCUMENT_COLUMNS},
    d.status,
    d.error,
    d.media_type,
    d.parser,
    d.page_count,
    len(d.ocr_pages) AS ocr_page_count,
    d.ocr_pages,
    coalesce(p.unreadable, 0) AS unreadable_page_count,
    d.char_count,
    coalesce(g.n, 0) AS goal_count,
    coalesce(t.n, 0) AS target_count,
    coalesce(a.n, 0) AS agency_count,
    coalesce(k.n, 0) AS task_count,
    coalesce(e.n, 0) AS error_count,
    coalesce(e.reasons, []) AS errors,
    d.source_id,
    d.url,
    d.extractor_version
FROM documents d
LEFT JOIN goal_counts g ON g.document_id = d.document_id
LEFT JOIN target_counts t ON t.document_id = d.document_id
LEFT JOIN agency_counts a ON a.document_id = d.document_id
LEFT JOIN task_counts k ON k.document_id = d.document_id
LEFT JOIN page_counts p ON p.document_id = d.document_id
LEFT JOIN error_lists e ON e.document_id = d.document_id""",
        sources=(Document,),
        column_docs={
            "ocr_page_count": "number of pages whose text comes from OCR",
            "unreadable_page_count": "pages with no usable text (no_text, broken_font, non_vietnamese_ocr)",
            "goal_count": "goals extracted from the document",
            "target_count": "numeric targets extracted from the document",
            "agency_count": "agency mentions extracted from the document",
            "task_count": "tasks extracted from the document",
            "error_count": "errors recorded for the document (any stage)",
            "errors": "the recorded errors as 'stage: reason', oldest first",
        },
    ),
    View(
        name="v_goals",
        purpose="One row per goal with its document and the number of targets attached to it.",
        question="What are the provinces' general goals to 2030?",
        example="SELECT province_current, document_number, text FROM v_goals WHERE level = 'chung' AND deadline_year = 2030",
        sql=f"""
WITH target_counts AS (
    SELECT goal_id, count(*) AS n FROM targets WHERE goal_id IS NOT NULL GROUP BY goal_id
)
SELECT
    g.goal_id,
    g.document_id,{_DOCUMENT_COLUMNS},
    g.level,
    g.heading,
    g.text,
    g.deadline_year,
    g.period_start,
    g.period_end,
    coalesce(t.n, 0) AS target_count,
    g.page,
    g.char_start,
    g.char_end,
    g.sentence,
    g.ocr,
    d.url,
    g.extractor_version
FROM goals g
LEFT JOIN documents d ON d.document_id = g.document_id
LEFT JOIN target_counts t ON t.goal_id = g.goal_id""",
        sources=(Goal, Document),
        column_docs={"target_count": "numeric targets attached to the goal"},
    ),
)


# --------------------------------------------------------------------------- schema


@contextmanager
def _transaction(con: duckdb.DuckDBPyConnection) -> Iterator[None]:
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
    with _transaction(con):
        for model in TABLE_MODELS:
            con.execute(create_table_sql(model))
        existing = set(con.execute("SELECT table_name, column_name FROM duckdb_columns()").fetchall())
        for model in TABLE_MODELS:
            for column in columns_of(model):
                if (model.table, column.name) not in existing:
                    con.execute(f"ALTER TABLE {model.table} ADD COLUMN {_quoted(column.name)} {column.sql_type}")
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
        con.execute(f"COMMENT ON TABLE {model.table} IS {_sql_string(table_description(model))}")
        for column in columns_of(model):
            wanted[(model.table, column.name)] = column.description
    for view in VIEWS:
        comment = f"{view.purpose} {view.question} {view.example}"
        con.execute(f"COMMENT ON VIEW {view.name} IS {_sql_string(comment)}")
        view_columns = con.execute("SELECT column_name FROM duckdb_columns() WHERE table_name = ?", [view.name])
        for (column,) in view_columns.fetchall():
            wanted[(view.name, column)] = view.describe_column(column)
    for (relation, column), comment in wanted.items():
        if comment and current.get((relation, column)) != comment:
            con.execute(f"COMMENT ON COLUMN {relation}.{_quoted(column)} IS {_sql_string(comment)}")


def connect(db_path: str | Path, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """Open the database; a writable connection creates or updates the schema first."""
    if read_only:
        return duckdb.connect(str(db_path), read_only=True)
    if str(db_path) != ":memory:":
        Path(db_path).parent.mkdir(parents=True, exist_ok=True)
    con = duckdb.connect(str(db_path))
    create_schema(con)
    return con


# --------------------------------------------------------------------------- bulk writes


def to_arrow(model: type[Record], records: Sequence[Record]) -> pa.Table:
    """Records of one model as an Arrow table with the schema derived from the model."""
    arrays = []
    for column in columns_of(model):
        values = [getattr(record, column.name) for record in records]
        if column.to_arrow is not None:
            values = [None if value is None else column.to_arrow(value) for value in values]
        arrays.append(pa.array(values, type=column.arrow_type))
    return pa.Table.from_arrays(arrays, names=[column.name for column in columns_of(model)])


def _insert(con: duckdb.DuckDBPyConnection, model: type[Record], records: Sequence[Record], verb: str) -> None:
    if not records:
        return
    staging = f"_staging_{model.table}"
    names = ", ".join(_quoted(column.name) for column in columns_of(model))
    # Always called inside a transaction: on failure its rollback drops the registration too.
    con.register(staging, to_arrow(model, records))
    con.execute(f"{verb} INTO {model.table} ({names}) SELECT {names} FROM {staging}")
    con.unregister(staging)


def _one_per_key(model: type[Record], records: Iterable[Record]) -> list[Record]:
    """Drop exact repeats (the same content hash twice); refuse two different records under one key."""
    by_key: dict[Any, Record] = {}
    for record in records:
        key = getattr(record, model.key)
        previous = by_key.setdefault(key, record)
        if previous is not record and previous != record:
            raise ValueError(f"{model.table}: two different records share {model.key}={key!r}")
    return list(by_key.values())


def _records_of(extraction: Extraction) -> dict[type[Record], list[Record]]:
    """The extraction's records per model, each checked to belong to its document."""
    document_id = extraction.document.document_id
    parts: dict[type[Record], list[Record]] = {}
    for name, info in Extraction.model_fields.items():
        value = getattr(extraction, name)
        model = typing.get_args(info.annotation)[0] if isinstance(value, list) else info.annotation
        records = value if isinstance(value, list) else [value]
        owned = []
        for record in records:
            if record.document_id is None:  # an error the extractor did not attribute: it is this document's
                record = record.model_copy(update={"document_id": document_id})
            elif record.document_id != document_id:
                raise ValueError(
                    f"{model.table} {getattr(record, model.key)} belongs to {record.document_id}, "
                    f"not to the extraction's document {document_id}"
                )
            owned.append(record)
        parts[model] = _one_per_key(model, owned)
    return parts


def load_extraction(con: duckdb.DuckDBPyConnection, extraction: Extraction) -> dict[str, int]:
    """Replace one document's rows in every per-document table, atomically.

    Returns the number of rows inserted per table. On any failure the transaction
    is rolled back (the previous rows stay) and the exception propagates.

    The document's errors are among its rows: errors with its document_id are
    replaced by ``extraction.errors``, so a document's parse/extract errors belong
    there (``record_errors`` is for errors outside a load, e.g. fetch failures).
    """
    parts = _records_of(extraction)
    document_id = extraction.document.document_id
    with _transaction(con):
        for model in PER_DOCUMENT_MODELS:
            con.execute(f"DELETE FROM {model.table} WHERE document_id = ?", [document_id])
        for model in PER_DOCUMENT_MODELS:
            _insert(con, model, parts[model], "INSERT")
    return {model.table: len(parts[model]) for model in PER_DOCUMENT_MODELS}


@dataclass
class LoadReport:
    documents: int = 0  # documents loaded
    rows: dict[str, int] = field(default_factory=dict)  # rows inserted per table
    errors: list[ErrorRecord] = field(default_factory=list)  # documents that failed, also in the errors table


def stage_error(stage: str, reason: str, run_id: Optional[str], **where: Optional[str]) -> ErrorRecord:
    """An ErrorRecord for a failure at ``stage``; ``where``: document_id, source_id, url."""
    return ErrorRecord(
        error_id=stable_id("err", run_id, stage, where.get("document_id"), where.get("source_id"), reason),
        run_id=run_id,
        stage=stage,
        reason=reason,
        at=datetime.now(timezone.utc),
        **where,
    )


def load_extractions(
    con: duckdb.DuckDBPyConnection, extractions: Iterable[Extraction], run_id: Optional[str] = None
) -> LoadReport:
    """Load many documents, one transaction each; a failing document is recorded in
    ``errors`` (stage 'load') and the others still load."""
    report = LoadReport()
    for extraction in extractions:
        try:
            counts = load_extraction(con, extraction)
        except (duckdb.Error, ValueError, pa.ArrowException) as exc:
            document = extraction.document
            error = stage_error(
                "load", f"{type(exc).__name__}: {exc}", run_id,
                document_id=document.document_id, source_id=document.source_id, url=document.url,
            )
            record_errors(con, [error])
            report.errors.append(error)
            continue
        report.documents += 1
        for table, n in counts.items():
            report.rows[table] = report.rows.get(table, 0) + n
    return report


def _replace_by_key(con: duckdb.DuckDBPyConnection, model: type[Record], records: Iterable[Record]) -> None:
    by_key = {getattr(record, model.key): record for record in records}  # INSERT OR REPLACE refuses repeats
    _insert(con, model, list(by_key.values()), "INSERT OR REPLACE")


def upsert(con: duckdb.DuckDBPyConnection, model: type[Record], records: Iterable[Record]) -> None:
    """INSERT OR REPLACE records of one model by key; the last of repeated keys wins."""
    with _transaction(con):
        _replace_by_key(con, model, records)


def record_run(con: duckdb.DuckDBPyConnection, run: Run) -> None:
    """Write or update the run's row (at start, and again with finished_at and counts)."""
    upsert(con, Run, [run])


def record_fetch(
    con: duckdb.DuckDBPyConnection,
    blobs: Iterable[FetchedBlob],
    log: Iterable[FetchLogEntry],
    errors: Iterable[ErrorRecord] = (),
) -> None:
    """Upsert what a fetch produced (blobs, the request log and its errors) in one transaction."""
    with _transaction(con):
        _replace_by_key(con, FetchedBlob, blobs)
        _replace_by_key(con, FetchLogEntry, log)
        _replace_by_key(con, ErrorRecord, errors)


def record_errors(con: duckdb.DuckDBPyConnection, errors: Iterable[ErrorRecord]) -> None:
    """Upsert errors by error_id (a document's own errors are replaced when it is next loaded)."""
    upsert(con, ErrorRecord, errors)


def counts(con: duckdb.DuckDBPyConnection, sha256s: Sequence[str]) -> dict[str, int]:
    """The Run counters (documents by status, goals, targets, agencies, tasks) over the
    documents stored from these blobs."""
    per_document = " ".join(
        f"(SELECT count(*) FROM {table} WHERE document_id IN (SELECT document_id FROM docs)) AS {table},"
        for table in ("goals", "targets", "agencies", "tasks")
    )
    cursor = con.execute(
        f"""
        WITH docs AS (SELECT document_id, status FROM documents WHERE sha256 IN (SELECT unnest(?::VARCHAR[])))
        SELECT
            (SELECT count(*) FROM docs) AS documents,
            (SELECT count(*) FROM docs WHERE status = '{DocumentStatus.ok.value}') AS documents_ok,
            (SELECT count(*) FROM docs WHERE status = '{DocumentStatus.error.value}') AS documents_failed,
            (SELECT count(*) FROM docs WHERE status = '{DocumentStatus.needs_ocr.value}') AS documents_needs_ocr,
            {per_document}
        """,
        [list(sha256s)],
    )
    row = cursor.fetchone()
    return {column[0]: value for column, value in zip(cursor.description, row)}


# --------------------------------------------------------------------------- reading


class QueryResult(NamedTuple):
    columns: list[str]
    rows: list[tuple]


def query(db_path: str | Path, sql: str, params: Optional[Sequence[Any]] = None) -> QueryResult:
    """Run one SQL statement on a read-only connection: writes to the database fail,
    and so do writes and reads of other files (COPY … TO, read_csv): no external access."""
    if not Path(db_path).is_file():
        raise FileNotFoundError(f"no database at {db_path} (run `vnplans run` first, or pass --db)")
    with duckdb.connect(str(db_path), read_only=True, config={"enable_external_access": False}) as con:
        cursor = con.execute(sql, params)
        rows = cursor.fetchall() if cursor.description else []
        columns = [column[0] for column in cursor.description or []]
    return QueryResult(columns, rows)


def export_parquet(db_path: str | Path, out_dir: str | Path) -> list[Path]:
    """Every table to ``<out_dir>/<table>.parquet`` (rows ordered by key, so re-exports are byte-stable)."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    with duckdb.connect(str(db_path), read_only=True) as con:
        for model in TABLE_MODELS:
            path = out / f"{model.table}.parquet"
            con.execute(
                f"COPY (SELECT * FROM {model.table} ORDER BY {model.key}) "
                f"TO {_sql_string(path)} (FORMAT parquet, COMPRESSION zstd)"
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
    with duckdb.connect(str(db_path), read_only=True) as con:
        for table, partition_by in PARTITIONS.items():
            path = out / table
            key = next(model.key for model in TABLE_MODELS if model.table == table)
            con.execute(
                f"COPY (SELECT x.*, d.province_current FROM {table} x "
                f"LEFT JOIN documents d ON d.document_id = x.document_id ORDER BY x.{key}) "
                f"TO {_sql_string(path)} (FORMAT parquet, COMPRESSION zstd, "
                f"PARTITION_BY ({', '.join(partition_by)}), OVERWRITE)"
            )
            paths.append(path)
    return paths
