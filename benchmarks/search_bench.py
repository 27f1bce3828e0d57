"""Full-text search benchmark: index build time per document and query latency
as the corpus grows (1×, 4×, 16× copies of a loaded database's documents).

    .venv/bin/vnplans run --sources examples/shared-corpus.yaml --db data/dev.duckdb --data-dir data/dev
    .venv/bin/python benchmarks/search_bench.py [--db data/dev.duckdb] [--scales 1 4 16]

Latency is what `vnplans search` costs end to end (open the database read-only, rank, snippets), median of 5.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pipeline.load.columns import sql_string  # noqa: E402
from pipeline.load.schema import connect  # noqa: E402
from pipeline.load.search import index_document, search  # noqa: E402

QUERIES = ("ke hoach", "Sở Khoa học và Công nghệ", "chuyen doi so", "vật liệu nổ công nghiệp")


def scaled_copy(source: Path, target: Path, copies: int) -> tuple[int, float]:
    """``copies`` copies of the source's documents, texts and pages, each indexed; (documents, seconds indexing)."""
    con = connect(target)
    con.execute(f"ATTACH {sql_string(source)} AS src (READ_ONLY)")
    ids = []
    for n in range(copies):
        suffix = f"_{n}"
        con.execute(f"INSERT INTO documents SELECT * REPLACE (document_id || '{suffix}' AS document_id) FROM src.documents")
        con.execute(f"INSERT INTO document_texts SELECT * REPLACE (document_id || '{suffix}' AS document_id) FROM src.document_texts")
        con.execute(f"INSERT INTO pages SELECT * REPLACE (page_id || '{suffix}' AS page_id, document_id || '{suffix}' AS document_id) FROM src.pages")
        ids += [document_id + suffix for (document_id,) in con.execute("SELECT document_id FROM src.document_texts").fetchall()]
    started = time.perf_counter()
    for document_id in ids:
        index_document(con, document_id)
    elapsed = time.perf_counter() - started
    con.close()
    return len(ids), elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=Path("data/dev.duckdb"))
    parser.add_argument("--scales", type=int, nargs="+", default=[1, 4, 16])
    args = parser.parse_args()
    if not args.db.is_file():
        sys.exit(f"no database at {args.db}: load the development corpus first (see the docstring)")
    print(f"{'scale':>5} {'documents':>9} {'chars':>11} {'index rows':>10} {'index ms/doc':>12}  median query ms")
    with tempfile.TemporaryDirectory() as tmp:
        for scale in args.scales:
            db = Path(tmp) / f"x{scale}.duckdb"
            documents, seconds = scaled_copy(args.db, db, scale)
            con = connect(db, read_only=True)
            chars, rows = con.execute(
                "SELECT (SELECT sum(length(text)) FROM document_texts), (SELECT count(*) FROM search_terms)").fetchone()
            con.close()
            latencies = []
            for query in QUERIES:
                runs = []
                for _ in range(5):
                    started = time.perf_counter()
                    search(db, query)
                    runs.append(time.perf_counter() - started)
                latencies.append(f"{query!r}: {statistics.median(runs) * 1000:.0f}")
            print(f"{scale:>4}× {documents:>9} {chars:>11} {rows:>10} {seconds / documents * 1000:>12.1f}  {', '.join(latencies)}")


if __name__ == "__main__":
    main()
