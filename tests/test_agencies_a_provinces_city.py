"""A province's city often shares the province's name ("thành phố Hà Tĩnh" in tỉnh Hà Tĩnh, "TP Thanh Hóa"): its
people's committee is a district-level body a provincial plan assigns, not the province's committee that issues
the plan (blind gold ht_kh122, Hà Tĩnh's plan for Nghị quyết 05; found in session 36). A city under central rule
("thành phố Hà Nội") is still the province itself."""

from blind_documents import parsed_blind_document
from extractors.agencies import iter_agencies
from extractors.canonical import canonical_name
from extractors.gazetteer import iter_gazetteer_matches
from tests._agencies_support import canonical_roles


def test_the_city_keeps_its_name():
    assert canonical_name("UBND thành phố Hà Tĩnh") == "Ủy ban nhân dân thành phố Hà Tĩnh"
    assert canonical_name("UBND TP Hà Tĩnh") == "Ủy ban nhân dân thành phố Hà Tĩnh"
    assert canonical_name("Ủy ban nhân dân thành phố Thanh Hóa") == "Ủy ban nhân dân thành phố Thanh Hóa"


def test_the_province_and_a_city_under_central_rule_are_the_provincial_committee():
    assert canonical_name("UBND tỉnh Hà Tĩnh") == "Ủy ban nhân dân tỉnh"
    assert canonical_name("UBND thành phố Hà Nội") == "Ủy ban nhân dân thành phố"


def test_the_gazetteer_reads_the_city_as_a_district_level_body():
    (city,) = iter_gazetteer_matches("Giao UBND thành phố Hà Tĩnh triển khai.")
    assert (city.canonical_name, city.level) == ("Ủy ban nhân dân thành phố Hà Tĩnh", "district")
    (capital,) = iter_gazetteer_matches("Giao UBND thành phố Hà Nội triển khai.")
    assert capital.level == "provincial"
    # "thành phố trực thuộc Trung ương" names no city: the provinces' class stays what it was.
    (provinces,) = iter_gazetteer_matches("Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương ban hành cơ chế.")
    assert provinces.level == "provincial"


def test_a_provincial_plan_assigns_its_city():
    roles = canonical_roles("Giao UBND thành phố Hà Tĩnh khẩn trương triển khai phân loại rác tại nguồn.")
    assert roles == {("Ủy ban nhân dân thành phố Hà Tĩnh", "thực hiện")}


def test_abbreviated_towns_are_spelt_out():
    assert canonical_name("UBND TX Hồng Lĩnh") == "Ủy ban nhân dân thị xã Hồng Lĩnh"


def test_the_plan_as_the_province_published_it():
    parsed = parsed_blind_document("ht_kh122_baovemoitruong_nq05_2018.doc")
    roles = {(a.canonical_name, a.role) for a in iter_agencies(parsed.text, parsed.tables)}
    assert ("Ủy ban nhân dân thành phố Hà Tĩnh", "thực hiện") in roles
    assert ("Ủy ban nhân dân thị xã Kỳ Anh", "thực hiện") in roles
