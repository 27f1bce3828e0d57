"""Speed of the phrase tables over the parsed corpus: the gazetteer of public
bodies (``extractors.gazetteer.iter_gazetteer_matches``) on every document's
text, and the indicator table (``extractors.indicators.match_indicator``) on
every target metric extracted from it.

    .venv/bin/python benchmarks/gazetteer_bench.py [--data-dir data] [--repeat 3]

Reads ``DATA_DIR/parsed/*.json`` and ``DATA_DIR/extracted/*.json`` (written by
``vnplans run``). Prints the one-off build time of each table, then CPU ms per
100,000 characters of text (best of ``--repeat``: the machine is shared), the
number of bodies found, and the share of metrics that get an indicator key."""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from extractors import gazetteer, indicators  # noqa: E402


def _texts(data_dir: Path) -> list[str]:
    texts = []
    for path in sorted((data_dir / "parsed").glob("*.json")):
        parsed = json.loads(path.read_text(encoding="utf-8")).get("parsed") or {}
        if parsed.get("text"):
            texts.append(parsed["text"])
    return texts


def _metrics(data_dir: Path) -> list[str]:
    metrics = []
    for path in sorted((data_dir / "extracted").glob("*.json")):
        extraction = json.loads(path.read_text(encoding="utf-8"))
        record = extraction.get("extraction", extraction)
        metrics += [t["metric"] for t in record.get("targets", []) if t.get("metric")]
    return metrics


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path, default=Path("data"))
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    texts, metrics = _texts(args.data_dir), _metrics(args.data_dir)

    start = time.process_time()
    gazetteer._index()
    print(f"gazetteer built in {time.process_time() - start:.2f} s CPU")
    best, found = float("inf"), 0
    for _ in range(args.repeat):
        start = time.process_time()
        found = sum(1 for text in texts for _ in gazetteer.iter_gazetteer_matches(text))
        best = min(best, time.process_time() - start)
    characters = sum(map(len, texts))
    print(f"{len(texts)} documents, {characters:,} characters: {best * 1000 / characters * 100_000:.1f} ms CPU "
          f"per 100k characters, {found} bodies found")

    start = time.process_time()
    indicators._synonym_index()
    print(f"indicator table built in {time.process_time() - start:.2f} s CPU")
    start = time.process_time()
    keyed = sum(1 for metric in metrics if indicators.match_indicator.__wrapped__(metric))
    elapsed = time.process_time() - start
    print(f"{len(metrics)} target metrics: {elapsed * 1000 / max(len(metrics), 1):.2f} ms CPU each, "
          f"{keyed} with an indicator key ({keyed / max(len(metrics), 1):.0%})")


if __name__ == "__main__":
    main()
