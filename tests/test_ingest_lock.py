"""Two runs at once, and runs killed with -9 at awkward moments."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest
from portal_server import Portal, ingest_manifest

from pipeline.fetch.http_client import FetchSettings
from pipeline.fetch.incremental import STATE_FILE, AlreadyRunning, ingest
from pipeline.fetch.store import BlobStore, data_dir_lock, sha256_of

REPO = Path(__file__).resolve().parents[1]
FAST = FetchSettings(timeout_s=1.5, connect_timeout_s=1.5, attempts=2, backoff_initial_s=0.01,
                     backoff_max_s=0.02, min_interval_s=0.05)

# Runs `ingest` in a child process whose processing step announces itself and hangs.
CHILD = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    sys.path.insert(0, sys.argv[1])
    from pipeline.fetch.http_client import FetchSettings
    from pipeline.fetch.incremental import ingest

    manifest, data, marker = map(Path, sys.argv[2:5])

    def hang(blobs, fetch, db_path):
        marker.write_text(str(len(blobs)))
        time.sleep(60)

    settings = FetchSettings(timeout_s=5, min_interval_s=0.05, attempts=1)
    ingest(manifest, data.parent / "vnplans.duckdb", data, settings, process_documents=hang)
    """
)


class Recorder:
    def __init__(self):
        self.calls: list[list[str]] = []

    def __call__(self, blobs, fetch, db_path):
        self.calls.append(sorted(Path(b.url).name for b in blobs))


@pytest.fixture
def local_manifest(tmp_path: Path) -> Path:
    (tmp_path / "a.txt").write_text("Kế hoạch A", encoding="utf-8")
    manifest = tmp_path / "sources.yaml"
    manifest.write_text("sources:\n  - {id: a, path: a.txt}\n", encoding="utf-8")
    return manifest


def start_child(tmp_path: Path, manifest: Path, data: Path) -> tuple[subprocess.Popen, Path]:
    script = tmp_path / "child.py"
    script.write_text(CHILD, encoding="utf-8")
    marker = tmp_path / "processing.marker"
    child = subprocess.Popen([sys.executable, str(script), str(REPO), str(manifest), str(data), str(marker)])
    return child, marker


def wait_for(condition, child: subprocess.Popen, timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert child.poll() is None, "the child run ended early"
        assert time.monotonic() < deadline, "the child run never got there"
        time.sleep(0.02)


def kill_9(child: subprocess.Popen) -> None:
    os.kill(child.pid, signal.SIGKILL)
    child.wait(timeout=10)


def assert_store_is_sound(data: Path) -> None:
    store = BlobStore(data)
    for path in (data / "raw").glob("*/*"):
        if path.parent != data / "raw":
            assert path.name == sha256_of(path.read_bytes()), f"partial or corrupt blob {path}"
    assert not list((data / "raw").glob("*/.*.tmp")) and not list(data.glob(".*.tmp"))
    for record in store.documents.records():
        assert store.has(record.sha256)


def test_a_second_run_gives_up_with_a_clear_message(local_manifest: Path, tmp_path: Path):
    data = tmp_path / "data"
    with data_dir_lock(data):
        started = time.monotonic()
        with pytest.raises(AlreadyRunning) as raised:
            ingest(local_manifest, tmp_path / "db", data, FAST, process_documents=Recorder(), wait_seconds=0.3)
        assert 0.3 <= time.monotonic() - started < 30  # it waited, then gave up
    message = str(raised.value)
    assert "another vnplans run" in message and f"(pid {os.getpid()})" in message and str(data) in message


def test_a_second_run_waits_for_the_first(local_manifest: Path, tmp_path: Path):
    data = tmp_path / "data"
    recorder = Recorder()
    release = threading.Event()

    def first_run():
        with data_dir_lock(data):
            release.wait(5)

    holder = threading.Thread(target=first_run)
    holder.start()
    time.sleep(0.1)
    threading.Timer(0.3, release.set).start()
    report = ingest(local_manifest, tmp_path / "db", data, FAST, process_documents=recorder, wait_seconds=5)
    holder.join()
    assert report.exit_code == 0 and recorder.calls == [["a.txt"]]


def test_kill_9_while_processing_then_the_next_run_completes(local_manifest: Path, tmp_path: Path):
    data = tmp_path / "data"
    child, marker = start_child(tmp_path, local_manifest, data)
    wait_for(marker.exists, child)
    kill_9(child)
    assert not (data / STATE_FILE).exists()  # nothing was marked done

    recorder = Recorder()
    report = ingest(local_manifest, tmp_path / "db", data, FAST, process_documents=recorder)  # lock was freed
    assert recorder.calls == [["a.txt"]] and [b.url for b in report.retried] == ["a.txt"]
    assert_store_is_sound(data)


def test_kill_9_while_fetching_then_the_next_run_completes(portal: Portal, tmp_path: Path):
    manifest = ingest_manifest(portal, tmp_path, attachments=r"(KH_110_UBND|phu-luc|cham)[.]pdf$")
    data = tmp_path / "data"
    child, marker = start_child(tmp_path, manifest, data)
    wait_for(lambda: "/files/cham.pdf" in portal.paths(), child)  # the slow download is under way
    kill_9(child)
    assert not marker.exists()
    assert {Path(b.url).name for b in BlobStore(data).documents.records()} == {"kh-110.html", "KH_110_UBND.pdf", "phu-luc.pdf"}
    # what a kill inside a store write leaves behind: a temp file, never a partial blob
    (data / "raw" / "ab").mkdir(exist_ok=True)
    (data / "raw" / "ab" / f".{'ab' * 32}.4242.tmp").write_bytes(b"%PDF-1.4 half")
    (data / ".state.json.4242.tmp").write_text('{"processed": [')

    recorder = Recorder()
    report = ingest(manifest, tmp_path / "db", data, FAST, process_documents=recorder)
    assert recorder.calls == [sorted(["kh-110.html", "KH_110_UBND.pdf", "phu-luc.pdf", "ket-qua.html", "local.txt"])]
    assert {Path(b.url).name for b in report.retried} == {"kh-110.html", "KH_110_UBND.pdf", "phu-luc.pdf"}
    assert [Path(e.url).name for e in report.fetch.errors] == ["cham.pdf"]  # slower than FAST's timeout
    assert report.exit_code == 1
    assert_store_is_sound(data)
