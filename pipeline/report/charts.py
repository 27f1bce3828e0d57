"""Plots as inline SVG: no script and no library to load, so a report reads offline, prints,
and stays small. Every text is escaped; each mark carries a <title> shown on hover."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from typing import Optional

_BAR = "#2f6f9f"
_OVER = "#2e8b57"  # achieved at least the plan
_UNDER = "#c0762b"
_AXIS = "#555"


@dataclass(frozen=True)
class Bar:
    label: str
    value: float
    tooltip: str
    href: Optional[str] = None  # an anchor in the report the bar leads to


def _linked(mark: str, href: Optional[str]) -> str:
    return f'<a href="{escape(href)}">{mark}</a>' if href else mark


def column_chart(bars: list[Bar], caption: str, width: int = 720, height: int = 260) -> str:
    """Vertical bars with their value above and label below (years, counts)."""
    left, right, top, bottom = 40, 10, 20, 40
    plot_w, plot_h = width - left - right, height - top - bottom
    peak = max((bar.value for bar in bars), default=0) or 1
    slot = plot_w / max(len(bars), 1)
    marks = []
    for i, bar in enumerate(bars):
        h = plot_h * bar.value / peak
        x, y = left + i * slot + slot * 0.15, top + plot_h - h
        centre = left + (i + 0.5) * slot
        rect = (
            f'<rect class="bar" x="{x:.1f}" y="{y:.1f}" width="{slot * 0.7:.1f}" height="{h:.1f}" fill="{_BAR}">'
            f"<title>{escape(bar.tooltip)}</title></rect>"
            f'<text x="{centre:.1f}" y="{y - 4:.1f}" text-anchor="middle" font-size="12">{bar.value:g}</text>'
            f'<text x="{centre:.1f}" y="{top + plot_h + 16:.1f}" text-anchor="middle" font-size="12">{escape(bar.label)}</text>'
        )
        marks.append(_linked(rect, bar.href))
    axis = f'<line x1="{left}" y1="{top + plot_h}" x2="{width - right}" y2="{top + plot_h}" stroke="{_AXIS}"/>'
    return _svg(width, height, caption, axis + "".join(marks))


def ratio_chart(bars: list[Bar], caption: str, width: int = 720, cap: float = 200.0) -> str:
    """Horizontal bars of percentages (achieved as % of planned) with a line at 100 %; bars past ``cap`` are cut.
    Labels are drawn as given: short ones fit (about 45 characters)."""
    label_w, right, top, row_h = 300, 60, 10, 22
    height = top * 2 + row_h * len(bars) + 20
    plot_w = width - label_w - right
    scale = plot_w / cap
    marks = []
    for i, bar in enumerate(bars):
        y = top + i * row_h
        w = min(bar.value, cap) * scale
        colour = _OVER if bar.value >= 100 else _UNDER
        marks.append(
            f'<text x="{label_w - 6}" y="{y + 15}" text-anchor="end" font-size="12">{escape(bar.label)}</text>'
            f'<rect class="bar" x="{label_w}" y="{y + 3}" width="{w:.1f}" height="{row_h - 6}" fill="{colour}">'
            f"<title>{escape(bar.tooltip)}</title></rect>"
            f'<text x="{label_w + w + 4:.1f}" y="{y + 15}" font-size="12">{bar.value:.0f} %</text>'
        )
    hundred = label_w + 100 * scale
    bottom = top + row_h * len(bars)
    axis = (
        f'<line x1="{hundred:.1f}" y1="{top}" x2="{hundred:.1f}" y2="{bottom}" stroke="{_AXIS}" stroke-dasharray="4 3"/>'
        f'<text x="{hundred:.1f}" y="{bottom + 14}" text-anchor="middle" font-size="11">100 %</text>'
    )
    return _svg(width, height, caption, "".join(marks) + axis)


def _svg(width: int, height: int, caption: str, body: str) -> str:
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}" aria-label="{escape(caption)}"><title>{escape(caption)}</title>{body}</svg>'
    )
