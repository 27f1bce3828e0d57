"""An explainer answers from a provision of the document it is about ("Theo Mục II Điều 1 Quyết định 127/QĐ-TTg năm
2021, …", "Căn cứ theo tiết mục d tiểu mục 1 Mục II Nghị quyết 226/NQ-CP năm 2025 có nêu rõ rằng:") or opens a
sentence on it as its source ("Theo Chỉ thị 01/CT-TTg năm 2025, …"): the page reports that document (blind golds
ttg_qd127, cp_nq226, cp_nq106, ttg_ct01; session 37). A preamble's basis is still no report."""

import pytest

from blind_documents import parsed_blind_document
from extractors.metadata import extract_metadata


@pytest.mark.parametrize(
    "document, number, issuer",
    [
        ("ttg_qd127_trituenhantao_explainer_2021.md", "127/QĐ-TTg", "Thủ tướng Chính phủ"),
        ("cp_nq226_caotoc3000km_explainer_2025.md", "226/NQ-CP", "Chính phủ"),
        ("cp_nq106_duongsattocdocao_explainer_2025.md", "106/NQ-CP", "Chính phủ"),
        ("ttg_ct01_cungungdien_news_2025.md", "01/CT-TTg", "Thủ tướng Chính phủ"),
    ],
)
def test_the_explainer_reports_the_document_it_quotes(document, number, issuer):
    parsed = parsed_blind_document(document)
    metadata = extract_metadata(parsed.text, parsed.hints)
    assert (metadata.number, metadata.issuer) == (number, issuer)


def test_a_plan_attached_to_the_quoted_resolution_is_not_its_title():
    parsed = parsed_blind_document("cp_nq106_duongsattocdocao_explainer_2025.md")
    assert not extract_metadata(parsed.text, parsed.hints).title.startswith("Kế hoạch Ban hành")


def test_a_basis_naming_a_provision_is_not_reported():
    text = (
        "# Hội thảo về chuyển đổi số\n\nCăn cứ khoản 2 Điều 5 Nghị định số 47/2020/NĐ-CP;\n\n"
        "Ngày 12/3, Sở Thông tin và Truyền thông tổ chức hội thảo về chuyển đổi số.\n"
    )
    assert extract_metadata(text).number is None
