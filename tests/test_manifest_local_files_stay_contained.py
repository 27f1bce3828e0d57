"""A shared manifest may name only files inside its own directory, or under a root the
operator allows; file:// URLs only when the operator allows them. A refused entry is a
fetch failure naming the entry: nothing is read, stored or loaded, the run goes on."""

from __future__ import annotations

import os
from pathlib import Path

import duckdb
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.fetch.http_client import FetchSettings
from pipeline.fetch.stage import fetch_sources
from pipeline.fetch.store import BlobStore


def _manifest(directory: Path, entries: str) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / "sources.yaml"
    path.write_text("sources:\n" + entries, encoding="utf-8")
    return path


def test_paths_and_file_urls_outside_the_manifest_are_refused(tmp_path: Path, repo_root: Path):
    shared = tmp_path / "shared"
    shared.mkdir()
    (shared / "plan.txt").write_text("Mục tiêu đến năm 2030: 100% xã đạt chuẩn.", encoding="utf-8")
    work = tmp_path / "work" / "manifests"
    work.mkdir(parents=True)
    (work / "seed.txt").write_bytes((repo_root / "corpus" / "seed_000.txt").read_bytes())
    os.symlink("/etc/hostname", work / "link.txt")  # inside by name, outside once resolved
    manifest = _manifest(work, (
        "  - {id: passwd, path: ../../../../../../../../etc/passwd}\n"
        "  - {id: hostname, url: 'file:///etc/hostname'}\n"
        "  - {id: bare-url, url: ../../../../../../../../etc/hostname}\n"
        "  - {id: symlink, path: link.txt}\n"
        "  - {id: shared-plan, path: ../../shared/plan.txt}\n"
        "  - {id: seed, path: seed.txt}\n"
    ))
    data = tmp_path / "data"

    outcome = fetch_sources(manifest, data)

    assert [blob.source_id for blob in outcome.fetched] == ["seed"]
    reasons = {error.source_id: error.reason for error in outcome.errors}
    assert set(reasons) == {"passwd", "hostname", "bare-url", "symlink", "shared-plan"}
    assert reasons["passwd"] == (
        f"../../../../../../../../etc/passwd is /etc/passwd, outside the manifest's directory {work}; "
        "an operator who trusts it passes --allow-root DIR"
    )
    assert "file:// URL refused" in reasons["hostname"] and "--allow-file-urls" in reasons["hostname"]
    assert "is /etc/hostname, outside" in reasons["symlink"]
    assert all(entry.sha256 is None for entry in outcome.log if entry.source_id != "seed")
    stored = [p for p in (data / "raw").glob("*/*")]
    assert len(stored) == 1  # only the seed's bytes

    # The operator allows the shared directory: that file is read, /etc still is not.
    allowed = fetch_sources(manifest, data, FetchSettings(allowed_roots=(str(shared),), allow_file_urls=True))
    assert [blob.source_id for blob in allowed.fetched] == ["shared-plan"]
    assert {e.source_id for e in allowed.errors} == {"passwd", "hostname", "bare-url", "symlink"}
    assert "outside the manifest's directory" in {e.source_id: e.reason for e in allowed.errors}["hostname"]
    assert {b.source_id for b in BlobStore(data).documents.records()} == {"seed", "shared-plan"}


def test_the_development_corpus_manifest_needs_the_operators_allow_root(repo_root: Path, shared_corpus: Path,
                                                                      tmp_path: Path, monkeypatch):
    monkeypatch.chdir(repo_root)
    manifest = Path("examples/shared-corpus.yaml")
    refused = fetch_sources(manifest, tmp_path / "refused")
    assert refused.fetched == [] and len(refused.errors) == len(refused.log) > 40
    assert all("--allow-root" in error.reason for error in refused.errors)

    result = CliRunner().invoke(app, [
        "stage", "fetch", "--sources", str(manifest), "--data-dir", str(tmp_path / "data"),
        "--allow-root", os.path.relpath(shared_corpus, repo_root),
    ])
    assert result.exit_code == 0, result.output
    assert len(BlobStore(tmp_path / "data").documents.records()) == len(refused.errors)


def test_a_refused_entry_is_a_named_failure_of_the_run(tmp_path: Path, repo_root: Path):
    from pipeline.orchestrate import run_pipeline

    work = tmp_path / "work"
    work.mkdir()
    (work / "seed.txt").write_bytes((repo_root / "corpus" / "seed_000.txt").read_bytes())
    manifest = _manifest(work, "  - {id: passwd, path: ../../../../../../../../etc/passwd}\n  - {id: seed, path: seed.txt}\n")
    db = tmp_path / "db.duckdb"

    summary = run_pipeline(manifest, db, tmp_path / "data")

    assert [what for what, _ in summary.failures] == ["../../../../../../../../etc/passwd"]
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM documents").fetchone()[0] == 1
        assert con.execute("SELECT source_id FROM blobs").fetchall() == [("seed",)]
        assert con.execute("SELECT source_id, stage FROM errors").fetchall() == [("passwd", "fetch")]
