"""`dvc repro` rebuilds the database offline from a fresh copy of the project,
and a second `dvc repro` with nothing changed runs no stage."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest
import yaml

pytestmark = pytest.mark.slow


def sh(*args, cwd, env=None):
    result = subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, timeout=1200)
    assert result.returncode == 0, f"{' '.join(args)}\n{result.stdout}\n{result.stderr}"
    return result.stdout + result.stderr


@pytest.fixture(scope="module")
def fresh_copy(repo_root, shared_corpus, tmp_path_factory):
    """The tracked files of the working tree in a new git repository."""
    if shutil.which("git") is None:
        pytest.fail("git is required")
    copy = tmp_path_factory.mktemp("clone") / "vnplans"
    tracked = subprocess.run(["git", "ls-files", "-z"], cwd=repo_root, capture_output=True, check=True).stdout
    for name in filter(None, tracked.decode().split("\0")):
        source = repo_root / name
        if source.is_file():
            (copy / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, copy / name)
    # The gold set sits beside the real checkout, not beside this copy; so do the shared
    # documents the repository's gold names through a path relative to the checkout.
    params = yaml.safe_load((copy / "params.yaml").read_text(encoding="utf-8"))
    params["evaluate"]["gold"] = str(shared_corpus / "gold")
    params["evaluate"]["extra_gold"] = str(repo_root / params["evaluate"]["extra_gold"])
    (copy / "params.yaml").write_text(yaml.safe_dump(params, allow_unicode=True), encoding="utf-8")
    env = dict(os.environ, PATH=f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}")
    git = ["git", "-c", "user.name=test", "-c", "user.email=test@example.invalid"]
    sh(*git, "init", "-q", cwd=copy)
    sh(*git, "add", "-A", cwd=copy)
    sh(*git, "commit", "-qm", "copy", cwd=copy)
    return copy, env


def test_dvc_repro_builds_the_database_then_does_nothing(fresh_copy):
    copy, env = fresh_copy
    dvc = [sys.executable, "-m", "dvc"]
    sh(*dvc, "repro", cwd=copy, env=env)
    con = duckdb.connect(str(copy / "data" / "vnplans.duckdb"), read_only=True)
    try:
        assert con.execute("SELECT count(*) FROM documents WHERE status = 'ok'").fetchone()[0] == 2
        assert con.execute("SELECT count(*) FROM targets").fetchone()[0] >= 7
    finally:
        con.close()
    assert (copy / "metrics" / "evaluation.json").is_file()

    second = sh(*dvc, "repro", cwd=copy, env=env)
    assert "Running stage" not in second, second
    status = sh(*dvc, "status", cwd=copy, env=env)
    assert "up to date" in status.lower(), status
