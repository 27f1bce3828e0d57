"""The Ministry of Justice's departments have names with lower-case words, dashes and commas ("Vụ Các vấn đề chung về
xây dựng pháp luật", "Vụ Phổ biến, giáo dục pháp luật"); the gazetteer keeps them whole, and "Vụ Tổ chức - cán bộ"
is the department most ministries call "Vụ Tổ chức cán bộ" (blind gold btp_qd173_phoihopubdt_2015; session 37)."""

from extractors.agencies import iter_mentions
from tests._agencies_support import named_roles


def test_a_name_with_lower_case_words_is_kept_whole():
    roles = named_roles(
        "1. Vụ Các vấn đề chung về xây dựng pháp luật chủ trì, phối hợp với Vụ Phổ biến, giáo dục pháp luật, Vụ Tổ "
        "chức - cán bộ tổ chức triển khai Kế hoạch."
    )
    assert roles == {
        ("Vụ Các vấn đề chung về xây dựng pháp luật", "chủ trì"),
        ("Vụ Phổ biến, giáo dục pháp luật", "phối hợp"),
        ("Vụ Tổ chức - cán bộ", "phối hợp"),
    }


def test_the_dashed_spelling_is_the_department_of_personnel():
    text = "phối hợp với Vụ Tổ chức - cán bộ"
    assert [m.canonical for m in iter_mentions(text)] == ["Vụ Tổ chức cán bộ"]
