"""A district plan's "các phòng, ngành" is a collective reference like "các sở, ngành", so the bodies listed after it
are read as subjects; an official named after "và" heads another body, not the rest of the first one's name."""

from extractors.agencies import iter_agencies, iter_mentions


def test_the_districts_divisions_are_a_collective_and_the_list_goes_on():
    # Hà Tĩnh's Hương Khê district plan (ht_kh200): "yêu cầu các phòng, ngành, đơn vị, UBND các xã, thị trấn …".
    text = "Trên cơ sở Kế hoạch này, yêu cầu các phòng, ngành, đơn vị, UBND các xã, thị trấn cụ thể hóa chương trình hành động."
    found = {(a.name, a.role, a.generic) for a in iter_agencies(text)}
    assert ("UBND các xã, thị trấn", "thực hiện", False) in found
    assert ("các phòng, ngành, đơn vị", "thực hiện", True) in found


def test_rooms_and_prevention_are_no_divisions():
    assert list(iter_mentions("Xây dựng các phòng học, phòng thí nghiệm; đẩy mạnh các phòng trào thi đua.")) == []


def test_an_official_after_va_heads_another_body():
    text = "Giao Công an thành phố và Chủ tịch Uỷ ban nhân dân các quận - huyện tổ chức kiểm tra."
    assert [m.name for m in iter_mentions(text)] == ["Công an thành phố", "Uỷ ban nhân dân các quận - huyện"]


def test_chuc_nang_stays_in_a_collective():
    # A Quảng Trị directive (qt_ct06, blind) and a Huế decision (hue_qd125, dev corpus): "các cơ quan chức năng",
    # "các phòng, ban chức năng liên quan" are whole references, not "các cơ quan chức".
    text = "Phòng Văn hóa - Xã hội chủ trì, phối hợp với các phòng, ban chức năng liên quan thẩm định hồ sơ."
    assert [(m.name, m.generic) for m in iter_mentions(text)] == [
        ("Phòng Văn hóa - Xã hội", False), ("các phòng, ban chức năng liên quan", True)
    ]
    assert [m.name for m in iter_mentions("Giao các cơ quan chức năng phối hợp thực hiện.")] == ["các cơ quan chức năng"]
