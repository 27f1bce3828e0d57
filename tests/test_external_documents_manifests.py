"""Documents kept outside the repository are named exactly: every manifest entry can be copied
byte for byte (repository, 40-hex commit, path, SHA-256), and every blind gold file points at an
entry of its batch's manifest and is scored the way the development gold is."""

from __future__ import annotations

import hashlib
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from pipeline.evaluate.scoring import load_gold

REPO = Path(__file__).resolve().parents[1]
BLIND = REPO / "corpus" / "gold-blind"
MANIFESTS = sorted(BLIND.glob("sources-*.yaml")) + [REPO / "benchmarks" / "real_pdfs.yaml"]
SCRIPT = REPO / "scripts" / "get_external_docs.py"


def _entries(manifest: Path) -> list[dict]:
    return yaml.safe_load(manifest.read_text(encoding="utf-8"))["documents"]


@pytest.mark.parametrize("manifest", MANIFESTS, ids=lambda p: p.name)
def test_every_entry_names_its_bytes_exactly(manifest):
    entries = _entries(manifest)
    assert entries
    files = [e["file"] for e in entries]
    assert len(files) == len(set(files)), "two entries write the same file"
    for entry in entries:
        assert re.fullmatch(r"[\w.-]+/[\w.-]+", entry["repo"]), entry
        assert re.fullmatch(r"[0-9a-f]{40}", entry["commit"]), entry
        assert re.fullmatch(r"[0-9a-f]{64}", entry["sha256"]), entry
        assert entry["path"] and not entry["file"].startswith(("/", ".."))


def test_every_blind_gold_file_has_its_document_in_a_manifest():
    manifested = {e["file"] for m in BLIND.glob("sources-*.yaml") for e in _entries(m)}
    gold = load_gold(BLIND)
    assert len(gold) >= 15
    for document in gold:
        assert document.data["root"] == "../../data/external"
        assert document.data["file"] in manifested, document.data["file"]
        assert document.data.get("targets") is not None or document.data.get("agencies") is not None


def test_the_copy_script_refuses_bytes_whose_checksum_differs(tmp_path):
    mirror = tmp_path / "mirrors" / "owner+name" / "repo"
    work = tmp_path / "work"
    subprocess.run(["git", "init", "-q", str(work)], check=True)
    (work / "plan.md").write_text("Kế hoạch số 1/KH-UBND\n", encoding="utf-8")
    git = ["git", "-C", str(work), "-c", "user.name=t", "-c", "user.email=t@t"]
    subprocess.run([*git, "add", "plan.md"], check=True)
    subprocess.run([*git, "commit", "-qm", "plan"], check=True)
    subprocess.run(["git", "clone", "-q", "--bare", str(work), str(mirror)], check=True)
    commit = subprocess.run([*git, "rev-parse", "HEAD"], check=True, capture_output=True, text=True).stdout.strip()
    good = hashlib.sha256((work / "plan.md").read_bytes()).hexdigest()
    entry = {"file": "docs/plan.md", "repo": "owner/name", "commit": commit, "path": "plan.md"}

    def run(sha256: str) -> subprocess.CompletedProcess:
        manifest = tmp_path / "m.yaml"
        manifest.write_text(json.dumps({"documents": [{**entry, "sha256": sha256}]}), encoding="utf-8")
        return subprocess.run([sys.executable, str(SCRIPT), str(manifest), "--mirrors", str(tmp_path / "mirrors"),
                               "--out", str(tmp_path / "out")], capture_output=True, text=True)

    refused = run("0" * 64)
    assert refused.returncode == 1 and "differs" in refused.stderr
    assert not (tmp_path / "out" / "docs" / "plan.md").exists()
    copied = run(good)
    assert copied.returncode == 0, copied.stderr
    assert (tmp_path / "out" / "docs" / "plan.md").read_bytes() == (work / "plan.md").read_bytes()


def test_evaluating_without_the_external_documents_says_how_to_get_them(tmp_path):
    import shutil

    from cli_run import one_line, vnplans

    shutil.copytree(BLIND, tmp_path / "corpus" / "gold-blind")
    result = vnplans("evaluate", "--gold", "corpus/gold-blind", cwd=tmp_path)
    assert result.returncode == 78
    line = one_line(result.stderr)
    assert "No such file" in line and "scripts/get_external_docs.py corpus/gold-blind/sources-b1-socio.yaml" in line
