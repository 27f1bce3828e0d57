"""Web pages that write a target table one row per line without the opening bar, with the milestone on a
line of its own under the header; a share of a part ("trong đó … chiếm hơn 60%") larger than the whole's
share of GDP is a share of that whole; what a budget total is spent on is no part of the base; a stop
between a share and the next sentence ("… 30% GDP.Tỉ lệ …") ends the sentence."""

from extractors.sections import iter_sentences
from extractors.targets import iter_targets

TABLE_PAGE = """Căn cứ theo Phụ lục 1 Chương trình ban hành kèm theo Nghị quyết số 71/NQ-CP năm 2025:

TT | Chỉ tiêu | Đơn vị | Kết quả | Cơ quan chủ trì theo dõi, đánh giá |

**Đến năm 2030**

8 | Tỉ lệ đóng góp của năng suất nhân tố tổng hợp (TFP) vào tăng trưởng kinh tế | % | ≥ 55 | Bộ Tài chính |
10 | Quy mô kinh tế số | % GDP | ≥ 30 | Bộ Khoa học và Công nghệ |
11.3 | Tỉ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính | % | 100 | Văn phòng Chính phủ |
"""


def test_rows_without_the_opening_bar_are_a_table_dated_by_the_line_under_its_header():
    found = {(float(t.value), t.unit, t.comparator, t.deadline_year) for t in iter_targets(TABLE_PAGE)}
    assert found == {(55.0, "%", ">=", 2030), (30.0, "% GDP", ">=", 2030), (100.0, "%", "=", 2030)}


GOALS = (
    "II. MỤC TIÊU\n\nĐến năm 2030:\n\n- Kinh phí chi cho nghiên cứu phát triển (R&D) đạt 2% GDP, trong đó kinh phí "
    "từ xã hội chiếm hơn 60%; bố trí ít nhất 3% tổng chi ngân sách hằng năm cho phát triển khoa học, công nghệ.\n"
)


def test_a_part_larger_than_the_wholes_share_is_a_share_of_the_whole():
    units = {float(t.value): t.unit for t in iter_targets(GOALS)}
    assert units == {2.0: "% GDP", 60.0: "%", 3.0: "% tổng chi ngân sách hằng năm"}


def test_a_stop_after_a_share_ends_the_sentence():
    text = "Quy mô kinh tế số đạt tối thiểu 30% GDP.Tỉ lệ giao dịch không dùng tiền mặt đạt 80%.Tỉ lệ doanh nghiệp đạt 40%. Ở TP.Hồ Chí Minh"
    assert [text[a:b] for a, b in iter_sentences(text)] == [
        "Quy mô kinh tế số đạt tối thiểu 30% GDP.",
        "Tỉ lệ giao dịch không dùng tiền mặt đạt 80%.",
        "Tỉ lệ doanh nghiệp đạt 40%.",
        "Ở TP.Hồ Chí Minh",
    ]


def test_a_title_line_before_a_second_header_starts_a_second_table():
    from extractors.targets import pipe_row_tables

    text = (
        "| Chỉ tiêu | Đơn vị | Năm 2030 |\n| Tỷ lệ hộ nghèo | % | 2 |\n\n**Bảng 2**\n\n"
        "| Chỉ tiêu | Đơn vị | Năm 2025 |\n| Tỷ lệ che phủ rừng | % | 45 |\n"
    )
    assert [len(rows) for rows in pipe_row_tables(text)] == [2, 2]
