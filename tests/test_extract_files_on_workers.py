"""`vnplans extract` with several files runs them on the executor's worker
processes, prints them in the order given, with the same records as one process;
the workers start with the extractors' models loaded by the fork server."""

import json
import subprocess
import sys
import textwrap



def run_extract(paths, workers, cwd):
    return subprocess.run(
        [sys.executable, "-m", "pipeline.cli", "extract", "--workers", str(workers), *map(str, paths)],
        capture_output=True, text=True, cwd=cwd, timeout=600,
    )


def test_several_files_in_the_order_given_same_records_as_one_process(repo_root, shared_docs, tmp_path):
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    # Small before large (the pool starts the largest first), a failure in the middle.
    paths = [shared_docs / "bct_cv1178_ccn_diagioimoi_2025.pdf", shared_docs / "hcm_kh174_binhdanggioi_2025.md",
             empty, shared_docs / "lc_qd2170_ctdt_kcn_banqua_2026.pdf", shared_docs / "lc_qd1696_uyquyen_sct_2026.pdf"]
    pooled, alone = run_extract(paths, 2, repo_root), run_extract(paths, 1, repo_root)
    assert pooled.returncode == alone.returncode == 1  # the empty file
    records = [json.loads(line) for line in pooled.stdout.splitlines()]
    assert [r["document"]["url"] for r in records] == [str(p) for p in paths]
    assert [r["status"] for r in records] == ["ok", "ok", "error", "ok", "ok"]
    assert records == [json.loads(line) for line in alone.stdout.splitlines()]
    assert sum(len(r["targets"]) for r in records) > 0


def test_pool_workers_start_with_the_models_loaded(tmp_path, repo_root):
    script = tmp_path / "probe.py"
    script.write_text(textwrap.dedent("""
        import json, os, sys
        from pipeline.executors import ExecutorSettings, map_in_order
        from pipeline.stages import WORKER_PRELOAD

        def probe(item):
            return item, os.getpid(), "underthesea" in sys.modules

        if __name__ == "__main__":
            results = list(map_in_order(probe, range(6), ExecutorSettings(workers=2), preload=WORKER_PRELOAD))
            print(json.dumps({"results": results, "main": os.getpid(), "main_loaded": "underthesea" in sys.modules}))
    """))
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, cwd=repo_root, timeout=300)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert [item for item, _, _ in report["results"]] == list(range(6))
    assert all(loaded for _, _, loaded in report["results"])
    assert report["main"] not in {pid for _, pid, _ in report["results"]}
    assert not report["main_loaded"]  # loaded by the fork server, not the parent
