"""Extractions as spaCy documents, for training or inspecting models.

One ``Doc`` per document: the parsed text tokenized by
``extractors.vi_nlp`` (so token offsets are the records' ``char_start``/
``char_end``), with the extracted records as entities:

- ``TARGET``: a numeric target (the value and its unit as written);
- ``AGENCY``: an agency mention, ``kb_id`` = its canonical name.

Tasks carry their deadline as a string without a span, so there is no
``DEADLINE`` label. Where records overlap (the same agency named for two
roles, an agency inside a target's span) the longest span wins
(``spacy.util.filter_spans``). ``doc.user_data`` carries ``document_id``,
``number``, ``url`` and ``extractor_version``."""

from __future__ import annotations

from pathlib import Path
from typing import Iterable, Optional

from spacy.language import Language
from spacy.tokens import Doc, DocBin, Span
from spacy.util import filter_spans

from pipeline.extract.stage import extract_document, parse_path
from pipeline.parse.stage import ParseSettings
from schemas import Extraction


def parse_and_extract(path: Path, settings: Optional[ParseSettings] = None) -> tuple[str, Extraction]:
    """The parsed text of a local file and its extraction (what ``extract_path`` returns)."""
    parsed = parse_path(path, settings)
    return parsed.text, extract_document(parsed)


def extraction_doc(nlp: Language, text: str, extraction: Extraction) -> Doc:
    """``text`` (the document's parsed text) as a Doc with the extraction's records as entities."""
    doc = nlp.make_doc(text)
    spans = [
        _span(doc, t.char_start, t.char_end, "TARGET") for t in extraction.targets
    ] + [
        _span(doc, a.char_start, a.char_end, "AGENCY", kb_id=a.canonical_name) for a in extraction.agencies
    ]
    doc.ents = filter_spans([span for span in spans if span is not None])
    document = extraction.document
    doc.user_data.update(
        document_id=document.document_id,
        number=document.number,
        url=document.url,
        extractor_version=document.extractor_version,
    )
    return doc


def write_docbin(docs: Iterable[Doc], path: Path) -> None:
    """Save Docs with their entities and user_data; read back with
    ``DocBin().from_disk(path).get_docs(vietnamese_nlp().vocab)``."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    DocBin(docs=docs, store_user_data=True).to_disk(path)


def _span(doc: Doc, start: int, end: int, label: str, kb_id: str = "") -> Optional[Span]:
    # Records read from an unlocated PDF table have no span in the text.
    if start >= end:
        return None
    return doc.char_span(start, end, label=label, kb_id=kb_id, alignment_mode="expand")
