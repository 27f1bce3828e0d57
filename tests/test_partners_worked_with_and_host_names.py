"""A body the lead is to work with on the task ("chủ trì, làm việc với Bộ Tài chính") is a partner; a site
known only by its host name ("github.com" for a page kept in a repository) names no publisher."""

from extractors.agencies import iter_agencies
from extractors.metadata import extract_metadata
from tests._agencies_support import all_roles


def test_a_body_worked_with_on_the_task_is_a_partner():
    text = (
        "Phó Thủ tướng kết luận như sau:\n\n1. Giao Bộ Xây dựng chủ trì, làm việc với Bộ Tài chính, Tổng công ty "
        "Cảng hàng không Việt Nam để thống nhất phương án kết nối giao thông, báo cáo Thủ tướng Chính phủ.\n"
    )
    roles = all_roles(text)
    assert ("Bộ Xây dựng", "chủ trì") in roles
    assert {("Bộ Tài chính", "phối hợp"), ("Tổng công ty Cảng hàng không Việt Nam", "phối hợp")} <= roles


NEWS = """Ngày 11/1, tại Hà Nội, Bộ Giao thông vận tải đã tổ chức Hội nghị trực tuyến tổng kết công tác năm 2018.

Năm 2019, Bộ phấn đấu giải ngân gần 29.000 tỷ đồng vốn đầu tư công.
"""


def test_a_host_name_is_no_publisher():
    meta = extract_metadata(NEWS, {"sitename": "github.com", "title": "Năm 2018: hoàn thành 27 dự án giao thông"})
    assert meta.issuer != "github.com" and meta.publisher != "github.com"
    named = extract_metadata(NEWS, {"sitename": "Báo Hải quan", "title": "Năm 2018: hoàn thành 27 dự án giao thông"})
    assert named.publisher == "Báo Hải quan"


RESOLUTION = """HỘI ĐỒNG NHÂN DÂN TỈNH VĨNH LONG

NGHỊ QUYẾT

Ban hành Quy định chính sách hỗ trợ đào tạo cán bộ, công chức

Điều 2. Tổ chức thực hiện

1. Giao Ủy ban nhân dân tỉnh triển khai thực hiện Nghị quyết theo đúng quy định.

2. Giao Thường trực Hội đồng nhân dân, các Ban của Hội đồng nhân dân, Tổ đại biểu Hội đồng nhân dân và đại biểu Hội đồng nhân dân tỉnh giám sát việc thực hiện Nghị quyết.
"""


def test_a_councils_standing_committee_is_given_the_supervision_and_its_deputies_are_people():
    agencies = list(iter_agencies(RESOLUTION))
    roles = {(a.name, a.role) for a in agencies}
    assert ("Thường trực Hội đồng nhân dân", "thực hiện") in roles
    assert ("Ủy ban nhân dân tỉnh", "thực hiện") in roles
    assert not any(a.name.startswith(("đại biểu", "Tổ đại biểu")) and not a.generic for a in agencies)
    assert not any(a.name == "Hội đồng nhân dân tỉnh" for a in agencies)
