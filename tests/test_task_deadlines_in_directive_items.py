"""Dated clauses inside the task items of resolutions and decisions the rules were not written on
(Công báo PDFs and transcriptions of b6): "trong quý II năm 2026", "trước ngày 10 tháng 5 năm 2026",
"Đến hết năm 2025, hoàn thành …", "- Từ năm 2026, triển khai …", an item's closing "(Quý III/2025)",
drafts due to take effect by a date, and a dated goal heading's "+ Xây dựng …" items.
Blind documents live in data/external (python scripts/get_external_docs.py
corpus/gold-blind/sources-*.yaml); their tests skip where they are absent."""

from functools import lru_cache

from blind_documents import parsed_blind_document
from extractors.targets import iter_targets
from extractors.tasks import iter_tasks


@lru_cache(maxsize=None)
def _tasks(name: str):
    parsed = parsed_blind_document(name)
    return tuple(iter_tasks(parsed.text, parsed.tables))


def _task(name: str, opening: str):
    return next(t for t in _tasks(name) if " ".join(t.text.split()).startswith(opening))


def _dated(name: str):
    return [" ".join(t.text.split()) for t in _tasks(name) if t.deadline_year is not None]


RESOLUTION = "cp_nq122_phienhopthang4_2026.pdf"
DATA_CENTRE = "cp_nq175_trungtamdulieuquocgia_2023.txt"


def test_a_quarter_dates_a_directive_item_even_when_its_sentence_quotes_a_figure():
    # "… hoàn thành việc phê duyệt quy hoạch trong quý II năm 2026, … tăng trưởng “2 con số” …"
    assert _task(RESOLUTION, "Đẩy nhanh tiến độ lập, điều chỉnh các quy hoạch").deadline == "Quý II/2026"


def test_a_party_text_number_is_not_a_quantity():
    # "… theo Kết luận số 18-KL/TW của Trung ương, gửi Bộ Tài chính trước ngày 06 tháng 5 năm 2026"
    assert _task(RESOLUTION, "Khẩn trương rà soát hoàn thiện, bổ sung các chỉ tiêu tăng trưởng").deadline_year == 2026


def test_a_product_handed_in_with_a_report_keeps_its_date():
    # README excludes reporting dates: periodic and progress reports, not a strategy handed in by a month.
    assert _task(RESOLUTION, "Khẩn trương hoàn thiện Chiến lược quốc gia về đất hiếm").deadline == "Tháng 5/2026"


def test_a_directive_act_due_by_a_day_needs_no_completion_word():
    task = _task(RESOLUTION, "trước ngày 10 tháng 5 năm 2026, có hướng dẫn cụ thể")
    assert task.deadline_date.isoformat() == "2026-05-10"


def test_a_bill_drafted_for_the_government_is_not_a_cited_law():
    # "hồ sơ dự án luật trình Chính phủ trong tháng 5 năm 2026": lower-case "luật" names no text.
    assert any(t.deadline == "Tháng 5/2026" and "hồ sơ dự án luật trình Chính phủ" in " ".join(t.text.split()) for t in _tasks(RESOLUTION))


def test_drafts_due_to_take_effect_by_a_date_are_due_by_that_date():
    assert _task(RESOLUTION, "Khẩn trương trình 06 Nghị định").deadline_date.isoformat() == "2026-07-01"
    assert _task(RESOLUTION, "Tập trung rà soát hệ thống pháp luật chuyên ngành").deadline_date.isoformat() == "2027-03-01"


def test_den_het_nam_and_a_year_opening_an_item_date_it():
    assert _task(DATA_CENTRE, "Đến hết năm 2025, hoàn thành cơ bản xây dựng").deadline_year == 2025
    assert _task(DATA_CENTRE, "Đến hết 2025, hoàn thành cơ bản việc xây dựng hạ tầng").deadline_year == 2025
    # A start date (the b6 gold keeps them): "- Từ năm 2026, triển khai công tác lập các báo cáo dự báo …"
    assert _task(DATA_CENTRE, "Từ năm 2026, triển khai công tác lập các báo cáo dự báo").deadline_year == 2026


def test_a_closing_bracketed_time_is_the_items_schedule():
    # The same duty is given twice: to the ministries as a class in Điều 2 (no time) and in the annex's item
    # "3. Kết nối … (Quý III/2025)."
    connect = {t.section: t.deadline for t in _tasks(DATA_CENTRE)
               if " ".join(t.text.split()).startswith("Kết nối Nền tảng tích hợp, chia sẻ dữ liệu")}
    assert connect["I.3"] == "Quý III/2025" and connect.get("Điều 2.2.d") is None
    assert _task(DATA_CENTRE, "Rà soát, bổ sung các điều kiện bảo đảm an ninh").deadline == "Quý IV/2024"


def test_a_bracketed_date_of_a_cited_act_schedules_nothing():
    # "Thời hạn hoạt động của dự án: 50 năm kể từ ngày chấp thuận chủ trương đầu tư … (ngày 23/6/2026)"
    assert not any(d.startswith("Thời hạn hoạt động") for d in _dated("lc_gcn_dkdt_kcn_banqua_2026.pdf"))


def test_a_whole_build_item_under_a_dated_goal_heading_is_a_commitment_and_its_label_line_is_not():
    name = "cp_qd893_nhanlucnangluongnguyentu_2026.txt"
    assert _task(name, "Xây dựng đội ngũ nhân lực vận hành an toàn").deadline_year == 2030
    assert _task(name, "Xây dựng đội ngũ nhân lực có năng lực làm chủ các phương pháp").deadline_year == 2035
    assert "Nhân lực nghiên cứu - phát triển" not in _dated(name)


def test_a_build_sentence_among_the_figures_of_a_goal_paragraph_is_an_orientation():
    dated = _dated("tw_nq71_giaoduc_2025.md")
    assert not any(d.startswith("Xây dựng mạng lưới trường lớp") for d in dated)
    assert any(d.startswith("Hoàn thành phổ cập giáo dục mầm non") for d in dated)


def test_a_standards_period_in_brackets_does_not_date_the_target():
    parsed = parsed_blind_document("qh_nq244_ktxh2026_news_2025.md")
    # "(13) Tỷ lệ số xã đạt chuẩn nông thôn mới (theo Bộ tiêu chí … giai đoạn 2026 - 2030) đạt tối thiểu 15%."
    target = next(t for t in iter_targets(parsed.text, parsed.tables) if float(t.value) == 15 and t.unit == "%")
    assert (target.deadline_year, target.period_start) == (2026, None)


def test_an_overall_results_report_due_by_a_day_is_a_reporting_date():
    # "d) Định kỳ báo cáo Thủ tướng Chính phủ … vào thứ Sáu hàng tuần …; báo cáo tổng thể kết quả thực hiện
    # trước ngày 05 tháng 7 năm 2026." README: reporting dates are excluded.
    assert _task("ttg_ct21_thontodanpho_2026.pdf", "Định kỳ báo cáo Thủ tướng Chính phủ").deadline is None


def test_acts_listed_after_commas_in_a_dated_sentence_are_separate_commitments():
    # "Trong năm 2025, cơ bản hoàn thành Cảng hàng không quốc tế Long Thành, các cảng khu vực Lạch Huyện, đưa
    # vào khai thác nhà ga T3 Tân Sơn Nhất, T2 Nội Bài; khởi công xây dựng bến cảng Liên Chiểu; …"
    dated = [d for d in _dated("qh_nq192_ktxh2025_2025.md")]
    assert any(d.startswith("Trong năm 2025, cơ bản hoàn thành Cảng hàng không quốc tế Long Thành") for d in dated)
    assert any(d.startswith("đưa vào khai thác nhà ga T3") for d in dated)
    # "…, hoàn thành trong quý II năm 2026" dates the act before it: one task.
    assert not any(d.startswith("hoàn thành việc phê duyệt quy hoạch") for d in _dated(RESOLUTION))


def test_the_term_of_other_tasks_an_item_refers_to_is_not_its_deadline():
    # "a) Chủ động rà soát, tổ chức triển khai … nhất là 44 nhiệm vụ có thời hạn hoàn thành trong quý II năm 2026"
    assert not any(d.startswith("Chủ động rà soát, tổ chức triển khai quyết liệt") for d in _dated(RESOLUTION))
    # "Xử lý triệt để tài sản công …; thời hạn hoàn thành trong quý II năm 2026.": the item's own term.
    assert "thời hạn hoàn thành trong quý II năm 2026" in _dated(RESOLUTION)


def test_a_report_of_results_to_an_addressee_dates_no_task_but_the_act_before_it_keeps_its_date():
    # vpcp_tb634 (b12-lead): the addressee stands between "báo cáo" and "kết quả thực hiện".
    text = ("III. VỀ MỘT SỐ KIẾN NGHỊ CỦA TỈNH\n"
            "2. Về dự án nạo vét luồng tàu: Bộ Xây dựng khẩn trương rà soát, sớm bàn giao trong năm 2025 dự án cho tỉnh, "
            "báo cáo Thủ tướng Chính phủ kết quả thực hiện trước ngày 31 tháng 12 năm 2025.\n"
            "5. Về điều chuyển vốn: Ủy ban nhân dân tỉnh rà soát và khẩn trương thực hiện các giải pháp cụ thể, báo cáo "
            "Thủ tướng Chính phủ kết quả thực hiện trong Quý I năm 2026.\n")
    deadlines = {t.deadline for t in iter_tasks(text) if t.deadline}
    assert "2025" in deadlines and not any("2026" in d or "31/12" in d for d in deadlines)
