"""PDFium for plainly born-digital pages (``ParseSettings.text_engine="auto"``): which
pages it reads, how its text agrees with pdfplumber's, and what it saves.

For every page of every PDF in ``--docs``, grouped by page class (what the
pdfplumber path makes of the page: born-digital, scan with an OCR layer, scan,
broken font), it prints the pages PDFium reads and the rules that sent the others
to pdfplumber; on the pages PDFium reads, the word and line agreement of its text
with the pdfplumber path's text (``pipeline.parse.pdf.plumber.extract_page``, the parser's
options, tables included) and the CPU of each path; then the CPU of the whole
``parse_blob`` (OCR off) with text_engine "auto" and "pdfplumber", best of
``--rounds`` alternating rounds (``--extract``: parse and extraction, the
in-process part of a run end to end).

    .venv/bin/python benchmarks/pdfium_hybrid.py [--docs DIR] [--rounds N] [--per-page] [--extract]

Agreement is 2·matches / (len(a) + len(b)) of a sequence alignment (difflib) of
the words, and of the lines, of the two texts: 1.0 means identical sequences.
"""

from __future__ import annotations

import argparse
import difflib
import hashlib
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import pdfplumber
import pypdfium2 as pdfium

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from pipeline.extract.stage import extract_document
from pipeline.parse.stage import ParseSettings, _collector_paused, parse_blob
from pipeline.parse.pdf.plumber import PdfPage, extract_page
from pipeline.parse.pdf.pdfium import read_clean_page
from schemas import FetchedBlob, PageVerdict


@dataclass
class PageClass:
    pages: int = 0
    refused: Counter = field(default_factory=Counter)  # rule → pages sent to pdfplumber
    plumber_cpu: list[float] = field(default_factory=list)  # pages pdfplumber reads
    pdfium_cpu: list[float] = field(default_factory=list)  # pages PDFium reads
    test_cpu: list[float] = field(default_factory=list)  # the clean-page test on refused pages
    plumber_cpu_of_pdfium_pages: list[float] = field(default_factory=list)
    words: list[tuple[int, int]] = field(default_factory=list)  # (2·matches, total) per PDFium page
    lines: list[tuple[int, int]] = field(default_factory=list)


def page_class(page: PdfPage) -> str:
    if page.verdict == PageVerdict.broken_font or page.glyphs_repaired:
        return "broken_font"
    if page.is_scan:
        return "ocr_layer" if page.verdict != PageVerdict.no_text else "scan"
    return "born_digital" if page.verdict == PageVerdict.text else "no_text"


def alignment(a: list[str], b: list[str]) -> tuple[int, int]:
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    return 2 * sum(block.size for block in matcher.get_matching_blocks()), len(a) + len(b)


def ratio(pairs: list[tuple[int, int]]) -> str:
    if not pairs:
        return "—"
    overall = sum(m for m, _ in pairs) / max(1, sum(t for _, t in pairs))
    worst = min(m / t if t else 1.0 for m, t in pairs)
    return f"{overall:.4f} (min page {worst:.4f})"


def ms(values: list[float]) -> str:
    return f"{1000 * sum(values) / len(values):.1f} ms" if values else "—"


def cpu(run, *args) -> tuple[float, object]:
    started = time.process_time()
    result = run(*args)
    return time.process_time() - started, result


def measure_pages(paths: list[Path], per_page: bool) -> dict[str, PageClass]:
    classes: dict[str, PageClass] = defaultdict(PageClass)
    for path in paths:
        pdf = pdfium.PdfDocument(str(path))
        with pdfplumber.open(path) as plumber:
            for index, page in enumerate(plumber.pages):
                test_cpu, read = cpu(read_clean_page, pdf, index, lambda: page)
                with _collector_paused():
                    plumber_cpu, ours = cpu(extract_page, page)
                page.close()
                group = classes[page_class(ours)]
                group.pages += 1
                if read.page is None:
                    group.refused[read.refused_by] += 1
                    group.plumber_cpu.append(plumber_cpu)
                    group.test_cpu.append(test_cpu)
                    continue
                group.pdfium_cpu.append(test_cpu)
                group.plumber_cpu_of_pdfium_pages.append(plumber_cpu)
                group.words.append(alignment(read.page.text.split(), ours.text.split()))
                group.lines.append(alignment(read.page.text.split("\n"), ours.text.split("\n")))
                if per_page:
                    (w, wt), (li, lt) = group.words[-1], group.lines[-1]
                    print(f"  {path.name} page {index + 1}: words {w / max(wt, 1):.4f}, lines {li / max(lt, 1):.4f}")
        pdf.close()
    return classes


def parse_cpu(paths: list[Path], engine: str, extract: bool) -> tuple[float, int, int]:
    """(CPU seconds, pages, text-layer pages) of parse_blob, and extract_document when
    asked, over every PDF."""
    settings = ParseSettings(ocr="never", text_engine=engine)
    seconds, pages, text_pages = 0.0, 0, 0
    for path in paths:
        data = path.read_bytes()
        blob = FetchedBlob(sha256=hashlib.sha256(data).hexdigest(), source_id="bench", url=str(path),
                           media_type="pdf", size=len(data), path=str(path),
                           fetched_at=datetime(2026, 1, 1, tzinfo=UTC))
        spent, doc = cpu(parse_blob, blob, path, settings)
        if extract:
            spent += cpu(extract_document, doc)[0]
        seconds += spent
        pages += len(doc.pages)
        text_pages += sum(1 for span in doc.pages if span.verdict == PageVerdict.text)
    return seconds, pages, text_pages


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=Path, default=REPO.parent / "shared" / "corpus" / "docs")
    parser.add_argument("--rounds", type=int, default=3, help="parse_blob rounds per engine (best is kept)")
    parser.add_argument("--per-page", action="store_true", help="agreement of every page PDFium reads")
    parser.add_argument("--extract", action="store_true", help="time parse_blob + extract_document (end to end in process)")
    args = parser.parse_args()
    paths = sorted(args.docs.glob("*.pdf"))
    if not paths:
        sys.exit(f"no PDFs in {args.docs}")

    classes = measure_pages(paths, args.per_page)
    print(f"{len(paths)} PDFs in {args.docs}, {sum(c.pages for c in classes.values())} pages\n")
    print("| page class | pages | read by PDFium | by pdfplumber (rules) | word agreement | line agreement "
          "| pdfplumber path CPU/page (its pages) | PDFium CPU/page | pdfplumber CPU/page of the PDFium pages "
          "| clean-page test CPU/refused page |")
    print("|---|---:|---:|---|---:|---:|---:|---:|---:|---:|")
    every = PageClass()
    for name in ("born_digital", "ocr_layer", "scan", "broken_font", "no_text"):
        group = classes.get(name)
        if not group:
            continue
        rules = ", ".join(f"{rule} {n}" for rule, n in group.refused.most_common())
        print(f"| {name} | {group.pages} | {len(group.pdfium_cpu)} | {len(group.plumber_cpu)} ({rules}) "
              f"| {ratio(group.words)} | {ratio(group.lines)} | {ms(group.plumber_cpu)} | {ms(group.pdfium_cpu)} "
              f"| {ms(group.plumber_cpu_of_pdfium_pages)} | {ms(group.test_cpu)} |")
        for attr in ("plumber_cpu", "pdfium_cpu", "test_cpu", "plumber_cpu_of_pdfium_pages", "words", "lines"):
            getattr(every, attr).extend(getattr(group, attr))
    print(f"| all | {sum(c.pages for c in classes.values())} | {len(every.pdfium_cpu)} | {len(every.plumber_cpu)} "
          f"| {ratio(every.words)} | {ratio(every.lines)} | {ms(every.plumber_cpu)} | {ms(every.pdfium_cpu)} "
          f"| {ms(every.plumber_cpu_of_pdfium_pages)} | {ms(every.test_cpu)} |")

    best: dict[str, tuple[float, int, int]] = {}
    for _ in range(args.rounds):
        for engine in ("pdfplumber", "auto"):
            run = parse_cpu(paths, engine, args.extract)
            if engine not in best or run[0] < best[engine][0]:
                best[engine] = run
    what = "parse_blob + extract_document" if args.extract else "parse_blob"
    print(f"\n{what}, OCR off, one process, best of {args.rounds} rounds:")
    for engine, (seconds, pages, text_pages) in best.items():
        print(f"  text_engine={engine}: {seconds:.2f} s CPU for {pages} pages ({text_pages} with a text layer): "
              f"{pages / seconds:.1f} pages per CPU-second, {1000 * seconds / pages:.1f} ms/page")
    print(f"  auto ÷ pdfplumber CPU: {best['auto'][0] / best['pdfplumber'][0]:.2f}")


if __name__ == "__main__":
    main()
