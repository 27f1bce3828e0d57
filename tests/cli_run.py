"""`vnplans …` as a scheduler runs it: a separate process, output into pipes."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def vnplans(*args, cwd: Path = REPO, prefix: tuple[str, ...] = ()) -> subprocess.CompletedProcess:
    """Run the CLI with ``args`` (after ``prefix``, a command that runs it, e.g. ``unshare …``)."""
    return subprocess.run(
        [*prefix, sys.executable, "-m", "pipeline.cli", *map(str, args)],
        capture_output=True, text=True, cwd=cwd, timeout=600,
    )


def one_line(stderr: str) -> str:
    """The single line a command that cannot go on prints (no traceback, no folding)."""
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    return lines[0]
