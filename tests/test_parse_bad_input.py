"""Bad input never raises: each case ends with status error and a reason naming it."""

from __future__ import annotations

from io import BytesIO

import pypdfium2 as pdfium
import pytest
from parse_helpers import blob_for, flate_bomb_pdf, minimal_pdf, parse_file, text_pdf, write_and_parse
from PIL import Image

from pipeline.parse.pdf.ocr import render_page
from pipeline.parse.stage import ParseSettings, parse_blob
from pipeline.parse.sniff import sniff_media_type

BLANK_PAGE = [
    b"<< /Type /Catalog /Pages 2 0 R >>",
    b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>",
]
FILE_ID = b"/ID [<0123456789abcdef0123456789abcdef> <0123456789abcdef0123456789abcdef>] "


def test_zero_byte_file(tmp_path):
    doc = write_and_parse(tmp_path, "empty.pdf", b"")
    assert doc.status == "error" and doc.error == "zero-byte file"


def test_truncated_pdf(tmp_path, shared_docs):
    data = (shared_docs / "lc_qd1696_uyquyen_sct_2026.pdf").read_bytes()
    doc = write_and_parse(tmp_path, "cut.pdf", data[: len(data) // 2])
    assert doc.status == "error" and doc.error.startswith("truncated PDF:")


def test_corrupted_pdf(tmp_path):
    doc = write_and_parse(tmp_path, "junk.pdf", b"%PDF-1.7\n" + bytes(range(256)) * 20 + b"\n%%EOF\n")
    assert doc.status == "error" and doc.error.startswith("corrupted PDF:")


def test_encrypted_pdf_needs_password(tmp_path):
    # Standard security handler with an unknown user password: the empty password fails.
    encrypt = b"<< /Filter /Standard /V 1 /R 2 /O <" + b"11" * 32 + b"> /U <" + b"22" * 32 + b"> /P -4 >>"
    data = minimal_pdf(BLANK_PAGE + [encrypt], b"/Encrypt 4 0 R " + FILE_ID)
    doc = write_and_parse(tmp_path, "locked.pdf", data)
    assert doc.status == "error" and doc.error == "encrypted PDF (password required)"


def test_html_saved_as_pdf_is_mislabelled(tmp_path):
    doc = write_and_parse(tmp_path, "plan.pdf", b"<!DOCTYPE html><html><body>404 Not Found</body></html>",
                          url="https://example.gov.vn/files/plan.pdf")
    assert doc.status == "error" and doc.error == "mislabelled: HTML saved as .pdf"
    assert doc.media_type == "html"


def test_page_count_limit(tmp_path, shared_docs):
    doc = parse_file(shared_docs / "lc_qd2170_ctdt_kcn_banqua_2026.pdf", max_pages=5)
    assert doc.status == "error" and doc.error == "too many pages: 9 (limit 5)"


def test_text_bomb_limit(tmp_path):
    doc = write_and_parse(tmp_path, "long.pdf", text_pdf(["Ke hoach phat trien kinh te xa hoi nam 2030"] * 20),
                          max_chars=100)
    assert doc.status == "error" and doc.error.startswith("decompression bomb:")


def test_flate_bomb_is_refused_before_inflating(tmp_path):
    doc = write_and_parse(tmp_path, "bomb.pdf", flate_bomb_pdf(20_000_000), max_stream_bytes=1_000_000)
    assert doc.status == "error"
    assert doc.error == "decompression bomb: page 1 content stream inflates beyond 1000000 bytes"


def test_render_bomb_is_scaled_down(tmp_path):
    path = tmp_path / "giant.pdf"
    path.write_bytes(text_pdf(["x"], media_box="0 0 14400 14400"))  # 200 x 200 inches
    pdf = pdfium.PdfDocument(str(path))
    try:
        png = render_page(pdf, 1, dpi=300, max_pixels=4_000_000)
    finally:
        pdf.close()
    width, height = Image.open(BytesIO(png)).size
    assert width * height <= 4_000_000 * 1.01


def test_blank_pdf_is_an_error_not_empty_ok(tmp_path):
    doc = write_and_parse(tmp_path, "blank.pdf", minimal_pdf(BLANK_PAGE))
    assert doc.status == "error" and "blank" in doc.error


@pytest.mark.parametrize("markup", [b"<html><body><div></div></body></html>", b"<html><head><title>x</title></head></html>"])
def test_unreadable_html(tmp_path, markup):
    doc = write_and_parse(tmp_path, "page.html", markup)
    assert doc.status == "error" and doc.error.startswith("unreadable HTML")


def test_unknown_binary(tmp_path):
    doc = write_and_parse(tmp_path, "blob.bin", b"\x00\x01\x02\x03binary")
    assert doc.status == "error" and doc.error.startswith("unknown format")


def test_missing_raw_file(tmp_path):
    path = tmp_path / "gone.txt"
    path.write_text("x")
    blob = blob_for(path)
    path.unlink()
    doc = parse_blob(blob, path, ParseSettings())
    assert doc.status == "error" and doc.error.startswith("raw file not readable")


def test_sniff_utf16_html_and_pdf_after_junk():
    assert sniff_media_type("\ufeff<html><body>Kế hoạch</body></html>".encode("utf-16")) == "html"
    assert sniff_media_type("\ufeffKế hoạch số 110/KH-UBND".encode("utf-16")) == "text"
    assert sniff_media_type(b"HTTP/1.1 200 OK\r\n\r\n%PDF-1.7\n...") == "pdf"
    assert sniff_media_type(b"<html><body>%PDF-1.7 sample</body></html>") == "html"


def test_utf16_text_file_is_read(tmp_path):
    doc = write_and_parse(tmp_path, "note.txt", "\ufeffKế hoạch số 110/KH-UBND\n\nMục tiêu".encode("utf-16"))
    assert doc.status == "ok" and doc.text == "Kế hoạch số 110/KH-UBND\n\nMục tiêu"


def test_runaway_page_times_out_and_is_reported(tmp_path, monkeypatch):
    import gc
    import time

    import pipeline.parse.stage

    monkeypatch.setattr(pipeline.parse.stage, "extract_page", lambda *args, **kwargs: time.sleep(5))
    doc = write_and_parse(tmp_path, "slow.pdf", text_pdf(["Ke hoach 2030"]), page_timeout=0.2, ocr="never")
    assert "page 1: text layer timed out after 0.2 s" in doc.warnings
    assert doc.status == "needs_ocr" and doc.error.startswith("needs OCR: page 1")
    assert gc.isenabled()  # the garbage collector paused for the page runs again


def test_short_text_page_without_images_keeps_its_words(tmp_path):
    doc = write_and_parse(tmp_path, "sign.pdf", text_pdf(["CHU TICH", "Nguyen Van A"]), ocr="never")
    assert doc.pages[0].verdict == "no_text"  # too few letters to count as a text page
    assert doc.status == "ok" and "Nguyen Van A" in doc.text  # nothing to OCR, nothing dropped


def test_pages_parse_in_worker_threads_without_a_time_limit(tmp_path):
    """SIGALRM only reaches the main thread: a Dask worker thread parses with no page limit."""
    import gc
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(2) as pool:
        docs = list(pool.map(
            lambda i: write_and_parse(tmp_path, f"t{i}.pdf", text_pdf([f"Ke hoach {i} " * 10]), page_timeout=0.2,
                                      ocr="never"),
            range(4),
        ))
    assert all(doc.status == "ok" and not doc.warnings for doc in docs)
    assert gc.isenabled()  # the collector paused during pages runs again


def test_a_long_html_page_is_refused_for_its_length_not_as_a_bomb(tmp_path):
    paragraphs = "".join(f"<p>Phấn đấu đến năm {2026 + n}, {60 + n}% xã đạt chuẩn nông thôn mới.</p>" for n in range(20))
    page = f"<html><body><article>{paragraphs}</article></body></html>"
    doc = write_and_parse(tmp_path, "dai.html", page.encode("utf-8"), max_chars=100)
    assert doc.status == "error" and doc.error == "main text longer than 100 characters (parse.max_chars)"
