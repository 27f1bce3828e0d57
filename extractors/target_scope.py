"""Whose target a number is: a province's, a national body's, or a national target
that a provincial news page quotes (and that is therefore not the province's own).

A document is provincial when it names a province, national when it has an issuer
or number but no province. On a provincial news page, a target whose paragraph
names a national body or document before it ("Ban Chấp hành Trung ương … thông
qua Nghị quyết số 28-NQ/TW … đạt khoảng 2,5%", "cả nước") is a quoted national one."""

from __future__ import annotations

import re
from typing import Optional

PROVINCIAL = "provincial"
NATIONAL = "national"
NATIONAL_QUOTED = "national_quoted"

_NATIONAL_MARK = re.compile(
    r"\b(?:cả\s+nước|toàn\s+quốc|Trung\s+ương|Chính\s+phủ|Thủ\s+tướng|Quốc\s+hội|Bộ\s+Chính\s+trị)\b"
    r"|-NQ/TW\b|/QĐ-TTg\b|/NQ-CP\b",
)
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
# How far back a paragraph is read for the national body a target is quoted from.
_LOOK_BACK = 1200


def document_level(province: Optional[str], issuer: Optional[str], number: Optional[str]) -> Optional[str]:
    if province:
        return PROVINCIAL
    if issuer or number:
        return NATIONAL
    return None


def target_scope(text: str, quantity_start: int, level: Optional[str], news: bool) -> Optional[str]:
    """The scope of a target at ``quantity_start`` in a document of ``level``
    (``news``: a news or explainer page, where quoted targets are found)."""
    if level != PROVINCIAL or not news:
        return level
    window_start = max(0, quantity_start - _LOOK_BACK)
    breaks = list(_PARAGRAPH_BREAK.finditer(text, window_start, quantity_start))
    paragraph = text[breaks[-1].end() if breaks else window_start : quantity_start]
    return NATIONAL_QUOTED if _NATIONAL_MARK.search(paragraph) else PROVINCIAL
