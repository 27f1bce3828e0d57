"""`vnplans extract PATH...` prints one JSON object per document and reports
each failed document on stderr while still printing the others."""

import json
import subprocess
import sys


def run_extract(*paths, cwd):
    return subprocess.run(
        [sys.executable, "-m", "pipeline.cli", "extract", *map(str, paths)],
        capture_output=True, text=True, cwd=cwd, timeout=600,
    )


def test_extract_prints_json_lines_with_schema_fields(repo_root):
    result = run_extract(repo_root / "corpus" / "seed_000.txt", repo_root / "corpus" / "seed_004.txt", cwd=repo_root)
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(records) == 2
    first = records[0]
    assert set(first) >= {"document", "goals", "targets", "agencies", "status", "error"}
    assert first["status"] == "ok" and first["error"] is None
    assert first["document"]["number"] == "110/KH-UBND"
    target = next(t for t in first["targets"] if t["comparator"] == ">=" and t["unit"] == "đơn vị")
    assert float(target["value"]) == 250 and target["deadline_year"] == 2025
    assert {"char_start", "char_end", "sentence", "extractor_version", "metric"} <= set(target)


def test_failed_document_is_reported_and_others_still_printed(repo_root, tmp_path):
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    result = run_extract(empty, repo_root / "corpus" / "seed_000.txt", cwd=repo_root)
    assert result.returncode != 0
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["status"] for r in records] == ["error", "ok"]
    assert "empty.pdf" in result.stderr
    assert records[0]["error"]
