"""A PDF schedule whose table cells start with a month ("02/2017", "4-5/2017"): the month is a cell,
not a number typed late into the letterhead nor a "page of pages" footer, and each dashed activity of
its content cell is a task due that month (ht_kh08, the Hà Tĩnh information department's 2017
emulation plan). The blind document lives in data/external; the test skips where it is absent."""

from blind_documents import blind_tasks, parsed_blind_document
from pipeline.parse.pdf.plumber import clean_pages

PLAN = "ht_kh08_stttt_thidua_2017.pdf"


def test_a_month_opening_a_table_row_stays_in_the_page_text():
    page = parsed_blind_document(PLAN).text
    # Row "02/2017" opens page 4 and row "03/2017" follows it: both were moved to the page's end, then
    # dropped there as page numbers.
    assert "02/2017\n- Tổ chức các hoạt dộng chào" in page
    assert "03/2017\n- Tổ chức các hoạt động chào" in page


def test_a_month_at_a_page_edge_is_not_a_page_of_pages():
    pages = ["3/12\nMột", "02/2017\nHai\n- 4 -", "Ba\n5/2017"]
    assert clean_pages(pages) == ["Một", "02/2017\nHai", "Ba\n5/2017"]


def test_each_dashed_activity_of_a_schedule_cell_is_a_task_of_its_month():
    february = [t for t in blind_tasks(PLAN) if t.deadline == "Tháng 2/2017"]
    assert [t.text for t in february] == [
        "Tổ chức các hoạt dộng chào mừng ngày thành lập Đảng",
        "Tổ chức Đón Tết an toàn, vui tươi, tiết kiệm",
        "Tổ chức Hành hương về các địa chỉ đỏ",
        "Tọa đàm làm rõ về mô hình các phòng xây dựng điển hình tiên tiến về học tập và làm theo gương Bác; "
        "điển hình về CCHC",
    ]
    assert all(t.deadline_year == 2017 for t in february)


def test_a_span_of_months_is_due_by_its_last_month():
    from extractors.tasks import _schedule_deadline

    assert _schedule_deadline("4-5/2017").text == "Tháng 5/2017"
    assert _schedule_deadline("9 - 10/2017").text == "Tháng 10/2017"
