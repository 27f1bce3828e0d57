"""A table of figures on a page keeps its rows (a layout table still falls apart into its cells): trafilatura's
rendering of a header with merged cells is joined into one header row, so the column of a plan's targets is
read and the columns of results are not; an HTML table inside a text file is written as pipe rows the same way."""

from extractors.targets import iter_targets
from pipeline.parse.html_page import extract_html, text_blocks
from pipeline.parse.html_tables import tables_as_pipe_rows

TABLE = """<table>
<thead>
<tr><th rowspan="2">TT</th><th rowspan="2">Chỉ tiêu</th><th rowspan="2">Đơn vị</th>
<th colspan="2">Kết quả đạt được</th><th rowspan="2">Mục tiêu theo quy hoạch đến năm 2020</th></tr>
<tr><th>Năm 2018</th><th>Năm 2019</th></tr>
</thead>
<tbody>
<tr><td>1</td><td>Tỷ lệ hộ gia đình có truy cập Internet</td><td>%</td><td>47.00</td><td>71.30</td><td>35-40</td></tr>
<tr><td>2</td><td>Tỷ lệ người sử dụng Internet</td><td>%</td><td>70.00</td><td>68.70</td><td>55-60</td></tr>
<tr><td>3</td><td>Số thuê bao băng rộng cố định trên 100 dân</td><td><p>Thuê bao/</p><p>100 dân</p></td><td>13.63</td><td>15.33</td><td>15-20</td></tr>
</tbody>
</table>"""

PAGE = f"""<html><head><title>Kết quả thực hiện quy hoạch viễn thông</title></head><body><article>
<h1>Kết quả thực hiện quy hoạch phát triển viễn thông quốc gia</h1>
<p>Những mục tiêu được đề ra trong giai đoạn vừa qua, về cơ bản đều đạt hoặc vượt chỉ tiêu, cụ thể như trong bảng
dưới đây, theo số liệu tổng hợp của các doanh nghiệp viễn thông trên cả nước và của các sở quản lý chuyên ngành.</p>
{TABLE}
<p>Hạ tầng viễn thông tiếp tục được đầu tư, mở rộng vùng phủ sóng đến các khu vực vùng sâu, vùng xa, biên giới, hải đảo.</p>
</article></body></html>"""


def _targets(text):
    return {(t.value, t.value_max, t.unit, t.deadline_year) for t in iter_targets(text)}


def test_a_table_of_figures_on_a_page_gives_the_plans_targets_and_not_its_results():
    text = "\n\n".join(extract_html(PAGE.encode()).blocks)
    assert "| TT | Chỉ tiêu | Đơn vị | Kết quả đạt được Năm 2018 | Kết quả đạt được Năm 2019 | Mục tiêu" in text
    found = _targets(text)
    assert {(35, 40, "%", 2020), (55, 60, "%", 2020)} <= found
    assert not any(value in (47, 71.3, 70, 68.7) for value, *_ in found)


def test_an_html_table_in_a_text_file_becomes_pipe_rows():
    lines = tables_as_pipe_rows("Bảng chỉ tiêu:\n\n" + TABLE + "\n\nHết bảng.").split("\n")
    rows = [line for line in lines if line.startswith("|")]
    assert rows[0] == ("| TT | Chỉ tiêu | Đơn vị | Kết quả đạt được Năm 2018 | Kết quả đạt được Năm 2019 | "
                       "Mục tiêu theo quy hoạch đến năm 2020 |")
    assert rows[1].startswith("|---|")
    assert rows[4] == "| 3 | Số thuê bao băng rộng cố định trên 100 dân | Thuê bao/ 100 dân | 13.63 | 15.33 | 15-20 |"
    blocks, _, _ = text_blocks(("Bảng chỉ tiêu:\n\n" + TABLE).encode())
    assert any(block.startswith("| TT |") for block in blocks)


def test_an_html_table_written_in_mixed_case_becomes_pipe_rows_too():
    mixed = TABLE.replace("<table", "<Table").replace("</table>", "</Table>")
    assert mixed != TABLE
    rows = [line for line in tables_as_pipe_rows("Bảng:\n\n" + mixed).split("\n") if line.startswith("|")]
    assert rows[0].startswith("| TT | Chỉ tiêu | Đơn vị |")


def test_a_layout_table_still_falls_apart_into_its_cells():
    layout = PAGE.replace(TABLE, "<table><tr><td>Trang chủ</td><td>Giới thiệu</td></tr><tr><td>Tin tức</td><td>Liên hệ</td></tr></table>")
    assert not any(block.startswith("|") for block in extract_html(layout.encode()).blocks)
