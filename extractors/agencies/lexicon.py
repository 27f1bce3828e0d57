"""The words names of bodies are made of and end at, as data: what ``mentions``
reads a name's tail with, and the bodies that issue plans."""

from __future__ import annotations

from functools import lru_cache

from extractors.canonical import LOWERCASE, UPPERCASE, province_names, spaced_regex, tone_variants

# The letters by case, for regex classes, as canonical spells them ("[à-ỹ]" would span capitals too).
UPPER = UPPERCASE
LOWER = LOWERCASE
# A sentence's opening: a capitalised word, then a lower-case one ("Phối hợp với …", "Kiểm tra các …"), not the rest of
# a name, whose words are all capitalised ("Lào Cai", "Truyền thông").
SENTENCE_OPENING = rf"[{UPPER}][{LOWER}]*[ \t]+[{LOWER}]"
# Heads that name a body on their own ("tham mưu Ủy ban nhân dân").
COMPLETE_HEADS = frozenset({
    "Ủy ban nhân dân", "Uỷ ban nhân dân", "UBND", "Hội đồng nhân dân", "HĐND", "BHXH",
    "Tỉnh đoàn", "Tỉnh Đoàn", "Thành đoàn", "Thành Đoàn", "UBMTTQ", "UB MTTQ", "UBMTTQVN",
})
# Lower-case words that may sit inside a name after its head.
LEVEL_WORDS = frozenset({
    "tỉnh", "thành", "phố", "huyện", "xã", "phường", "thị", "trấn", "quận", "khu", "vực", "chi",
    "nhánh", "trung", "ương", "ngành", "các", "cấp", "nhà", "nước", "đặc", "ủy", "uỷ", "tp",
})
# Lower-case words that end a name: verbs and prepositions that follow a subject.
STOP_WORDS = frozenset({
    "có", "chủ", "phối", "thực", "tham", "theo", "căn", "để", "trong", "tổ", "triển", "hướng", "chỉ",
    "chịu", "tiếp", "nghiên", "xây", "rà", "báo", "giám", "cùng", "được", "là", "đã", "sẽ", "về", "với",
    "tại", "gửi", "nhằm", "đảm", "kiểm", "đôn", "thẩm", "lập", "cung", "hỗ", "phân", "tăng",
    "đề", "ứng", "trình", "và", "hoặc", "của", "quản", "cho", "đến", "từ", "khi", "nếu", "làm",
    "đang", "vẫn", "cũng", "đồng", "thường", "định", "tuyên", "nâng", "chuẩn", "bố", "tập",
    "hằng", "hàng", "trước", "sau", "bằng", "ký", "cử", "đánh", "lựa", "tích", "giúp",
    "hoàn", "thiết", "giải", "cập", "khảo", "phổ", "đẩy", "thúc", "sử", "áp", "xử", "tổng", "nắm", "bảo",
    "gồm", "bao", "xem", "quyết", "xin", "chuyển", "sớm",
    # An official who assigns ("Phó Chủ tịch UBND TP Hải Phòng Lê Khắc Nam giao Sở Tài chính …"), a duty ("Ban X phải …").
    "giao", "yêu", "phải",
    # A body's term of office is not its name ("Hội đồng Nhân quyền Liên hợp quốc nhiệm kỳ 2026-2028").
    "nhiệm",
})
# Words a collective reference is made of ("các sở, ban, ngành, đoàn thể có liên quan").
COLLECTIVE_WORDS = frozenset({
    "sở", "bộ", "ban", "ngành", "đoàn", "thể", "đơn", "vị", "cơ", "quan", "địa", "phương", "tổ", "chức",
    "xã", "phường", "huyện", "hội", "doanh", "nghiệp", "liên", "có", "các", "cấp", "tỉnh", "thành", "phố",
    "trực", "thuộc", "chuyên", "môn", "ngân", "hàng", "thương", "mại", "cá", "nhân", "chính", "trị", "xã",
    "hội", "trung", "ương", "đặc", "khu", "thị", "trấn", "quận", "nhà", "nước",
    "mặt", "trận", "đầu", "tư", "chủ", "đại", "diện", "lãnh", "đạo", "thủ", "trưởng", "giám", "đốc", "dân", "viên",
    # The Party's committees of a level ("các tỉnh ủy, thành ủy", "các huyện uỷ, thị uỷ").
    "ủy", "uỷ", "đảng",
})
# Two-word collective nouns whose first word alone would be a verb ("báo cáo"): the first word → a pattern of the second
# ("các cơ quan thông tấn, báo chí", "các cơ quan thông tin, báo chí"; "các cơ quan, tổ chức hữu quan", as "liên quan";
# "các phòng, ban chức năng liên quan"; "các tổ chức tín dụng, tài chính Nhà nước khác").
COLLECTIVE_PAIRS = {
    "thông": "(?:tấn|tin)", "báo": "chí", "truyền": "thông", "hiệp": "hội", "hữu": "quan", "chức": "năng",
    "tín": "dụng", "tài": "chính",
}
# Company names hold ordinary words ("Đầu tư phát triển công nghiệp", "Bưu chính Viễn thông"): stop only
# at duty verbs and the modal and aspect words before them ("… cần xác định", "… tiếp tục phối hợp").
COMPANY_STOP_WORDS = frozenset({
    "có", "chịu", "chủ", "phối", "thực", "tham", "được", "là", "đã", "sẽ", "theo", "để", "tại", "về", "với",
    "cho", "đề", "nộp", "gửi", "báo", "và", "của", "trong", "khi", "nếu", "cam", "đăng",
    "cần", "phải", "tiếp", "khẩn", "tích", "nghiên", "kịp", "rà", "chỉ", "đôn", "hoàn", "gồm", "xem", "xin", "sớm",
})
# Heads of companies, whose names run on over ordinary words.
COMPANY_HEADS = frozenset({"Công ty", "Tổng công ty", "Tập đoàn", "Liên danh"})
# Heads of central bodies whose names run on in lower case ("Cục Kiểm soát ô nhiễm môi trường").
LONG_TAIL_HEADS = frozenset({
    "Cục", "Tổng cục", "Tổng Cục", "Vụ", "Viện", "Học viện", "Trung tâm", "Tạp chí", "Chi cục", "Trường Đại học", "Trường Cao đẳng",
})
# Heads of universities and colleges, whose names may hold their parent university's.
UNIVERSITY_HEADS = frozenset({"Trường Đại học", "Trường Cao đẳng", "Đại học", "Phân hiệu"})
# Heads that name a body only with a level after them ("Thuế tỉnh", not "Thuế GTGT").
LEVEL_HEADS = frozenset({"Thuế", "Hải quan"})

# The bodies that issue provincial and national plans: never their own assignees.
ISSUERS = frozenset({"Ủy ban nhân dân", "Ủy ban nhân dân tỉnh", "Ủy ban nhân dân thành phố", "Chính phủ", "Thủ tướng Chính phủ"})
COUNCIL_ISSUERS = frozenset({"Hội đồng nhân dân", "Hội đồng nhân dân tỉnh", "Hội đồng nhân dân thành phố"})
# National texts (the Government, the Prime Minister, the Government Office for them) assign provinces.
GOVERNMENT_ISSUERS = frozenset({"Chính phủ", "Thủ tướng Chính phủ", "Ủy ban nhân dân"})
# A province's committee: the default issuer of a provincial text, an assignee of a central leader's request.
PROVINCIAL_COMMITTEES = frozenset({"Ủy ban nhân dân tỉnh", "Ủy ban nhân dân thành phố"})


@lru_cache(maxsize=1)
def province_alternation() -> str:
    """Regex alternation of every spelling of a province, in both tone placements."""
    return "|".join(spaced_regex(variant) for name in province_names() for variant in tone_variants(name))
