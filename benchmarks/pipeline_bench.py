"""Throughput of the vnplans pipeline, stage by stage, on copies of the real corpus.

For every scale ``s`` (``--scales 1,4,16``) the documents of ``--docs`` (PDFs,
Markdown, HTML, text) are copied ``s × --repeat`` times into a temp dir, each
copy with distinct bytes (``%copy N`` after a PDF's ``%%EOF``, trailing
whitespace for text) so that every copy is a separate document. Then:

1. **parallel**: ``run_pipeline`` with the local process pool (``--workers``,
   default one per core) or Dask (``--executor dask``) on a fresh data dir;
   fetch, parse, extract and load are timed one by one (the stage functions
   are wrapped where ``pipeline.orchestrate`` calls them) and end to end.
2. **no-op re-run**: the same run again (nothing new: every stage should skip).
3. **single process** (``workers=1``, in-process) on a fresh data dir, unless
   ``--no-serial``: the base of the parse speed-up.

Reference: raw pdfplumber ``extract_text()`` single-process on the same PDFs
(the copies differ only by a trailing comment, so it is measured on one copy
of each). Pages are physical PDF pages; HTML/text documents count in docs/s only.
Peak memory: RSS of every worker process, sampled every 0.1 s with psutil
(the in-process run: this process), and ``ru_maxrss`` of reaped children.

    .venv/bin/python benchmarks/pipeline_bench.py --scales 1,4 --quick
    .venv/bin/python benchmarks/pipeline_bench.py --scales 1,4,16 --ocr never
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import json
import os
import platform
import resource
import shutil
import sys
import tempfile
import threading
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Optional

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import psutil  # noqa: E402  (dask[distributed] depends on it)
import yaml  # noqa: E402

DEFAULT_DOCS = REPO.parent / "shared" / "corpus" / "docs"
TEXT_SUFFIXES = (".md", ".html", ".htm", ".txt")
# --quick: a small but representative subset (born-digital, scan, OCR layer, broken font; news, plan, HTML)
QUICK_FILES = (
    "lc_qd2170_ctdt_kcn_banqua_2026.pdf",
    "lc_qd1696_uyquyen_sct_2026.pdf",
    "bct_cv813_hoachat_2026_scan.pdf",
    "lc_cv3036_kho_vlncn_2026_garbled.pdf",
    "seed_000.txt",
    "cp_qd2597_cds_xaydung_2025.md",
    "ct_kh157_khongtienmat_2025.md",
    "dno_dakrlap_tuinilon_news_2019.html",
)
STAGES = ("fetch", "parse", "extract", "load")


# --------------------------------------------------------------------------- corpus copies


@dataclass
class Corpus:
    manifest: Path
    documents: int
    pdfs: int
    pdf_pages: int
    text_docs: int
    bytes: int


def base_files(docs: Path, quick: bool, kinds: set[str]) -> list[Path]:
    files = sorted(p for p in docs.iterdir() if p.is_file() and (p.suffix.lower() == ".pdf" or p.suffix.lower() in TEXT_SUFFIXES))
    if quick:
        files = [p for p in files if p.name in QUICK_FILES]
    return [p for p in files if ("pdf" if p.suffix.lower() == ".pdf" else "text") in kinds]


def pdf_page_count(path: Path) -> int:
    import pypdfium2 as pdfium

    try:
        doc = pdfium.PdfDocument(str(path))
    except Exception:
        return 0
    try:
        return len(doc)
    finally:
        doc.close()


def make_corpus(files: list[Path], copies: int, out_dir: Path, pages: dict[Path, int]) -> Corpus:
    """``copies`` byte-distinct copies of every file and a manifest naming them."""
    out_dir.mkdir(parents=True, exist_ok=True)
    sources = []
    total_bytes = 0
    for path in files:
        data = path.read_bytes()
        is_pdf = path.suffix.lower() == ".pdf"
        for n in range(copies):
            if n == 0:
                copy = data
            elif is_pdf:
                copy = data + b"\n%copy " + str(n).encode() + b"\n"  # a comment after %%EOF: same PDF, other sha256
            else:
                copy = data + b"\n" + b" " * n + b"\n"  # trailing whitespace: same text, other sha256
            name = f"{path.stem}__c{n:04d}{path.suffix}"
            (out_dir / name).write_bytes(copy)
            total_bytes += len(copy)
            sources.append({"id": f"{path.stem}__c{n:04d}", "kind": "document", "path": name})
    manifest = out_dir / "sources.yaml"
    manifest.write_text(yaml.safe_dump({"sources": sources}, allow_unicode=True, sort_keys=False), encoding="utf-8")
    pdfs = [p for p in files if p.suffix.lower() == ".pdf"]
    return Corpus(
        manifest=manifest,
        documents=len(files) * copies,
        pdfs=len(pdfs) * copies,
        pdf_pages=sum(pages[p] for p in pdfs) * copies,
        text_docs=(len(files) - len(pdfs)) * copies,
        bytes=total_bytes,
    )


# --------------------------------------------------------------------------- measuring


class MemorySampler:
    """Peak RSS of this process and of every descendant (pool/Dask workers), by pid."""

    def __init__(self, interval: float = 0.1):
        self.interval = interval
        self.me = psutil.Process()
        self.peaks: dict[int, int] = {}
        self.names: dict[int, str] = {}
        self.cpu: dict[int, float] = {}  # last seen user+system CPU seconds, by pid (dead workers keep theirs)
        self.cpu_base = sum(self.me.cpu_times()[:2])
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> "MemorySampler":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        while not self._stop.is_set():
            self.sample()
            self._stop.wait(self.interval)
        self.sample()

    def sample(self) -> None:
        procs = [self.me]
        with contextlib.suppress(psutil.Error):
            procs += self.me.children(recursive=True)
        for proc in procs:
            try:
                rss = proc.memory_info().rss
                times = proc.cpu_times()
                self.cpu[proc.pid] = times.user + times.system
                if proc.pid not in self.names:
                    self.names[proc.pid] = " ".join(proc.cmdline()[-3:])[-60:]
            except psutil.Error:
                continue
            self.peaks[proc.pid] = max(self.peaks.get(proc.pid, 0), rss)

    def own_cpu(self) -> float:
        """CPU seconds used by this process (since the sampler started) and its descendants."""
        self.sample()
        return sum(self.cpu.values()) - self.cpu_base

    @property
    def main_peak(self) -> int:
        return self.peaks.get(self.me.pid, 0)

    @property
    def worker_peaks(self) -> list[int]:
        """Descendants that did work: Python workers, not the resource tracker or a Dask nanny."""
        return [
            rss for pid, rss in self.peaks.items()
            if pid != self.me.pid and "resource_tracker" not in self.names.get(pid, "") and rss > 60 * 2**20
        ]


@dataclass
class StageTiming:
    seconds: float = 0.0
    processed: int = 0
    skipped: int = 0
    failed: int = 0
    own_cpu: float = 0.0  # CPU seconds of this process and its workers during the stage
    others_cpu: float = 0.0  # CPU seconds of everything else on the machine (other users) during the stage


def machine_busy() -> float:
    """CPU seconds the whole machine has been busy (all cores)."""
    t = psutil.cpu_times()
    return sum(t) - t.idle - getattr(t, "iowait", 0.0)


@dataclass
class RunResult:
    label: str
    executor: str
    workers: int
    seconds: float
    stages: dict[str, StageTiming]
    main_peak_mb: float
    worker_peak_mb: float
    worker_count: int
    failures: int
    own_cpu: float = 0.0
    others_cpu: float = 0.0


@contextlib.contextmanager
def timed_stages(timings: dict[str, StageTiming], memory: "MemorySampler"):
    """Wrap the stage functions where pipeline.orchestrate calls them, timing each call.
    A run overlaps its stages: "parse" includes the workers' extraction of what they parse
    and the loading of each extraction as it is written; "extract" is what was left to the
    extract stage, "load" what the loader had left when the workers were done (its
    ``finish``; ``load_stage`` when a rebuild calls it)."""
    from pipeline import orchestrate

    originals = {name: getattr(orchestrate, attr) for name, attr in
                 (("fetch", "fetch_sources"), ("parse", "parse_stage"), ("extract", "extract_stage"), ("load", "load_stage"))}
    loader = orchestrate.DatabaseLoader

    def wrap(stage: str, fn):
        def run(*args, **kwargs):
            cpu0, busy0 = memory.own_cpu(), machine_busy()
            started = time.perf_counter()
            result = fn(*args, **kwargs)
            t = timings.setdefault(stage, StageTiming())
            t.seconds += time.perf_counter() - started
            own, busy = memory.own_cpu() - cpu0, machine_busy() - busy0
            t.own_cpu += own
            t.others_cpu += max(0.0, busy - own)
            if stage == "fetch":
                t.processed += len(getattr(result, "fetched", []) or [])
                t.skipped += len(getattr(result, "unchanged", []) or [])
                t.failed += len(getattr(result, "errors", []) or [])
            else:
                t.processed += result.processed
                t.skipped += result.skipped
                t.failed += len(result.failed)
            return result

        return run

    attrs = {"fetch": "fetch_sources", "parse": "parse_stage", "extract": "extract_stage", "load": "load_stage"}
    try:
        for stage, fn in originals.items():
            setattr(orchestrate, attrs[stage], wrap(stage, fn))
        orchestrate.DatabaseLoader = type("TimedLoader", (loader,), {"finish": wrap("load", loader.finish)})
        yield
    finally:
        for stage, fn in originals.items():
            setattr(orchestrate, attrs[stage], fn)
        orchestrate.DatabaseLoader = loader


def run_once(label: str, corpus: Corpus, work: Path, executor, parse_settings, fresh: bool) -> RunResult:
    from pipeline.orchestrate import PipelineSettings, run_pipeline

    data_dir, db = work / "data", work / "vnplans.duckdb"
    if fresh:
        shutil.rmtree(data_dir, ignore_errors=True)
        db.unlink(missing_ok=True)
    settings = PipelineSettings(parse=parse_settings, executor=executor)
    timings: dict[str, StageTiming] = {}
    gc.collect()
    with MemorySampler() as memory, timed_stages(timings, memory):
        cpu0, busy0 = memory.own_cpu(), machine_busy()
        started = time.perf_counter()
        summary = run_pipeline(corpus.manifest, db, data_dir, settings, command="bench")
        seconds = time.perf_counter() - started
        own = memory.own_cpu() - cpu0
        others = max(0.0, machine_busy() - busy0 - own)
    workers = memory.worker_peaks
    return RunResult(
        label=label,
        executor=executor.kind,
        workers=executor.process_count if executor.kind == "local" else executor.process_count,
        seconds=seconds,
        stages=timings,
        main_peak_mb=memory.main_peak / 2**20,
        worker_peak_mb=(max(workers) if workers else memory.main_peak) / 2**20,
        worker_count=len(workers),
        failures=len(summary.failures),
        own_cpu=own,
        others_cpu=others,
    )


def cli_noop(command: str, corpus: Corpus, work: Path, executor, parse_settings) -> tuple[float, str]:
    """Wall seconds of ``vnplans <command>`` as a fresh process (interpreter start and imports included,
    as cron would run it) on a data dir that is already up to date; and a note when it failed."""
    import subprocess

    params = work / "params.yaml"
    run = {"kind": executor.kind, "workers": executor.workers}
    if executor.scheduler:
        run["scheduler"] = executor.scheduler
    params.write_text(yaml.safe_dump({"parse": asdict(parse_settings), "run": run}), encoding="utf-8")
    started = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-m", "pipeline.cli", command, "--sources", str(corpus.manifest), "--data-dir", str(work / "data"),
         "--db", str(work / "vnplans.duckdb"), "--params", str(params)],
        cwd=REPO, capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    seconds = time.perf_counter() - started
    note = "" if proc.returncode in (0, 1) else f"exit {proc.returncode}: {(proc.stderr or proc.stdout).strip().splitlines()[-1:]}"
    wall_start = time.time() - seconds
    redone = sum(1 for sub in ("parsed", "extracted") for f in (work / "data" / sub).glob("*.json") if f.stat().st_mtime >= wall_start)
    if redone:
        note += f" (NOT a no-op: {redone} parsed/extracted files rewritten)"
    return seconds, note


def reference_pdfplumber(pdfs: list[Path], rounds: int) -> tuple[float, float, int]:
    """Best-of-``rounds`` single-process pages/s of raw ``page.extract_text()``: per wall second,
    per CPU second (insensitive to other users of the machine), and the page count."""
    import pdfplumber

    best_wall, best_cpu, pages = float("inf"), float("inf"), 0
    for _ in range(rounds):
        gc.collect()
        pages = 0
        wall0, cpu0 = time.perf_counter(), time.process_time()
        for path in pdfs:
            with pdfplumber.open(path) as pdf:
                for page in pdf.pages:
                    page.extract_text()
                    page.close()
                    pages += 1
        best_wall = min(best_wall, time.perf_counter() - wall0)
        best_cpu = min(best_cpu, time.process_time() - cpu0)
    return (pages / best_wall if best_wall else 0.0), (pages / best_cpu if best_cpu else 0.0), pages


# --------------------------------------------------------------------------- report


def _cores(cpu: float, seconds: float) -> str:
    return f"{cpu / seconds:.2f}" if seconds >= 0.2 else "–"  # too short to sample


def rate(n: int, seconds: float) -> float:
    return n / seconds if seconds > 0 else float("nan")


def stage_rows(result: RunResult, corpus: Corpus, ref_pps: float) -> list[str]:
    rows = []
    for stage in STAGES:
        t = result.stages.get(stage, StageTiming())
        pps = rate(corpus.pdf_pages, t.seconds)
        per_core = pps / result.workers if result.executor == "local" else pps / max(result.workers, 1)
        rows.append(
            f"| {corpus.documents} | {result.label} | {stage} | {t.seconds:.2f} | {t.processed}/{t.skipped}/{t.failed} "
            f"| {rate(corpus.documents, t.seconds):.1f} | {pps:.1f} | {pps / ref_pps:.2f}× | {per_core / ref_pps:.2f}× "
            f"| {_cores(t.own_cpu, t.seconds)} | {_cores(t.others_cpu, t.seconds)} |"
        )
    total = result.seconds
    pps = rate(corpus.pdf_pages, total)
    rows.append(
        f"| {corpus.documents} | {result.label} | **end to end** | {total:.2f} | failures {result.failures} "
        f"| {rate(corpus.documents, total):.1f} | {pps:.1f} | {pps / ref_pps:.2f}× | {pps / result.workers / ref_pps:.2f}× "
        f"| {_cores(result.own_cpu, total)} | {_cores(result.others_cpu, total)} |"
    )
    return rows


def main(argv: Optional[list[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=Path, default=DEFAULT_DOCS, help="corpus directory (PDF, .md, .html, .txt)")
    ap.add_argument("--scales", default="1,4,16", help="copies of the corpus per run, comma-separated (growth 1× → 4× → 16×)")
    ap.add_argument("--max-scale", type=int, default=None, help="skip scales above this")
    ap.add_argument("--repeat", type=int, default=1, help="multiply every scale by this (to reach thousands of pages)")
    ap.add_argument("--kinds", default="pdf,text", help="pdf, text or both")
    ap.add_argument("--quick", action="store_true", help=f"only {len(QUICK_FILES)} representative files, 1 reference round")
    ap.add_argument("--executor", default="local", choices=("local", "dask"))
    ap.add_argument("--scheduler", default=None, help="Dask scheduler address (with --executor dask)")
    ap.add_argument("--workers", type=int, default=0, help="worker processes for the parallel run; 0 = one per core")
    ap.add_argument("--ocr", default="never", choices=("never", "auto"), help="OCR of scans (auto: Tesseract, minutes per scale)")
    ap.add_argument("--text-engine", default=None, choices=("auto", "pdfplumber"),
                    help="parse setting text_engine (default: the parser's own default)")
    ap.add_argument("--no-serial", action="store_true", help="skip the single-process run")
    ap.add_argument("--ref-rounds", type=int, default=3)
    ap.add_argument("--keep", type=Path, default=None, help="keep the work dirs here instead of a temp dir")
    ap.add_argument("--json", type=Path, default=None, help="also write the figures as JSON")
    args = ap.parse_args(argv)

    from pipeline.executors import ExecutorSettings, shutdown_local_clusters
    from pipeline.parse.stage import ParseSettings

    kinds = {k.strip() for k in args.kinds.split(",") if k.strip()}
    scales = [int(s) for s in args.scales.split(",") if s.strip()]
    if args.max_scale:
        scales = [s for s in scales if s <= args.max_scale]
    files = base_files(args.docs, args.quick, kinds)
    if not files:
        print(f"no documents under {args.docs}", file=sys.stderr)
        return 2
    pages = {p: pdf_page_count(p) for p in files if p.suffix.lower() == ".pdf"}
    engine = {"text_engine": args.text_engine} if args.text_engine else {}
    parse_settings = ParseSettings(ocr=args.ocr, **engine)
    parallel = ExecutorSettings(kind=args.executor, workers=args.workers, scheduler=args.scheduler)
    serial = ExecutorSettings(kind="local", workers=1)

    print(f"# vnplans pipeline benchmark — {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}")
    print(f"command: {' '.join([Path(sys.executable).name, *sys.argv])}")
    mem = psutil.virtual_memory().total / 2**30
    load = os.getloadavg()
    print(f"machine: {platform.node()}, {platform.machine()}, {_cpus()} CPUs, {mem:.0f} GiB RAM, Linux {platform.release()}, "
          f"Python {platform.python_version()}; load average at start {load[0]:.2f}")
    print(f"corpus: {len(files)} files of {args.docs} ({len(pages)} PDFs, {sum(pages.values())} PDF pages, "
          f"{len(files) - len(pages)} HTML/text); OCR {args.ocr}; text engine {parse_settings.text_engine}; parallel executor: {parallel.kind} "
          f"{parallel.scheduler or ''} workers={parallel.process_count}")

    ref_pps, ref_cpu_pps, ref_pages = reference_pdfplumber(list(pages), 1 if args.quick else args.ref_rounds)
    print(f"reference: raw pdfplumber extract_text(), single process: {ref_pps:.1f} pages/s, {ref_cpu_pps:.1f} pages per "
          f"CPU second ({ref_pages} pages, best of {1 if args.quick else args.ref_rounds})")
    print()

    root = args.keep or Path(tempfile.mkdtemp(prefix="vnplans-bench-"))
    results: list[dict[str, Any]] = []
    table = [
        "| docs | run | stage | seconds | processed/skipped/failed | docs/s | PDF pages/s | vs raw pdfplumber | per worker vs raw "
        "| own cores | others' cores |",
        "|---:|---|---|---:|---|---:|---:|---:|---:|---:|---:|",
    ]
    summary = [
        "| scale | docs | PDF pages | parse pages/s 1 proc | parse pages/s N | parse speed-up | parse per worker vs raw "
        "| parse pages per CPU-s vs raw | cores got by parallel parse | parallel parse CPU ÷ 1-process parse CPU | extract pages/s N | extract ÷ parse "
        "| extract ÷ parse on CPU "
        "| end to end s | no-op re-run s | peak RSS per pool worker MB | peak RSS 1 process MB |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    growth: list[tuple] = []
    try:
        for scale in scales:
            copies = scale * args.repeat
            work = root / f"x{scale}"
            corpus = make_corpus(files, copies, work / "corpus", pages)
            print(f"## scale {scale}× ({copies} copies): {corpus.documents} documents, {corpus.pdf_pages} PDF pages, "
                  f"{corpus.bytes / 2**20:.1f} MiB", flush=True)
            par = run_once(f"{parallel.kind} ×{parallel.process_count}", corpus, work / "par", parallel, parse_settings, fresh=True)
            noop = run_once("no-op re-run", corpus, work / "par", parallel, parse_settings, fresh=False)
            cli = {cmd: cli_noop(cmd, corpus, work / "par", parallel, parse_settings) for cmd in ("run", "ingest")}
            for cmd, (seconds, note) in cli.items():
                print(f"   no-op `vnplans {cmd}` as a new process: {seconds:.2f} s {note}", flush=True)
            ser = None if args.no_serial else run_once("1 process", corpus, work / "ser", serial, parse_settings, fresh=True)
            for result in (par, noop, ser):
                if result is None:
                    continue
                table.extend(stage_rows(result, corpus, ref_pps))
                for line in stage_rows(result, corpus, ref_pps):
                    print(line)
                print(f"   {result.label}: peak RSS per worker {result.worker_peak_mb:.0f} MB over {result.worker_count} workers, "
                      f"main process {result.main_peak_mb:.0f} MB", flush=True)
                results.append({"scale": scale, "corpus": {k: str(v) if isinstance(v, Path) else v for k, v in asdict(corpus).items()},
                                **{k: v for k, v in asdict(result).items()}})
            p_par = rate(corpus.pdf_pages, par.stages["parse"].seconds)
            p_ser = rate(corpus.pdf_pages, ser.stages["parse"].seconds) if ser else float("nan")
            e_par = rate(corpus.pdf_pages, par.stages["extract"].seconds)
            # per-core efficiency on CPU time: raw CPU s per page ÷ parse CPU s per page (best of the two runs)
            parse_cpu = min(r.stages["parse"].own_cpu for r in (par, ser) if r is not None)
            cpu_ratio = (corpus.pdf_pages / parse_cpu) / ref_cpu_pps if parse_cpu else float("nan")
            overhead = f"{par.stages['parse'].own_cpu / ser.stages['parse'].own_cpu:.2f}" if ser and ser.stages["parse"].own_cpu else "–"
            extract_cpu = min(r.stages["extract"].own_cpu for r in (par, ser) if r is not None)
            extract_cpu_ratio = parse_cpu / extract_cpu if extract_cpu else float("nan")
            summary.append(
                f"| {scale}× | {corpus.documents} | {corpus.pdf_pages} | {p_ser:.1f} | {p_par:.1f} | {p_par / p_ser:.2f}× "
                f"| {p_par / par.workers / ref_pps:.2f}× | {cpu_ratio:.2f}× | {par.stages['parse'].own_cpu / par.stages['parse'].seconds:.2f} "
                f"| {overhead} | {e_par:.1f} | {e_par / p_par:.1f}× | {extract_cpu_ratio:.1f}× | {par.seconds:.1f} "
                f"| {noop.seconds:.2f} | {par.worker_peak_mb if par.worker_count else float('nan'):.0f} "
                f"| {ser.main_peak_mb if ser else float('nan'):.0f} |"
            )
            growth.append((scale, corpus.documents, par.seconds, f"{noop.seconds:.2f} / {cli['run'][0]:.2f} / {cli['ingest'][0]:.2f}", par.stages["parse"].seconds,
                           par.stages["extract"].seconds, par.stages["load"].seconds))
            print()
    finally:
        shutdown_local_clusters()
        if args.keep is None:
            shutil.rmtree(root, ignore_errors=True)

    if growth:
        base = growth[0]
        print("## growth (seconds ÷ the smallest scale's seconds × scale ratio: 1.00 = linear, < 1 = better than linear)")
        print("| scale | docs | end to end s | e2e growth | parse | extract | load | no-op re-run s: in-process / `vnplans run` / `vnplans ingest` |")
        print("|---:|---:|---:|---:|---:|---:|---:|---:|")
        for scale, docs, e2e, noop_s, parse_s, extract_s, load_s in growth:
            k = docs / base[1]
            print(f"| {scale}× | {docs} | {e2e:.1f} | {e2e / (base[2] * k):.2f} | {parse_s / (base[4] * k):.2f} "
                  f"| {extract_s / (base[5] * k):.2f} | {load_s / (base[6] * k):.2f} | {noop_s} |")
        print()
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print("## stages")
    print("\n".join(table))
    print()
    print("own cores: CPU seconds of this process and its workers ÷ wall seconds; others' cores: CPU seconds of every "
          "other process on the machine ÷ wall seconds (a shared machine: > 0 means the figures are pessimistic). "
          "failed: documents a stage reported, e.g. scans left needs_ocr when OCR is off.")
    print()
    print("## summary")
    print("\n".join(summary))
    print()
    print(f"ru_maxrss of the largest reaped child process: {children:.0f} MB; of this process: "
          f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB; reference {ref_pps:.1f} raw pdfplumber pages/s")
    print("parse per worker vs raw: PDF pages/s of the parallel parse ÷ workers ÷ raw pdfplumber pages/s (wall clock); "
          "parse pages per CPU-s vs raw: the same on CPU seconds (what another user of the machine does not distort); "
          "cores got: CPU seconds ÷ wall seconds of the parallel parse; parallel ÷ 1-process CPU: the parallel run's own "
          "overhead (1.00 = none); extract ÷ parse on CPU: parse CPU seconds ÷ extract CPU seconds (the pages/s ratio a "
          "machine without other users would show). The no-op re-run parses again only documents whose parse failed "
          "outright (status error); needs_ocr ones wait until OCR becomes available.")
    print("goals: parse speed-up ≥ 1.7×, parse per worker ≥ 0.9× raw, extract ≥ 5× parse, no-op re-run ≤ 2 s, peak RSS/worker ≤ 500 MB")
    if args.json:
        args.json.write_text(json.dumps({"reference_pages_per_s": ref_pps, "reference_pages_per_cpu_s": ref_cpu_pps, "runs": results}, indent=1, default=str))
    return 0


def _cpus() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


if __name__ == "__main__":
    sys.exit(main())
