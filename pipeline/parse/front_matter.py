"""Front matter of a CMS export: a JSON or YAML header between "---" lines before
the body ("---\\n{"title": …, "date": …}\\n---\\n<p>…"). Its title, date and author
are the item's declared metadata and become parse hints. For an HTML body the
title also heads the text when the body does not repeat it (an export's body starts
after the headline a web page shows, and the extractors read a news item's
headline from its text)."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Optional

import yaml

from pipeline.parse.html_page import decode_bytes

_FRONT_MATTER = re.compile(r"\A\ufeff?\s*---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.S)
# Names CMS exports give the fields, in order of preference.
_KEYS = {
    "title": ("title", "headline", "name"),
    "date": ("date", "published", "published_at", "publish_date", "pubdate", "created", "created_at"),
    "author": ("author", "by"),
    "sitename": ("site", "sitename", "source"),
}
# "2025-10-12", "2025-10-12T08:30:00+07:00", "12/10/2025", "12-10-2025 08:30"
_ISO_DATE = re.compile(r"^((?:19|20)\d\d)-(\d{1,2})-(\d{1,2})")
_DMY_DATE = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-]((?:19|20)\d\d)\b")


HEAD_BLOCKS = 6  # blocks at the start of the body that may already hold the title


@dataclass
class FrontMatter:
    body: bytes
    hints: dict[str, str] = field(default_factory=dict)

    def headed(self, blocks: list[str]) -> list[str]:
        """The body's blocks, with the declared title in front unless one of the first repeats it."""
        title = self.hints.get("title")
        if not title or any(" ".join(b.split()) == title for b in blocks[:HEAD_BLOCKS]):
            return blocks
        return [title, *blocks]


def split_front_matter(data: bytes) -> FrontMatter:
    """The body after the front matter and the hints it declares; the data unchanged
    when it has none (or a header that is neither a JSON nor a YAML mapping)."""
    if not data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"---"):
        return FrontMatter(data)
    text, _ = decode_bytes(data)
    match = _FRONT_MATTER.match(text)
    fields = _mapping(match.group(1)) if match else None
    if fields is None:
        return FrontMatter(data)
    body = text[match.end():].encode("utf-8")
    hints = {}
    for hint, names in _KEYS.items():
        value = next((fields[n] for n in names if fields.get(n) not in (None, "")), None)
        value = _iso_date(value) if hint == "date" else (" ".join(str(value).split()) if value is not None else None)
        if value:
            hints[hint] = value
    if "title" in hints:
        hints["declared_title"] = "front matter"  # the item's own title, not a site's name
    return FrontMatter(body, hints)


def _mapping(header: str) -> Optional[dict[str, Any]]:
    for load in (json.loads, yaml.safe_load):
        try:
            fields = load(header)
        except (ValueError, yaml.YAMLError):
            continue
        if isinstance(fields, dict):
            return {str(k).lower(): v for k, v in fields.items()}
    return None


def _iso_date(value: Any) -> Optional[str]:
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    text = str(value or "").strip()
    iso, dmy = _ISO_DATE.match(text), _DMY_DATE.match(text)
    year, month, day = (iso.groups() if iso else (dmy.group(3), dmy.group(2), dmy.group(1)) if dmy else (None,) * 3)
    if year is None:
        return None
    try:
        return date(int(year), int(month), int(day)).isoformat()
    except ValueError:
        return None
