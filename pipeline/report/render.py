"""A report's data as one self-contained HTML page: inline CSS and SVG, no script, nothing
fetched when it is opened. Every text from the database is escaped."""

from __future__ import annotations

from collections import Counter
from decimal import Decimal
from html import escape
from itertools import groupby
from typing import Optional

from extractors.numbers import plain_decimal
from pipeline.report.charts import Bar, column_chart, ratio_chart
from pipeline.report.data import AchievementRow, ReportData, SourceContext, TargetRow

_STYLE = """
body { font-family: "DejaVu Sans", "Noto Sans", Arial, sans-serif; margin: 0 auto; max-width: 1100px; padding: 0 1.5rem 4rem;
       color: #1d1d1d; line-height: 1.45; }
h1 { font-size: 1.6rem; margin-bottom: .2rem; } h2 { border-bottom: 2px solid #2f6f9f; padding-bottom: .2rem; margin-top: 2.2rem; }
h3 { margin: 1.4rem 0 .4rem; }
nav a { margin-right: 1rem; }
table { border-collapse: collapse; width: 100%; font-size: .9rem; }
th, td { border-bottom: 1px solid #ddd; padding: .3rem .4rem; text-align: left; vertical-align: top; }
th { background: #f1f4f7; position: sticky; top: 0; }
td.num { text-align: right; white-space: nowrap; }
.muted { color: #666; font-size: .9rem; }
svg { max-width: 100%; height: auto; } svg a .bar:hover { opacity: .75; }
.source { border-left: 4px solid #ccc; padding: .4rem .8rem; margin: .8rem 0; scroll-margin-top: 1rem; }
.source:target { border-left-color: #2f6f9f; background: #eef5fb; }
.source .sentence { background: #fff3c4; } .source mark { background: #ffd24d; font-weight: bold; }
.context { white-space: pre-wrap; }
tr:target { background: #eef5fb; }
"""

_COMPARATORS = {("=", False): "", (">=", False): "≥ ", (">=", True): "> ", ("<=", False): "≤ ", ("<=", True): "< ",
                ("approx", False): "≈ ", ("approx", True): "≈ "}


def number(value: Optional[Decimal]) -> str:
    """10 and 12.5, not the stored 10.000000 and 12.500000."""
    return "" if value is None else plain_decimal(value)


def target_value(row: TargetRow) -> str:
    if row.comparator == "range":
        return f"{number(row.value)}–{number(row.value_max)} {row.unit}"
    return f"{_COMPARATORS.get((row.comparator, row.strict), row.comparator + ' ')}{number(row.value)} {row.unit}"


def render_report(data: ReportData) -> str:
    title = f"Targets of provincial plans: {data.scope.title}"
    sections = [
        ("by-year", "Targets by deadline", _by_year(data.targets)),
        ("targets", "Targets", _targets(data.targets)),
        ("achievements", "Target vs achieved", _achievements(data.achievements)),
        ("agencies", "Lead agencies", _agencies(data)),
        ("sources", "Source sentences", _sources(data.targets)),
    ]
    nav = "".join(f'<a href="#{anchor}">{escape(heading)}</a>' for anchor, heading, _ in sections)
    body = "".join(f'<section id="{anchor}"><h2>{escape(heading)}</h2>{html}</section>' for anchor, heading, html in sections)
    summary = (
        f"{len(data.targets)} targets from {data.document_count} documents; "
        f"{len(data.achievements)} achieved figures. Made by vnplans from its database; each target links to the "
        "sentence it was read from."
    )
    return (
        '<!DOCTYPE html>\n<html lang="vi"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{escape(title)}</title><style>{_STYLE}</style></head><body>"
        f"<header><h1>{escape(title)}</h1><p class=\"muted\">{escape(summary)}</p><nav>{nav}</nav></header>"
        f"{body}</body></html>\n"
    )


def _year_label(year: Optional[int]) -> str:
    return str(year) if year is not None else "no year"


def _year_anchor(year: Optional[int]) -> str:
    return f"year-{year if year is not None else 'none'}"


def _by_year(targets: tuple[TargetRow, ...]) -> str:
    if not targets:
        return "<p>No targets in this scope.</p>"
    counts = Counter(row.horizon_year for row in targets)
    years = sorted(counts, key=lambda year: (year is None, year or 0))
    bars = [
        Bar(_year_label(year), counts[year], f"{_year_label(year)}: {counts[year]} targets", "#" + _year_anchor(year))
        for year in years
    ]
    return column_chart(bars, "Number of targets by the year they are set for") + (
        '<p class="muted">The year a target is set for: its deadline, else the end of its period, else the end of '
        "its document's period. Click a bar for its targets.</p>"
    )


def _targets(targets: tuple[TargetRow, ...]) -> str:
    if not targets:
        return "<p>No targets in this scope.</p>"
    head = "<tr><th>Metric</th><th>Target</th><th>Deadline</th><th>Province</th><th>Document</th><th>Lead agencies</th><th>Source</th></tr>"
    parts, index = [], 0
    for year, rows in groupby(targets, key=lambda row: row.horizon_year):
        rows = list(rows)
        lines = []
        for row in rows:
            index += 1
            document = escape(_document_label(row))
            if row.url:
                document = f'<a href="{escape(row.url)}" title="{escape(row.document_title or "")}">{document}</a>'
            lines.append(
                f'<tr id="target-{index}"><td>{escape(row.metric)}</td><td class="num">{escape(target_value(row))}</td>'
                f"<td>{escape(str(row.deadline_year or ''))}</td><td>{escape(row.province or '')}</td><td>{document}</td>"
                f"<td>{escape('; '.join(row.lead_agencies))}</td>"
                f'<td><a class="source-link" href="#src-{index}">sentence{escape(_page(row.page))}</a></td></tr>'
            )
        parts.append(
            f'<h3 id="{_year_anchor(year)}">{escape(_year_label(year))} <span class="muted">({len(rows)})</span></h3>'
            f"<table>{head}{''.join(lines)}</table>"
        )
    return "".join(parts)


def _document_label(row: TargetRow) -> str:
    """Its số hiệu; a news page has none: the start of its title."""
    return row.document_number or shorten(row.document_title or "")


def shorten(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _page(page: Optional[int]) -> str:
    return f", p. {page}" if page is not None else ""


def _achievements(achievements: tuple[AchievementRow, ...]) -> str:
    if not achievements:
        return "<p>No achieved figures reported in this scope.</p>"
    compared = [row for row in achievements if row.planned_value]
    chart = ""
    if compared:
        bars = [
            Bar(
                _achievement_label(row),
                float(row.value / row.planned_value * 100),
                f"{number(row.value)} of {number(row.planned_value)} {row.unit} — {row.sentence}",
            )
            for row in compared
        ]
        chart = ratio_chart(bars, "Achieved as a percentage of the planned value") + (
            '<p class="muted">Planned value: the matched target of the plan the report cites, else the plan figure the '
            "sentence itself states.</p>"
        )
    head = "<tr><th>Province</th><th>Document</th><th>Indicator</th><th>Year</th><th>Achieved</th><th>Planned</th><th>Sentence</th></tr>"
    lines = "".join(
        f"<tr><td>{escape(row.province or '')}</td><td>{escape(shorten(row.document or ''))}</td>"
        f"<td>{escape(row.indicator)}</td><td>{escape(str(row.year or ''))}</td>"
        f'<td class="num">{escape(number(row.value))} {escape(row.unit)}</td>'
        f'<td class="num">{escape(number(row.planned_value))}{escape(_planned_from(row.planned_from))}</td>'
        f"<td>{escape(row.sentence)}</td></tr>"
        for row in achievements
    )
    return f"{chart}<table>{head}{lines}</table>"


def _achievement_label(row: AchievementRow) -> str:
    """What was achieved, and when: the indicator, else the matched target's metric, else the sentence's start."""
    label = shorten(row.indicator or row.target_metric or row.sentence)
    return f"{label} ({row.year})" if row.year else label


def _planned_from(planned_from: Optional[str]) -> str:
    if planned_from is None:
        return ""
    return " (stated)" if planned_from == "stated" else f" (plan {planned_from})"


def _agencies(data: ReportData) -> str:
    if not data.lead_agencies:
        return "<p>No agency in charge is named in this scope.</p>"
    if data.lead_agencies_of_targets:
        note, counted = "Agencies in charge (chủ trì) of the targets above.", "Targets"
    else:
        note = ("No target here is linked to an agency; these are the agencies the same documents put in charge "
                "(chủ trì) of their tasks.")
        counted = "Documents"
    lines = "".join(
        f'<tr><td>{escape(agency.agency)}</td><td class="num">{agency.count}</td></tr>' for agency in data.lead_agencies
    )
    return f'<p class="muted">{escape(note)}</p><table><tr><th>Agency</th><th>{counted}</th></tr>{lines}</table>'


def _sources(targets: tuple[TargetRow, ...]) -> str:
    return "".join(
        f'<article class="source" id="src-{index}"><h3>{index}. {escape(_document_label(row))}'
        f"{escape(_page(row.page))} — {escape(row.metric)}</h3>"
        f'<p class="context">{_context(row.context)}</p><p><a href="#target-{index}">↑ back to the target</a></p></article>'
        for index, row in enumerate(targets, start=1)
    )


def _context(context: SourceContext) -> str:
    return (
        f'<span class="muted">{escape(context.before)}</span>'
        f'<span class="sentence">{escape(context.sentence_before)}<mark>{escape(context.figure)}</mark>'
        f"{escape(context.sentence_after)}</span>"
        f'<span class="muted">{escape(context.after)}</span>'
    )
