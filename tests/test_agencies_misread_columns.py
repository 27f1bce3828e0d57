"""A table whose merged cells shift its columns must not turn task text into
agency names: an agency-column cell with no recognisable body is kept only when
it reads like a name."""

from extractors.agencies import iter_agencies
from tests._agencies_support import all_roles


def test_task_text_in_an_agency_column_is_no_agency(shared_docs):
    # Annex tables of a national action plan, flattened one cell per line, with merged cells.
    text = (shared_docs / "cp_qd2530_khongkhi_2025.md").read_text(encoding="utf-8")
    agencies = list(iter_agencies(text))
    assert "Bộ Nông nghiệp và Môi trường" in {a.name for a in agencies}
    # A collective reference may run long ("Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Thủ trưởng cơ quan thuộc
    # Chính phủ"); a body's name does not.
    named = {a.name for a in agencies if not a.generic}
    assert not [n for n in named if len(n.split()) > 12 or n.startswith("-")]


def test_an_unknown_body_in_the_lead_column_is_kept():
    # The partner cell holds task text: the columns of this row were shifted.
    text = (
        "**IV. TỔ CHỨC THỰC HIỆN**\n\n|\n**STT**\n|\n**Nhiệm vụ**\n|\n**Cơ quan chủ trì**\n|\n**Cơ quan phối hợp**\n|\n|\n"
        "1\n|\nXây dựng cơ sở dữ liệu về giống cây trồng\n|\nTrạm Khuyến nông Bát Xát\n|\n"
        "Xây dựng quy chế và kế hoạch triển khai cơ sở dữ liệu trên toàn tỉnh trong năm 2026\n|\n|\n"
    )
    found = all_roles(text)
    assert ("Trạm Khuyến nông Bát Xát", "chủ trì") in found
    assert not any(name.startswith("Xây dựng quy chế") for name, _ in found)
