"""When a time is no task's deadline and when it is: how long a text is in force ("Nghị quyết này có hiệu lực thi hành
kể từ ngày ký ban hành đến ngày 28 tháng 02 năm 2027", "… thì các quy định tương ứng … chấm dứt hiệu lực") is none; a
task due by a date, and an act scheduled after a plan's name ("… triển khai Kế hoạch tổ chức vào Quý III năm 2017"),
keep theirs."""

from extractors.tasks import deadline_in


def test_the_end_of_a_texts_term_of_force_is_no_deadline():
    assert deadline_in("Nghị quyết này có hiệu lực thi hành kể từ ngày ký ban hành đến ngày 28 tháng 02 năm 2027.") is None
    assert deadline_in(
        "Trường hợp luật được sửa đổi, bổ sung có hiệu lực thi hành trước ngày 01 tháng 3 năm 2027 thì các quy định "
        "tương ứng được ban hành trong Nghị quyết này chấm dứt hiệu lực."
    ) is None


def test_a_task_due_by_a_date_keeps_its_deadline():
    deadline = deadline_in("Bộ Nông nghiệp và Môi trường hoàn thành hồ sơ điều chỉnh quy hoạch trước ngày 28 tháng 02 năm 2027.")
    assert deadline is not None and deadline.year == 2027


def test_an_act_scheduled_after_a_plans_name_takes_its_quarter():
    # "Kế hoạch" names the plan; the quarter is when the workshop is held, not a date of the plan's name.
    deadline = deadline_in("- Hội thảo triển khai Kế hoạch tổ chức vào Quý III năm 2017 và các hội thảo tiếp theo.")
    assert deadline is not None and deadline.text == "Quý III/2017"


def test_a_plans_own_year_is_still_no_deadline():
    assert deadline_in("Thực hiện Kế hoạch năm 2025 của tỉnh.") is None
