"""Tasks, their agencies and deadlines; time expressions."""

from datetime import date

from extractors.tasks import iter_tasks
from extractors.timeexpr import parse_date, parse_deadline


def _tasks(shared_docs, name):
    return list(iter_tasks((shared_docs / name).read_text(encoding="utf-8")))


def test_time_line_of_an_item_is_its_deadline(shared_docs):
    tasks = _tasks(shared_docs, "lch_kh7360_tieuchuan_2025.md")
    propaganda = next(t for t in tasks if t.section == "II.1")
    assert propaganda.deadline == "Quý IV/2025"
    assert propaganda.deadline_year == 2025
    assert "Sở Khoa học và Công nghệ" in propaganda.lead_agencies
    assert "Ủy ban nhân dân cấp xã" in propaganda.partner_agencies
    inspection = next(t for t in tasks if t.section == "II.4")
    assert (inspection.deadline, inspection.lead_agencies[0]) == ("2026", "Sở Khoa học và Công nghệ")


def test_relative_timing_is_not_a_deadline(shared_docs):
    tasks = _tasks(shared_docs, "lch_kh7360_tieuchuan_2025.md")
    # "Thời gian thực hiện: Sau khi Nghị định … ban hành."
    assert next(t for t in tasks if t.section == "II.3.2.a").deadline is None


def test_dated_commitments_without_a_quantity(shared_docs):
    tasks = _tasks(shared_docs, "dt_kh597_cds_giaothong_2025.md")
    commitments = [t for t in tasks if not t.lead_agencies and t.deadline]

    def year_of(opening):
        return next(t.deadline_year for t in commitments if t.text.startswith(opening))

    assert year_of("Phấn đấu đến năm 2030, công tác quản lý") == 2030
    # A bullet of "Mục tiêu cụ thể đến năm 2030" takes the heading's year ...
    assert year_of("Hoàn thiện cơ sở dữ liệu tập trung về hạ") == 2030
    # ... but one with a quantity is a target, not a task.
    assert not [t for t in tasks if t.text.startswith("Phấn đấu 100%")]


def test_date_ranges_end_on_their_last_day(shared_docs):
    tasks = _tasks(shared_docs, "ct_kh157_khongtienmat_2025.md")
    rounds = sorted(t.deadline_date for t in tasks if t.text.startswith("Đợt"))
    assert rounds == [date(2025, 12, 3), date(2025, 12, 10)]


def test_assignment_table_rows_are_tasks(shared_docs):
    tasks = _tasks(shared_docs, "na_kh980_phongthudansu_2025.md")
    first = next(t for t in tasks if t.text.startswith("Tổ chức lại Ban Chỉ huy Phòng thủ dân sự"))
    assert first.deadline_date == date(2025, 11, 30)
    assert first.lead_agencies == ("Bộ Chỉ huy Quân sự tỉnh", "Ủy ban nhân dân cấp xã")
    deadlines = {t.deadline for t in tasks}
    assert {"Thường xuyên", "Tháng 12 hằng năm"} <= deadlines


def test_deadline_phrases():
    assert parse_deadline("Quý IV năm 2025 và các năm tiếp theo").text == "Quý IV/2025"
    assert parse_deadline("Trước ngày 30/6/2026").date == date(2026, 6, 30)
    assert parse_deadline("Tháng 12 hằng năm").text == "Tháng 12 hằng năm"
    assert parse_deadline("Thường xuyên").year is None
    assert parse_deadline("2026-2030").year == 2030
    assert parse_deadline("Theo tiến độ xây dựng dự thảo") is None


def test_dates():
    assert parse_date("ngày 13 tháng 7 năm 2021") == date(2021, 7, 13)
    assert parse_date("13/7/2021") == date(2021, 7, 13)
    assert parse_date("2019-08-08T08:52:00") == date(2019, 8, 8)
    assert parse_date("ngày 15 tháng 54 năm 2026") is None


def test_task_of_an_item_with_unit_label_lines(shared_docs):
    tasks = _tasks(shared_docs, "bn_kh141_canbo_2025.md")
    first = next(t for t in tasks if t.section == "III.1")
    assert first.text.startswith("Rà soát, kiện toàn đội ngũ cán bộ")
    assert "Ủy ban nhân dân cấp xã" in first.lead_agencies
    assert set(first.partner_agencies) == {"Sở Nội vụ", "Sở Tư pháp"}
    assert first.deadline == "Thường xuyên"


def test_a_completion_sentence_after_the_assignment_dates_it():
    text = (
        "Chủ tịch Ủy ban nhân dân tỉnh có ý kiến chỉ đạo như sau:\n"
        "      2. Giao Sở Nông nghiệp và Môi trường chủ trì, phối hợp với các cơ quan,\n"
        "đơn vị, địa phương xây dựng dự thảo Kế hoạch. Thời gian hoàn thành xong\ntrước ngày 05/10/2026.\n"
    )
    task = next(t for t in iter_tasks(text) if t.lead_agencies)
    assert task.lead_agencies == ("Sở Nông nghiệp và Môi trường",)
    assert (task.deadline_year, task.deadline_date) == (2026, date(2026, 10, 5))


def test_a_project_schedule_dates_its_milestones():
    text = ("Điều 1. Chấp thuận chủ trương đầu tư dự án với các nội dung sau:\n"
            "7. Tiến độ thực hiện dự án:\n"
            "- Tiến độ khởi công công trình: Quý II/2027.\n"
            "- Tiến độ hoàn thành dự án đưa vào sử dụng/hoạt động: Quý III/2029.\n"
            "(3) Nghiệm thu hoàn thành: Quý IV/2029\n")
    dated = {(t.deadline, t.deadline_year) for t in iter_tasks(text) if t.deadline}
    assert {("Quý II/2027", 2027), ("Quý III/2029", 2029), ("Quý IV/2029", 2029)} <= dated
