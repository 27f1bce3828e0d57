"""Goal statements: each paragraph or list item of a Mục tiêu (chung / cụ thể)
section, so that a target can be attached to the goal whose span holds it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator, Optional, Sequence

from extractors.sections import GOAL_KINDS, Block, Layout, Section, layout, section_at
from extractors.targets import heading_milestone, time_expressions

_LEVELS = {"goal_general": "chung", "goal_specific": "cụ thể"}


@dataclass(frozen=True)
class GoalAnnotation:
    start: int
    end: int
    level: str  # "chung", "cụ thể" or "khác"
    heading: Optional[str]
    deadline_year: Optional[int]
    period_start: Optional[int]
    period_end: Optional[int]


def iter_goals(text: str, structure: Optional[Layout] = None) -> Iterator[GoalAnnotation]:
    """Goal statements in document order (``structure``: ``layout(text)``, when already read)."""
    structure = structure or layout(text)
    sections = structure.sections
    if not any(s.kind in GOAL_KINDS for s in sections):
        return
    for block in structure.blocks:
        idx = section_at(sections, block.start)
        if idx is None or sections[idx].kind not in GOAL_KINDS or _is_group_label(block):
            continue
        start = _body_start(sections[idx], block.start)
        while start is not None and start < block.end and text[start].isspace():
            start += 1
        if start is None or not any(c.isalpha() for c in text[start : block.end]):
            continue
        deadline, period = _milestone(text, start, block.end, sections, idx)
        yield GoalAnnotation(
            start=start,
            end=block.end,
            level=_level(sections, idx),
            heading=_titled_heading(sections, idx),
            deadline_year=deadline,
            period_start=period[0] if period else None,
            period_end=period[1] if period else None,
        )


def _is_group_label(block: Block) -> bool:
    """An emphasised short line that names a group of goals ("*- Thủy sản*"), not a goal itself."""
    words = block.text.strip(" -+•").split()
    return (block.bold or block.italic) and len(words) <= 8 and not any(c.isdigit() for c in block.text)


def _body_start(section: Section, block_start: int) -> Optional[int]:
    """Where the statement of a block starts: after a heading's marker or colon;
    None for a heading or intro that is all title."""
    if block_start != section.start:
        return block_start
    if section.intro:
        return None
    return section.heading_end


def _milestone(text: str, start: int, end: int, sections: Sequence[Section], idx: int):
    """A milestone opening the statement ("Đến năm 2030, …"), else the heading's."""
    for t_start, _, year, period in time_expressions(text, start, end):
        if t_start - start <= 40:
            return year, period
        break
    return heading_milestone(sections, idx)


def _level(sections: Sequence[Section], idx: Optional[int]) -> str:
    while idx is not None:
        s = sections[idx]
        if s.own_kind and s.kind in _LEVELS:
            return _LEVELS[s.kind]
        idx = s.parent
    return "khác"


def _titled_heading(sections: Sequence[Section], idx: Optional[int]) -> Optional[str]:
    while idx is not None and (sections[idx].intro or not sections[idx].titled):
        idx = sections[idx].parent
    return sections[idx].heading if idx is not None else None
