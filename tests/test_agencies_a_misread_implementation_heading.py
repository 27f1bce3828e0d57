"""OCR confuses tone marks in capitals ("IV. TÔ CHỨC THỰC HIỆN"): the implementation part's title is also read with its
marks folded away, so the items under it still assign their bodies (blind gold ct_kh70_danvan_2025, a scanned Cần Thơ
plan; session 37)."""

from tests._agencies_support import named_roles


def test_an_item_of_a_misread_implementation_part_assigns_its_body():
    roles = named_roles(
        "III. NỘI DUNG\n\n1. Tăng cường công tác dân vận.\n\nIV. TÔ CHỨC THỰC HIỆN\n\n"
        "1. Sở Nội vụ theo dõi, giám sát, kiểm tra, đôn đốc việc triển khai thực hiện kế hoạch.\n"
    )
    assert ("Sở Nội vụ", "thực hiện") in roles


def test_a_content_item_is_still_no_assignment():
    roles = named_roles(
        "III. NỘI DUNG\n\n1. Sở Nội vụ theo dõi, giám sát, kiểm tra việc thực hiện kế hoạch.\n\n"
        "IV. KINH PHÍ\n\nKinh phí do ngân sách bảo đảm.\n"
    )
    assert ("Sở Nội vụ", "thực hiện") not in roles
