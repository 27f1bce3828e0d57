import subprocess
import sys

from pipeline.load.datadict import DICTIONARY_PATH, generate


def test_the_committed_data_dictionary_matches_the_schemas():
    committed = DICTIONARY_PATH.read_text(encoding="utf-8")
    assert committed == generate(), "docs/data-dictionary.md is stale: run `python -m pipeline.load.datadict`"


def test_check_mode_exits_non_zero_on_drift(tmp_path, repo_root):
    stale = tmp_path / "data-dictionary.md"
    stale.write_text(generate().replace("| `metric` |", "| `measure` |"), encoding="utf-8")
    check = [sys.executable, "-m", "pipeline.load.datadict", "--check", "--path", str(stale)]

    assert subprocess.run(check, cwd=repo_root, capture_output=True).returncode == 1
    stale.write_text(generate(), encoding="utf-8")
    assert subprocess.run(check, cwd=repo_root, capture_output=True).returncode == 0
