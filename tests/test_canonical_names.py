"""Canonical names: abbreviations, tone placement, case, province qualifiers,
the 2025 reorganisation of departments and the 2025 merger of provinces."""

import pytest

from extractors.canonical import canonical_name, current_name, current_province, district_province, fold_tones, province_name


@pytest.mark.parametrize(
    "written, canonical",
    [
        ("Sở KH&CN", "Sở Khoa học và Công nghệ"),
        ("Sở KHCN", "Sở Khoa học và Công nghệ"),
        ("Sở TT&TT", "Sở Thông tin và Truyền thông"),
        ("Sở NN&PTNT", "Sở Nông nghiệp và Phát triển nông thôn"),
        ("Sở VH-TT&DL", "Sở Văn hóa, Thể thao và Du lịch"),
        ("Sở Văn hoá, Thể thao và Du lịch tỉnh Hà Tĩnh", "Sở Văn hóa, Thể thao và Du lịch"),
        ("Sở GD&ĐT", "Sở Giáo dục và Đào tạo"),
        ("Sở LĐ-TB&XH", "Sở Lao động - Thương binh và Xã hội"),
        # an abbreviation written with "và" for its "&"
        ("Sở KH và ĐT", "Sở Kế hoạch và Đầu tư"),
        ("Sở GD và ĐT", "Sở Giáo dục và Đào tạo"),
        ("Sở LĐ-TB và XH", "Sở Lao động - Thương binh và Xã hội"),
        ("Sở TT và TT", "Sở Thông tin và Truyền thông"),
        ("Sở Công thương", "Sở Công Thương"),
        ("Sở Giáo dục\nvà Đào tạo", "Sở Giáo dục và Đào tạo"),
        ("UBND tỉnh Lào Cai", "Ủy ban nhân dân tỉnh"),
        ("Uỷ ban nhân dân các xã, phường", "Ủy ban nhân dân cấp xã"),
        ("UBND xã, phường", "Ủy ban nhân dân cấp xã"),
        ("Công an Tỉnh", "Công an tỉnh"),
        ("Bộ CHQS tỉnh", "Bộ Chỉ huy Quân sự tỉnh"),
        ("Ủy ban MTTQVN tỉnh", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"),
        ("NH Nhà nước CN khu vực 14", "Ngân hàng Nhà nước chi nhánh khu vực 14"),
        ("Sở Y tế (Chi cục Dân số - Xã hội)", "Sở Y tế"),
        ("Giám đốc Sở Tài chính", "Sở Tài chính"),
        ("Thứ trưởng Bộ Công Thương", "Bộ Công Thương"),
        ("Tổng cục trưởng Tổng cục Hải quan", "Tổng cục Hải quan"),
        ("Sở Nông nghiệp - PTNT", "Sở Nông nghiệp và Phát triển nông thôn"),
        ("Sở NN-PTNT tỉnh Đắk Nông", "Sở Nông nghiệp và Phát triển nông thôn"),
        ("Sở Tài nguyên - Môi trường", "Sở Tài nguyên và Môi trường"),
        ("Sở LĐ-TBXH", "Sở Lao động - Thương binh và Xã hội"),
        ("BCH Quân sự tỉnh", "Bộ Chỉ huy Quân sự tỉnh"),
        ("UBMTTQ Việt Nam tỉnh", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"),
        ("Ủy ban MTTQ tỉnh", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"),
        ("Hội LHPN tỉnh", "Hội Liên hiệp Phụ nữ tỉnh"),
        ("LĐLĐ tỉnh", "Liên đoàn Lao động tỉnh"),
        ("Tỉnh Đoàn", "Tỉnh đoàn"),
        ("Đoàn TNCS Hồ Chí Minh tỉnh", "Tỉnh đoàn"),
        ("Đài PT-TH tỉnh", "Đài Phát thanh và Truyền hình tỉnh"),
        ("VP UBND tỉnh", "Văn phòng Ủy ban nhân dân tỉnh"),
        ("BQL Khu kinh tế tỉnh Lào Cai", "Ban Quản lý Khu kinh tế tỉnh"),
        ("Ban quản lý các khu công nghiệp tỉnh", "Ban Quản lý các khu công nghiệp tỉnh"),
        ("Ủy ban nhân dân huyện, thành phố", "Ủy ban nhân dân cấp huyện"),
        ("UBND các tỉnh, thành phố trực thuộc Trung ương", "Ủy ban nhân dân cấp tỉnh"),
        # A name that is the province's own: nothing to drop.
        ("Báo Lào Cai", "Báo Lào Cai"),
        # Variants of one body: capitals, a doubled head word, commas written or not, the province or its level.
        ("BỘ CÔNG AN", "Bộ Công an"),
        ("SỞ Y TẾ TỈNH LÀO CAI", "Sở Y tế"),
        ("Sở Sở Công thương", "Sở Công Thương"),
        ("Sở Văn hóa Thể thao và Du lịch", "Sở Văn hóa, Thể thao và Du lịch"),
        ("Báo và Phát thanh Truyền hình Lai Châu", "Báo và Phát thanh, Truyền hình tỉnh"),
        ("Báo và Phát thanh, Truyền hình Đồng Nai", "Báo và Phát thanh, Truyền hình tỉnh"),
        ("Báo và Phát thanh, Truyền hình tỉnh", "Báo và Phát thanh, Truyền hình tỉnh"),
    ],
)
def test_written_forms_fold_to_one_name(written, canonical):
    assert canonical_name(written) == canonical


def test_tone_placement_is_folded_to_the_official_style():
    assert fold_tones("Văn hoá, thuỷ lợi, Uỷ ban, hoà bình") == "Văn hóa, thủy lợi, Ủy ban, hòa bình"
    # "quý" keeps its tone on the y: the u belongs to "qu".
    assert fold_tones("quý IV") == "quý IV"


@pytest.mark.parametrize(
    "old, new",
    [
        ("Sở Thông tin và Truyền thông", "Sở Khoa học và Công nghệ"),
        ("Sở Kế hoạch và Đầu tư", "Sở Tài chính"),
        ("Sở Nông nghiệp và Phát triển nông thôn", "Sở Nông nghiệp và Môi trường"),
        ("Sở Tài nguyên và Môi trường", "Sở Nông nghiệp và Môi trường"),
        ("Sở Lao động - Thương binh và Xã hội", "Sở Nội vụ"),
        ("Sở Giao thông vận tải", "Sở Xây dựng"),
        ("Bộ Thông tin và Truyền thông", "Bộ Khoa học và Công nghệ"),
        ("Bộ Tài nguyên và Môi trường", "Bộ Nông nghiệp và Môi trường"),
        ("Sở Y tế", "Sở Y tế"),
        ("Ban Dân tộc tỉnh", "Sở Dân tộc và Tôn giáo"),
        ("Cục Thuế tỉnh Lào Cai", "Thuế tỉnh"),
        ("Đài Phát thanh và Truyền hình tỉnh", "Báo và Phát thanh, Truyền hình tỉnh"),
        ("Kho bạc Nhà nước tỉnh", "Kho bạc Nhà nước khu vực"),
    ],
)
def test_current_name_follows_the_2025_reorganisation(old, new):
    assert current_name(canonical_name(old)) == new


@pytest.mark.parametrize(
    "province, current",
    [("Sóc Trăng", "Cần Thơ"), ("tỉnh Đắk Nông", "Lâm Đồng"), ("Tiền Giang", "Đồng Tháp"), ("Hà Tĩnh", "Hà Tĩnh"), ("Thừa Thiên Huế", "Huế")],
)
def test_current_province_follows_the_2025_merger(province, current):
    assert current_province(province) == current


def test_a_renamed_province_keeps_the_name_its_texts_were_written_under():
    # Thừa Thiên Huế's 2017 and 2021 texts (b25a, b15c) are of Thừa Thiên Huế; since 2025 the city of Huế.
    assert province_name("tỉnh Thừa Thiên Huế") == province_name("Thừa Thiên - Huế") == "Thừa Thiên Huế"
    assert province_name("thành phố Huế") == "Huế"
    assert current_province("Thừa Thiên Huế") == current_province("Huế") == "Huế"


def test_province_spellings():
    assert province_name("TP.HCM") == "Hồ Chí Minh"
    assert province_name("ĐắkNông") == "Đắk Nông"
    assert province_name("Thanh Hoá") == "Thanh Hóa"
    assert province_name("Gotham") is None


def test_merger_table_agrees_with_underthesea():
    from underthesea import convert_address

    from extractors.canonical import gazetteer

    for old, current in gazetteer()["province_merger"].items():
        assert province_name(convert_address(old).new.province) == current


@pytest.mark.parametrize(
    "district, province",
    [("huyện Krông Nô", "Đắk Nông"), ("Đắk R'Lấp", "Đắk Nông"), ("Bát Xát", "Lào Cai"), ("thị xã Sa Pa", "Lào Cai"), ("Châu Thành", None)],
)
def test_district_gives_its_province_when_the_name_is_unique(district, province):
    assert district_province(district) == province


def test_district_table_agrees_with_underthesea():
    import json
    from importlib import resources

    import underthesea
    import yaml

    mapping = json.loads((resources.files(underthesea) / "address/data/mapping.json").read_text(encoding="utf-8"))
    provinces_of: dict[str, set] = {}
    for row in mapping["ward_mapping"]:
        district = row["old_district"].split(" ", 1)[1] if row["old_district"].startswith(("Huyện ", "Quận ")) else None
        if district is None:
            for level in ("Thị xã ", "Thành phố "):
                if row["old_district"].startswith(level):
                    district = row["old_district"][len(level):]
        if district:
            provinces_of.setdefault(district, set()).add(province_name(row["old_province"]))
    table = yaml.safe_load((resources.files("extractors") / "data/districts.yaml").read_text(encoding="utf-8"))["districts"]
    for district, province in table.items():
        assert provinces_of[district] == {province}


def test_corpus_plans_name_each_body_once(shared_docs):
    """Across plans that spell bodies differently, one canonical name per named body: no two
    differ only in capitals, commas or a doubled head word."""
    import re

    from pipeline.extract.stage import extract_path

    names = {
        a.canonical_name
        for plan in ("dnai_kh179_kinhteso_2025.md", "lch_kh7360_tieuchuan_2025.md", "bn_kh141_canbo_2025.md",
                     "ct_kh153_matuy_2025.md", "cp_qd2530_khongkhi_2025.md")
        for a in extract_path(shared_docs / plan).agencies
        if not a.generic
    }
    keys = {re.sub(r"^(\w+) \1 ", r"\1 ", re.sub(r"[,\s]+", " ", name.casefold())) for name in names}
    assert len(keys) == len(names)
    assert {"Báo và Phát thanh, Truyền hình tỉnh", "Sở Văn hóa, Thể thao và Du lịch", "Sở Công Thương"} <= names


@pytest.mark.parametrize(
    "written, canonical",
    [("Sở Sây dựng", "Sở Xây dựng"), ("Sở Tài chinh tỉnh Lào Cai", "Sở Tài chính"), ("Bộ Xay dựng", "Bộ Xây dựng")],
)
def test_a_field_misspelt_by_one_letter_is_still_the_department(written, canonical):
    assert canonical_name(written) == canonical


@pytest.mark.parametrize("name", ["Bộ Tư lệnh", "Sở Giao dịch", "Sở Ngoại vụ", "Sở Nội vụ"])
def test_other_bodies_are_not_taken_for_a_misspelt_field(name):
    assert canonical_name(name) == name


@pytest.mark.parametrize("written", ["Ban Chấp hành Trung ương", "Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam"])
def test_the_central_committee_short_or_by_its_full_name_is_one_body(written):
    assert canonical_name(written) == "Ban Chấp hành Trung ương Đảng"


@pytest.mark.parametrize("written", ["Văn phòng Ban Chấp hành Trung ương", "Văn phòng Ban Chấp hành Trung ương Đảng"])
def test_the_party_central_office_by_its_letterhead_is_the_gazetteers_office(written):
    # Thông báo 432-TB/VPTW (blind b32b): a legal site names the issuer after its letterhead
    # ("BAN CHẤP HÀNH TRUNG ƯƠNG / VĂN PHÒNG"), the gold by its full name.
    assert canonical_name(written) == "Văn phòng Trung ương Đảng"
