"""Speed of the spaCy Vietnamese tokenizer (``extractors.vi_nlp``) on the shared corpus.

    .venv/bin/python benchmarks/vi_nlp_bench.py [--docs ../shared/corpus/docs] [--repeat 3]

Prints characters per second, wall and CPU (the machine is shared), for
``underthesea.word_tokenize`` alone, for ``word_spans`` (the same plus the
realignment to original offsets) and for ``make_doc`` (plus the spaCy Doc),
on the Markdown and text documents of the corpus read as they are."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Callable

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from underthesea import word_tokenize  # noqa: E402

from extractors.vi_nlp import make_doc, word_spans  # noqa: E402


def chars_per_second(tokenize: Callable[[str], object], texts: list[str], repeat: int) -> tuple[float, float]:
    """Best of ``repeat`` runs: (wall, CPU) characters per second."""
    chars = sum(map(len, texts))
    wall = cpu = float("inf")
    for _ in range(repeat):
        wall_start, cpu_start = time.perf_counter(), time.process_time()
        for text in texts:
            tokenize(text)
        wall = min(wall, time.perf_counter() - wall_start)
        cpu = min(cpu, time.process_time() - cpu_start)
    return chars / wall, chars / cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "corpus" / "docs")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    paths = sorted(args.docs.glob("*.md")) + sorted(args.docs.glob("*.txt"))
    texts = [path.read_text(encoding="utf-8") for path in paths]
    word_tokenize("khởi động")  # loads the CRF model outside the timing
    print(f"{len(texts)} documents, {sum(map(len, texts)):,} characters, best of {args.repeat}")
    for label, tokenize in (("underthesea.word_tokenize", word_tokenize), ("vi_nlp.word_spans", word_spans), ("vi_nlp.make_doc", make_doc)):
        wall, cpu = chars_per_second(tokenize, texts, args.repeat)
        print(f"{label:28} {wall:>10,.0f} chars/s wall {cpu:>10,.0f} chars/s CPU")


if __name__ == "__main__":
    main()
