"""A news page's figures told at an earlier year than its goals are results, in every clause the year governs; a
period a figure is compared with ("so với giai đoạn 2011-2020") dates nothing (blind batches b9a, b6c)."""

from decimal import Decimal

from extractors.sections import layout
from extractors.targets import iter_targets
from tests.blind_documents import parsed_blind_document


def _targets(name):
    parsed = parsed_blind_document(name)
    text = parsed.text
    return list(iter_targets(text, parsed.tables, layout(text)))


def test_the_clauses_after_an_earlier_years_first_clause_are_results_too():
    # "… phấn đấu hoàn thành chỉ tiêu thu ngân sách năm 2021 là 1.234 tỷ đồng …" then "Năm 2020, lượng doanh nghiệp
    # … vẫn ghi nhận tăng trưởng gần 8%, …; tổng số tờ khai phát sinh tăng 2,64%, … trên 5 tỷ USD, tăng trên 17% …".
    values = {t.value: t.deadline_year for t in _targets("bp_haiquan_thungansach2021_news_2021.md")}
    assert values[Decimal(1234)] == 2021
    for result in ("2.64", "5", "17"):
        assert Decimal(result) not in values


def test_a_period_compared_with_does_not_date_the_clause_after_it():
    # "Giai đoạn 2021-2030, số DN … tăng từ 10-15%, trong đó … tăng ít nhất 10% so với giai đoạn 2011-2020; có ít
    # nhất 100 DN được hướng dẫn …": the 100 enterprises are a goal of 2021-2030.
    targets = _targets("ttg_ctqg_nangsuat_news_2020.md")
    hundred = [t for t in targets if t.value == Decimal(100) and "DN" in (t.unit or "")]
    assert hundred and all((t.period_start, t.period_end) == (2021, 2030) for t in hundred)
    assert not any(t.period_end == 2020 for t in targets)
