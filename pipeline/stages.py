"""File-based drivers of the parse, extract and load stages.

Each driver reads the previous stage's files under ``data_dir``, runs the pure
stage function over every document on an executor, and writes one JSON file
per document. A document whose output is already there, made from the same
input by the same code and settings, is skipped: a re-run with nothing new does
no work. ``vnplans run``, ``vnplans ingest`` and the DVC stages all use them.

    data_dir/raw/…                      fetch (content-addressed, pipeline.fetch.store)
    data_dir/parsed/<document_id>.json  {"stamp": …, "parsed": ParsedDocument}
    data_dir/extracted/<document_id>.json {"stamp": …, "extraction": Extraction}
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Optional

from extractors import EXTRACTOR_VERSION
from pipeline.executors import ExecutorSettings, map_in_order, map_unordered, start_local_workers
from pipeline.parse.convert import office_converter
from pipeline.parse.pdf.ocr import ocr_unavailable_reason
from pipeline.parse.stage import PARSER_VERSION, ParseSettings, failed_document, parse_blob
from pipeline.fetch.store import atomic_write_bytes, blob_path
from schemas import DocumentStatus, Extraction, FetchedBlob, ParsedDocument, document_id_for

Progress = Optional[Callable[[str, int, int], None]]  # (stage, done, total)
# Imported by the pool's fork server: workers start with the extractors' models loaded.
WORKER_PRELOAD = ("pipeline.extract.models",)


@dataclass
class StageReport:
    stage: str
    processed: int = 0
    skipped: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)  # (document or source, reason)


def parsed_dir(data_dir: Path) -> Path:
    return Path(data_dir) / "parsed"


def extracted_dir(data_dir: Path) -> Path:
    return Path(data_dir) / "extracted"


@dataclass(frozen=True)
class ExtractAlong:
    """Asks ``parse_stage`` to extract each document in the worker that has just parsed
    it, so extraction does not wait for the last parse, and the document is not read
    back from disk; ``written(path)`` is called (in this process) with each extraction
    file written. What the worker cannot extract is left to ``extract_stage``."""

    provinces: dict[str, str]  # source id → the province its manifest entry names
    written: Callable[[Path], None]


def start_parse_workers(executor: ExecutorSettings) -> None:
    """Have the pool's fork server load the workers' modules and models (about a second
    on one core) in the background from now on, while this process fetches."""
    start_local_workers(executor, (_parse_one.__module__, *WORKER_PRELOAD))


def parse_stage(
    blobs: Iterable[FetchedBlob],
    data_dir: Path,
    settings: ParseSettings,
    executor: ExecutorSettings,
    progress: Progress = None,
    extract_along: Optional[ExtractAlong] = None,
) -> StageReport:
    """Parse every blob whose parsed file is missing or stale.

    A document that needs OCR is parsed again when OCR becomes available (the
    stamp holds whether it is), one that needs conversion when LibreOffice is;
    one that failed outright is tried every run."""
    report = StageReport("parse")
    data_dir = Path(data_dir).resolve()  # workers on other machines see the same absolute paths
    out_dir = parsed_dir(data_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    ocr = None if settings.ocr == "never" else ocr_unavailable_reason(settings.ocr_lang)
    settings_stamp = _stamp({"parser": PARSER_VERSION, "settings": asdict(settings), "ocr_unavailable": ocr})
    # A legacy .doc/.xls left needs_conversion is parsed again once LibreOffice is installed.
    retried = {DocumentStatus.error.value} | ({DocumentStatus.needs_conversion.value} if office_converter() else set())
    todo = []
    for blob in blobs:
        stamp = _stamp({"sha256": blob.sha256, "settings": settings_stamp})
        out = out_dir / f"{document_id_for(blob.sha256)}.json"
        if _stamp_of(out) == stamp and _status_of(out) not in retried:
            report.skipped += 1
        else:
            extract_to = (extract_along.provinces, str(extracted_dir(data_dir) / out.name)) if extract_along else None
            todo.append((blob, str(blob_path(data_dir, blob.sha256)), settings, str(out), stamp, extract_to))
    # Largest files first, so one big PDF does not finish alone at the end.
    jobs = map_unordered(_parse_one, todo, executor, on_crash=_parse_crashed, preload=WORKER_PRELOAD,
                         weight=lambda job: os.path.getsize(job[1]) if os.path.exists(job[1]) else 0)
    for done, (document_id, status, error, extracted) in enumerate(jobs, 1):
        report.processed += 1
        if status != "ok":
            report.failed.append((document_id, f"{status}: {error}"))
        if extracted:
            extract_along.written(Path(extracted))
        if progress:
            progress("parse", done, len(todo))
    return report


def _parse_one(job: tuple) -> tuple[str, str, Optional[str], Optional[str]]:
    """Parse one blob; with provinces, extract it too. Returns the document id, its
    status and error, and the extraction file written (None when none was)."""
    blob, raw, settings, out, stamp, extract_to = job
    parsed = parse_blob(blob, Path(raw), settings)
    body, digest = _write_parsed(parsed, Path(out), stamp)
    if extract_to is None:
        return parsed.document_id, parsed.status, parsed.error, None
    provinces, extracted = extract_to
    extraction_stamp = _extraction_stamp(digest, provinces.get(parsed.source_id))
    if _stamp_of(Path(extracted)) == extraction_stamp:  # parsed again to the same document: nothing to do
        return parsed.document_id, parsed.status, parsed.error, None
    # Read back from the JSON written, as extract_stage does: the same extraction either way.
    reread = ParsedDocument.model_validate(json.loads(body))
    error = _write_extraction(reread, provinces, Path(extracted), extraction_stamp)
    return parsed.document_id, parsed.status, parsed.error, None if error else extracted


def _parse_crashed(job: tuple, reason: str) -> tuple[str, str, Optional[str], None]:
    """A document whose parse killed its worker: recorded as an error (retried next run);
    ``extract_stage`` extracts the error document."""
    blob, _raw, _settings, out, stamp, _provinces = job
    parsed = failed_document(blob, f"parser crashed: {reason}")
    _write_parsed(parsed, Path(out), stamp)
    return parsed.document_id, parsed.status, parsed.error, None


def _write_parsed(parsed: ParsedDocument, out: Path, stamp: str) -> tuple[str, str]:
    """Write the parsed file; returns its document JSON and digest."""
    body = parsed.model_dump_json()
    # The digest of the output lets the extract stage see a changed parse (a retried failure that now reads).
    digest = hashlib.sha256(body.encode("utf-8")).hexdigest()[:16]
    _write_json(out, f'{{"stamp": "{stamp}", "status": "{parsed.status}", "digest": "{digest}", "parsed": {body}}}')
    return body, digest


def _extraction_stamp(parsed_digest: Optional[str], province: Optional[str]) -> str:
    return _stamp({"parsed": parsed_digest, "extractor": EXTRACTOR_VERSION, "province": province})


def extract_stage(
    data_dir: Path,
    executor: ExecutorSettings,
    provinces: Optional[dict[str, str]] = None,
    progress: Progress = None,
) -> StageReport:
    """Extract every parsed document whose extraction is missing or stale.
    ``provinces`` maps source ids to the province their manifest entry names."""
    report = StageReport("extract")
    data_dir = Path(data_dir).resolve()
    out_dir = extracted_dir(data_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    todo = []
    provinces = provinces or {}
    for parsed_file in _outputs(parsed_dir(data_dir)):
        head = _head_of(parsed_file)
        stamp = _extraction_stamp(head["digest"], provinces.get(head["source_id"]))
        out = out_dir / parsed_file.name
        if _stamp_of(out) == stamp:
            report.skipped += 1
        else:
            todo.append((str(parsed_file), provinces, str(out), stamp))
    jobs = map_unordered(_extract_one, todo, executor, weight=lambda job: os.path.getsize(job[0]),
                         on_crash=_extract_crashed, preload=WORKER_PRELOAD)
    for done, (document_id, error) in enumerate(jobs, 1):
        report.processed += 1
        if error:
            report.failed.append((document_id, error))
        if progress:
            progress("extract", done, len(todo))
    return report


def _extract_crashed(job: tuple, reason: str) -> tuple[str, Optional[str]]:
    return Path(job[0]).stem, f"extract crashed: {reason}"


def _extract_one(job: tuple) -> tuple[str, Optional[str]]:
    parsed_file, provinces, out, stamp = job
    try:
        parsed = ParsedDocument.model_validate(json.loads(Path(parsed_file).read_text(encoding="utf-8"))["parsed"])
    except Exception as exc:  # an unreadable file must not stop the other documents
        return Path(parsed_file).stem, f"extract failed: {type(exc).__name__}: {exc}"
    return parsed.document_id, _write_extraction(parsed, provinces, Path(out), stamp)


def _write_extraction(parsed: ParsedDocument, provinces: dict[str, str], out: Path, stamp: str) -> Optional[str]:
    """Extract one parsed document into ``out``; returns why not, or None."""
    from pipeline.extract.stage import extract_document  # the workers' (preloaded); `vnplans run` itself never extracts

    try:
        extraction = extract_document(parsed, provinces.get(parsed.source_id))
    except Exception as exc:  # an extractor bug must not stop the other documents
        return f"extract failed: {type(exc).__name__}: {exc}"
    extraction.document.content_stamp = stamp
    _write_json(out, f'{{"stamp": "{stamp}", "extraction": {extraction.model_dump_json()}}}')
    return None


@dataclass(frozen=True)
class FileExtraction:
    """What ``extract_files`` made of one local file."""

    path: str
    extraction: Optional[Extraction]  # None when the file could not be parsed at all
    error: Optional[str] = None  # why not
    text: str = ""  # the parsed text, when asked for


def extract_files(paths: Iterable[Path], settings: ParseSettings, executor: ExecutorSettings,
                  keep_text: bool = False) -> Iterator[FileExtraction]:
    """Parse and extract local files on the executor (no store, no database): one
    result per path, in the order of ``paths``. A file that cannot be read or whose
    worker dies gives a result with the reason; the others go on."""
    jobs = [(str(path), settings, keep_text) for path in paths]
    return map_in_order(_extract_file, jobs, executor, on_crash=_extract_file_crashed, preload=WORKER_PRELOAD,
                        weight=lambda job: os.path.getsize(job[0]) if os.path.isfile(job[0]) else 0)


def _extract_file(job: tuple) -> FileExtraction:
    from pipeline.extract.stage import extract_document, parse_path

    path, settings, keep_text = job
    try:
        parsed = parse_path(Path(path), settings)
        extraction = extract_document(parsed)
    except Exception as exc:  # an unreadable path and the like
        return FileExtraction(path, None, str(exc))
    return FileExtraction(path, extraction, text=parsed.text if keep_text else "")


def _extract_file_crashed(job: tuple, reason: str) -> FileExtraction:
    return FileExtraction(job[0], None, f"extract crashed: {reason}")


def load_stage(data_dir: Path, db_path: Path, progress: Progress = None, run_id: Optional[str] = None) -> StageReport:
    """Load every extraction whose rows are missing or stale in the database,
    one atomic transaction per document; failures are recorded in ``errors``."""
    loader = DatabaseLoader(data_dir, db_path, run_id, progress)
    try:
        return loader.finish()
    finally:
        loader.close()


class DatabaseLoader:
    """The load stage, fed while the workers still parse and extract. The database is
    opened on a thread at once (importing DuckDB and Arrow and creating or updating the
    schema take about a second, which would otherwise follow the last extraction), and
    each extraction file given to ``add`` is loaded (its own transaction) as soon as the
    database is open. ``finish`` loads the rest: what was added before it opened and
    every other extraction whose rows are missing or stale. The caller ``close``s it."""

    def __init__(self, data_dir: Path, db_path: Path, run_id: Optional[str] = None, progress: Progress = None):
        self.data_dir, self.run_id, self.progress = Path(data_dir), run_id, progress
        self.report = StageReport("load")
        self._waiting: list[Path] = []
        self._added: set[str] = set()
        opener = ThreadPoolExecutor(max_workers=1, thread_name_prefix="vnplans-open-database")
        self._opening = opener.submit(_open_database, db_path)
        opener.shutdown(wait=False)  # the thread ends once the database is open

    @property
    def connection(self):
        """The open connection (waits for the opening; raises what it raised, e.g. DamagedDatabase)."""
        return self._opening.result()

    def add(self, path: Path) -> None:
        self._waiting.append(path)
        self._added.add(path.stem)
        # An opening that failed is raised by finish(), after the workers' results are safely on disk.
        if self._opening.done() and self._opening.exception() is None:
            self._load(self._take_waiting())

    def finish(self) -> StageReport:
        con = self.connection
        loaded = dict(con.execute("SELECT document_id, content_stamp FROM documents").fetchall())
        todo = self._take_waiting()
        for path in _outputs(extracted_dir(self.data_dir)):
            if path.stem in self._added:
                continue
            if loaded.get(path.stem) is not None and loaded[path.stem] == _stamp_of(path):
                self.report.skipped += 1
            else:
                todo.append(path)
        self._load(todo, self.progress)
        return self.report

    def close(self) -> None:
        if self._opening.done() and self._opening.exception() is None:
            self._opening.result().close()
        else:
            # Still opening (an exception left the run early): close it once it is open.
            self._opening.add_done_callback(lambda opening: opening.exception() or opening.result().close())

    def _take_waiting(self) -> list[Path]:
        waiting, self._waiting = self._waiting, []
        return waiting

    def _load(self, paths: list[Path], progress: Progress = None) -> None:
        from pipeline.load import write  # imported by the opening thread already

        con, report = self.connection, self.report

        def extractions() -> Iterator[Extraction]:
            for done, path in enumerate(paths, 1):
                try:
                    yield Extraction.model_validate(json.loads(path.read_text(encoding="utf-8"))["extraction"])
                except (OSError, ValueError, KeyError) as exc:  # damaged on disk: JSON, schema or shape
                    error = write.stage_error("load", f"unreadable {path.name}: {type(exc).__name__}: {exc}",
                                              self.run_id, document_id=path.stem)
                    write.record_errors(con, [error])
                    report.failed.append((path.stem, f"load failed: {error.reason}"))
                if progress:
                    progress("load", done, len(paths))

        loaded_now = write.load_extractions(con, extractions(), self.run_id)
        report.processed += loaded_now.documents
        report.failed += [(e.document_id, f"load failed: {e.reason}") for e in loaded_now.errors]


def _open_database(db_path: Path):
    from pipeline.load import schema, write  # noqa: F401  DuckDB and Arrow (~0.5 s to import): not for the pool's workers

    return schema.connect(db_path)


def processing_stamp(settings: ParseSettings, provinces: dict[str, str]) -> str:
    """What processing a document depends on besides its bytes: parser and extractor
    versions, parse settings, the manifest's province hints. Incremental ingestion
    processes its stored documents again when this changes."""
    return _stamp({"parser": PARSER_VERSION, "settings": asdict(settings), "extractor": EXTRACTOR_VERSION,
                   "provinces": provinces})


def _stamp(value: object) -> str:
    return hashlib.sha256(json.dumps(value, sort_keys=True, default=str).encode()).hexdigest()[:16]


_HEAD = re.compile(
    r'^\{"stamp": "(?P<stamp>\w+)"(?:, "status": "(?P<status>\w+)")?(?:, "digest": "(?P<digest>\w+)")?'
    r'(?:, "parsed": \{"document_id":\s*"\w+",\s*"sha256":\s*"\w+",\s*"source_id":\s*"(?P<source_id>[^"]*)")?'
)
_NO_HEAD = {"stamp": None, "status": None, "digest": None, "source_id": None}


def _head_of(path: Path) -> dict[str, Optional[str]]:
    """Stamp, status, digest (and source id) of an output file, read without parsing the whole document."""
    try:
        with open(path, encoding="utf-8") as fh:
            match = _HEAD.match(fh.read(512))
    except OSError:
        match = None
    return match.groupdict() if match else dict(_NO_HEAD)


def _outputs(directory: Path) -> list[Path]:
    """The per-document files of a stage (temp files of a killed run are dot files and not listed)."""
    return sorted(p for p in directory.glob("*.json") if not p.name.startswith("."))


def _stamp_of(path: Path) -> Optional[str]:
    return _head_of(path)["stamp"]


def _status_of(path: Path) -> Optional[str]:
    return _head_of(path)["status"]


def _write_json(path: Path, payload: str) -> None:
    """Atomic write: a killed run never leaves half a file behind."""
    atomic_write_bytes(path, payload.encode("utf-8"))
