"""pypdfium2 vs pdfplumber on every text-layer PDF page of the corpus.

For each engine: pages/s in one process (best of ``--rounds`` rounds, wall and
CPU time, opening the document included), and word-level agreement with
pdfplumber: the multisets A, B of NFC-normalised word tokens (``\\w+``) of a
page give ``|A ∩ B| / max(|A|, |B|)``, per page and overall (the sums of the
intersections over the sum of the per-page maxima).

The parse stage may read pages classified clean (verdict ``text``) with
pypdfium2 only if its agreement with what the parser reads today
(pdfplumber ``use_text_flow``) is ≥ 0.99.

    .venv/bin/python benchmarks/pdf_engines.py [--docs DIR] [--rounds 3] [--per-page]
"""

from __future__ import annotations

import argparse
import gc
import platform
import re
import sys
import time
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import pdfplumber
import pypdfium2 as pdfium

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
DEFAULT_DOCS = REPO.parent / "shared" / "corpus" / "docs"
THRESHOLD = 0.99
MIN_LETTERS = 40  # a page with fewer letters has no text layer worth comparing (same bar as pipeline/parse/pdf/plumber.py)
_WORD = re.compile(r"\w+")
_CID = re.compile(r"\(cid:\d+\)")
_FOREIGN_GLYPH = re.compile(r"[\u0370-\u058f]")  # glyph ids leaking as Cyrillic/Armenian (broken fonts)


# --------------------------------------------------------------------------- engines


def pdfium_pages(path: Path) -> list[str]:
    doc = pdfium.PdfDocument(str(path))
    try:
        texts = []
        for i in range(len(doc)):
            page = doc.get_page(i)
            textpage = page.get_textpage()
            texts.append(textpage.get_text_range())
            textpage.close()
            page.close()
        return texts
    finally:
        doc.close()


def _plumber(**options) -> Callable[[Path], list[str]]:
    def run(path: Path) -> list[str]:
        texts = []
        with pdfplumber.open(path) as pdf:
            for page in pdf.pages:
                texts.append(page.extract_text(**options) or "")
                page.close()  # free the page's cached layout objects, as the parser does
        return texts

    return run


ENGINES: dict[str, Callable[[Path], list[str]]] = {
    "pypdfium2": pdfium_pages,
    "pdfplumber": _plumber(),
    "pdfplumber_flow": _plumber(use_text_flow=True),
    # what pipeline/parse/pdf/plumber.py passes today (TEXT_OPTIONS)
    "pdfplumber_parse_opts": _plumber(use_text_flow=True, x_tolerance=1.5, y_tolerance=3),
}
REFERENCE = "pdfplumber"


def _pipeline_engine(with_tables: bool) -> Callable[[Path], list[str]] | None:
    """The parser's own per-page function (pipeline/parse/pdf/plumber.py, another engineer's), when it is importable:
    what parse pays per page today on top of raw extract_text (stamps, cleaning, tables)."""
    try:
        from pipeline.parse.pdf.plumber import extract_page
    except Exception:
        return None

    def run(path: Path) -> list[str]:
        texts = []
        with pdfplumber.open(path) as pdf:
            for page in pdf.pages:
                texts.append(extract_page(page, with_tables=with_tables).text)
                page.close()
        return texts

    return run


PIPELINE_ENGINES = {
    name: fn
    for name, fn in (("pipeline.parse.pdf.plumber(no tables)", _pipeline_engine(False)), ("pipeline.parse.pdf.plumber(tables)", _pipeline_engine(True)))
    if fn is not None
}


# --------------------------------------------------------------------------- agreement


def words(text: str) -> Counter:
    return Counter(_WORD.findall(unicodedata.normalize("NFC", text)))


def agreement(a: Counter, b: Counter) -> tuple[int, int]:
    """(|A ∩ B|, max(|A|, |B|)) of two word multisets."""
    return sum((a & b).values()), max(sum(a.values()), sum(b.values()))


def letters(text: str) -> int:
    return sum(1 for ch in text if ch.isalpha())


def page_class(text: str) -> str:
    """``clean`` (a usable text layer), ``broken_font`` or ``no_text``; mirrors pipeline/parse/pdf/plumber.py classify_page."""
    body = _CID.sub("", text)
    n = letters(body)
    bad = len(_CID.findall(text)) + len(_FOREIGN_GLYPH.findall(body))
    if bad >= 5 and bad > 0.03 * max(n + bad, 1):
        return "broken_font"
    if n < MIN_LETTERS:
        return "no_text"
    return "clean"


def scan_pages(path: Path) -> list[bool]:
    """Pages where an image covers half the page or more (a scan, maybe with an OCR text layer)."""
    out = []
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            area = float(page.width * page.height) or 1.0
            cover = sum(max(0.0, float(i["x1"] - i["x0"])) * max(0.0, float(i["bottom"] - i["top"])) for i in page.images)
            out.append(cover >= 0.5 * area)
            page.close()
    return out


def lines(text: str) -> Counter:
    """Multiset of non-empty lines, whitespace collapsed: sensitive to line breaks and word splits."""
    return Counter(" ".join(line.split()) for line in unicodedata.normalize("NFC", text).splitlines() if line.strip())


# --------------------------------------------------------------------------- main


@dataclass
class Timing:
    wall: list[float] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)


def time_engine(fn: Callable[[Path], list[str]], files: list[Path], rounds: int) -> Timing:
    timing = Timing()
    for _ in range(rounds):
        gc.collect()
        w0, c0 = time.perf_counter(), time.process_time()
        for path in files:
            fn(path)
        timing.wall.append(time.perf_counter() - w0)
        timing.cpu.append(time.process_time() - c0)
    return timing


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=Path, default=DEFAULT_DOCS)
    ap.add_argument("--rounds", type=int, default=3, help="timing rounds per engine (best is reported)")
    ap.add_argument("--per-page", action="store_true", help="print agreement of every page")
    args = ap.parse_args(argv)

    pdfs = sorted(args.docs.glob("*.pdf"))
    if not pdfs:
        print(f"no PDFs under {args.docs}", file=sys.stderr)
        return 2

    # Text of every page by every engine (untimed pass), and which pages have a text layer.
    texts = {name: {path: fn(path) for path in pdfs} for name, fn in (ENGINES | PIPELINE_ENGINES).items()}
    pages = []  # (path, index, class): clean (born-digital), ocr_layer (text layer over a scan), broken_font
    for path in pdfs:
        scans = scan_pages(path)
        for i, ref in enumerate(texts[REFERENCE][path]):
            cls = page_class(ref)
            if cls == "clean" and scans[i]:
                cls = "ocr_layer"
            if cls != "no_text" or letters(texts["pypdfium2"][path][i]) >= MIN_LETTERS:
                pages.append((path, i, cls))
    text_files = sorted({p for p, _, _ in pages})
    total_pages = {path: len(texts[REFERENCE][path]) for path in text_files}
    n_timed = sum(total_pages.values())

    print(f"# pdf engines — {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}")
    print(f"machine: {platform.machine()}, {platform.processor() or '?'}; cpus={_cpus()}; python {platform.python_version()}; "
          f"pdfplumber {pdfplumber.__version__}, pypdfium2 {pdfium.PYPDFIUM_INFO}, pdfium {pdfium.PDFIUM_INFO}")
    print(f"corpus: {args.docs}: {len(pdfs)} PDFs, {sum(len(t) for t in texts[REFERENCE].values())} pages; "
          f"text-layer pages: {len(pages)} in {len(text_files)} PDFs: "
          + ", ".join(f"{c} {n}" for c, n in sorted(Counter(c for *_, c in pages).items())))
    print()

    # ---- speed: every page of the PDFs that have a text layer, one process
    print(f"## speed: {n_timed} pages of {len(text_files)} text-layer PDFs, single process, best of {args.rounds}")
    print(f"{'engine':24} {'wall s':>8} {'pages/s':>9} {'cpu s':>8} {'pages/cpu-s':>12} {'vs pdfplumber':>14}")
    rates = {}
    for name, fn in (ENGINES | PIPELINE_ENGINES).items():
        t = time_engine(fn, text_files, args.rounds)
        wall, cpu = min(t.wall), min(t.cpu)
        rates[name] = (n_timed / wall, n_timed / cpu)
    for name, (per_wall, per_cpu) in rates.items():
        ratio = per_cpu / rates[REFERENCE][1]
        print(f"{name:24} {n_timed / per_wall:8.3f} {per_wall:9.1f} {n_timed / per_cpu:8.3f} {per_cpu:12.1f} {ratio:13.2f}×")
    print("(ratio on CPU time, which the other users of a shared machine disturb less than wall time)")
    print()

    # ---- agreement
    print("## agreement (order-insensitive): words = NFC \\w+ multisets, lines = whitespace-collapsed line multisets")
    pairs = [
        ("pypdfium2", "pdfplumber"),
        ("pypdfium2", "pdfplumber_flow"),
        ("pypdfium2", "pdfplumber_parse_opts"),
        ("pdfplumber_flow", "pdfplumber"),
    ]
    if "pipeline.parse.pdf.plumber(no tables)" in texts:  # what the parser keeps today (stamps merged, syllables rejoined, NFC …)
        pairs += [("pypdfium2", "pipeline.parse.pdf.plumber(no tables)"), ("pdfplumber", "pipeline.parse.pdf.plumber(no tables)")]
    groups = {"clean": ["clean"], "ocr_layer": ["ocr_layer"], "broken_font": ["broken_font"], "all": ["clean", "ocr_layer", "broken_font"]}
    header = " | ".join(f"{g + ' (' + str(sum(c in cs for *_, c in pages)) + ' p)':>26}" for g, cs in groups.items())
    print(f"{'':46} | {header}")
    print(f"{'pair':46} | " + " | ".join(f"{'words':>7} {'min pg':>7} {'lines':>8}" + " " * 1 for _ in groups))
    verdict_values = {}
    for a, b in pairs:
        cells = []
        for gname, classes in groups.items():
            gpages = [p for p in pages if p[2] in classes]
            inter = total = linter = ltotal = 0
            per_page = []
            for path, i, _ in gpages:
                x, m = agreement(words(texts[a][path][i]), words(texts[b][path][i]))
                lx, lm = agreement(lines(texts[a][path][i]), lines(texts[b][path][i]))
                inter, total, linter, ltotal = inter + x, total + m, linter + lx, ltotal + lm
                per_page.append(x / m if m else 1.0)
            overall = inter / total if total else float("nan")
            verdict_values[(a, b, gname)] = (overall, min(per_page) if per_page else float("nan"))
            cells.append(f"{overall:7.4f} {min(per_page or [float('nan')]):7.4f} {linter / ltotal if ltotal else float('nan'):8.4f} ")
        print(f"{a + ' vs ' + b:46} | " + " | ".join(cells))
    print()

    if args.per_page:
        print("## per page (pypdfium2 vs pdfplumber / vs pdfplumber_flow)")
        for path, i, cls in pages:
            pa = words(texts["pypdfium2"][path][i])
            x1, m1 = agreement(pa, words(texts["pdfplumber"][path][i]))
            x2, m2 = agreement(pa, words(texts["pdfplumber_flow"][path][i]))
            print(f"  {path.name:45} p{i + 1:<3} {cls:12} words={sum(pa.values()):5}  "
                  f"{x1 / m1 if m1 else 1:.4f}  {x2 / m2 if m2 else 1:.4f}")
        print()

    speedup = rates["pypdfium2"][1] / rates["pdfplumber_flow"][1]
    print("## verdict (threshold: overall word agreement >= %.2f)" % THRESHOLD)
    print(f"pypdfium2: {speedup:.1f}x the pages/cpu-s of pdfplumber use_text_flow")
    for gname in ("clean", "ocr_layer", "all"):
        ref, ref_min = verdict_values[("pypdfium2", "pdfplumber", gname)]
        flow, flow_min = verdict_values[("pypdfium2", "pdfplumber_flow", gname)]
        ok = min(ref, flow) >= THRESHOLD
        print(f"  {gname:10} pages: agreement {ref:.4f} (min page {ref_min:.4f}) vs extract_text, {flow:.4f} "
              f"(min page {flow_min:.4f}) vs use_text_flow -> {'MEETS' if ok else 'FAILS'} the threshold")
    return 0


def _cpus() -> str:
    import os

    try:
        return f"{len(os.sched_getaffinity(0))} usable / {os.cpu_count()}"
    except AttributeError:
        return str(os.cpu_count())


if __name__ == "__main__":
    sys.exit(main())
