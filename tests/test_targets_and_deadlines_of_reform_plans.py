"""An administrative-reform plan's indicators name "kết quả giải quyết thủ tục hành chính" (the outcome documents of a
procedure), which is no result reported; a time cell that defers to another text's schedule ("Theo các mốc thời gian
tại Quyết định số 1441/QĐ-UBND ngày 25/9/2025 …") states no deadline of its own."""

from extractors.targets import iter_targets
from extractors.tasks import _schedule_deadline

GOALS = """II. MỤC TIÊU

- Tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính các cấp đạt tối thiểu 80%. Tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa các cấp đạt tối thiểu 50%.
"""


def test_the_outcome_documents_of_a_procedure_are_part_of_the_indicator():
    found = {(t.value, t.unit, t.comparator) for t in iter_targets(GOALS)}
    assert {(80, "%", ">="), (50, "%", ">=")} <= found


def test_a_time_cell_deferring_to_another_text_states_no_deadline():
    assert _schedule_deadline("Theo các mốc thời gian tại Quyết định số 1441/QĐ-UBND ngày 25/9/2025 của Chủ tịch UBND tỉnh") is None
    assert _schedule_deadline("Theo các mốc thời gian tại Phương án số 7178/PA-UBND ngày 14/11/2025 của UBND tỉnh") is None
    assert _schedule_deadline("Tháng 6/2026").year == 2026


def test_a_rank_goal_keeps_the_results_it_is_about_and_its_scope():
    text = (
        "III. MỤC TIÊU\n\n1. Phấn đấu kết quả đánh giá các Chỉ số PAR Index, SIPAS, PAPI năm 2026 của tỉnh Lâm Đồng nằm "
        "trong nhóm 15 tỉnh, thành phố dẫn đầu cả nước.\n\n2. Đến năm 2030, Việt Nam thuộc nhóm 4 nước dẫn đầu trong khu "
        "vực ASEAN và nhóm 50 nước dẫn đầu trên thế giới về nghiên cứu, phát triển và ứng dụng trí tuệ nhân tạo.\n"
    )
    found = {(t.value, t.unit) for t in iter_targets(text)}
    assert {(15, "tỉnh, thành phố dẫn đầu cả nước"), (4, "nước dẫn đầu trong khu vực ASEAN"),
            (50, "nước dẫn đầu trên thế giới")} <= found


def test_a_plan_to_issue_before_a_date_has_that_deadline():
    from extractors.tasks import deadline_in

    clause = "xây dựng Kế hoạch năm 2026 của cơ quan mình để tổ chức thực hiện (Kế hoạch ban hành trước ngày 15/3/2026)."
    assert deadline_in(clause).text == "trước ngày 15/3/2026"
    assert deadline_in("tiếp tục thực hiện Kế hoạch số 12/KH-UBND ngày 15/3/2026 của UBND tỉnh") is None


LETTER_ITEMS = """UBND tỉnh yêu cầu các sở, ban, ngành, địa phương tập trung thực hiện một số nội dung sau:

1. Hoàn thiện hạ tầng công nghệ thông tin

(3) Phối hợp Ban Cơ yếu Chính phủ triển khai đầy đủ, đồng bộ các giải pháp bảo mật kênh truyền, bảo mật dữ liệu, cung cấp đầy đủ các thiết bị bảo mật cơ yếu đến cấp tỉnh, cấp xã.

- Đơn vị chủ trì thực hiện: Sở Khoa học và Công nghệ.

- Thời gian hoàn thành: Trong tháng 8/2025.

(4) Khẩn trương định danh vị trí việc làm, biên chế phù hợp; phối hợp Công an tỉnh để cấp con dấu cho tổ chức thuộc UBND cấp xã.

- Đơn vị chủ trì thực hiện: UBND các xã, phường, đặc khu.

- Thời gian hoàn thành: Trong tháng 8/2025.
"""


def test_an_items_partners_named_in_its_text_join_the_task_its_label_leads():
    from extractors.tasks import iter_tasks

    tasks = [t for t in iter_tasks(LETTER_ITEMS) if t.deadline]
    assert len(tasks) == 2
    assert tasks[0].lead_agencies == ("Sở Khoa học và Công nghệ",) and "Ban Cơ yếu Chính phủ" in tasks[0].partner_agencies
    assert "Công an tỉnh" in tasks[1].partner_agencies and tasks[1].lead_agencies


def test_a_time_line_may_name_what_is_due_before_its_bound():
    from extractors.tasks import iter_tasks

    text = (
        "IV. TỔ CHỨC THỰC HIỆN\n\n8. Các sở, ban, ngành; UBND các xã, phường, đặc khu\n\n"
        "a) Nghiên cứu, xây dựng, ban hành kế hoạch cụ thể, tổ chức thực hiện các hình thức tuyên truyền phù hợp. "
        "Thời gian hoàn thành ban hành kế hoạch chậm nhất là ngày 30/01/2026.\n\n"
        "b) Tích cực phối hợp với các cơ quan, đơn vị liên quan.\n"
    )
    dated = {t.text[:20]: t.deadline_date for t in iter_tasks(text)}
    assert str(dated["Nghiên cứu, xây dựng"]) == "2026-01-30"
    assert dated["Tích cực phối hợp vớ"] is None
