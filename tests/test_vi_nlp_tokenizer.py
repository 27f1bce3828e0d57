"""The spaCy Vietnamese tokenizer (``extractors.vi_nlp``): underthesea's words at
their exact place in the original text, so ``doc.text == text`` and token
offsets are record offsets."""

import unicodedata
from pathlib import Path

import pytest
import spacy

from extractors import vi_nlp
from extractors.vi_nlp import make_doc, vietnamese_nlp, word_spans
from pipeline.extract.stage import parse_path

SHARED_DOCS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "docs"
# Every shared-corpus document but the three scans, whose OCR takes seconds each.
PARSED_DOCS = sorted(p.name for p in SHARED_DOCS.glob("*") if "scan" not in p.name and "badocr" not in p.name)


def words(text: str) -> list[str]:
    return [token.text for token in make_doc(text) if not token.is_space]


def assert_exact(doc, text: str) -> None:
    assert doc.text == text
    for token in doc:
        assert text[token.idx : token.idx + len(token.text)] == token.text
        if not token.is_space:
            assert not token.text[0].isspace() and not token.text[-1].isspace(), repr(token.text)


@pytest.mark.parametrize("name", PARSED_DOCS)
def test_doc_text_is_the_parsed_text_of_every_corpus_document(name):
    text = parse_path(SHARED_DOCS / name).text
    assert_exact(make_doc(text), text)


def test_doc_text_is_the_raw_text_of_markdown_and_html_files(shared_docs):
    for path in sorted(shared_docs.glob("*.html")) + sorted(shared_docs.glob("*.md"))[:5]:
        text = path.read_text(encoding="utf-8")
        assert_exact(make_doc(text), text)


def test_multi_syllable_words_are_one_token():
    tokens = words("Giao Sở Khoa học và Công nghệ chủ trì, phối hợp với Sở Giáo dục và Đào tạo.")
    assert "Khoa học" in tokens
    assert "chủ trì" in tokens and "phối hợp" in tokens
    assert tokens[:2] == ["Giao", "Sở"]


def test_offsets_are_those_of_the_original_text():
    text = "Tăng  10-12%/năm;\tđạt 1.000 tỷ đồng trước ngày 30/6/2026 (Sở Tài chính)."
    doc = make_doc(text)
    assert_exact(doc, text)
    number = next(t for t in doc if t.text == "1.000")
    assert number.idx == text.index("1.000")
    assert doc.char_span(text.index("Sở"), text.index(")")).text == "Sở Tài chính"


def test_a_word_across_a_line_break_is_cut_at_the_break():
    text = "Thành phố Hồ Chí\nMinh đẩy mạnh xã hội\nhoá giáo dục"
    doc = make_doc(text)
    assert_exact(doc, text)
    assert all("\n" not in t.text for t in doc if not t.is_space)
    assert "Hồ Chí" in words(text) and "Minh" in words(text)


def test_whitespace_is_kept_as_spaces_and_whitespace_tokens():
    text = "\n  Sở Y tế  chủ trì\n\n"
    doc = make_doc(text)
    assert_exact(doc, text)
    assert [t.text for t in doc if t.is_space] == ["\n  ", " ", "\n\n"]


def test_text_underthesea_normalises_keeps_its_original_characters():
    # underthesea NFC-normalises ("hoà" decomposed) and respells ("nghành" → "ngành", "ko" → "không").
    text = unicodedata.normalize("NFD", "Hoà Bình") + " các nghành ko  thuỷ lợi"
    doc = make_doc(text)
    assert_exact(doc, text)
    assert words(text)[0] == unicodedata.normalize("NFD", "Hoà Bình")
    assert "nghành" in words(text) and "ko" in words(text)


def test_words_underthesea_invents_fall_back_to_syllables(monkeypatch):
    text = "Sở Khoa học và Công nghệ, 1.000 tỷ đồng"
    real = vi_nlp.word_tokenize
    monkeypatch.setattr(vi_nlp, "word_tokenize", lambda t: ["Sở", "không có", "xyz", *real(t)[2:]])
    doc = make_doc(text)
    assert_exact(doc, text)
    assert [t.text for t in doc][:3] == ["Sở", "Khoa", "học"]
    assert "1.000" in [t.text for t in doc]


def test_spans_cover_every_non_space_character_once():
    text = "UBND tỉnh  Hà Tĩnh\n- Sở Nội vụ: 100%"
    spans = word_spans(text)
    assert spans == sorted(spans)
    covered = "".join(text[a:b] for a, b in spans)
    assert covered.replace(" ", "") == "".join(text.split())


def test_pipeline_is_cached_and_survives_to_disk(tmp_path):
    nlp = vietnamese_nlp()
    assert vietnamese_nlp() is nlp
    assert nlp.lang == "vi"
    nlp.to_disk(tmp_path / "vi")
    loaded = spacy.load(tmp_path / "vi")
    assert [t.text for t in loaded("Sở Khoa học")] == ["Sở", "Khoa học"]
