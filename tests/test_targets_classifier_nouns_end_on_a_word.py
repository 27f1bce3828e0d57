"""The noun a classifier unit takes after it ("điểm du lịch", "khu công nghiệp") ends on a word, as underthesea
segments it: "vùng nuôi thủy sản" is not cut inside "thủy sản"."""

from extractors.targets import iter_targets


def _units(text):
    return [t.unit for t in iter_targets(text)]


def test_a_classified_noun_is_not_cut_inside_a_word():
    assert _units("Mục tiêu đến năm 2030: hình thành ít nhất 02 vùng nuôi thủy sản thông minh đạt tiêu chuẩn.") == [
        "vùng nuôi thủy sản"
    ]


def test_a_classified_noun_of_whole_words_is_kept():
    assert _units("Mục tiêu: có 10 điểm du lịch đạt chuẩn.") == ["điểm du lịch"]
