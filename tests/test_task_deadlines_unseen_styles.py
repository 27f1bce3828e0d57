"""Task deadlines in styles the rules were first written without (blind batches b1-b5): a table's
time cell that spans years, the year of a target inside an assigned task, start dates, "tới năm".
Blind documents live in data/external (python scripts/get_external_docs.py
corpus/gold-blind/sources-*.yaml); their tests skip where they are absent."""

from blind_documents import blind_tasks, task_opening
from extractors.tasks import iter_tasks


def test_a_time_cell_spanning_years_is_the_period_of_the_task_not_its_deadline():
    tasks = blind_tasks("dt_kh552_doimoicongnghe_2025.md")
    # THỜI GIAN "2025 - 2035": the period the row runs over.
    assert task_opening(tasks, "Triển khai công nghệ cao trong trồng trọt").deadline is None
    # THỜI GIAN "2026": due that year.
    assert task_opening(tasks, "Đề xuất giải pháp cải thiện môi trường đầu tư").deadline_year == 2026


def test_the_year_of_a_target_inside_an_assigned_task_is_not_the_tasks_deadline():
    tasks = blind_tasks("dnai_kh182_matuy_2025.md")
    # "… lộ trình đạt mục tiêu ít nhất 50% xã, phường không có ma tuý vào năm 2030 …"
    assert task_opening(tasks, "Hướng dẫn, theo dõi, đôn đốc các địa phương").deadline is None
    # "… xây dựng kế hoạch hoặc văn bản triển khai thực hiện (hoàn thành trong tháng 11/2025)"
    assert any(t.deadline == "Tháng 11/2025" and "hoàn thành trong tháng 11/2025" in t.text for t in tasks)


def test_a_completion_month_stays_the_tasks_when_its_clause_counts_something(shared_docs):
    text = (shared_docs / "vpcp_tb624_bcd_khcn_2025.md").read_text(encoding="utf-8")
    # "Khẩn trương thành lập đoàn công tác hỗ trợ 6 thành phố …, hoàn thành trong tháng 12 năm 2025,
    # triển khai thực hiện trong năm 2026."
    task = task_opening(list(iter_tasks(text)), "Khẩn trương thành lập đoàn công tác")
    assert task.deadline == "Tháng 12/2025"


def test_an_obligation_dated_from_the_day_it_starts_is_a_dated_commitment():
    tasks = blind_tasks("hn_nq57_vungphatthaithap_2025.md")
    # "c) Kể từ ngày 01 tháng 01 năm 2030: Thực hiện vùng phát thải thấp tại Vành đai 3 trở vào, …"
    # ("Vành đai 3" is a name, not a quantity); a window is dated by the day it opens.
    starts = {t.deadline for t in tasks if t.text.startswith("Kể từ ngày")}
    assert starts == {"1/7/2026", "1/1/2028", "1/1/2030", "1/1/2031"}


def test_a_law_applied_from_a_date_is_a_dated_commitment_but_a_text_in_force_is_not():
    tasks = blind_tasks("hcm_kh172_luatvieclam_2025.md")
    assert task_opening(tasks, "Xác định lộ trình cụ thể để bảo đảm từ ngày 01 tháng 01 năm 2026").deadline_year == 2026
    assert not any("hiệu lực" in t.text and t.deadline for t in tasks)


def test_tasks_to_start_right_from_a_year_and_goals_by_toi_nam_are_dated():
    tasks = blind_tasks("tw_nq71_giaoduc_2025.md")
    # "… bố trí đủ nguồn lực để thực hiện ngay từ năm 2025", "… phấn đấu tới năm 2030 cung cấp miễn phí sách giáo khoa …"
    assert any(t.deadline_year == 2025 and "ngay từ năm 2025" in t.text for t in tasks)
    assert any(t.deadline_year == 2030 and "tới năm 2030 cung cấp miễn phí" in t.text for t in tasks)


def test_a_commitment_an_assignment_ends_in_is_one_task():
    # "Ủy ban nhân dân các tỉnh, thành phố có trách nhiệm …, hoàn thành chậm nhất đến ngày 01 tháng 7 năm 2028."
    tasks = blind_tasks("bxd_qd1074_pccc_2026.pdf")
    assert len([t for t in tasks if t.deadline_year == 2028]) == 1


def test_a_date_opening_a_sentence_dates_its_commitments_across_semicolons():
    tasks = blind_tasks("qh_nq192_ktxh2025_2025.md")
    # "Trong năm 2025, cơ bản hoàn thành Cảng hàng không quốc tế Long Thành, …; khởi công xây dựng bến cảng Liên Chiểu; …"
    assert task_opening(tasks, "khởi công xây dựng bến cảng Liên Chiểu").deadline_year == 2025
    # "đẩy nhanh thủ tục chuẩn bị đầu tư …" commits to nothing by a date.
    assert not any(t.text.startswith("đẩy nhanh thủ tục chuẩn bị đầu tư") for t in tasks)


def test_urgent_work_dated_within_a_year_is_a_dated_commitment():
    tasks = blind_tasks("qh_nq192_ktxh2025_2025.md")
    # "sớm bảo đảm … trong năm 2025", "… để giải phóng nguồn lực ngay trong năm 2025."
    assert task_opening(tasks, "sớm bảo đảm các tiêu chí, điều kiện để nâng hạng thị trường chứng khoán").deadline_year == 2025
    assert any(t.deadline_year == 2025 and t.text.endswith("giải phóng nguồn lực ngay trong năm 2025") for t in tasks)


def test_a_year_sub_heading_inside_a_goal_section_dates_its_items():
    tasks = blind_tasks("dt_kh552_doimoicongnghe_2025.md")
    # "2. Mục tiêu cụ thể / 2.1. Đến năm 2030 / *- Hệ sinh thái đổi mới sáng tạo* / Vận hành hiệu quả …"
    assert task_opening(tasks, "Vận hành hiệu quả Không gian khởi nghiệp").deadline_year == 2030
    # "2.2. Định hướng đến năm 2035": a completed act dates by the horizon, the sentence with a quantity does not.
    assert task_opening(tasks, "Hình thành hệ sinh thái đổi mới sáng tạo hoàn chỉnh").deadline_year == 2035
    assert not any(t.text.startswith("Trong đó, ít nhất 40%") for t in tasks)
    # an emphasised sub-heading line ("*- Thủy sản*") commits to nothing
    assert not any(t.text in ("Thủy sản", "Nông nghiệp Công nghệ cao") for t in tasks)


def test_completed_acts_under_a_year_heading_are_dated_orientations_are_not():
    tasks = blind_tasks("tw_nq71_giaoduc_2025.md")
    # "Hoàn thành phổ cập giáo dục mầm non cho trẻ em từ 3 đến 5 tuổi …" (an age range is not a quantity)
    assert task_opening(tasks, "Hoàn thành phổ cập giáo dục mầm non").deadline_year == 2030
    # "**2. Mục tiêu đến**** năm 2035**": bold runs inside the heading
    assert task_opening(tasks, "Hoàn thành phổ cập trung học phổ thông").deadline_year == 2035
    assert not any(t.text.startswith(("Mở rộng tiếp cận công bằng", "Hệ thống giáo dục và đào tạo tiếp tục")) for t in tasks)


def test_a_list_label_under_a_goal_heading_is_not_a_commitment():
    tasks = blind_tasks("dt_kh556_tainguyenbien_2025.md")
    assert not any(t.text.startswith("Về môi trường, ứng phó với biến đổi khí hậu") for t in tasks)
    assert task_opening(tasks, "Đánh giá được tiềm năng, giá trị các tài nguyên biển").deadline_year == 2030


def test_an_orientation_heading_dates_no_plain_bullet(shared_docs):
    # "3. Định hướng\nđến năm 2045 / - Củng cố và tiếp tục nâng cao chất lượng …": a horizon, not a commitment.
    tasks = list(iter_tasks((shared_docs / "ht_kh624_mamnon_2025.md").read_text(encoding="utf-8")))
    assert not any(t.deadline_year == 2045 for t in tasks)


def test_the_horizon_closing_a_cited_documents_name_is_not_the_tasks_deadline(shared_docs):
    tasks = blind_tasks("dt_kh556_tainguyenbien_2025.md")
    # "Tham mưu … xây dựng: Đề án phát triển bền vững du lịch, dịch vụ biển và hải đảo Việt Nam đến năm 2030"
    assert task_opening(tasks, "Tham mưu Ủy ban nhân dân tỉnh phối hợp các bộ, ngành Trung ương xây dựng").deadline is None
    # "… hướng dẫn thực hiện Đề án “Nâng cao nhận thức cộng đồng … đến năm 2030” trên địa bàn Thành phố"
    shared = list(iter_tasks((shared_docs / "hcm_qd2853_thientai_2025.md").read_text(encoding="utf-8")))
    assert not any("Đề án “Nâng cao nhận thức cộng đồng" in t.text and t.deadline_year == 2030 for t in shared)


def test_a_project_schedules_stage_milestones_are_dated():
    tasks = blind_tasks("lc_qd2463_ctdt_kcn_volao_2026.pdf")
    # "(3) Nghiệm thu hoàn thành: Quý IV/2032, tiến độ cụ thể từng giai đoạn như sau:\n* Giai đoạn 1: …"
    assert any(t.deadline == "Quý IV/2032" and t.text.startswith("Nghiệm thu hoàn thành") for t in tasks)
    # "- Thông báo khởi công thực hiện dự án giai đoạn 2: Quý II/2031." ("giai đoạn 2" names a stage)
    assert task_opening(tasks, "Thông báo khởi công thực hiện dự án giai đoạn 2").deadline == "Quý II/2031"


def test_an_unnumbered_goal_heading_line_dates_the_bullets_under_it():
    # "Mục tiêu quy hoạch cảng biển Sóc Trăng như sau: / (1) Mục tiêu đến năm 2030 / - Xác định phạm vi …"
    tasks = blind_tasks("st_qd590_cangbien_news_2025.md")
    assert task_opening(tasks, "Xác định phạm vi vùng đất, vùng nước").deadline_year == 2030
    # the bullets with quantities are targets, not tasks
    assert not any(t.text.startswith("Về hàng hóa và hành khách thông qua") for t in tasks)


def test_a_goal_heading_to_the_end_of_a_year_dates_its_items():
    # hn_kh310 (b12-lead): "1. Mục tiêu đến hết năm 2026 / - Hoàn thành bổ sung, điều chỉnh quy hoạch viễn thông …"
    text = ("II. MỤC TIÊU\n1. Mục tiêu đến hết năm 2026\n- Hoàn thành bổ sung, điều chỉnh quy hoạch viễn thông cho "
            "toàn bộ các khu công nghệ cao, khu công nghiệp, cụm công nghiệp hiện hữu.\n"
            "- 100% các khu công nghiệp có tối thiểu 1 trạm phát sóng 5G.\n")
    assert task_opening(list(iter_tasks(text)), "Hoàn thành bổ sung, điều chỉnh quy hoạch viễn thông").deadline_year == 2026
    tasks = blind_tasks("hn_kh310_5giot_kcn_2025.md")
    assert task_opening(tasks, "Hoàn thành bổ sung, điều chỉnh quy hoạch viễn thông").deadline_year == 2026


def test_the_horizon_of_a_plan_a_task_revises_is_not_the_tasks_deadline():
    # hn_kh310: "Chủ trì, … điều chỉnh, bổ sung quy hoạch hạ tầng viễn thông trong các khu công nghệ cao và khu công
    # nghiệp đến năm 2030." The plan runs to 2030; the task has no date of its own ("trong các khu" is no deadline cue).
    text = ("V. TỔ CHỨC THỰC HIỆN\n1. Ban Quản lý các khu công nghệ cao và khu công nghiệp\n- Chủ trì, phối hợp với các "
            "Sở, Ban, ngành liên quan rà soát, điều chỉnh, bổ sung quy hoạch hạ tầng viễn thông trong các khu công nghệ "
            "cao và khu công nghiệp đến năm 2030.\n- Hoàn thành việc lắp đặt trạm trong năm 2026.\n")
    tasks = list(iter_tasks(text))
    assert not any(t.deadline_year == 2030 for t in tasks)
    assert task_opening(tasks, "Hoàn thành việc lắp đặt trạm").deadline_year == 2026


def test_a_strategys_horizon_is_no_deadline_of_the_task_that_carries_it_out():
    # A steering committee's duty "… thực hiện chiến lược dữ liệu quốc gia đến năm 2030" (blind batch b37b)
    text = (
        "QUYẾT ĐỊNH:\n"
        "Điều 1. Thành lập Ban Chỉ đạo về dữ liệu tỉnh Lâm Đồng (sau đây gọi tắt là Ban Chỉ đạo).\n"
        "Điều 3. Nhiệm vụ và quyền hạn của Ban Chỉ đạo\n"
        "1. Chỉ đạo, điều phối triển khai các nhiệm vụ thực hiện chiến lược dữ liệu quốc gia đến năm 2030 trên địa bàn"
        " tỉnh Lâm Đồng, bảo đảm thống nhất với Kiến trúc dữ liệu quốc gia.\n"
        "2. Hoàn thành việc xây dựng kho dữ liệu dùng chung của tỉnh trước năm 2027.\n"
    )
    assert [t.deadline_year for t in iter_tasks(text)] == [None, 2027]
