"""A number's unit missing from the table is guessed by part-of-speech tagging;
the same phrase (in another document of the same process) is not tagged again,
and the guess is the same."""

from extractors.targets import quantities


def test_the_same_phrase_is_tagged_once(monkeypatch):
    calls = []

    def fake_pos_tag(phrase):
        calls.append(phrase)
        return [("1", "M"), ("trang trại", "N"), ("chăn nuôi", "V")]

    monkeypatch.setattr(quantities, "_pos_tag", lambda: fake_pos_tag)
    quantities.pos_tags.cache_clear()
    try:
        sentence = "Phát triển 20 trang trại chăn nuôi"
        first = quantities._guess_unit(sentence, sentence.index("20") + 2)
        again = quantities._guess_unit(sentence, sentence.index("20") + 2)
    finally:
        quantities.pos_tags.cache_clear()  # the real tagger again for the other tests
    assert first == again == ("trang trại", sentence.index("trại") + len("trại"))
    assert calls == ["1 trang trại chăn nuôi"]
