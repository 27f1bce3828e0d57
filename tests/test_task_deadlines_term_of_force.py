"""How long a text is in force is no deadline of a task: "Nghị quyết này có hiệu lực thi hành kể từ ngày ký ban hành
đến ngày 28 tháng 02 năm 2027", "… trước ngày 01 tháng 3 năm 2027 thì các quy định tương ứng … chấm dứt hiệu lực"; a
task due by a date keeps it."""

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
