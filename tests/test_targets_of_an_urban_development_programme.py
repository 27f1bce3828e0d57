"""An urban development programme passed by a provincial council (Đồng Tháp's 124/2017/NQ-HĐND, b24a, a web
conversion with hard line breaks): its goal section's roman marker stands alone on its line, its town counts are
graded ("02 đô thị loại II"), its water norms are per day and night, and its coverage goals are shares of an area
or a length."""

from extractors.sections import iter_sections
from extractors.targets import iter_targets
from tests.blind_documents import parsed_blind_document

PROGRAMME = """III.
Các chỉ tiêu về phát triển đô thị
1. Về hệ thống đô thị
- Đến năm 2020: Phấn đấu
toàn Tỉnh có 23 đô thị, trong đó: 02 đô thị loại II (thành phố Cao Lãnh, thành
phố Sa Đéc), 01 đô thị loại III (thị xã Hồng Ngự), 05 đô thị loại IV (thị trấn
Lấp Vò, thị trấn Mỹ An) và 15 đô thị loại V.
2. Về chất lượng đô thị
- Đến năm 2020:
+ Tỷ lệ dân cư đô thị
được cấp nước sạch tại các đô thị đạt 97%; tiêu chuẩn cấp nước cho đô thị từ loại
IV trở lên đạt 120 lít/người/ngày đêm, đô thị loại V đạt 100 lít/người/ngày
đêm.
+ Tỷ lệ bao phủ của hệ
thống thoát nước đạt 85% diện tích lưu vực thoát nước trong các đô thị và 60%
lượng nước thải sinh hoạt được thu gom và xử lý.
+ Đất cây xanh đô thị,
đối với đô thị loại II, loại III đạt 7m2/người, đô thị loại IV, loại
V đạt 5m2/người.
"""


def _targets(text: str) -> list[tuple[float, str, int]]:
    return [(float(t.value), t.unit, t.deadline_year) for t in iter_targets(text)]


def test_a_marker_alone_on_its_line_heads_the_title_below_it():
    sections = list(iter_sections(PROGRAMME))
    assert (sections[0].marker, sections[0].heading, sections[0].kind) == ("III", "Các chỉ tiêu về phát triển đô thị", "goal")
    # Its sub-sections are goal sections too: "Đất cây xanh … đạt 7m2/người" is a goal without a goal word.
    assert (7.0, "m2/người", 2020) in _targets(PROGRAMME)


def test_graded_towns_are_each_counted_with_their_grade():
    got = _targets(PROGRAMME)
    assert [(v, u) for v, u, _ in got[:5]] == [
        (23, "đô thị"), (2, "đô thị loại II"), (1, "đô thị loại III"), (5, "đô thị loại IV"), (15, "đô thị loại V")
    ]


def test_a_norm_per_day_and_night_keeps_both_words_across_a_line_break():
    units = {v: u for v, u, _ in _targets(PROGRAMME)}
    assert units[120] == units[100] == "lít/người/ngày đêm"


def test_a_share_reached_of_an_area_keeps_the_area_and_a_share_that_is_a_subject_does_not():
    got = _targets(PROGRAMME)
    assert (85, "% diện tích lưu vực thoát nước trong các đô thị", 2020) in got
    assert (60, "%", 2020) in got
    subject = _targets("Mục tiêu đến năm 2030:\n- Tối thiểu 50% diện tích vùng biển Việt Nam được điều tra cơ bản.\n")
    assert [(v, u) for v, u, _ in subject] == [(50, "%")]


def test_the_real_programme_gives_its_goals_per_milestone():
    parsed = parsed_blind_document("dt_nq124_phattriendothi_2017.md")
    got = {(float(t.value), t.unit, t.deadline_year) for t in iter_targets(parsed.text)}
    assert {(2, "đô thị loại I", 2030), (21, "đô thị loại V", 2030), (15, "m2/người", 2030),
            (95, "% chiều dài các tuyến đường chính", 2030)} <= got
    # The shares of the investment funding sources are no goals of the programme.
    assert not any(unit == "%" and year is None for _, unit, year in got)
