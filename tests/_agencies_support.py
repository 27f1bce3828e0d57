"""The (name, role) pairs the agency tests compare, read from ``iter_agencies``."""

from __future__ import annotations

from extractors.agencies import iter_agencies


def named_roles(text: str, tables=()) -> set[tuple[str, str]]:
    """(name as written, role) of each named body; generic references ("các sở, ngành") left out."""
    return {(a.name, a.role) for a in iter_agencies(text, tables) if not a.generic}


def canonical_roles(text: str, tables=()) -> set[tuple[str, str]]:
    """(canonical name, role) of each named body; generic references left out."""
    return {(a.canonical_name, a.role) for a in iter_agencies(text, tables) if not a.generic}


def all_roles(text: str, tables=()) -> set[tuple[str, str]]:
    """(name as written, role) of every agency found, generic references too."""
    return {(a.name, a.role) for a in iter_agencies(text, tables)}
