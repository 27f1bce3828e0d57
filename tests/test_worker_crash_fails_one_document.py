"""A worker process that dies under a document (a segfault in native code such
as PDFium, the OOM killer) costs that document, recorded with the reason, and
not the run: the other documents' results still come back."""

from __future__ import annotations

import json
import os
import signal
from datetime import datetime, timezone

import duckdb
import pytest

from pipeline import stages
from pipeline.executors import WORKER_DIED, ExecutorSettings, map_unordered
from pipeline.parse.stage import ParseSettings
from schemas import FetchedBlob

ITEMS = list(range(12))


def segfaults_on_five(x: int) -> int:
    if x == 5:
        os.kill(os.getpid(), signal.SIGSEGV)
    return x * 10


def crashed(item: int, reason: str) -> str:
    return f"{item}: {reason}"


def test_a_dead_worker_fails_only_its_own_item():
    results = list(map_unordered(segfaults_on_five, ITEMS, ExecutorSettings(workers=2), on_crash=crashed))
    assert sorted(r for r in results if isinstance(r, int)) == [x * 10 for x in ITEMS if x != 5]
    assert [r for r in results if isinstance(r, str)] == [f"5: {WORKER_DIED}"]


def test_without_a_crash_handler_a_dead_worker_still_raises():
    with pytest.raises(Exception, match="died|terminated abruptly"):
        list(map_unordered(segfaults_on_five, ITEMS, ExecutorSettings(workers=2)))


def test_a_crashed_parse_is_recorded_as_that_documents_error(tmp_path):
    data = tmp_path / "data"
    raw = data / "raw" / "ab" / ("ab" + "0" * 62)
    raw.parent.mkdir(parents=True)
    raw.write_bytes(b"%PDF-1.7 kept as it came\n%%EOF\n")
    blob = FetchedBlob(sha256="ab" + "0" * 62, source_id="crashy", url="https://example.gov.vn/kh.pdf",
                       media_type="application/pdf", size=raw.stat().st_size, path=str(raw),
                       fetched_at=datetime.now(timezone.utc))
    out = stages.parsed_dir(data) / "doc.json"
    out.parent.mkdir(parents=True)
    document_id, status, error, extracted = stages._parse_crashed(
        (blob, str(raw), ParseSettings(), str(out), "stamp", ({}, str(stages.extracted_dir(data) / "doc.json"))), WORKER_DIED)
    assert status == "error" and error == f"parser crashed: {WORKER_DIED}" and extracted is None

    saved = json.loads(out.read_text(encoding="utf-8"))
    assert saved["status"] == "error" and saved["parsed"]["document_id"] == document_id
    assert raw.exists()  # the raw bytes stay for a later run

    stages.extract_stage(data, ExecutorSettings(workers=1))
    db = tmp_path / "db.duckdb"
    stages.load_stage(data, db)
    con = duckdb.connect(str(db), read_only=True)
    try:
        row = con.execute("SELECT status, error FROM documents WHERE document_id = ?", [document_id]).fetchone()
    finally:
        con.close()
    assert row == ("error", f"parser crashed: {WORKER_DIED}")
