from decimal import Decimal

from extractors.targets import iter_targets


def _seed(shared_docs):
    text = (shared_docs / "seed_000.txt").read_text(encoding="utf-8")
    return text, list(iter_targets(text))


def test_minimum_quantity_with_inherited_deadline(shared_docs):
    text, targets = _seed(shared_docs)
    (t,) = [t for t in targets if t.value == 250]
    assert (t.unit, t.unit_category, t.comparator, t.strict, t.deadline_year) == ("đơn vị", "count", ">=", False, 2025)
    assert text[t.start : t.end].startswith("250")


def test_yearly_growth_range(shared_docs):
    _, targets = _seed(shared_docs)
    (t,) = [t for t in targets if t.unit == "%/năm"]
    assert (t.value, t.value_max, t.comparator, t.deadline_year) == (10, 12, "range", 2030)
    assert t.unit_category == "percent_per_year"


def test_leading_zero_range_with_clause_period(shared_docs):
    _, targets = _seed(shared_docs)
    (t,) = [t for t in targets if t.comparator == "range" and t.value == 1]
    assert t.value_max == Decimal(2)
    assert t.unit == "sáng chế, giải pháp hữu ích"
    assert (t.deadline_year, t.period_start, t.period_end) == (2030, 2021, 2025)


def test_counters_dates_and_footer_are_ignored(shared_docs):
    _, targets = _seed(shared_docs)
    assert {int(t.value) for t in targets} == {100, 50, 250, 10, 1, 60}
    assert all(t.kind == "target" and t.metric for t in targets)
