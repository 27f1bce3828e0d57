"""A run over bad files names each one with its reason, records it in the
database, keeps its bytes, and still loads every good document."""

import hashlib
from dataclasses import replace

import duckdb
import pytest
from parse_helpers import flate_bomb_pdf, minimal_pdf

from pipeline.executors import ExecutorSettings
from pipeline.orchestrate import PipelineSettings, run_pipeline
from pipeline.fetch.store import blob_path

BLANK_PAGE = [
    b"<< /Type /Catalog /Pages 2 0 R >>",
    b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>",
]
ENCRYPT = b"<< /Filter /Standard /V 1 /R 2 /O <" + b"11" * 32 + b"> /U <" + b"22" * 32 + b"> /P -4 >>"
FILE_ID = b"/ID [<0123456789abcdef0123456789abcdef> <0123456789abcdef0123456789abcdef>] "


@pytest.fixture(scope="module")
def bad_run(repo_root, shared_docs, tmp_path_factory):
    work = tmp_path_factory.mktemp("bad")
    pdf = (shared_docs / "lc_qd1696_uyquyen_sct_2026.pdf").read_bytes()
    files = {
        "empty.pdf": b"",
        "truncated.pdf": pdf[:3000],
        "corrupted.pdf": b"%PDF-1.7\n" + bytes(range(256)) * 20 + b"\n%%EOF\n",
        "locked.pdf": minimal_pdf(BLANK_PAGE + [ENCRYPT], b"/Encrypt 4 0 R " + FILE_ID),
        "bomb.pdf": flate_bomb_pdf(20_000_000),
        "many-pages.pdf": (shared_docs / "lc_qd2170_ctdt_kcn_banqua_2026.pdf").read_bytes(),
        "page.html": b"<html><body><div></div></body></html>",
        "mislabelled.pdf": b"<!DOCTYPE html><html><body>404 Not Found</body></html>",
        "good.pdf": pdf,
    }
    lines = ["sources:"]
    for name, data in files.items():
        (work / name).write_bytes(data)
        lines.append(f"  - {{id: {name.split('.')[0]}, path: {name}}}")
    lines.append(f"  - {{id: seed, path: {repo_root / 'corpus' / 'seed_000.txt'}}}")
    lines.append("  - {id: missing, path: missing.pdf}")
    (work / "sources.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    settings = PipelineSettings(executor=ExecutorSettings(workers=2))
    # A small page limit makes the 9-page plan "too many pages"; the 3-page good PDF passes.
    settings.parse = replace(settings.parse, max_pages=5, max_stream_bytes=1_000_000, ocr="never")
    settings.fetch = replace(settings.fetch, allowed_roots=(str(repo_root / "corpus"),))  # the seed, by absolute path
    summary = run_pipeline(work / "sources.yaml", work / "db.duckdb", work / "data", settings)
    return work, files, settings, summary


def reasons_by_file(summary):
    return {what.split(" ")[0].rsplit("/", 1)[-1]: reason for what, reason in summary.failures}


def test_every_bad_file_is_named_with_its_reason(bad_run):
    _, _, _, summary = bad_run
    reasons = reasons_by_file(summary)
    expected = {
        "empty.pdf": "0 bytes",
        "truncated.pdf": "truncated PDF",
        "corrupted.pdf": "corrupted PDF",
        "locked.pdf": "encrypted PDF (password required)",
        "bomb.pdf": "decompression bomb",
        "many-pages.pdf": "too many pages: 9 (limit 5)",
        "page.html": "unreadable HTML",
        "mislabelled.pdf": "got an HTML page",
        "missing.pdf": "No such file",
    }
    assert set(reasons) == set(expected)
    for name, words in expected.items():
        assert words in reasons[name], (name, reasons[name])


def test_the_good_documents_still_load(bad_run):
    work, _, _, summary = bad_run
    con = duckdb.connect(str(work / "db.duckdb"), read_only=True)
    try:
        statuses = dict(con.execute("SELECT source_id, status FROM documents").fetchall())
        errors = {(stage, source) for stage, source in con.execute("SELECT stage, source_id FROM errors").fetchall()}
        seed_targets = con.execute(
            "SELECT count(*) FROM targets JOIN documents USING (document_id) WHERE source_id = 'seed'"
        ).fetchone()[0]
    finally:
        con.close()
    assert statuses.pop("seed") == "ok" and statuses.pop("good") == "ok"
    assert set(statuses.values()) == {"error"}  # every parsed bad file is a document with status error
    assert seed_targets == 7 and summary.run.documents_ok == 2
    assert ("fetch", "missing") in errors and ("parse", "locked") in errors


def test_raw_bytes_are_kept(bad_run):
    work, files, _, _ = bad_run
    for name in ("truncated.pdf", "locked.pdf", "bomb.pdf", "page.html", "mislabelled.pdf"):
        data = files[name]
        assert blob_path(work / "data", hashlib.sha256(data).hexdigest()).read_bytes() == data


def test_a_rerun_reports_them_again(bad_run):
    work, _, settings, summary = bad_run
    again = run_pipeline(work / "sources.yaml", work / "db.duckdb", work / "data", settings)
    assert reasons_by_file(again).keys() == reasons_by_file(summary).keys()
