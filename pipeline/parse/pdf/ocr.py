"""OCR of PDF pages with the Tesseract CLI and its Vietnamese model.

Pages are rendered with pypdfium2 (annotations drawn, so signature stamps and
stamped numbers are read too) and piped to ``tesseract stdin stdout -l vie``.

Resolution: measured on the first page of the four corpus PDFs that need OCR
(two image-only scans, the scan with a non-Vietnamese OCR layer, the
glyph-garbled letter), Tesseract 5 ``vie``, one thread, share of words found in
the corpus vocabulary / seconds (render + OCR):

    dpi   bct_cv813     bct_cv2265    lc_bb_mongson  lc_cv3036
    200   0.951 / 1.7   0.945 / 1.2   0.916 / 1.0    0.974 / 1.0
    300   0.947 / 1.6   0.943 / 1.5   0.919 / 1.4    0.968 / 1.2
    400   0.947 / 2.1   0.952 / 2.2   0.934 / 1.8    0.965 / 1.5

Word quality hardly moves between 200 and 400 dpi while 400 costs ~40% more
time than 300. 300 dpi is the default: the poorest scan (lc_bb) gains over
200, small print and diacritics stay above Tesseract's ~20 px x-height
comfort zone, and the cost stays ~1.5 s/page.

Measured again on every page the corpus sends to OCR (11 pages of those four PDFs,
``benchmarks/ocr_bench.py``, 2026-12-04, shared 2-core machine), share of words in
the vocabulary of the corpus' Markdown/HTML/text documents, CPU s/page (render +
Tesseract, one thread):

    dpi   in vocabulary   lc_bb   CPU s/page
    150   0.942           0.914   0.95
    200   0.942           0.921   1.08
    250   0.938           0.919   1.20
    300   0.943           0.924   1.32

The default stays 300 dpi (the poorest scan still gains), given as the resolution of
an A4 page: ``page_dpi`` renders a page of another size so that its short side gets
A4's pixels (an A4 sheet scanned onto a Letter or A3 page keeps its text height in
pixels). Speed comes from running the pages of a document side by side instead:
``ocr_pdf_pages`` renders each page (PDFium, under its lock) and pipes it to a
Tesseract of its own, one OpenMP thread each, ``workers`` at a time.
"""

from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import pypdfium2 as pdfium

from pipeline.executors import usable_cpus
from pipeline.parse.pdf.pdfium import PDFIUM_LOCK
from pipeline.parse.vntext import VIETNAMESE_LETTERS, classic_tone_placement, normalise_text

DEFAULT_DPI = 300
# ``dpi`` is the resolution of an A4 page: a page of another size is rendered so that its
# short side gets as many pixels as A4's would (a scan of an A4 sheet stored on a
# Letter or A3 page keeps the same text size in pixels), within these bounds.
A4_SHORT_SIDE_PT = 595.0
MIN_DPI, MAX_DPI = 100, 600
# Pixel budget of one rendered page: A4 at 300 dpi is ~8.7 Mpx. A page whose
# MediaBox would exceed this (a rendering bomb) is rendered at a lower resolution.
MAX_RENDER_PIXELS = 40_000_000


class OcrUnavailable(RuntimeError):
    """Tesseract or its language model is not installed."""


@dataclass
class OcrResult:
    texts: dict[int, str] = field(default_factory=dict)  # page number → text
    failures: dict[int, str] = field(default_factory=dict)  # page number → reason
    seconds: float = 0.0


@lru_cache(maxsize=1)
def installed_models() -> frozenset[str] | str:
    """Tesseract's installed language models, or why Tesseract cannot run."""
    binary = shutil.which("tesseract")
    if binary is None:
        return "tesseract is not installed (apt-get install tesseract-ocr tesseract-ocr-vie)"
    try:
        listed = subprocess.run([binary, "--list-langs"], capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.SubprocessError) as exc:
        return f"tesseract cannot run: {exc}"
    return frozenset(line.strip() for line in (listed.stdout + listed.stderr).splitlines()[1:])


def ocr_unavailable_reason(lang: str = "vie") -> str | None:
    """Why OCR cannot run (missing binary or model), or None when it can."""
    langs = installed_models()
    if isinstance(langs, str):
        return langs
    missing = [code for code in lang.split("+") if code not in langs]
    if missing:
        return f"tesseract language model {'+'.join(missing)} is not installed (apt-get install tesseract-ocr-{missing[0]})"
    return None


def page_dpi(width: float, height: float, dpi: int) -> float:
    """The resolution a page of ``width`` × ``height`` points is rendered at for OCR,
    ``dpi`` being that of an A4 page."""
    short_side = min(width, height) or A4_SHORT_SIDE_PT
    return min(MAX_DPI, max(MIN_DPI, dpi * A4_SHORT_SIDE_PT / short_side))


def render_page(pdf: pdfium.PdfDocument, number: int, dpi: int, max_pixels: int = MAX_RENDER_PIXELS) -> bytes:
    """PNG bytes of a 1-based page in grayscale at ``page_dpi(dpi)``, scaled down to fit ``max_pixels``."""
    with PDFIUM_LOCK:  # the parser's PDFium text path may run in another thread of this process
        page = pdf[number - 1]
        try:
            width, height = page.get_size()
            scale = page_dpi(width, height, dpi) / 72
            pixels = width * height * scale * scale
            if pixels > max_pixels:
                scale *= (max_pixels / pixels) ** 0.5
            image = page.render(scale=scale, grayscale=True, draw_annots=True).to_pil()
        finally:
            page.close()
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def tesseract_png(png: bytes, lang: str, timeout: float) -> str:
    """Text of one PNG image; raises subprocess errors on failure or timeout."""
    # One OpenMP thread: pages run side by side, one Tesseract each (OpenMP's own
    # threads made a page take 6 s instead of 1.5 s on the shared cores here).
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    # With the orientation model, segmentation also turns pages scanned upside down
    # or sideways (same words and time as plain segmentation on upright pages).
    models = installed_models()
    psm = "1" if isinstance(models, frozenset) and "osd" in models else "3"
    done = subprocess.run(
        ["tesseract", "stdin", "stdout", "-l", lang, "--psm", psm],
        input=png, capture_output=True, timeout=timeout, env=env, check=True,
    )
    return done.stdout.decode("utf-8", "replace")


# A scan's rules, margins and stamp edges come out as "|" glued to a word ("có cơ |hội", "xã| hội") or
# closing a line: prose has none, and they split the words the sentence is matched on.
_RULE_BAR = re.compile(r"(?<=\s)\|(?=\w)|(?<=\w)\|(?=\s)|[ \t]*\|[ \t]*$", re.MULTILINE)


# A list dash read as "~", "_" or "-_" ("~ 100% doanh nghiệp": no "about" meant), a per cent sign doubled ("100%%").
_MISREAD_DASH = re.compile(r"^[ \t]*(?:~|_|-_)(?=[ \t])", re.MULTILINE)
_DOUBLED_PERCENT = re.compile(r"(?<=\d)%%")


VIETNAMESE_LOWERCASE = "".join(c for c in VIETNAMESE_LETTERS if c.islower())
_BROKEN_SENTENCE = re.compile(
    rf"^([^\n]*[a-z{VIETNAMESE_LOWERCASE}][^\n]*[^\s.;:!?])[ \t]*\n(?:[ \t]*\n)+(?=[ \t]*[a-z{VIETNAMESE_LOWERCASE}])", re.MULTILINE
)


def clean_ocr_text(text: str) -> str:
    """NFC, one tone placement, stray rule bars and misread dashes mended, spaces collapsed, no runs of blank lines."""
    text = _DOUBLED_PERCENT.sub("%", _MISREAD_DASH.sub("-", _RULE_BAR.sub("", text)))
    text = classic_tone_placement(normalise_text(text))
    # Tesseract opens a paragraph where the line spacing widens, mid-sentence too ("… cho sự" ⏎⏎ "phát triển …"):
    # a line going on in lower case continues the one above, unless that one ends a sentence or is a heading in capitals.
    text = _BROKEN_SENTENCE.sub(r"\1\n", text)
    lines: list[str] = []
    for line in text.split("\n"):
        if line or (lines and lines[-1]):
            lines.append(line)
    return "\n".join(lines).strip()


def ocr_pdf_pages(path: Path, pages: list[int], lang: str = "vie", dpi: int = DEFAULT_DPI,
                  timeout: float = 120.0, max_pixels: int = MAX_RENDER_PIXELS, workers: int = 0) -> OcrResult:
    """OCR the given 1-based pages, up to ``workers`` at once (0: one per core), one
    single-threaded Tesseract each; raises OcrUnavailable when Tesseract/model is missing."""
    reason = ocr_unavailable_reason(lang)
    if reason:
        raise OcrUnavailable(reason)
    result = OcrResult()
    started = time.perf_counter()
    with PDFIUM_LOCK:
        pdf = pdfium.PdfDocument(str(path))

    def read(number: int) -> None:
        # Rendering holds PDFIUM_LOCK; Tesseract runs outside it, beside the other pages' renders.
        try:
            png = render_page(pdf, number, dpi, max_pixels)
            result.texts[number] = clean_ocr_text(tesseract_png(png, lang, timeout))
        except subprocess.TimeoutExpired:
            result.failures[number] = f"OCR timed out after {timeout:g} s"
        except subprocess.CalledProcessError as exc:
            result.failures[number] = f"tesseract failed: {exc.stderr.decode('utf-8', 'replace').strip()[:200]}"
        except (pdfium.PdfiumError, OSError, ValueError) as exc:
            result.failures[number] = f"page could not be rendered: {exc}"

    try:
        with ThreadPoolExecutor(max_workers=max(1, min(workers or usable_cpus(), len(pages)))) as pool:
            list(pool.map(read, pages))
    finally:
        with PDFIUM_LOCK:
            pdf.close()
    result.seconds = time.perf_counter() - started
    return result

