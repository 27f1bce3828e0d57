"""An indicator table may write a row's bound at the end of the indicator's name ("Tỷ lệ hồ sơ trực tuyến … tối
thiểu. | % | 50"), or on a group row over its parts ("2 | Tỷ lệ cắt giảm … tối thiểu." over "2.1. | Đối với các bộ … |
% | 10"): the bound holds for the row's values (blind batch b34d, QĐ 59/QĐ-BTNMT's annex 05)."""

from extractors.targets import iter_targets
from tests._targets_support import target_rows
from tests.blind_documents import parsed_blind_document

TABLE = """| TT | Chỉ tiêu | Đơn vị | Chỉ tiêu năm 2024 | Đơn vị chủ trì |
|---|---|---|---|---|
| 1 | Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận tối thiểu. | % | 50 | Văn phòng Bộ |
| 2 | Tỷ lệ hồ sơ giải quyết quá hạn tối đa | % | 5 | Văn phòng Bộ |
| 3 | Tỷ lệ cắt giảm chi phí tuân thủ quy định kinh doanh tối thiểu. |  |  |  |
| 3.1. | Đối với các bộ có kết quả cắt giảm dưới 15% | % | 10 | Văn phòng Bộ |
| 4 | Tỷ lệ thủ tục hành chính công bố đúng hạn | % | 100 | Văn phòng Bộ |
"""


def test_the_bound_an_indicator_closes_on_holds_for_its_values():
    assert target_rows(TABLE) == [
        (">=", "50", "%", 2024),
        ("<=", "5", "%", 2024),
        (">=", "10", "%", 2024),
        ("=", "100", "%", 2024),
    ]


def test_the_bound_is_no_part_of_the_metric():
    metrics = [t.metric for t in iter_targets(TABLE)]
    assert metrics[0] == "Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận"


def test_the_ministrys_action_programme_reads_its_minimum_rates():
    parsed = parsed_blind_document("btnmt_qd59_ctrhanhdong2024_2024.txt")
    rates = {(t.comparator, str(t.value)) for t in iter_targets(parsed.text, parsed.tables) if t.metric.startswith("Tỷ lệ thanh toán trực tuyến")}
    assert rates == {(">=", "45")}
