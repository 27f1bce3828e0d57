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
