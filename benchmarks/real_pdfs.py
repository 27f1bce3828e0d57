"""End to end on real PDFs: `vnplans extract` and `vnplans run` against raw pdfplumber, side by side.

    python scripts/get_external_docs.py benchmarks/real_pdfs.yaml --out data/external   # once
    .venv/bin/python benchmarks/real_pdfs.py [--docs ../shared/corpus/docs] [--external data/external]
        [--manifest benchmarks/real_pdfs.yaml] [--pages 100] [--workers 2] [--ocr] [--per-file]
        [--typeset [/tmp/born_digital/docs]]

Primary input: real born-digital PDFs as provinces publish them (letterheads, signature
stamps, ruled tables, gazette pages) —

- the born-digital PDFs of the corpus (``--docs``: no page-covering image, a text layer);
- the external set named in ``benchmarks/real_pdfs.yaml`` (PDFs of provincial and state
  bodies from public repositories, provenance in the manifest), copied into
  ``--external`` by ``scripts/get_external_docs.py``; entries not there (or whose
  checksum differs) are listed and left out.

Copied byte-distinct (``%copy N`` after ``%%EOF``) until there are ``--pages`` pages. In
one run, each as a new process, on the same files:

- raw pdfplumber ``extract_text()`` over every page, one process (the reference);
- ``vnplans extract --workers 1`` and ``--workers N``, with ``text_engine`` pdfplumber and
  auto (what PDFium brings);
- ``vnplans run`` with N workers on a manifest of the copies (fetch from local files,
  parse, extract, load into DuckDB; fresh data directory).

Each: seconds, pages/s, ratio to the reference, cores got (CPU seconds of the process and
its descendants ÷ wall), the CPU other users of the machine took meanwhile (the machine is
shared: > 0 makes the figures pessimistic), peak RSS of the largest worker.

Then, in this process (OCR off, ``text_engine`` auto), which engine read each page of the
input: PDFium or pdfplumber, and for every page left to pdfplumber the rule of
``pipeline.parse.pdf.pdfium.read_clean_page`` that refused it, with the CPU pdfplumber spends
on those pages — the leads for making the run faster (``--per-file``: the same per PDF).

``--typeset``: the same runs on the typeset renditions of the corpus' plan texts
(``benchmarks/born_digital.py`` writes them to /tmp/born_digital/docs), the secondary line:
one text column, no tables or stamps — the ceiling of the PDFium path, not a typical
provincial PDF. ``--ocr`` adds ``vnplans extract`` of the corpus scans (the pages the
parser OCRs): scanned pages/s with OCR workers 1 and N.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import platform
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import pdfplumber
import psutil
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pipeline_bench import DEFAULT_DOCS, MemorySampler, machine_busy, make_corpus, reference_pdfplumber  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
from pipeline.extract.stage import parse_path  # noqa: E402
from pipeline.parse.pdf.pdfium import read_clean_page  # noqa: E402
from pipeline.parse.pdf.plumber import extract_page  # noqa: E402
from pipeline.parse.stage import ParseSettings, _collector_paused  # noqa: E402

VNPLANS = [sys.executable, "-m", "pipeline.cli"]
DEFAULT_MANIFEST = REPO / "benchmarks" / "real_pdfs.yaml"
DEFAULT_EXTERNAL = REPO / "data" / "external"
DEFAULT_TYPESET = Path("/tmp/born_digital/docs")
_NEEDS_OCR = {"no_text", "broken_font", "non_vietnamese_ocr"}
# An image over this share of a page makes it a scan (the same bound the corpus notes use).
PAGE_COVERING_IMAGE = 0.6


# --------------------------------------------------------------------------- input


def born_digital_pages(path: Path) -> int:
    """The page count of a born-digital PDF (text, and no page-covering image on any page); 0 otherwise."""
    pdf = pdfium.PdfDocument(str(path))
    try:
        chars = 0
        for index in range(len(pdf)):
            page = pdf[index]
            width, height = page.get_size()
            for image in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=3):
                left, bottom, right, top = image.get_bounds()
                if (right - left) * (top - bottom) >= PAGE_COVERING_IMAGE * width * height:
                    return 0
            textpage = page.get_textpage()
            chars += len(textpage.get_text_range().strip())
            textpage.close()
            page.close()
        return len(pdf) if chars >= 100 * len(pdf) else 0
    finally:
        pdf.close()


@dataclass
class Input:
    pages: dict[Path, int]  # file → page count
    source: dict[Path, str]  # file → "corpus" or "external"
    e_signed: set[Path]
    missing: list[str]  # manifest files absent from --external (or with another checksum)
    listed: int  # entries of the manifest


def real_pdfs(docs: Path, external: Path, manifest: Path) -> Input:
    """The born-digital PDFs of the corpus and the external set present in ``external``."""
    found = Input({}, {}, set(), [], 0)
    for path in sorted(docs.glob("*.pdf")):
        pages = born_digital_pages(path)
        if pages:
            found.pages[path], found.source[path] = pages, "corpus"
            if b"/ByteRange" in path.read_bytes():
                found.e_signed.add(path)
    entries = yaml.safe_load(manifest.read_text(encoding="utf-8"))["documents"] if manifest.is_file() else []
    found.listed = len(entries)
    for entry in entries:
        path = external / entry["file"]
        if not path.is_file() or hashlib.sha256(path.read_bytes()).hexdigest() != entry["sha256"]:
            found.missing.append(entry["file"])
            continue
        found.pages[path], found.source[path] = len(pdfium.PdfDocument(str(path))), "external"
        if entry.get("e_signed"):
            found.e_signed.add(path)
    stems = Counter(path.stem for path in found.pages)
    if any(n > 1 for n in stems.values()):
        sys.exit(f"two input PDFs share a file name (the copies are named by it): {[s for s, n in stems.items() if n > 1]}")
    return found


def typeset_pdfs(docs: Path) -> dict[Path, int]:
    return {path: len(pdfium.PdfDocument(str(path))) for path in sorted(docs.glob("*.pdf"))}


def scan_pdfs(docs: Path) -> dict[Path, int]:
    """PDFs with pages the parser OCRs → how many."""
    found = {}
    for path in sorted(docs.glob("*.pdf")):
        ocr_pages = [s for s in parse_path(path, ParseSettings(ocr="never")).pages if s.verdict in _NEEDS_OCR]
        if ocr_pages:
            found[path] = len(ocr_pages)
    return found


# --------------------------------------------------------------------------- timed runs


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


def run_table(pdfs: dict[Path, int], copies: int, work: Path, workers: int) -> None:
    """Raw pdfplumber, then `vnplans extract` (both engines, 1 and N workers) and `vnplans run`, on the copies."""
    corpus = make_corpus(list(pdfs), copies, work / "docs", pdfs)
    files = sorted((work / "docs").glob("*.pdf"))
    pages = corpus.pdf_pages
    print(f"{len(pdfs)} PDFs × {copies} byte-distinct cop{'ies' if copies > 1 else 'y'} = {len(files)} files, {pages} pages\n")
    ref_pps, ref_cpu_pps, _ = reference_pdfplumber(files, rounds=1)
    print(f"reference: raw pdfplumber extract_text(), one process: {ref_pps:.1f} pages/s ({ref_cpu_pps:.1f} per CPU-second)\n")
    print("| run | seconds | pages/s | vs raw pdfplumber | pages per CPU-s | vs raw per CPU-s | own cores | "
          "others' cores | peak RSS of a worker MB |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for engine in ("pdfplumber", "auto"):
        params = params_file(work, engine, {"ocr": "never", "text_engine": engine})
        for n in sorted({1, workers}):
            result = timed([*VNPLANS, "extract", "--params", str(params), "--workers", str(n), *map(str, files)], REPO)
            print(row(f"`vnplans extract`, text_engine {engine}, {n} worker{'s' * (n > 1)}", pages, result,
                      (ref_pps, ref_cpu_pps)), flush=True)
    params = params_file(work, "run", {"ocr": "never", "text_engine": "auto"})
    result = timed([*VNPLANS, "run", "--sources", str(corpus.manifest), "--params", str(params), "--workers",
                    str(workers), "--db", str(work / "run.duckdb"), "--data-dir", str(work / "data")], REPO)
    print(row(f"`vnplans run` (fetch, parse, extract, load), text_engine auto, {workers} workers", pages, result,
              (ref_pps, ref_cpu_pps)), flush=True)


# --------------------------------------------------------------------------- which engine read each page


@dataclass
class Engines:
    pdfium_pages: int = 0
    pdfium_cpu: float = 0.0  # read_clean_page on the pages it read
    refused: Counter = field(default_factory=Counter)  # rule → pages left to pdfplumber
    refused_pdfs: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    refused_cpu: Counter = field(default_factory=Counter)  # rule → pdfplumber CPU (extract_page) + the refused test
    needs_ocr: Counter = field(default_factory=Counter)  # verdict → pages the parser would OCR
    per_file: list[str] = field(default_factory=list)


def engine_breakdown(pdfs: dict[Path, int], source: dict[Path, str]) -> dict[str, Engines]:
    """Per input group: pages PDFium reads, the rules sending the others to pdfplumber and their CPU."""
    groups: dict[str, Engines] = defaultdict(Engines)
    for path in pdfs:
        group = groups[source.get(path, "typeset")]
        parsed = parse_path(path, ParseSettings(ocr="never", text_engine="auto"))
        engines = {span.page: span.engine for span in parsed.pages}
        group.needs_ocr.update(str(span.verdict) for span in parsed.pages if span.verdict in _NEEDS_OCR)
        rules: Counter = Counter()
        document = pdfium.PdfDocument(str(path))
        with pdfplumber.open(path) as plumber:
            for index, page in enumerate(plumber.pages):
                started = time.process_time()
                try:
                    rule = read_clean_page(document, index, lambda: page).refused_by
                except Exception as error:  # the stage sends such a page to pdfplumber too
                    rule = f"PDFium failed ({type(error).__name__})"
                test_cpu = time.process_time() - started
                if engines.get(index + 1) == "pdfium":
                    group.pdfium_pages += 1
                    group.pdfium_cpu += test_cpu
                    page.close()
                    continue
                rule = rule or "read by PDFium here, not in the parse (timeout?)"
                started = time.process_time()
                with _collector_paused():
                    extract_page(page)
                group.refused_cpu[rule] += time.process_time() - started + test_cpu
                page.close()
                group.refused[rule] += 1
                group.refused_pdfs[rule].add(path.name)
                rules[rule] += 1
        document.close()
        pdfium_here = sum(1 for engine in engines.values() if engine == "pdfium")
        group.per_file.append(f"| {path.name} | {len(engines)} | {pdfium_here} | "
                              f"{', '.join(f'{rule} {n}' for rule, n in rules.most_common()) or '—'} |")
    return groups


def print_engines(groups: dict[str, Engines], per_file: bool) -> None:
    print("\nWhich engine read the pages (in this process, OCR off, text_engine auto); PDFium CPU = "
          "`read_clean_page` on its pages, pdfplumber CPU = the refused test + `extract_page` on the others:\n")
    print("| input | pages | read by PDFium | PDFium CPU ms/page | left to pdfplumber | pdfplumber CPU ms/page "
          "| share of the input's page CPU on pdfplumber | pages the parser would OCR (verdict) |")
    print("|---|---:|---:|---:|---:|---:|---:|---|")
    for name, group in groups.items():
        left = sum(group.refused.values())
        plumber_cpu = sum(group.refused_cpu.values())
        total_cpu = plumber_cpu + group.pdfium_cpu
        ocr = ", ".join(f"{verdict} {n}" for verdict, n in group.needs_ocr.most_common()) or "—"
        print(f"| {name} | {group.pdfium_pages + left} | {group.pdfium_pages} | "
              f"{1000 * group.pdfium_cpu / max(group.pdfium_pages, 1):.1f} | {left} | "
              f"{1000 * plumber_cpu / max(left, 1):.1f} | {plumber_cpu / total_cpu if total_cpu else 0:.0%} | {ocr} |")
    print("\nWhy pages were left to pdfplumber (the rule of `read_clean_page` that refused them):\n")
    print("| input | rule | pages | PDFs | pdfplumber CPU ms/page | share of the input's pdfplumber CPU |")
    print("|---|---|---:|---:|---:|---:|")
    for name, group in groups.items():
        plumber_cpu = sum(group.refused_cpu.values()) or 1.0
        for rule, pages in group.refused.most_common():
            print(f"| {name} | {rule} | {pages} | {len(group.refused_pdfs[rule])} | "
                  f"{1000 * group.refused_cpu[rule] / pages:.1f} | {group.refused_cpu[rule] / plumber_cpu:.0%} |")
    if per_file:
        for name, group in groups.items():
            print(f"\n{name}, per PDF:\n\n| PDF | pages | read by PDFium | left to pdfplumber (rule: pages) |\n|---|---:|---:|---|")
            print("\n".join(group.per_file))


# --------------------------------------------------------------------------- main


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=Path, default=DEFAULT_DOCS, help="the corpus PDFs (default: %(default)s)")
    parser.add_argument("--external", type=Path, default=DEFAULT_EXTERNAL,
                        help="where get_external_docs.py put the external PDFs (default: %(default)s)")
    parser.add_argument("--manifest", type=Path, default=DEFAULT_MANIFEST, help="the external PDFs (default: %(default)s)")
    parser.add_argument("--pages", type=int, default=100, help="copy the PDFs until there are this many pages")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--ocr", action="store_true", help="also OCR the corpus scans with vnplans extract")
    parser.add_argument("--per-file", action="store_true", help="the engine of every PDF's pages")
    parser.add_argument("--typeset", nargs="?", type=Path, const=DEFAULT_TYPESET, default=None,
                        help="secondary line: the typeset renditions (benchmarks/born_digital.py; default %(const)s)")
    args = parser.parse_args()

    found = real_pdfs(args.docs, args.external, args.manifest)
    if not found.pages:
        sys.exit(f"no born-digital PDF in {args.docs} or {args.external}")
    print(f"#### real PDFs end to end — {time.strftime('%Y-%m-%d %H:%M', time.gmtime())} UTC")
    print(f"machine: {platform.machine()}, {psutil.cpu_count()} CPUs, {psutil.virtual_memory().total / 2**30:.0f} GiB, "
          f"Python {platform.python_version()}; load average at start {os.getloadavg()[0]:.2f} (a shared machine: "
          f"see \"others' cores\")")
    for name, folder in (("corpus", args.docs), ("external", args.external)):
        pdfs = [p for p in found.pages if found.source[p] == name]
        print(f"input, {name} ({folder}): {len(pdfs)} born-digital PDFs, {sum(found.pages[p] for p in pdfs)} pages, "
              f"{len(found.e_signed & set(pdfs))} e-signed")
    if found.missing:
        print(f"missing: {len(found.missing)} of the {found.listed} PDFs of {args.manifest.name} are not in "
              f"{args.external} (python scripts/get_external_docs.py {args.manifest} --out {args.external}): "
              f"{', '.join(found.missing[:5])}{' …' if len(found.missing) > 5 else ''}")
    per_copy = sum(found.pages.values())
    with tempfile.TemporaryDirectory(prefix="real_pdfs_") as tmp:
        work = Path(tmp)
        print("\n##### primary: real PDFs\n")
        run_table(found.pages, -(-args.pages // per_copy), work / "real", args.workers)
        print_engines(engine_breakdown(found.pages, found.source), args.per_file)
        if args.typeset:
            typeset = typeset_pdfs(args.typeset)
            if not typeset:
                print(f"\nno typeset renditions in {args.typeset} (run benchmarks/born_digital.py first)")
            else:
                print(f"\n##### secondary: typeset renditions of the corpus' plan texts ({args.typeset})\n")
                run_table(typeset, -(-args.pages // sum(typeset.values())), work / "typeset", args.workers)
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
