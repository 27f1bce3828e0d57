"""Content-addressed raw store and its blob index.

Bytes live at ``data_dir/raw/<sha[:2]>/<sha256>``: written to a temp file,
fsynced and renamed, so a reader (or a run killed with -9) never sees a
partial blob, and never overwritten (same name, same bytes).

The index ``data_dir/raw/blobs.jsonl`` is append-only JSON Lines of
``FetchedBlob`` records (documents, news pages, attachments). Listing pages of
portals are stored the same way but indexed in ``data_dir/raw/listings.jsonl``
so that they are never mistaken for documents. A line cut short by a crash is
skipped when reading; the bytes it described are fetched again next time.
"""

from __future__ import annotations

import errno
import fcntl
import hashlib
import os
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterable, Iterator, Optional

from pydantic import ValidationError

from schemas.records import FetchedBlob

RAW_DIR = "raw"
DOCUMENT_INDEX = "blobs.jsonl"
LISTING_INDEX = "listings.jsonl"
LOCK_FILE = ".vnplans.lock"
_TMP_SUFFIX = ".tmp"


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write via temp file + fsync + rename so the file is either old or new, never partial."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}{_TMP_SUFFIX}")
    with open(tmp, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, path)
    _fsync_dir(path.parent)


def append_jsonl(path: Path, lines: Iterable[str]) -> None:
    """Append whole lines and fsync; repair a line left unterminated by a crash."""
    payload = "".join(line + "\n" for line in lines)
    if not payload:
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "ab+") as handle:
        if handle.tell() > 0:
            handle.seek(-1, os.SEEK_END)
            if handle.read(1) != b"\n":
                payload = "\n" + payload
        handle.write(payload.encode("utf-8"))
        handle.flush()
        os.fsync(handle.fileno())


def _fsync_dir(directory: Path) -> None:
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


class BlobIndex:
    """An append-only JSON Lines file of FetchedBlob records."""

    def __init__(self, path: Path):
        self.path = path

    def records(self) -> list[FetchedBlob]:
        if not self.path.exists():
            return []
        records = []
        with open(self.path, encoding="utf-8") as handle:
            for line in handle:
                line = line.strip()
                if not line:
                    continue
                try:
                    records.append(FetchedBlob.model_validate_json(line))
                except ValidationError:
                    continue  # a line cut short by a crash
        return records

    def latest_by_url(self) -> dict[str, FetchedBlob]:
        """The last record for each URL: its sha256 and validators for a conditional GET."""
        return {record.url: record for record in self.records()}

    def append(self, records: Iterable[FetchedBlob]) -> None:
        append_jsonl(self.path, (record.model_dump_json() for record in records))


def blob_path(data_dir: Path, sha256: str) -> Path:
    return BlobStore(data_dir).path_for(sha256)


def current_blobs(data_dir: Path) -> list[FetchedBlob]:
    """Every stored document once: the latest record of each sha256, in first-seen order."""
    latest = {record.sha256: record for record in BlobStore(data_dir).documents.records()}
    return list(latest.values())


class BlobStore:
    def __init__(self, data_dir: Path):
        self.data_dir = data_dir
        self.raw_dir = data_dir / RAW_DIR
        self.documents = BlobIndex(self.raw_dir / DOCUMENT_INDEX)
        self.listings = BlobIndex(self.raw_dir / LISTING_INDEX)

    def relative_path(self, sha256: str) -> str:
        return f"{RAW_DIR}/{sha256[:2]}/{sha256}"

    def path_for(self, sha256: str) -> Path:
        return self.data_dir / self.relative_path(sha256)

    def has(self, sha256: str) -> bool:
        return self.path_for(sha256).is_file()

    def read(self, sha256: str) -> bytes:
        return self.path_for(sha256).read_bytes()

    def put(self, data: bytes) -> str:
        """Store bytes under their sha256 (once) and return the sha256."""
        sha256 = sha256_of(data)
        target = self.path_for(sha256)
        if not target.exists():
            atomic_write_bytes(target, data)
        return sha256

    def remove_stale_temp_files(self) -> None:
        """Temp files left by a killed run (blobs, state); call only while holding the data-dir lock."""
        for pattern in (f"{RAW_DIR}/*/.*{_TMP_SUFFIX}", f"*/.*{_TMP_SUFFIX}", f".*{_TMP_SUFFIX}"):
            for tmp in self.data_dir.glob(pattern):
                tmp.unlink(missing_ok=True)


class AlreadyRunning(RuntimeError):
    """Another vnplans run holds the data directory."""


class DataDirUnwritable(RuntimeError):
    """The data directory cannot be written (read-only file system, permissions, no space left)."""


_CANNOT_WRITE = {errno.EROFS, errno.EACCES, errno.EPERM, errno.ENOSPC, errno.EDQUOT}


def _lock_file(data_dir: Path):
    """The lock file, opened; the first write of a run, so where an unwritable data directory shows."""
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
        return open(data_dir / LOCK_FILE, "a+")
    except OSError as exc:
        if exc.errno in _CANNOT_WRITE:
            raise DataDirUnwritable(f"cannot write to the data directory {data_dir}: {exc.strerror} ({exc.filename})") from None
        raise


@contextmanager
def data_dir_lock(data_dir: Path, timeout_s: float = 0.0, poll_s: float = 0.1) -> Iterator[None]:
    """Hold ``data_dir/.vnplans.lock`` (flock: released by the kernel even on kill -9).

    Waits up to ``timeout_s`` for a running run to finish, then raises AlreadyRunning;
    raises DataDirUnwritable when the lock file cannot be created.
    """
    lock_path = data_dir / LOCK_FILE
    handle = _lock_file(data_dir)
    try:
        deadline = time.monotonic() + timeout_s
        while True:
            try:
                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    holder = _read_holder(lock_path)
                    raise AlreadyRunning(
                        f"another vnplans run{holder} is using {data_dir} "
                        f"(lock {lock_path}); waited {timeout_s:g}s"
                    ) from None
                time.sleep(poll_s)
        handle.seek(0)
        handle.truncate()
        handle.write(f"{os.getpid()}\n")
        handle.flush()
        yield
    finally:
        handle.close()  # closing the descriptor releases the flock


def _read_holder(lock_path: Path) -> str:
    try:
        pid: Optional[str] = lock_path.read_text().strip()
    except OSError:
        pid = None
    return f" (pid {pid})" if pid else ""
