"""Texts stored as a word segmenter wrote them (NLP corpora: "Sở Khoa_học và Công_nghệ chủ_trì , phối_hợp") are
read as the document wrote them: syllables apart, punctuation back on its word (blind batch b27d, three provincial
texts from a classification data set; data/external, the real-document tests skip where it is absent)."""

from decimal import Decimal

from blind_documents import parsed_blind_document
from extractors.agencies import iter_agencies
from pipeline.extract.stage import extract_document, parse_path
from pipeline.parse.vntext import unsegmented, word_segmented

SEGMENTED = (
    "Điều 2 . Giao cho Uỷ_ban_nhân_dân tỉnh tổ_chức triển_khai thực_hiện Nghị_quyết này .\n"
    "- Sở Nông_nghiệp và Phát_triển nông_thôn chủ_trì , phối_hợp với Sở Tài_chính xây_dựng kế_hoạch ( giai_đoạn "
    "2008 - 2010 ) , phấn_đấu đạt 6.000 ha .\n"
) * 3


def test_a_segmenters_underscores_and_detached_punctuation_are_undone():
    assert word_segmented(SEGMENTED)
    assert unsegmented("Sở Nông_nghiệp và Phát_triển nông_thôn chủ_trì , phối_hợp ( giai_đoạn 2008 - 2010 ) .") == (
        "Sở Nông nghiệp và Phát triển nông thôn chủ trì, phối hợp (giai đoạn 2008 - 2010).")
    assert unsegmented("GDP bình_quân đầu người là 41 triệu đồng / người / năm") == (
        "GDP bình quân đầu người là 41 triệu đồng/người/năm")


def test_a_text_that_only_names_files_or_variables_is_not_taken_for_segmented():
    text = "Tệp du_lieu_2025.csv và bảng chi_tieu được cập nhật hằng tháng. " * 3 + "Nội dung khác của văn bản. " * 40
    assert not word_segmented(text)


def test_a_segmented_text_file_is_read_with_its_words_apart(tmp_path):
    path = tmp_path / "nghi_quyet.txt"
    path.write_text(SEGMENTED, encoding="utf-8")
    parsed = parse_path(path)
    assert "_" not in parsed.text and "Sở Tài chính xây dựng" in parsed.text
    assert any("word-segmented" in warning for warning in parsed.warnings)
    names = {(a.name, a.role) for a in iter_agencies(parsed.text)}
    assert ("Sở Nông nghiệp và Phát triển nông thôn", "chủ trì") in names
    assert ("Sở Tài chính", "phối hợp") in names


def test_a_segmented_provincial_programme_gives_its_targets_and_bodies():
    extraction = extract_document(parsed_blind_document("tg_qd_phattriennhao_2006.txt"))
    names = {a.name for a in extraction.agencies}
    assert {"Sở Xây dựng", "Sở Tài chính"} <= names
    # "- Thị xã Gò Công: Dự án khu dân cư Nam Nguyễn Huệ, thị xã Gò Công: khoảng 106 tỷ đồng, diện tích 19 ha":
    # one project's cost and site, not goals of the programme
    project = {(t.value, t.unit) for t in extraction.targets if t.kind == "project_parameter"}
    assert {(Decimal(106), "tỷ đồng"), (Decimal(19), "ha")} <= project
    assert not any(t.kind == "target" and t.unit == "tỷ đồng" for t in extraction.targets)
    # the legal basis ("Căn cứ Quyết định số 76/2004/QĐ-TTg … phê duyệt …") is not the text's own number
    assert extraction.document.number is None


def test_a_units_power_split_off_by_the_tokenizer_is_joined_back():
    assert unsegmented("đến năm 2010 phải đạt bình_quân TP 6-7 m 2 / người và diện_tích 1.500 km 2 .") == (
        "đến năm 2010 phải đạt bình quân TP 6-7 m2/người và diện tích 1.500 km2.")
    assert unsegmented("cao 3 m 2 tầng") == "cao 3 m 2 tầng"  # a count after a length is no power


def test_a_segmented_news_page_gives_the_green_space_norms_and_not_todays_level():
    extraction = extract_document(parsed_blind_document("hcm_quyhoachcayxanh_news_2006.txt"))
    found = {(str(t.value), str(t.value_max) if t.value_max is not None else None, t.unit, t.deadline_year)
             for t in extraction.targets if t.kind == "target"}
    # "Theo đó, đến năm 2010 phải đạt bình quân TP 6-7 m 2/người và nội thành 3-4 m 2/người"
    assert {("6", "7", "m2/người", 2010), ("3", "4", "m2/người", 2010)} <= found
    # "Chỉ tiêu cây xanh bình quân đầu người chỉ mới đạt 1,6 m 2/người": today's level, not a goal
    assert not any(value == "1.6" for value, *_ in found)
