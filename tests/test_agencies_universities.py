"""Universities, colleges and institutes are bodies ("Trường Đại học Đà Lạt", "Đại học Bách Khoa Hà Nội",
with a parent university's name after a dash), and "Giao <kind of body> gồm: A, B, C" gives the task to
the bodies it lists, names broken across lines included."""

from extractors.agencies import iter_agencies, iter_mentions

# Quyết định 893/QĐ-TTg 2026 (Công báo text), IV.3.d.
TRAINING = """IV. NHIỆM VỤ, GIẢI PHÁP
3. Đào tạo, bồi dưỡng
d) Giao các cơ sở đào tạo trọng điểm gồm: Đại học Bách Khoa Hà Nội,
Trường Đại học Khoa học Tự nhiên - Đại học Quốc gia Hà Nội, Trường Đại
học Khoa học Tự nhiên - Đại học Quốc gia Thành phố Hồ Chí Minh, Trường
Đại học Đà Lạt, Viện Năng lượng nguyên tử Việt Nam và các cơ sở do Bộ
Khoa học và Công nghệ lựa chọn đủ năng lực thực hiện đào tạo, bồi dưỡng về
năng lượng nguyên tử.
"""


def test_a_university_named_with_its_parent_is_one_body():
    names = [" ".join(TRAINING[m.start : m.end].split()) for m in iter_mentions(TRAINING)]
    assert "Trường Đại học Khoa học Tự nhiên - Đại học Quốc gia Thành phố Hồ Chí Minh" in names
    assert "Trường Đại học Đà Lạt" in names


def test_the_bodies_listed_after_gom_are_given_the_task():
    names = {a.name for a in iter_agencies(TRAINING) if a.role == "thực hiện"}
    assert {
        "Đại học Bách Khoa Hà Nội",
        "Trường Đại học Khoa học Tự nhiên - Đại học Quốc gia Hà Nội",
        "Trường Đại học Đà Lạt",
        "Viện Năng lượng nguyên tử Việt Nam",
    } <= names
    assert "Bộ Khoa học và Công nghệ" not in names
