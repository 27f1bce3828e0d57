"""Where per-document work runs: in this process, on a local process pool, or
on a Dask distributed cluster. Stage functions are pure (document in, record
out), so the executor only maps a function over items and yields results as
they finish.

Dask: with ``scheduler`` set, work goes to that cluster (``dask scheduler`` /
``dask worker tcp://…``); the workers need this package installed and the same
data directory at the same path (shared file system). The client only
disconnects at the end: it never shuts the remote cluster down. Without
``scheduler`` a ``LocalCluster`` of worker processes is started on first use
and kept for the life of this process (one per worker count), so the parse and
extract stages of a run, and later runs in the same process, do not each pay
its start-up (a second or two). ``shutdown_local_clusters()`` stops them; it
also runs at exit."""

from __future__ import annotations

import atexit
import multiprocessing
import os
import threading
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from dataclasses import dataclass
from typing import Any, Optional

EXECUTORS = ("local", "dask")

# Tasks kept in flight per worker thread: enough to hide scheduling latency,
# few enough that a huge corpus does not queue every argument and result at once.
IN_FLIGHT_PER_WORKER = 2
DASK_IN_FLIGHT_PER_THREAD = 4


@dataclass(frozen=True)
class ExecutorSettings:
    kind: str = "local"  # local | dask
    workers: int = 0  # local: process count, 0 = one per core; 1 = in-process. dask without scheduler: LocalCluster size
    scheduler: Optional[str] = None  # dask: scheduler address, e.g. tcp://10.0.0.5:8786

    def __post_init__(self) -> None:
        if self.kind not in EXECUTORS:
            raise ValueError(f"unknown executor {self.kind!r}; choose one of {', '.join(EXECUTORS)}")
        if self.workers < 0:
            raise ValueError(f"workers must be >= 0, got {self.workers}")

    @property
    def process_count(self) -> int:
        return self.workers or _usable_cpus()


def _usable_cpus() -> int:
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def map_unordered(
    fn: Callable[[Any], Any],
    items: Iterable[Any],
    settings: ExecutorSettings,
    weight: Optional[Callable[[Any], float]] = None,
) -> Iterator[Any]:
    """Yield ``fn(item)`` for every item, in completion order. The first
    exception raised by ``fn`` is raised here; work not yet started is cancelled.

    ``weight`` (e.g. the input file's size) makes the heaviest items start
    first, so that one long document does not run alone at the end of a stage
    while the other workers idle."""
    items = list(items)
    if not items:
        return
    if weight is not None:
        items.sort(key=weight, reverse=True)
    if settings.kind == "dask":
        yield from _map_dask(fn, items, settings)
    elif settings.process_count == 1 or len(items) == 1:
        yield from map(fn, items)
    else:
        yield from _map_processes(fn, items, min(settings.process_count, len(items)))


def _map_processes(fn: Callable[[Any], Any], items: list[Any], workers: int) -> Iterator[Any]:
    pending: set = set()
    # Workers come from a clean fork server, not a fork of this process: forking a process
    # that runs threads (a Dask cluster, a progress bar) can deadlock the child.
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload([fn.__module__])  # imported once, shared by every worker
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=context)
    try:
        for item in items:
            pending.add(pool.submit(fn, item))
            if len(pending) >= workers * IN_FLIGHT_PER_WORKER:
                done, pending = wait(pending, return_when=FIRST_COMPLETED)
                for future in done:
                    yield future.result()
        while pending:
            done, pending = wait(pending, return_when=FIRST_COMPLETED)
            for future in done:
                yield future.result()
    finally:
        # On an error (or a consumer that stops early) drop what has not started.
        pool.shutdown(wait=True, cancel_futures=True)


# --------------------------------------------------------------------------- dask

_clusters: dict[int, Any] = {}
_clusters_lock = threading.Lock()


def local_cluster(n_workers: int):
    """A LocalCluster of ``n_workers`` single-threaded worker processes, started once per process."""
    from distributed import LocalCluster

    with _clusters_lock:
        cluster = _clusters.get(n_workers)
        if cluster is None or getattr(cluster, "status", None) is None or cluster.status.name in ("closing", "closed", "failed"):
            if not _clusters:
                atexit.register(shutdown_local_clusters)
            cluster = LocalCluster(
                n_workers=n_workers,
                threads_per_worker=1,
                processes=True,
                host="127.0.0.1",
                dashboard_address=":0",  # a free port: none fixed to collide with other users of the machine
            )
            _clusters[n_workers] = cluster
        return cluster


def shutdown_local_clusters() -> None:
    with _clusters_lock:
        clusters = list(_clusters.values())
        _clusters.clear()
    for cluster in clusters:
        try:
            cluster.close()
        except Exception:  # at interpreter exit the event loop may already be gone
            pass


def _map_dask(fn: Callable[[Any], Any], items: list[Any], settings: ExecutorSettings) -> Iterator[Any]:
    from distributed import Client, as_completed

    if settings.scheduler:
        client = Client(settings.scheduler, set_as_default=False)
    else:
        client = Client(local_cluster(settings.process_count), set_as_default=False)
    window = max(1, sum(client.nthreads().values())) * DASK_IN_FLIGHT_PER_THREAD
    queue = iter(items)
    pending = as_completed(loop=client.loop)
    try:
        for item in queue:
            pending.add(client.submit(fn, item, pure=False))
            if pending.count() >= window:
                break
        for future in pending:
            try:
                result = future.result()
            finally:
                future.release()
            for item in queue:  # one finished, submit the next
                pending.add(client.submit(fn, item, pure=False))
                break
            yield result
    finally:
        # Close the client only (a remote cluster keeps running); its unfinished futures are released.
        client.close()
