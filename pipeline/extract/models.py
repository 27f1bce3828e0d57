"""The extractors' lazily built tables and underthesea's tagger, loaded when this
module is imported.

The process pool's fork server imports it (``pipeline.stages`` names it in
``WORKER_PRELOAD``): every worker then starts with them loaded once and shared
copy-on-write, instead of each worker paying the loading on its first document.
"""

from __future__ import annotations

from pipeline.extract.stage import extract_document
from schemas import DocumentStatus, PageSpan, PageVerdict, ParsedDocument

# A plan sentence that takes every extractor through its tables: a goal, an agency,
# a percentage target and a count whose unit ("trang trại") is not in the unit table,
# which loads the part-of-speech tagger.
_SAMPLE = (
    "KẾ HOẠCH\nI. MỤC TIÊU\n1. Mục tiêu chung\nĐến năm 2030, tỷ lệ hộ dân sử dụng nước sạch đạt 95%; "
    "xây dựng 20 trang trại chăn nuôi tập trung.\nII. TỔ CHỨC THỰC HIỆN\n"
    "1. Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Ủy ban nhân dân các huyện triển khai thực hiện."
)


def load_models() -> None:
    text = _SAMPLE
    extract_document(ParsedDocument(
        document_id="preload", sha256="0" * 64, source_id="preload", url="preload", media_type="text/plain",
        parser="text", text=text, status=DocumentStatus.ok,
        pages=[PageSpan(page=1, char_start=0, char_end=len(text), verdict=PageVerdict.text)],
    ))


load_models()
