"""A plan attached as .docx reads like the same plan's text: same targets, agencies
and metadata; its tables are Table records; Word's automatic list numbers are kept."""

import io
import zipfile

import docx
import pytest
from office_helpers import markdown_to_docx
from parse_helpers import parse_file, write_and_parse

from pipeline.extract.stage import extract_document
from pipeline.parse.sniff import sniff_media_type


def _targets(extraction):
    return sorted((str(t.value), t.unit, t.comparator, t.deadline_year, t.metric) for t in extraction.targets)


def _agencies(extraction):
    return sorted((a.canonical_name, a.role, a.tasks and tuple(a.tasks)) for a in extraction.agencies)


@pytest.mark.parametrize("name", ["ht_kh624_mamnon_2025", "dt_kh597_cds_giaothong_2025"])
def test_docx_plan_gives_the_targets_agencies_and_metadata_of_its_text(tmp_path, shared_docs, name):
    markdown = shared_docs / f"{name}.md"
    word = write_and_parse(tmp_path, f"{name}.docx", markdown_to_docx(markdown.read_text(encoding="utf-8")))
    assert (word.status, word.media_type, word.parser) == ("ok", "docx", "python-docx")

    from_text, from_word = extract_document(parse_file(markdown)), extract_document(word)
    assert from_word.targets and _targets(from_word) == _targets(from_text)
    assert from_word.agencies and _agencies(from_word) == _agencies(from_text)
    for field in ("number", "doc_type", "province", "issue_date", "issuer"):
        assert getattr(from_word.document, field) == getattr(from_text.document, field), field


def test_docx_tables_are_table_records_spanning_their_block(tmp_path, shared_docs):
    markdown = (shared_docs / "ht_kh624_mamnon_2025.md").read_text(encoding="utf-8")
    word = write_and_parse(tmp_path, "kh624.docx", markdown_to_docx(markdown))
    letterhead = word.tables[0]
    assert letterhead.rows[1] == ["Số: 624/KH-UBND", "Hà Tĩnh, ngày 19 tháng 11 năm 2025"]
    block = word.text[letterhead.char_start:letterhead.char_end]
    assert block.splitlines()[1] == "Số: 624/KH-UBND\tHà Tĩnh, ngày 19 tháng 11 năm 2025"
    assert word.pages[letterhead.page - 1].char_start == letterhead.char_start
    assert word.page_at(letterhead.char_start) is None  # blocks, not pages: no page number


def test_word_bullets_and_numbered_lists_are_written_in_front(tmp_path, shared_docs):
    markdown = (shared_docs / "ht_kh624_mamnon_2025.md").read_text(encoding="utf-8")
    word = write_and_parse(tmp_path, "kh624.docx", markdown_to_docx(markdown))
    # "- Xây dựng …" became a Word bullet (marker outside the text): read back as "- ".
    assert "\n\n- Xây dựng và triển khai các nhiệm vụ và giải pháp" in word.text

    document = docx.Document()
    document.add_paragraph("Nhiệm vụ")
    for task in ("Rà soát quy hoạch", "Đào tạo giáo viên", "Kiểm tra, giám sát"):
        document.add_paragraph(task, style="List Number")
    out = io.BytesIO()
    document.save(out)
    numbered = write_and_parse(tmp_path, "numbered.docx", out.getvalue())
    assert numbered.text.split("\n\n") == ["Nhiệm vụ", "1. Rà soát quy hoạch", "2. Đào tạo giáo viên",
                                           "3. Kiểm tra, giám sát"]


def test_broken_docx_and_other_zip_files_are_errors_naming_the_reason(tmp_path, shared_docs):
    data = markdown_to_docx((shared_docs / "dt_kh597_cds_giaothong_2025.md").read_text(encoding="utf-8"))
    assert sniff_media_type(data) == "docx"
    broken = write_and_parse(tmp_path, "cut.docx", data[: len(data) // 2])
    assert broken.status == "error" and broken.error.startswith("unreadable Word document")

    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("ppt/presentation.xml", "<p/>")
    other = write_and_parse(tmp_path, "slides.pptx", archive.getvalue())
    assert (other.media_type, other.status) == ("office", "error")
    assert other.error == "unsupported format: an Office/ZIP container that is neither Word nor Excel"


def test_paragraphs_inside_content_controls_are_read(tmp_path):
    from docx.oxml import OxmlElement

    document = docx.Document()
    document.add_paragraph("KẾ HOẠCH")
    wrapped = document.add_paragraph("Số: 624/KH-UBND")
    control, content = OxmlElement("w:sdt"), OxmlElement("w:sdtContent")
    wrapped._p.addprevious(control)
    control.append(content)
    content.append(wrapped._p)  # the paragraph now lives inside a content control, as in template forms
    out = io.BytesIO()
    document.save(out)
    assert write_and_parse(tmp_path, "form.docx", out.getvalue()).text == "KẾ HOẠCH\n\nSố: 624/KH-UBND"


def test_a_restarted_word_list_counts_again_from_its_start(tmp_path):
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls, qn

    document = docx.Document()
    for item in ("Mục tiêu", "Nhiệm vụ"):
        first = document.add_paragraph(item, style="List Number")
    num_id = first.style.element.pPr.find(qn("w:numPr")).find(qn("w:numId")).get(qn("w:val"))
    numbering = document.part.numbering_part.element
    num = next(n for n in numbering.findall(qn("w:num")) if n.get(qn("w:numId")) == num_id)
    abstract_id = num.find(qn("w:abstractNumId")).get(qn("w:val"))
    # Word's "Restart numbering": a new list instance of the same list with a start override.
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="99"><w:abstractNumId w:val="{abstract_id}"/>'
                               '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'))
    for agency in ("Sở Tài chính", "Sở Y tế"):
        paragraph = document.add_paragraph(agency, style="List Number")
        paragraph._p.get_or_add_pPr().append(
            parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="0"/><w:numId w:val="99"/></w:numPr>'))
    out = io.BytesIO()
    document.save(out)
    parsed = write_and_parse(tmp_path, "restart.docx", out.getvalue())
    assert parsed.text.split("\n\n") == ["1. Mục tiêu", "2. Nhiệm vụ", "1. Sở Tài chính", "2. Sở Y tế"]


def test_word_document_typed_in_a_tcvn3_font_reads_as_unicode(tmp_path):
    from test_legacy_encodings import TCVN3, UNICODE

    document = docx.Document()
    run = document.add_paragraph().add_run(TCVN3)
    run.font.name = ".VnTime"  # the text is TCVN3 bytes shown through the font, as Word stores it
    out = io.BytesIO()
    document.save(out)
    parsed = write_and_parse(tmp_path, "vntime.docx", out.getvalue())
    assert parsed.text == UNICODE and parsed.warnings == ["legacy TCVN3 encoding converted to Unicode"]


def test_a_docx_that_unpacks_beyond_the_size_limit_is_refused(tmp_path):
    padded = io.BytesIO()
    with zipfile.ZipFile(padded, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("word/document.xml", b" " * 5_000_000)  # 5 MB of nothing, ~5 KB packed
    doc = write_and_parse(tmp_path, "bomb.docx", padded.getvalue(), max_bytes=1_000_000)
    assert doc.status == "error"
    assert doc.error == "decompression bomb: the file unpacks to 5000000 bytes (limit 1000000)"
