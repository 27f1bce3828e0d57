"""A time column whose header names the year ("Thời gian (Năm 2026)") dates the days and months its cells write
without one (Lâm Đồng's 2026 plan for administrative-reform communication, b20: a televised dialogue each month);
a standing task ("Thường xuyên") gets no date from it."""

from extractors.tasks import iter_tasks
from tests.blind_documents import blind_tasks

SCHEDULE = """Báo và Phát thanh, Truyền hình tỉnh chủ trì tổ chức chương trình “Đối thoại về cải cách hành chính” năm 2026, gồm các chuyên mục sau:

| TT | Nội dung | Trách nhiệm thực hiện | Thời gian (Năm 2026) |
|---|---|---|---|
| 1 | Giải đáp những vướng mắc, kiến nghị về công tác CCHC thuộc thẩm quyền của Sở Công Thương | Sở Công Thương | Từ 20 giờ 15 phút - 20 giờ 45 phút ngày 23 tháng 1 |
| 2 | Giải đáp những vướng mắc, kiến nghị về công tác CCHC thuộc thẩm quyền của Sở Y tế | Sở Y tế | Quý II |
| 3 | Cập nhật chuyên mục cải cách hành chính trên Cổng thông tin điện tử tỉnh | Sở Nội vụ | Thường xuyên |
"""


def _deadlines(text: str) -> dict[str, tuple]:
    # Each row's body (the heading's body leads every row too: it is read first, and the row's time goes with it).
    return {t.lead_agencies[-1]: (t.deadline, t.deadline_year) for t in iter_tasks(text) if t.lead_agencies}


def test_the_year_in_the_time_columns_header_dates_its_cells():
    got = _deadlines(SCHEDULE)
    assert got["Sở Công Thương"] == ("23/1/2026", 2026)
    assert got["Sở Y tế"][1] == 2026
    assert got["Sở Nội vụ"][1] is None


def test_the_real_plans_monthly_dialogues_are_each_dated():
    tasks = [t for t in blind_tasks("ld_khx_tuyentruyencchc_2026.docx") if t.text.startswith("Giải đáp")]
    assert len(tasks) == 21
    assert {t.deadline_year for t in tasks} == {2026}
    assert tasks[0].deadline == "23/1/2026"
