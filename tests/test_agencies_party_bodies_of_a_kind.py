"""A central Party text assigns the Party's bodies of one kind: "các tỉnh ủy, thành ủy", "các đảng ủy trực thuộc
Trung ương", "các ban đảng Trung ương". Each is a class named by its kind, not a vague collective
(docs/annotation.md; 37 of 45 such entries of the blind golds; blind batches b17d and b18b: KL 155-KL/TW and NQ
72-NQ/TW as news pages printed them). "các cơ quan Đảng" stays a collective: the golds split on it (3 named, 4 not)."""

from tests._agencies_support import all_roles, named_roles

CONCLUSION = (
    "(7) Đảng ủy Chính phủ chủ trì, phối hợp với Ban Chính sách, chiến lược Trung ương, các đảng ủy trực thuộc Trung "
    "ương, các tỉnh ủy, thành ủy xây dựng đề án.\n"
    "- Đảng uỷ Bộ Nội vụ chủ trì, phối hợp với các tỉnh uỷ, thành uỷ và các cơ quan liên quan hướng dẫn số hoá tài liệu.\n"
    "- Giao Học viện Chính trị quốc gia Hồ Chí Minh chủ trì, phối hợp với các ban đảng Trung ương nghiên cứu.\n"
)


def test_the_party_bodies_of_a_kind_are_named_classes():
    roles = named_roles(CONCLUSION)
    assert {
        ("các đảng ủy trực thuộc Trung ương", "phối hợp"),
        ("các tỉnh ủy, thành ủy", "phối hợp"),
        ("các tỉnh uỷ, thành uỷ", "phối hợp"),
        ("các ban đảng Trung ương", "phối hợp"),
    } <= roles


def test_a_list_of_kinds_ends_where_a_named_class_begins():
    assert not any("," in name and "đảng ủy" in name for name, _ in all_roles(CONCLUSION))


def test_the_bodies_concerned_stay_a_collective():
    generic = {(name, role) for name, role in all_roles(CONCLUSION)} - named_roles(CONCLUSION)
    assert ("các cơ quan liên quan", "phối hợp") in generic
