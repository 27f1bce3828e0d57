"""Where the wall time of `vnplans run` goes, on the real PDFs: before the first parsed file is
written (start-up, fetch, the fork server loading the workers' models), between the first and the
last (the workers' stage), and after the last (what still waits for the whole parse). With
``--compare DIR`` (another checkout of vnplans, e.g. ``git archive main | tar -x -C DIR``) the
two run alternately on the same copies, each a new process on a fresh data directory.

    .venv/bin/python benchmarks/run_phases.py [--rounds 4] [--compare /tmp/main-checkout]

Also: wall, pages/s, pages per CPU-second (CPU of the command and its descendants) and the
cores other processes took meanwhile (a shared machine: when others take most of the cores,
overlapping stages cannot shorten the run, only move work between phases).
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pipeline_bench import DEFAULT_DOCS, make_corpus  # noqa: E402
from real_pdfs import DEFAULT_EXTERNAL, DEFAULT_MANIFEST, params_file, real_pdfs, timed  # noqa: E402

REPO = Path(__file__).resolve().parents[1]


def one_run(checkout: Path, manifest: Path, params: Path, work: Path, workers: int, pages: int) -> tuple[float, ...]:
    data = work / "data"
    shutil.rmtree(work, ignore_errors=True)
    started = time.time()
    result = timed([sys.executable, "-m", "pipeline.cli", "run", "--sources", str(manifest), "--params", str(params),
                    "--workers", str(workers), "--db", str(work / "run.duckdb"), "--data-dir", str(data)], checkout)
    ended = started + result["wall"]
    parsed = sorted(path.stat().st_mtime for path in (data / "parsed").glob("*.json"))
    return (parsed[0] - started, parsed[-1] - parsed[0], ended - parsed[-1], result["wall"],
            pages / result["own_cpu"], result["others_cpu"] / result["wall"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=Path, default=DEFAULT_DOCS)
    parser.add_argument("--external", type=Path, default=DEFAULT_EXTERNAL)
    parser.add_argument("--manifest", type=Path, default=DEFAULT_MANIFEST)
    parser.add_argument("--compare", type=Path, help="another checkout of vnplans, run alternately with this one")
    parser.add_argument("--rounds", type=int, default=4)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()

    found = real_pdfs(args.docs, args.external, args.manifest)
    with tempfile.TemporaryDirectory(prefix="run_phases_") as tmp:
        work = Path(tmp)
        corpus = make_corpus(list(found.pages), 1, work / "docs", found.pages)
        params = params_file(work, "run", {"ocr": "never", "text_engine": "auto"})
        checkouts = {"this checkout": REPO, **({f"{args.compare}": args.compare.resolve()} if args.compare else {})}
        print(f"{corpus.pdfs} PDFs, {corpus.pdf_pages} pages; `vnplans run`, {args.workers} workers, "
              f"{args.rounds} rounds, alternating\n")
        results: dict[str, list[tuple[float, ...]]] = {name: [] for name in checkouts}
        for round_ in range(args.rounds):
            order = list(checkouts) if round_ % 2 == 0 else list(reversed(checkouts))
            for name in order:
                phases = one_run(checkouts[name], corpus.manifest, params, work / "run", args.workers, corpus.pdf_pages)
                results[name].append(phases)
                print(f"round {round_}, {name}: " + ", ".join(f"{v:.2f}" for v in phases), flush=True)
        print("\nmedians: | checkout | s before the first parse | s parsing | s after the last parse | wall s | "
              "pages per CPU-s | others' cores |")
        print("|---|---:|---:|---:|---:|---:|---:|")
        for name, runs in results.items():
            print(f"| {name} | " + " | ".join(f"{statistics.median(r[i] for r in runs):.2f}" for i in range(6)) + " |")


if __name__ == "__main__":
    main()
