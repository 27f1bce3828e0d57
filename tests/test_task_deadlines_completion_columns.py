"""Task tables whose time column names a completion deadline ("Thời hạn hoàn thành", "THỜI HẠN THỰC
HIỆN"): a span of years there ends on the deadline, where under "Thời gian", "Thời gian thực hiện" or
"Tiến độ" it is the period the task runs over; and a row two table readers both read is one task.
Blind documents live in data/external (python scripts/get_external_docs.py
corpus/gold-blind/sources-*.yaml); their tests skip where they are absent."""

from collections import Counter

from blind_documents import blind_tasks, task_opening


def test_a_span_under_a_completion_column_ends_on_the_deadline():
    tasks = blind_tasks("cp_nq100_phichinhphu_2026.pdf")
    # "Thời hạn hoàn thành" cell "Năm 2026 – 2030".
    assert task_opening(tasks, "Nghiên cứu, đề xuất xây dựng văn bản quy phạm pháp luật").deadline_year == 2030
    # A single year in the same column stays that year.
    assert task_opening(tasks, "Tổng kết, đánh giá thực tiễn thi hành Nghị định số 58/2022").deadline_year == 2026


def test_a_span_under_a_progress_column_is_still_a_period():
    tasks = blind_tasks("cp_qd893_nhanlucnangluongnguyentu_2026.txt")
    # "Tiến độ thực hiện" cells "2026 - 2030", "2026 - 2035": execution spans, no deadline.
    assert not any(t.deadline_year in (2030, 2035) and t.lead_agencies for t in tasks)


def test_a_table_row_read_twice_is_one_task_with_the_bodies_of_both():
    tasks = blind_tasks("cp_nq109_chuongtrinhhanhdong_2026.pdf")
    rows = Counter((t.start, t.text) for t in tasks)
    assert max(rows.values()) == 1
    # The line reader's span of a row may open on the row above's cells: still the same row.
    (row,) = [t for t in tasks if t.text.startswith("Xây dựng hệ thống bản đồ số về đất đai")]
    assert row.deadline_year == 2027
    task = task_opening(tasks, "Xây dựng Đề án quản lý thị trường bất động sản")
    assert task.deadline_year == 2027 and "Bộ Xây dựng" in task.lead_agencies


def test_a_time_cell_wrapped_under_its_word_and_a_number_on_the_tasks_line_are_read():
    tasks = blind_tasks("cp_nq97_nhiemvu_nq66_2026.txt")
    # "Tháng" / "9/2026": a narrow column wraps the month under its word.
    assert task_opening(tasks, "Nghiên cứu, xây dựng trình Bộ Chính trị").deadline == "Tháng 9/2026"
    # "7 Đề án về chỉ số đánh giá, chấm điểm KPI" after row 6: row 7 opens there; its month is not row 6's.
    assert task_opening(tasks, "Đề án về chỉ số đánh giá, chấm điểm KPI").deadline == "Tháng 3/2026"
    assert task_opening(tasks, "Rà soát, thể chế hóa kịp thời những quan điểm").deadline is None


def test_the_year_of_an_indicator_row_in_a_target_table_is_the_targets_not_a_tasks():
    tasks = blind_tasks("cp_nq109_chuongtrinhhanhdong_2026.pdf")
    # Phụ lục I: "Tỉ trọng kinh tế số trong GDP đến năm 2030 (%)" | 30 | Bộ Khoa học và Công nghệ (chủ trì, theo dõi).
    assert not any(t.text.startswith("Tỉ trọng kinh tế số trong GDP") and t.deadline for t in tasks)


def test_a_time_cell_of_a_bare_month_and_year_is_that_month():
    tasks = blind_tasks("cp_nq03_pl2_nhiemvu_nq57_2025.md")
    # Phụ lục II of NQ 03/NQ-CP, "Thời gian hoàn thành" cells "6/2025" and "03/2025": the month, not a number.
    assert task_opening(tasks, "Xây dựng văn bản quy định trách nhiệm người đứng đầu").deadline == "Tháng 6/2025"
    assert task_opening(tasks, "Xây dựng, ban hành văn bản làm rõ định nghĩa").deadline == "Tháng 3/2025"


def test_a_bare_month_and_year_in_a_time_cell_is_read_without_the_document():
    from extractors.tasks import iter_tasks

    table = (
        "| TT | Tên nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Kết quả | Thời gian hoàn thành |\n"
        "|---|---|---|---|---|---|\n"
        "| 11. | Xây dựng nền tảng đào tạo trực tuyến mở đại trà | Bộ Thông tin và Truyền thông | Các bộ, ngành, địa phương "
        "| Nền tảng đào tạo trực tuyến mở đại trà | 6/2025 |\n"
    )
    (task,) = [t for t in iter_tasks(table, ()) if t.text.startswith("Xây dựng nền tảng")]
    assert (task.deadline, task.deadline_year) == ("Tháng 6/2025", 2025)
