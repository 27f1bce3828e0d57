"""The whole pipeline on a manifest: fetch → parse → extract → load, with a
``runs`` row and every failure recorded. The CLI and the scheduler call this;
it knows nothing of either."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Optional

from extractors import EXTRACTOR_VERSION
from pipeline.executors import ExecutorSettings
from pipeline.fetch.stage import FetchOutcome, FetchSettings, fetch_sources, new_run_id
from pipeline.fetch.incremental import ingest
from pipeline.parse.stage import ParseSettings
from pipeline.stages import (DatabaseLoader, ExtractAlong, Progress, StageReport, extract_stage, load_stage, parse_stage,
                             processing_stamp, start_parse_workers)
from pipeline.fetch.manifest import load_manifest
from pipeline.fetch.store import BlobStore, data_dir_lock
from schemas import ErrorRecord, FetchedBlob, Run, document_id_for


@dataclass
class PipelineSettings:
    fetch: FetchSettings = field(default_factory=FetchSettings)
    parse: ParseSettings = field(default_factory=ParseSettings)
    executor: ExecutorSettings = field(default_factory=ExecutorSettings)


@dataclass
class RunSummary:
    run: Run
    db_path: Path
    failures: list[tuple[str, str]]  # (source or document, reason), for people
    failed_documents: dict[str, str] = field(default_factory=dict)  # document_id -> reason


def run_pipeline(
    manifest: Path,
    db_path: Path,
    data_dir: Path,
    settings: Optional[PipelineSettings] = None,
    command: str = "run",
    progress: Progress = None,
    wait_seconds: float = 0.0,
) -> RunSummary:
    """Raises AlreadyRunning when another run holds ``data_dir`` longer than ``wait_seconds``."""
    settings = settings or PipelineSettings()
    run = _new_run(command, manifest)
    with data_dir_lock(Path(data_dir), timeout_s=wait_seconds):
        BlobStore(Path(data_dir)).remove_stale_temp_files()
        start_parse_workers(settings.executor)
        fetched = fetch_sources(Path(manifest), Path(data_dir), settings.fetch, run_id=run.run_id)
        return process_blobs(fetched.blobs, run, db_path, data_dir, settings, manifest, fetched, progress)


def process_blobs(
    blobs: list[FetchedBlob],
    run: Run,
    db_path: Path,
    data_dir: Path,
    settings: PipelineSettings,
    manifest: Path,
    fetched=None,
    progress: Progress = None,
) -> RunSummary:
    """Parse, extract and load the given blobs, then record the run. The database opens
    while the workers parse, each document is extracted by the worker that parsed it and
    loaded as soon as it is extracted: no stage waits for the whole previous one."""
    provinces = manifest_provinces(manifest)
    loader = DatabaseLoader(data_dir, db_path, run.run_id, progress)
    try:
        reports: list[StageReport] = [
            parse_stage(blobs, data_dir, settings.parse, settings.executor, progress, ExtractAlong(provinces, loader.add)),
            # What the workers did not extract: parsed by an earlier run, a crashed parse, an extractor failure.
            extract_stage(data_dir, settings.executor, provinces, progress),
        ]
        reports.append(loader.finish())
        from pipeline.load import write  # imported by the loader's thread while the workers parsed

        con = loader.connection
        if fetched is not None:
            write.record_fetch(con, fetched.blobs, fetched.log, fetched.errors)
        write.record_errors(con, _stage_errors(run.run_id, reports))
        # A document that cannot be read fails every run until it is fixed, not only the run that first parsed it.
        unreadable = con.execute(
            "SELECT document_id, status || ': ' || coalesce(error, '') FROM documents "
            "WHERE status <> 'ok' AND sha256 IN (SELECT unnest(?::VARCHAR[]))",
            [[b.sha256 for b in blobs]],
        ).fetchall()
        counts = write.counts(con, [b.sha256 for b in blobs])
        finished = run.model_copy(update={"finished_at": datetime.now(timezone.utc), **counts})
        write.record_run(con, finished)
    finally:
        loader.close()
    failed_documents = dict(unreadable)
    for report in reports[1:]:
        failed_documents.update(report.failed)
    return RunSummary(
        run=finished,
        db_path=Path(db_path),
        failures=(fetched.failures if fetched is not None else []) + _described(failed_documents, blobs),
        failed_documents=failed_documents,
    )


def _described(failed_documents: dict[str, str], blobs: list[FetchedBlob]) -> list[tuple[str, str]]:
    """Name each failed document by where it came from, with its id."""
    where = {document_id_for(b.sha256): b.url for b in blobs}
    return [(f"{where.get(doc, '?')} [{doc}]", reason) for doc, reason in sorted(failed_documents.items())]


def ingest_pipeline(
    manifest: Path,
    db_path: Path,
    data_dir: Path,
    settings: Optional[PipelineSettings] = None,
    wait_seconds: float = 0.0,
    progress: Progress = None,
) -> RunSummary:
    """Incremental ingestion: fetch conditionally, then process only the
    documents that are new, changed, or failed last time."""
    settings = settings or PipelineSettings()
    run = _new_run("ingest", manifest)
    summaries: list[RunSummary] = []

    def process_documents(blobs: list[FetchedBlob], fetched: FetchOutcome, db: Path) -> dict[str, str]:
        summary = process_blobs(blobs, run, db, data_dir, settings, manifest, fetched, progress)
        summaries.append(summary)
        return summary.failed_documents

    report = ingest(
        Path(manifest), Path(db_path), Path(data_dir), settings.fetch,
        process_documents=process_documents, wait_seconds=wait_seconds, run_id=run.run_id,
        processed_with=processing_stamp(settings.parse, manifest_provinces(manifest)),
    )
    if summaries:
        return summaries[0]
    # Nothing new: record the run (and what fetching logged) without touching any document.
    from pipeline.load import schema, write

    con = schema.connect(db_path)
    try:
        write.record_fetch(con, report.fetch.blobs, report.fetch.log, report.fetch.errors)
        finished = run.model_copy(update={"finished_at": datetime.now(timezone.utc)})
        write.record_run(con, finished)
    finally:
        con.close()
    return RunSummary(run=finished, db_path=Path(db_path), failures=report.fetch.failures)


def rebuild_database(db_path: Path, data_dir: Path, wait_seconds: float = 0.0, progress: Progress = None) -> Optional[Path]:
    """Set the database aside as ``<name>.damaged-<UTC time>`` (its WAL with it) and
    load every extraction kept under ``data_dir`` into a new one; returns where the
    old file went (None when there was none). The documents and what was extracted
    from them come back as they were; the history of earlier runs (runs, fetch_log,
    errors) stays in the old file and in ``data_dir/logs``."""
    db_path = Path(db_path)
    with data_dir_lock(Path(data_dir), timeout_s=wait_seconds):
        aside = None
        if db_path.exists():
            aside = db_path.with_name(f"{db_path.name}.damaged-{datetime.now(timezone.utc):%Y%m%dT%H%M%SZ}")
            os.replace(db_path, aside)
            wal = db_path.with_name(db_path.name + ".wal")
            if wal.exists():  # replayed into a new database it would do harm
                os.replace(wal, aside.with_name(aside.name + ".wal"))
        load_stage(Path(data_dir), db_path, progress)
    return aside


def _new_run(command: str, manifest: Path) -> Run:
    return Run(
        run_id=new_run_id(),
        command=command,
        manifest=str(manifest),
        started_at=datetime.now(timezone.utc),
        extractor_version=EXTRACTOR_VERSION,
    )


def manifest_provinces(manifest: Path) -> dict[str, str]:
    """Source id → the province its manifest entry names (a hint for extraction)."""
    return {source.id: source.province for source in load_manifest(Path(manifest)).sources if source.province}


def _stage_errors(run_id: str, reports: list[StageReport]) -> list[ErrorRecord]:
    # Parse failures travel with their document's extraction; the load stage records its own.
    from pipeline.load import write

    return [
        write.stage_error(report.stage, reason, run_id, document_id=what)
        for report in reports
        if report.stage == "extract"
        for what, reason in report.failed
    ]
