"""`vnplans` command line: a thin shell over the pipeline functions."""

from __future__ import annotations

import csv
import io
import json
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table as RichTable

from pipeline.settings import DEFAULT_DATA_DIR, DEFAULT_DB, DEFAULT_MANIFEST, load_settings

app = typer.Typer(
    help="vnplans: goals, numeric targets and responsible agencies from Vietnamese provincial plans, into DuckDB.",
    no_args_is_help=True,
    add_completion=False,
)
stage_app = typer.Typer(help="Run one pipeline stage on files under the data directory (used by dvc.yaml).", no_args_is_help=True)
app.add_typer(stage_app, name="stage")

out = Console()
err = Console(stderr=True)

ParamsOption = typer.Option(Path("params.yaml"), "--params", help="YAML file with fetch/parse/run sections; missing file = defaults.")
DataDirOption = typer.Option(DEFAULT_DATA_DIR, "--data-dir", help="Where raw, parsed and extracted files are kept.")
DbOption = typer.Option(DEFAULT_DB, "--db", help="DuckDB database file.")
ExecutorOption = typer.Option(None, "--executor", help="local (process pool) or dask; overrides params.yaml.")
SchedulerOption = typer.Option(None, "--scheduler", help="Dask scheduler address, e.g. tcp://host:8786 (with --executor dask).")
WorkersOption = typer.Option(None, "--workers", help="Worker processes (local executor); 0 = one per core.")


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


def _settings_or_exit(params: Path, **overrides):
    """Settings from params.yaml, or exit 2 with the reason (unknown key, bad value)."""
    try:
        return load_settings(params, **overrides)
    except (ValueError, TypeError, OSError) as exc:
        err.print(f"vnplans: {params}: {exc}", highlight=False, markup=False)
        raise typer.Exit(2)


def _print_summary(summary) -> None:
    run = summary.run
    print(
        f"documents: {run.documents} (ok {run.documents_ok}, needs_ocr {run.documents_needs_ocr}, failed {run.documents_failed})  "
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
) -> None:
    """Run the whole pipeline (fetch → parse → extract → load) on a manifest; default: the embedded corpus."""
    from pipeline.orchestrate import run_pipeline

    settings = _settings_or_exit(params, executor=executor, scheduler=scheduler, workers=workers)
    _report_pipeline("run", lambda progress: run_pipeline(
        sources, db, data_dir, settings, command="run", progress=progress, wait_seconds=wait))


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
) -> None:
    """Scheduled, incremental ingestion: fetch only what is new or changed (conditional GET), then parse, extract and load only those documents."""
    from pipeline.orchestrate import ingest_pipeline

    settings = _settings_or_exit(params, executor=executor, scheduler=scheduler, workers=workers)
    _report_pipeline("ingest", lambda progress: ingest_pipeline(
        sources, db, data_dir, settings, wait_seconds=wait, progress=progress))


def _report_pipeline(command: str, start) -> None:
    """Run a pipeline command and exit as documented: 0 all fine, 1 something failed
    (each named), 2 an invalid manifest, 75 another run holds the data directory."""
    from pipeline.fetch.store import AlreadyRunning

    try:
        with _progress() as progress:
            summary = start(progress)
    except AlreadyRunning as exc:
        err.print(f"vnplans {command}: {exc}", highlight=False, markup=False)
        raise typer.Exit(75)  # EX_TEMPFAIL: try again later
    except ValueError as exc:  # ManifestError names the file and the entry
        err.print(f"vnplans {command}: {exc}", highlight=False, markup=False)
        raise typer.Exit(2)
    _print_summary(summary)
    raise typer.Exit(1 if summary.failures else 0)


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
                              "target_agencies": [], "status": "error", "error": result.error}, ensure_ascii=False))
            continue
        document = extraction.document
        if document.status != "ok":
            failed += 1
            err.print(f"{result.path}: {document.status}: {document.error}", highlight=False, markup=False)
        record = extraction.model_dump(mode="json", include={"document", "goals", "targets", "agencies", "tasks", "target_agencies"})
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
    from pipeline.load.read import query as run_query

    try:
        columns, rows = run_query(db, sql)
    except Exception as exc:
        err.print(f"query failed: {exc}", highlight=False, markup=False)
        raise typer.Exit(2)
    if format == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow(columns)
        writer.writerows(rows)
        sys.stdout.write(buffer.getvalue())
    elif format == "json":
        print(json.dumps([dict(zip(columns, row)) for row in rows], ensure_ascii=False, default=str, indent=1))
    elif format == "table":
        table = RichTable(*columns, show_lines=False)
        for row in rows:
            table.add_row(*("" if v is None else str(v) for v in row))
        # A pipe has no width: give long Vietnamese phrases room instead of folding them.
        (out if out.is_terminal else Console(width=200)).print(table)
    else:
        err.print(f"unknown --format {format!r}: use table, csv or json")
        raise typer.Exit(2)


@app.command()
def export(
    parquet: Path = typer.Option(..., "--parquet", help="Directory to write one Parquet file per table."),
    db: Path = DbOption,
    partitioned: bool = typer.Option(False, "--partitioned", help="Also write targets/goals/agencies partitioned by province and year (hive layout)."),
) -> None:
    """Export every table to Parquet."""
    from pipeline.load.read import export_parquet, export_parquet_partitioned

    if not db.is_file():
        err.print(f"vnplans export: no database at {db} (run `vnplans run` first, or pass --db)", highlight=False, markup=False)
        raise typer.Exit(2)
    written = export_parquet(db, parquet)
    if partitioned:
        written += export_parquet_partitioned(db, parquet / "partitioned")
    for path in written:
        out.print(str(path))


@app.command()
def evaluate(
    gold: Path = typer.Option(..., "--gold", help="Directory of gold JSON files (documents in ../docs beside it)."),
    metrics_out: Optional[Path] = typer.Option(None, "--out", help="Write the figures as JSON (DVC metrics)."),
    floors: Optional[Path] = typer.Option(None, "--floors", help="Fail when a figure is below its pinned floor."),
    include_parameters: bool = typer.Option(False, "--include-parameters", help="Also score project parameters (approved figures of investment decisions)."),
    include_generic: bool = typer.Option(False, "--include-generic", help="Also score collective agency references ('các sở, ban, ngành')."),
    include_thi_hanh: bool = typer.Option(False, "--include-thi-hanh", help="Also score the 'chịu trách nhiệm thi hành' lists."),
    strict: bool = typer.Option(False, "--strict", help="Drop past-year targets reported in news and the entries gold marks for a strict scorer."),
    params: Path = ParamsOption,
) -> None:
    """Precision, recall and F1 per field against a gold set."""
    from pipeline.evaluate.scoring import ScoringOptions, check_floors, evaluate_gold, format_report, write_metrics
    from pipeline.extract.stage import extract_path

    settings = _settings_or_exit(params)
    options = ScoringOptions(
        include_parameters=include_parameters, include_generic=include_generic,
        include_executors=include_thi_hanh, strict=strict,
    )
    try:
        report = evaluate_gold(gold, lambda path: extract_path(path, settings.parse), options)
    except FileNotFoundError as exc:
        err.print(f"vnplans evaluate: {exc}", highlight=False, markup=False)
        raise typer.Exit(2)
    print(format_report(report))
    if metrics_out:
        write_metrics(report, metrics_out)
    if floors:
        violations = check_floors(report, floors)
        for violation in violations:
            err.print(f"below floor: {violation}", highlight=False, markup=False)
        raise typer.Exit(1 if violations else 0)


@contextmanager
def _stage_lock(data_dir: Path):
    """A stage holds the data directory like a run does; a busy one exits 75."""
    from pipeline.fetch.store import AlreadyRunning, data_dir_lock

    try:
        with data_dir_lock(Path(data_dir)):
            yield
    except AlreadyRunning as exc:
        err.print(f"vnplans stage: {exc}", highlight=False, markup=False)
        raise typer.Exit(75)


@stage_app.command("fetch")
def stage_fetch(
    sources: Path = typer.Option(DEFAULT_MANIFEST, "--sources"),
    data_dir: Path = DataDirOption,
    params: Path = ParamsOption,
) -> None:
    """Fetch every source into the content-addressed raw store; exit 1 when a source failed."""
    from pipeline.fetch.stage import fetch_sources

    settings = _settings_or_exit(params)
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
