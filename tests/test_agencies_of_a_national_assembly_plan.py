"""Bodies of a National Assembly plan met in held-out documents: the province delegations of deputies ("các Đoàn
đại biểu Quốc hội", bodies, unlike the deputies themselves), a list that partners "căn cứ chức năng, nhiệm vụ theo
quy định của pháp luật", the related bodies written "hữu quan", an item headed by a body's leadership ("Lãnh đạo
Ban Dân nguyện"), a name that stops at "giúp", an abbreviation read whole ("Ủy ban KH,CN&MT"); a Standing Committee
resolution that assigns the Government and the provincial council ("Hội đồng nhân dân, Ủy ban nhân dân cấp tỉnh"), and
the Party committees of the ministries a plural heads ("Các Đảng uỷ Bộ Tài chính, Bộ Nội vụ")."""

from extractors.agencies import iter_agencies, iter_mentions
from extractors.canonical import canonical_name

PARTNERS = (
    "2. Ủy ban Thường vụ Quốc hội, Hội đồng Dân tộc, các Ủy ban của Quốc hội, Văn phòng Quốc hội, các Đoàn đại biểu "
    "Quốc hội, các đại biểu Quốc hội, các cơ quan, tổ chức hữu quan căn cứ chức năng, nhiệm vụ theo quy định của pháp "
    "luật có trách nhiệm phối hợp tổ chức thực hiện có hiệu quả nhiệm vụ được phân công."
)


def test_a_list_with_an_aside_on_its_remit_partners():
    found = {(a.canonical_name, a.role, a.generic) for a in iter_agencies(PARTNERS)}
    assert ("Ủy ban Thường vụ Quốc hội", "phối hợp", False) in found
    assert ("Đoàn đại biểu Quốc hội", "phối hợp", False) in found
    assert ("Các cơ quan, tổ chức hữu quan", "phối hợp", True) in found


def test_the_delegations_are_bodies_and_the_deputies_people():
    mentions = {m.name: m.generic for m in iter_mentions(PARTNERS)}
    assert mentions["các Đoàn đại biểu Quốc hội"] is False
    assert mentions["các đại biểu Quốc hội"] is True


def test_an_item_headed_by_a_body_s_leadership_gives_the_body_its_points():
    text = ("**n) Lãnh đạo Ban Dân nguyện**\n\n* Chủ trì giúp UBTVQH trong công tác tiếp công dân và giải quyết "
            "các khiếu nại, tố cáo.\n")
    assert ("Ban Dân nguyện", "chủ trì") in {(a.canonical_name, a.role) for a in iter_agencies(text)}


def test_a_name_stops_at_the_verb_giup():
    text = ("3. Định kỳ, Thường trực Ủy ban KH,CN&MT của Quốc hội chủ trì, phối hợp với Hội đồng Dân tộc, Văn phòng "
            "Đảng đoàn Quốc hội giúp Đảng đoàn Quốc hội triển khai thực hiện Kế hoạch này.")
    found = {(a.canonical_name, a.role) for a in iter_agencies(text)}
    assert ("Văn phòng Đảng đoàn Quốc hội", "phối hợp") in found
    assert ("Thường trực Ủy ban KH,CN&MT của Quốc hội", "chủ trì") in found


def test_an_abbreviation_is_expanded_only_when_written_whole():
    assert canonical_name("Sở TN&MT") == "Sở Tài nguyên và Môi trường"
    assert "chi nhánh" not in canonical_name("Ủy ban KH,CN&MT của Quốc hội")


STANDING_COMMITTEE_RESOLUTION = """**NGHỊ QUYẾT**

**Về việc sắp xếp đơn vị hành chính năm 2025**

**ỦY BAN THƯỜNG VỤ QUỐC HỘI**

*Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;*

**QUYẾT NGHỊ:**

**Điều 12. Trách nhiệm thi hành**

1. Chính phủ, Thủ tướng Chính phủ có trách nhiệm sau đây:

a) Chỉ đạo, hướng dẫn việc xây dựng đề án sắp xếp đơn vị hành chính.

4. Hội đồng nhân dân, Ủy ban nhân dân cấp tỉnh có trách nhiệm sau đây:

a) Tổ chức tuyên truyền, vận động Nhân dân về việc sắp xếp đơn vị hành chính.
"""


def test_a_standing_committee_resolution_assigns_the_government_and_the_provincial_council():
    found = {(a.canonical_name, a.role) for a in iter_agencies(STANDING_COMMITTEE_RESOLUTION)}
    assert ("Chính phủ", "thực hiện") in found
    assert ("Thủ tướng Chính phủ", "thực hiện") in found
    # The level written after the committee is the council's too.
    assert ("Hội đồng nhân dân cấp tỉnh", "thực hiện") in found
    assert ("Ủy ban nhân dân cấp tỉnh", "thực hiện") in found
    assert ("Hội đồng nhân dân", "thực hiện") not in found


def test_a_plural_party_committee_heads_each_ministry_listed():
    text = "Các Đảng uỷ Bộ Tài chính, Bộ Nội vụ khẩn trương thực hiện phân bổ ngân sách, biên chế theo quy định."
    found = {(a.canonical_name, a.role) for a in iter_agencies(text)}
    assert found >= {("Đảng ủy Bộ Tài chính", "thực hiện"), ("Đảng ủy Bộ Nội vụ", "thực hiện")}
    assert ("Bộ Nội vụ", "thực hiện") not in found
