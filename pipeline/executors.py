"""Where per-document work runs: in this process, on a local process pool, or
on a Dask distributed cluster. Stage functions are pure (document in, record
out), so the executor only maps a function over items and yields results as
they finish."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from dataclasses import dataclass
from typing import Any, Optional

EXECUTORS = ("local", "dask")


@dataclass(frozen=True)
class ExecutorSettings:
    kind: str = "local"  # local | dask
    workers: int = 0  # local: process count, 0 = one per core; 1 = in-process
    scheduler: Optional[str] = None  # dask: scheduler address, e.g. tcp://10.0.0.5:8786

    def __post_init__(self) -> None:
        if self.kind not in EXECUTORS:
            raise ValueError(f"unknown executor {self.kind!r}; choose one of {', '.join(EXECUTORS)}")

    @property
    def process_count(self) -> int:
        return self.workers or os.cpu_count() or 1


def map_unordered(fn: Callable[[Any], Any], items: Iterable[Any], settings: ExecutorSettings) -> Iterator[Any]:
    """Yield ``fn(item)`` for every item, in completion order."""
    items = list(items)
    if not items:
        return
    if settings.kind == "dask":
        yield from _map_dask(fn, items, settings)
    elif settings.process_count == 1 or len(items) == 1:
        yield from map(fn, items)
    else:
        yield from _map_processes(fn, items, min(settings.process_count, len(items)))


def _map_processes(fn: Callable[[Any], Any], items: list[Any], workers: int) -> Iterator[Any]:
    # Keep at most 2 tasks per worker in flight so a huge corpus does not queue
    # every argument (and its result) in memory at once.
    pending: set = set()
    queue = iter(items)
    with ProcessPoolExecutor(max_workers=workers) as pool:
        for item in queue:
            pending.add(pool.submit(fn, item))
            if len(pending) >= workers * 2:
                done, pending = wait(pending, return_when=FIRST_COMPLETED)
                for future in done:
                    yield future.result()
        while pending:
            done, pending = wait(pending, return_when=FIRST_COMPLETED)
            for future in done:
                yield future.result()


def _map_dask(fn: Callable[[Any], Any], items: list[Any], settings: ExecutorSettings) -> Iterator[Any]:
    from distributed import Client, LocalCluster, as_completed

    if settings.scheduler:
        client = Client(settings.scheduler)
        cluster = None
    else:
        cluster = LocalCluster(n_workers=settings.process_count, threads_per_worker=1, processes=True)
        client = Client(cluster)
    try:
        futures = client.map(fn, items, pure=False)
        for future in as_completed(futures):
            yield future.result()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
