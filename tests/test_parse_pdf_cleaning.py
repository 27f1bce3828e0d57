"""Cleaning and table filters of the PDF parser on small constructed inputs."""

from __future__ import annotations

from parse_helpers import doubled_text_pdf, fonts_pdf, text_pdf, write_and_parse

from pipeline.parse.pdf.tables import is_real_table, locate_table

LINE = "Ke hoach phat trien kinh te xa hoi giai doan 2026 2030 cua tinh"


def test_doubled_glyphs_are_removed_only_where_present(tmp_path):
    doubled = write_and_parse(tmp_path, "bold.pdf", doubled_text_pdf(LINE), ocr="never")
    assert LINE in doubled.text
    assert "page 1: doubled glyphs removed" in doubled.warnings
    plain = write_and_parse(tmp_path, "plain.pdf", text_pdf([LINE]), ocr="never")
    assert LINE in plain.text and not any("doubled" in w for w in plain.warnings)


def test_real_tables_are_kept_and_glyph_grids_dropped():
    agencies = [["TT", "Nhiệm vụ", "Cơ quan chủ trì"], ["1", "Xây dựng kế hoạch", "Sở Công Thương"]]
    coordinates = [["Mốc", "X", "Y"], ["M1", "2498695,39", "407233,35"], ["M2", "2498676,07", "407246,81"]]
    letter_boxes = [["A", "B", "C"], ["D", "E", "F"]]
    assert is_real_table(agencies) and is_real_table(coordinates)
    assert not is_real_table(letter_boxes)
    assert not is_real_table([["only one row", "x"]])
    assert not is_real_table([[str(i) for i in range(30)], [str(i) for i in range(30)]])


def test_locate_table_in_page_text():
    text = "Điều 1.\nTT Nhiệm vụ Cơ quan chủ trì\n1 Xây dựng kế hoạch Sở Công Thương\nĐiều 2."
    rows = [["TT", "Nhiệm vụ", "Cơ quan chủ trì"], ["1", "Xây dựng kế hoạch", "Sở Công Thương"]]
    start, end = locate_table(text, rows, 0, len(text))
    assert text[start:end] == "TT Nhiệm vụ Cơ quan chủ trì\n1 Xây dựng kế hoạch Sở Công Thương"
    assert locate_table(text, [["không", "có"], ["ở", "đây"]], 0, len(text)) == (None, None)


def test_tcvn3_fonts_are_converted_and_unicode_fonts_left_alone(tmp_path):
    data = fonts_pdf([
        (".VnTimeH", "céng hßa x· héi chñ nghÜa viÖt nam"),  # the capitals-only font
        (".VnTime", "§éc lËp - Tù do - H¹nh phóc"),
        (".VnTime", "PhÊn ®Êu ®Õn n¨m 2030 tû lÖ hé nghÌo gi¶m xuèng d\u00adíi 3% theo kÕ ho¹ch cña tØnh"),
        ("Helvetica", "Ban hanh kem theo Quyet dinh so 12/QD-UBND"),  # plain text in another font
    ])
    doc = write_and_parse(tmp_path, "vntime.pdf", data, ocr="never")
    assert doc.status == "ok" and doc.pages[0].verdict == "text"
    lines = doc.text.split("\n")
    assert lines[:2] == ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
    assert "Phấn đấu đến năm 2030 tỷ lệ hộ nghèo giảm xuống dưới 3% theo kế hoạch của tỉnh" in doc.text
    assert "Ban hanh kem theo Quyet dinh so 12/QD-UBND" in doc.text
    assert "page 1: TCVN3 fonts converted to Unicode" in doc.warnings


def test_hex_strings_decode_as_pdfminer_decodes_them():
    """The parser's faster hex-string tokenizer: spaces skipped, an odd last digit kept as pdfminer has it."""
    import io

    import pipeline.parse.pdf.plumber  # noqa: F401  (installs the tokenizer)
    from pdfminer.psparser import PSBaseParser

    parser = PSBaseParser(io.BytesIO(b"<48 65\n6C6C6F> <414> <>"))
    assert [parser.nexttoken()[1] for _ in range(3)] == [b"Hello", b"A\x04", b""]
