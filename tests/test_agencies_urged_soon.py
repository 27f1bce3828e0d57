"""A conclusion urges a body to act soon ("Tổng công ty Hàng hải Việt Nam sớm hoàn thiện đề án …", blind batch b34a):
"sớm" is a duty's adverb, never a word of the body's name."""

from tests._agencies_support import all_roles as _roles


def test_a_body_urged_to_act_soon_is_given_the_duty_under_its_own_name():
    assert _roles("Tổng công ty Hàng hải Việt Nam sớm hoàn thiện đề án chuyển đổi.") == {
        ("Tổng công ty Hàng hải Việt Nam", "thực hiện")
    }
    assert _roles("Sở Tài chính sớm bố trí kinh phí thực hiện.") == {("Sở Tài chính", "thực hiện")}
