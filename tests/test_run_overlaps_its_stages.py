"""`vnplans run` does not wait for one stage to end before the next begins: each
worker extracts the document it has just parsed (the extraction the extract stage
would write), each extraction is loaded as soon as it is written once the database
is open (the database opens on a thread meanwhile), and the fork server loads the
workers' models while the run fetches. Starting a run imports neither DuckDB nor the
extractors."""

from __future__ import annotations

import json
import subprocess
import sys

import duckdb

from pipeline import stages
from pipeline.executors import ExecutorSettings
from pipeline.fetch.stage import FetchSettings, fetch_sources
from pipeline.parse.stage import ParseSettings
from pipeline.settings import DEFAULT_MANIFEST

IN_PROCESS = ExecutorSettings(workers=1)


def _fetched(data):
    return fetch_sources(DEFAULT_MANIFEST, data, FetchSettings(), run_id="run_test").blobs


def _extractions(directory):
    found = {}
    for path in sorted(directory.glob("*.json")):
        record = json.loads(path.read_text(encoding="utf-8"))
        for error in record["extraction"]["errors"]:
            error.pop("at")
        found[path.name] = record
    return found


def test_the_workers_extract_what_they_parse_as_the_extract_stage_would(tmp_path):
    along, apart = tmp_path / "along", tmp_path / "apart"
    written = []
    stages.parse_stage(_fetched(along), along, ParseSettings(), IN_PROCESS,
                       extract_along=stages.ExtractAlong({}, written.append))
    stages.parse_stage(_fetched(apart), apart, ParseSettings(), IN_PROCESS)
    stages.extract_stage(apart, IN_PROCESS)

    assert sorted(path.name for path in written) == sorted(_extractions(along / "extracted"))
    assert len(written) == 2
    assert _extractions(along / "extracted") == _extractions(apart / "extracted")
    left = stages.extract_stage(along, IN_PROCESS)
    assert (left.processed, left.skipped) == (0, 2)


def test_an_extraction_given_to_the_loader_is_loaded_before_the_stage_ends(tmp_path):
    data = tmp_path / "data"
    stages.parse_stage(_fetched(data), data, ParseSettings(), IN_PROCESS)
    stages.extract_stage(data, IN_PROCESS)
    first, second = sorted((data / "extracted").glob("*.json"))

    loader = stages.DatabaseLoader(data, tmp_path / "db.duckdb")
    try:
        con = loader.connection  # opened on the loader's thread
        loader.add(first)
        assert con.execute("SELECT document_id FROM documents").fetchall() == [(first.stem,)]
        report = loader.finish()  # the rest: what no worker handed over
        assert (report.processed, report.skipped, report.failed) == (2, 0, [])
        assert sorted(con.execute("SELECT document_id FROM documents").fetchall()) == [(first.stem,), (second.stem,)]
    finally:
        loader.close()
    with duckdb.connect(str(tmp_path / "db.duckdb"), read_only=True) as con:  # closed: the file opens again
        assert con.execute("SELECT count(*) FROM documents").fetchone() == (2,)


def test_the_fork_server_is_started_before_any_pool():
    code = (
        "import multiprocessing.forkserver as fs\n"
        "from pipeline import stages\n"
        "from pipeline.executors import ExecutorSettings\n"
        "stages.start_parse_workers(ExecutorSettings(workers=2))\n"
        "print(fs._forkserver._forkserver_pid is not None)\n"
    )
    started = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert started.stdout.strip() == "True", started.stderr


def test_starting_a_run_imports_neither_duckdb_nor_the_extractors():
    # The run's own process does neither before the workers start (they extract; a thread imports DuckDB).
    code = (
        "import sys\n"
        "import pipeline.cli, pipeline.orchestrate\n"
        "with pipeline.cli._exits_as_documented('run'):\n"
        "    pass\n"
        "print(*(name in sys.modules for name in ('duckdb', 'pyarrow', 'pipeline.extract.stage', 'underthesea')))\n"
    )
    started = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert started.stdout.split() == ["False"] * 4, started.stderr
