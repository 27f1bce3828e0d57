"""Where rows are written: a document is loaded atomically (one transaction deletes
its rows in every per-document table and bulk-inserts the new ones from Arrow
tables), so a re-run replaces rather than duplicates and a failure leaves the old rows.
Runs, fetches and errors are upserted by their stable ids."""

from __future__ import annotations

import typing
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any, Optional

import duckdb
import pyarrow as pa
from schemas.ids import document_id_for, stable_id
from schemas.records import (
    DocumentSource,
    DocumentStatus,
    ErrorRecord,
    Extraction,
    FetchedBlob,
    FetchLogEntry,
    Record,
    Run,
)

from pipeline.load.columns import PER_DOCUMENT_MODELS, columns_of, quoted
from pipeline.load.schema import transaction
from pipeline.load.search import index_document


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
    names = ", ".join(quoted(column.name) for column in columns_of(model))
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
    with transaction(con):
        for model in PER_DOCUMENT_MODELS:
            con.execute(f"DELETE FROM {model.table} WHERE document_id = ?", [document_id])
        for model in PER_DOCUMENT_MODELS:
            _insert(con, model, parts[model], "INSERT")
        index_document(con, document_id)
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
    with transaction(con):
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
    """Upsert what a fetch produced (blobs, the request log and its errors) in one transaction.

    ``blobs`` holds the same bytes once per (source, URL) they came from: ``blobs``
    keeps one row per sha256, ``document_sources`` one per (sha256, source, URL)."""
    blobs = list(blobs)
    with transaction(con):
        _replace_by_key(con, FetchedBlob, blobs)
        _replace_by_key(con, DocumentSource, map(document_source, blobs))
        _replace_by_key(con, FetchLogEntry, log)
        _replace_by_key(con, ErrorRecord, errors)


def document_source(blob: FetchedBlob) -> DocumentSource:
    """Where a blob's bytes came from, as a document_sources row."""
    return DocumentSource(
        document_source_id=stable_id("dsrc", blob.sha256, blob.source_id, blob.url),
        sha256=blob.sha256,
        document_id=document_id_for(blob.sha256),
        source_id=blob.source_id,
        province=blob.province,
        url=blob.url,
        parent_sha256=blob.parent_sha256,
        fetched_at=blob.fetched_at,
    )


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
            (SELECT count(*) FROM docs WHERE status = '{DocumentStatus.needs_conversion.value}') AS documents_needs_conversion,
            {per_document}
        """,
        [list(sha256s)],
    )
    row = cursor.fetchone()
    return {column[0]: value for column, value in zip(cursor.description, row)}
