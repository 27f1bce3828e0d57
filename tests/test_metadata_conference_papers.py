"""A conference paper (tham luận) opens on "THAM LUẬN", its title and the body that presents it, then greets the
audience: it is that body's paper, with no number or date of its own; the plans it cites are not it (blind batches
b35d and b35g, the papers of the national drug programme's conference of 09/10/2025)."""

from extractors.metadata import extract_metadata

PAPER = """THAM LUẬN
Xây dựng mô hình thôn, tổ dân phố không ma túy tiến tới thực hiện mục tiêu xây dựng xã, phường không ma túy
UBND Thành phố Hà Nội
Kính thưa: Đồng chí Phạm Minh Chính - Thủ tướng Chính phủ!
Thực hiện Kế hoạch số 265/KH-UBND ngày 10/9/2024 của UBND Thành phố về phòng, chống ma túy, Công an Thành phố đã triển khai …
"""


def test_a_conference_paper_is_the_presenting_bodys():
    metadata = extract_metadata(PAPER)
    assert (metadata.doc_type, metadata.issuer, metadata.province) == ("Tham luận", "UBND Thành phố Hà Nội", "Hà Nội")
    assert metadata.title.startswith("Xây dựng mô hình thôn, tổ dân phố không ma túy")
    assert (metadata.number, metadata.issue_date) == (None, None)


def test_a_ministrys_paper_has_no_province():
    metadata = extract_metadata(PAPER.replace("UBND Thành phố Hà Nội", "Bộ Tư pháp"))
    assert (metadata.doc_type, metadata.issuer, metadata.province) == ("Tham luận", "Bộ Tư pháp", None)


def test_a_paper_that_names_no_presenting_body_is_still_a_paper():
    # (UBND tỉnh Lâm Đồng's paper, b35i: "NỘI DUNG THAM LUẬN", its title, then the greeting.)
    metadata = extract_metadata(PAPER.replace("THAM LUẬN", "NỘI DUNG THAM LUẬN").replace("UBND Thành phố Hà Nội\n", ""))
    assert (metadata.doc_type, metadata.issuer, metadata.number) == ("Tham luận", None, None)
    assert metadata.title.startswith("Xây dựng mô hình thôn")


def test_a_text_that_only_mentions_a_paper_is_not_one():
    assert extract_metadata("Hội nghị nghe 12 tham luận.\n" + PAPER).doc_type != "Tham luận"


def test_a_paper_without_letterhead_is_titled_by_its_opening_capitals():
    # A conference's closing speech kept as a Word file (blind batch b37e, Lâm Đồng, 22/01/2026).
    text = (
        "BÀI PHÁT BIỂU KẾT LUẬN\n\nHỌP ĐÁNH GIÁ CÔNG TÁC CẢI CÁCH HÀNH CHÍNH NĂM 2025\n\nVÀ TRIỂN KHAI NHIỆM VỤ NĂM 2026\n\n"
        "Kính thưa các đồng chí,\n\nSau khi nghe Sở Nội vụ báo cáo tóm tắt kết quả công tác cải cách hành chính năm 2025 "
        "và phương hướng, nhiệm vụ năm 2026 và ý kiến tham luận của các sở, ngành, tôi kết luận một số nội dung sau.\n"
    )
    assert extract_metadata(text, {}).title == (
        "Bài phát biểu kết luận họp đánh giá công tác cải cách hành chính năm 2025 và triển khai nhiệm vụ năm 2026"
    )

