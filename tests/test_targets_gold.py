"""Every gold target of the text/markdown/HTML gold files is found with its
value, unit, comparator, deadline and period — and nothing else is emitted."""

import pytest

from extractors.targets import iter_targets
from tests._targets_support import doc_text, find

GOLD = [
    "seed_000",
    "seed_004",
    "cp_qd1717_duoinuoc_news_2025",
    "cp_qd2415_phunukhoinghiep_news_2025",
    "ct_kh157_khongtienmat_2025",
    "dt_kh597_cds_giaothong_2025",
    "hcm_kh188_mamnon_news_2025",
    "ht_kh624_mamnon_2025",
    "lch_kh7360_tieuchuan_2025",
    "dno_dakrlap_chanhday_news_2019",
    "dno_dakrlap_hokinhdoanh_news_2019",
    "dno_krongno_bhxh_tunguyen_news_2019",
]


@pytest.mark.parametrize("name", GOLD)
def test_gold_targets(name, shared_corpus, load_gold):
    gold = load_gold(name)
    text = doc_text(shared_corpus / gold["file"])
    targets = [t for t in iter_targets(text) if t.kind == "target"]
    wanted = [g for g in gold["targets"] if g.get("kind", "target") == "target"]
    for g in wanted:
        t = find(targets, text, g)
        assert t is not None, f"missing {g['value']} {g['unit']} | {g['sentence'][:80]}"
        assert t.deadline_year == g["deadline_year"], g["sentence"][:80]
        period = f"{t.period_start}-{t.period_end}" if t.period_start else None
        assert period == g["period"], g["sentence"][:80]
    assert len(targets) == len(wanted)
