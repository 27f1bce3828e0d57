"""Older texts capitalise a general department's head ("Tổng Cục Quản lý ruộng đất", blind batch b34d, Chỉ thị
299/TTg of 1980): it is found as "Tổng cục" is, and one body whichever way it is written."""

from extractors.agencies import iter_agencies
from extractors.canonical import canonical_name


def test_a_capitalised_general_department_is_a_body():
    found = {(a.name, a.role) for a in iter_agencies("a) Tổng Cục Quản lý ruộng đất có trách nhiệm:\n- Lập kế hoạch đo đạc.\n")}
    assert found == {("Tổng Cục Quản lý ruộng đất", "thực hiện")}


def test_both_spellings_are_one_body():
    assert canonical_name("Tổng Cục Hải quan") == canonical_name("Tổng cục Hải quan") == "Tổng cục Hải quan"
