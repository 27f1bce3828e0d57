"""The same bytes from several sources are one blob and one document, and the database
keeps every (source, URL) they came from in document_sources."""

from __future__ import annotations

from pathlib import Path

import duckdb

from pipeline.orchestrate import run_pipeline
from schemas.ids import document_id_for


def test_every_source_of_identical_bytes_is_kept(tmp_path: Path, repo_root: Path):
    work = tmp_path / "work"
    (work / "mirror").mkdir(parents=True)
    seed = (repo_root / "corpus" / "seed_000.txt").read_bytes()
    (work / "seed.txt").write_bytes(seed)
    (work / "mirror" / "ban-sao.txt").write_bytes(seed)
    (work / "sources.yaml").write_text(
        "sources:\n"
        "  - {id: soctrang-kh110, province: Sóc Trăng, path: seed.txt}\n"
        "  - {id: mirror-kh110, path: mirror/ban-sao.txt}\n",
        encoding="utf-8",
    )
    db = tmp_path / "db.duckdb"

    run_pipeline(work / "sources.yaml", db, tmp_path / "data")
    run_pipeline(work / "sources.yaml", db, tmp_path / "data")  # a second run adds no rows

    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM blobs").fetchone()[0] == 1
        [(sha256, document_id)] = con.execute("SELECT sha256, document_id FROM documents").fetchall()
        rows = con.execute(
            "SELECT sha256, document_id, source_id, url, province FROM document_sources ORDER BY source_id"
        ).fetchall()
    assert document_id == document_id_for(sha256)
    assert rows == [
        (sha256, document_id, "mirror-kh110", "mirror/ban-sao.txt", None),
        (sha256, document_id, "soctrang-kh110", "seed.txt", "Sóc Trăng"),
    ]
