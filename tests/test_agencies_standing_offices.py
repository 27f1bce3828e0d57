"""A steering committee's standing office is a body of its own, named with its committee ("5. Văn phòng Thường trực
Ban Chỉ đạo 389 quốc gia tăng cường kiểm tra …", blind batch b34h, Công văn 11554/VPCP-V.I); not the committee's
standing members ("Thường trực Ban Chỉ đạo …") with "Văn phòng" dropped."""

from extractors.agencies.mentions import iter_mentions
from tests._agencies_support import all_roles


def test_the_standing_office_is_named_whole():
    names = [m.name for m in iter_mentions("5. Văn phòng Thường trực Ban Chỉ đạo 389 quốc gia tăng cường kiểm tra.")]
    assert names == ["Văn phòng Thường trực Ban Chỉ đạo 389 quốc gia"]


def test_the_standing_office_is_given_its_point():
    text = (
        "Phó Thủ tướng Chính phủ có ý kiến như sau:\n1. Bộ Công an chỉ đạo các lực lượng tăng cường kiểm tra.\n"
        "5. Văn phòng Thường trực Ban Chỉ đạo 389 quốc gia\ntăng cường kiểm tra, đôn đốc các cơ quan.\n"
    )
    roles = all_roles(text)
    assert ("Văn phòng Thường trực Ban Chỉ đạo 389 quốc gia", "thực hiện") in roles


def test_the_standing_members_stay_a_cell_of_their_committee():
    names = [m.name for m in iter_mentions("Thường trực Hội đồng Dân tộc chủ trì thẩm tra.")]
    assert names == ["Thường trực Hội đồng Dân tộc"]
