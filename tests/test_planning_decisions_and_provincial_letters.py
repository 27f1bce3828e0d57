"""Styles of provincial planning decisions and letters met in held-out documents: the labelled bodies of a plan's
drafting ("Cơ quan tổ chức lập:", "Cơ quan thẩm định:"), a dateline whose figures the signature stamp put out of
order, the inspectorates of departments as one collective, and an annex table whose task column spans several
columns, with rows cut where the PDF drew a line."""

from types import SimpleNamespace

from blind_documents import blind_tasks, task_opening
from extractors.agencies import iter_agencies
from extractors.agencies.tables import iter_assignment_rows
from extractors.targets import iter_targets
from pipeline.parse.pdf.tables import locate_table
from tests._agencies_support import all_roles

PLANNING_DECISION = """QUYẾT ĐỊNH
Phê duyệt Kế hoạch tổ chức lập Chương trình phát triển đô thị thành phố Tam Điệp đến năm 2045
Điều 1. Phê duyệt Kế hoạch tổ chức lập Chương trình phát triển đô thị thành phố Tam Điệp, với nội dung sau:
3. Cơ quan tổ chức lập: Ủy ban nhân dân thành phố Tam Điệp.

4. Cơ quan phối hợp: các sở, ban, ngành liên quan.
5. Cơ quan thẩm định: Sở Xây dựng.
6. Cơ quan phê duyệt: Ủy ban nhân dân tỉnh.
"""


def test_the_bodies_that_draw_a_plan_up_and_appraise_it_do_the_work():
    roles = {(a.canonical_name, a.role) for a in iter_agencies(PLANNING_DECISION)}
    assert ("Ủy ban nhân dân thành phố Tam Điệp", "thực hiện") in roles
    assert ("Sở Xây dựng", "thực hiện") in roles
    assert not any(name == "Ủy ban nhân dân tỉnh" for name, _ in roles)  # the approving body is the issuer


def test_a_zoning_plan_s_drafting_department_is_labelled_with_its_plan():
    text = "- Cơ quan tổ chức lập quy hoạch: Sở Văn hóa, Thể thao và Du lịch.\n- Cơ quan thẩm định: Sở Xây dựng tỉnh Cà Mau.\n"
    roles = all_roles(text)
    assert ("Sở Văn hóa, Thể thao và Du lịch", "thực hiện") in roles
    assert ("Sở Xây dựng tỉnh Cà Mau", "thực hiện") in roles


def test_a_dateline_out_of_order_gives_no_duration():
    text = """ỦY BAN NHÂN DÂN
TỈNH NINH BÌNH
CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 807 /QĐ-UBND Ninh Bình, ngày 04 11 tháng năm 2024
QUYẾT ĐỊNH
Phê duyệt Kế hoạch tổ chức lập Chương trình phát triển đô thị
thành phố Tam Điệp đến năm 2045
"""
    assert not [t for t in iter_targets(text) if t.unit == "tháng"]
    assert [t.value for t in iter_targets("Mục tiêu: rút ngắn thời gian lập quy hoạch còn 11 tháng.")] == [11]


def test_the_inspectorates_of_departments_are_one_collective_doing_the_task():
    text = ("4. Thanh tra tỉnh, Thanh tra các sở, ngành, địa phương thực hiện nghiêm Nghị quyết số 35/NQ-CP ngày "
            "30/6/2016 của Chính phủ, rà soát lại kế hoạch thanh tra, kiểm tra năm 2020.")
    found = {(a.name, a.role, a.generic) for a in iter_agencies(text)}
    assert ("Thanh tra tỉnh", "thực hiện", False) in found
    assert ("Thanh tra các sở, ngành, địa phương", "thực hiện", True) in found


# The annex of a provincial plan as pdfplumber reads it: "Nhiệm vụ" heads three columns, and a row's task sits
# in whichever of them its text fell in; the second row's task goes on in a row of its own.
ANNEX_ROWS = [
    ["TT", "Nhiệm vụ", None, None, "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện"],
    ["1", "Rà soát quy hoạch xây dựng và phát triển hệ\nthống cây xanh đô thị", None, None, "Sở Xây dựng",
     "- Các sở, ban ngành có liên quan.", "Năm 2025"],
    ["2", "", "Thực hiện hiệu quả Tết trồng cây “Đời đời", "", "UBND các huyện, thành\nphố",
     "- Các sở, ban ngành có liên quan.", "Hàng năm"],
    [None, None, "nhớ ơn Bác Hồ”.", None, None, None, None],
    ["3", "", "Tăng cường thanh tra, kiểm tra công tác quy", "", "Thanh tra tỉnh",
     "- Các sở, ban ngành có liên quan.", "Hàng năm"],
]
ANNEX_TEXT = """Phụ lục
TT Nhiệm vụ Cơ quan chủ trì Cơ quan phối hợp Thời gian thực hiện
1
Rà soát quy hoạch xây dựng và phát triển hệ
thống cây xanh đô thị
Sở Xây dựng
- Các sở, ban ngành có liên quan.
Năm 2025
2
Thực hiện hiệu quả Tết trồng cây “Đời đời
nhớ ơn Bác Hồ”.
UBND các huyện, thành
phố
- Các sở, ban ngành có liên quan.
Hàng năm
3
Tăng cường thanh tra, kiểm tra công tác quy
Thanh tra tỉnh
- Các sở, ban ngành có liên quan.
Hàng năm
"""


def test_a_task_in_any_column_its_header_spans_is_the_row_s_task():
    start, end = locate_table(ANNEX_TEXT, ANNEX_ROWS, 0, len(ANNEX_TEXT))
    table = SimpleNamespace(page=1, index=0, rows=ANNEX_ROWS, char_start=start, char_end=end)
    rows = {row.task[2]: row for row in iter_assignment_rows(ANNEX_TEXT, [table], tables_in_text=[])}
    assert set(rows) == {
        "Rà soát quy hoạch xây dựng và phát triển hệ thống cây xanh đô thị",
        "Thực hiện hiệu quả Tết trồng cây “Đời đời",
        "Tăng cường thanh tra, kiểm tra công tác quy",
    }
    # The row cut by a line is looked for up to the next row that names a lead, so its lead is found.
    planting = rows["Thực hiện hiệu quả Tết trồng cây “Đời đời"]
    assert planting.lead[2] == "UBND các huyện, thành phố"
    assert ANNEX_TEXT[planting.lead[0]:].startswith("UBND các huyện")
    assert rows["Tăng cường thanh tra, kiểm tra công tác quy"].lead[2] == "Thanh tra tỉnh"


def test_a_lead_cell_cut_inside_a_committee_s_name_is_no_body():
    rows = [["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời gian"], ["1", "Lồng ghép chỉ tiêu vào kế hoạch", "Ủy ban nhân", "Thường xuyên"]]
    text = "TT Nhiệm vụ Cơ quan chủ trì Thời gian\n1 Lồng ghép chỉ tiêu vào kế hoạch Ủy ban nhân Thường xuyên\n"
    start, end = locate_table(text, rows, 0, len(text))
    table = SimpleNamespace(page=1, index=0, rows=rows, char_start=start, char_end=end)
    assert not [a for a in iter_agencies(text, [table]) if a.table_index is not None]


def test_each_row_of_a_green_trees_plan_annex_has_its_lead():
    tasks = blind_tasks("nb_kh193_cayxanh_2024.pdf")
    assert task_opening(tasks, "Thực hiện hiệu quả Tết trồng cây").lead_agencies == ("Ủy ban nhân dân cấp huyện",)
    assert task_opening(tasks, "Giữ gìn, phát huy giá trị của các cây cổ thụ").lead_agencies == ("Sở Văn hóa và Thể thao",)
    assert task_opening(tasks, "Nghiên cứu bổ sung chức năng, nhiệm vụ").deadline == "Quý I/2025"


NOTICE = """UBND TỈNH BÌNH ĐỊNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
VĂN PHÒNG Độc lập - Tự do - Hạnh phúc
Số: 243 /TB-VPUBND Bình Định, ngày 27 tháng 05 năm 2020
THÔNG BÁO
Về việc phân công nhiệm vụ theo dõi, tham mưu đề xuất
của chuyên viên Văn phòng UBND tỉnh
Nhằm đáp ứng kịp thời công tác tham mưu, đề xuất, phục vụ sự chỉ đạo,
điều hành của Chủ tịch và các Phó Chủ tịch UBND tỉnh; Văn phòng UBND tỉnh
phân công nhiệm vụ công tác cho các chuyên viên, cụ thể như sau:
I. PHÒNG TỔNG HỢP
"""


def test_a_notice_s_title_stops_before_the_sentence_stating_its_purpose():
    from extractors.metadata import extract_metadata

    title = extract_metadata(NOTICE, {}).title
    assert title.endswith("của chuyên viên Văn phòng UBND tỉnh")
    # The same title in sentence case without "Về việc", read as plain lines under the heading.
    plain = NOTICE.replace("Về việc phân công", "Phân công")
    assert extract_metadata(plain, {}).title.endswith("của chuyên viên Văn phòng UBND tỉnh")
