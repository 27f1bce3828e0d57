"""Bulk-load benchmark: 100k synthetic target rows into a DuckDB file, printed as rows/s.

    .venv/bin/python benchmarks/load_bench.py [--targets 100000] [--documents 1 100]

Building the pydantic records is timed apart from loading them: the load stage
receives ready-made Extractions.
"""

from __future__ import annotations

import argparse
import platform
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import duckdb  # noqa: E402

from pipeline.load.schema import connect  # noqa: E402

from pipeline.load.write import load_extraction  # noqa: E402
from schemas import AgencyMention, Document, Extraction, Target, TargetAgency, stable_id  # noqa: E402

SENTENCE = "Đến năm 2030, toàn tỉnh có tối thiểu 250 đơn vị doanh nghiệp có hoạt động đổi mới sáng tạo."


def synthetic_extraction(document_no: int, n_targets: int) -> Extraction:
    document_id = f"doc_bench_{document_no:06d}"
    lead = AgencyMention(agency_id=stable_id("agn", document_id), document_id=document_id,
                         name="Sở Khoa học và Công nghệ", canonical_name="Sở Khoa học và Công nghệ", role="chủ trì",
                         tasks=["tham mưu triển khai Kế hoạch"], char_start=0, char_end=24,
                         sentence="Sở Khoa học và Công nghệ chủ trì", extractor_version="bench")
    targets = [
        Target(target_id=stable_id("tgt", document_id, i), document_id=document_id, value=Decimal(i % 1000) / 10,
               value_max=Decimal(12) if i % 3 == 0 else None, unit="%/năm" if i % 2 else "đơn vị",
               unit_category="percent_per_year" if i % 2 else "count", comparator="range" if i % 3 == 0 else ">=",
               metric="tốc độ tăng trưởng kinh tế số", deadline_year=2025 + i % 6, page=1 + i % 40,
               char_start=i * 100, char_end=i * 100 + 20, sentence=SENTENCE, extractor_version="bench")
        for i in range(n_targets)
    ]
    links = [TargetAgency(link_id=stable_id("lnk", t.target_id), target_id=t.target_id, agency_id=lead.agency_id,
                          document_id=document_id, role="chủ trì", basis="table_row") for t in targets]
    document = Document(document_id=document_id, sha256=f"{document_no:064d}", source_id=f"bench-{document_no}",
                        url=f"https://example.gov.vn/{document_no}.pdf", media_type="pdf", status="ok",
                        province="Sóc Trăng", province_current="Cần Thơ", extractor_version="bench")
    return Extraction(document=document, targets=targets, agencies=[lead], target_agencies=links)


def bench(n_targets: int, n_documents: int, db_path: Path) -> None:
    started = time.perf_counter()
    extractions = [synthetic_extraction(d, n_targets // n_documents) for d in range(n_documents)]
    built = time.perf_counter() - started
    con = connect(db_path)
    started = time.perf_counter()
    for extraction in extractions:
        load_extraction(con, extraction)
    first = time.perf_counter() - started
    started = time.perf_counter()
    for extraction in extractions:  # the re-run path: delete the document's rows, insert again
        load_extraction(con, extraction)
    reload = time.perf_counter() - started
    (rows,) = con.execute("SELECT count(*) FROM targets").fetchone()
    con.close()
    print(f"{rows:>7} targets (+{rows} links) in {n_documents:>4} document(s): "
          f"build {n_targets / built:>9,.0f} rows/s | load {rows / first:>9,.0f} rows/s ({first:.2f} s) | "
          f"reload {rows / reload:>9,.0f} rows/s ({reload:.2f} s)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--targets", type=int, default=100_000)
    parser.add_argument("--documents", type=int, nargs="+", default=[1, 100])
    args = parser.parse_args()
    print(f"duckdb {duckdb.__version__}, Python {platform.python_version()}, {platform.machine()}")
    with tempfile.TemporaryDirectory() as tmp:
        for n_documents in args.documents:
            bench(args.targets, n_documents, Path(tmp) / f"bench_{n_documents}.duckdb")


if __name__ == "__main__":
    main()
