"""A point may open on its topic before its body ("c) Đối với Bộ tiêu chí … cấp xã: Bộ Văn hóa, Thể thao và Du lịch chủ
trì, …"): the body after the colon is the subject, under a heading of another body too; and a lettered topic line
over paragraphs that name their own bodies ("a) Bộ tiêu chí quốc gia … cấp xã (Phụ lục I)" ⏎ "Bộ Nội vụ chủ trì, …")
gives the heading's bodies no task (blind batch b37d, QĐ 42/2025/QĐ-TTg)."""

from tests._agencies_support import named_roles

ARTICLE = (
    "Điều 3. Tổ chức thực hiện\n\n"
    "2. Bộ Văn hóa, Thể thao và Du lịch\n\n"
    "a) Hướng dẫn việc xét, công nhận địa phương đạt chuẩn phát triển văn hóa toàn diện;\n\n"
    "c) Đối với Bộ tiêu chí quốc gia về phát triển văn hóa toàn diện cấp xã: Bộ Văn hóa, Thể thao và Du lịch chủ "
    "trì, phối hợp với các bộ, cơ quan trung ương liên quan hướng dẫn nội dung các tiêu chí 1.2.1, 1.3;\n\n"
    "3. Các Bộ: Nội vụ, Công an, Y tế căn cứ chức năng nhiệm vụ được giao chủ trì, phối hợp với Bộ Văn hóa, Thể thao "
    "và Du lịch ban hành hướng dẫn thực hiện đối với các tiêu chí do Bộ quản lý.\n\n"
    "a) Bộ tiêu chí quốc gia về phát triển văn hóa toàn diện cấp xã (Phụ lục I)\n\n"
    "Bộ Nội vụ chủ trì, phối hợp với các bộ, cơ quan trung ương liên quan hướng dẫn nội dung tiêu chí 1.1.1;\n\n"
    "Bộ Y tế chủ trì, phối hợp với các bộ, cơ quan trung ương liên quan hướng dẫn nội dung tiêu chí 1.1.3.\n"
)


def test_the_body_after_the_topic_leads():
    assert ("Bộ Văn hóa, Thể thao và Du lịch", "chủ trì") in named_roles(ARTICLE)


def test_a_topic_line_over_paragraphs_with_their_own_bodies_is_no_task():
    roles = named_roles(ARTICLE)
    assert {("Bộ Nội vụ", "chủ trì"), ("Bộ Y tế", "chủ trì"), ("Bộ Công an", "chủ trì")} <= roles
    assert ("Bộ Nội vụ", "thực hiện") not in roles and ("Bộ Công an", "thực hiện") not in roles
