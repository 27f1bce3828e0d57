"""The metric names the counted thing and its predicate, taken from the clause."""

from extractors.targets import iter_targets
from tests._targets_support import doc_text


def test_metric_after_a_percentage(shared_docs):
    text = (shared_docs / "seed_000.txt").read_text(encoding="utf-8")
    t = next(t for t in iter_targets(text) if t.value == 60)
    assert t.metric.startswith("sản phẩm, dịch vụ chủ lực")


def test_metric_before_a_value_without_openings():
    text = "II. MỤC TIÊU\n- Chỉ tiêu 3: Đến năm 2030, tỷ lệ nữ giám đốc doanh nghiệp đạt ít nhất 27%.\n"
    (t,) = iter_targets(text)
    assert t.metric == "tỷ lệ nữ giám đốc doanh nghiệp"


def test_metric_of_a_count_starts_with_its_unit(shared_docs):
    text = doc_text(shared_docs / "dno_dakrlap_hokinhdoanh_news_2019.html")
    t = next(t for t in iter_targets(text) if t.value == 5000)
    assert t.metric == "doanh nghiệp hoạt động"


def test_elided_measure_is_inherited(shared_docs):
    text = doc_text(shared_docs / "dno_krongno_bhxh_tunguyen_news_2019.html")
    metrics = {t.metric for t in iter_targets(text)}
    assert len(metrics) == 1 and next(iter(metrics)).startswith("nông dân và lao động")


def test_measure_noun_before_the_value_names_the_metric():
    text = "II. MỤC TIÊU\n- Đưa tỷ lệ doanh nghiệp ứng dụng công nghệ tiên tiến lên tối thiểu 80% trên toàn tỉnh.\n"
    (t,) = iter_targets(text)
    assert (t.metric, t.comparator) == ("tỷ lệ doanh nghiệp ứng dụng công nghệ tiên tiến", ">=")


def test_base_inside_the_metric_is_not_the_measure():
    text = "II. MỤC TIÊU\n- Tỷ lệ nữ thạc sĩ trong tổng số người có trình độ thạc sĩ đạt 50%.\n"
    (t,) = iter_targets(text)
    assert t.metric == "Tỷ lệ nữ thạc sĩ trong tổng số người có trình độ thạc sĩ"


def test_base_of_a_named_measure_and_milestones_of_coordinated_items():
    text = (
        "Theo Quy hoạch, nâng tỷ lệ che phủ rừng đến năm 2015 đạt 13,54% diện tích tự nhiên; đến năm 2020 đạt "
        "14,70% diện tích tự nhiên và định hướng đến năm 2030 đạt 16,50% diện tích tự nhiên, nâng cao chất lượng rừng.\n"
    )
    got = [(float(t.value), t.unit, t.deadline_year, t.metric) for t in iter_targets(text)]
    assert got == [
        (13.54, "% diện tích tự nhiên", 2015, "tỷ lệ che phủ rừng"),
        (14.7, "% diện tích tự nhiên", 2020, "tỷ lệ che phủ rừng"),
        (16.5, "% diện tích tự nhiên", 2030, "tỷ lệ che phủ rừng"),
    ]


def test_yearly_milestones_share_the_measure_and_growth_keeps_its_name():
    text = (
        "II. MỤC TIÊU\n- Tỷ lệ hồ sơ được số hóa: năm 2026 đạt 30%; năm 2027 đạt 50%.\n"
        "- Tăng trưởng GRDP bình quân 8%/năm.\n"
    )
    got = [(int(t.value), t.deadline_year, t.metric) for t in iter_targets(text)]
    assert got == [(30, 2026, "Tỷ lệ hồ sơ được số hóa"), (50, 2027, "Tỷ lệ hồ sơ được số hóa"), (8, None, "Tăng trưởng GRDP bình quân")]


def test_amounts_take_the_phrase_before_them_when_a_new_clause_follows():
    text = (
        "II. MỤC TIÊU\n- Tổng sản phẩm xoài tham gia xuất khẩu phấn đấu đến năm 2030 đạt 18.000 tấn; tổng giá trị "
        "sản phẩm xoài tham gia xuất khẩu dự kiến đạt 10 triệu USD, tốc độ tăng bình quân 08 - 09%/năm.\n"
    )
    got = [(t.unit, t.metric) for t in iter_targets(text)]
    assert got[:2] == [
        ("tấn", "Tổng sản phẩm xoài tham gia xuất khẩu"),
        ("triệu USD", "tổng giá trị sản phẩm xoài tham gia xuất khẩu"),
    ]


def test_labelled_count_takes_its_label_and_split_on_the_next_line_is_a_breakdown():
    text = (
        "II. MỤC TIÊU\n+ Chuyển đổi từ trạm 3G/4G sang trạm 5G: 125 trạm\n"
        "(Trong đó: MobiFone: 22 trạm, VNPT: 56 trạm), nâng tổng số trạm 5G: 188 trạm.\n"
    )
    got = [(int(t.value), t.kind, t.metric) for t in iter_targets(text)]
    assert got[0] == (125, "target", "Chuyển đổi từ trạm 3G/4G sang trạm 5G")
    assert [k for _, k, _ in got[1:3]] == ["breakdown", "breakdown"]
    assert got[-1] == (188, "target", "tổng số trạm 5G")  # "nâng" raises it: no part of what is counted


def test_each_share_in_a_list_keeps_its_own_base():
    text = (
        "II. MỤC TIÊU\n- Kinh tế tư nhân đóng góp khoảng 55 - 58% GDP, khoảng 35 - 40% tổng thu ngân sách nhà nước, "
        "giải quyết việc làm cho khoảng 84 - 85% tổng số lao động.\n"
    )
    got = [(t.unit, t.metric) for t in iter_targets(text)]
    assert [u for u, _ in got] == ["% GDP", "% tổng thu ngân sách nhà nước", "% tổng số lao động"]
    assert got[2][1] == "giải quyết việc làm cho tổng số lao động"  # the people served are the base
