"""Fetch: manifest entries → raw bytes in a content-addressed store.

``manifest`` reads the sources list, ``http_client`` downloads politely
(robots.txt, rate limit, retries, conditional GET), ``store`` keeps every blob
by its SHA-256, ``stage`` runs a manifest and ``incremental`` is the scheduled,
new-or-changed-only ingestion on top of it.
"""
