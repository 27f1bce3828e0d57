"""A gazette (Công báo) prints its issue and the page number at the top of each page, the number before or after the
text on facing pages: that running header is dropped like a fixed one. An annex of goals ("Phụ lục II ĐỊNH HƯỚNG SẮP
XẾP …") is read as goals, while other annexes still close the body; a cap's metric stops before what it corresponds to
("… tương ứng với 03 lĩnh vực sau:")."""

from pipeline.parse.pdf.plumber import clean_pages
from extractors.sections import iter_sections
from extractors.targets import iter_targets


def test_a_running_header_carrying_the_page_number_is_dropped():
    pages = [
        f"CÔNG BÁO/Số 242/Ngày 22-04-2026 {n}\nNội dung trang {n} của chương trình hành động.\nDòng thứ hai."
        for n in range(69, 74)
    ]
    pages[1] = "70 CÔNG BÁO/Số 242/Ngày 22-04-2026\nNội dung trang 70 của chương trình hành động.\nDòng thứ hai."
    cleaned = clean_pages(pages)
    assert not any("CÔNG BÁO" in page for page in cleaned)
    assert cleaned[0].startswith("Nội dung trang 69")


def test_a_numbered_line_at_the_top_of_one_page_is_kept():
    pages = ["Mở đầu.\nDòng.", "1. Mục tiêu chung\nDòng.", "Tiếp theo.\nDòng.", "Kết thúc.\nDòng."]
    assert clean_pages(pages)[1].startswith("1. Mục tiêu chung")


ANNEXES = """I. NHIỆM VỤ

1. Các bộ, ngành rà soát, sắp xếp các đơn vị trực thuộc.

Phụ lục II ĐỊNH HƯỚNG SẮP XẾP ĐƠN VỊ SỰ NGHIỆP CÔNG LẬP CỦA BỘ, NGÀNH, ĐỊA PHƯƠNG

1. Về sắp xếp đơn vị sự nghiệp công lập ở địa phương

- Mỗi tỉnh, thành phố có tối đa không quá 03 trường dạy nghề để đào tạo lao động lành nghề.

- Đơn vị sự nghiệp công lập thuộc Sở Nội vụ được sắp xếp theo hướng tối đa không quá 03 đơn vị sự nghiệp công lập.

Phụ lục III BIỂU MẪU BÁO CÁO

1. Tỷ lệ hoàn thành đạt 100% số đơn vị.
"""


def test_an_annex_of_goals_gives_targets_with_their_units():
    found = {(str(t.value), t.unit, t.comparator) for t in iter_targets(ANNEXES)}
    assert ("3", "trường dạy nghề", "<=") in found
    assert ("3", "đơn vị sự nghiệp công lập", "<=") in found


def test_an_annex_of_forms_closes_the_body():
    kinds = {s.heading[:12]: s.kind for s in iter_sections(ANNEXES)}
    assert kinds["Phụ lục II Đ"] == "goal"
    assert kinds["Phụ lục III "] == "other"
    assert not any(t.value == 100 for t in iter_targets(ANNEXES))


def test_a_cap_s_metric_stops_before_what_it_corresponds_to():
    text = ANNEXES.replace(
        "tối đa không quá 03 đơn vị sự nghiệp công lập.",
        "tối đa không quá 03 đơn vị sự nghiệp công lập cung ứng dịch vụ sự nghiệp công tương ứng với 03 lĩnh vực sau: "
        "(1) lưu trữ, (2) dịch vụ việc làm.",
    )
    metrics = [t.metric for t in iter_targets(text) if t.unit == "đơn vị sự nghiệp công lập"]
    assert metrics and all("tương ứng" not in m and "cung ứng dịch vụ sự nghiệp công" in m for m in metrics)
