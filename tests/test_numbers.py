from decimal import Decimal

from extractors.numbers import iter_numbers, parse_words


def values(text):
    return [(n.text, n.value) for n in iter_numbers(text)]


def test_vietnamese_thousands_and_decimal_marks():
    assert values("1.000 người, 48,3% và 5.171.344.000.000 đồng") == [
        ("1.000", Decimal("1000")),
        ("48,3", Decimal("48.3")),
        ("5.171.344.000.000", Decimal("5171344000000")),
    ]


def test_leading_zeros_and_glued_units():
    assert [n.value for n in iter_numbers("có từ 01 - 02 sáng chế; 482,6ha; 10-12%/năm")] == [
        Decimal(1), Decimal(2), Decimal("482.6"), Decimal(10), Decimal(12)
    ]


def test_offsets_point_into_the_text():
    text = "Tổng vốn đầu tư: 1.360.668.000.000 đồng"
    (n,) = iter_numbers(text)
    assert text[n.start : n.end] == "1.360.668.000.000"


def test_codes_inside_words_are_not_numbers():
    assert values("mốc M12, VN2000x") == []


def test_number_words():
    found = [(n.text, n.value, n.words) for n in iter_numbers("gấp hai lần, mười lăm người, một trăm hộ")]
    assert found == [("hai", 2, True), ("mười lăm", 15, True), ("một trăm", 100, True)]
    assert parse_words("hai mươi lăm") == 25
    assert parse_words("Một nghìn ba trăm sáu mươi tỷ") == 1360000000000


def test_year_word_alone_is_not_a_number():
    assert [n for n in iter_numbers("trong năm tới") if n.words] == []


def test_nam_is_five_only_inside_a_numeral():
    assert [(n.text, n.value) for n in iter_numbers("trong mười năm, năm mươi hộ") if n.words] == [
        ("mười", 10), ("năm mươi", 50)
    ]
