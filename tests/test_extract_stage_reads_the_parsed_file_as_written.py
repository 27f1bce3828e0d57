"""The extract stage reads back the document the parse stage wrote, field for
field, and writes the extraction of that document."""

import json

from pipeline import stages
from pipeline.extract.stage import extract_document
from schemas import DocumentStatus, PageSpan, ParsedDocument, Table


def _document(**fields) -> ParsedDocument:
    base = {
        "document_id": "d" * 16,
        "sha256": "a" * 64,
        "source_id": "sở-xây-dựng",
        "url": "https://example.vn/kế-hoạch.pdf",
        "media_type": "pdf",
        "parser": "pdfplumber+pdfium",
        "text": "KẾ HOẠCH\nĐến năm 2030, 100% xã có \"nhà văn hoá\" \\ đạt chuẩn.\n",
        "pages": [PageSpan(page=1, char_start=0, char_end=9), PageSpan(page=2, char_start=9, char_end=60, ocr=True)],
        "tables": [Table(page=2, index=0, rows=[["STT", None], ["1", "Sở Y tế"]], char_start=9, char_end=20)],
        "warnings": ["trang 2: OCR"],
        "hints": {"title": "Kế hoạch", "signature_date": None},
    }
    return ParsedDocument(**{**base, **fields})


def test_the_extraction_written_is_that_of_the_document_written(tmp_path):
    for parsed in (_document(), _document(status=DocumentStatus.needs_ocr, error="scan", text="", pages=[], tables=[])):
        parsed_file, out = tmp_path / f"{parsed.status}.json", tmp_path / f"{parsed.status}.extracted.json"
        stages._write_parsed(parsed, parsed_file, "stamp0")
        assert stages._extract_one((str(parsed_file), {}, str(out), "stamp1")) == (parsed.document_id, None)
        written = json.loads(out.read_text(encoding="utf-8"))
        expected = json.loads(extract_document(parsed).model_dump_json())
        assert written["stamp"] == "stamp1"
        assert written["extraction"]["document"]["content_stamp"] == "stamp1"
        for record in (written["extraction"], expected):
            record["document"].pop("content_stamp")
            for error in record["errors"]:
                error.pop("at")
        assert written["extraction"] == expected


def test_an_unreadable_parsed_file_fails_that_document_only(tmp_path):
    broken = tmp_path / "parsed.json"
    broken.write_text('{"stamp": "x", "parsed": {"document_id": 1}}', encoding="utf-8")
    document_id, error = stages._extract_one((str(broken), {}, str(tmp_path / "out.json"), "x"))
    assert document_id == "parsed"
    assert error.startswith("extract failed: ValidationError")
    assert not (tmp_path / "out.json").exists()
