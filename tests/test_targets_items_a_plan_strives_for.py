"""A plan without goal sections may list what it strives for under its tasks ("…, tập trung phấn đấu cụ thể hóa một số
nội dung cơ bản sau đây:"): the items of that list are its goals. A plan's tasks state none otherwise."""

from extractors.targets import iter_targets

TASKS = (
    "KẾ HOẠCH\n\nII. NHIỆM VỤ VÀ GIẢI PHÁP\n\n1. Nhiệm vụ\n\n"
    "Nhà nước giữ vai trò chủ đạo đối với công tác chăm sóc người có công, {lead}\n\n"
    "a) Rà soát, hoàn thiện hệ thống chính sách, pháp luật về ưu đãi người có công.\n\n"
    "b) Đến năm 2020, 100% người có công được lập hồ sơ theo dõi sức khỏe; 90% con, cháu người bị ảnh hưởng bởi chất "
    "độc hóa học được phát hiện sớm.\n"
)


def test_the_items_a_plan_strives_for_are_its_targets():
    got = [(float(t.value), t.deadline_year) for t in iter_targets(
        TASKS.format(lead="tập trung phấn đấu cụ thể hóa một số nội dung cơ bản sau đây:"))]
    assert got == [(100, 2020), (90, 2020)]


def test_the_items_of_a_plain_task_list_are_not():
    assert list(iter_targets(TASKS.format(lead="cần thực hiện các nhiệm vụ sau đây:"))) == []


def test_a_plan_with_goal_sections_keeps_its_tasks_apart():
    text = "I. MỤC TIÊU\n\nĐến năm 2020, 95% người có công có mức sống bằng mức trung bình.\n\n" + TASKS.format(
        lead="tập trung phấn đấu cụ thể hóa một số nội dung cơ bản sau đây:")
    assert [float(t.value) for t in iter_targets(text)] == [95]
