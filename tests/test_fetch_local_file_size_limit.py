"""max_bytes holds for local files as for downloads: a larger file is refused before it is
read (nothing stored, nothing parsed), with a message that says why; the others go on."""

from __future__ import annotations

import os
from pathlib import Path

from pipeline.fetch.http_client import FetchSettings
from pipeline.fetch.stage import fetch_sources
from pipeline.orchestrate import PipelineSettings, run_pipeline


def test_a_local_file_over_max_bytes_is_refused_before_reading(tmp_path: Path, repo_root: Path):
    work = tmp_path / "work"
    work.mkdir()
    seed = (repo_root / "corpus" / "seed_000.txt").read_bytes()
    (work / "seed.txt").write_bytes(seed)
    page = b"<html><body>" + b"<p>Ph\xe1\xba\xa5n \xc4\x91\xe1\xba\xa5u \xc4\x91\xe1\xba\xa1t 100% x\xc3\xa3.</p>" * 2000 + b"</body></html>"
    (work / "lon.html").write_bytes(page)
    (work / "sources.yaml").write_text("sources:\n  - {id: lon, path: lon.html}\n  - {id: seed, path: seed.txt}\n",
                                       encoding="utf-8")
    limit = len(seed) + 100
    assert len(page) > limit

    outcome = fetch_sources(work / "sources.yaml", tmp_path / "data", FetchSettings(max_bytes=limit))

    assert [blob.source_id for blob in outcome.fetched] == ["seed"]
    reasons = {error.source_id: error.reason for error in outcome.errors}
    assert reasons["lon"] == f"file of {len(page)} bytes exceeds the {limit}-byte limit (fetch.max_bytes); not read"
    assert len(list((tmp_path / "data" / "raw").glob("*/*"))) == 1


def test_a_fifo_is_refused_without_waiting_for_a_writer(tmp_path: Path):
    os.mkfifo(tmp_path / "ong.txt")  # a plain open() would block until something writes to it
    (tmp_path / "sources.yaml").write_text("sources:\n  - {id: ong, path: ong.txt}\n", encoding="utf-8")

    outcome = fetch_sources(tmp_path / "sources.yaml", tmp_path / "data")

    assert [error.reason for error in outcome.errors] == [f"{tmp_path / 'ong.txt'} is not a regular file"]


def test_the_run_reports_the_refused_file_and_loads_the_others(tmp_path: Path, repo_root: Path):
    work = tmp_path / "work"
    work.mkdir()
    (work / "seed.txt").write_bytes((repo_root / "corpus" / "seed_000.txt").read_bytes())
    with open(work / "lon.html", "wb") as handle:  # 150 MB, sparse: nothing is written to disk
        handle.truncate(150 * 1024 * 1024)
    (work / "sources.yaml").write_text("sources:\n  - {id: lon, path: lon.html}\n  - {id: seed, path: seed.txt}\n",
                                       encoding="utf-8")

    summary = run_pipeline(work / "sources.yaml", tmp_path / "db.duckdb", tmp_path / "data", PipelineSettings())

    assert summary.failures == [("lon.html", f"file of {150 * 1024 * 1024} bytes exceeds the 104857600-byte limit "
                                             "(fetch.max_bytes); not read")]
    assert summary.run.documents == summary.run.documents_ok == 1
