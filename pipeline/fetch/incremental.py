"""Scheduled, incremental ingestion: fetch what is new or changed, then hand
only the documents not yet processed to ``process_documents``.

Crash safety comes from ordering, not from cleanup: a blob's bytes are in the
store before its index line, its index line before processing, and its sha256
enters ``data_dir/state.json`` ("processed") only after ``process_documents``
returned without reporting it failed. A run killed at any point therefore
leaves documents that the next run finds unprocessed and completes; a failed
document or source is simply tried again next run.

"Processed" is relative to ``processed_with``, a stamp of the processing code
and settings the caller passes (parser and extractor versions, parse settings):
when it changes, every stored document of the manifest is handed over again, so
a scheduled ingest applies an extractor upgrade to the documents it already had
(the stages skip whatever the change does not touch).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterable, Mapping, Optional, Protocol

from pipeline.fetch.stage import FetchOutcome, FetchSettings, fetch_sources, new_run_id
from pipeline.fetch.manifest import load_manifest
from pipeline.fetch.store import AlreadyRunning, BlobStore, append_jsonl, atomic_write_bytes, current_blobs, data_dir_lock
from schemas.ids import document_id_for
from schemas.records import FetchedBlob

__all__ = ["AlreadyRunning", "IngestReport", "ProcessDocuments", "ingest", "STATE_FILE", "INGEST_LOG"]

STATE_FILE = "state.json"
INGEST_LOG = "logs/ingest_runs.jsonl"


class ProcessDocuments(Protocol):
    def __call__(
        self, blobs: list[FetchedBlob], fetch: FetchOutcome, db_path: Path
    ) -> Optional[Iterable[str | tuple[str, str]] | Mapping[str, str]]:
        """Parse, extract and load ``blobs`` into ``db_path``; return the blobs
        that failed, by sha256 or document id, alone or with a reason
        (``(what, reason)`` pairs such as ``RunSummary.failures``, or a mapping);
        they are retried next run, other entries are ignored. Raising leaves
        every blob to be retried next run."""


@dataclass
class IngestReport:
    run_id: str
    fetch: FetchOutcome
    processed: list[FetchedBlob] = field(default_factory=list)  # handed to process_documents
    retried: list[FetchedBlob] = field(default_factory=list)  # of those: left over from an earlier run
    failed: dict[str, str] = field(default_factory=dict)  # sha256 -> reason, for processing failures
    recovered: list[str] = field(default_factory=list)  # URLs that failed last run and were fetched now

    @property
    def failures(self) -> list[tuple[str, str]]:
        """(what, reason) for every fetch and processing failure of this run."""
        return self.fetch.failures + [(document_id_for(sha), reason) for sha, reason in self.failed.items()]

    @property
    def exit_code(self) -> int:
        return 1 if self.failures else 0


@dataclass
class _State:
    processed: set[str] = field(default_factory=set)  # sha256 of documents processed successfully
    failed: dict[str, str] = field(default_factory=dict)  # sha256 -> processing failure
    fetch_failures: dict[str, str] = field(default_factory=dict)  # url -> fetch failure of the last run
    processed_with: Optional[str] = None  # the processing stamp ``processed`` holds for

    def to_json(self) -> bytes:
        return json.dumps(
            {"processed": sorted(self.processed), "failed": self.failed, "fetch_failures": self.fetch_failures,
             "processed_with": self.processed_with},
            ensure_ascii=False,
            indent=1,
            sort_keys=True,
        ).encode("utf-8")


def ingest(
    sources: Path,
    db_path: Path,
    data_dir: Path,
    settings: FetchSettings = FetchSettings(),
    *,
    process_documents: ProcessDocuments,
    wait_seconds: float = 0.0,
    run_id: Optional[str] = None,
    processed_with: Optional[str] = None,
) -> IngestReport:
    """One incremental ingestion run over the manifest ``sources``; a document
    processed under another ``processed_with`` stamp is processed again.

    Raises AlreadyRunning when another run holds ``data_dir`` for longer than
    ``wait_seconds``, ManifestError for an invalid manifest; any exception of
    ``process_documents`` propagates (its documents are retried next run).
    """
    data_dir = Path(data_dir)
    run_id = run_id or new_run_id()
    with data_dir_lock(data_dir, timeout_s=wait_seconds):
        started_at = datetime.now(timezone.utc)
        BlobStore(data_dir).remove_stale_temp_files()
        state = _load_state(data_dir)
        saved = state.to_json()
        if state.processed_with != processed_with:
            state.processed, state.processed_with = set(), processed_with

        outcome = fetch_sources(sources, data_dir, settings, run_id)
        report = IngestReport(run_id=run_id, fetch=outcome)
        failed_urls = {e.url: e.reason for e in outcome.errors if e.url}
        report.recovered = sorted(set(state.fetch_failures) - set(failed_urls))
        state.fetch_failures = failed_urls

        source_ids = {source.id for source in load_manifest(sources).sources}
        pending = [b for b in current_blobs(data_dir) if b.source_id in source_ids and b.sha256 not in state.processed]
        fresh = {b.sha256 for b in outcome.fetched}
        report.retried = [b for b in pending if b.sha256 not in fresh]
        if pending:
            report.processed = pending
            reasons = _failure_reasons(process_documents(pending, outcome, Path(db_path)) or ())
            for blob in pending:
                reason = reasons.get(blob.sha256) or reasons.get(document_id_for(blob.sha256))
                if reason is not None:
                    report.failed[blob.sha256] = reason
                else:
                    state.processed.add(blob.sha256)
                    state.failed.pop(blob.sha256, None)
            state.failed.update(report.failed)

        if state.to_json() != saved:  # a run with nothing new leaves the data dir as it was
            atomic_write_bytes(data_dir / STATE_FILE, state.to_json())
        append_jsonl(data_dir / INGEST_LOG, [json.dumps(_summary(report, started_at), ensure_ascii=False)])
    return report


def _failure_reasons(failures: Iterable[str | tuple[str, str]] | Mapping[str, str]) -> dict[str, str]:
    if isinstance(failures, Mapping):
        return dict(failures)
    return dict((item, "processing failed") if isinstance(item, str) else item for item in failures)


def _load_state(data_dir: Path) -> _State:
    path = data_dir / STATE_FILE
    if not path.exists():
        return _State()
    raw = json.loads(path.read_text(encoding="utf-8"))  # written atomically: never partial
    return _State(
        processed=set(raw.get("processed", [])),
        failed=dict(raw.get("failed", {})),
        fetch_failures=dict(raw.get("fetch_failures", {})),
        processed_with=raw.get("processed_with"),
    )


def _summary(report: IngestReport, started_at: datetime) -> dict:
    return {
        "run_id": report.run_id,
        "started_at": started_at.isoformat(),
        "finished_at": datetime.now(timezone.utc).isoformat(),
        "fetched": len(report.fetch.fetched),
        "unchanged": len(report.fetch.unchanged),
        "processed": len(report.processed),
        "retried": len(report.retried),
        "fetch_errors": len(report.fetch.errors),
        "processing_failures": len(report.failed),
        "recovered": report.recovered,
    }
