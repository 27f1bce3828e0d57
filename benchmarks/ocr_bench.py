"""OCR on the corpus scans: seconds per page and text quality by resolution, and
scanned pages per second when a document's pages are spread over the cores.

    .venv/bin/python benchmarks/ocr_bench.py [--docs ../shared/corpus/docs] [--dpis 150,200,250,300] [--workers 2]

Pages: every page of the corpus PDFs the parser sends to OCR (no text layer,
broken font, hidden non-Vietnamese OCR layer). Per resolution (that of an A4 page;
``ocr.page_dpi`` scales other sizes), each page OCRed alone, one Tesseract thread:
CPU seconds per page (rendering and Tesseract: what other users of the machine
do not distort), the share of its words found in the vocabulary of the corpus'
Markdown/HTML/text documents (a reading of a word that is no Vietnamese word drops
it), and the word agreement (difflib, 2·matches ÷ words of both) with the text at
the highest resolution. Then the documents parsed end to end with OCR (``parse_blob``,
``ocr_workers`` 1 and N): scanned pages per second, one process.
"""

from __future__ import annotations

import argparse
import platform
import re
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import pypdfium2 as pdfium

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from pdfium_hybrid import alignment, ratio  # noqa: E402

from pipeline.extract.stage import parse_path  # noqa: E402
from pipeline.parse.pdf import ocr  # noqa: E402
from pipeline.parse.stage import ParseSettings  # noqa: E402

_WORD = re.compile(r"[^\W\d_]+")
_NEEDS_OCR = {"no_text", "broken_font", "non_vietnamese_ocr"}


def words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def vocabulary(docs: Path) -> set[str]:
    vocab: set[str] = set()
    for path in docs.iterdir():
        if path.suffix in (".md", ".txt", ".html"):
            vocab.update(words(re.sub(r"<[^>]+>", " ", path.read_text(encoding="utf-8", errors="replace"))))
    return vocab


def scan_pages(docs: Path) -> dict[Path, list[int]]:
    """The pages of each corpus PDF that the parser would OCR."""
    found = {}
    for path in sorted(docs.glob("*.pdf")):
        parsed = parse_path(path, ParseSettings(ocr="never"))
        pages = [span.page for span in parsed.pages if span.verdict in _NEEDS_OCR]
        if pages:
            found[path] = pages
    return found


def ocr_alone(path: Path, number: int, dpi: int) -> tuple[float, str]:
    """(CPU seconds of rendering and Tesseract, text) of one page."""
    pdf = pdfium.PdfDocument(str(path))
    try:
        started = _children_and_own_cpu()
        text = ocr.clean_ocr_text(ocr.tesseract_png(ocr.render_page(pdf, number, dpi), "vie", timeout=300))
        return _children_and_own_cpu() - started, text
    finally:
        pdf.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=Path, default=REPO.parent / "shared" / "corpus" / "docs")
    parser.add_argument("--dpis", default="150,200,250,300")
    parser.add_argument("--workers", type=int, default=2, help="OCR workers of the parallel run")
    parser.add_argument("--parse-dpi", type=int, default=ocr.DEFAULT_DPI, help="resolution of the end-to-end runs")
    args = parser.parse_args()
    reason = ocr.ocr_unavailable_reason("vie")
    if reason:
        sys.exit(f"OCR unavailable: {reason}")
    dpis = sorted(int(d) for d in args.dpis.split(","))
    print(f"#### OCR benchmark — {datetime.now(UTC):%Y-%m-%d %H:%M} UTC")
    print(f"machine: {platform.machine()}, {ocr.usable_cpus()} CPUs, Python {platform.python_version()}; "
          f"load average at start {open('/proc/loadavg').read().split()[0] if Path('/proc/loadavg').exists() else '?'}")
    vocab = vocabulary(args.docs)
    pages = scan_pages(args.docs)
    total = sum(len(v) for v in pages.values())
    print(f"pages: {total} pages to OCR in {len(pages)} PDFs: "
          + ", ".join(f"{p.name} {len(v)}" for p, v in pages.items()) + f"; vocabulary {len(vocab)} words\n")

    texts: dict[int, dict[tuple[Path, int], str]] = {}
    print("| dpi (A4) | CPU s/page, 1 thread | words in vocabulary | word agreement with the highest dpi | per PDF: in vocabulary |")
    print("|---:|---:|---:|---:|---|")
    rows = {}
    for dpi in dpis:
        seconds, texts[dpi] = 0.0, {}
        for path, numbers in pages.items():
            for number in numbers:
                took, texts[dpi][(path, number)] = ocr_alone(path, number, dpi)
                seconds += took
        rows[dpi] = seconds / total
    best = texts[dpis[-1]]
    for dpi in dpis:
        in_vocab = lambda keys: (sum(w in vocab for k in keys for w in words(texts[dpi][k]))
                                 / max(1, sum(len(words(texts[dpi][k])) for k in keys)))
        per_pdf = ", ".join(f"{p.stem[:14]} {in_vocab([(p, n) for n in v]):.3f}" for p, v in pages.items())
        agreement = ratio([alignment(words(texts[dpi][k]), words(best[k])) for k in best])
        print(f"| {dpi} | {rows[dpi]:.2f} | {in_vocab(list(best)):.3f} | {agreement} | {per_pdf} |")

    print(f"\nend to end: parse_blob with OCR at {args.parse_dpi} dpi (A4) of the {len(pages)} PDFs, one process")
    print("| OCR workers | seconds | scanned pages/s | CPU s (this process + Tesseract) | CPU s per page | cores got |")
    print("|---:|---:|---:|---:|---:|---:|")
    for workers in sorted({1, args.workers}):
        settings = ParseSettings(ocr="auto", ocr_dpi=args.parse_dpi, ocr_workers=workers)
        cpu_before = _children_and_own_cpu()
        started = time.perf_counter()
        for path in pages:
            parse_path(path, settings)
        wall = time.perf_counter() - started
        cpu = _children_and_own_cpu() - cpu_before
        print(f"| {workers} | {wall:.1f} | {total / wall:.2f} | {cpu:.1f} | {cpu / total:.2f} | {cpu / wall:.2f} |")


def _children_and_own_cpu() -> float:
    import resource

    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


if __name__ == "__main__":
    main()
