"""Bodies of the 2025 reorganisation that plans name, found whole by the
gazetteer: the National Assembly's merged committees, ministry departments
with inner commas, the numbered local tax offices and regional courts of the
two-level local government, defence-area commands, and the dash spelling of
the merged provincial press."""

import pytest

from extractors.agencies import iter_agencies
from extractors.gazetteer import iter_gazetteer_matches


def _found(text: str) -> list[tuple[str, str]]:
    return [(" ".join(text[m.start : m.end].split()), m.canonical_name) for m in iter_gazetteer_matches(text)]


@pytest.mark.parametrize(
    "text, written, canonical",
    [
        ("Ủy ban Quốc phòng, An ninh và Đối ngoại, Ủy ban Pháp luật và Tư pháp giám sát việc thực hiện.",
         "Ủy ban Quốc phòng, An ninh và Đối ngoại", "Ủy ban Quốc phòng, An ninh và Đối ngoại"),
        ("Giao Cục Quản lý đê điều và Phòng, chống thiên tai chủ trì hướng dẫn.",
         "Cục Quản lý đê điều và Phòng, chống thiên tai", "Cục Quản lý đê điều và Phòng, chống thiên tai"),
        ("- Thuế cơ sở 3 tỉnh Lào Cai phối hợp rà soát hộ kinh doanh.", "Thuế cơ sở 3 tỉnh Lào Cai", "Thuế cơ sở 3 tỉnh"),
        ("Tòa án nhân dân khu vực 2 và Viện Kiểm sát nhân dân khu vực 2 phối hợp.",
         "Tòa án nhân dân khu vực 2", "Tòa án nhân dân khu vực 2"),
        ("Ban Chỉ huy Phòng thủ khu vực 4 chủ trì diễn tập.", "Ban Chỉ huy Phòng thủ khu vực 4", "Ban Chỉ huy Phòng thủ khu vực 4"),
        ("Báo và Phát thanh - Truyền hình Vĩnh Long tuyên truyền.",
         "Báo và Phát thanh - Truyền hình Vĩnh Long", "Báo và Phát thanh, Truyền hình tỉnh"),
        ("Đài Khí tượng Thủy văn tỉnh Lào Cai cung cấp bản tin dự báo.", "Đài Khí tượng Thủy văn tỉnh Lào Cai",
         "Đài Khí tượng Thủy văn tỉnh"),
        ("Trung tâm PVHCC tỉnh hướng dẫn người dân.", "Trung tâm PVHCC tỉnh", "Trung tâm Phục vụ hành chính công tỉnh"),
        # the national press by the abbreviations plans write (cp_nq175, cp_nq100)
        ("VTV, VOV, TTXVN tuyên truyền chính sách.", "VOV", "Đài Tiếng nói Việt Nam"),
        ("VTV, VOV, TTXVN tuyên truyền chính sách.", "TTXVN", "Thông tấn xã Việt Nam"),
        # the Party bodies a Steering Committee's conclusions name (bcdtw_phien1)
        ("Thường trực Ban Bí thư chỉ đạo xây dựng kế hoạch.", "Thường trực Ban Bí thư", "Thường trực Ban Bí thư"),
        ("Ban cán sự đảng Chính phủ chỉ đạo rà soát.", "Ban cán sự đảng Chính phủ", "Ban cán sự đảng Chính phủ"),
    ],
)
def test_2025_bodies_are_found_whole(text, written, canonical):
    assert (written, canonical) in _found(text)


def test_a_central_body_named_after_a_city_keeps_the_city_in_a_provincial_plan():
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\n\nKẾ HOẠCH\n\nIV. TỔ CHỨC THỰC HIỆN\n\n"
        "1. Đề nghị Học viện Chính trị quốc gia Hồ Chí Minh phối hợp bồi dưỡng cán bộ.\n"
    )
    names = {(a.canonical_name, a.role) for a in iter_agencies(text, province="Lào Cai")}
    assert ("Học viện Chính trị quốc gia Hồ Chí Minh", "phối hợp") in names

