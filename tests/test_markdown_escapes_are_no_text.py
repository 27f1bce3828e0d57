"""A Markdown file's backslash escapes ("57\\-NQ/TW", "từ 40 \\- 50 tổ chức", as converters write them) are no
part of its text: read with them, a range came out as its upper end and a Party number was lost (b14f's
Nghị quyết 57-NQ/TW)."""

from parse_helpers import write_and_parse

from extractors.targets import iter_targets


def test_backslash_escapes_are_dropped_and_other_backslashes_kept(tmp_path):
    data = ("**BAN CHẤP HÀNH TRUNG ƯƠNG**\n\nSố 57\\-NQ/TW\n\n**II. MỤC TIÊU**\n\n"
            "Đến năm 2030, có từ 40 \\- 50 tổ chức khoa học và công nghệ được xếp hạng khu vực; thư mục C:\\Tai lieu.\n")
    parsed = write_and_parse(tmp_path, "nq57.md", data.encode("utf-8"))
    assert "57-NQ/TW" in parsed.text and "từ 40 - 50 tổ chức" in parsed.text
    assert "C:\\Tai lieu" in parsed.text
    (target,) = iter_targets(parsed.text)
    assert (target.value, target.value_max, target.comparator) == (40, 50, "range")
