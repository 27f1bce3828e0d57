"""Extract-stage cost per corpus document, against its parse cost.

    .venv/bin/python benchmarks/extract_profile.py [--docs ../shared/corpus/docs] [--repeat 3]
        [--only PATTERN] [--out DIR] [--profile [N]]

Parses every document once (PDFs with ``ocr="never"``: scans come back as
needs_ocr, text layers are read), then times ``extract_document`` on the parsed
document: CPU seconds (``time.process_time``, best of ``--repeat``, since the
machine is shared), beside the parse CPU (best of ``--repeat`` too). Prints a
table (document, characters, parse CPU, extract CPU, and parse CPU ÷ extract CPU:
how many times faster extract is than parse, the figure of the goal "extract
≥ 5× parse pages/s") and the totals per kind (Markdown/HTML/text vs PDF).

``--out DIR`` writes every extraction as JSON (``DIR/<file name>.json``, the
error records' timestamps left out) so that two versions of the extractors can
be compared byte for byte (``diff -r``). ``--profile`` runs cProfile over one
extraction of every selected document and prints the top functions by
cumulative and by own time.

``--stage`` also times the extract stage's own work around ``extract_document``
(``pipeline.stages._extract_one``: read the parsed file the parse stage wrote,
validate it, extract, serialise, write): each document's parsed file is written
with ``stages._write_parsed`` into a temporary directory, then ``_extract_one``
runs on it (best of ``--repeat``); the overhead is its CPU minus the extract CPU.
``--stage-out DIR`` keeps the extraction files it writes (to compare them byte
for byte too)."""

from __future__ import annotations

import argparse
import cProfile
import fnmatch
import json
import pstats
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pipeline import stages
from pipeline.extract.stage import extract_document, parse_path
from pipeline.parse.stage import ParseSettings

SETTINGS = ParseSettings(ocr="never")


def best_cpu(work, repeat: int):
    """(best CPU seconds over ``repeat`` runs, the last result)."""
    best, result = float("inf"), None
    for _ in range(repeat):
        start = time.process_time()
        result = work()
        best = min(best, time.process_time() - start)
    return best, result


def dump(extraction) -> str:
    record = extraction.model_dump(mode="json")
    for error in record["errors"]:
        error.pop("at", None)  # when the run happened, not what it found
    return json.dumps(record, ensure_ascii=False, indent=1, sort_keys=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "corpus" / "docs")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--only", default="*", help="file name pattern (fnmatch), e.g. '*.html'")
    parser.add_argument("--out", type=Path, help="write each extraction as JSON into this directory")
    parser.add_argument("--profile", type=int, nargs="?", const=25, metavar="N", help="print the top N cProfile functions")
    parser.add_argument("--stage", action="store_true", help="time pipeline.stages._extract_one too (the stage's overhead)")
    parser.add_argument("--stage-out", type=Path, help="with --stage: keep the extraction files the stage writes here")
    args = parser.parse_args()

    paths = sorted(p for p in args.docs.iterdir() if p.is_file() and fnmatch.fnmatch(p.name, args.only))
    if args.out:
        args.out.mkdir(parents=True, exist_ok=True)
    extract_document(parse_path(paths[0], SETTINGS))  # imports and data tables outside the timing
    rows = []
    parsed_docs = []
    for path in paths:
        parse_cpu, parsed = best_cpu(lambda path=path: parse_path(path, SETTINGS), args.repeat)
        extract_cpu, extraction = best_cpu(lambda parsed=parsed: extract_document(parsed), args.repeat)
        if args.out:
            (args.out / f"{path.name}.json").write_text(dump(extraction), encoding="utf-8")
        kind = "pdf" if parsed.media_type == "pdf" else "text"
        rows.append((path.name, kind, len(parsed.text), len(parsed.pages) if kind == "pdf" else None, parse_cpu, extract_cpu))
        parsed_docs.append(parsed)

    print(f"{len(rows)} documents, CPU seconds, best of {args.repeat}")
    print(f"{'document':48} {'chars':>8} {'pages':>5} {'parse':>8} {'extract':>8} {'p/e':>6}")
    for name, _, chars, pages, parse_cpu, extract_cpu in sorted(rows, key=lambda r: (r[1], -r[5])):
        ratio = parse_cpu / extract_cpu if extract_cpu else float("inf")
        print(f"{name:48} {chars:>8,} {pages if pages is not None else '':>5} {parse_cpu:>8.3f} {extract_cpu:>8.3f} {ratio:>6.2f}")
    for kind, label in (("text", "Markdown/HTML/text"), ("pdf", "PDF")):
        selected = [r for r in rows if r[1] == kind]
        if not selected:
            continue
        parse_cpu = sum(r[4] for r in selected)
        extract_cpu = sum(r[5] for r in selected)
        print(f"total {label:22} {len(selected):>3} docs {sum(r[2] for r in selected):>10,} chars  "
              f"parse {parse_cpu:7.3f} s  extract {extract_cpu:7.3f} s  parse/extract {parse_cpu / extract_cpu:5.2f}")

    if args.stage or args.stage_out:
        stage_overhead(paths, parsed_docs, rows, args.repeat, args.stage_out)

    if args.profile:
        profiler = cProfile.Profile()
        profiler.enable()
        for parsed in parsed_docs:
            extract_document(parsed)
        profiler.disable()
        stats = pstats.Stats(profiler)
        stats.sort_stats("cumulative").print_stats(args.profile)
        stats.sort_stats("tottime").print_stats(args.profile)


def stage_overhead(paths, parsed_docs, rows, repeat: int, keep: Path | None) -> None:
    """CPU of ``stages._extract_one`` per document beside that of ``extract_document``."""
    with tempfile.TemporaryDirectory(prefix="extract_stage_") as tmp:
        parsed_dir = Path(tmp) / "parsed"
        out_dir = keep or Path(tmp) / "extracted"
        parsed_dir.mkdir()
        out_dir.mkdir(parents=True, exist_ok=True)
        stage_cpus = []
        for path, parsed in zip(paths, parsed_docs):
            parsed_file = parsed_dir / f"{path.name}.json"
            stages._write_parsed(parsed, parsed_file, "benchmark")
            job = (str(parsed_file), {}, str(out_dir / f"{path.name}.json"), "benchmark")
            cpu, (_, error) = best_cpu(lambda job=job: stages._extract_one(job), repeat)
            if error:
                print(f"{path.name}: {error}")
            stage_cpus.append(cpu)
    stage_cpu, extract_cpu = sum(stage_cpus), sum(r[5] for r in rows)
    overhead = stage_cpu - extract_cpu
    print(f"stage (_extract_one) {len(rows)} docs: {stage_cpu:.3f} s CPU, extract_document {extract_cpu:.3f} s, "
          f"overhead {overhead:.3f} s ({overhead / len(rows) * 1000:.2f} ms/doc)")
    pdf = [(cpu, row) for cpu, row in zip(stage_cpus, rows) if row[1] == "pdf"]
    pages = sum(row[3] for _, row in pdf)
    if pages:
        pdf_stage, pdf_extract = sum(cpu for cpu, _ in pdf), sum(row[5] for _, row in pdf)
        pdf_parse = sum(row[4] for _, row in pdf)
        print(f"  PDFs, per page: stage {pdf_stage / pages * 1000:.3f} ms ({pages / pdf_stage:.0f} pages/s; "
              f"parse {pdf_parse / pages * 1000:.3f} ms, parse/stage {pdf_parse / pdf_stage:.2f}), "
              f"overhead {(pdf_stage - pdf_extract) / pages * 1000:.3f} ms")


if __name__ == "__main__":
    main()
