"""`vnplans` command line: a thin shell over the pipeline functions."""

from __future__ import annotations

import io
import json
import sys
from contextlib import contextmanager
from dataclasses import replace
from decimal import Decimal
from enum import IntEnum
from importlib.metadata import version as installed_version
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table as RichTable

from extractors.numbers import plain_decimal
from pipeline.settings import DEFAULT_DATA_DIR, DEFAULT_DB, DEFAULT_MANIFEST, SettingsError, load_settings

app = typer.Typer(
    help="vnplans: goals, numeric targets and responsible agencies from Vietnamese provincial plans, into DuckDB.",
    no_args_is_help=True,
    add_completion=False,
)
stage_app = typer.Typer(help="Run one pipeline stage on files under the data directory (used by dvc.yaml).", no_args_is_help=True)
app.add_typer(stage_app, name="stage")


def _print_version(asked: bool) -> None:
    if asked:
        print(f"vnplans {installed_version('vnplans')}")
        raise typer.Exit()


@app.callback()
def main(
    version: bool = typer.Option(False, "--version", callback=_print_version, is_eager=True, help="Print the version and exit."),
) -> None:
    pass  # the options of every command; --version is handled by its callback


class ExitStatus(IntEnum):
    """What `vnplans` exits with; README.md and docs/scheduling.md list them."""

    OK = 0
    FAILURES = 1  # some source or document failed, each named on stderr; the others went through
    USAGE = 2  # the command line itself: unknown option, missing argument (the argument parser's code)
    QUERY_FAILED = 65  # EX_DATAERR: the SQL of `vnplans query` failed (syntax, unknown name, a write)
    CANNOT_WRITE = 73  # EX_CANTCREAT: the data directory cannot be written
    DATABASE_DAMAGED = 74  # EX_IOERR: the database file is cut short or corrupt
    BUSY = 75  # EX_TEMPFAIL: another run holds the data directory
    CONFIG = 78  # EX_CONFIG: params file, manifest, database or gold set missing or invalid


def _console(stderr: bool = False) -> Console:
    """Rich folds long lines at a terminal's width, and at 80 columns into a pipe or a
    log, mid-phrase: there each message stays one line, whole for grep."""
    console = Console(stderr=stderr)
    console.soft_wrap = not console.is_terminal
    return console


out = _console()
err = _console(stderr=True)

ParamsOption = typer.Option(None, "--params", help="YAML file with fetch/parse/run sections (default: params.yaml here, if any).")
DataDirOption = typer.Option(DEFAULT_DATA_DIR, "--data-dir", help="Where raw, parsed and extracted files are kept.")
DbOption = typer.Option(DEFAULT_DB, "--db", help="DuckDB database file.")
ExecutorOption = typer.Option(None, "--executor", help="local (process pool) or dask; overrides params.yaml.")
SchedulerOption = typer.Option(None, "--scheduler", help="Dask scheduler address, e.g. tcp://host:8786 (with --executor dask).")
WorkersOption = typer.Option(None, "--workers", help="Worker processes (local executor); 0 = one per core.")
AllowRootOption = typer.Option(None, "--allow-root", help="A directory outside the manifest's own whose files the manifest may name (repeatable).")
AllowFileUrlsOption = typer.Option(False, "--allow-file-urls", help="Read the manifest's file:// URLs (still only inside its directory and --allow-root).")
RebuildOption = typer.Option(False, "--rebuild", help="First set the database aside as <name>.damaged-<time> and rebuild it from the data directory.")


@contextmanager
def _progress():
    """A rich progress bar on a terminal; nothing when output is piped or logged."""
    if not err.is_terminal:
        yield None
        return
    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(), console=err) as bar:
        tasks: dict[str, int] = {}

        def update(stage: str, done: int, total: int) -> None:
            if stage not in tasks:
                tasks[stage] = bar.add_task(stage, total=total)
            bar.update(tasks[stage], completed=done, total=total)

        yield update


def _fail(command: str, message: object, status: ExitStatus):
    err.print(f"vnplans {command}: {message}", highlight=False, markup=False)
    raise typer.Exit(status)


def _settings_or_exit(params: Optional[Path], **overrides):
    """Settings from the params file, or a configuration error naming the file and the reason."""
    try:
        return load_settings(params, **overrides)
    except (SettingsError, OSError) as exc:
        err.print(f"vnplans: {exc}", highlight=False, markup=False)
        raise typer.Exit(ExitStatus.CONFIG)


@contextmanager
def _exits_as_documented(command: str):
    """The known reasons a command cannot go on: one line on stderr each, and its own exit status."""
    from pipeline.fetch.manifest import ManifestError
    from pipeline.fetch.store import AlreadyRunning, DataDirUnwritable
    from pipeline.load import DamagedDatabase  # not schema: DuckDB is imported while the run goes on

    try:
        yield
    except AlreadyRunning as exc:
        _fail(command, exc, ExitStatus.BUSY)
    except DataDirUnwritable as exc:
        _fail(command, exc, ExitStatus.CANNOT_WRITE)
    except DamagedDatabase as exc:
        _fail(command, f"{exc}; rebuild it from the data directory with `vnplans run --rebuild` or `vnplans ingest --rebuild` "
                       "(same options; the damaged file is kept beside it as <name>.damaged-<time>)", ExitStatus.DATABASE_DAMAGED)
    except ManifestError as exc:  # names the file and the entry
        _fail(command, exc, ExitStatus.CONFIG)


def _trust_local_files(settings, allow_root: Optional[list[Path]], allow_file_urls: bool):
    """Add the operator's --allow-root / --allow-file-urls to the fetch settings."""
    fetch = settings.fetch
    settings.fetch = replace(
        fetch,
        allowed_roots=fetch.allowed_roots + tuple(str(root) for root in allow_root or ()),
        allow_file_urls=fetch.allow_file_urls or allow_file_urls,
    )
    return settings


def _print_summary(summary) -> None:
    run = summary.run
    print(
        f"documents: {run.documents} (ok {run.documents_ok}, needs_ocr {run.documents_needs_ocr}, needs_conversion {run.documents_needs_conversion}, failed {run.documents_failed})  "
        f"goals: {run.goals}  targets: {run.targets}  agencies: {run.agencies}  tasks: {run.tasks}  failures: {len(summary.failures)}"
    )
    for what, reason in summary.failures:
        print(f"failed: {what}: {reason}", file=sys.stderr)
    print(f"database: {summary.db_path}")


@app.command()
def run(
    sources: Path = typer.Option(DEFAULT_MANIFEST, "--sources", help="Sources manifest (YAML)."),
    db: Path = DbOption,
    data_dir: Path = DataDirOption,
    params: Path = ParamsOption,
    executor: Optional[str] = ExecutorOption,
    scheduler: Optional[str] = SchedulerOption,
    workers: Optional[int] = WorkersOption,
    wait: float = typer.Option(0.0, "--wait", help="Seconds to wait for another run on the same data directory to finish."),
    allow_root: Optional[list[Path]] = AllowRootOption,
    allow_file_urls: bool = AllowFileUrlsOption,
    rebuild: bool = RebuildOption,
) -> None:
    """Run the whole pipeline (fetch → parse → extract → load) on a manifest; default: the embedded corpus."""
    from pipeline.orchestrate import run_pipeline

    settings = _settings_or_exit(params, executor=executor, scheduler=scheduler, workers=workers)
    settings = _trust_local_files(settings, allow_root, allow_file_urls)
    _report_pipeline("run", lambda progress: run_pipeline(
        sources, db, data_dir, settings, command="run", progress=progress, wait_seconds=wait),
        (db, data_dir, wait) if rebuild else None)


@app.command()
def ingest(
    sources: Path = typer.Option(..., "--sources", help="Sources manifest (YAML) of provincial portals and documents."),
    db: Path = DbOption,
    data_dir: Path = DataDirOption,
    params: Path = ParamsOption,
    executor: Optional[str] = ExecutorOption,
    scheduler: Optional[str] = SchedulerOption,
    workers: Optional[int] = WorkersOption,
    wait: float = typer.Option(0.0, "--wait", help="Seconds to wait for another running ingest to finish before giving up."),
    allow_root: Optional[list[Path]] = AllowRootOption,
    allow_file_urls: bool = AllowFileUrlsOption,
    rebuild: bool = RebuildOption,
) -> None:
    """Scheduled, incremental ingestion: fetch only what is new or changed (conditional GET), then parse, extract and load only those documents."""
    from pipeline.orchestrate import ingest_pipeline

    settings = _settings_or_exit(params, executor=executor, scheduler=scheduler, workers=workers)
    settings = _trust_local_files(settings, allow_root, allow_file_urls)
    _report_pipeline("ingest", lambda progress: ingest_pipeline(
        sources, db, data_dir, settings, wait_seconds=wait, progress=progress),
        (db, data_dir, wait) if rebuild else None)


def _report_pipeline(command: str, start, rebuild: Optional[tuple[Path, Path, float]] = None) -> None:
    """Run a pipeline command (after rebuilding the database from ``(db, data_dir,
    wait)`` when given) and exit with its ExitStatus."""
    from pipeline.orchestrate import rebuild_database

    with _exits_as_documented(command), _progress() as progress:
        if rebuild:
            aside = rebuild_database(*rebuild, progress)
            if aside:
                err.print(f"vnplans {command}: the old database is kept as {aside}; {rebuild[0]} rebuilt from {rebuild[1]}",
                          highlight=False, markup=False)
        summary = start(progress)
    _print_summary(summary)
    raise typer.Exit(ExitStatus.FAILURES if summary.failures else ExitStatus.OK)


@app.command()
def extract(
    paths: list[Path] = typer.Argument(..., help="Local PDF, HTML, Markdown or text files."),
    params: Path = ParamsOption,
    spacy_out: Optional[Path] = typer.Option(None, "--spacy", help="Also write a spaCy DocBin: one Doc per parsed document, targets and agencies as entities."),
    executor: Optional[str] = ExecutorOption,
    scheduler: Optional[str] = SchedulerOption,
    workers: Optional[int] = WorkersOption,
) -> None:
    """Parse + extract local files without a database, on the executor's workers: one JSON object per document on stdout (JSON Lines), in the order given."""
    from pipeline.stages import extract_files

    settings = _settings_or_exit(params, executor=executor, scheduler=scheduler, workers=workers)
    if spacy_out:  # spaCy and underthesea take seconds to import: only when asked for
        from extractors.vi_nlp import vietnamese_nlp
        from pipeline.extract.spacy_export import extraction_doc, write_docbin
    failed = 0
    docs = []
    for result in extract_files(paths, settings.parse, settings.executor, keep_text=spacy_out is not None):
        extraction = result.extraction
        if extraction is None:  # unreadable path and the like: report, go on
            failed += 1
            err.print(f"{result.path}: error: {result.error}", highlight=False, markup=False)
            print(json.dumps({"document": {"url": result.path}, "goals": [], "targets": [], "agencies": [], "tasks": [],
                              "target_agencies": [], "references": [], "achievements": [], "status": "error", "error": result.error}, ensure_ascii=False))
            continue
        document = extraction.document
        if document.status != "ok":
            failed += 1
            err.print(f"{result.path}: {document.status}: {document.error}", highlight=False, markup=False)
        record = extraction.model_dump(mode="json", include={"document", "goals", "targets", "agencies", "tasks", "target_agencies", "references", "achievements"})
        record["status"] = document.status
        record["error"] = document.error
        print(json.dumps(record, ensure_ascii=False), flush=True)
        if spacy_out and document.status == "ok":
            docs.append(extraction_doc(vietnamese_nlp(), result.text, extraction))
    if spacy_out:
        write_docbin(docs, spacy_out)
    raise typer.Exit(1 if failed else 0)


@app.command()
def query(
    sql: str = typer.Argument(..., help="SQL to run read-only, e.g. \"SELECT * FROM v_targets LIMIT 5\"."),
    db: Path = DbOption,
    format: str = typer.Option("table", "--format", "-f", help="table, csv or json."),
) -> None:
    """Run a read-only SQL query against the database."""
    import duckdb

    from pipeline.load.read import query as run_query

    with _exits_as_documented("query"):
        try:
            columns, rows = run_query(db, sql)
        except FileNotFoundError as exc:  # no database
            _fail("query", exc, ExitStatus.CONFIG)
        except duckdb.Error as exc:
            _fail("query", exc, ExitStatus.QUERY_FAILED)
    _print_rows(columns, rows, format, "query")


def _print_rows(columns: list[str], rows: list[tuple], format: str, command: str) -> None:
    """Rows on stdout as a table (a terminal), CSV (spreadsheets) or JSON."""
    if format == "csv":
        from pipeline.load.export import write_csv

        stdout = io.TextIOWrapper(sys.stdout.buffer, encoding="utf-8", newline="", write_through=True)
        sys.stdout.flush()
        write_csv(columns, rows, stdout)
        stdout.detach()
    elif format == "json":
        print(json.dumps([dict(zip(columns, row)) for row in rows], ensure_ascii=False, default=str, indent=1))
    elif format == "table":
        table = RichTable(*columns, show_lines=False)
        for row in rows:
            table.add_row(*(_cell(v) for v in row))
        # A pipe has no width: give long Vietnamese phrases room instead of folding them.
        (out if out.is_terminal else Console(width=200)).print(table)
    else:
        _fail(command, f"unknown --format {format!r}: use table, csv or json", ExitStatus.USAGE)


def _cell(value) -> str:
    """A value as a reader expects it: 10 and 12.5, not the stored 10.000000 and 12.500000."""
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return plain_decimal(value)
    return str(value)


ExportFormats = ("parquet", "csv", "xlsx")


@app.command()
def export(
    parquet: Optional[Path] = typer.Option(None, "--parquet", help="Directory to write one Parquet file per table and view."),
    csv_dir: Optional[Path] = typer.Option(None, "--csv", help="Directory to write one CSV file (UTF-8 with BOM) per table and view."),
    xlsx: Optional[Path] = typer.Option(None, "--xlsx", help="Excel workbook to write: one sheet per view."),
    format: Optional[str] = typer.Option(None, "--format", "-f", help="parquet, csv or xlsx, written to --out: the same as --parquet/--csv/--xlsx OUT."),
    destination: Optional[Path] = typer.Option(None, "--out", "-o", help="Where --format writes: a directory (parquet, csv) or a file (xlsx)."),
    db: Path = DbOption,
    partitioned: bool = typer.Option(False, "--partitioned", help="Also write targets/goals/agencies and the views partitioned by province and horizon year (hive layout)."),
) -> None:
    """Export every table and view to Parquet and/or CSV, and the views to an Excel workbook."""
    from pipeline.load.export import export_csv, export_parquet, export_parquet_partitioned, export_xlsx

    if format is not None:
        if format not in ExportFormats:
            _fail("export", f"unknown --format {format!r}: use parquet, csv or xlsx", ExitStatus.USAGE)
        if destination is None:
            _fail("export", f"--format {format} needs --out {'FILE' if format == 'xlsx' else 'DIR'}", ExitStatus.USAGE)
        chosen = {"parquet": parquet, "csv": csv_dir, "xlsx": xlsx}[format]
        if chosen is not None and chosen != destination:
            _fail("export", f"--format {format} --out and --{format} name two places: give one", ExitStatus.USAGE)
        parquet, csv_dir, xlsx = (destination if name == format else path for name, path in zip(ExportFormats, (parquet, csv_dir, xlsx)))
    elif destination is not None:
        _fail("export", "--out needs --format parquet|csv|xlsx", ExitStatus.USAGE)
    if not db.is_file():
        _fail("export", f"no database at {db} (run `vnplans run` first, or pass --db)", ExitStatus.CONFIG)
    if parquet is None and csv_dir is None and xlsx is None:
        _fail("export", "say where: --parquet DIR, --csv DIR and/or --xlsx FILE (or --format FORMAT --out PATH)", ExitStatus.USAGE)
    if partitioned and parquet is None:
        _fail("export", "--partitioned needs --parquet DIR", ExitStatus.USAGE)
    written = []
    with _exits_as_documented("export"):
        if parquet is not None:
            written += export_parquet(db, parquet)
            if partitioned:
                written += export_parquet_partitioned(db, parquet / "partitioned")
        if csv_dir is not None:
            written += export_csv(db, csv_dir)
        if xlsx is not None:
            written.append(export_xlsx(db, xlsx))
    for path in written:
        out.print(str(path))


@app.command()
def report(
    destination: Path = typer.Option(..., "--out", "-o", help="HTML file to write (self-contained: opens offline)."),
    db: Path = DbOption,
    province: Optional[str] = typer.Option(None, "--province", help="Only this province (its name before or after the 2025 merger)."),
    indicator: Optional[str] = typer.Option(None, "--indicator", help="Only targets whose metric contains these words, e.g. \"doanh nghiệp\"."),
) -> None:
    """An HTML report for people who do not write SQL: targets by year, target vs achieved, lead agencies, source sentences."""
    from pipeline.report import Scope, write_report

    scope = Scope(province=province, indicator=indicator)
    with _exits_as_documented("report"):
        try:
            data = write_report(db, destination, scope)
        except FileNotFoundError as exc:  # no database
            _fail("report", exc, ExitStatus.CONFIG)
    if not data.targets and not data.achievements:
        err.print(f"vnplans report: nothing in the database for {scope.title}; the report at {destination} is empty "
                  f"(provinces in the database: {', '.join(data.provinces) or 'none'})", highlight=False, markup=False)
    out.print(f"{destination}: {len(data.targets)} targets, {len(data.achievements)} achieved figures, "
              f"{data.document_count} documents", highlight=False)


@app.command()
def search(
    text: str = typer.Argument(..., help="Words to find, with or without diacritics: \"kế hoạch\" or \"ke hoach\"."),
    db: Path = DbOption,
    limit: int = typer.Option(10, "--limit", "-n", help="Number of pages/blocks to show."),
    format: str = typer.Option("table", "--format", "-f", help="table, csv or json."),
) -> None:
    """Full-text search of the document texts: the best pages with a snippet of each."""
    from dataclasses import asdict, fields

    from pipeline.load.search import SearchHit, search as run_search

    with _exits_as_documented("search"):
        try:
            hits = run_search(db, text, limit)
        except (FileNotFoundError, LookupError) as exc:  # no database, or one without the index
            _fail("search", exc, ExitStatus.CONFIG)
    if format == "table":
        columns = ["document", "province", "page", "score", "snippet"]
        rows = [(h.document_number or h.source_id, h.province_current, h.page, h.score, h.snippet) for h in hits]
    else:
        columns = [field.name for field in fields(SearchHit)]
        rows = [tuple(asdict(h).values()) for h in hits]
    _print_rows(columns, rows, format, "search")


@app.command()
def evaluate(
    gold: list[Path] = typer.Option(..., "--gold", help="Directory of gold JSON files (documents in ../docs beside it); repeat to score several (e.g. the repository's corpus/gold-extra)."),
    metrics_out: Optional[Path] = typer.Option(None, "--out", help="Write the figures as JSON (DVC metrics)."),
    floors: Optional[Path] = typer.Option(None, "--floors", help="Fail when a figure is below its pinned floor."),
    include_parameters: bool = typer.Option(False, "--include-parameters", help="Also score project parameters (approved figures of investment decisions)."),
    include_generic: bool = typer.Option(False, "--include-generic", help="Also score collective agency references ('các sở, ban, ngành')."),
    include_thi_hanh: bool = typer.Option(False, "--include-thi-hanh", help="Also score the 'chịu trách nhiệm thi hành' lists."),
    strict: bool = typer.Option(False, "--strict", help="Drop past-year targets reported in news and the entries gold marks for a strict scorer."),
    metric_diffs: bool = typer.Option(False, "--metric-diffs", help="Also list, for every matched target, the words its metric misses (-) or adds (+) against the gold metric."),
    max_errors: int = typer.Option(40, "--errors", min=0, help="How many of the errors to list after the figures (0 lists them all)."),
    by_kind: bool = typer.Option(False, "--by-kind", help="Also give the figures per kind of document (news page, PDF, office file, text or web page), in the table and under by_kind in --out."),
    second_annotation: Optional[list[Path]] = typer.Option(None, "--agreement", help="Score this directory of a second hand annotation of the same documents instead of the extractor: the agreement of two annotators (repeatable)."),
    params: Path = ParamsOption,
) -> None:
    """Precision, recall and F1 per field against a gold set."""
    from pipeline.evaluate.agreement import agreement
    from pipeline.evaluate.scoring import (
        ScoringOptions, check_floors, evaluate_gold, format_kinds, format_report, load_gold, write_metrics,
    )
    from pipeline.extract.stage import extract_path

    settings = _settings_or_exit(params)
    options = ScoringOptions(
        include_parameters=include_parameters, include_generic=include_generic,
        include_executors=include_thi_hanh, strict=strict, metric_diffs=metric_diffs,
    )
    try:
        # Each document with the page URL its manifest records, as a fetched one would have it.
        if second_annotation:
            report = agreement(gold, second_annotation, options)
        else:
            urls = {doc.document_path: doc.source_url for doc in load_gold(gold)}
            report = evaluate_gold(gold, lambda path: extract_path(path, settings.parse, url=urls.get(path)), options)
    except FileNotFoundError as exc:
        manifests = sorted(str(m) for directory in gold for m in Path(directory).glob("sources-*.yaml"))
        # A gold set over documents kept outside the repository names them in manifests beside it.
        hint = f"; copy them with: python scripts/get_external_docs.py {' '.join(manifests)}" if manifests else ""
        _fail("evaluate", f"{exc}{hint}", ExitStatus.CONFIG)
    if by_kind:
        print(format_kinds(report) + "\n")
    print(format_report(report, max_errors=max_errors or len(report.errors)))
    if metrics_out:
        write_metrics(report, metrics_out, by_kind)
    if floors:
        violations = check_floors(report, floors)
        for violation in violations:
            err.print(f"below floor: {violation}", highlight=False, markup=False)
        raise typer.Exit(1 if violations else 0)


@contextmanager
def _stage_lock(data_dir: Path):
    """A stage holds the data directory like a run does, and exits like one."""
    from pipeline.fetch.store import data_dir_lock

    with _exits_as_documented("stage"), data_dir_lock(Path(data_dir)):
        yield


@stage_app.command("fetch")
def stage_fetch(
    sources: Path = typer.Option(DEFAULT_MANIFEST, "--sources"),
    data_dir: Path = DataDirOption,
    params: Path = ParamsOption,
    allow_root: Optional[list[Path]] = AllowRootOption,
    allow_file_urls: bool = AllowFileUrlsOption,
) -> None:
    """Fetch every source into the content-addressed raw store; exit 1 when a source failed."""
    from pipeline.fetch.stage import fetch_sources

    settings = _trust_local_files(_settings_or_exit(params), allow_root, allow_file_urls)
    with _stage_lock(data_dir):
        outcome = fetch_sources(sources, data_dir, settings.fetch)
    for e in outcome.errors:
        err.print(f"fetch failed: {e.source_id or e.url}: {e.reason}", highlight=False, markup=False)
    out.print(f"fetched {len(outcome.blobs)} documents into {data_dir / 'raw'}")
    raise typer.Exit(1 if outcome.errors else 0)


@stage_app.command("parse")
def stage_parse(data_dir: Path = DataDirOption, params: Path = ParamsOption) -> None:
    """Parse every stored document into data_dir/parsed (unreadable ones are kept with their status)."""
    from pipeline.stages import parse_stage
    from pipeline.fetch.store import current_blobs

    settings = _settings_or_exit(params)
    with _stage_lock(data_dir), _progress() as progress:
        report = parse_stage(current_blobs(data_dir), data_dir, settings.parse, settings.executor, progress)
    _print_stage(report, fail=False)


@stage_app.command("extract")
def stage_extract(
    sources: Path = typer.Option(DEFAULT_MANIFEST, "--sources"),
    data_dir: Path = DataDirOption,
    params: Path = ParamsOption,
) -> None:
    """Extract every parsed document into data_dir/extracted; exit 1 when one could not be extracted."""
    from pipeline.orchestrate import manifest_provinces
    from pipeline.stages import extract_stage

    settings = _settings_or_exit(params)
    with _stage_lock(data_dir), _progress() as progress:
        report = extract_stage(data_dir, settings.executor, manifest_provinces(sources), progress)
    _print_stage(report)


@stage_app.command("load")
def stage_load(data_dir: Path = DataDirOption, db: Path = DbOption) -> None:
    """Load every new or changed extraction into the database; exit 1 when one could not be loaded."""
    from pipeline.stages import load_stage

    with _stage_lock(data_dir), _progress() as progress:
        report = load_stage(data_dir, db, progress)
    _print_stage(report)


def _print_stage(report, fail: bool = True) -> None:
    out.print(f"{report.stage}: {report.processed} processed, {report.skipped} unchanged, {len(report.failed)} failed")
    for what, reason in report.failed:
        err.print(f"{report.stage} failed: {what}: {reason}", highlight=False, markup=False)
    raise typer.Exit(1 if fail and report.failed else 0)


if __name__ == "__main__":
    app()
