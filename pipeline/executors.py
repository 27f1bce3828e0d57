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
import select
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from multiprocessing import forkserver
from dataclasses import dataclass
from typing import Any, Optional, Sequence

EXECUTORS = ("local", "dask")

# Tasks kept in flight per worker thread: enough to hide scheduling latency,
# few enough that a huge corpus does not queue every argument and result at once.
IN_FLIGHT_PER_WORKER = 2
DASK_IN_FLIGHT_PER_THREAD = 4
# What ``on_crash`` is told when a worker process dies under an item.
WORKER_DIED = ("the worker process died while processing it (a crash in native code such as PDFium, "
               "or killed for lack of memory)")


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
        return self.workers or usable_cpus()


def usable_cpus() -> int:
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def map_unordered(
    fn: Callable[[Any], Any],
    items: Iterable[Any],
    settings: ExecutorSettings,
    weight: Optional[Callable[[Any], float]] = None,
    on_crash: Optional[Callable[[Any, str], Any]] = None,
    preload: Sequence[str] = (),
) -> Iterator[Any]:
    """Yield ``fn(item)`` for every item, in completion order. The first
    exception raised by ``fn`` is raised here; work not yet started is cancelled.

    ``weight`` (e.g. the input file's size) makes the heaviest items start
    first, so that one long document does not run alone at the end of a stage
    while the other workers idle.

    ``on_crash(item, reason)`` stands in for the result of an item whose worker
    process died (a segfault in native code, the OOM killer): the other items go
    on. Without it such a crash raises. In-process (one worker) a crash is the
    caller's own.

    ``preload``: modules the local pool's fork server imports besides ``fn``'s own
    (models loaded at import), so every worker starts with them, loaded once and
    shared copy-on-write. The fork server starts with the first pool of the process:
    every caller should name the same modules."""
    items = list(items)
    if not items:
        return
    if weight is not None:
        items.sort(key=weight, reverse=True)
    if settings.kind == "dask":
        yield from _map_dask(fn, items, settings, on_crash)
    elif settings.process_count == 1 or len(items) == 1:
        yield from map(fn, items)
    else:
        yield from _map_processes(fn, items, min(settings.process_count, len(items)), on_crash, preload)


def map_in_order(fn: Callable[[Any], Any], items: Iterable[Any], settings: ExecutorSettings,
                 **options: Any) -> Iterator[Any]:
    """``map_unordered`` whose results come in the order of ``items`` (each as soon as
    it and every one before it are done); the same options."""
    indexed = list(enumerate(items))
    weight = options.pop("weight", None)
    on_crash = options.pop("on_crash", None)
    finished: dict[int, Any] = {}
    next_index = 0
    for index, result in map_unordered(
        _Indexed(fn), indexed, settings,
        weight=(lambda pair: weight(pair[1])) if weight else None,
        on_crash=(lambda pair, reason: (pair[0], on_crash(pair[1], reason))) if on_crash else None,
        preload=(fn.__module__, *options.pop("preload", ())), **options,
    ):
        finished[index] = result
        while next_index in finished:
            yield finished.pop(next_index)
            next_index += 1


@dataclass(frozen=True)
class _Indexed:
    """``fn`` over (index, item) pairs, keeping the index: picklable, unlike a closure."""

    fn: Callable[[Any], Any]

    def __call__(self, pair: tuple[int, Any]) -> tuple[int, Any]:
        return pair[0], self.fn(pair[1])


def start_local_workers(settings: ExecutorSettings, modules: Sequence[str]) -> None:
    """Start the local pool's fork server now, importing ``modules`` (``fn``'s module and
    ``preload`` of the maps to come), and return at once: the first pool then finds it
    ready instead of waiting for those imports, which have run meanwhile beside the
    caller's own work. Nothing for Dask or one worker."""
    if settings.kind != "local" or settings.process_count == 1:
        return
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(list(dict.fromkeys(modules)))
    forkserver.ensure_running()


def _map_processes(fn: Callable[[Any], Any], items: list[Any], workers: int,
                   on_crash: Optional[Callable[[Any, str], Any]], preload: Sequence[str] = ()) -> Iterator[Any]:
    # Workers come from a clean fork server, not a fork of this process: forking a process
    # that runs threads (a Dask cluster, a progress bar) can deadlock the child.
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(list(dict.fromkeys([fn.__module__, *preload])))  # imported once, shared by every worker
    todo = deque(items)
    while todo:
        suspects = yield from _pool_run(fn, todo, workers, context)
        if suspects and on_crash is None:
            raise BrokenProcessPool(f"a worker process died under one of {len(suspects)} items")
        # A dead worker breaks the whole pool and every item in flight with it: each of
        # those runs again alone, so a second death is that item's own.
        for item in suspects:
            yield from _pool_run_alone(fn, item, context, on_crash)


def _process_pool(workers: int, context) -> ProcessPoolExecutor:
    return ProcessPoolExecutor(max_workers=workers, mp_context=context,
                               initializer=_end_with_process, initargs=(os.getpid(),))


def _end_with_process(pid: int) -> None:
    """Pool worker initializer: the worker ends when process ``pid`` (the one
    that started the pool) ends, however it ends (``kill -9`` by a scheduler's
    timeout included). Workers are children of the fork server, not of that
    process, and hold both ends of their task queue: without this they would
    wait for work forever, and keep the fork server and the resource tracker
    alive with them (those two end once the workers are gone)."""
    threading.Thread(target=_exit_when_ended, args=(pid,), name="vnplans-end-with-parent", daemon=True).start()


def _exit_when_ended(pid: int) -> None:
    try:
        select.select([os.pidfd_open(pid)], [], [])  # readable once the process has ended
    except ProcessLookupError:  # ended already
        pass
    except (AttributeError, OSError):  # no pidfd (not Linux, kernel < 5.3): poll instead
        while _alive(pid):
            time.sleep(1.0)
    os._exit(1)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def _pool_run(fn: Callable[[Any], Any], todo: deque, workers: int, context) -> Iterator[Any]:
    """Results of the items of ``todo`` (consumed) until a worker dies; returns
    the items in flight at that moment ([] when every item ran)."""
    pending: dict[Future, Any] = {}
    pool = _process_pool(workers, context)
    try:
        while todo or pending:
            while todo and len(pending) < workers * IN_FLIGHT_PER_WORKER:
                item = todo.popleft()
                try:
                    pending[pool.submit(fn, item)] = item
                except BrokenProcessPool:
                    return [item, *pending.values()]
            done, _ = wait(pending, return_when=FIRST_COMPLETED)
            broken = []
            for future in done:
                item = pending.pop(future)
                try:
                    result = future.result()
                except BrokenProcessPool:
                    broken.append(item)
                    continue
                yield result
            if broken:
                return broken + list(pending.values())
        return []
    finally:
        # On an error (or a consumer that stops early) drop what has not started.
        pool.shutdown(wait=True, cancel_futures=True)


def _pool_run_alone(fn: Callable[[Any], Any], item: Any, context,
                    on_crash: Callable[[Any, str], Any]) -> Iterator[Any]:
    pool = _process_pool(1, context)
    try:
        result = pool.submit(fn, item).result()
    except BrokenProcessPool:
        result = on_crash(item, WORKER_DIED)
    finally:
        pool.shutdown(wait=True)
    yield result


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


def _map_dask(fn: Callable[[Any], Any], items: list[Any], settings: ExecutorSettings,
              on_crash: Optional[Callable[[Any, str], Any]]) -> Iterator[Any]:
    from distributed import Client, KilledWorker, as_completed

    if settings.scheduler:
        client = Client(settings.scheduler, set_as_default=False)
    else:
        client = Client(local_cluster(settings.process_count), set_as_default=False)
    window = max(1, sum(client.nthreads().values())) * DASK_IN_FLIGHT_PER_THREAD
    queue = iter(items)
    pending = as_completed(loop=client.loop)
    item_of: dict[str, Any] = {}

    def submit(item: Any) -> None:
        future = client.submit(fn, item, pure=False)
        item_of[future.key] = item
        pending.add(future)

    try:
        for item in queue:
            submit(item)
            if pending.count() >= window:
                break
        for future in pending:
            item = item_of.pop(future.key)
            try:
                result = future.result()
            except KilledWorker:  # the scheduler gave up on it after it took down workers
                if on_crash is None:
                    raise
                result = on_crash(item, WORKER_DIED)
            finally:
                future.release()
            for following in queue:  # one finished, submit the next
                submit(following)
                break
            yield result
    finally:
        # Close the client only (a remote cluster keeps running); its unfinished futures are released.
        client.close()
