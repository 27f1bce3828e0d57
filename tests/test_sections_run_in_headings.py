"""A text saved without its line breaks runs a heading into the paragraph after it: "II. MỤC TIÊU, NHIỆM VỤ VÀ GIẢI
PHÁP CHỦ YẾU NĂM 2024 Bộ TN&MT yêu cầu …" (capitals), "2. Nhiệm vụ và giải pháp chủ yếu 2.1. Tiếp tục …" (a section's
name before its first sub-item's number). The heading still dates and classes the section (blind batch b34d, the
plain-text QĐ 59/QĐ-BTNMT of a legal-text crawler)."""

from extractors.sections import iter_sections
from tests._targets_support import target_rows
from tests.blind_documents import parsed_blind_document

PROGRAMME = """I. BỐI CẢNH, TÌNH HÌNH CHUNG
Năm 2024 là năm bứt phá, có ý nghĩa đặc biệt quan trọng trong việc thực hiện thắng lợi các Nghị quyết của Đảng.
II. MỤC TIÊU, NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU NĂM 2024 Bộ TN&MT yêu cầu các đơn vị trực thuộc Bộ nâng cao tinh thần trách nhiệm, tập trung thực hiện quyết liệt, đồng bộ, hiệu quả các mục tiêu, nhiệm vụ chủ yếu sau:
1.
Mục tiêu chung Phấn đấu hoàn thành các mục tiêu đặt ra:
1.1. 95% chất thải rắn sinh hoạt đô thị được thu gom, xử lý bảo đảm tiêu chuẩn, quy chuẩn.
1.2. 20% số trạm quan trắc khí tượng thủy văn được tự động hóa.
2.
Nhiệm vụ và giải pháp chủ yếu 2.1. Tiếp tục rà soát, hoàn thiện thể chế, pháp luật, cơ chế, chính sách gắn với nâng cao hiệu lực, hiệu quả tổ chức thực hiện pháp luật; điều tra địa chất một số khu vực biển đến độ sâu 300m nước.
"""


def test_a_heading_in_capitals_run_into_its_paragraph_dates_the_goals_under_it():
    assert target_rows(PROGRAMME) == [("=", "95", "%", 2024), ("=", "20", "%", 2024)]


def test_a_sections_name_before_its_first_sub_item_heads_it():
    headings = [(s.kind, s.heading) for s in iter_sections(PROGRAMME)]
    assert ("goal", "MỤC TIÊU, NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU NĂM 2024") in headings
    assert ("task", "Nhiệm vụ và giải pháp chủ yếu") in headings


def test_the_ministrys_programme_dates_its_general_goals():
    parsed = parsed_blind_document("btnmt_qd59_ctrhanhdong2024_2024.txt")
    from extractors.targets import iter_targets

    years = {t.deadline_year for t in iter_targets(parsed.text, parsed.tables) if t.table_index is None}
    assert years == {2024}
