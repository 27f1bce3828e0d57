"""The Government numbers a series of special resolutions with a dot ("66.3/2025/NQ-CP", "66.17/2026/NQ-CP"): the
number keeps it, and the issuer and date on its letterhead are read as for any other number."""

from datetime import date

from extractors.metadata import extract_metadata

LETTERHEAD = """CHÍNH PHỦ __________ Số: 66.3/2025/NQ-CP

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ______________________ Hà Nội, ngày 15 tháng 9 năm 2025

NGHỊ QUYẾT

Tháo gỡ, xử lý vướng mắc để triển khai các dự án trong thời gian Quy hoạch sử dụng đất quốc gia chưa được phê duyệt điều chỉnh

CHÍNH PHỦ QUYẾT NGHỊ:
"""


def test_a_numbered_series_resolution_keeps_its_dotted_number():
    metadata = extract_metadata(LETTERHEAD)
    assert (metadata.number, metadata.issuer, metadata.issue_date) == ("66.3/2025/NQ-CP", "Chính phủ", date(2025, 9, 15))

