"""pipeline.executors.map_unordered: in-process, process pool and Dask
LocalCluster give the same results (in any order); a failing task raises its
own exception; an unknown executor is refused."""

from __future__ import annotations

import operator
import time

import pytest

from pipeline.executors import ExecutorSettings, map_unordered, shutdown_local_clusters

ITEMS = list(range(40))
EXPECTED = sorted(x * x for x in ITEMS)


def square(x: int) -> int:
    return x * x


def slow_square(x: int) -> int:
    time.sleep(0.01 * (x % 3))  # finish out of order
    return x * x


def fails_on_seven(x: int) -> int:
    if x == 7:
        raise ValueError(f"bad item {x}")
    return x


@pytest.fixture(scope="module")
def dask_settings():
    pytest.importorskip("distributed")
    settings = ExecutorSettings(kind="dask", workers=2)
    yield settings
    shutdown_local_clusters()


@pytest.mark.parametrize(
    "settings",
    [ExecutorSettings(workers=1), ExecutorSettings(workers=2)],
    ids=["in-process", "process-pool"],
)
def test_local_executors_give_every_result(settings):
    assert sorted(map_unordered(slow_square, ITEMS, settings)) == EXPECTED


def test_dask_local_cluster_gives_the_same_results(dask_settings):
    assert sorted(map_unordered(slow_square, ITEMS, dask_settings)) == EXPECTED
    # a builtin pickled by reference works too
    assert sorted(map_unordered(operator.neg, ITEMS, dask_settings)) == sorted(-x for x in ITEMS)


def test_dask_local_cluster_is_started_once_per_process(dask_settings):
    from pipeline import executors

    list(map_unordered(square, ITEMS, dask_settings))
    cluster = executors._clusters[2]
    assert sorted(map_unordered(square, ITEMS, dask_settings)) == EXPECTED
    assert executors._clusters[2] is cluster  # no new cluster start-up


def test_more_items_than_the_in_flight_window(dask_settings):
    items = list(range(300))
    assert sorted(map_unordered(square, items, dask_settings)) == sorted(x * x for x in items)
    assert sorted(map_unordered(square, items, ExecutorSettings(workers=2))) == sorted(x * x for x in items)


def test_empty_and_single_item():
    assert list(map_unordered(square, [], ExecutorSettings(workers=2))) == []
    assert list(map_unordered(square, [3], ExecutorSettings(workers=2))) == [9]


@pytest.mark.parametrize(
    "settings",
    [ExecutorSettings(workers=1), ExecutorSettings(workers=2)],
    ids=["in-process", "process-pool"],
)
def test_local_executors_raise_the_task_error(settings):
    with pytest.raises(ValueError, match="bad item 7"):
        list(map_unordered(fails_on_seven, ITEMS, settings))


def test_dask_raises_the_task_error(dask_settings):
    with pytest.raises(ValueError, match="bad item 7"):
        list(map_unordered(fails_on_seven, ITEMS, dask_settings))
    # the cluster is still usable afterwards
    assert sorted(map_unordered(square, ITEMS, dask_settings)) == EXPECTED


def test_unknown_executor_is_refused():
    with pytest.raises(ValueError, match="unknown executor 'spark'"):
        ExecutorSettings(kind="spark")
    with pytest.raises(ValueError):
        ExecutorSettings(workers=-1)


def test_scheduler_client_does_not_close_the_remote_cluster(dask_settings):
    """With --scheduler the run only disconnects: the cluster (someone else's) keeps running."""
    from distributed import LocalCluster

    remote = LocalCluster(n_workers=1, threads_per_worker=1, processes=False, dashboard_address=":0")
    try:
        settings = ExecutorSettings(kind="dask", scheduler=remote.scheduler_address)
        assert sorted(map_unordered(square, ITEMS, settings)) == EXPECTED
        assert sorted(map_unordered(square, ITEMS, settings)) == EXPECTED
        assert remote.status.name == "running"
        assert len(remote.scheduler_info["workers"]) == 1
    finally:
        remote.close()


def test_weight_starts_the_heaviest_items_first():
    items = [3, 9, 1, 7]
    assert list(map_unordered(square, items, ExecutorSettings(workers=1), weight=lambda x: x)) == [81, 49, 9, 1]
    assert sorted(map_unordered(square, items, ExecutorSettings(workers=2), weight=lambda x: x)) == [1, 9, 49, 81]
