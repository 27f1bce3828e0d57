"""Would pypdfium2 for the text of clean born-digital pages save parse CPU?

The parser needs pdfplumber's characters of every page for its verdict, stamps,
repairs and tables, so pdfium could only replace the text layout of pages where
none of those applies. For those pages (eligible: verdict ``text``, no
page-covering image, no ruled table, no widget stamp, no late letterhead
number, no repair note; ``--upper-bound``: every born-digital page) this prints
the pdfplumber layout CPU the hybrid would skip, pdfium's CPU for the same pages
(document open included) and pdfium's word agreement with the parser's text.

    .venv/bin/python benchmarks/pdfium_hybrid.py [--docs DIR] [--upper-bound]
"""

from __future__ import annotations

import argparse
import re
import sys
import time
import unicodedata
from collections import Counter
from pathlib import Path

import pdfplumber
import pypdfium2 as pdfium

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from pipeline import pdf as P  # noqa: E402
from pipeline.parse import _collector_paused  # noqa: E402
from pipeline.vntext import normalise_text  # noqa: E402
from schemas import PageVerdict  # noqa: E402

_WORD = re.compile(r"\w+")


def words(text: str) -> Counter:
    return Counter(_WORD.findall(unicodedata.normalize("NFC", text)))


def best_cpu(run, rounds: int = 3) -> float:
    best = float("inf")
    for _ in range(rounds):
        started = time.process_time()
        run()
        best = min(best, time.process_time() - started)
    return best


def pdfium_texts(path: Path, indexes: list[int]) -> dict[int, str]:
    doc = pdfium.PdfDocument(str(path))
    try:
        texts = {}
        for i in indexes:
            page = doc.get_page(i)
            textpage = page.get_textpage()
            texts[i] = textpage.get_text_range()
            textpage.close()
            page.close()
        return texts
    finally:
        doc.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=Path, default=REPO.parent / "shared" / "corpus" / "docs")
    parser.add_argument("--upper-bound", action="store_true", help="every born-digital page, stamps and tables included")
    args = parser.parse_args()

    layout_cpu = pdfium_cpu = 0.0
    shared = longest = 0
    agreements: list[float] = []
    total = 0
    for path in sorted(args.docs.glob("*.pdf")):
        ours: dict[int, str] = {}
        with pdfplumber.open(path) as pdf:
            for page in pdf.pages:
                total += 1
                with _collector_paused():
                    result = P.extract_page(page)
                    chars = page.chars
                    eligible = result.verdict == PageVerdict.text and not result.is_scan
                    if eligible and not args.upper_bound:
                        eligible = (not result.tables and not result.notes and not P._widget_chars(page)
                                    and not P._split_late_numbers(chars, float(page.height))[1])
                    if eligible:
                        layout_cpu += best_cpu(lambda: P._flow_text(chars, P.TEXT_OPTIONS))
                        ours[page.page_number - 1] = result.text
                page.close()
        if not ours:
            continue
        pdfium_cpu += best_cpu(lambda: pdfium_texts(path, list(ours)))
        for index, theirs in pdfium_texts(path, list(ours)).items():
            # pdfium writes a soft line-end hyphen as U+FFFE and ends lines with \r\n
            a, b = words(ours[index]), words(normalise_text(theirs.replace("\ufffe", "-\n")))
            both, most = sum((a & b).values()), max(sum(a.values()), sum(b.values()), 1)
            shared += both
            longest += most
            agreements.append(both / most)
            print(f"  {path.name} page {index + 1}: word agreement {both / most:.4f}")
    print(f"pages pdfium would read: {len(agreements)} of {total}; pdfplumber layout skipped "
          f"{layout_cpu * 1000:.0f} ms CPU; pdfium for them {pdfium_cpu * 1000:.0f} ms CPU; word agreement "
          f"{shared / max(longest, 1):.4f} (min page {min(agreements, default=0):.4f})")


if __name__ == "__main__":
    main()
