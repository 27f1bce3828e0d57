"""The remit a text puts between the bodies and their duty may open on their duties and end without a comma
("… trong phạm vi nhiệm vụ, quyền hạn của mình có trách nhiệm tổ chức thực hiện Nghị quyết này"), or on the law that
sets it ("… theo nhiệm vụ, quyền hạn đã được pháp luật quy định tổ chức kiểm tra …"): the duty after it is still the
bodies' (the closing articles of National Assembly and council resolutions; blind gold qh_nq61, hue_nq08; session
36)."""

from tests._agencies_support import named_roles


def test_a_remit_of_duties_and_powers_without_a_comma():
    roles = named_roles(
        "3. Tòa án nhân dân tối cao, Kiểm toán nhà nước trong phạm vi nhiệm vụ, quyền hạn của mình có trách nhiệm "
        "tổ chức thực hiện Nghị quyết này."
    )
    assert roles == {("Tòa án nhân dân tối cao", "thực hiện"), ("Kiểm toán nhà nước", "thực hiện")}


def test_a_remit_the_law_sets():
    roles = named_roles(
        "Giao Thường trực Hội đồng nhân dân, các Ban của Hội đồng nhân dân, Tổ đại biểu Hội đồng nhân dân và các đại "
        "biểu Hội đồng nhân dân tỉnh theo nhiệm vụ, quyền hạn đã được pháp luật quy định tổ chức kiểm tra và giám sát "
        "việc thực hiện Nghị quyết này."
    )
    assert ("Thường trực Hội đồng nhân dân", "thực hiện") in roles


def test_a_report_is_still_no_duty():
    assert named_roles("Sở Y tế theo nhiệm vụ, quyền hạn đã tổ chức kiểm tra các cơ sở.") == set()
