"""Legacy .doc/.xls: converted by LibreOffice headless when it is installed; without
it the document is kept with status needs_conversion and a reason saying what to install."""

import pytest
from office_helpers import markdown_to_docx, rows_to_xlsx
from parse_helpers import write_and_parse

from pipeline.extract.stage import extract_document
from pipeline.parse import convert
from pipeline.parse.sniff import sniff_media_type

needs_libreoffice = pytest.mark.skipif(convert.office_converter() is None,
                                       reason="LibreOffice (soffice) is not installed: bash scripts/setup.sh --office")


@pytest.fixture(scope="module")
def plan_docx(shared_docs) -> bytes:
    return markdown_to_docx((shared_docs / "ht_kh624_mamnon_2025.md").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def plan_doc(plan_docx) -> bytes:
    return convert.convert_office(plan_docx, "docx", "doc", timeout=120)


OLE_WORD = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504 + "WordDocument".encode("utf-16-le")


def test_without_libreoffice_a_doc_needs_conversion(tmp_path, monkeypatch):
    monkeypatch.setattr(convert, "CONVERTERS", ())  # as on a machine without LibreOffice
    doc = write_and_parse(tmp_path, "ke-hoach.doc", OLE_WORD)
    assert (doc.media_type, doc.status, doc.text) == ("doc", "needs_conversion", "")
    assert doc.error == ("needs conversion: legacy .doc file; LibreOffice (soffice) is not installed; "
                         "install LibreOffice (bash scripts/setup.sh --office) to read it")
    extraction = extract_document(doc)
    assert extraction.document.status == "needs_conversion" and not extraction.targets
    assert [e.reason for e in extraction.errors] == [f"needs_conversion: {doc.error}"]


@needs_libreoffice
def test_doc_converted_by_libreoffice_reads_like_the_docx(tmp_path, plan_docx, plan_doc):
    assert sniff_media_type(plan_doc) == "doc"
    legacy = write_and_parse(tmp_path, "kh624.doc", plan_doc)
    assert (legacy.status, legacy.media_type, legacy.parser) == ("ok", "doc", "libreoffice+python-docx")
    assert legacy.warnings == ["converted from .doc to .docx by LibreOffice"]
    modern = extract_document(write_and_parse(tmp_path, "kh624.docx", plan_docx))
    converted = extract_document(legacy)
    key = lambda t: (t.value, t.unit, t.deadline_year, t.metric)  # noqa: E731
    assert converted.targets and sorted(map(key, converted.targets)) == sorted(map(key, modern.targets))
    assert converted.document.number == "624/KH-UBND" and converted.document.province == "Hà Tĩnh"


@needs_libreoffice
def test_xls_converted_by_libreoffice_keeps_its_table(tmp_path):
    rows = [["TT", "Chỉ tiêu", "Đơn vị tính", "Năm 2030"], [1, "Số doanh nghiệp công nghệ số", "doanh nghiệp", 2500]]
    xls = convert.convert_office(rows_to_xlsx({"Chỉ tiêu": rows}), "xlsx", "xls", timeout=120)
    assert sniff_media_type(xls) == "xls"
    legacy = write_and_parse(tmp_path, "chi-tieu.xls", xls)
    assert (legacy.status, legacy.parser) == ("ok", "libreoffice+openpyxl")
    assert legacy.tables[0].rows[1] == ["1", "Số doanh nghiệp công nghệ số", "doanh nghiệp", "2500"]


@needs_libreoffice
def test_a_file_libreoffice_cannot_read_is_an_error(tmp_path):
    doc = write_and_parse(tmp_path, "hong.doc", OLE_WORD)
    assert doc.status == "error" and doc.error.startswith("LibreOffice could not convert it")


@needs_libreoffice
def test_a_doc_left_needs_conversion_is_read_once_libreoffice_is_installed(tmp_path, monkeypatch, plan_doc):
    from pipeline.executors import ExecutorSettings
    from pipeline.orchestrate import PipelineSettings, run_pipeline

    (tmp_path / "kh624.doc").write_bytes(plan_doc)
    manifest = tmp_path / "sources.yaml"
    manifest.write_text("sources:\n  - id: hatinh-kh624\n    province: Hà Tĩnh\n    kind: document\n    url: kh624.doc\n",
                        encoding="utf-8")
    settings = PipelineSettings(executor=ExecutorSettings(workers=1))
    with monkeypatch.context() as without_libreoffice:
        without_libreoffice.setattr(convert, "CONVERTERS", ())
        first = run_pipeline(manifest, tmp_path / "db.duckdb", tmp_path / "data", settings)
    assert (first.run.documents_needs_conversion, first.run.documents_ok, first.run.targets) == (1, 0, 0)
    assert [reason.split(";")[0] for _, reason in first.failures] == ["needs_conversion: needs conversion: legacy .doc file"]

    second = run_pipeline(manifest, tmp_path / "db.duckdb", tmp_path / "data", settings)
    assert second.failures == []
    assert (second.run.documents_needs_conversion, second.run.documents_ok, second.run.targets) == (0, 1, 9)
