"""A PDF page with no text layer whose text is drawn as outlines (a scan traced to curves, a file printed with its
fonts as paths; a real Yên Bái directive has 3,000 curves a page) is read by OCR like a scan; a page with a few
lines and no text is blank."""

from tests.parse_helpers import minimal_pdf, write_and_parse


def _page_with_curves(count: int) -> bytes:
    strokes = b"".join(
        b"%d %d m %d %d %d %d %d %d c f\n" % (40 + (i % 50) * 10, 800 - (i // 50) * 12, 42 + (i % 50) * 10,
                                               803 - (i // 50) * 12, 45 + (i % 50) * 10, 803 - (i // 50) * 12,
                                               47 + (i % 50) * 10, 800 - (i // 50) * 12)
        for i in range(count)
    )
    return minimal_pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << >> >>",
        b"<< /Length %d >>\nstream\n" % len(strokes) + strokes + b"\nendstream",
    ])


def test_a_page_of_text_drawn_as_curves_is_sent_to_ocr(tmp_path):
    parsed = write_and_parse(tmp_path, "drawn.pdf", _page_with_curves(1200), ocr="never")
    assert parsed.status == "needs_ocr"
    assert any("text drawn as outlines" in w for w in parsed.warnings)


def test_a_page_with_a_few_lines_and_no_text_is_blank(tmp_path):
    parsed = write_and_parse(tmp_path, "lines.pdf", _page_with_curves(20), ocr="never")
    assert parsed.status != "needs_ocr"
