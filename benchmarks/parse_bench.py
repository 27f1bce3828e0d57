"""Parse-stage speed on the text-layer PDFs of the shared corpus, and OCR cost per page.

    .venv/bin/python benchmarks/parse_bench.py [--docs ../shared/corpus/docs] [--all] [--repeat 3] [--ocr-pages 2]

Prints pages/s and pages per CPU-second for raw ``pdfplumber`` ``extract_text`` (the reference), for the
text-layer stage (``pipeline.parse.pdf.plumber.extract_page`` without and with tables) and for
``parse_blob`` end to end (OCR off) with each text engine (``auto``: PDFium for plainly
born-digital pages; ``pdfplumber``), then seconds per page of OCR (render +
Tesseract) at the default resolution and how many text pages one OCR page costs.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import time
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable

import pdfplumber

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pipeline.parse.pdf.ocr import DEFAULT_DPI, ocr_pdf_pages, ocr_unavailable_reason  # noqa: E402
from pipeline.parse.stage import ParseSettings, parse_blob  # noqa: E402
from pipeline.parse.pdf.plumber import extract_page  # noqa: E402
from schemas import FetchedBlob  # noqa: E402

TEXT_PDFS = [
    "lc_qd2170_ctdt_kcn_banqua_2026.pdf",
    "lc_qd1696_uyquyen_sct_2026.pdf",
    "bct_cv1178_ccn_diagioimoi_2025.pdf",
    "vn_cn_nghidinhthu_vantai_ocr.pdf",
    "lc_cv3036_kho_vlncn_2026_garbled.pdf",
]
OCR_PDF = "bct_cv813_hoachat_2026_scan.pdf"
REFERENCE = "pdfplumber extract_text (reference)"
PARSE_AUTO = "parse_blob (OCR off, text_engine auto)"


def _raw_pdfplumber(path: Path) -> int:
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            page.extract_text()
            page.close()
        return len(pdf.pages)


def _text_stage(path: Path, tables: bool) -> int:
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            extract_page(page, with_tables=tables)
            page.close()
        return len(pdf.pages)


def _parse_blob(path: Path, text_engine: str) -> int:
    data = path.read_bytes()
    blob = FetchedBlob(sha256=hashlib.sha256(data).hexdigest(), source_id=path.stem, url=str(path), media_type="pdf",
                       size=len(data), path=str(path), fetched_at=datetime.now(timezone.utc))
    return len(parse_blob(blob, path, ParseSettings(ocr="never", text_engine=text_engine)).pages)


def pages_per_second(runs: dict[str, Callable[[Path], int]], paths: list[Path],
                     repeat: int) -> dict[str, tuple[float, float]]:
    """Best (pages/s, pages per CPU-second) of each run; the runs take turns so load
    from other processes hits them alike. CPU time is what a shared machine does not distort."""
    best_wall = {name: float("inf") for name in runs}
    best_cpu = dict(best_wall)
    pages = dict.fromkeys(runs, 0)
    for _ in range(repeat):
        for name, run in runs.items():
            wall, cpu = time.perf_counter(), time.process_time()
            pages[name] = sum(run(p) for p in paths)
            best_wall[name] = min(best_wall[name], time.perf_counter() - wall)
            best_cpu[name] = min(best_cpu[name], time.process_time() - cpu)
    return {name: (pages[name] / best_wall[name], pages[name] / best_cpu[name]) for name in runs}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "corpus" / "docs")
    parser.add_argument("--all", action="store_true", help="every PDF under --docs, not only the corpus' text-layer ones")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--ocr-pages", type=int, default=2)
    args = parser.parse_args()

    if args.all:
        paths = sorted(args.docs.glob("*.pdf"))
    else:
        paths = [args.docs / name for name in TEXT_PDFS if (args.docs / name).exists()]
    if not paths:
        sys.exit(f"no benchmark PDFs under {args.docs}")
    print(f"{len(paths)} {'' if args.all else 'text-layer '}PDFs of {args.docs}, best of {args.repeat}")
    stages = pages_per_second({
        REFERENCE: _raw_pdfplumber,
        "text layer + verdict + stamps": lambda p: _text_stage(p, tables=False),
        "text layer + tables": lambda p: _text_stage(p, tables=True),
        "parse_blob (OCR off, pdfplumber only)": lambda p: _parse_blob(p, "pdfplumber"),
        PARSE_AUTO: lambda p: _parse_blob(p, "auto"),
    }, paths, args.repeat)
    raw_wall, raw_cpu = stages[REFERENCE]
    for name, (wall, cpu) in stages.items():
        print(f"  {name:<38} {wall:7.1f} pages/s ({wall / raw_wall:4.2f}x reference)   "
              f"{cpu:7.1f} pages per CPU-s ({cpu / raw_cpu:4.2f}x reference)")

    reason = ocr_unavailable_reason("vie")
    if not args.ocr_pages or not (args.docs / OCR_PDF).exists():
        reason = reason or f"--ocr-pages 0 or no {OCR_PDF} under {args.docs}"
    if reason:
        print(f"OCR: skipped ({reason})")
        return
    pages = list(range(1, args.ocr_pages + 1))
    result = ocr_pdf_pages(args.docs / OCR_PDF, pages, dpi=DEFAULT_DPI)
    per_page = result.seconds / max(len(result.texts), 1)
    parse_per_page = 1 / stages[PARSE_AUTO][0]
    print(f"OCR at {DEFAULT_DPI} dpi on {OCR_PDF} pages {pages}: {per_page:.2f} s/page "
          f"= {per_page / parse_per_page:.0f}x a text-layer page")


if __name__ == "__main__":
    main()
