"""Dated commitments as news pages and short event plans write them: the day of the event a plan
organises on its "Thời gian …:" line (and a bare day on an item's "Thời gian thực hiện:" line), the items under
a schedule's time sub-heading ("2.1. Quý I năm 2017"), months written with a dot ("tháng 12.2025"), and two acts
each with its own date joined by "và". Blind documents live in data/external (python
scripts/get_external_docs.py corpus/gold-blind/sources-*.yaml); their tests skip where they are absent."""

from blind_documents import blind_tasks, task_opening
from extractors.timeexpr import parse_deadline


def test_the_day_of_the_event_a_plan_organises_is_its_dated_commitment():
    (test,) = [t for t in blind_tasks("lc_kh2242_kiemtravlncn_2026.docx") if "Thời gian kiểm tra" in t.text]
    assert test.deadline_date.isoformat() == "2026-04-29"
    # "1. Thời gian: 1,5 ngày (bắt đầu từ 13h30 thứ Hai ngày 06/7/2026)": the duration is no quantity.
    (training,) = [t for t in blind_tasks("lc_kh3898_huanluyenvlncn_2026.docx") if t.text.startswith("1. Thời gian")]
    assert training.deadline_date.isoformat() == "2026-07-06"


def test_an_event_held_in_rounds_dates_each_round():
    from extractors.tasks import iter_tasks

    # lc_kh3024 (b14b): a bare "Thời gian, đối tượng kiểm tra:" heading, one line a round under it.
    text = ("KẾ HOẠCH\n\nII. NỘI DUNG\n\n1. Thời gian, đối tượng kiểm tra:\n\n1.1. Đợt 1: Từ 13h30’ ngày 02/6/2026 (Thứ Ba).\n\n"
            "Đối tượng: Theo danh sách đơn vị đăng ký.\n\n1.2. Đợt 2: Từ 13h30’ ngày 03/6/2026 (Thứ Tư).\n\n"
            "2. Địa điểm: Hội trường Sở.\n\n- Đợt 3: Từ ngày 10/6/2026 đến ngày 12/6/2026.\n")
    days = sorted(t.deadline_date.isoformat() for t in iter_tasks(text) if t.deadline_date)
    assert days == ["2026-06-02", "2026-06-03"]


def test_an_e_signature_time_and_a_task_time_line_are_not_events():
    tasks = blind_tasks("cp_nq175_trungtamdulieuquocgia_2023.txt")
    assert not any(t.text.startswith("Thời gian ký") for t in tasks)


def test_a_month_written_with_a_dot():
    assert parse_deadline("công nhận vào tháng 12.2025").text == "Tháng 12/2025"


def test_two_acts_each_dated_and_joined_by_va_are_two_commitments():
    tasks = blind_tasks("bd_tuyphuoc_ntmnangcao_news_2025.txt")
    # "hoàn thành bộ hồ sơ … vào quý III/2025 và trình Bộ NN&PTNT thẩm định, … công nhận vào tháng 12.2025."
    dated = {t.deadline: t.text for t in tasks}
    assert dated["Quý III/2025"].startswith("hoàn thành bộ hồ sơ")
    assert dated["Tháng 12/2025"].startswith("trình Bộ NN&PTNT thẩm định")


def test_unquantified_aims_in_a_news_pages_goal_run_take_the_runs_year():
    tasks = blind_tasks("ttg_cl_cmcn4_news_2021.md")
    # "Chiến lược đặt mục tiêu đến năm 2030 …" ⏎ "Kinh tế số chiếm khoảng 30% GDP; …" ⏎ "Phổ cập dịch vụ mạng
    # Internet băng rộng cáp quang; phổ cập dịch vụ mạng di động 5G; hoàn thành xây dựng Chính phủ số."
    aims = {t.text: t.deadline_year for t in tasks}
    assert aims["phổ cập dịch vụ mạng di động 5G"] == 2030
    assert aims["hoàn thành xây dựng Chính phủ số"] == 2030
    # A paragraph with its own year or one turning to the means ends the run: no aim after it is dated.
    news = blind_tasks("cp_ctrinh_nq23_congnghiep_news_2020.md")
    assert not any("chính sách" in t.text.lower() and t.deadline_year == 2030 for t in news)


def test_each_bracketed_schedule_of_an_items_objects_dates_the_items_act():
    tasks = blind_tasks("lc_ct26tu_bvmt_boicanh_2026.md")
    # "- Hoàn thiện hệ thống xử lý nước thải tập trung: KCN phía Nam (hoàn thành trong 2026); KCN Âu Lâu, Minh
    # Quân (hoàn thành 2027)."
    dated = sorted(t.deadline_year for t in tasks if t.text.startswith("Hoàn thiện hệ thống xử lý nước thải"))
    assert dated == [2026, 2027]


def test_the_date_of_a_report_is_not_a_task_deadline_even_on_a_line_of_its_own():
    tasks = blind_tasks("qng_qd1627_kiemketaisancong_2025.md")
    # "- Báo cáo kết quả kiểm kê cho cơ quan quản lý cấp trên (…)." ⏎ "Thời hạn hoàn thành: Trước ngày 31/3/2026."
    assert not any(t.deadline == "trước ngày 31/3/2026" and t.text.startswith("Thời hạn hoàn thành: Trước") for t in tasks)
    # "- Thành lập Tổ kiểm kê …" ⏎ "Thời hạn hoàn thành: Trước ngày 30/11/2025.": a task's date stays.
    assert any(t.deadline == "trước ngày 30/11/2025" for t in tasks)
    # "Báo cáo kết quả thực hiện … (qua …) trước ngày 10/11/2023 để tổng hợp, báo cáo Chủ tịch UBND tỉnh."
    assert not any(t.deadline == "trước ngày 10/11/2023" for t in blind_tasks("sl_qd254_baovebimat_2023.md"))


def test_a_news_pages_lead_paragraph_before_the_first_break_is_read():
    tasks = blind_tasks("bd_tuyphuoc_ntmnangcao_news_2025.txt")
    # The page opens on its lead: "… đề xuất các giải pháp để hoàn thành mục tiêu đạt chuẩn nông thôn mới nâng
    # cao trong năm 2025." (a letterhead, a title in capitals or a headline is no lead).
    assert any(t.start == 0 and t.deadline_year == 2025 for t in tasks)
    assert not any(t.start == 0 for t in blind_tasks("ct_kh160_giamngheo_gsdg_2025.md"))


def test_what_a_subject_will_be_by_a_year_is_a_dated_aim():
    tasks = blind_tasks("bd_ctr32tu_khcn_news_2025.txt")
    # "• Theo Chương trình hành động số 32-CT/TU, đến năm 2030, Bình Định sẽ thuộc nhóm dẫn đầu vùng Bắc Trung bộ
    # về KH&CN.": the time set off by commas opens the clause; it is not the programme's horizon.
    (aim,) = [t for t in tasks if "Bình Định sẽ thuộc nhóm dẫn đầu" in t.text]
    assert aim.deadline_year == 2030


def test_a_bare_day_on_an_items_time_line_dates_the_item():
    from extractors.tasks import iter_tasks

    # pt_kh_stttt (b25b): an installation item with no body named, its "Thời gian thực hiện:" line a bare day.
    text = ("KẾ HOẠCH\n\nII. PHƯƠNG ÁN TRIỂN KHAI\n\n1. Cài đặt hệ thống phần mềm\n\n- Kiểm tra máy chủ, mạng, máy trạm.\n\n"
            "- Thời gian thực hiện: Ngày 26, 27/12/2011\n\n2. Hướng dẫn sử dụng phần mềm\n\n- Thời gian thực hiện: năm 2012\n")
    days = [t.deadline_date.isoformat() for t in iter_tasks(text) if t.deadline_date]
    assert days == ["2011-12-27"]
    # A time line that words the commitment is read once, with the commitments (hn_kh144).
    worded = "KẾ HOẠCH\n\n1. Triển khai bệnh án điện tử\n\n- Thời gian thực hiện: Hoàn thành trước ngày 30/9/2025.\n"
    assert [t.deadline_date.isoformat() for t in iter_tasks(worded)] == ["2025-09-30"]


def test_items_under_a_schedules_time_sub_heading_are_due_in_that_time():
    from extractors.tasks import iter_tasks

    # The draft 2017 plan of Hà Tĩnh's IT steering committee (b25f): "2. Chương trình và thời gian thực hiện" ⏎
    # "2.1. Quý I năm 2017" ⏎ "a) …"; an item that reports, or dates itself, keeps its own reading.
    text = ("KẾ HOẠCH\n\nII. NHIỆM VỤ\n\n2. Chương trình và thời gian thực hiện\n\n2.1. Quý I năm 2017\n\n"
            "a) Tham mưu UBND tỉnh phê duyệt Kiến trúc Chính quyền điện tử của tỉnh.\n\n"
            "b) Chỉ đạo các cơ quan báo cáo tình hình ứng dụng công nghệ thông tin quý I.\n\n"
            "2.2. Quý II năm 2017\n\na) Chỉ đạo tổ chức Hội thi Tin học trẻ tỉnh Hà Tĩnh lần thứ 20.\n\n"
            "III. TỔ CHỨC THỰC HIỆN\n\n1. Sở Thông tin và Truyền thông theo dõi việc thực hiện Kế hoạch.\n")
    due = [(t.deadline, t.text[:25]) for t in iter_tasks(text) if t.deadline]
    assert due == [("Quý I/2017", "Tham mưu UBND tỉnh phê du"), ("Quý II/2017", "Chỉ đạo tổ chức Hội thi T")]


def test_the_days_a_resolutions_meeting_sat_are_no_deadline():
    from extractors.tasks import deadline_in

    assert deadline_in("Hội nghị lần thứ 11 Ban Chấp hành Trung ương Đảng khóa XIII họp từ ngày 10/4 đến ngày 12/4/2025 "
                       "tại Thủ đô Hà Nội, sau khi xem xét") is None
    assert deadline_in("Tổ chức họp trước ngày 12/4/2025").text == "trước ngày 12/4/2025"


def test_the_day_the_prepared_bodies_start_working_is_the_deadline():
    from extractors.tasks import deadline_in

    # A commune-merger resolution: "… bảo đảm để chính quyền địa phương … chính thức hoạt động từ ngày 01 tháng 7 năm 2025."
    clause = ("Các cơ quan theo thẩm quyền khẩn trương thực hiện các công tác chuẩn bị cần thiết, bảo đảm để chính quyền địa "
              "phương ở các đơn vị hành chính cấp xã hình thành sau sắp xếp quy định tại Điều 1 của Nghị quyết này chính thức "
              "hoạt động từ ngày 01 tháng 7 năm 2025.")
    assert deadline_in(clause).text == "1/7/2025"
    # the text's own entry into force is no deadline
    assert deadline_in("Nghị quyết này có hiệu lực thi hành từ ngày 01 tháng 7 năm 2025.") is None
