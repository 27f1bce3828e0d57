"""TCVN3 (ABC) and VNI detection and conversion on constructed, real-looking samples."""

from __future__ import annotations

import pytest

from pipeline.parse.legacy_encodings import (
    detect_legacy_encoding,
    fix_legacy_encoding,
    tcvn3_to_unicode,
    vni_to_unicode,
)

UNICODE = ("Cộng hòa xã hội chủ nghĩa Việt Nam. Độc lập - Tự do - Hạnh phúc. "
           "Phấn đấu đến năm 2030 tỷ lệ hộ nghèo giảm xuống dưới 3%, thu nhập bình quân "
           "đầu người đạt 120 triệu đồng; Sở Kế hoạch và Đầu tư chủ trì, phối hợp các sở, ngành.")
# As a .VnTime (TCVN3) PDF or Word file reads when taken as Windows-1252.
TCVN3 = ("Céng hßa x· héi chñ nghÜa ViÖt Nam. §éc lËp - Tù do - H¹nh phóc. "
         "PhÊn ®Êu ®Õn n¨m 2030 tû lÖ hé nghÌo gi¶m xuèng d\u00adíi 3%, thu nhËp b×nh qu©n "
         "®Çu ng\u00adêi ®¹t 120 triÖu ®ång; Së KÕ ho¹ch vµ §Çu t\u00ad chñ tr×, phèi hîp c¸c së, ngµnh.")
# As a VNI-Times file reads when taken as Windows-1252.
VNI = ("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam. Ñoäc laäp - Töï do - Haïnh phuùc. "
       "Phaán ñaáu ñeán naêm 2030 tyû leä hoä ngheøo giaûm xuoáng döôùi 3%, thu nhaäp bình quaân "
       "ñaàu ngöôøi ñaït 120 trieäu ñoàng; Sôû Keá hoaïch vaø Ñaàu tö chuû trì, phoái hôïp caùc sôû, ngaønh.")


def test_tcvn3_sample_is_detected_and_converted():
    assert detect_legacy_encoding(TCVN3) == "TCVN3"
    assert tcvn3_to_unicode(TCVN3) == UNICODE


def test_vni_sample_is_detected_and_converted():
    assert detect_legacy_encoding(VNI) == "VNI"
    assert vni_to_unicode(VNI) == UNICODE


def test_vni_capitals():
    assert vni_to_unicode("COÄNG HOØA XAÕ HOÄI CHUÛ NGHÓA VIEÄT NAM") == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"


@pytest.mark.parametrize("text", [
    UNICODE,
    "Café résumé naïve über Zoë crème brûlée à la carte",  # Western European text
    "Ủy ban nhân dân tỉnh Lào Cai; theo dõi, đôn đốc; hoà bình",
    "",
])
def test_unicode_and_other_languages_are_left_alone(text):
    assert fix_legacy_encoding(text) == (text, None)
