"""A notice of conclusions or a directive copied without its header (it opens on its title line, b28d) is read as
one: its goals stand among its tasks, with their goal word (real document: skips where data/external lacks it)."""

from blind_documents import parsed_blind_document
from extractors.targets import iter_targets
from extractors.targets.scope import goals_among_tasks


def test_a_title_line_that_opens_on_a_conclusion_or_directive_puts_goals_among_tasks():
    assert goals_among_tasks("Thông báo kết luận của Bộ trưởng tại hội nghị tổng kết công tác năm 2009.\nNgày 11/01/2010 …")
    assert goals_among_tasks("Chỉ thị về chấn chỉnh công tác xây dựng văn bản.\nSau hơn 04 năm thực hiện …")
    assert not goals_among_tasks("Hội nghị tổng kết công tác năm 2009 của Bộ.\nNgày 11/01/2010, Bộ đã tổ chức …")


def test_the_goals_among_a_headerless_notices_tasks_are_targets():
    parsed = parsed_blind_document("bgtvt_tb_ketluan_kehoach2010_2010.txt")
    # "+ Dự kiến trong năm 2010 phấn đấu giải ngân tăng 20-30% so với năm 2009, khởi công được 40 dự án; …"
    found = {(str(t.value), t.unit, t.deadline_year) for t in iter_targets(parsed.text, parsed.tables)}
    assert {("20", "%", 2010), ("40", "dự án", 2010)} <= found
