from decimal import Decimal

from extractors.sections import classify, iter_clauses, iter_sections, iter_sentences


def _by_heading(sections):
    return {s.heading: s for s in sections}


def test_plan_structure_and_kinds(shared_docs):
    text = (shared_docs / "ht_kh624_mamnon_2025.md").read_text(encoding="utf-8")
    sections = list(iter_sections(text))
    h = _by_heading(sections)
    assert h["MỤC TIÊU"].kind == "goal" and h["MỤC TIÊU"].marker == "II"
    assert h["Mục tiêu chung"].kind == "goal_general"
    # "2. Mục tiêu cụ\nthể đến năm 2035": a soft line break inside the heading.
    assert h["Mục tiêu cụ thể đến năm 2035"].kind == "goal_specific"
    child = h["Đối với trẻ em"]
    assert child.kind == "goal_specific" and not child.own_kind
    assert sections[child.parent].heading == "Mục tiêu cụ thể đến năm 2035"
    assert h["NHIỆM VỤ, GIẢI PHÁP"].kind == "task"
    assert h["TỔ CHỨC THỰC HIỆN"].kind == "implementation"
    assert h["KINH PHÍ THỰC HIỆN"].kind == "other"
    goal = h["MỤC TIÊU"]
    assert "ít nhất 55% phường" in text[goal.start : goal.end]
    assert "NHIỆM VỤ" not in text[goal.start : goal.end]


def test_heading_with_inline_body_stops_at_colon(shared_docs):
    text = (shared_docs / "ht_kh624_mamnon_2025.md").read_text(encoding="utf-8")
    s = _by_heading(iter_sections(text))["Đối với cha mẹ trẻ em"]
    assert text[s.heading_end :].lstrip().startswith("Phấn")


def test_intro_paragraphs_open_goal_and_task_scopes(shared_docs):
    text = (shared_docs / "cp_qd1717_duoinuoc_news_2025.md").read_text(encoding="utf-8")
    intros = [s for s in iter_sections(text) if s.intro]
    assert [s.kind for s in intros] == ["goal_general", "goal_specific", "task"]


def test_explainer_question_and_italic_headings(shared_docs):
    text = (shared_docs / "cp_qd2415_phunukhoinghiep_news_2025.md").read_text(encoding="utf-8")
    kinds = {s.heading: s.kind for s in iter_sections(text)}
    assert kinds["Mục tiêu cụ thể giai đoạn từ 2026 - 2030"] == "goal_specific"
    assert any(k == "purpose" for h, k in kinds.items() if h.startswith("Quan điểm chỉ đạo"))


def test_numbered_sentence_is_an_item_not_a_title(shared_docs):
    text = (shared_docs / "bn_kh141_canbo_2025.md").read_text(encoding="utf-8")
    items = [s for s in iter_sections(text) if s.marker == "1" and "100%" in s.heading]
    assert items and not items[0].titled
    assert text[items[0].heading_end :].startswith("100%")


def test_investment_decision_project_sections(shared_docs, tmp_path):
    text = (
        "Điều 1. Chấp thuận chủ trương đầu tư\n"
        "4. Quy mô dự án: diện tích 76,39 ha.\n"
        "5. Vốn đầu tư của dự án:\n"
        "a) Tổng vốn đầu tư: 1.360.668.000.000 đồng.\n"
        "Điều 2. Tổ chức thực hiện\n"
    )
    kinds = {s.heading: s.kind for s in iter_sections(text)}
    assert kinds["Quy mô dự án"] == "project"
    assert kinds["Tổng vốn đầu tư"] == "project"
    assert kinds["Tổ chức thực hiện"] == "implementation"


def test_sentences_respect_newlines_and_list_markers():
    text = "Mục tiêu:\n- 100% hồ sơ được số hóa\n- 80% thủ tục trực tuyến. 50% xã đạt chuẩn"
    spans = [text[a:b] for a, b in iter_sentences(text)]
    assert spans == ["Mục tiêu:", "- 100% hồ sơ được số hóa", "- 80% thủ tục trực tuyến.", "50% xã đạt chuẩn"]


def test_decimal_and_thousand_marks_do_not_end_sentences():
    text = "Đạt 1.000 người và 2,5% vào năm 2030. Tiếp theo"
    assert [text[a:b] for a, b in iter_sentences(text)] == ["Đạt 1.000 người và 2,5% vào năm 2030.", "Tiếp theo"]


def test_clauses_split_on_semicolons():
    text = "đến năm 2025 đạt 100% cán bộ; 50% cán bộ khác; tối thiểu 250 đơn vị."
    assert [text[a:b] for a, b in iter_clauses(text, 0, len(text))] == [
        "đến năm 2025 đạt 100% cán bộ", "50% cán bộ khác", "tối thiểu 250 đơn vị."
    ]


def test_letter_items_with_a_full_stop():
    text = "II. MỤC TIÊU\na. Về chính quyền số\n- 100% hồ sơ được số hóa.\nb. Về kinh tế số\n"
    assert [(s.marker, s.heading, s.kind) for s in iter_sections(text)][1:] == [
        ("a", "Về chính quyền số", "goal"), ("b", "Về kinh tế số", "goal")
    ]


def test_open_bold_span_keeps_a_marker_line_with_its_title():
    text = "**III. LỘ TRÌNH THỰC HIỆN**\n\n**1.\nGiai đoạn 2025 - 2030**\n\n- 100% khu công nghiệp triển khai chương trình.\n"
    headings = [(s.marker, s.heading) for s in iter_sections(text)]
    assert ("1", "Giai đoạn 2025 - 2030") in headings


def test_a_bold_bullet_that_reads_as_a_sentence_is_content_not_a_heading():
    text = ("**Mục tiêu cụ thể đến năm 2035:**\n\n- Tỷ lệ doanh nghiệp thuê ngoài dịch vụ đạt 70%.\n\n"
            "**- 60% người lao động trong ngành được đào tạo, trong đó 20% có trình độ đại học trở lên.**\n\n"
            "**- Nhiệm vụ trọng tâm:**\n\n- Hoàn thiện thể chế.\n")
    headings = [s.heading for s in iter_sections(text)]
    assert "Mục tiêu cụ thể đến năm 2035" in headings
    assert not any(h.startswith("- 60%") for h in headings)
    assert "- Nhiệm vụ trọng tâm" in headings or "Nhiệm vụ trọng tâm" in headings


def test_a_bold_list_item_heads_a_subsection_of_the_goal_above_it():
    text = ("**Mục tiêu phát triển kinh tế tư nhân ra sao?**\n\nMục tiêu như sau:\n\n**(1) Đến năm 2030**\n\n"
            "- Phấn đấu có 2 triệu doanh nghiệp hoạt động.\n\n**(2) Tầm nhìn đến năm 2045**\n\n- Có ít nhất 3 triệu doanh nghiệp.\n")
    sections = {s.heading: s for s in iter_sections(text)}
    assert sections["(1) Đến năm 2030"].kind == "goal"
    assert sections["(1) Đến năm 2030"].level > sections["Mục tiêu phát triển kinh tế tư nhân ra sao?"].level


def test_a_list_item_naming_a_goal_heads_the_bullets_under_it():
    text = ("Mục tiêu quy hoạch cảng biển như sau:\n\n(1) Mục tiêu đến năm 2030\n\n- Hàng hóa thông qua từ 30 triệu tấn đến 41 triệu tấn.\n\n"
            "(2) Tầm nhìn đến năm 2050\n\n- Hàng hóa tăng bình quân 5,5%/năm.\n\n(3) Các bến cảng hiện có đều được nâng cấp.\n")
    sections = {s.heading: s for s in iter_sections(text)}
    assert sections["(1) Mục tiêu đến năm 2030"].kind == "goal"
    assert sections["(2) Tầm nhìn đến năm 2050"].kind == "goal"
    assert not any(h.startswith("(3)") for h in sections)  # a sentence, not a heading


def test_an_implementation_roadmap_is_tasks_not_goals():
    text = ("II. MỤC TIÊU\n\n1. Mục tiêu cụ thể\n\n- 100% doanh nghiệp được hỗ trợ.\n\n"
            "III. LỘ TRÌNH THỰC HIỆN\n\n1. Giai đoạn 2025 - 2030\n\n- Hỗ trợ doanh nghiệp, phấn đấu đạt 30% doanh nghiệp thực hiện.\n\n"
            "IV. NHIỆM VỤ VÀ GIẢI PHÁP\n")
    kinds = {s.heading: s.kind for s in iter_sections(text)}
    assert kinds["Mục tiêu cụ thể"] == "goal_specific"
    assert kinds["LỘ TRÌNH THỰC HIỆN"] == "task" and kinds["Giai đoạn 2025 - 2030"] == "task"
    assert classify("Lộ trình đạt mục tiêu chuyển đổi số") == "goal"


def test_a_stop_before_a_lowercase_word_ends_no_sentence():
    # "đ", "ư", "ở" and the other lowercase letters with marks are no capitals: "… 2025. đạt …" is one sentence.
    text = "Tỷ lệ che phủ rừng năm 2025. đạt 42% và ổn định. Ủy ban nhân dân tỉnh chỉ đạo."
    assert [text[s:e] for s, e in iter_sentences(text)] == [
        "Tỷ lệ che phủ rừng năm 2025. đạt 42% và ổn định.",
        "Ủy ban nhân dân tỉnh chỉ đạo.",
    ]


def test_only_the_last_sentence_of_a_paragraph_introducing_tasks_is_the_intro():
    # dno_krongno (news): "… trong đó đặt ra mục tiêu phấn đấu đến năm 2021, … 1% …; đến năm 2025 đạt khoảng 2,5%
    # … . Để đạt được mục tiêu Trung ương đã đề ra, Chính phủ sẽ … các giải pháp sau:" — once the page keeps its
    # paragraphs, the goals before the sentence that introduces the solutions are not the solutions' section.
    from extractors.targets import iter_targets

    text = ("Thực hiện đồng bộ các giải pháp tăng tỷ lệ tham gia BHXH tự nguyện\n\nVừa qua Trung ương đã thông qua Nghị "
            "quyết số 28-NQ/TW, trong đó đặt ra mục tiêu phấn đấu đến năm 2021, lao động khu vực phi chính thức tham "
            "gia bảo hiểm xã hội tự nguyện chiếm khoảng 1% lực lượng lao động trong độ tuổi; đến năm 2025 đạt khoảng "
            "2,5%. Để đạt được mục tiêu Trung ương đã đề ra, Chính phủ sẽ thực hiện các giải pháp sau:\n\n"
            "- Nghiên cứu, sửa đổi bổ sung chính sách.\n")
    assert [(t.value, t.deadline_year) for t in iter_targets(text)] == [(Decimal("1"), 2021), (Decimal("2.5"), 2025)]
    intro = next(s for s in iter_sections(text) if s.intro)
    assert intro.heading.startswith("Để đạt được mục tiêu") and intro.kind == "task"


def test_a_stop_written_against_the_next_sentence_still_ends_it():
    # hcm_ct05 (b16): a web page that lost the space between paragraphs ("… nguy cơ cháy, nổ.Đảm bảo 100% …");
    # an abbreviation ("tp.Hồ Chí Minh") and a capital before the stop ("TP.HCM") end nothing.
    text = "Tăng cường kiểm tra các địa bàn có nguy cơ cháy, nổ.Đảm bảo 100% nhà phải tham gia. Ở tp.Hồ Chí Minh và TP.HCM có 5 điểm."
    assert [text[s:e] for s, e in iter_sentences(text)] == [
        "Tăng cường kiểm tra các địa bàn có nguy cơ cháy, nổ.",
        "Đảm bảo 100% nhà phải tham gia.",
        "Ở tp.Hồ Chí Minh và TP.HCM có 5 điểm.",
    ]


def test_a_bracketed_list_mark_does_not_hide_a_headings_kind():
    # dh13 (b16i): "**(i) Các chỉ tiêu kinh tế**" over "Tổng sản phẩm trong nước (GDP) tăng khoảng 6% - 6,5%.".
    assert classify("(i) Các chỉ tiêu kinh tế") == classify("Các chỉ tiêu kinh tế") == "goal"
    assert classify("(2) Mục tiêu cụ thể") == "goal_specific"


def test_a_status_heading_is_no_goal_section():
    # "I. HIỆN TRẠNG CHUNG" of a report: its figures (approved, being promoted, withdrawn) are the present state.
    assert classify("HIỆN TRẠNG CHUNG") == "purpose"
    assert classify("Hiện trạng các CCN đang hoạt động") == "purpose"


def test_sentence_cased_roman_numerals_open_parts():
    # A text whose case was normalised ("Iii. mục tiêu phát triển.", from an NLP corpus) keeps its parts.
    text = ("Ii. định hướng phát triển.\n1. Ưu tiên khai thác các mỏ.\n"
            "Iii. mục tiêu phát triển.\n1. Công nghiệp Trung ương.\n- Sản phẩm barit: đạt 40.000 tấn/năm vào năm 2010.\n")
    from extractors.sections import GOAL_KINDS, layout
    from extractors.targets import iter_targets

    kinds = {s.heading: s.kind for s in layout(text).sections}
    assert kinds["mục tiêu phát triển"] in GOAL_KINDS
    assert [(str(t.value), t.deadline_year) for t in iter_targets(text)] == [("40000", 2010)]
