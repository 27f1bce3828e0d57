"""A plan saved as HTML reads as the same plan: a corpus Markdown plan copied into a page
one <p> per line (hard-wrapped lines, as many portals publish) gives the targets its
Markdown gives, because the HTML reader keeps a sentence wrapped over several <p> in
one paragraph, as a text file keeps its wrapped lines."""

from __future__ import annotations

import html
from pathlib import Path

import pytest

from pipeline.extract.stage import extract_path
from pipeline.parse.html_page import extract_html


def one_paragraph_per_line(markdown: Path, out: Path) -> Path:
    lines = markdown.read_text(encoding="utf-8").splitlines()
    body = "\n".join(f"<p>{html.escape(line)}</p>" for line in lines if line.strip())
    out.write_text(f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>Cổng thông tin</title></head>"
                   f"<body><article>\n{body}\n</article></body></html>", encoding="utf-8")
    return out


def _targets(path: Path) -> list[tuple]:
    return sorted((str(t.value), t.unit, t.deadline_year, t.comparator) for t in extract_path(path).targets)


@pytest.mark.parametrize("name", ["bn_kh141_canbo_2025", "ct_kh153_matuy_2025"])
def test_a_plan_as_html_gives_the_targets_of_its_markdown(name: str, shared_docs: Path, tmp_path: Path):
    markdown = shared_docs / f"{name}.md"
    page = one_paragraph_per_line(markdown, tmp_path / f"{name}.html")

    from_markdown = _targets(markdown)
    assert len(from_markdown) >= 5
    assert _targets(page) == from_markdown


def test_wrapped_lines_join_and_paragraphs_and_items_stay_apart():
    page = ("<html><body><article>"
            "<p>Tin nổi bật</p><p>Phấn đấu đến năm 2030, 100% cán bộ, công chức</p><p>được bồi dưỡng kiến thức,</p>"
            "<p>kỹ năng xây dựng pháp luật.</p><p>a) Rà soát văn bản;</p><p>b) Tập huấn 2 lớp mỗi năm</p>"
            "<p>1. Mục tiêu cụ thể</p><p>**I. MỤC ĐÍCH,</p><p>YÊU CẦU**</p>"
            "<p>Kết quả thực hiện trong năm qua được đánh giá cao.</p><p>Năm 2026 tiếp tục triển khai.</p>"
            "</article></body></html>").encode("utf-8")

    assert extract_html(page).blocks == [
        "Tin nổi bật",
        "Phấn đấu đến năm 2030, 100% cán bộ, công chức\nđược bồi dưỡng kiến thức,\nkỹ năng xây dựng pháp luật.",
        "a) Rà soát văn bản;",
        "b) Tập huấn 2 lớp mỗi năm",
        "1. Mục tiêu cụ thể",
        "**I. MỤC ĐÍCH,\nYÊU CẦU**",
        "Kết quả thực hiện trong năm qua được đánh giá cao.",
        "Năm 2026 tiếp tục triển khai.",
    ]
