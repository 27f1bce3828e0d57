"""`vnplans search`: full-text search of the document texts in the database, offline,
with or without Vietnamese diacritics (on the development corpus)."""

import json
import subprocess
import sys

import duckdb
import pytest
from sample_extraction import soc_trang_extraction

from pipeline.load.schema import connect
from pipeline.load.search import fold, search
from pipeline.load.write import load_extraction


def test_words_without_diacritics_find_the_same_pages(dev_db):
    written = search(dev_db, "kế hoạch phát triển", limit=20)
    plain = search(dev_db, "ke hoach phat trien", limit=20)
    assert len(written) == 20 and written == plain


def test_a_hit_points_into_the_document_text_and_its_snippet_shows_it(dev_db):
    hits = search(dev_db, "vat lieu no cong nghiep", limit=5)
    assert hits and all(hit.phrase for hit in hits[:2])
    with duckdb.connect(str(dev_db), read_only=True) as con:
        for hit in hits:
            (text,) = con.execute("SELECT text FROM document_texts WHERE document_id = ?", [hit.document_id]).fetchone()
            found = text[hit.char_start : hit.char_end]
            if hit.phrase:
                assert " ".join(fold(found).split()) == "vat lieu no cong nghiep"
            assert " ".join(found.split()) in hit.snippet
            if hit.page is not None:  # a PDF: the page holding the hit
                (page,) = con.execute("SELECT page FROM pages WHERE document_id = ? AND char_start <= ? AND ? < char_end",
                                      [hit.document_id, hit.char_start, hit.char_start]).fetchone()
                assert page == hit.page
    assert any(hit.page is not None for hit in hits)


def test_every_word_must_occur(dev_db):
    assert search(dev_db, "ma túy", limit=50)
    assert search(dev_db, "ma túy xyzzyq", limit=50) == []
    assert search(dev_db, "… ; !") == []


def test_the_command_prints_documents_pages_and_snippets(dev_db):
    result = subprocess.run([sys.executable, "-m", "pipeline.cli", "search", "ma tuy", "--db", str(dev_db), "-n", "3",
                             "--format", "json"], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    hits = json.loads(result.stdout)
    assert len(hits) == 3 and hits[0]["document_number"] == "153/KH-UBND"
    assert all("ma túy" in hit["snippet"].lower() for hit in hits)


def test_reloading_a_document_replaces_its_index_rows(con):
    load_extraction(con, soc_trang_extraction())
    before = con.execute("SELECT count(*), sum(tf) FROM search_terms").fetchone()
    load_extraction(con, soc_trang_extraction())
    assert con.execute("SELECT count(*), sum(tf) FROM search_terms").fetchone() == before
    assert con.execute("SELECT tf FROM search_terms WHERE term = vn_fold('TRĂNG') AND page = 1").fetchone() == (2,)


def test_a_database_from_before_the_index_is_named(tmp_path):
    old = tmp_path / "old.duckdb"
    duckdb.connect(str(old)).close()
    with pytest.raises(LookupError, match="no full-text index yet"):
        search(old, "ke hoach")


def test_an_index_new_to_a_database_is_built_from_the_texts_it_holds(tmp_path):
    path = tmp_path / "vnplans.duckdb"
    con = connect(path)
    load_extraction(con, soc_trang_extraction())
    expected = con.execute("SELECT * FROM search_terms ORDER BY ALL").fetchall()
    con.execute("DROP TABLE search_terms")
    con.execute("DROP TABLE search_pages")
    con.close()

    con = connect(path)  # as a database made before the index opens with this version
    assert con.execute("SELECT * FROM search_terms ORDER BY ALL").fetchall() == expected
    assert con.execute("SELECT count(*) FROM search_pages").fetchone() == (2,)
    con.close()
    assert search(path, "khoa hoc cong nghe")[0].document_number == "110/KH-UBND"
