"""An annex whose title gives tasks to bodies ("Phụ lục" ⏎ "NHIỆM VỤ CỤ THỂ GIAO CÁC BỘ, CƠ QUAN, ĐỊA
PHƯƠNG") is read as a tasks part; under a title that states its items' role ("7. Bộ Xây dựng chủ trì, phối
hợp với các cơ quan, địa phương:"), a later sentence of an item that states no role stays in that role, and
the gazette's running header between pages is no task."""

from tests.blind_documents import parsed_blind_document
from tests._agencies_support import named_roles as _roles

# Nghị quyết 122/NQ-CP 2026 (Công báo text), its annex, shortened.
ANNEX = """III. Về việc báo cáo Chính phủ
1. Bộ Tài chính báo cáo về tiếp thu, giải trình các dự thảo.

CÔNG BÁO/Số 281/Ngày 21-05-2026 87
Phụ lục
NHIỆM VỤ CỤ THỂ GIAO CÁC BỘ, CƠ QUAN, ĐỊA PHƯƠNG
TRONG THÁNG 5 NĂM 2026 VÀ THỜI GIAN TỚI
(Kèm theo Nghị quyết số 122/NQ-CP ngày 06 tháng 5 năm 2026
của Chính phủ)
6. Bộ Nông nghiệp và Môi trường chủ trì, phối hợp với các cơ quan, địa phương:
đ) Khẩn trương hoàn thiện, trình cấp có thẩm quyền phê duyệt điều chỉnh Quy
hoạch sử dụng đất quốc gia. Số hóa và làm sạch hệ thống dữ liệu đất đai trên toàn
quốc. Phối hợp với Bộ Xây dựng thiết lập cơ chế xử lý đất bỏ hoang.
e) Theo dõi chặt chẽ diễn biến thời tiết, thiên tai.

CÔNG BÁO/Số 281/Ngày 21-05-2026 93
g) Thực hiện có hiệu quả các giải pháp bảo đảm an ninh lương thực quốc gia.
19. Bộ Công an, Bộ Quốc phòng khẩn trương xây dựng, trình Chính phủ ban
hành các Nghị định hướng dẫn thi hành Luật An ninh mạng.
"""


def test_an_annex_of_tasks_given_to_ministries_assigns_them():
    roles = _roles(ANNEX)
    assert {("Bộ Công an", "thực hiện"), ("Bộ Quốc phòng", "thực hiện"), ("Bộ Xây dựng", "phối hợp")} <= roles


def test_items_under_a_lead_title_stay_the_leads_tasks():
    roles = _roles(ANNEX)
    assert ("Bộ Nông nghiệp và Môi trường", "chủ trì") in roles
    assert ("Bộ Nông nghiệp và Môi trường", "thực hiện") not in roles


def test_the_annex_of_a_government_meeting_resolution_assigns_its_ministries():
    parsed = parsed_blind_document("cp_nq122_phienhopthang4_2026.pdf")
    roles = _roles(parsed.text)
    assert {("Bộ Công an", "thực hiện"), ("Bộ Xây dựng", "thực hiện"), ("Bộ Xây dựng", "phối hợp")} <= roles
    assert ("Bộ Tài chính", "thực hiện") not in roles
