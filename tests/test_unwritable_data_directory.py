"""A data directory that cannot be written (a read-only file system) ends a run
with one line naming it and its own exit status, which a scheduler can tell
from "some document failed" (1), instead of a traceback."""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest
from cli_run import one_line, vnplans

from pipeline.cli import ExitStatus


def _read_only(directory) -> tuple[str, ...]:
    """A command prefix under which ``directory`` is read-only: a read-only bind mount in a
    mount namespace of its own for root (whom permissions do not stop), chmod for others."""
    if os.geteuid() != 0:
        directory.chmod(0o555)
        return ()
    mount = f"mount --bind {directory} {directory} && mount -o remount,bind,ro {directory} && exec \"$@\""
    prefix = ("unshare", "--mount", "--propagation", "private", "sh", "-c", mount, "sh")
    if not shutil.which("unshare") or subprocess.run([*prefix, "true"], capture_output=True).returncode != 0:
        pytest.skip("cannot make a read-only mount here (unshare refused)")
    return prefix


@pytest.mark.parametrize("command", ["run", "ingest"])
def test_a_read_only_data_directory_is_one_line_and_its_own_exit_status(tmp_path, repo_root, command):
    data = tmp_path / "data"
    data.mkdir()
    prefix = _read_only(data)
    sources = repo_root / "corpus" / "sources.yaml"
    result = vnplans(command, "--sources", sources, "--data-dir", data, "--db", data / "v.duckdb", prefix=prefix)
    assert result.returncode == ExitStatus.CANNOT_WRITE
    assert f"cannot write to the data directory {data}" in one_line(result.stderr)
    assert not list(data.iterdir())
