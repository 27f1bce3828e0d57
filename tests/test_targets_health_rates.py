"""Health rates listed after one verb ("đạt 42,7 giường bệnh/10.000 dân, 19 bác sĩ/10.000 dân, 4,0 dược sĩ/10.000
dân") each measure what their unit counts, pharmacists and nurses as much as beds and doctors; the sex ratio at birth
("109 bé trai/100 bé gái") is a ratio its subject names."""

from extractors.targets import iter_targets


def test_each_rate_of_a_list_measures_what_its_unit_counts():
    targets = list(iter_targets(
        "II. MỤC TIÊU\n- Phấn đấu đến năm 2030, trung bình toàn tỉnh đạt 42,7 giường bệnh/10.000 dân, 19 bác sĩ/10.000 "
        "dân, 4,0 dược sĩ/10.000 dân, 33 điều dưỡng/10.000 dân.\n"
    ))
    assert [t.metric for t in targets] == ["giường bệnh", "bác sĩ", "dược sĩ", "điều dưỡng"]
    assert all(t.deadline_year == 2030 for t in targets)


def test_the_sex_ratio_at_birth_keeps_its_subject():
    (ratio,) = iter_targets("II. MỤC TIÊU\n- Tỷ số giới tính khi sinh dưới 109 bé trai/100 bé gái sinh ra sống.\n")
    assert ratio.metric == "Tỷ số giới tính khi sinh"
