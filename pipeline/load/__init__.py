"""Load: extractions → DuckDB. ``database`` derives the DDL from ``schemas``,
writes each document's rows in one transaction, defines the researcher-facing
views and reads/exports them; ``datadict`` renders the data dictionary."""


class DamagedDatabase(RuntimeError):
    """The database file is cut short or corrupt; the message names it. (Here, not in
    ``schema``: catching it must not import DuckDB.)"""
