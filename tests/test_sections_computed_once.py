"""The extract stage reads a document's blocks and sections once, and its
agencies with their assignments once, and hands them to the extractors; each
extractor, called on its own, reads them itself and gives the same results."""

from __future__ import annotations

import pytest

from extractors import sections
from extractors.agencies import assignments, collect, iter_agencies
from extractors.goals import iter_goals
from extractors.sections import layout
from extractors.targets import iter_targets
from extractors.tasks import iter_tasks
from pipeline.extract.stage import extract_document, parse_path

PLANS = ("ht_kh624_mamnon_2025.md", "ct_kh153_matuy_2025.md", "dno_dakrlap_tuinilon_news_2019.html")


@pytest.fixture(scope="module", params=PLANS)
def parsed(request, shared_docs):
    return parse_path(shared_docs / request.param)


def test_blocks_and_agencies_read_once_per_document(parsed, monkeypatch):
    whole_text_reads = []
    iter_blocks = sections.iter_blocks

    def counting_iter_blocks(text, start=0, end=None):
        if start == 0 and end is None:
            whole_text_reads.append(len(text))
        return iter_blocks(text, start, end)

    assigned = []
    assign_text = assignments.assign_text

    def counting_assign_text(text, *args):
        assigned.append(len(text))
        return assign_text(text, *args)

    monkeypatch.setattr(sections, "iter_blocks", counting_iter_blocks)
    monkeypatch.setattr(assignments, "assign_text", counting_assign_text)
    extraction = extract_document(parsed)
    assert extraction.targets or extraction.agencies
    assert whole_text_reads == [len(parsed.text)]
    assert assigned == [len(parsed.text)]


def test_precomputed_structure_gives_what_the_extractors_read_alone(parsed):
    text, tables = parsed.text, parsed.tables
    structure = layout(text)
    collected = collect(text, tables)
    assert list(iter_goals(text, structure)) == list(iter_goals(text))
    assert list(iter_targets(text, tables, structure)) == list(iter_targets(text, tables))
    assert list(iter_agencies(text, tables, "Đắk Nông", collected)) == list(iter_agencies(text, tables, "Đắk Nông"))
    assert list(iter_tasks(text, tables, collected=collected)) == list(iter_tasks(text, tables))
    assert list(structure.sections) == list(sections.iter_sections(text))
