"""The Government's texts address every minister and provincial chairman in one formula ("Bộ trưởng, Thủ trưởng cơ
quan ngang Bộ, cơ quan thuộc Chính phủ, Chủ tịch UBND các tỉnh, thành phố trực thuộc Trung ương"): the ministers are
one collective reference and the list goes on to the provinces' committees."""

from extractors.agencies import iter_agencies


def found(text: str) -> set[tuple[str, str, bool]]:
    return {(a.name, a.role, a.generic) for a in iter_agencies(text)}


def test_the_ministers_formula_is_one_collective_and_the_committees_follow():
    text = (
        "Thủ tướng Chính phủ yêu cầu các Bộ trưởng, Thủ trưởng cơ quan ngang Bộ, cơ quan thuộc Chính phủ, cơ quan khác "
        "ở Trung ương, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương tiếp tục thực hiện quyết "
        "liệt, đồng bộ, hiệu quả các nhiệm vụ, giải pháp đề ra."
    )
    agencies = found(text)
    assert ("Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương", "thực hiện", False) in agencies
    assert not any(name.startswith("các Bộ trưởng") and not generic for name, _, generic in agencies)


def test_a_bare_request_over_numbered_points_opens_a_directive():
    text = (
        "Để bảo đảm công tác chuẩn bị tốt nhất cho sự kiện quan trọng này, Thủ tướng Chính phủ yêu cầu:\n\n"
        "1. Bộ trưởng, Thủ trưởng các cơ quan ngang Bộ, cơ quan thuộc Chính phủ, Chủ tịch Ủy ban nhân dân các tỉnh, "
        "thành phố trực thuộc Trung ương, Chủ tịch Hội đồng thành viên, Tổng giám đốc các Tập đoàn, Tổng Công ty, "
        "đơn vị liên quan tiếp tục nâng cao tinh thần trách nhiệm, khẩn trương chỉ đạo các cơ quan, đơn vị.\n\n"
        "2. Bộ trưởng Bộ Nội vụ chỉ đạo chủ trì, phối hợp với Bộ Xây dựng, Văn phòng Chính phủ hướng dẫn việc "
        "khen thưởng.\n"
    )
    agencies = found(text)
    assert ("Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương", "thực hiện", False) in agencies
    # The minister orders his ministry to lead.
    assert ("Bộ Nội vụ", "chủ trì", False) in agencies
    assert ("Bộ Xây dựng", "phối hợp", False) in agencies


def test_the_body_that_asks_is_no_assignee():
    text = (
        "Thường trực Chính phủ yêu cầu Bộ trưởng, Thủ trưởng các cơ quan ngang bộ, cơ quan thuộc Chính phủ và Chủ "
        "tịch UBND các tỉnh, thành phố trực thuộc Trung ương thực hiện các nhiệm vụ sau:\n\n"
        "Rà soát, làm rõ ngay các nguyên nhân làm tăng giá bất động sản.\n\n"
        "Thường trực Chính phủ yêu cầu Bộ Xây dựng rà soát, bãi bỏ ngay các quy chuẩn, tiêu chuẩn không phù hợp.\n"
    )
    agencies = found(text)
    assert ("Bộ Xây dựng", "thực hiện", False) in agencies
    assert not any(name == "Thường trực Chính phủ" for name, _, _ in agencies)


def test_an_article_cited_at_a_line_start_does_not_cut_the_executors_sentence():
    text = (
        "Điều 6. Quyết định này có hiệu lực thi hành kể từ ngày ký.\n"
        "Điều 7. Các Bộ trưởng, Thủ trưởng cơ quan ngang Bộ, Chủ tịch Ủy ban\n"
        "nhân dân tỉnh, thành phố trực thuộc Trung ương và các thành viên quy định tại\n"
        "Điều 1 chịu trách nhiệm thi hành Quyết định này./.\n"
    )
    roles = {(name, role) for name, role, _ in found(text)}
    assert ("Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương", "thi hành") in roles
    assert not any(role == "thực hiện" for _, role in roles)
