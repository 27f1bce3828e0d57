"""Stable content-hash identifiers: the same input always gets the same id,
so re-running a stage replaces rows instead of duplicating them."""

from __future__ import annotations

import hashlib

ID_LENGTH = 20  # hex characters: 80 bits, ample for millions of records


def stable_id(prefix: str, *parts: object) -> str:
    """``prefix`` + a hash of the parts (``None`` and values are stringified)."""
    digest = hashlib.sha256("\x1f".join("" if p is None else str(p) for p in parts).encode("utf-8"))
    return f"{prefix}_{digest.hexdigest()[:ID_LENGTH]}"


def document_id_for(sha256: str) -> str:
    """A document is its raw bytes: the same PDF from two URLs is one document."""
    return f"doc_{sha256[:ID_LENGTH]}"
