"""The source manifest (``sources.yaml``): which documents and portals to fetch.

Format: see ``docs/sources.md``. Relative ``path`` entries (and scheme-less
``url`` entries) are resolved against the manifest's own directory, so a
manifest and its corpus can move together.

A manifest is shared between people and is not trusted: a local file it names
is read only when it lies inside the manifest's directory or a root the
operator allows, and ``file://`` URLs only when the operator allows them
(``local_file_refusal``); a redirect leads only to the same host or to the
hosts the entry lists in ``redirect_hosts`` (``Source.redirect_policy``).
"""

from __future__ import annotations

import re
from enum import Enum
from pathlib import Path
from typing import Optional, Sequence
from urllib.parse import unquote, urlsplit

import yaml
from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, ValidationError, field_validator, model_validator

from pipeline.fetch.http_client import RedirectPolicy

REMOTE_SCHEMES = ("http", "https")
CSS_PREFIX = "css:"  # `next: "css:a.next"` is a selector; anything else is a regex
DEFAULT_ATTACHMENTS = r"(?i)\.(pdf|docx?|xlsx?|rar|zip)(?:[?#]|$)"
DEFAULT_MAX_PAGES = 5
_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")
_HOST = re.compile(r"^(?:\*\.)?[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*$")


class ManifestError(ValueError):
    """The manifest cannot be used; the message names the file and the entry."""


class SourceKind(str, Enum):
    document = "document"  # one PDF/HTML/text file, remote or local
    listing = "listing"  # a portal page whose links lead to news pages and attachments


class Source(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(description="unique, stable id; recorded as source_id on every blob")
    province: Optional[str] = None
    kind: SourceKind = SourceKind.document
    url: Optional[str] = Field(None, description="http(s) URL, file:// URL, or a path")
    path: Optional[str] = Field(None, description="local file, relative to the manifest")
    follow: list[str] = Field(default_factory=list, description="listing: regexes of links to news pages")
    next: Optional[str] = Field(None, description="listing: regex of pagination links, or 'css:<selector>'")
    max_pages: int = Field(DEFAULT_MAX_PAGES, ge=1, description="listing: at most this many listing pages")
    attachments: Optional[str] = Field(
        None, description="regex of attachment links on news pages (listing) or on the page itself (document)"
    )
    redirect_hosts: list[str] = Field(
        default_factory=list,
        description="http(s): other hosts a redirect may lead to ('*.example.vn': its subdomains); default none",
    )

    # Set by load_manifest: absolute path of a local document (None for remote sources).
    _local_path: Optional[Path] = PrivateAttr(None)

    @field_validator("id")
    @classmethod
    def _id_is_simple(cls, value: str) -> str:
        if not _ID.match(value):
            raise ValueError("must be letters, digits, '_', '.', '-' (no spaces)")
        return value

    @field_validator("follow")
    @classmethod
    def _follow_compiles(cls, patterns: list[str]) -> list[str]:
        for pattern in patterns:
            _compile(pattern, "follow")
        return patterns

    @field_validator("attachments")
    @classmethod
    def _attachments_compiles(cls, pattern: Optional[str]) -> Optional[str]:
        if pattern is not None:
            _compile(pattern, "attachments")
        return pattern

    @field_validator("redirect_hosts")
    @classmethod
    def _hosts_are_names(cls, hosts: list[str]) -> list[str]:
        for host in hosts:
            if not _HOST.match(host):
                raise ValueError(f"redirect_hosts: {host!r} is not a host name (example.vn or *.example.vn)")
        return hosts

    @field_validator("next")
    @classmethod
    def _next_compiles(cls, pattern: Optional[str]) -> Optional[str]:
        if pattern is None:
            return None
        if pattern.startswith(CSS_PREFIX):
            css_to_xpath(pattern[len(CSS_PREFIX):])
        else:
            _compile(pattern, "next")
        return pattern

    @model_validator(mode="after")
    def _location_is_consistent(self) -> "Source":
        if (self.url is None) == (self.path is None):
            raise ValueError("give exactly one of 'url' or 'path'")
        if self.kind is SourceKind.listing:
            if not self.is_remote:
                raise ValueError("a listing needs an http(s) 'url'")
            if not self.follow:
                raise ValueError("a listing needs 'follow' patterns (regexes of links to news pages)")
        elif self.follow or self.next:
            raise ValueError("'follow' and 'next' only apply to kind: listing")
        if self.attachments and not self.is_remote:
            raise ValueError("'attachments' only applies to http(s) sources (links of local files are not followed)")
        if self.redirect_hosts and not self.is_remote:
            raise ValueError("'redirect_hosts' only applies to http(s) sources")
        if self.url is not None:
            scheme = urlsplit(self.url).scheme.lower()
            if scheme and len(scheme) > 1 and scheme not in (*REMOTE_SCHEMES, "file"):
                raise ValueError(f"unsupported URL scheme {scheme!r}: use http, https, file or a path")
        return self

    @property
    def is_remote(self) -> bool:
        return self.url is not None and urlsplit(self.url).scheme.lower() in REMOTE_SCHEMES

    @property
    def is_file_url(self) -> bool:
        return self.url is not None and urlsplit(self.url).scheme.lower() == "file"

    @property
    def local_path(self) -> Optional[Path]:
        return self._local_path

    def redirect_policy(self) -> RedirectPolicy:
        return RedirectPolicy(tuple(self.redirect_hosts))

    @property
    def location(self) -> str:
        """What is recorded as the blob's url: the URL, or the path as written in the manifest."""
        return self.url if self.url is not None else str(self.path)

    def follow_patterns(self) -> list[re.Pattern[str]]:
        return [re.compile(p) for p in self.follow]

    def next_pattern(self) -> Optional[re.Pattern[str]]:
        return re.compile(self.next) if self.next and not self.next.startswith(CSS_PREFIX) else None

    def next_xpath(self) -> Optional[str]:
        return css_to_xpath(self.next[len(CSS_PREFIX):]) if self.next and self.next.startswith(CSS_PREFIX) else None

    def attachment_pattern(self) -> re.Pattern[str]:
        return re.compile(self.attachments or DEFAULT_ATTACHMENTS)


class Manifest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    sources: list[Source]


def load_manifest(manifest: Path) -> Manifest:
    """Read and validate a manifest; raise ManifestError naming the bad entry."""
    try:
        raw = yaml.safe_load(manifest.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ManifestError(f"{manifest}: cannot read: {exc}") from exc
    except yaml.YAMLError as exc:
        raise ManifestError(f"{manifest}: not valid YAML: {exc}") from exc
    if not isinstance(raw, dict) or not isinstance(raw.get("sources"), list):
        raise ManifestError(f"{manifest}: expected a mapping with a 'sources:' list")

    base = manifest.resolve().parent
    sources: list[Source] = []
    seen: dict[str, int] = {}
    for index, entry in enumerate(raw["sources"]):
        label = _entry_label(index, entry)
        try:
            source = Source.model_validate(entry)
        except ValidationError as exc:
            problems = "; ".join(
                f"{'.'.join(str(p) for p in err['loc']) or 'entry'}: {err['msg'].removeprefix('Value error, ')}"
                for err in exc.errors()
            )
            raise ManifestError(f"{manifest}: source {label}: {problems}") from None
        if source.id in seen:
            raise ManifestError(f"{manifest}: source {label}: duplicate id (also entry #{seen[source.id] + 1})")
        seen[source.id] = index
        source._local_path = _local_path(source, base)
        sources.append(source)
    return Manifest(sources=sources)


def local_file_refusal(source: Source, manifest_dir: Path, allowed_roots: Sequence[str | Path],
                       allow_file_urls: bool) -> Optional[str]:
    """Why the local file of a manifest entry may not be read, or None.

    The file, symlinks resolved, must lie inside the manifest's directory or one
    of ``allowed_roots`` (relative roots are taken from the working directory: they
    come from the operator's command line or params, never from the manifest).
    """
    assert source.local_path is not None
    if source.is_file_url and not allow_file_urls:
        return f"file:// URL refused: {source.url} (an operator who trusts it passes --allow-file-urls)"
    target = source.local_path.resolve()
    roots = [manifest_dir.resolve(), *(Path(root).resolve() for root in allowed_roots)]
    if any(target.is_relative_to(root) for root in roots):
        return None
    return (f"{source.location} is {target}, outside the manifest's directory {roots[0]}"
            + (f" and the allowed roots {', '.join(str(r) for r in roots[1:])}" if roots[1:] else "")
            + "; an operator who trusts it passes --allow-root DIR")


def _local_path(source: Source, base: Path) -> Optional[Path]:
    if source.path is not None:
        return (base / source.path).resolve()
    assert source.url is not None
    parts = urlsplit(source.url)
    if parts.scheme.lower() == "file":
        return Path(unquote(parts.path)).resolve()
    if parts.scheme.lower() in REMOTE_SCHEMES:
        return None
    return (base / source.url).resolve()  # a bare path (or a Windows drive letter) in `url`


def _entry_label(index: int, entry: object) -> str:
    entry_id = entry.get("id") if isinstance(entry, dict) else None
    return f"#{index + 1} (id {entry_id!r})" if entry_id else f"#{index + 1}"


def _compile(pattern: str, field: str) -> re.Pattern[str]:
    try:
        return re.compile(pattern)
    except re.error as exc:
        raise ValueError(f"{field} pattern {pattern!r} is not a valid regex: {exc}") from None


_SIMPLE_SELECTOR = re.compile(
    r"^(?P<tag>[A-Za-z][A-Za-z0-9]*|\*)?(?P<rest>(?:\.[\w-]+|#[\w-]+|\[[\w-]+(?:=[\"']?[^\]\"']*[\"']?)?\])*)$"
)
_SELECTOR_PART = re.compile(r"\.([\w-]+)|#([\w-]+)|\[([\w-]+)(?:=[\"']?([^\]\"']*)[\"']?)?\]")


def css_to_xpath(selector: str) -> str:
    """A small CSS subset (tag, .class, #id, [attr], [attr=value], descendant
    combinator) as XPath; enough for pagination links such as
    ``ul.pagination a[rel=next]``. Raises ValueError for anything else."""
    steps = selector.split()
    if not steps:
        raise ValueError("empty CSS selector")
    xpath = ""
    for step in steps:
        match = _SIMPLE_SELECTOR.match(step)
        if not match or not (match["tag"] or match["rest"]):
            raise ValueError(f"unsupported CSS selector {selector!r} (tag, .class, #id, [attr=value] only)")
        conditions = []
        for cls_name, id_name, attr, value in _SELECTOR_PART.findall(match["rest"]):
            if cls_name:
                conditions.append(f"contains(concat(' ', normalize-space(@class), ' '), ' {cls_name} ')")
            elif id_name:
                conditions.append(f"@id='{id_name}'")
            elif value:
                conditions.append(f"@{attr}='{value}'")
            else:
                conditions.append(f"@{attr}")
        xpath += "//" + (match["tag"] or "*") + "".join(f"[{c}]" for c in conditions)
    return xpath
