"""The whole pipeline on a Dask cluster (two worker processes, reached by its
scheduler address as on a real cluster) loads exactly the rows the local
executor loads."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest
import yaml

pytest.importorskip("distributed")

from conftest import SHARED_CORPUS  # noqa: E402
from pipeline.executors import ExecutorSettings  # noqa: E402
from pipeline.fetch.http_client import FetchSettings  # noqa: E402
from pipeline.orchestrate import PipelineSettings, run_pipeline  # noqa: E402
from pipeline.parse.stage import ParseSettings  # noqa: E402
from pipeline.settings import DEFAULT_MANIFEST  # noqa: E402

TABLES = ("documents", "goals", "targets", "agencies")
# Beside the embedded seed texts: a born-digital PDF (pages, tables), a news page (HTML)
# and a plan with goals, targets and agencies (Markdown).
EXTRA_DOCS = ("lc_qd1696_uyquyen_sct_2026.pdf", "dno_dakrlap_tuinilon_news_2019.html", "ct_kh157_khongtienmat_2025.md")


@pytest.fixture(scope="module")
def manifest(tmp_path_factory, shared_docs: Path) -> Path:
    seeds = yaml.safe_load(DEFAULT_MANIFEST.read_text(encoding="utf-8"))["sources"]
    sources = []
    for source in seeds:
        source = dict(source)
        for key in ("url", "path"):
            if key in source and "://" not in source[key]:
                source[key] = str((DEFAULT_MANIFEST.parent / source[key]).resolve())
        sources.append(source)
    for name in EXTRA_DOCS:
        sources.append({"id": Path(name).stem.replace("_", "-"), "kind": "document", "path": str(shared_docs / name)})
    path = tmp_path_factory.mktemp("manifest") / "sources.yaml"
    path.write_text(yaml.safe_dump({"sources": sources}, allow_unicode=True), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def cluster():
    from distributed import LocalCluster

    cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=":0")
    yield cluster
    cluster.close()


def _run(manifest: Path, work: Path, executor: ExecutorSettings):
    # The manifest names the seeds and the shared corpus by absolute paths, outside its own directory.
    fetch = FetchSettings(allowed_roots=(str(DEFAULT_MANIFEST.parent), str(SHARED_CORPUS)))
    settings = PipelineSettings(fetch=fetch, parse=ParseSettings(ocr="never"), executor=executor)
    return run_pipeline(manifest, work / "vnplans.duckdb", work / "data", settings)


def _rows(db: Path, table: str) -> list[tuple]:
    """Sorted rows without the columns that differ from run to run (run ids, timestamps)."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        columns = [
            name
            for name, kind in con.execute(
                "SELECT column_name, data_type FROM information_schema.columns "
                "WHERE table_name = ? ORDER BY ordinal_position",
                [table],
            ).fetchall()
            if "run_id" not in name and "TIMESTAMP" not in kind.upper()
        ]
        assert columns, f"table {table} not found"
        select = ", ".join(f'"{c}"' for c in columns)
        return sorted(con.execute(f"SELECT {select} FROM {table}").fetchall(), key=repr)
    finally:
        con.close()


def test_dask_cluster_loads_the_same_rows_as_the_local_executor(manifest, cluster, tmp_path):
    local = _run(manifest, tmp_path / "local", ExecutorSettings(kind="local", workers=2))
    dask = _run(manifest, tmp_path / "dask", ExecutorSettings(kind="dask", scheduler=cluster.scheduler_address))

    # Both workers took part: the run really was distributed (and the cluster is still up after it).
    assert cluster.status.name == "running"
    assert len(cluster.scheduler_info["workers"]) == 2

    assert sorted(what for what, _ in dask.failures) == sorted(what for what, _ in local.failures)
    for table in TABLES:
        expected = _rows(local.db_path, table)
        assert _rows(dask.db_path, table) == expected, f"table {table} differs between dask and local executors"
    assert len(_rows(local.db_path, "documents")) == 2 + len(EXTRA_DOCS)
    for table in ("goals", "targets", "agencies"):
        assert _rows(local.db_path, table), f"no {table}: the comparison would prove nothing"


def test_dask_rerun_replaces_rows_instead_of_duplicating(manifest, cluster, tmp_path):
    executor = ExecutorSettings(kind="dask", scheduler=cluster.scheduler_address)
    first = _run(manifest, tmp_path, executor)
    second = _run(manifest, tmp_path, executor)
    for table in TABLES:
        assert _rows(second.db_path, table) == _rows(first.db_path, table)
