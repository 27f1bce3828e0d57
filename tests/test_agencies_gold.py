"""Agencies against the gold files whose text needs no parser (Markdown, plain text)."""

from extractors.agencies import iter_agencies
from extractors.canonical import canonical_name, fold


def _key(name):
    return fold(canonical_name(name))


def test_agency_f1_on_gold(shared_corpus, load_gold):
    true_positive = false_positive = false_negative = 0
    for path in sorted((shared_corpus / "gold").glob("*.json")):
        gold = load_gold(path.stem)
        document = shared_corpus / gold["file"]
        if document.suffix not in (".md", ".txt"):
            continue
        expected, aliases = set(), {}
        for entry in gold["agencies"]:
            if entry.get("generic") or entry["role"] == "thi hành":
                continue
            key = (_key(entry["name"]), entry["role"])
            expected.add(key)
            aliases.update({(_key(alias), entry["role"]): key for alias in entry.get("aliases") or []})
        found = set()
        for annotation in iter_agencies(document.read_text(encoding="utf-8")):
            if annotation.generic or annotation.role == "thi hành":
                continue
            key = (fold(annotation.canonical_name), annotation.role)
            found.add(aliases.get(key, key))
        true_positive += len(found & expected)
        false_positive += len(found - expected)
        false_negative += len(expected - found)
    precision = true_positive / (true_positive + false_positive)
    recall = true_positive / (true_positive + false_negative)
    assert 2 * precision * recall / (precision + recall) >= 0.9
