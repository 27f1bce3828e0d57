"""The gazetteer (extractors/data/public_bodies.yaml) agrees with the agency
table extractors/canonical.py reads (extractors/data/agencies.yaml): the same
fields, the same 2025 successors, every name canonical.py knows found whole
and spelled as canonical.py spells it."""

import pytest

from extractors.canonical import canonical_name, current_name, gazetteer as agency_table
from extractors.gazetteer import bodies, gazetteer_table, iter_gazetteer_matches

KINDS = {
    "ministry", "ministry_level", "government_agency", "central_body", "provincial_department", "provincial_board",
    "mass_organisation", "regional_branch", "press", "public_service_unit", "people_committee", "council",
    "party_body", "armed_forces", "judiciary", "state_enterprise",
}
LEVELS = {"central", "provincial", "regional", "district", "commune"}


def test_the_gazetteer_is_versioned_and_every_body_has_a_known_kind_and_level():
    assert isinstance(gazetteer_table()["version"], int)
    assert {body.kind for body, _ in bodies()} <= KINDS
    assert {body.level for body, _ in bodies()} <= LEVELS
    assert len(bodies()) > 150


def test_every_entry_has_only_the_documented_keys():
    # An unquoted comma in a flow mapping ("{name: Viện Chiến lược, Chính sách …}") cuts the name and adds a key.
    keys = {"name", "kind", "level", "aliases", "renamed_to", "also_to", "valid_from", "valid_until"}
    for entry in gazetteer_table()["bodies"]:
        assert set(entry) <= keys, entry


def test_a_ministrys_department_keeps_the_commas_of_its_name():
    text = "Giao Viện Chiến lược, Chính sách TN&MT chủ trì, phối hợp với Cục Đo đạc, Bản đồ và Thông tin địa lý Việt Nam."
    assert [m.canonical_name for m in iter_gazetteer_matches(text)] == [
        "Viện Chiến lược, Chính sách tài nguyên và môi trường", "Cục Đo đạc, Bản đồ và Thông tin địa lý Việt Nam",
    ]


def test_ministries_and_departments_are_fields_of_the_agency_table():
    fields = agency_table()["fields"]
    for key in ("ministries", "provincial_departments"):
        assert {entry["field"] for entry in gazetteer_table()[key]} <= set(fields)


def test_a_listed_successor_never_contradicts_canonical_current_name():
    for entry in gazetteer_table()["bodies"]:
        successor = current_name(entry["name"])
        if "renamed_to" in entry and successor != entry["name"]:
            assert entry["renamed_to"] == successor, entry["name"]


@pytest.mark.parametrize(
    "old, new",
    [
        ("Sở Kế hoạch và Đầu tư", "Sở Tài chính"),
        ("Sở Thông tin và Truyền thông", "Sở Khoa học và Công nghệ"),
        ("Sở Lao động - Thương binh và Xã hội", "Sở Nội vụ"),
        ("Bộ Kế hoạch và Đầu tư", "Bộ Tài chính"),
        ("Bộ Tài nguyên và Môi trường", "Bộ Nông nghiệp và Môi trường"),
        ("Bộ Nông nghiệp và Phát triển nông thôn", "Bộ Nông nghiệp và Môi trường"),
        ("Bộ Thông tin và Truyền thông", "Bộ Khoa học và Công nghệ"),
        ("Bộ Giao thông vận tải", "Bộ Xây dựng"),
        ("Bộ Lao động - Thương binh và Xã hội", "Bộ Nội vụ"),
        ("Ủy ban Dân tộc", "Bộ Dân tộc và Tôn giáo"),
        ("Đài Phát thanh và Truyền hình tỉnh", "Báo và Phát thanh, Truyền hình tỉnh"),
    ],
)
def test_the_2025_reorganisation(old, new):
    (body,) = [body for body, _ in bodies() if body.name == old]
    assert body.renamed_to == new and body.valid_until is not None


def _agency_table_names() -> list[str]:
    table = agency_table()
    return [*table["names"], *table["name_aliases"], *table["restructured_names"], *table["restructured_names"].values()]


@pytest.mark.parametrize("name", _agency_table_names())
def test_every_name_canonical_py_knows_is_found_whole_and_spelled_alike(name):
    (match,) = iter_gazetteer_matches(name)
    assert (match.start, match.end) == (0, len(name))
    # A bare name ("Hội Liên hiệp Phụ nữ", "Ngân hàng Nhà nước") resolves to the body it stands
    # for in a provincial plan ("… tỉnh") or to the national one ("… Việt Nam"); the gazetteer
    # writes the comma of the official "Báo và Phát thanh, Truyền hình".
    spellings = {canonical_name(name), canonical_name(f"{name} tỉnh"), canonical_name(f"{name} Việt Nam")}
    assert match.canonical_name.replace(",", "") in {s.replace(",", "") for s in spellings}
