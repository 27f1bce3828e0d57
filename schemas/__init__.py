"""vnplans data contract (pydantic v2 models)."""

from schemas.ids import document_id_for, stable_id
from schemas.records import (
    TABLE_MODELS,
    Achievement,
    AgencyMention,
    Comparator,
    Document,
    DocumentReference,
    DocumentSource,
    DocumentStatus,
    DocumentText,
    ErrorRecord,
    Extraction,
    FetchedBlob,
    FetchLogEntry,
    Goal,
    Page,
    PageSpan,
    PageVerdict,
    ParsedDocument,
    Record,
    Role,
    Run,
    Table,
    Target,
    TargetAgency,
    TargetSource,
    Task,
)

__all__ = [
    "TABLE_MODELS", "Achievement", "AgencyMention", "Comparator", "Document", "DocumentReference", "DocumentSource", "DocumentStatus", "DocumentText", "ErrorRecord",
    "Extraction", "FetchedBlob", "FetchLogEntry", "Goal", "Page", "PageSpan", "PageVerdict",
    "ParsedDocument", "Record", "Role", "Run", "Table", "Target", "TargetAgency",
    "TargetSource", "Task", "document_id_for", "stable_id",
]
