"""Settings from ``params.yaml`` (one section per stage, as DVC reads them)."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any, Optional

import yaml

DEFAULT_MANIFEST = Path(__file__).resolve().parents[1] / "corpus" / "sources.yaml"
DEFAULT_DATA_DIR = Path("data")
DEFAULT_DB = Path("data/vnplans.duckdb")


def _section(cls: type, values: Optional[dict[str, Any]], name: str):
    values = values or {}
    known = {f.name for f in dataclasses.fields(cls)}
    unknown = sorted(set(values) - known)
    if unknown:
        raise ValueError(f"params: unknown {name} setting(s): {', '.join(unknown)}; known: {', '.join(sorted(known))}")
    return cls(**values)


def load_settings(
    params: Optional[Path] = None,
    executor: Optional[str] = None,
    scheduler: Optional[str] = None,
    workers: Optional[int] = None,
):
    """PipelineSettings from a params file (missing file = defaults), with CLI overrides."""
    from pipeline.executors import ExecutorSettings
    from pipeline.fetch.stage import FetchSettings
    from pipeline.orchestrate import PipelineSettings
    from pipeline.parse.stage import ParseSettings

    raw: dict[str, Any] = {}
    if params is not None and Path(params).is_file():
        raw = yaml.safe_load(Path(params).read_text(encoding="utf-8")) or {}
    run = dict(raw.get("run") or {})
    overrides = {"kind": executor, "scheduler": scheduler, "workers": workers}
    run.update({k: v for k, v in overrides.items() if v is not None})
    return PipelineSettings(
        fetch=_section(FetchSettings, raw.get("fetch"), "fetch"),
        parse=_section(ParseSettings, raw.get("parse"), "parse"),
        executor=_section(ExecutorSettings, run, "run"),
    )
