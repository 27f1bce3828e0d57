"""Self-contained HTML reports for people who do not write SQL: a province's (or an
indicator's) targets by year, target vs achieved, lead agencies, and each target's source
sentence in context. ``write_report`` is all the command line calls."""

from __future__ import annotations

from pathlib import Path

from pipeline.report.data import ReportData, Scope, load_report_data
from pipeline.report.render import render_report

__all__ = ["ReportData", "Scope", "load_report_data", "render_report", "write_report"]


def write_report(db_path: str | Path, out_path: str | Path, scope: Scope) -> ReportData:
    """Write the scope's report to ``out_path`` (UTF-8 HTML); the data it shows."""
    data = load_report_data(db_path, scope)
    out = Path(out_path)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(render_report(data), encoding="utf-8")
    return data
