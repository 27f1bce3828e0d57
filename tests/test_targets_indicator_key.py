"""Every extracted target gets the key of the common indicator it measures
(targets.indicator_key) when its indicator form or metric names one and its
unit agrees with the indicator's: a share from a percentage, a count from a
count; no key otherwise. Real plan documents through the extract stage, and
the comparison view over them."""

from functools import lru_cache

import duckdb
import pytest
from parse_helpers import parse_file

from pipeline.extract.stage import extract_document
from pipeline.load.schema import create_schema
from pipeline.load.write import load_extraction
from conftest import SHARED_CORPUS


@lru_cache(maxsize=None)
def _extraction(document: str):
    return extract_document(parse_file(SHARED_CORPUS / "docs" / document))


def _keys(document: str, metric_start: str) -> set:
    """The keys of the targets whose indicator form (else metric) starts with the words given."""
    found = {
        t.indicator_key
        for t in _extraction(document).targets
        if (t.indicator or t.metric).lower().startswith(metric_start.lower())
    }
    assert found, f"no target of {document} starts with {metric_start!r}"
    return found


@pytest.mark.parametrize(
    "document, metric_start, key",
    [
        ("cp_qd1717_duoinuoc_news_2025.md", "tỷ lệ học sinh lớp 5 biết bơi an toàn", "swimming_safety"),
        ("hcm_kh174_binhdanggioi_2025.md", "tỷ lệ nữ giám đốc/chủ doanh nghiệp", "female_business_owners"),
        ("cp_qd2629_chinhphuso_2025.md", "tỷ lệ hồ sơ, kết quả giải quyết thủ tục hành chính được số hóa",
         "digitised_administrative_records"),
        # A ratio of live births written with a count unit ("107 trẻ …"): the health unit agrees with it.
        ("hcm_kh174_binhdanggioi_2025.md", "số trẻ sơ sinh trai/100 trẻ sơ sinh gái", "sex_ratio_at_birth"),
        # A count of enterprises run by women is an indicator of its own, not the share of women directors.
        ("cp_qd2415_phunukhoinghiep_news_2025.md", "số hộ kinh doanh do phụ nữ làm chủ", "women_owned_enterprises"),
        ("cp_qd2415_phunukhoinghiep_news_2025.md", "tỷ lệ nữ giám đốc/chủ doanh nghiệp", "female_business_owners"),
    ],
)
def test_a_target_gets_the_key_of_the_indicator_it_measures(shared_docs, document, metric_start, key):
    assert _keys(document, metric_start) == {key}


@pytest.mark.parametrize(
    "document, metric_start",
    [
        # Teachers per school who can teach swimming: a count, the indicator a share of pupils.
        ("cp_qd1717_duoinuoc_news_2025.md", "số giáo viên mỗi trường"),
        # A fall in PM2.5 in percent is a change, the air-quality indicator a concentration.
        ("cp_qd2530_khongkhi_2025.md", "mức giảm nồng độ bụi PM2.5"),
    ],
)
def test_a_target_whose_unit_disagrees_with_the_indicator_gets_no_key(shared_docs, document, metric_start):
    assert _keys(document, metric_start) == {None}


def test_the_comparison_view_lists_one_indicator_across_documents(shared_docs):
    con = duckdb.connect(":memory:")
    create_schema(con)
    for document in ("cp_qd2415_phunukhoinghiep_news_2025.md", "hcm_kh174_binhdanggioi_2025.md"):
        load_extraction(con, _extraction(document))
    rows = con.execute(
        "SELECT indicator_name, unit, value, horizon_year, sentence FROM v_indicator_comparison "
        "WHERE indicator_key = 'female_business_owners' ORDER BY value"
    ).fetchall()
    assert len({sentence for *_, sentence in rows}) >= 2
    assert {(name, unit) for name, unit, *_ in rows} == {("Tỷ lệ nữ giám đốc, chủ doanh nghiệp, hợp tác xã", "%")}
    assert con.execute("SELECT count(*) FROM v_indicator_comparison WHERE indicator_key IS NULL").fetchone() == (0,)
