"""A run killed with -9 (a scheduler's timeout) leaves no process behind: its
pool workers, the fork server they come from and the resource tracker end on
their own, whether the workers were busy or waiting for work, and so do the
workers of a Dask LocalCluster."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]

# Jobs the pool runs: each announces itself with a marker file.
JOBS = textwrap.dedent(
    """
    import time
    from pathlib import Path

    def busy(marker):
        Path(marker).touch()
        time.sleep(120)

    def quick(marker):
        Path(marker).touch()
        return marker
    """
)

# The main process: maps a job over four markers; after the first quick result it
# stops consuming, so the workers sit waiting for work when it is killed.
MAIN = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    sys.path[:0] = [sys.argv[1], sys.argv[2]]
    import jobs
    from pipeline.executors import ExecutorSettings, map_unordered

    kind, job = sys.argv[3], getattr(jobs, sys.argv[4])
    markers = [str(Path(sys.argv[2]) / f"started-{i}") for i in range(4)]
    for result in map_unordered(job, markers, ExecutorSettings(kind=kind, workers=2)):
        time.sleep(120)
    """
)


def _session(sid: int) -> list[str]:
    """Command lines of the live processes of session ``sid``."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            if os.getsid(int(entry.name)) != sid:
                continue
            stat = (entry / "stat").read_text()
            cmdline = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except (ProcessLookupError, FileNotFoundError, PermissionError):
            continue
        if stat.rsplit(")", 1)[1].split()[0] != "Z":  # a zombie has ended, only not reaped yet
            found.append(f"{entry.name}: {cmdline[:160]}")
    return found


def _wait_for(condition, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.2)
    return condition()


@pytest.mark.parametrize("kind,job,started", [
    ("local", "busy", 2),
    ("local", "quick", 4),
    ("dask", "busy", 2),
])
def test_kill_9_of_the_main_process_leaves_no_survivor(tmp_path, kind, job, started):
    if kind == "dask":
        pytest.importorskip("distributed")
    (tmp_path / "jobs.py").write_text(JOBS, encoding="utf-8")
    main = subprocess.Popen(
        [sys.executable, "-c", MAIN, str(REPO), str(tmp_path), kind, job],
        start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )
    try:
        assert _wait_for(lambda: len(list(tmp_path.glob("started-*"))) >= started or main.poll() is not None, 120)
        assert main.poll() is None, main.stderr.read().decode()
        assert len(_session(main.pid)) > 1  # the pool is there to outlive it
        main.send_signal(signal.SIGKILL)
        main.wait()
        assert _wait_for(lambda: not _session(main.pid), 15), _session(main.pid)
    finally:
        main.kill()
        main.wait()
        for survivor in _session(main.pid):
            os.kill(int(survivor.split(":")[0]), signal.SIGKILL)
