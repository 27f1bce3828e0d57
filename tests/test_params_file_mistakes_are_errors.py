"""A params file named with --params that does not exist, or a section or key
in it that vnplans does not know (a typo), is a configuration error naming the
file and the key, before any work; without --params, params.yaml of the
current directory is read when there is one, else the defaults apply."""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_run import one_line, vnplans

from pipeline.cli import ExitStatus
from pipeline.settings import SettingsError, load_settings


def test_a_missing_params_file_is_an_error_naming_it(tmp_path):
    data = tmp_path / "data"
    result = vnplans("run", "--params", tmp_path / "nope.yaml", "--data-dir", data, "--db", data / "v.duckdb")
    assert result.returncode == ExitStatus.CONFIG
    assert "nope.yaml" in one_line(result.stderr)
    assert not data.exists()  # nothing was fetched with the defaults


@pytest.mark.parametrize("text,named", [
    ("fecth:\n  attempts: 2\n", "fecth"),  # section
    ("parse:\n  ocr_dpl: 300\n", "ocr_dpl"),  # key within a section
    ("run:\n  worker: 2\n", "worker"),
    ("evaluate:\n  golds: x\n", "golds"),
])
def test_an_unknown_section_or_key_is_an_error_naming_it(tmp_path, text, named):
    params = tmp_path / "params.yaml"
    params.write_text(text, encoding="utf-8")
    with pytest.raises(SettingsError, match=rf"{params}: unknown .*\b{named}\b"):
        load_settings(params)
    result = vnplans("stage", "parse", "--params", params, "--data-dir", tmp_path / "data")
    assert result.returncode == ExitStatus.CONFIG
    assert named in one_line(result.stderr) and str(params) in result.stderr


def test_a_section_that_is_not_a_mapping_is_an_error(tmp_path):
    params = tmp_path / "params.yaml"
    params.write_text("run: 4\n", encoding="utf-8")
    with pytest.raises(SettingsError, match="run must be a mapping"):
        load_settings(params)


def test_without_params_the_current_directory_decides(tmp_path, monkeypatch, repo_root):
    monkeypatch.chdir(tmp_path)
    assert load_settings().executor.workers == 0  # no params.yaml here: the defaults
    Path("params.yaml").write_text("run:\n  workers: 3\n", encoding="utf-8")
    assert load_settings().executor.workers == 3


def test_the_projects_own_params_file_is_valid(repo_root):
    settings = load_settings(repo_root / "params.yaml")
    assert settings.parse.ocr == "auto" and settings.executor.kind == "local"
