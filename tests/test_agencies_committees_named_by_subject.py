"""A committee or steering board may be named after its subject ("Ủy ban Công tác về các tổ chức phi chính phủ nước
ngoài"): the subject is part of the name, so the list of partners after it goes on. "về việc …" and "về vấn đề này"
are no subjects of a name. A board's name may close with its level "quốc gia" ("Ban Chỉ đạo Phòng thủ dân sự quốc
gia"), and "giao thông" in a name is a field, not the verb "giao"."""

from extractors.agencies import iter_assignments, iter_mentions


def _roles(text):
    roles = {}
    for a in iter_assignments(text):
        for role, names in a.roles.items():
            roles.setdefault(role, []).extend(names)
    return roles


def test_a_committee_keeps_its_subject_and_the_list_goes_on():
    roles = _roles(
        "Bộ Ngoại giao chủ trì, phối hợp với các Bộ, ngành, địa phương, Ủy ban Công tác về các tổ chức PCPNN, "
        "VTV, VOV, TTXVN tổ chức tuyên truyền."
    )
    # (the gazetteer knows the abbreviation: the assignment gives the committee's canonical name)
    assert "Ủy ban Công tác về các tổ chức phi chính phủ nước ngoài" in roles["phối hợp"]
    assert {"Đài Truyền hình Việt Nam", "Đài Tiếng nói Việt Nam", "Thông tấn xã Việt Nam"} <= set(roles["phối hợp"])


def test_the_subject_ends_at_the_role_word():
    roles = _roles("Ủy ban Công tác về các tổ chức phi chính phủ nước ngoài chủ trì thực hiện.")
    assert roles["chủ trì"] == ["Ủy ban Công tác về các tổ chức phi chính phủ nước ngoài"]


def test_what_a_body_speaks_about_is_not_its_name():
    names = [m.name for m in iter_mentions("Hội đồng Nhân quyền về vấn đề này đã họp. UBND tỉnh về việc này phối hợp.")]
    assert "Hội đồng Nhân quyền" in names
    assert not any("về" in name for name in names)


def test_the_national_level_closes_a_board_s_name():
    roles = _roles(
        "Ban Chỉ đạo Phòng thủ dân sự quốc gia chủ trì, phối hợp với Ủy ban An toàn giao thông quốc gia triển khai."
    )
    assert roles["chủ trì"] == ["Ban Chỉ đạo Phòng thủ dân sự quốc gia"]
    assert roles["phối hợp"] == ["Ủy ban An toàn giao thông Quốc gia"]  # the gazetteer's spelling of the name


def test_a_national_database_after_a_task_is_no_part_of_the_lead():
    assert _roles("Bộ Công an chủ trì xây dựng cơ sở dữ liệu quốc gia về dân cư.")["chủ trì"] == ["Bộ Công an"]
