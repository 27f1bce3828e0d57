"""Agreement of text_engine "auto" with pdfplumber alone on every page PDFium reads
(issue 12: word agreement with pdfplumber's text ≥ 0.99 on every page PDFium takes over).

Every PDF is parsed twice with the parser itself (``parse_blob``, OCR off): text_engine
"auto" and text_engine "pdfplumber". On each page the "auto" parse gave to PDFium, the
page's final text (after header/footer cleaning) is compared with the same page of the
pdfplumber parse:

* word agreement = 1 − (word-level Levenshtein distance) ÷ (words in the longer text),
  over the whitespace-separated words in reading order: the complement of the word error
  rate. Order counts (a row number moved to another line is a different text for the
  extractors, which read sentences), each inserted, dropped or changed word costs one;
  a multiset F1 would call a reordered page identical.
* line agreement: the same over the page's lines (spacing within a line counts here).
* warnings: the page's warnings that only one of the two parses gave;
* tables: whether the page's tables are the same, cell for cell.

A page under ``--threshold`` in word agreement (or with a warnings or tables difference,
with ``--strict``) is listed with its first differing lines, and the exit status is 1: it
can run as a check.

    .venv/bin/python benchmarks/pdfium_agreement.py [PDF or DIR …] [--threshold 0.99] [--per-page] [--strict]

Without arguments: the corpus PDFs (../shared/corpus/docs) and data/external/**/*.pdf
(``scripts/get_external_docs.py``). Byte-identical files are read once.
"""

from __future__ import annotations

import argparse
import difflib
import hashlib
import sys
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from pipeline.parse.stage import ParseSettings, parse_blob  # noqa: E402
from schemas import FetchedBlob, ParsedDocument  # noqa: E402

DEFAULT_SOURCES = (REPO.parent / "shared" / "corpus" / "docs", REPO / "data" / "external")


def edit_distance(a: list[str], b: list[str]) -> int:
    """Levenshtein distance between two sequences (common ends trimmed first: most pages agree)."""
    start = 0
    while start < len(a) and start < len(b) and a[start] == b[start]:
        start += 1
    end_a, end_b = len(a), len(b)
    while end_a > start and end_b > start and a[end_a - 1] == b[end_b - 1]:
        end_a, end_b = end_a - 1, end_b - 1
    a, b = a[start:end_a], b[start:end_b]
    if not a or not b:
        return max(len(a), len(b))
    previous = list(range(len(b) + 1))
    for i, item in enumerate(a, start=1):
        current = [i]
        for j, other in enumerate(b, start=1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (item != other)))
        previous = current
    return previous[-1]


def agreement(a: list[str], b: list[str]) -> float:
    """1 − edit distance ÷ length of the longer sequence (1.0: identical)."""
    longest = max(len(a), len(b))
    return 1.0 - edit_distance(a, b) / longest if longest else 1.0


@dataclass
class PageResult:
    pdf: str
    page: int
    words: float
    lines: float
    only_auto: list[str]  # warnings of this page only the auto parse gave
    only_plumber: list[str]
    tables_same: bool
    diff: list[str]  # first differing lines, for the reason


def parse(path: Path, data: bytes, engine: str) -> ParsedDocument:
    blob = FetchedBlob(sha256=hashlib.sha256(data).hexdigest(), source_id="agreement", url=str(path),
                       media_type="pdf", size=len(data), path=str(path), fetched_at=datetime(2026, 1, 1, tzinfo=UTC))
    return parse_blob(blob, path, ParseSettings(ocr="never", text_engine=engine))


def page_texts(doc: ParsedDocument) -> dict[int, str]:
    return {span.page: doc.text[span.char_start:span.char_end] for span in doc.pages}


def page_warnings(doc: ParsedDocument, number: int) -> set[str]:
    return {w for w in doc.warnings if w.startswith(f"page {number}: ")}


def page_tables(doc: ParsedDocument, number: int) -> list:
    return [table.rows for table in doc.tables if table.page == number]


def first_differences(a: str, b: str, limit: int = 3) -> list[str]:
    out = []
    matcher = difflib.SequenceMatcher(None, a.split("\n"), b.split("\n"), autojunk=False)
    lines_a, lines_b = a.split("\n"), b.split("\n")
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        out.append(f"auto {lines_a[i1:i2][:3]!r}  pdfplumber {lines_b[j1:j2][:3]!r}")
        if len(out) == limit:
            break
    return out


def compare(path: Path) -> tuple[int, int, list[PageResult]]:
    """(pages, pages PDFium read, results of those pages)."""
    data = path.read_bytes()
    auto, plumber = parse(path, data, "auto"), parse(path, data, "pdfplumber")
    auto_texts, plumber_texts = page_texts(auto), page_texts(plumber)
    results = []
    taken = [span.page for span in auto.pages if span.engine == "pdfium"]
    for number in taken:
        ours, theirs = auto_texts[number], plumber_texts.get(number, "")
        warnings_auto, warnings_plumber = page_warnings(auto, number), page_warnings(plumber, number)
        results.append(PageResult(
            path.name, number, agreement(ours.split(), theirs.split()), agreement(ours.split("\n"), theirs.split("\n")),
            sorted(warnings_auto - warnings_plumber), sorted(warnings_plumber - warnings_auto),
            page_tables(auto, number) == page_tables(plumber, number), first_differences(ours, theirs)))
    return len(auto.pages), len(taken), results


def pdf_paths(sources: list[Path]) -> list[Path]:
    """PDFs of the given files and folders (recursively), each distinct content once."""
    seen, out = set(), []
    for source in sources:
        candidates = sorted(source.rglob("*.pdf")) if source.is_dir() else [source]
        for path in candidates:
            digest = hashlib.sha256(path.read_bytes()).hexdigest()
            if digest not in seen:
                seen.add(digest)
                out.append(path)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("sources", nargs="*", type=Path, help="PDFs or folders (default: corpus + data/external)")
    parser.add_argument("--threshold", type=float, default=0.99, help="least word agreement of a page")
    parser.add_argument("--per-page", action="store_true", help="print every page PDFium reads, not only differences")
    parser.add_argument("--strict", action="store_true", help="a warnings or tables difference fails the check too")
    args = parser.parse_args()
    paths = pdf_paths(args.sources or [source for source in DEFAULT_SOURCES if source.exists()])
    if not paths:
        print("no PDFs found", file=sys.stderr)
        return 2

    pages = taken = 0
    results: list[PageResult] = []
    for path in paths:
        n_pages, n_taken, found = compare(path)
        pages, taken = pages + n_pages, taken + n_taken
        results.extend(found)
        for r in found:
            differs = r.words < 1 or r.lines < 1 or r.only_auto or r.only_plumber or not r.tables_same
            if args.per_page or differs:
                print(f"{r.pdf} page {r.page}: words {r.words:.4f}, lines {r.lines:.4f}"
                      + (f", warnings only auto {r.only_auto}" if r.only_auto else "")
                      + (f", warnings only pdfplumber {r.only_plumber}" if r.only_plumber else "")
                      + ("" if r.tables_same else ", tables differ"))

    under = [r for r in results if r.words < args.threshold]
    warned = [r for r in results if r.only_auto or r.only_plumber]
    tabled = [r for r in results if not r.tables_same]
    print(f"\n{len(paths)} PDFs, {pages} pages; PDFium read {taken} pages ({taken / max(pages, 1):.1%})")
    if results:
        worst_words = min(results, key=lambda r: r.words)
        worst_lines = min(results, key=lambda r: r.lines)
        print(f"min word agreement {worst_words.words:.4f} ({worst_words.pdf} page {worst_words.page}); "
              f"min line agreement {worst_lines.lines:.4f} ({worst_lines.pdf} page {worst_lines.page})")
        print(f"pages identical: {sum(r.words == r.lines == 1.0 for r in results)} of {len(results)}; "
              f"warnings differ on {len(warned)}, tables on {len(tabled)}")
    print(f"pages under {args.threshold} word agreement: {len(under)}")
    for r in under:
        print(f"  {r.pdf} page {r.page}: words {r.words:.4f}, lines {r.lines:.4f}")
        for line in r.diff:
            print(f"    {line}")
    failed = under + (warned + tabled if args.strict else [])
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
