"""Into a pipe or a log file (no terminal) each message stays on one line,
however long, so that `grep` finds it: not folded at 80 columns mid-phrase."""

from __future__ import annotations

import os
import subprocess
import sys


def _piped(*args, cwd):
    env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES")}
    return subprocess.run([sys.executable, "-m", "pipeline.cli", *map(str, args)],
                          capture_output=True, text=True, cwd=cwd, env=env, timeout=600)


def test_an_error_on_stderr_is_one_line(tmp_path, repo_root):
    db = tmp_path / ("a-directory-with-a-rather-long-name-" * 2) / "vnplans.duckdb"
    result = _piped("export", "--parquet", tmp_path / "out", "--db", db, cwd=repo_root)
    assert result.returncode != 0
    assert result.stderr == f"vnplans export: no database at {db} (run `vnplans run` first, or pass --db)\n"


def test_a_report_on_stdout_is_one_line(tmp_path, repo_root):
    data = tmp_path / ("a-data-directory-with-a-rather-long-name-" * 2)
    result = _piped("stage", "fetch", "--sources", repo_root / "corpus" / "sources.yaml", "--data-dir", data, cwd=repo_root)
    assert result.returncode == 0, result.stderr
    assert f" documents into {data / 'raw'}\n" in result.stdout
