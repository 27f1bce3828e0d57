"""A Government Office letter conveys a leader's opinion as points ("Xét đề nghị của Bộ Xây dựng …, Phó Thủ tướng
Chính phủ … có ý kiến như sau:"): its points are directions, and the body each point opens on with a colon is given
that point (blind batch b33c, Công văn 11414/VPCP-CN)."""

from pathlib import Path

import pytest

from extractors.tasks import iter_tasks
from pipeline.extract.stage import parse_path
from pipeline.parse.stage import ParseSettings
from tests.blind_documents import parsed_blind_document
from tests._agencies_support import named_roles as _roles

LETTER = """VĂN PHÒNG CHÍNH PHỦ
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 11414/VPCP-CN
V/v đẩy nhanh tiến độ Dự án đường cao tốc
Kính gửi: Bộ trưởng Bộ Xây dựng.
Xét đề nghị của Bộ Xây dựng tại văn bản số 308/BC-BXD ngày 13 tháng 11 năm 2025, Phó Thủ tướng Chính phủ Hồ Đức Phớc
có ý kiến như sau:
1. Ủy ban nhân dân tỉnh Đồng Nai:
- Về thi công: chỉ đạo các nhà thầu tập trung nguồn lực.
2. Ủy ban nhân dân thành phố Hồ Chí Minh: chỉ đạo
chủ đầu tư, các nhà thầu đẩy nhanh tiến độ thi công.
3. Bộ Tài chính: Bố trí vốn cho dự án.
Văn phòng Chính phủ xin thông báo để Bộ Xây dựng và các cơ quan liên quan biết, thực hiện./.
"""


def test_the_body_a_conveyed_opinion_point_opens_on_is_given_it():
    roles = _roles(LETTER)
    assert ("Ủy ban nhân dân thành phố Hồ Chí Minh", "thực hiện") in roles
    assert ("Bộ Tài chính", "thực hiện") in roles


def test_the_letter_gives_each_committee_its_point():
    text = parsed_blind_document("vpcp_cv11414_caotoc_dongnai_2025.md").text
    roles = _roles(text)
    assert {("Ủy ban nhân dân tỉnh Đồng Nai", "thực hiện"), ("Ủy ban nhân dân thành phố Hồ Chí Minh", "thực hiện")} <= roles



def test_a_departments_reply_is_no_directive():
    # A Lào Cai Sở Xây dựng letter of the real-PDF benchmark: "Sau khi xem xét, Sở Xây dựng có ý kiến như sau:" gives
    # the department's view; the signature block after its points ("GIÁM ĐỐC") is no task of Sở Công Thương.
    path = Path(__file__).resolve().parents[1] / "data/external/real-pdfs/trangsct/cv-sxd-laocai-panm-xuan-hoa.pdf"
    if not path.is_file():
        pytest.skip("the real PDFs are not in data/external (scripts/get_external_docs.py benchmarks/real_pdfs.yaml)")
    parsed = parse_path(path, ParseSettings(ocr="never"))
    tasks = list(iter_tasks(parsed.text, parsed.tables))
    assert not any(" ".join(t.text.split()) == "GIÁM ĐỐC" for t in tasks)
