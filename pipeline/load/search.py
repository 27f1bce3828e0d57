"""Full-text search of the document texts, inside the database and offline.

DuckDB's ``fts`` extension is downloaded at run time and no PyPI package ships it
for the DuckDB 2.x vnplans uses, so the index is plain SQL. Each page (PDF) or block
(HTML/text) of a document is a passage: ``search_pages`` holds its words, folded by the
``vn_fold`` macro (lower case, tone and vowel marks dropped, đ → d: "ke hoach" finds
"kế hoạch" and "Kế hoạch" alike), and ``search_terms`` how often each word occurs in it.
A query is ranked with BM25 over ``search_terms``; passages where its words stand side by
side in order come first. A document's rows are rebuilt in the transaction that loads it.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple, Optional

import duckdb


class IndexTable(NamedTuple):
    name: str
    description: str
    columns: tuple[tuple[str, str, str], ...]  # (name, type, description)


_PASSAGE_COLUMNS = (
    ("document_id", "VARCHAR", "references documents.document_id"),
    ("page", "BIGINT", "the page (PDF) or block (HTML/text): pages.page"),
)
SEARCH_PAGES = IndexTable(
    "search_pages",
    "Full-text index, one row per page or block of document_texts that has words.",
    _PASSAGE_COLUMNS + (
        ("terms", "BIGINT", "number of words in the page or block"),
        ("words", "VARCHAR", "its words folded by vn_fold, separated and surrounded by single spaces (' ke hoach ... ')"),
    ),
)
SEARCH_TERMS = IndexTable(
    "search_terms",
    "Full-text index, one row per (page or block, folded word), for BM25 ranking by `vnplans search`.",
    _PASSAGE_COLUMNS + (
        ("term", "VARCHAR", "a word of the text folded by vn_fold (lower case, no tone or vowel marks, đ → d)"),
        ("tf", "BIGINT", "how many times the word occurs in that page or block"),
    ),
)
INDEX_TABLES = (SEARCH_PAGES, SEARCH_TERMS)
FOLD_MACRO = "vn_fold"
_TERM = "[a-z0-9]+"  # a folded word; anything else separates words
_BM25_K1 = 1.2
_BM25_B = 0.75
SNIPPET_CONTEXT = 80  # characters of context either side of a hit


def create_search_index(con: duckdb.DuckDBPyConnection) -> None:
    """The folding macro and the index tables (idempotent; part of the schema). Index tables
    new to an existing database are filled from the texts already loaded."""
    con.execute(
        f"CREATE OR REPLACE MACRO {FOLD_MACRO}(s) AS strip_accents(lower(replace(replace(s, 'Đ', 'd'), 'đ', 'd')))"
    )
    existing = {name for (name,) in con.execute("SELECT table_name FROM duckdb_tables()").fetchall()}
    for table in INDEX_TABLES:
        columns = ", ".join(f"{name} {sql_type} NOT NULL" for name, sql_type, _ in table.columns)
        con.execute(f"CREATE TABLE IF NOT EXISTS {table.name} ({columns})")
    if any(table.name not in existing for table in INDEX_TABLES):
        for (document_id,) in con.execute("SELECT document_id FROM document_texts").fetchall():
            index_document(con, document_id)


def index_document(con: duckdb.DuckDBPyConnection, document_id: str) -> None:
    """Replace one document's rows of the index from its text and pages (call inside the load's transaction)."""
    for table in INDEX_TABLES:
        con.execute(f"DELETE FROM {table.name} WHERE document_id = ?", [document_id])
    con.execute(
        f"""
        INSERT INTO {SEARCH_PAGES.name}
        SELECT document_id, page, len(words), ' ' || array_to_string(words, ' ') || ' '
        FROM (
            SELECT p.document_id, p.page,
                   regexp_extract_all({FOLD_MACRO}(substr(x.text, p.char_start + 1, p.char_end - p.char_start)), '{_TERM}') AS words
            FROM pages p JOIN document_texts x ON x.document_id = p.document_id
            WHERE p.document_id = ?
        )
        WHERE len(words) > 0
        """,
        [document_id],
    )
    con.execute(
        f"""
        INSERT INTO {SEARCH_TERMS.name}
        SELECT document_id, page, term, count(*) AS tf
        FROM (SELECT document_id, page, unnest(string_split(trim(words), ' ')) AS term FROM {SEARCH_PAGES.name} WHERE document_id = ?)
        GROUP BY ALL
        """,
        [document_id],
    )


@dataclass(frozen=True)
class SearchHit:
    document_id: str
    document_number: Optional[str]
    document_title: Optional[str]
    province_current: Optional[str]
    source_id: str
    page: Optional[int]  # PDF page; None for HTML/text documents
    score: float
    phrase: bool  # the query's words occur in this order, side by side
    char_start: int  # the hit in document_texts.text
    char_end: int
    snippet: str


def fold(text: str) -> str:
    """vn_fold character by character: the result has the same length, so offsets carry over."""
    return "".join(_fold_char(ch) for ch in text)


def _fold_char(ch: str) -> str:
    base = unicodedata.normalize("NFD", ch.lower())[:1] or ch
    return "d" if base == "đ" else base


def search(db_path: str | Path, text: str, limit: int = 10) -> list[SearchHit]:
    """Pages and blocks holding every word of ``text`` (diacritics optional), best first:
    those where the words stand together as written first, then by BM25 score."""
    if not Path(db_path).is_file():
        raise FileNotFoundError(f"no database at {db_path} (run `vnplans run` first, or pass --db)")
    from pipeline.load.schema import damage_named  # schema imports this module to build the index

    with damage_named(db_path), duckdb.connect(str(db_path), read_only=True) as con:
        if not con.execute("SELECT 1 FROM duckdb_tables() WHERE table_name = ?", [SEARCH_PAGES.name]).fetchone():
            raise LookupError(f"{db_path} has no full-text index yet: load it again with this version (`vnplans run`)")
        (terms,) = con.execute(f"SELECT regexp_extract_all({FOLD_MACRO}(?), '{_TERM}')", [text]).fetchone()
        if not terms:
            return []
        rows = con.execute(_RANKED_PAGES, [terms, f" {' '.join(terms)} ", limit]).fetchall()
    return [_hit(row, terms) for row in rows]


_RANKED_PAGES = f"""
WITH
    query_terms AS (SELECT DISTINCT unnest(?::VARCHAR[]) AS term),
    corpus AS (SELECT count(*) AS pages, avg(terms) AS avg_terms FROM {SEARCH_PAGES.name}),
    frequencies AS (
        SELECT term, count(*) AS df FROM {SEARCH_TERMS.name} WHERE term IN (SELECT term FROM query_terms) GROUP BY term
    ),
    matches AS (
        SELECT s.document_id, s.page,
               sum(ln(1 + (c.pages - f.df + 0.5) / (f.df + 0.5))
                   * s.tf * ({_BM25_K1} + 1) / (s.tf + {_BM25_K1} * (1 - {_BM25_B} + {_BM25_B} * sp.terms / c.avg_terms))) AS score,
               any_value(contains(sp.words, ?)) AS phrase
        FROM {SEARCH_TERMS.name} s
        JOIN frequencies f ON f.term = s.term
        JOIN {SEARCH_PAGES.name} sp ON sp.document_id = s.document_id AND sp.page = s.page
        CROSS JOIN corpus c
        GROUP BY s.document_id, s.page
        HAVING count(*) = (SELECT count(*) FROM query_terms)
        ORDER BY phrase DESC, score DESC, s.document_id, s.page
        LIMIT ?
    )
SELECT m.document_id, d.number, d.title, d.province_current, d.source_id,
       if(d.media_type = 'pdf', m.page, NULL) AS page, m.score, m.phrase, p.char_start,
       substr(x.text, p.char_start + 1, p.char_end - p.char_start) AS passage
FROM matches m
JOIN pages p ON p.document_id = m.document_id AND p.page = m.page
JOIN document_texts x ON x.document_id = m.document_id
JOIN documents d ON d.document_id = m.document_id
ORDER BY m.phrase DESC, m.score DESC, m.document_id, m.page
"""


def _hit(row: tuple, terms: list[str]) -> SearchHit:
    document_id, number, title, province, source_id, page, score, phrase, offset, passage = row
    start, end = _locate(fold(passage), terms, phrase)
    return SearchHit(
        document_id=document_id, document_number=number, document_title=title, province_current=province,
        source_id=source_id, page=page, score=round(score, 3), phrase=phrase,
        char_start=offset + start, char_end=offset + end, snippet=_snippet(passage, start, end),
    )


def _locate(folded: str, terms: list[str], phrase: bool) -> tuple[int, int]:
    """Where the hit is in the folded passage: the phrase, else the stretch of a snippet's
    width that holds the most of the query's words (the first such)."""
    if phrase:
        found = re.search(rf"(?<![a-z0-9]){'[^a-z0-9]+'.join(map(re.escape, terms))}(?![a-z0-9])", folded)
        if found:
            return found.start(), found.end()
    words = "|".join(map(re.escape, terms))
    hits = [(m.start(), m.end(), m.group()) for m in re.finditer(rf"(?<![a-z0-9])(?:{words})(?![a-z0-9])", folded)]
    best, best_count = (0, 0), 0
    for i, (start, _, _) in enumerate(hits):
        window = [hit for hit in hits[i:] if hit[1] - start <= 2 * SNIPPET_CONTEXT]
        count = len({word for _, _, word in window})
        if count > best_count:
            best, best_count = (start, window[-1][1]), count
    return best


def _snippet(passage: str, start: int, end: int) -> str:
    """The hit with some context cut at word boundaries, whitespace folded; … where the passage goes on."""
    left = max(0, start - SNIPPET_CONTEXT)
    right = min(len(passage), end + SNIPPET_CONTEXT)
    if left > 0:
        left = next((i + 1 for i in range(left, start) if passage[i].isspace()), left)
    if right < len(passage):
        right = next((i for i in range(right, end, -1) if passage[i].isspace()), right)
    body = " ".join(passage[left:right].split())
    return ("…" if left > 0 else "") + body + ("…" if right < len(passage) else "")
