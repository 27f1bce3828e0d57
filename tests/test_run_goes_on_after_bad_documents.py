"""A run over bad files names each one with its reason, records it in the
database, keeps its bytes, and still loads every good document."""

import hashlib

import duckdb

from pipeline.executors import ExecutorSettings
from pipeline.orchestrate import PipelineSettings, run_pipeline
from pipeline.store import blob_path


def test_bad_files_are_reported_and_good_ones_load(repo_root, shared_docs, tmp_path):
    (tmp_path / "empty.pdf").write_bytes(b"")
    truncated = (shared_docs / "lc_qd1696_uyquyen_sct_2026.pdf").read_bytes()[:3000]
    (tmp_path / "truncated.pdf").write_bytes(truncated)
    (tmp_path / "sources.yaml").write_text(
        "sources:\n"
        "  - {id: empty, path: empty.pdf}\n"
        "  - {id: truncated, path: truncated.pdf}\n"
        "  - {id: missing, path: missing.pdf}\n"
        f"  - {{id: seed, path: {repo_root / 'corpus' / 'seed_000.txt'}}}\n",
        encoding="utf-8",
    )
    settings = PipelineSettings(executor=ExecutorSettings(workers=1))
    summary = run_pipeline(tmp_path / "sources.yaml", tmp_path / "db.duckdb", tmp_path / "data", settings)

    reasons = {what.split(" ")[0].rsplit("/", 1)[-1]: reason for what, reason in summary.failures}
    assert set(reasons) == {"empty.pdf", "truncated.pdf", "missing.pdf"}
    assert "truncated" in reasons["truncated.pdf"] and "0 bytes" in reasons["empty.pdf"]
    assert summary.run.documents_ok == 1 and summary.run.targets == 7

    con = duckdb.connect(str(tmp_path / "db.duckdb"), read_only=True)
    try:
        statuses = dict(con.execute("SELECT source_id, status FROM documents").fetchall())
        errors = con.execute("SELECT stage, coalesce(source_id, ''), reason FROM errors ORDER BY ALL").fetchall()
    finally:
        con.close()
    assert statuses == {"truncated": "error", "seed": "ok"}
    assert {(stage, source) for stage, source, _ in errors} == {("fetch", "empty"), ("fetch", "missing"), ("parse", "truncated")}
    assert blob_path(tmp_path / "data", hashlib.sha256(truncated).hexdigest()).read_bytes() == truncated

    again = run_pipeline(tmp_path / "sources.yaml", tmp_path / "db.duckdb", tmp_path / "data", settings)
    assert len(again.failures) == 3  # still failing, still reported
