from decimal import Decimal

import pytest
from sample_extraction import DOCUMENT_ID, soc_trang_extraction

from pipeline.load.columns import PER_DOCUMENT_MODELS

from pipeline.load.write import load_extraction


def row_counts(con) -> dict[str, int]:
    return {m.table: con.execute(f"SELECT count(*) FROM {m.table}").fetchone()[0] for m in PER_DOCUMENT_MODELS}


def test_loading_the_same_extraction_twice_keeps_the_row_counts(con):
    first = load_extraction(con, soc_trang_extraction())
    after_first = row_counts(con)
    load_extraction(con, soc_trang_extraction())

    assert row_counts(con) == after_first
    assert after_first == first
    assert after_first == {"documents": 1, "document_texts": 1, "pages": 2, "goals": 2, "targets": 3, "agencies": 2,
                           "tasks": 1, "target_agencies": 4, "errors": 0, "document_references": 1, "achievements": 1}


def test_a_changed_extraction_replaces_the_documents_rows(con):
    load_extraction(con, soc_trang_extraction())
    changed = soc_trang_extraction(target_value=Decimal(300))
    kept = changed.targets[:1]
    changed = changed.model_copy(update={
        "targets": kept,
        "target_agencies": [link for link in changed.target_agencies if link.target_id == kept[0].target_id],
    })
    load_extraction(con, changed)

    assert con.execute("SELECT value FROM targets").fetchall() == [(Decimal("300"),)]
    assert row_counts(con)["target_agencies"] == 2


def test_reloading_one_document_leaves_other_documents_alone(con):
    load_extraction(con, soc_trang_extraction())
    load_extraction(con, soc_trang_extraction("doc_other"))
    load_extraction(con, soc_trang_extraction(target_value=Decimal(260)))

    per_document = con.execute("SELECT document_id, count(*) FROM targets GROUP BY ALL ORDER BY ALL").fetchall()
    assert per_document == [(DOCUMENT_ID, 3), ("doc_other", 3)]


def test_an_identical_repeated_record_is_loaded_once(con):
    extraction = soc_trang_extraction()
    repeated = extraction.model_copy(update={"targets": extraction.targets + extraction.targets[:1]})
    assert load_extraction(con, repeated)["targets"] == 3


def test_two_different_records_under_one_key_are_refused(con):
    extraction = soc_trang_extraction()
    clash = extraction.targets[0].model_copy(update={"value": Decimal(1)})
    with pytest.raises(ValueError, match="two different records share target_id"):
        load_extraction(con, extraction.model_copy(update={"targets": extraction.targets + [clash]}))


def test_a_record_of_another_document_is_refused(con):
    extraction = soc_trang_extraction()
    stray = extraction.targets[0].model_copy(update={"document_id": "doc_other"})
    with pytest.raises(ValueError, match="belongs to doc_other"):
        load_extraction(con, extraction.model_copy(update={"targets": [stray]}))
