"""A hand-built Extraction of the Sóc Trăng plan 110/KH-UBND for the load tests
(the real extractors are written elsewhere; this pins what the load stage receives)."""

from __future__ import annotations

from datetime import date, datetime, timezone
from decimal import Decimal

from schemas import (
    Achievement,
    AgencyMention,
    Document,
    DocumentText,
    DocumentReference,
    Extraction,
    Goal,
    Page,
    Target,
    TargetAgency,
    Task,
    document_id_for,
    stable_id,
)

VERSION = "test-1"

TEXT = (
    "ỦY BAN NHÂN DÂN TỈNH SÓC TRĂNG\n"
    "Số: 110/KH-UBND\n"
    "KẾ HOẠCH Phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số tỉnh Sóc Trăng đến năm 2030\n"
    "II. MỤC TIÊU\n"
    "1. Mục tiêu chung\n"
    "Khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số trở thành động lực chính của tăng trưởng.\n"
    "2. Mục tiêu cụ thể\n"
    "Đến năm 2030, toàn tỉnh có tối thiểu 250 đơn vị doanh nghiệp có hoạt động đổi mới sáng tạo.\n"
    "Tốc độ tăng trưởng kinh tế số đạt 10-12%/năm giai đoạn 2026-2030.\n"
    "Tỷ trọng kinh tế số đạt trên 20% GRDP vào năm 2030.\n"
    "III. TỔ CHỨC THỰC HIỆN\n"
    "Sở Khoa học và Công nghệ chủ trì, phối hợp với Sở Kế hoạch và Đầu tư tham mưu triển khai Kế hoạch; "
    "xây dựng cơ sở dữ liệu doanh nghiệp đổi mới sáng tạo trước ngày 30/6/2026.\n"
    "Kế hoạch này thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị; "
    "năm 2024, tỷ trọng kinh tế số trong GRDP đạt 12%.\n"
)


def span(fragment: str) -> tuple[int, int]:
    start = TEXT.index(fragment)
    return start, start + len(fragment)


def line_of(fragment: str) -> str:
    start = TEXT.rindex("\n", 0, TEXT.index(fragment)) + 1
    return TEXT[start : TEXT.index("\n", start)]


SHA = "5f" * 32
DOCUMENT_ID = document_id_for(SHA)


def document(document_id: str = DOCUMENT_ID, **changes) -> Document:
    fields = dict(
        document_id=document_id,
        sha256=SHA,
        source_id="soctrang-110-kh-ubnd",
        url="https://www.soctrang.gov.vn/van-ban/110-KH-UBND.pdf",
        media_type="pdf",
        status="ok",
        number="110/KH-UBND",
        doc_type="Kế hoạch",
        issuer="Ủy ban nhân dân tỉnh Sóc Trăng",
        province="Sóc Trăng",
        province_current="Cần Thơ",
        issue_date=date(2025, 5, 12),
        title="Phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số tỉnh Sóc Trăng đến năm 2030",
        signer="Lâm Hoàng Nghiệp",
        period_start=2025,
        period_end=2030,
        page_count=2,
        ocr_pages=[2],
        char_count=len(TEXT),
        parser="pdfplumber",
        extractor_version=VERSION,
        document_kind="plan",
    )
    fields.update(changes)
    return Document(**fields)


NEWS_PAGE_ID = "doc_news_soctrang_110"


def news_page_extraction() -> Extraction:
    """A news page reporting the plan: the plan's number, type and issuer, its own publisher and date."""
    return Extraction(document=document(
        NEWS_PAGE_ID, sha256="f" * 64, source_id="soctrang-news", url="https://www.soctrang.gov.vn/tin-tuc/110.html",
        media_type="html", document_kind="news_about_document", reported_plan_number="110/KH-UBND",
        publisher="Trang thông tin điện tử Sở Khoa học và Công nghệ tỉnh Sóc Trăng", published_date=date(2025, 5, 20),
        page_count=None, ocr_pages=[], parser="trafilatura",
    ))


def soc_trang_extraction(document_id: str = DOCUMENT_ID, *, target_value: Decimal = Decimal(250)) -> Extraction:
    """The plan with 2 goals, 3 targets, 2 agencies, 1 task, 1 reference and 1 achievement;
    ``target_value`` is the first target's value."""
    doc = document(document_id)
    pages = [
        Page(page_id=stable_id("page", document_id, n), document_id=document_id, page=n,
             char_start=a, char_end=b, verdict="text" if n == 1 else "ocr", ocr=n == 2)
        for n, (a, b) in enumerate([(0, len(TEXT) // 2), (len(TEXT) // 2, len(TEXT))], start=1)
    ]

    def goal(level: str, heading: str, sentence: str) -> Goal:
        start, end = span(sentence)
        return Goal(goal_id=stable_id("goal", document_id, start), document_id=document_id, level=level,
                    heading=heading, text=sentence, deadline_year=2030, page=1, char_start=start,
                    char_end=end, sentence=sentence, extractor_version=VERSION)

    general = goal("chung", "1. Mục tiêu chung", line_of("động lực chính"))
    specific = goal("cụ thể", "2. Mục tiêu cụ thể", line_of("tối thiểu 250"))

    def target(fragment: str, **fields) -> Target:
        start, end = span(fragment)
        return Target(target_id=stable_id("tgt", document_id, start), document_id=document_id,
                      goal_id=specific.goal_id, section="2. Mục tiêu cụ thể", page=1, char_start=start,
                      char_end=end, sentence=line_of(fragment), extractor_version=VERSION, scope="provincial",
                      horizon_year=fields.get("deadline_year") or fields.get("period_end"), **fields)

    targets = [
        target("tối thiểu 250 đơn vị", value=target_value, unit="đơn vị", unit_category="count",
               comparator=">=", metric="doanh nghiệp có hoạt động đổi mới sáng tạo", deadline_year=2030),
        target("10-12%/năm", value=Decimal(10), value_max=Decimal(12), unit="%/năm",
               unit_category="percent_per_year", comparator="range", metric="tốc độ tăng trưởng kinh tế số",
               period_start=2026, period_end=2030, deadline_year=2030),
        target("trên 20% GRDP", value=Decimal(20), unit="%", unit_category="percent", comparator=">",
               strict=True, metric="tỷ trọng kinh tế số trong GRDP", indicator_key="digital_economy_share",
               deadline_year=2030),
    ]

    def agency(name: str, role: str, current: str | None, tasks: list[str]) -> AgencyMention:
        start, end = span(name)
        return AgencyMention(agency_id=stable_id("agn", document_id, start, role), document_id=document_id,
                             name=name, canonical_name=name, current_name=current, role=role, tasks=tasks,
                             section="III. TỔ CHỨC THỰC HIỆN", page=2, char_start=start, char_end=end,
                             sentence=line_of(name), ocr=True, extractor_version=VERSION)

    task_text = "xây dựng cơ sở dữ liệu doanh nghiệp đổi mới sáng tạo trước ngày 30/6/2026"
    lead = agency("Sở Khoa học và Công nghệ", "chủ trì", "Sở Khoa học và Công nghệ",
                  ["tham mưu triển khai Kế hoạch", task_text])
    partner = agency("Sở Kế hoạch và Đầu tư", "phối hợp", "Sở Tài chính", [])
    start, end = span(task_text)
    task = Task(task_id=stable_id("task", document_id, start), document_id=document_id, text=task_text,
                deadline="trước ngày 30/6/2026", deadline_year=2026, deadline_date=date(2026, 6, 30),
                lead_agencies=[lead.canonical_name], partner_agencies=[partner.canonical_name],
                section="III. TỔ CHỨC THỰC HIỆN", page=2, char_start=start, char_end=end,
                sentence=line_of(task_text), ocr=True, extractor_version=VERSION)
    links = [
        TargetAgency(link_id=stable_id("lnk", t.target_id, a.agency_id), target_id=t.target_id,
                     agency_id=a.agency_id, document_id=document_id, role=a.role, basis="table_row")
        for t in targets[:2]
        for a in (lead, partner)
    ]
    start, end = span("Nghị quyết số 57-NQ/TW")
    reference = DocumentReference(
        reference_id=stable_id("reference", document_id, start), document_id=document_id, relation="thực hiện",
        number="57-NQ/TW", doc_type="Nghị quyết", issuer="Bộ Chính trị", issue_date=date(2024, 12, 22),
        issue_year=2024, page=2, char_start=start, char_end=end, sentence=line_of("57-NQ/TW"), extractor_version=VERSION,
    )
    start, end = span("12%")
    achievement = Achievement(
        achievement_id=stable_id("achievement", document_id, start), document_id=document_id,
        indicator="tỷ trọng kinh tế số trong GRDP", value=Decimal(12), unit="%", unit_category="percent", year=2024,
        page=2, char_start=start, char_end=end, sentence=line_of("12%"), extractor_version=VERSION,
    )
    return Extraction(document=doc, document_texts=[DocumentText(document_id=document_id, text=TEXT)], pages=pages, goals=[general, specific], targets=targets,
                      agencies=[lead, partner], tasks=[task], target_agencies=links,
                      references=[reference], achievements=[achievement])


NOW = datetime(2026, 11, 21, 5, 0, tzinfo=timezone.utc)
