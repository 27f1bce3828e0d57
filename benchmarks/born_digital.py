"""Born-digital PDF renditions of the corpus' plan texts, with their gold files.

The shared corpus has few born-digital PDF pages (13 of 38; the rest are scans),
but most of its plans exist as text (Markdown, HTML, plain text). This script
typesets each of those texts as an A4 PDF the way an office exports a plan from
a word processor (serif 13 pt, justified paragraphs, bold headings, ruled tables
for the Markdown tables, page numbers at the top from page 2), so the PDF path of
the parser can be measured on thousands of text-layer pages:

- throughput: ``pipeline_bench.py --docs OUT/docs --kinds pdf``;
- agreement of the text engines: ``pdfium_hybrid.py --docs OUT/docs``;
- quality on PDFs: ``vnplans evaluate --gold OUT/gold`` scores the renditions
  against the gold of the original texts (each gold file is copied with its
  ``file`` pointing at the PDF).

The renditions are test material, not corpus documents: they are written outside
the repository (default /tmp/born_digital) and never committed.

Needs fpdf2 (``pip install -e '.[bench]'``) and a Unicode serif TrueType font
(DejaVu Serif or Liberation Serif, e.g. Debian's fonts-dejavu-core).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.extract.stage import parse_path
from pipeline.parse.stage import ParseSettings

DEFAULT_DOCS = ROOT.parent / "shared" / "corpus" / "docs"
DEFAULT_GOLD = ROOT.parent / "shared" / "corpus" / "gold"
FONT_DIRS = (Path("/usr/share/fonts"), Path("/usr/local/share/fonts"))
# (regular, bold) font files, first found wins.
FONT_FILES = (("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf"), ("LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf"))
TEXT_KINDS = (".md", ".html", ".htm", ".txt")

FONT_SIZE = 13  # points: the size Decree 30/2020 sets for the body of administrative documents
LINE_HEIGHT = 6.5  # mm
MARGINS = (30, 20, 20)  # left, top, right in mm (Decree 30/2020: left 30-35, right 15-20)

_TABLE_ROW = re.compile(r"^\s*\|.*\|\s*$")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}")
_EMPHASIS = re.compile(r"\*\*|__|(?<!\w)\*(?=\S)|(?<=\S)\*(?!\w)")
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_HEADING = re.compile(r"^#{1,6}\s*")
_SEPARATOR_LINE = re.compile(r"^[\s|*_\-=]*$")
# A list item starts a new paragraph even without a blank line before it.
_LIST_ITEM = re.compile(r"^\s*(?:[-+•–]\s|[a-zđ]\)\s|\d{1,2}(?:\.\d{1,2})*[.)]\s|[IVX]{1,5}\.\s)")


def find_font(explicit: Path | None) -> tuple[Path, Path]:
    if explicit:
        bold = explicit.with_name(explicit.stem + "-Bold" + explicit.suffix)
        return explicit, bold if bold.exists() else explicit
    for regular, bold in FONT_FILES:
        for base in FONT_DIRS:
            found = sorted(base.rglob(regular)) if base.exists() else []
            if found:
                bold_path = found[0].with_name(bold)
                return found[0], bold_path if bold_path.exists() else found[0]
    raise SystemExit("born_digital: no DejaVu Serif or Liberation Serif font found; install fonts-dejavu-core "
                     "or pass --font PATH.ttf")


def plain(text: str) -> str:
    """Markdown emphasis and links removed, spaces collapsed."""
    return re.sub(r"\s+", " ", _EMPHASIS.sub("", _LINK.sub(r"\1", text))).strip()


def blocks(text: str) -> Iterator[tuple[str, object]]:
    """("table", rows) for runs of Markdown table rows, ("heading"/"paragraph", text) else.

    The corpus' Markdown keeps the hard line breaks of the converter it came from,
    so the lines of a paragraph are joined and the PDF wraps them again."""
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        if _TABLE_ROW.match(lines[i]):
            rows = []
            while i < len(lines) and _TABLE_ROW.match(lines[i]):
                if not _TABLE_RULE.match(lines[i]):
                    rows.append([plain(cell) for cell in lines[i].strip().strip("|").split("|")])
                i += 1
            if rows and max(len(r) for r in rows) > 1:
                yield "table", rows
            continue
        para = []
        while i < len(lines) and lines[i].strip() and not _TABLE_ROW.match(lines[i]):
            if para and _LIST_ITEM.match(plain(lines[i])):
                break
            if not _SEPARATOR_LINE.match(lines[i]):
                para.append(lines[i])
            i += 1
        if para:
            first = para[0].lstrip()
            bold = first.startswith(("#", "**")) and para[-1].rstrip().endswith(("**", first.rstrip()))
            body = plain(_HEADING.sub("", " ".join(para)))
            if body:
                yield ("heading" if bold or first.startswith("#") else "paragraph"), body
        while i < len(lines) and not lines[i].strip():
            i += 1


def render(text: str, out: Path, fonts: tuple[Path, Path]) -> int:
    """Typeset ``text`` into ``out``; returns the page count."""
    from fpdf import FPDF
    from fpdf.fonts import FontFace

    class PlanPdf(FPDF):
        def header(self) -> None:
            if self.page_no() > 1:  # Vietnamese administrative documents number pages at the top from page 2
                self.set_font("serif", size=FONT_SIZE)
                self.cell(0, LINE_HEIGHT, str(self.page_no()), align="C", new_x="LMARGIN", new_y="NEXT")
                self.ln(2)

    pdf = PlanPdf(format="A4")
    pdf.set_margins(*MARGINS)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_font("serif", "", str(fonts[0]))
    pdf.add_font("serif", "B", str(fonts[1]))
    pdf.add_page()
    for kind, content in blocks(text):
        if kind == "table":
            width = max(len(r) for r in content)
            pdf.set_font("serif", size=FONT_SIZE - 1)
            with pdf.table(line_height=LINE_HEIGHT - 1, first_row_as_headings=True,
                           headings_style=FontFace(emphasis="BOLD")) as table:
                for row in content:
                    cells = table.row()
                    for cell in row + [""] * (width - len(row)):
                        cells.cell(cell)
            pdf.ln(2)
        else:
            heading = kind == "heading"
            pdf.set_font("serif", "B" if heading else "", FONT_SIZE)
            pdf.multi_cell(0, LINE_HEIGHT, content, align="C" if heading and content.isupper() else "J",
                           new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
    pdf.output(str(out))
    return pdf.pages_count


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=Path, default=DEFAULT_DOCS, help="corpus documents (the text ones are rendered)")
    ap.add_argument("--gold", type=Path, default=DEFAULT_GOLD, help="gold files of those documents")
    ap.add_argument("--out", type=Path, default=Path("/tmp/born_digital"), help="writes OUT/docs/*.pdf and OUT/gold/*.json")
    ap.add_argument("--font", type=Path, default=None, help="a Unicode serif .ttf (its -Bold sibling is used for headings)")
    args = ap.parse_args(argv)

    fonts = find_font(args.font)
    (args.out / "docs").mkdir(parents=True, exist_ok=True)
    (args.out / "gold").mkdir(parents=True, exist_ok=True)
    rendered: dict[str, str] = {}  # "docs/x.md" → "docs/x.pdf"
    total_pages = 0
    for source in sorted(p for p in args.docs.iterdir() if p.suffix.lower() in TEXT_KINDS):
        parsed = parse_path(source, ParseSettings(ocr="never"))
        if parsed.status != "ok":
            print(f"skipped {source.name}: {parsed.status} {parsed.error}")
            continue
        target = args.out / "docs" / (source.stem + ".pdf")
        pages = render(parsed.text, target, fonts)
        total_pages += pages
        rendered[f"docs/{source.name}"] = f"docs/{target.name}"
        print(f"{source.name:55} {len(parsed.text):7d} chars → {target.name} {pages:3d} pages")
    golds = 0
    for gold_path in sorted(args.gold.glob("*.json")):
        data = json.loads(gold_path.read_text(encoding="utf-8"))
        if data.get("file") in rendered:
            data["file"] = rendered[data["file"]]
            (args.out / "gold" / gold_path.name).write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
            golds += 1
    print(f"{len(rendered)} PDFs, {total_pages} pages, font {fonts[0].name}; {golds} gold files in {args.out / 'gold'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
