"""Citations of other documents in real corpus texts: relation, normalised number,
type, issuer, date, title, and the citation nested in another one's title."""

from datetime import date
from pathlib import Path

import pytest

from extractors.references import iter_references
from extractors.sections import layout
from pipeline.extract.stage import extract_document, extract_path, parse_path

REPO = Path(__file__).resolve().parents[1]


def text_of(shared_docs: Path, name: str) -> str:
    return (shared_docs / name).read_text(encoding="utf-8")


def keyed(references):
    """The first citation per (number, relation, via)."""
    found = {}
    for r in references:
        found.setdefault((r.number, r.relation, r.via_number), r)
    return found


def test_can_cu_lines_of_a_provincial_plan(shared_docs):
    found = keyed(iter_references(text_of(shared_docs, "dt_kh597_cds_giaothong_2025.md"), own_number="597/KH-UBND"))
    resolution = found[("57-NQ/TW", "căn cứ", None)]
    assert (resolution.doc_type, resolution.issuer, resolution.issue_date) == ("Nghị quyết", "Bộ Chính trị", date(2024, 12, 22))
    assert resolution.title.startswith("đột phá phát triển khoa học, công nghệ")
    decision = found[("1644/QĐ-BXD", "căn cứ", None)]
    assert (decision.issuer, decision.issue_date) == ("Bộ trưởng Bộ Xây dựng", date(2025, 9, 30))
    assert decision.title.startswith("ban hành Chiến lược chuyển đổi số của Bộ Xây dựng")
    assert ("03-QĐ/BCĐ", "căn cứ", None) in found  # the Party form: number-code/issuer


def test_a_citation_in_another_ones_title_names_that_document(shared_docs):
    found = keyed(iter_references(text_of(shared_docs, "dt_kh597_cds_giaothong_2025.md")))
    # "Nghị quyết số 71/NQ-CP … Chương trình hành động của Chính phủ thực hiện Nghị quyết số 57-NQ/TW"
    nested = found[("57-NQ/TW", "thực hiện", "71/NQ-CP")]
    assert nested.issue_date == date(2024, 12, 22)
    # The alias "(sau đây gọi tắt là Nghị quyết số 57-NQ/TW)" is not a second citation.
    assert [r.number for r in iter_references(text_of(shared_docs, "dt_kh597_cds_giaothong_2025.md"))].count("57-NQ/TW") == 2


def test_coordinated_citations_share_the_cue(shared_docs):
    found = keyed(iter_references(text_of(shared_docs, "bn_kh141_canbo_2025.md"), own_number="141/KH-UBND"))
    assert found[("14-KH/TU", "thực hiện", None)].issuer == "Ban Thường vụ Tỉnh ủy"
    assert found[("24/KH-UBND", "thực hiện", None)].issue_date == date(2025, 8, 14)
    assert ("66-NQ/TW", "thực hiện", "24/KH-UBND") in found
    # A citation without a cue is a mention; codes may carry digits (the 15th National Assembly).
    assert found[("197/2025/QH15", "dẫn chiếu", None)].issuer == "Quốc hội"
    assert found[("178-QĐ/TW", "dẫn chiếu", None)].doc_type == "Quy định"


def test_replacement_and_own_number(shared_docs):
    references = list(iter_references(text_of(shared_docs, "cm_kh0204_taichinh_2025.md"), own_number="0204/KH-UBND"))
    replaced = keyed(references)[("076/KH-UBND", "thay thế", None)]
    assert (replaced.issuer, replaced.issue_date) == ("Ủy ban nhân dân tỉnh Cà Mau", date(2025, 8, 30))
    assert "0204/KH-UBND" not in {r.number for r in references}  # "(Kèm theo Kế hoạch số 0204/KH-UBND …)"
    assert keyed(references)[("45/2017/NĐ-CP", "căn cứ", None)].issue_year == 2017


@pytest.mark.parametrize("name", ["seed_000.txt", "seed_004.txt"])
def test_seeds_cite_no_other_numbered_document(name):
    # seed_000 reports its own plan (110/KH-UBND); seed_004 names programmes without a số hiệu.
    assert extract_path(REPO / "corpus" / name).references == []


def test_extract_output_carries_references_with_provenance(shared_docs):
    parsed = parse_path(shared_docs / "dt_kh597_cds_giaothong_2025.md")
    extraction = extract_document(parsed)
    first = extraction.references[0]
    assert extraction.document.number not in {r.number for r in extraction.references}
    assert first.sentence.startswith("Căn cứ Nghị quyết số 57-NQ/TW")
    assert parsed.text[first.char_start : first.char_end].startswith("Nghị quyết số 57-NQ/TW")
    assert "references" in extraction.model_dump(mode="json")


def test_a_precomputed_layout_gives_the_same_references(shared_docs):
    text = text_of(shared_docs, "bn_kh141_canbo_2025.md")
    assert list(iter_references(text, structure=layout(text))) == list(iter_references(text))


def test_a_cue_opening_a_list_governs_its_items_but_not_an_aside(shared_docs):
    # "Thực hiện Nghị quyết số 214/NQ-CP …; Nghị định số 278/2025/NĐ-CP …; Quyết định số 142/QĐ-TTg …;
    #  Quyết định 1229/QĐ-UBND …, UBND thành phố Hà Nội ban hành Kế hoạch …"
    found = keyed(iter_references(text_of(shared_docs, "hn_kh308_cds_nq214_2025.md"), own_number="308/KH-UBND"))
    for number in ("214/NQ-CP", "278/2025/NĐ-CP", "142/QĐ-TTg", "1229/QĐ-UBND"):
        assert (number, "thực hiện", None) in found, number
    assert found[("142/QĐ-TTg", "thực hiện", "1229/QĐ-UBND")].issue_date == date(2024, 2, 2)
    # "… nguồn lực triển khai (danh mục chi tiết tại Phụ lục II Nghị quyết 214/NQ-CP)"
    assert ("214/NQ-CP", "dẫn chiếu", None) in found
