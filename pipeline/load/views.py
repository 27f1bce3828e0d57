"""The researcher-facing views: each with its purpose, a question it answers, an
example query and the SQL; column descriptions come from the models they pass through."""

from __future__ import annotations

from dataclasses import dataclass, field

from schemas.records import (
    Achievement,
    AgencyMention,
    Document,
    DocumentReference,
    DocumentKind,
    Goal,
    PageVerdict,
    Record,
    Role,
    Target,
    TargetAgency,
    Task,
)

from extractors.indicators import indicators
from pipeline.load.columns import column_description, sql_string

_LEAD = Role.lead.value
_PARTNER = Role.partner.value
# Relations by which a citing document carries out the cited one.
_IMPLEMENTING = ", ".join(sql_string(relation) for relation in ("căn cứ", "thực hiện"))
# Relations that name the plan a results report or news reports on.
_REPORTING = ", ".join(sql_string(relation) for relation in ("căn cứ", "thực hiện", "báo cáo"))
_UNREADABLE = ", ".join(sql_string(v.value) for v in PageVerdict if v not in (PageVerdict.text, PageVerdict.ocr))

# Document columns repeated in every view, so researchers filter the same way everywhere.
_DOCUMENT_COLUMNS = """
    d.number AS document_number,
    d.doc_type,
    d.document_kind,
    d.title AS document_title,
    d.issuer,
    d.province,
    d.province_current,
    year(d.issue_date) AS issue_year"""

# A target's value columns, in the same order in every view of targets.
_TARGET_VALUE_COLUMNS = "t.comparator, t.strict, t.value, t.value_max, t.unit, t.unit_category"


def _provenance_columns(alias: str) -> str:
    """Where a record was read, the columns every view of records ends on."""
    own = [f"{alias}.{column}" for column in ("page", "char_start", "char_end", "sentence", "ocr")]
    return ",\n    ".join([*own, "d.url", f"{alias}.extractor_version"])


_SHARED_VIEW_COLUMN_DOCS = {
    "document_number": "số hiệu of the document, e.g. 110/KH-UBND",
    "document_title": "title / trích yếu of the document",
    "issue_year": "year the document was issued",
}


# A cited number resolved to a loaded document: the same số hiệu, not a news page
# reporting it, the same year when both are known, and for a provincial document the
# province of the citing one (every province has its "110/KH-UBND"). Done in the view,
# so a document loaded later resolves the references loaded before it.
_RESOLVED_REFERENCES = """
resolved AS (
    SELECT
        r.reference_id,
        arg_min(cited.document_id, cited.document_id) AS cited_document_id,
        count(cited.document_id) AS cited_candidates
    FROM document_references r
    JOIN documents citing ON citing.document_id = r.document_id
    LEFT JOIN documents cited
        ON cited.number = r.number
        AND cited.document_id <> r.document_id
        AND cited.reported_plan_number IS NULL
        AND (r.issue_year IS NULL OR cited.issue_date IS NULL OR year(cited.issue_date) = r.issue_year)
        AND (cited.province_current IS NULL OR cited.province_current IS NOT DISTINCT FROM citing.province_current)
    GROUP BY r.reference_id
)"""


def _indicator_names() -> str:
    """The indicators of extractors/data/indicators.yaml as SQL rows (key, Vietnamese name)."""
    return ",\n        ".join(f"({sql_string(i.key)}, {sql_string(i.name_vi)})" for i in indicators().values())


@dataclass(frozen=True)
class View:
    name: str
    purpose: str
    question: str  # a question the view answers, and the query that answers it
    example: str
    sql: str
    sources: tuple[type[Record], ...]  # where pass-through columns get their descriptions
    column_docs: dict[str, str] = field(default_factory=dict)

    def describe_column(self, column: str) -> str:
        if column in self.column_docs:
            return self.column_docs[column]
        if column in _SHARED_VIEW_COLUMN_DOCS:
            return _SHARED_VIEW_COLUMN_DOCS[column]
        for model in self.sources:
            if column in model.model_fields:
                return column_description(model, column, self.name)
        return ""


VIEWS: tuple[View, ...] = (
    View(
        name="v_targets",
        purpose=(
            "One row per numeric target with its document (number, type, title, issuer, province "
            "before and after the 2025 merger, issue year) and the agencies the text makes responsible for it."
        ),
        question="Which provinces set targets for enterprises (doanh nghiệp) by 2030, and what are they?",
        example=(
            "SELECT province_current, document_number, metric, comparator, strict, value, unit, lead_agencies FROM v_targets "
            "WHERE metric ILIKE '%doanh nghiệp%' AND horizon_year <= 2030 AND scope = 'provincial' ORDER BY province_current"
        ),
        sql=f"""
WITH links AS (
    SELECT
        ta.target_id,
        list_sort(list_distinct(list(a.canonical_name))) AS agencies,
        list_sort(list_distinct(list(a.canonical_name) FILTER (WHERE ta.role = '{_LEAD}'))) AS lead_agencies,
        list_sort(list_distinct(list(coalesce(a.current_name, a.canonical_name)) FILTER (WHERE ta.role = '{_LEAD}')))
            AS lead_agencies_current,
        list_sort(list_distinct(list(a.canonical_name) FILTER (WHERE ta.role = '{_PARTNER}'))) AS partner_agencies,
        list_sort(list_distinct(list(ta.basis))) AS link_bases
    FROM target_agencies ta
    JOIN agencies a ON a.agency_id = ta.agency_id
    GROUP BY ta.target_id
)
SELECT
    t.target_id,
    t.document_id,{_DOCUMENT_COLUMNS},
    t.metric,
    t.indicator,
    t.indicator_key,
    {_TARGET_VALUE_COLUMNS},
    t.deadline_year,
    t.period_start,
    t.period_end,
    t.horizon_year,
    t.scope,
    t.baseline,
    t.baseline_year,
    t.kind,
    t.goal_id,
    coalesce(l.lead_agencies, []) AS lead_agencies,
    coalesce(l.lead_agencies_current, []) AS lead_agencies_current,
    coalesce(l.partner_agencies, []) AS partner_agencies,
    coalesce(l.agencies, []) AS agencies,
    coalesce(l.link_bases, []) AS link_bases,
    t.section,
    t.source,
    t.table_index,
    t.table_row,
    {_provenance_columns('t')}
FROM targets t
LEFT JOIN documents d ON d.document_id = t.document_id
LEFT JOIN links l ON l.target_id = t.target_id""",
        sources=(Target, Document),
        column_docs={
            "lead_agencies": "canonical names of the agencies in charge (chủ trì) of the target",
            "lead_agencies_current": "the same after the 2025 restructuring (current name when known)",
            "partner_agencies": "canonical names of the agencies cooperating (phối hợp)",
            "agencies": "canonical names of all agencies linked to the target, whatever their role",
            "link_bases": "where the plan states those links (target_agencies.basis values), e.g. ['table_row']",
        },
    ),
    View(
        name="v_indicator_comparison",
        purpose=(
            "One row per target keyed to a common provincial indicator (targets.indicator_key), with the "
            "indicator's name and the document's province, to compare one indicator across provinces and years."
        ),
        question="What share of GRDP did each province plan for the digital economy, for which year?",
        example=(
            "SELECT province_current, document_number, comparator, value, value_max, unit, horizon_year "
            "FROM v_indicator_comparison WHERE indicator_key = 'digital_economy_share' AND scope = 'provincial' "
            "ORDER BY province_current, horizon_year"
        ),
        sql=f"""
WITH indicator_names(indicator_key, indicator_name) AS (
    VALUES
        {_indicator_names()}
)
SELECT
    t.indicator_key,
    n.indicator_name,
    d.province_current,
    d.province,
    d.number AS document_number,
    d.document_kind,
    year(d.issue_date) AS issue_year,
    t.metric,
    {_TARGET_VALUE_COLUMNS},
    t.horizon_year,
    t.deadline_year,
    t.period_start,
    t.period_end,
    t.scope,
    t.kind,
    t.sentence,
    t.page,
    t.target_id,
    t.document_id
FROM targets t
JOIN documents d ON d.document_id = t.document_id
LEFT JOIN indicator_names n ON n.indicator_key = t.indicator_key
WHERE t.indicator_key IS NOT NULL""",
        sources=(Target, Document),
        column_docs={
            "indicator_name": "the indicator's Vietnamese name (extractors/data/indicators.yaml name_vi)",
        },
    ),
    View(
        name="v_target_agencies",
        purpose=(
            "One row per (target, responsible agency) link, with the agency's names and role, where the plan "
            "states the link (basis) and the target."
        ),
        question="Which department leads the most targets?",
        example=(
            "SELECT coalesce(current_name, canonical_name) AS agency, count(DISTINCT target_id) AS targets "
            f"FROM v_target_agencies WHERE role = '{_LEAD}' GROUP BY agency ORDER BY targets DESC"
        ),
        sql=f"""
SELECT
    ta.link_id,
    ta.target_id,
    ta.agency_id,
    ta.document_id,{_DOCUMENT_COLUMNS},
    ta.role,
    ta.basis,
    a.name,
    a.canonical_name,
    a.current_name,
    a.generic,
    t.metric,
    t.comparator,
    t.value,
    t.value_max,
    t.unit,
    t.unit_category,
    t.deadline_year,
    t.horizon_year,
    t.scope,
    t.sentence
FROM target_agencies ta
JOIN agencies a ON a.agency_id = ta.agency_id
JOIN targets t ON t.target_id = ta.target_id
LEFT JOIN documents d ON d.document_id = ta.document_id""",
        sources=(TargetAgency, AgencyMention, Target, Document),
        column_docs={"sentence": "the sentence or clause the target was read from"},
    ),
    View(
        name="v_agency_tasks",
        purpose=(
            "One row per task of each agency mention (tasks unnested; an agency named without tasks "
            "appears once with task NULL), with canonical and current names, role, document and province."
        ),
        question="What is the Sở Khoa học và Công nghệ in charge of, province by province?",
        example=(
            "SELECT province_current, document_number, task FROM v_agency_tasks "
            f"WHERE canonical_name = 'Sở Khoa học và Công nghệ' AND role = '{_LEAD}' AND task IS NOT NULL"
        ),
        sql=f"""
SELECT
    a.agency_id,
    a.document_id,{_DOCUMENT_COLUMNS},
    a.name,
    a.canonical_name,
    a.current_name,
    a.role,
    a.generic,
    unnest(if(len(a.tasks) = 0, [NULL::BIGINT], range(1, len(a.tasks) + 1))) AS task_no,
    unnest(if(len(a.tasks) = 0, [NULL::VARCHAR], a.tasks)) AS task,
    a.section,
    a.source,
    a.page,
    a.sentence,
    a.ocr,
    d.url
FROM agencies a
LEFT JOIN documents d ON d.document_id = a.document_id""",
        sources=(AgencyMention, Document),
        column_docs={
            "task_no": "1-based position of the task in the agency's task list; NULL when it has none",
            "task": "one task assigned to the agency; NULL when it has none",
        },
    ),
    View(
        name="v_tasks",
        purpose=(
            "One row per task (Nhiệm vụ / Giải pháp / Tổ chức thực hiện, or a dated commitment without a "
            "quantity) with its deadline, the agencies in charge and cooperating, and its document and province."
        ),
        question="Which tasks fall due by the end of 2026, and who leads them?",
        example=(
            "SELECT province_current, document_number, text, deadline, lead_agencies FROM v_tasks "
            "WHERE deadline_year <= 2026 ORDER BY deadline_date NULLS LAST"
        ),
        sql=f"""
SELECT
    k.task_id,
    k.document_id,{_DOCUMENT_COLUMNS},
    k.text,
    k.deadline,
    k.deadline_year,
    k.deadline_date,
    k.lead_agencies,
    k.partner_agencies,
    k.section,
    k.source,
    {_provenance_columns('k')}
FROM tasks k
LEFT JOIN documents d ON d.document_id = k.document_id""",
        sources=(Task, Document),
    ),
    View(
        name="v_documents_status",
        purpose=(
            "One row per document: status, pages, OCR and unreadable pages, how many goals, targets, "
            "agencies and tasks were extracted, and the errors recorded for it."
        ),
        question="Which documents need attention (not read, partly OCR, or nothing extracted)?",
        example=(
            "SELECT document_number, province, status, ocr_page_count, target_count, errors FROM v_documents_status "
            "WHERE status <> 'ok' OR ocr_page_count > 0 OR target_count = 0 OR error_count > 0"
        ),
        sql=f"""
WITH
    goal_counts AS (SELECT document_id, count(*) AS n FROM goals GROUP BY document_id),
    target_counts AS (SELECT document_id, count(*) AS n FROM targets GROUP BY document_id),
    agency_counts AS (SELECT document_id, count(*) AS n FROM agencies GROUP BY document_id),
    task_counts AS (SELECT document_id, count(*) AS n FROM tasks GROUP BY document_id),
    page_counts AS (
        SELECT document_id, count(*) FILTER (WHERE verdict IN ({_UNREADABLE})) AS unreadable
        FROM pages GROUP BY document_id
    ),
    error_lists AS (
        SELECT document_id, count(*) AS n, list(stage || ': ' || reason ORDER BY "at", error_id) AS reasons
        FROM errors WHERE document_id IS NOT NULL GROUP BY document_id
    )
SELECT
    d.document_id,{_DOCUMENT_COLUMNS},
    d.status,
    d.error,
    d.media_type,
    d.parser,
    d.page_count,
    len(d.ocr_pages) AS ocr_page_count,
    d.ocr_pages,
    coalesce(p.unreadable, 0) AS unreadable_page_count,
    d.char_count,
    coalesce(g.n, 0) AS goal_count,
    coalesce(t.n, 0) AS target_count,
    coalesce(a.n, 0) AS agency_count,
    coalesce(k.n, 0) AS task_count,
    coalesce(e.n, 0) AS error_count,
    coalesce(e.reasons, []) AS errors,
    d.source_id,
    d.url,
    d.extractor_version
FROM documents d
LEFT JOIN goal_counts g ON g.document_id = d.document_id
LEFT JOIN target_counts t ON t.document_id = d.document_id
LEFT JOIN agency_counts a ON a.document_id = d.document_id
LEFT JOIN task_counts k ON k.document_id = d.document_id
LEFT JOIN page_counts p ON p.document_id = d.document_id
LEFT JOIN error_lists e ON e.document_id = d.document_id""",
        sources=(Document,),
        column_docs={
            "ocr_page_count": "number of pages whose text comes from OCR",
            "unreadable_page_count": "pages with no usable text (no_text, broken_font, non_vietnamese_ocr)",
            "goal_count": "goals extracted from the document",
            "target_count": "numeric targets extracted from the document",
            "agency_count": "agency mentions extracted from the document",
            "task_count": "tasks extracted from the document",
            "error_count": "errors recorded for the document (any stage)",
            "errors": "the recorded errors as 'stage: reason', oldest first",
        },
    ),
    View(
        name="v_news_documents",
        purpose=(
            "One row per news or explainer page that reports a document, with the page's own publisher and "
            "date and the reported document when it is in the database too (joined on its số hiệu)."
        ),
        question="Which plans were reported in the news, by whom and when, and do we hold the plan itself?",
        example=(
            "SELECT reported_number, publisher, published_date, reported_document_id IS NOT NULL AS plan_held "
            "FROM v_news_documents ORDER BY published_date"
        ),
        sql=f"""
SELECT
    n.document_id,
    n.title AS page_title,
    n.publisher,
    n.published_date,
    n.province,
    n.province_current,
    n.reported_plan_number AS reported_number,
    n.doc_type AS reported_doc_type,
    n.issuer AS reported_issuer,
    p.document_id AS reported_document_id,
    p.document_kind AS reported_document_kind,
    p.title AS reported_title,
    p.issue_date AS reported_issue_date,
    n.url,
    p.url AS reported_url
FROM documents n
LEFT JOIN documents p
    ON p.number = n.reported_plan_number AND p.document_id <> n.document_id
    AND p.document_kind NOT IN ('{DocumentKind.news.value}', '{DocumentKind.news_about_document.value}')
WHERE n.document_kind = '{DocumentKind.news_about_document.value}'""",
        sources=(Document,),
        column_docs={
            "page_title": "the page's title (the reported document's title when the page names it)",
            "reported_number": "số hiệu of the document the page reports",
            "reported_doc_type": "type of the reported document, as the page gives it",
            "reported_issuer": "issuer of the reported document, as the page gives it",
            "reported_document_id": "the reported document itself, when it is in the database (else NULL)",
            "reported_document_kind": "document_kind of the reported document held",
            "reported_title": "title of the reported document held",
            "reported_issue_date": "issue date of the reported document held",
            "reported_url": "where the reported document held was fetched",
        },
    ),
    View(
        name="v_goals",
        purpose="One row per goal with its document and the number of targets attached to it.",
        question="What are the provinces' general goals to 2030?",
        example="SELECT province_current, document_number, text FROM v_goals WHERE level = 'chung' AND deadline_year = 2030",
        sql=f"""
WITH target_counts AS (
    SELECT goal_id, count(*) AS n FROM targets WHERE goal_id IS NOT NULL GROUP BY goal_id
)
SELECT
    g.goal_id,
    g.document_id,{_DOCUMENT_COLUMNS},
    g.level,
    g.heading,
    g.text,
    g.deadline_year,
    g.period_start,
    g.period_end,
    coalesce(t.n, 0) AS target_count,
    {_provenance_columns('g')}
FROM goals g
LEFT JOIN documents d ON d.document_id = g.document_id
LEFT JOIN target_counts t ON t.goal_id = g.goal_id""",
        sources=(Goal, Document),
        column_docs={"target_count": "numeric targets attached to the goal"},
    ),
    View(
        name="v_references",
        purpose=(
            "One row per citation of another document (căn cứ, thực hiện, sửa đổi, thay thế, bãi bỏ, báo cáo, "
            "dẫn chiếu) with the citing document, and the cited document when it is in the database."
        ),
        question="Which documents cite Nghị quyết 57-NQ/TW, and how?",
        example=(
            "SELECT province_current, document_number, relation, via_number, cited_title FROM v_references "
            "WHERE cited_number = '57-NQ/TW' ORDER BY province_current"
        ),
        sql=f"""
WITH {_RESOLVED_REFERENCES}
SELECT
    r.reference_id,
    r.document_id,{_DOCUMENT_COLUMNS},
    r.relation,
    r.number AS cited_number,
    r.doc_type AS cited_type,
    r.issuer AS cited_issuer,
    r.issue_date AS cited_issue_date,
    r.issue_year AS cited_issue_year,
    coalesce(r.title, cited.title) AS cited_title,
    r.via_number,
    res.cited_document_id,
    res.cited_candidates,
    cited.province AS cited_province,
    {_provenance_columns('r')}
FROM document_references r
LEFT JOIN documents d ON d.document_id = r.document_id
LEFT JOIN resolved res ON res.reference_id = r.reference_id
LEFT JOIN documents cited ON cited.document_id = res.cited_document_id""",
        sources=(DocumentReference, Document),
        column_docs={
            "cited_number": "số hiệu of the cited document, normalised as documents.number",
            "cited_type": "type of the cited document",
            "cited_issuer": "issuer of the cited document as written, else from its số hiệu",
            "cited_issue_date": "date of the cited document, when written",
            "cited_issue_year": "year of the cited document, when known",
            "cited_title": "title of the cited document as the citation writes it, else the loaded document's",
            "cited_document_id": "the cited document when it is in the database (same number, year and, for a "
            "provincial document, province); NULL otherwise",
            "cited_candidates": "how many loaded documents fit the citation (more than 1: cited_document_id is one of them)",
            "cited_province": "province of the resolved cited document (NULL for a national one)",
        },
    ),
    View(
        name="v_implementations",
        purpose=(
            "One row per (document of a province, document it implements): the provincial plans that cite a "
            "document with căn cứ or thực hiện, when they were issued, and the targets they set."
        ),
        question="Which provinces implemented Nghị quyết 57-NQ/TW, when, and with which targets?",
        example=(
            "SELECT province_current, document_number, issue_date, target_count, targets FROM v_implementations "
            "WHERE cited_number = '57-NQ/TW' ORDER BY issue_date"
        ),
        sql=f"""
WITH
    implementing AS (
        SELECT
            r.document_id,
            r.number AS cited_number,
            any_value(r.doc_type) AS cited_type,
            any_value(r.issuer) AS cited_issuer,
            list_sort(list_distinct(list(r.relation))) AS relations,
            bool_or(r.via_number IS NULL) AS direct
        FROM document_references r
        WHERE r.relation IN ({_IMPLEMENTING})
        GROUP BY r.document_id, r.number
    ),
    document_targets AS (
        SELECT
            document_id,
            count(*) AS n,
            list({{'metric': metric, 'comparator': comparator, 'value': value, 'value_max': value_max,
                   'unit': unit, 'deadline_year': deadline_year}} ORDER BY char_start) AS targets
        FROM targets
        WHERE kind = 'target'
        GROUP BY document_id
    )
SELECT
    i.cited_number,
    i.cited_type,
    i.cited_issuer,
    i.relations,
    i.direct,
    i.document_id,{_DOCUMENT_COLUMNS},
    d.issue_date,
    d.period_start,
    d.period_end,
    coalesce(t.n, 0) AS target_count,
    coalesce(t.targets, []) AS targets,
    d.url
FROM implementing i
JOIN documents d ON d.document_id = i.document_id
LEFT JOIN document_targets t ON t.document_id = i.document_id
WHERE d.province IS NOT NULL""",
        sources=(Document,),
        column_docs={
            "cited_number": "số hiệu of the implemented document, normalised as documents.number",
            "cited_type": "type of the implemented document",
            "cited_issuer": "issuer of the implemented document, as the citation gives it",
            "relations": "how the provincial document cites it: 'căn cứ', 'thực hiện' or both",
            "direct": "false when the document cites it only inside the title of another cited document "
            "(e.g. a national action programme that implements it)",
            "target_count": "numeric targets (kind target) the provincial document sets",
            "targets": "those targets: metric, comparator, value, value_max, unit, deadline_year, in text order",
        },
    ),
    View(
        name="v_target_achievements",
        purpose=(
            "One row per achieved figure, with the target it reports on when one is found: a target of a plan "
            "the achievement's document cites (căn cứ, thực hiện, báo cáo) or reports (news), with the same "
            "unit category and an indicator sharing at least half of the shorter phrase's words."
        ),
        question="How far did the provinces get on the targets of their plans?",
        example=(
            "SELECT province_current, indicator, year, value, unit, plan_number, target_metric, target_comparator, "
            "target_value, target_deadline_year FROM v_target_achievements ORDER BY target_id NULLS LAST, province_current"
        ),
        sql=f"""
WITH
    {_RESOLVED_REFERENCES.strip()},
    reported_plans AS (
        SELECT r.document_id, res.cited_document_id AS plan_id
        FROM document_references r
        JOIN resolved res ON res.reference_id = r.reference_id
        WHERE r.relation IN ({_REPORTING}) AND res.cited_document_id IS NOT NULL
        UNION
        SELECT news.document_id, plan.document_id
        FROM documents news
        JOIN documents plan ON plan.number = news.reported_plan_number AND plan.reported_plan_number IS NULL
        WHERE news.reported_plan_number IS NOT NULL
    ),
    candidates AS (
        SELECT
            a.achievement_id,
            t.target_id,
            len(list_intersect(string_split(lower(a.indicator), ' '), string_split(lower(t.metric), ' '))) AS shared,
            least(len(string_split(a.indicator, ' ')), len(string_split(t.metric, ' '))) AS shorter
        FROM achievements a
        JOIN reported_plans p ON p.document_id = a.document_id
        JOIN targets t ON t.document_id = p.plan_id AND t.unit_category = a.unit_category
    ),
    best AS (
        SELECT achievement_id, arg_max(target_id, shared) AS target_id
        FROM candidates
        WHERE shared >= 2 AND shared * 2 >= shorter
        GROUP BY achievement_id
    )
SELECT
    a.achievement_id,
    a.document_id,{_DOCUMENT_COLUMNS},
    a.indicator,
    a.value,
    a.unit,
    a.unit_category,
    a.year,
    a.period_start,
    a.period_end,
    a.target_value AS stated_target_value,
    b.target_id,
    t.document_id AS plan_document_id,
    plan.number AS plan_number,
    t.metric AS target_metric,
    t.comparator AS target_comparator,
    t.value AS target_value,
    t.value_max AS target_value_max,
    t.unit AS target_unit,
    t.deadline_year AS target_deadline_year,
    a.section,
    {_provenance_columns("a")}
FROM achievements a
LEFT JOIN documents d ON d.document_id = a.document_id
LEFT JOIN best b ON b.achievement_id = a.achievement_id
LEFT JOIN targets t ON t.target_id = b.target_id
LEFT JOIN documents plan ON plan.document_id = t.document_id""",
        sources=(Achievement, Document),
        column_docs={
            "stated_target_value": "the planned value the achievement's own clause states ('12.375,3/10.200 triệu đồng')",
            "target_id": "the target the achievement reports on, when found; NULL otherwise",
            "plan_document_id": "the plan that sets that target",
            "plan_number": "số hiệu of that plan",
            "target_metric": "the target's metric",
            "target_comparator": "the target's comparator",
            "target_value": "the target's value (lower end of a range)",
            "target_value_max": "the upper end of the target's range",
            "target_unit": "the target's unit",
            "target_deadline_year": "the year the target is set for",
            "sentence": "the sentence or clause the achievement was read from",
        },
    ),
)
