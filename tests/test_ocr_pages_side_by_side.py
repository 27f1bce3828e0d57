"""OCR spreads the pages of one document over the cores (one single-threaded
Tesseract each) with the same text as page by page, and renders a page at a
resolution chosen by its size (``ocr_dpi`` is that of an A4 page)."""

from __future__ import annotations

import shutil
import threading
from io import BytesIO

import pypdfium2 as pdfium
import pytest
from PIL import Image

from pipeline.parse.pdf import ocr

needs_tesseract = pytest.mark.skipif(
    shutil.which("tesseract") is None or ocr.ocr_unavailable_reason("vie") is not None,
    reason="tesseract with the vie model is not installed",
)


@pytest.mark.ocr
@needs_tesseract
def test_pages_of_one_scan_run_side_by_side_with_the_same_text(shared_docs, monkeypatch):
    scan = shared_docs / "bct_cv2265_hhnh_2026_scan.pdf"
    alone = ocr.ocr_pdf_pages(scan, [1, 2, 3], dpi=150, workers=1)
    running, most = 0, 0
    lock = threading.Lock()
    real = ocr.tesseract_png

    def counted(png, lang, timeout):
        nonlocal running, most
        with lock:
            running += 1
            most = max(most, running)
        try:
            return real(png, lang, timeout)
        finally:
            with lock:
                running -= 1

    monkeypatch.setattr(ocr, "tesseract_png", counted)
    side_by_side = ocr.ocr_pdf_pages(scan, [1, 2, 3], dpi=150, workers=2)
    assert most == 2
    assert side_by_side.texts == alone.texts and not side_by_side.failures
    assert "BỘ CÔNG THƯƠNG" in side_by_side.texts[1]


def test_resolution_follows_the_page_size():
    assert ocr.page_dpi(595, 842, 300) == 300  # A4
    assert ocr.page_dpi(842, 595, 300) == 300  # A4 landscape
    assert round(ocr.page_dpi(842, 1191, 300)) == 212  # A3: the same pixels as A4
    assert round(ocr.page_dpi(420, 595, 300)) == 425  # A5
    assert ocr.page_dpi(100, 100, 300) == ocr.MAX_DPI  # a stamp-sized page is not blown up without end
    assert ocr.page_dpi(5000, 5000, 300) == ocr.MIN_DPI


def test_rendered_pixels_follow_the_chosen_resolution(shared_docs):
    pdf = pdfium.PdfDocument(str(shared_docs / "bct_cv813_hoachat_2026_scan.pdf"))  # A4: 595 × 842 pt
    try:
        width, height = Image.open(BytesIO(ocr.render_page(pdf, 1, dpi=200))).size
    finally:
        pdf.close()
    assert (round(width / 595 * 72), round(height / 842 * 72)) == (200, 200)
