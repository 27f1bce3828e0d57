"""OCR with Tesseract vie: real scans get their headings; a missing Tesseract gives needs_ocr."""

from __future__ import annotations

import shutil
from io import BytesIO

import pypdfium2 as pdfium
import pytest
from PIL import Image
from parse_helpers import parse_file

from pipeline.parse.pdf import ocr
from pipeline.parse.vntext import classic_tone_placement

HEADING = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
needs_tesseract = pytest.mark.skipif(
    shutil.which("tesseract") is None or ocr.ocr_unavailable_reason("vie") is not None,
    reason="tesseract with the vie model is not installed",
)


@pytest.mark.ocr
@needs_tesseract
def test_image_only_scan_is_ocred(shared_docs):
    doc = parse_file(shared_docs / "bct_cv813_hoachat_2026_scan.pdf")
    assert doc.status == "ok" and doc.parser == "pdfplumber+tesseract"
    assert [(s.verdict, s.ocr, s.engine) for s in doc.pages] == [("ocr", True, "tesseract"), ("ocr", True, "tesseract")]
    first = doc.text[doc.pages[0].char_start:doc.pages[0].char_end]
    assert HEADING in first and "BỘ CÔNG THƯƠNG" in first
    assert doc.is_ocr_at(doc.pages[1].char_start)


@pytest.mark.ocr
@needs_tesseract
def test_one_page_of_a_non_vietnamese_ocr_layer(shared_docs):
    result = ocr.ocr_pdf_pages(shared_docs / "lc_bb_kiemtra_kho_mongson_2026_badocr.pdf", [1])
    assert not result.failures
    assert HEADING in result.texts[1] and "Độc lập - Tự do - Hạnh phúc" in result.texts[1]


def test_missing_tesseract_gives_needs_ocr_with_pages(shared_docs, monkeypatch):
    monkeypatch.setattr(ocr.shutil, "which", lambda name: None)
    ocr.installed_models.cache_clear()
    try:
        doc = parse_file(shared_docs / "bct_cv2265_hhnh_2026_scan.pdf")
    finally:
        ocr.installed_models.cache_clear()
    assert doc.status == "needs_ocr"
    assert "tesseract is not installed" in doc.error
    assert all(f"page {n} (image only" in doc.error for n in (1, 2, 3))
    assert doc.hints["signature_org"] == "Bộ Công Thương"  # the container still gives its metadata


def test_missing_language_model_is_named(monkeypatch):
    monkeypatch.setattr(ocr, "installed_models", lambda: frozenset({"eng", "osd"}))
    reason = ocr.ocr_unavailable_reason("vie")
    assert reason == "tesseract language model vie is not installed (apt-get install tesseract-ocr-vie)"


@pytest.mark.ocr
@needs_tesseract
def test_upside_down_scan_is_read(shared_docs):
    pdf = pdfium.PdfDocument(str(shared_docs / "bct_cv813_hoachat_2026_scan.pdf"))
    try:
        png = ocr.render_page(pdf, 1, dpi=200)
    finally:
        pdf.close()
    upside_down = BytesIO()
    Image.open(BytesIO(png)).rotate(180).save(upside_down, format="PNG")
    text = ocr.clean_ocr_text(ocr.tesseract_png(upside_down.getvalue(), "vie", timeout=120))
    assert HEADING in text


def test_ocr_text_cleanup_keeps_one_tone_placement():
    assert ocr.clean_ocr_text("CỘNG HOÀ  XÃ HỘI\n\n\n\nthuỷ lợi") == "CỘNG HÒA XÃ HỘI\n\nthủy lợi"
    assert classic_tone_placement("quý, hoàn, khoẻ") == "quý, hoàn, khỏe"
