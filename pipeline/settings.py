"""Settings from ``params.yaml`` (one section per stage, as DVC reads them)."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any, Optional

import yaml

DEFAULT_MANIFEST = Path(__file__).resolve().parents[1] / "corpus" / "sources.yaml"
DEFAULT_DATA_DIR = Path("data")
DEFAULT_DB = Path("data/vnplans.duckdb")
DEFAULT_PARAMS = Path("params.yaml")  # read when present in the current directory
SECTIONS = ("fetch", "parse", "run", "evaluate")
# Keys of sections only DVC reads (dvc.yaml interpolates them), checked for typos all the same.
DVC_ONLY_KEYS = {"evaluate": ("gold", "extra_gold")}


class SettingsError(ValueError):
    """A params file that is missing, or a section, key or value it has that is unknown or invalid."""


def _read_params(path: Path) -> dict[str, Any]:
    if not path.is_file():
        raise ValueError("no such params file")
    raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    if not isinstance(raw, dict):
        raise ValueError(f"expected a mapping of sections ({', '.join(SECTIONS)})")
    _check_keys(raw, set(SECTIONS), "params", what="section")
    for name, values in raw.items():
        if values is not None and not isinstance(values, dict):
            raise ValueError(f"{name} must be a mapping of settings, not {values!r}")
    return raw


def _check_keys(values: Optional[dict[str, Any]], known: set[str], name: str, what: str = "setting") -> None:
    unknown = sorted(map(str, set(values or {}) - known))
    if unknown:
        raise ValueError(f"unknown {name} {what}(s): {', '.join(unknown)}; known: {', '.join(sorted(known))}")


def _section(cls: type, values: Optional[dict[str, Any]], name: str):
    _check_keys(values, {f.name for f in dataclasses.fields(cls)}, name)
    return cls(**(values or {}))


def load_settings(
    params: Optional[Path] = None,
    executor: Optional[str] = None,
    scheduler: Optional[str] = None,
    workers: Optional[int] = None,
):
    """PipelineSettings from a params file, with CLI overrides. Without one,
    ``params.yaml`` of the current directory when there is one, else the defaults;
    a named file that does not exist, an unknown section or key and a bad value
    raise SettingsError naming the file and what is wrong."""
    from pipeline.executors import ExecutorSettings
    from pipeline.fetch.stage import FetchSettings
    from pipeline.orchestrate import PipelineSettings
    from pipeline.parse.stage import ParseSettings

    if params is None and DEFAULT_PARAMS.is_file():
        params = DEFAULT_PARAMS
    try:
        raw = _read_params(Path(params)) if params is not None else {}
        for section, keys in DVC_ONLY_KEYS.items():
            _check_keys(raw.get(section), set(keys), section)
        run = dict(raw.get("run") or {})
        overrides = {"kind": executor, "scheduler": scheduler, "workers": workers}
        run.update({k: v for k, v in overrides.items() if v is not None})
        return PipelineSettings(
            fetch=_section(FetchSettings, raw.get("fetch"), "fetch"),
            parse=_section(ParseSettings, raw.get("parse"), "parse"),
            executor=_section(ExecutorSettings, run, "run"),
        )
    except (ValueError, TypeError, yaml.YAMLError) as exc:
        raise SettingsError(f"{params or 'settings'}: {exc}") from None
