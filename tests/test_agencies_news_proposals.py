"""A proposal quoted in a news page ("kiến nghị Thủ tướng giao Bộ …", "đề nghị Thủ tướng chính phủ giao
Bộ …") gives no body a task: the README leaves out what speakers in news ask for."""

from tests._agencies_support import named_roles as _roles


# A news page on the wood industry's 2021 export goal (bnnptnt_lamsan_xuatkhau_news_2021), shortened.
PROPOSALS = """Do vậy, chúng tôi kiến nghị Thủ tướng Chính phủ chỉ đạo tạm thời dừng việc NK gỗ tròn. Trong
tương lai, đề nghị Thủ tướng chính phủ giao Bộ NN&PTNT, Bộ Công Thương thiết lập cơ chế đàm phán song phương
với Campuchia và Lào. Nhiều DN kiến nghị Thủ tướng giao Bộ Công Thương, phối hợp với Bộ NN&PTNT nhanh chóng
làm việc với các quốc gia châu Phi.
"""


def test_a_proposal_quoted_in_news_assigns_no_body():
    assert _roles(PROPOSALS) == set()
