"""End to end on real PDFs: `vnplans extract` and `vnplans run` against raw pdfplumber, side by side.

    .venv/bin/python benchmarks/real_pdfs.py [--docs ../shared/corpus/docs] [--pages 100] [--workers 2] [--ocr]

The real e-signed text-layer PDFs of the corpus (PDFs with a signature field whose
every page has a text layer: decisions with a two-column letterhead, signature
stamps and ruled tables), copied byte-distinct (``%copy N`` after ``%%EOF``) until
there are ``--pages`` pages. In one run, each as a new process, on the same files:

- raw pdfplumber ``extract_text()`` over every page, one process (the reference);
- ``vnplans extract --workers 1`` and ``--workers N``, with ``text_engine`` auto and
  pdfplumber (what PDFium brings);
- ``vnplans run`` with N workers on a manifest of the copies (fetch from local
  files, parse, extract, load into DuckDB; fresh data directory).

Each: seconds, pages/s, ratio to the reference, cores got (CPU seconds of the
process and its descendants ÷ wall), the CPU other users of the machine took
meanwhile (the machine is shared: > 0 makes the figures pessimistic), peak RSS of
the largest worker. ``--ocr`` adds ``vnplans extract`` of the corpus scans (the
pages the parser OCRs): scanned pages/s with OCR workers 1 and N.
"""

from __future__ import annotations

import argparse
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil
import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pipeline_bench import DEFAULT_DOCS, MemorySampler, machine_busy, make_corpus, reference_pdfplumber  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
from pipeline.extract.stage import parse_path  # noqa: E402
from pipeline.parse.stage import ParseSettings  # noqa: E402

VNPLANS = [sys.executable, "-m", "pipeline.cli"]
_NEEDS_OCR = {"no_text", "broken_font", "non_vietnamese_ocr"}


def e_signed_text_pdfs(docs: Path) -> dict[Path, int]:
    """PDFs with a signature field and a text layer on every page → their page counts."""
    found = {}
    for path in sorted(docs.glob("*.pdf")):
        parsed = parse_path(path, ParseSettings(ocr="never"))
        if parsed.status == "ok" and "signature_count" in parsed.hints and all(s.verdict == "text" for s in parsed.pages):
            found[path] = len(parsed.pages)
    return found


def scan_pdfs(docs: Path) -> dict[Path, int]:
    """PDFs with pages the parser OCRs → how many."""
    found = {}
    for path in sorted(docs.glob("*.pdf")):
        ocr_pages = [s for s in parse_path(path, ParseSettings(ocr="never")).pages if s.verdict in _NEEDS_OCR]
        if ocr_pages:
            found[path] = len(ocr_pages)
    return found


def timed(command: list[str], cwd: Path) -> dict:
    """Run ``command`` as a new process: wall seconds, CPU of it and its descendants, others' CPU, peak worker RSS."""
    busy0 = machine_busy()
    with MemorySampler() as sampler:
        started = time.perf_counter()
        done = subprocess.run(command, cwd=cwd, capture_output=True, text=True)
        wall = time.perf_counter() - started
    own = sampler.own_cpu()
    if done.returncode not in (0, 1):
        raise RuntimeError(f"{' '.join(command[:6])}…: exit {done.returncode}: {done.stderr[-500:]}")
    peaks = [rss for pid, rss in sampler.peaks.items() if pid != sampler.me.pid]
    return {"wall": wall, "own_cpu": own, "others_cpu": max(0.0, machine_busy() - busy0 - own),
            "peak_mb": max(peaks, default=0) / 2**20, "stdout": done.stdout}


def params_file(directory: Path, name: str, parse: dict) -> Path:
    path = directory / f"params-{name}.yaml"
    path.write_text(yaml.safe_dump({"parse": parse}), encoding="utf-8")
    return path


def row(label: str, pages: int, result: dict, reference: tuple[float, float]) -> str:
    pps, cpu_pps = pages / result["wall"], pages / result["own_cpu"]
    return (f"| {label} | {result['wall']:.2f} | {pps:.1f} | {pps / reference[0]:.2f}× | {cpu_pps:.1f} | "
            f"{cpu_pps / reference[1]:.2f}× | {result['own_cpu'] / result['wall']:.2f} | "
            f"{result['others_cpu'] / result['wall']:.2f} | {result['peak_mb']:.0f} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=Path, default=DEFAULT_DOCS)
    parser.add_argument("--pages", type=int, default=100, help="copy the PDFs until there are this many pages")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--ocr", action="store_true", help="also OCR the corpus scans with vnplans extract")
    args = parser.parse_args()

    pdfs = e_signed_text_pdfs(args.docs)
    if not pdfs:
        sys.exit(f"no e-signed text-layer PDF in {args.docs}")
    per_copy = sum(pdfs.values())
    copies = -(-args.pages // per_copy)
    print(f"#### real PDFs end to end — {time.strftime('%Y-%m-%d %H:%M', time.gmtime())} UTC")
    print(f"machine: {platform.machine()}, {psutil.cpu_count()} CPUs, {psutil.virtual_memory().total / 2**30:.0f} GiB, "
          f"Python {platform.python_version()}; load average at start {os.getloadavg()[0]:.2f}")
    with tempfile.TemporaryDirectory(prefix="real_pdfs_") as tmp:
        work = Path(tmp)
        corpus = make_corpus(list(pdfs), copies, work / "docs", pdfs)
        files = sorted((work / "docs").glob("*.pdf"))
        pages = corpus.pdf_pages
        print(f"input: {len(pdfs)} e-signed text-layer PDFs ({', '.join(f'{p.name} {n} p.' for p, n in pdfs.items())}) "
              f"× {copies} byte-distinct copies = {len(files)} files, {pages} pages\n")
        ref_pps, ref_cpu_pps, _ = reference_pdfplumber(files, rounds=1)
        print(f"reference: raw pdfplumber extract_text(), one process: {ref_pps:.1f} pages/s ({ref_cpu_pps:.1f} per CPU-second)\n")
        print("| run | seconds | pages/s | vs raw pdfplumber | pages per CPU-s | vs raw per CPU-s | own cores | "
              "others' cores | peak RSS of a worker MB |")
        print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
        for engine in ("pdfplumber", "auto"):
            params = params_file(work, engine, {"ocr": "never", "text_engine": engine})
            for workers in sorted({1, args.workers}):
                result = timed([*VNPLANS, "extract", "--params", str(params), "--workers", str(workers), *map(str, files)], REPO)
                label = f"`vnplans extract`, text_engine {engine}, {workers} worker{'s' * (workers > 1)}"
                print(row(label, pages, result, (ref_pps, ref_cpu_pps)))
        params = params_file(work, "run", {"ocr": "never", "text_engine": "auto"})
        result = timed([*VNPLANS, "run", "--sources", str(corpus.manifest), "--params", str(params), "--workers",
                        str(args.workers), "--db", str(work / "run.duckdb"), "--data-dir", str(work / "data")], REPO)
        label = f"`vnplans run` (fetch, parse, extract, load), text_engine auto, {args.workers} workers"
        print(row(label, pages, result, (ref_pps, ref_cpu_pps)))
        if args.ocr:
            scans = scan_pdfs(args.docs)
            scanned = sum(scans.values())
            print(f"\nOCR: `vnplans extract` of {len(scans)} corpus scans, {scanned} pages OCRed, one Tesseract thread per page")
            print("| run | seconds | scanned pages/s | own cores | others' cores | peak RSS of a worker MB |")
            print("|---|---:|---:|---:|---:|---:|")
            for workers in sorted({1, args.workers}):
                params = params_file(work, f"ocr{workers}", {"ocr": "auto", "ocr_workers": workers})
                result = timed([*VNPLANS, "extract", "--params", str(params), "--workers", str(workers), *map(str, scans)], REPO)
                print(f"| {workers} worker(s), OCR workers {workers} | {result['wall']:.1f} | {scanned / result['wall']:.2f} | "
                      f"{result['own_cpu'] / result['wall']:.2f} | {result['others_cpu'] / result['wall']:.2f} | {result['peak_mb']:.0f} |")
    print("\npages per CPU-s: pages ÷ CPU seconds of the command and its descendants, start-up included (what other "
          "users of the machine do not distort).")
    print("own cores: CPU seconds of the command and its descendants ÷ wall seconds; others' cores: CPU seconds of every "
          "other process on the machine ÷ wall seconds. Peak RSS: the largest descendant process (pool worker, "
          "or the command itself with 1 worker; Tesseract included with --ocr).")


if __name__ == "__main__":
    main()
