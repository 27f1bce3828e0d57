"""The document text is in the database, and every record's char_start/char_end
indexes into it (checked on the development corpus)."""

import duckdb


def rows(db, sql):
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute(sql).fetchall()


def spans(db, table, columns):
    return rows(db, f"SELECT substr(x.text, r.char_start + 1, r.char_end - r.char_start), {columns} "
                    f"FROM {table} r JOIN document_texts x USING (document_id)")


def folded(text):
    return " ".join(text.split())


def test_every_document_has_its_text(dev_db):
    assert rows(dev_db, "SELECT count(*) FROM documents d ANTI JOIN document_texts x USING (document_id)") == [(0,)]
    assert rows(dev_db, "SELECT count(*) FROM documents d JOIN document_texts x USING (document_id) "
                        "WHERE length(x.text) <> d.char_count") == [(0,)]


def test_agency_offsets_give_the_name_as_written(dev_db):
    found = spans(dev_db, "agencies", "name")
    assert len(found) > 900
    exact = [(span, name) for span, name in found if folded(span) == name]
    assert len(exact) >= 0.99 * len(found)
    # The others: Markdown emphasis inside the span ("**Thương mại**"), or a name completed with the
    # head noun of its list ("Nội vụ" under "các Sở:" is "Sở Nội vụ").
    others = [(folded(span.replace("*", "")), name) for span, name in found if folded(span) != name]
    assert [(span, name) for span, name in others if not name.endswith(span)] == []


def test_target_offsets_give_the_quantity_of_the_sentence(dev_db):
    found = spans(dev_db, "targets", "sentence, unit, source")
    assert len(found) > 200
    assert [t for t in found if folded(t[0]) not in t[1]] == []
    text_targets = [t for t in found if t[3] == "text"]
    assert [t for t in text_targets if not t[0][:1].isdigit() and not any(c.isdigit() for c in t[0])] == []


def test_goal_offsets_give_their_sentence(dev_db):
    found = spans(dev_db, "goals", "sentence")
    assert len(found) > 200
    assert [(span, s) for span, s in found if folded(span) not in s] == []


def test_task_offsets_give_their_sentence(dev_db):
    # Rows of tables whose lead column comes before the task column (cp_qd2530) once ended before they started.
    assert rows(dev_db, "SELECT count(*) FROM tasks WHERE char_start > char_end OR sentence = '' OR text = ''") == [(0,)]
    found = spans(dev_db, "tasks", "sentence")
    assert len(found) > 600
    assert [(span, s) for span, s in found if folded(span) not in s] == []


def test_agency_clauses_run_forward(dev_db):
    assert rows(dev_db, "SELECT count(*) FROM agencies WHERE sentence = ''") == [(0,)]


def test_page_offsets_split_the_text(dev_db):
    assert rows(dev_db, "SELECT count(*) FROM pages p JOIN document_texts x USING (document_id) "
                        "WHERE p.char_end > length(x.text) OR p.char_start > p.char_end") == [(0,)]
