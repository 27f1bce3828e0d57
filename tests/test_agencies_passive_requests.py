"""A body reported as requested ("Bộ Công an được yêu cầu khẩn trương điều tra", "Các tỉnh, thành phố được yêu cầu thành
lập Ban Chỉ đạo …") is given the task, as one reported as assigned ("được giao") is, with the role it is asked for."""

from tests._agencies_support import named_roles


def test_a_body_requested_to_act_is_given_the_task():
    assert named_roles("Bộ Công an được yêu cầu khẩn trương điều tra, xử lý nghiêm các vi phạm.") == {("Bộ Công an", "thực hiện")}


def test_the_role_it_is_requested_in_is_kept():
    assert named_roles("Bộ Công an được yêu cầu chủ trì, phối hợp với Bộ Quốc phòng điều tra.") == {
        ("Bộ Công an", "chủ trì"), ("Bộ Quốc phòng", "phối hợp"),
    }
    assert named_roles("Sở Y tế được yêu cầu phối hợp với Sở Tài chính rà soát.") == {("Sở Y tế", "phối hợp"), ("Sở Tài chính", "phối hợp")}


def test_a_body_that_requests_is_not_given_it():
    assert ("Bộ Công an", "thực hiện") not in named_roles("Bộ Công an yêu cầu các địa phương điều tra.")
