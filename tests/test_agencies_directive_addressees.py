"""A directive reported as "Thủ tướng Chính phủ chỉ thị <bodies> <duty>" gives every body it lists the duty, the
commercial banks and the credit institutions among them (modelled on a portal's report of Chỉ thị 14/CT-TTg)."""

from extractors.agencies import iter_agencies, iter_mentions

DIRECTIVE = (
    "Thủ tướng Chính phủ chỉ thị các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ, Ủy ban nhân dân các tỉnh, thành "
    "phố trực thuộc trung ương, Tập đoàn, Tổng công ty nhà nước, Ngân hàng thương mại Nhà nước, Ngân hàng Phát triển "
    "Việt Nam, Ngân hàng Chính sách xã hội và các tổ chức tín dụng, tài chính Nhà nước khác chỉ định, kiện toàn đầu "
    "mối đơn vị chuyên trách về an toàn thông tin mạng."
)


def test_the_prime_minister_s_directive_gives_each_listed_body_the_duty():
    executors = {a.name for a in iter_agencies(DIRECTIVE) if a.role == "thực hiện" and not a.generic}
    assert {
        "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương",
        "Ngân hàng thương mại Nhà nước",
        "Ngân hàng Phát triển Việt Nam",
        "Ngân hàng Chính sách xã hội",
    } <= executors


def test_a_directive_cited_by_its_number_gives_no_duty():
    cited = "Thủ tướng Chính phủ chỉ thị số 14/CT-TTg ngày 07/6/2019 về an toàn thông tin mạng nêu rõ nhiều nội dung."
    assert list(iter_agencies(cited)) == []


def test_state_commercial_banks_are_a_named_class_and_credit_institutions_a_collective():
    text = "phối hợp với các ngân hàng thương mại nhà nước và các tổ chức tín dụng, tài chính trên địa bàn"
    assert {m.name: m.generic for m in iter_mentions(text)} == {
        "các ngân hàng thương mại nhà nước": False, "các tổ chức tín dụng, tài chính": True,
    }
