"""A body the lead is to work with on the task ("chủ trì, làm việc với Bộ Tài chính") is a partner; a site
known only by its host name ("github.com" for a page kept in a repository) names no publisher."""

from extractors.agencies import iter_agencies
from extractors.metadata import extract_metadata


def test_a_body_worked_with_on_the_task_is_a_partner():
    text = (
        "Phó Thủ tướng kết luận như sau:\n\n1. Giao Bộ Xây dựng chủ trì, làm việc với Bộ Tài chính, Tổng công ty "
        "Cảng hàng không Việt Nam để thống nhất phương án kết nối giao thông, báo cáo Thủ tướng Chính phủ.\n"
    )
    roles = {(a.name, a.role) for a in iter_agencies(text)}
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
