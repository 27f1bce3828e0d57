#!/usr/bin/env python3
"""Copy real documents kept outside the repository, byte for byte, from git snapshots.

The blind evaluation set (``corpus/gold-blind/sources-*.yaml``) and the real-PDF benchmark
(``benchmarks/real_pdfs.yaml``) name public documents by repository, commit, path and
SHA-256; their bytes are not committed here. This script reads each one with
``git cat-file blob <commit>:<path>`` from a bare snapshot of its repository and writes it
to ``<out>/<file>``, refusing any whose checksum differs.

Snapshots are looked for as ``<mirrors>/<owner>+<name>/repo`` (the layout of the
workplace's fetch tool) or ``<mirrors>/<owner>/<name>.git`` (``git clone --mirror``).

    python scripts/get_external_docs.py corpus/gold-blind/sources-*.yaml --out data/external
"""

from __future__ import annotations

import argparse
import hashlib
import subprocess
import sys
from pathlib import Path

import yaml


def snapshot_dir(mirrors: Path, repo: str) -> Path | None:
    owner, name = repo.split("/", 1)
    for candidate in (mirrors / f"{owner}+{name}" / "repo", mirrors / owner / f"{name}.git"):
        if candidate.is_dir():
            return candidate
    return None


def read_blob(git_dir: Path, commit: str, path: str) -> bytes:
    return subprocess.run(["git", "--git-dir", str(git_dir), "cat-file", "blob", f"{commit}:{path}"],
                          check=True, capture_output=True).stdout


def materialise(entry: dict, mirrors: Path, out: Path) -> str | None:
    """Write one document; return None when it is in place, else why it is not."""
    target = out / entry["file"]
    if target.is_file() and hashlib.sha256(target.read_bytes()).hexdigest() == entry["sha256"]:
        return None
    git_dir = snapshot_dir(mirrors, entry["repo"])
    if git_dir is None:
        return f"no snapshot of {entry['repo']} under {mirrors} (fetch github:{entry['repo']} first)"
    try:
        data = read_blob(git_dir, entry["commit"], entry["path"])
    except subprocess.CalledProcessError as error:
        return f"{entry['repo']}@{entry['commit'][:12]}:{entry['path']}: {error.stderr.decode().strip()}"
    digest = hashlib.sha256(data).hexdigest()
    if digest != entry["sha256"]:
        return f"checksum {digest} differs from the manifest's {entry['sha256']}"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(data)
    return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("manifests", type=Path, nargs="+", help="YAML files, each with a 'documents' list")
    parser.add_argument("--mirrors", type=Path, default=Path("/work/.mirror"),
                        help="folder of repository snapshots (default: %(default)s)")
    parser.add_argument("--out", type=Path, default=Path("data/external"),
                        help="folder the documents are written to (default: %(default)s)")
    args = parser.parse_args(argv)
    documents = [entry for manifest in args.manifests
                 for entry in yaml.safe_load(manifest.read_text(encoding="utf-8"))["documents"]]
    failures = 0
    for entry in documents:
        reason = materialise(entry, args.mirrors, args.out)
        if reason:
            failures += 1
            print(f"{entry['file']}: {reason}", file=sys.stderr)
    print(f"{len(documents) - failures} of {len(documents)} documents in {args.out}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
