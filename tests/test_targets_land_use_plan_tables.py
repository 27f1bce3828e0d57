"""A district's yearly land-use plan (Kế hoạch sử dụng đất hằng năm, on the forms of Thông tư 01/2021/TT-BTNMT)
approves its figures as tables: "STT | Chỉ tiêu sử dụng đất | Mã | Tổng diện tích | Diện tích phân theo đơn vị hành
chính", one row per coded land type. The total column is the goal (the others break it down by commune), its areas are
in hectares though the copy leaves out the forms' "Đơn vị tính: ha", and the article that approves the plan for one
year ("… Kế hoạch sử dụng đất năm 2022 … với các chỉ tiêu chủ yếu sau:") dates them (blind batch b38g, QĐ
3745/QĐ-UBND Tây Ninh, a legal-portal text)."""

from blind_documents import parsed_blind_document
from extractors.targets import iter_targets

DECISION = """QUYẾT ĐỊNH
Điều 1.
Phê duyệt Kế hoạch sử dụng đất năm 2022 huyện Châu Thành với các chỉ tiêu chủ yếu sau:
1. Diện tích các loại đất phân bổ trong năm kế hoạch:

| STT | Chỉ tiêu sử dụng đất | Mã | Tổng diện tích | Diện tích phân theo đơn vị hành chính |  |  |
| --- | --- | --- | --- | --- | --- | --- |
| Thị trấn Châu Thành | Xã Trí Bình | Xã Thái Bình |
| (1) | (2) | (3) | (4) = (5)+... | (5) | (6) | (7) |
| I | TỔNG |  | 58.095,49 | 680,50 | 2.120,93 | 2.966,04 |
| 1 | Đất nông nghiệp | NNP | 51.278,15 | 462,86 | 1.800 33 | 1.969,49 |
| 1.1 | Đất lúa nước | LUA | 17.214,32 | 20,41 | 1.105,84 | 762,19 |
| 1.1.1 | Đất chuyên trồng lúa nước | LUC | 12.058,66 | 7,71 | 953,63 | 514,78 |
| 1.2 | Đất trồng cây lâu năm | CLN | 18.578,67 | 228,92 | 438,96 | 941,27 |
| 1.4 | Đất rừng phòng hộ | RPH | - | - | - | - |

Điều 2. Căn cứ Điều 1 của Quyết định này, UBND huyện Châu Thành có trách nhiệm công bố công khai kế hoạch.
"""


def _targets(text=DECISION):
    return list(iter_targets(text))


def test_each_coded_land_type_gives_its_total_area_in_hectares():
    found = {(t.metric, str(t.value), t.unit) for t in _targets()}
    assert ("diện tích đất nông nghiệp (NNP)", "51278.15", "ha") in found
    assert ("diện tích đất lúa nước (LUA)", "17214.32", "ha") in found
    assert ("diện tích đất trồng cây lâu năm (CLN)", "18578.67", "ha") in found


def test_the_communes_columns_and_the_column_numbers_are_no_targets():
    values = {str(t.value) for t in _targets()}
    assert values == {"58095.49", "51278.15", "17214.32", "12058.66", "18578.67"}


def test_the_article_approving_a_plan_for_one_year_dates_its_figures():
    assert {t.deadline_year for t in _targets()} == {2022}


def test_a_plan_cited_with_the_year_of_its_decision_dates_nothing():
    # (blind batch b16d, an explainer of QĐ 664/QĐ-BXD: "năm 2025" is the decision's year, not the plan's)
    text = (
        "Căn cứ tại điểm b tiểu mục 1 Mục I Kế hoạch ban hành kèm theo Quyết định 664/QĐ-BXD năm 2025 quy định về mục "
        "tiêu cải cách thủ tục hành chính như sau:\n\n"
        "(1) Cắt giảm, đơn giản hoá ngay thủ tục hành chính bảo đảm bãi bỏ ít nhất 30% điều kiện đầu tư kinh doanh "
        "không cần thiết.\n"
    )
    assert [(str(t.value), t.deadline_year) for t in _targets(text)] == [("30", None)]


def test_a_table_without_land_codes_still_needs_its_unit():
    text = DECISION.replace("| Mã |", "| Ghi chú |")
    for code in ("NNP", "LUA", "LUC", "CLN", "RPH"):
        text = text.replace(f"| {code} |", "|  |")
    assert _targets(text) == []


def test_the_whole_plan_as_the_portal_saved_it():
    parsed = parsed_blind_document("tni_qd3745_kehoachsudungdat_chauthanh_2021.txt")
    found = list(iter_targets(parsed.text, parsed.tables))
    assert len(found) == 81
    assert {t.unit for t in found} == {"ha"} and {t.deadline_year for t in found} == {2022}
