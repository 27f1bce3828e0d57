"""Document metadata: số hiệu, type, issuer, province, date, title, signer,
period, and for news pages the number of the plan they report on.

An official text is read from its letterhead (issuer, "Số: …", "<place>, ngày
… tháng … năm …"), its type heading (KẾ HOẠCH, QUYẾT ĐỊNH …) with the title
lines under it, and the signature block at its end. A news or legal-news page
that reports a plan ("UBND tỉnh Sóc Trăng đã ban hành Kế hoạch số
110/KH-UBND về …") is described by that plan, with ``reported_plan_number``
set so the page and the plan can be joined, ``document_kind``
"news_about_document" and the page's own ``publisher`` and ``published_date``;
other news pages get their headline and date. ``document_kind`` otherwise follows
the type (plan, decision, resolution, results_report, official_letter, news). Container ``hints`` (HTML title/date/sitename, e-signature
number/date/organisation) fill what the printed page leaves blank.

Beyond the provincial letterhead: Party numbers ("71-NQ/TW") and letterheads ("BAN CHẤP HÀNH
TRUNG ƯƠNG / BAN …", "TỈNH ỦY X"), commune and ward committees, the Assembly's "Nghị quyết số:
…/QH15"; a copy that lost its letterhead is issued by its enacting line ("QUỐC HỘI") and dated
by its adoption line, one that lost its whole header is typed by its closing formula ("Nghị
quyết này phổ biến đến chi bộ"); a certificate is identified by its "Mã số dự án"."""

from __future__ import annotations

import re
from collections import Counter
from importlib import resources
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Mapping, Optional
from urllib.parse import unquote

import yaml

from extractors.canonical import (
    LOWERCASE,
    UPPERCASE,
    canonical_name,
    current_province,
    district_province,
    fold,
    fold_marks,
    province_level,
    province_name,
    province_names,
    repair_charmap,
    spaced_regex,
    tone_variants,
)
from extractors.gazetteer import iter_gazetteer_matches
from extractors.timeexpr import parse_date

# A text's date lies between the Democratic Republic's first documents (1945) and the end of the
# century: "10/11/1435" in an image's path ("…/102020/10/11/1435_anh.jpg") is no date. The bound is
# fixed, not read from today, so that an extraction does not depend on the day it runs.
_EARLIEST_YEAR = 1945
_LATEST_YEAR = 2099


def _calendar_date(year: int, month: int, day: int) -> Optional[date]:
    """The date, or None when it is no calendar date or no plausible date of a text."""
    if not _EARLIEST_YEAR <= year <= _LATEST_YEAR:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _day_month_year(match: re.Match) -> Optional[date]:
    """The date a match writes as day, month and year in its first three groups."""
    return _calendar_date(int(match.group(3)), int(match.group(2)), int(match.group(1)))


NEWS = "Tin tức"
NEWS_KIND = "news"
REPORTING_KIND = "news_about_document"
# What a document is (``Document.document_kind``), by its type.
_KIND_OF_TYPE = {
    **dict.fromkeys(("Kế hoạch", "Chương trình", "Đề án", "Chiến lược"), "plan"),
    **dict.fromkeys(("Quyết định", "Chỉ thị", "Giấy chứng nhận đăng ký đầu tư"), "decision"),
    **dict.fromkeys(
        ("Nghị quyết", "Nghị định", "Nghị định thư", "Thông tư", "Kết luận", "Quy định", "Luật", "Pháp lệnh"), "resolution"
    ),
    **dict.fromkeys(("Báo cáo", "Biên bản", "Thông báo", "Tham luận"), "results_report"),
    **dict.fromkeys(("Công văn", "Công điện", "Tờ trình", "Hướng dẫn"), "official_letter"),
    NEWS: NEWS_KIND,
}

_TYPE_WORDS = {
    "KẾ HOẠCH": "Kế hoạch",
    "QUYẾT ĐỊNH": "Quyết định",
    "CHƯƠNG TRÌNH": "Chương trình",
    "ĐỀ ÁN": "Đề án",
    "NGHỊ QUYẾT": "Nghị quyết",
    "CÔNG VĂN": "Công văn",
    "CÔNG ĐIỆN": "Công điện",
    "THÔNG BÁO": "Thông báo",
    "CHỈ THỊ": "Chỉ thị",
    "KẾT LUẬN": "Kết luận",  # the Party's and its offices' ("Số 07-KL/VPTW … KẾT LUẬN CỦA ĐỒNG CHÍ CHÁNH VĂN PHÒNG …")
    "BÁO CÁO": "Báo cáo",
    "TỜ TRÌNH": "Tờ trình",
    "BIÊN BẢN": "Biên bản",
    "NGHỊ ĐỊNH THƯ": "Nghị định thư",
    "NGHỊ ĐỊNH": "Nghị định",
    "THÔNG TƯ": "Thông tư",
    "HƯỚNG DẪN": "Hướng dẫn",
    "GIẤY CHỨNG NHẬN ĐĂNG KÝ ĐẦU TƯ": "Giấy chứng nhận đăng ký đầu tư",
    "LUẬT": "Luật",
    "PHÁP LỆNH": "Pháp lệnh",
}
# Type codes inside a số hiệu ("110/KH-UBND").
_TYPE_CODES = {
    "KH": "Kế hoạch", "QĐ": "Quyết định", "QD": "Quyết định", "CTr": "Chương trình", "CTR": "Chương trình",
    "ĐA": "Đề án", "NQ": "Nghị quyết", "TB": "Thông báo", "CT": "Chỉ thị", "BC": "Báo cáo", "TTr": "Tờ trình",
    "NĐ": "Nghị định", "TT": "Thông tư", "HD": "Hướng dẫn", "CĐ": "Công điện", "KL": "Kết luận",
}
# Issuer codes inside a số hiệu.
_ISSUER_CODES = {
    "TTg": "Thủ tướng Chính phủ", "CP": "Chính phủ", "VPCP": "Văn phòng Chính phủ", "BCT": "Bộ Công Thương",
    "BKHCN": "Bộ Khoa học và Công nghệ", "BTC": "Bộ Tài chính", "BXD": "Bộ Xây dựng", "BNV": "Bộ Nội vụ",
    "BGDĐT": "Bộ Giáo dục và Đào tạo", "BYT": "Bộ Y tế", "BNNMT": "Bộ Nông nghiệp và Môi trường",
    "QH": "Quốc hội", "UBTVQH": "Ủy ban Thường vụ Quốc hội", "BTP": "Bộ Tư pháp", "BCA": "Bộ Công an",
    "BQP": "Bộ Quốc phòng", "BNG": "Bộ Ngoại giao", "BVHTTDL": "Bộ Văn hóa, Thể thao và Du lịch",
    "BKHĐT": "Bộ Kế hoạch và Đầu tư", "BTTTT": "Bộ Thông tin và Truyền thông", "BGTVT": "Bộ Giao thông vận tải",
    "BLĐTBXH": "Bộ Lao động - Thương binh và Xã hội", "BTNMT": "Bộ Tài nguyên và Môi trường",
    "BNNPTNT": "Bộ Nông nghiệp và Phát triển nông thôn", "NHNN": "Ngân hàng Nhà nước Việt Nam",
    "TCHQ": "Tổng cục Hải quan", "KTNN": "Kiểm toán nhà nước", "TTCP": "Thanh tra Chính phủ",
}
_NATIONAL_ISSUERS = re.compile(
    r"^(?:Thủ tướng|Chính phủ|Văn phòng Chính phủ|Bộ |Cục |Tổng cục |Quốc hội|Ủy ban Thường vụ Quốc hội|Ban Bí thư"
    r"|Ban Chấp hành Trung ương|Văn phòng (?:Trung ương Đảng|Ban Chấp hành Trung ương)|Ban .+ Trung ương$"
    r"|(?:Đảng đoàn|Đảng ủy|Ban cán sự đảng) (?:Quốc hội|Chính phủ|Mặt trận Tổ quốc(?: Việt Nam)?)$)"
)

# "110/KH-UBND", "125/2025/QĐ-UBND", "244/2025/QH15" (the Assembly's code carries its term), "66.3/2025/NQ-CP"
# (one of a numbered series of the Government's special resolutions); the
# Party's form puts the type code before the slash: "71-NQ/TW", "1147-QĐ/BTGDVTW", "3260-KH/ĐĐQH15".
_PARTY_NUMBER = r"\d{1,5}\s*-\s*[A-ZĐ][A-Za-zĐđ]{0,4}\s*/\s*[A-ZĐ][A-Za-zĐđ]*(?:\d{1,2})?(?![\w/])"
_NUMBER_BODY = (
    r"(" + _PARTY_NUMBER + r"|\d{1,5}(?:\.\d{1,2})?(?:\s*/\s*\d{4})?\s*/\s*[A-ZĐ][A-Za-zĐđ]*(?:\d{1,2}(?![\d/]))?"
    r"(?:\s*[-–]\s*[A-ZĐ][A-Za-zĐđ&]*(?:\d{1,2}(?![\d/]))?)*)"  # "…/NQ-UBTVQH15": a code with its term
)
# "Số: …", and the national form that names the type first, at the start of a line or cell and with
# its colon, unlike a citation ("Nghị quyết số: 192/2025/QH15", "Luật số: …").
_PRINTED_NUMBER = re.compile(
    # (A legal site runs the issuer's letterhead into it: "QUỐC HỘI Nghị quyết số: 250/2025/QH15".)
    r"(?:Số\s*(?:hiệu)?\s*:?|(?:^|\|)[\s*]*(?:[" + UPPERCASE + r"][" + UPPERCASE + r" ]{1,60} )?"
    r"(?:Nghị\s+quyết|Luật|Pháp\s+lệnh|Nghị\s+định|Thông\s+tư)\s+số\s*:)"
    r"\s*(?:\*+\s*)?" + _NUMBER_BODY + rf"(?![{LOWERCASE}])",  # a code does not stop inside a word ("Số 242/Ngày")
    re.MULTILINE,
)
# A type may carry what kind of it the text is before "số": "Chương trình hành động số 32-CT/TU",
# "Nghị quyết chuyên đề số …", "Kế hoạch liên tịch số …" (words in lower case, then "số").
_REFERENCE = re.compile(
    r"(?P<type>(?i:Kế\s+hoạch|Quyết\s+định|Chương\s+trình|Đề\s+án|Nghị\s+quyết|Chỉ\s+thị|Thông\s+báo|Công\s+văn|Công\s+điện|Kết\s+luận|Quy\s+định))"
    rf"(?:(?:\s+[{LOWERCASE}]+){{1,3}}(?=\s+số\s))?(?:\s+số)?\s+" + _NUMBER_BODY
)


def _written_type(reference: re.Match) -> str:
    """The type as the citing text writes it, with its kind: "Chương trình hành động"."""
    written = reference.string[reference.start("type") : reference.start(2)]
    written = " ".join(re.sub(r"\s+số\s*$", "", written).split())
    return written[0].upper() + written[1:].lower()
_PLACE_DATE = re.compile(
    # ("*Hà Nội*, *ngày 22 tháng 12 năm 2024*": emphasis closed after the place and opened again before the date)
    r"(?P<place>[A-ZĐ][\w'’ .-]{1,30}?)[*_]*\s*,\s*[*_]*\s*ngày\s*(?P<day>\d{1,2})?\s*tháng\s*(?P<month>\d{1,2})?\s*năm\s*(?P<year>\d{4})"
)
# The letterhead; in PDFs its two columns are interleaved line by line
# ("UỶ BAN NHÂN DÂN CỘNG HOÀ XÃ HỘI … / TỈNH LÀO CAI Độc lập - …").
_LETTERHEAD_BODY = re.compile(
    r"(ỦY\s+BAN\s+NHÂN\s+DÂN|UỶ\s+BAN\s+NHÂN\s+DÂN|HỘI\s+ĐỒNG\s+NHÂN\s+DÂN|UBND|HĐND)[\s*|]*"
    r"(?:CỘNG\s+H(?:OÀ|ÒA|ÕA|OA)\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA\s+VIỆT\s+NAM[\s*|]*)?"
    r"(TỈNH|THÀNH\s+PHỐ)\s+([^\n*|]+?)\s*(?=[*\n|]|-{3,}|\s{2,}|CỘNG\s|Độc\s+lập|$)"
)
_FRONT_LETTERHEAD = re.compile(
    r"^[\s*|#/]*[ỦU][YỶ]\s+BAN\s+(?:MTTQ|MẶT\s+TRẬN\s+TỔ\s+QUỐC)\s+VIỆT\s+NAM\s+"
    rf"(?P<level>TỈNH|THÀNH\s+PHỐ|HUYỆN|QUẬN|THỊ\s+XÃ|XÃ|PHƯỜNG|ĐẶC\s+KHU)\s+(?P<place>[{UPPERCASE}][{UPPERCASE}' ]*?)"
    r"(?:[\s*|]+(?P<board>BAN\s+THƯỜNG\s+TRỰC))?(?=[\s*|]+(?:Số|SỐ)\b|[\s*]*[\n|]|\s{2,}|\s+CỘNG\s)",
    re.MULTILINE,
)
# A department or board under the committee's name in a letterhead: "SỞ Y TẾ", "SỞ CÔNG THƯƠNG",
# "BAN QUẢN LÝ KHU KINH TẾ", "BAN CHỈ ĐẠO CHUYỂN ĐỔI SỐ".
_DEPARTMENT_LINE = re.compile(rf"^[\s*|]*((?:SỞ|BAN\s+QUẢN\s+LÝ|BAN\s+CHỈ\s+ĐẠO|BAN\s+DÂN\s+TỘC)\s+[{UPPERCASE}][{UPPERCASE} ,&-]*?|VĂN\s+PHÒNG)[\s*]*(?=\s{{2,}}|-{{3,}}|\||\n|Độc\s+lập|$)", re.MULTILINE)
_NATIONAL_LETTERHEAD = re.compile(
    r"^[\s*|#]*(THỦ\s+TƯỚNG\s+CHÍNH\s+PHỦ|PHỦ\s+THỦ\s+TƯỚNG|VĂN\s+PHÒNG\s+CHÍNH\s+PHỦ|CHÍNH\s+PHỦ|(?:ỦY\s+BAN\s+THƯỜNG\s+VỤ\s+)?QUỐC\s+HỘI"
    rf"|BỘ\s+[{UPPERCASE} ]+?|SỞ\s+[{UPPERCASE} ]+?)[\s*]*"
    r"(?:CỘNG\s+H(?:OÀ|ÒA|ÕA|OA)\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA\s+VIỆT\s+NAM[\s*]*)?"
    r"(?:-{3,}[\s*]*)?(?:\|.*)?$",
    re.MULTILINE,
)
# The type words as a pattern, longest first ("NGHỊ ĐỊNH THƯ" before "NGHỊ ĐỊNH").
_TYPE_WORDS_PATTERN = "|".join(k.replace(" ", r"\s+") for k in sorted(_TYPE_WORDS, key=len, reverse=True))
_TYPE_HEADING = re.compile(
    r"^[\s*#|]*(" + _TYPE_WORDS_PATTERN + r")(?![\w:])[ \t*]*(.*)$",
    re.MULTILINE,
)
# The lookahead holds the characters a match can start with (a line's leading markup or
# a title's first letter): the engine turns the other positions down on one test.
_SIGNATURE_TITLE = re.compile(
    r"(?=[\s*|KPCTBG])(?:"
    r"^[\s*|]*(?:KT\.\s*)?(?:PHÓ\s+)?(?:CHỦ\s+TỊCH|THỦ\s+TƯỚNG|BỘ\s+TRƯỞNG|GIÁM\s+ĐỐC|CHÁNH\s+VĂN\s+PHÒNG|CỤC\s+TRƯỞNG)[\s*]*$|(?:KT\.\s*)?(?:PHÓ\s+)?(?:CHỦ\s+TỊCH|CỤC\s+TRƯỞNG|GIÁM\s+ĐỐC|BỘ\s+TRƯỞNG)\s*$"
    r")",
    re.MULTILINE,
)
_PERSON = re.compile(
    rf"^[\s*|]*((?:[{UPPERCASE}][{LOWERCASE}]+\s+){{1,4}}[{UPPERCASE}][{LOWERCASE}]+)[\s*|]*$", re.MULTILINE
)
_PERIOD = re.compile(r"giai\s+đoạn\s+(\d{4})\s*[-–]\s*(\d{4})", re.IGNORECASE)
_HORIZON = re.compile(r"(?:định\s+hướng|tầm\s+nhìn)?\s*đến\s+năm\s+(\d{4})", re.IGNORECASE)
_NEWS_DATE = re.compile(r"(?<!\d)(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})(?!\d)|(?<!\d)(\d{1,2})\s+(\d{1,2})\s+(\d{4})(?!\d)")


# --------------------------------------------------------------------------- OCR tolerance
# An OCR'd page misreads marks ("QUYÉT ĐỊNH", "CHÁP THUẬN", "Sô:", "ngảy"), strays
# punctuation into a heading ("QUYẾT: ĐỊNH") and reads digits as letters ("2O26",
# "ngày lĩ tháng 10"). Where a pattern above finds nothing (a type heading: nothing
# above), its tolerant twin below is tried on the text folded by ``fold_marks`` (same
# length, so the offsets hold); the clean corpus documents never reach these.
_OCR_SEPARATOR = r"(?:[\s.:,;'’`]*\s[\s.:,;'’`]*|[.:]\s*)"  # between two words of a heading
_OCR_DIGIT = r"[\dOoIl|i]"
_DIGIT_REPAIR = str.maketrans("OoIl|i", "001111")
_FOLDED_TYPE_WORDS = {fold_marks(words): name for words, name in _TYPE_WORDS.items()}
_TOLERANT_TYPE_HEADING = re.compile(
    r"^[\s*#|]*(" + "|".join(
        _OCR_SEPARATOR.join(f"(?:{word})" for word in words.split())
        for words in sorted(_FOLDED_TYPE_WORDS, key=len, reverse=True)
    ) + r")(?![\w:])[ \t*.:]*(.*)$",
    re.MULTILINE,
)
_TOLERANT_NUMBER = re.compile(
    r"S[o0]\s*(?:hieu)?\s*[:;.]?\s*(?:\*+\s*)?"
    r"(\d" + _OCR_DIGIT + r"{0,4}(?:\s*/\s*" + _OCR_DIGIT + r"{4})?\s*/\s*[A-Z][A-Za-z]*(?:\s*[-–]\s*[A-Z][A-Za-z&]*)*)"
)
_TOLERANT_PLACE_DATE = re.compile(
    r"(?P<place>[A-Z][\w'’ .-]{1,30}?)\s*[,.]\s*ngay\s*(?P<day>" + _OCR_DIGIT + r"{1,2})?\s*"
    r"thang\s*(?P<month>" + _OCR_DIGIT + r"{1,2})?\s*nam\s*(?P<year>" + _OCR_DIGIT + r"{4})"
)
_TOLERANT_LETTERHEAD = re.compile(
    r"(UY\s+BAN\s+NHAN\s+DAN|HOI\s+DONG\s+NHAN\s+DAN|UBND|HDND)[\s*|]*"
    r"(?:CONG\s+HOA\s+XA\s+HOI\s+CHU\s+NGHIA\s+VIET\s+NAM[\s*|]*)?"
    r"(TINH|THANH\s+PHO)\s+([^\n*|]+?)\s*(?=[*\n|]|-{3,}|\s{2,}|CONG\s|Doc\s+lap|$)"
)
_TOLERANT_NATIONAL_LETTERHEAD = re.compile(
    r"^[\s*|#]*(THU\s+TUONG\s+CHINH\s+PHU|VAN\s+PHONG\s+CHINH\s+PHU|CHINH\s+PHU|BO\s+[A-Z ]+?|SO\s+[A-Z ]+?)[\s*]*"
    r"(?:CONG\s+HOA\s+XA\s+HOI\s+CHU\s+NGHIA\s+VIET\s+NAM[\s*]*)?"
    r"(?:-{3,}[\s*]*)?(?:\|.*)?$",
    re.MULTILINE,
)
_TOLERANT_SUBJECT = re.compile(r"^[\s*|]*[VW]\s*/\s*v\s", re.MULTILINE)
_TOLERANT_LETTER_NUMBER = re.compile(r"^[\s*|]*S[o0]\s*[:;.]?\s*(\d" + _OCR_DIGIT + r"{0,4}\s*/\s*[A-Z][\w&-]*)", re.MULTILINE)
_TOLERANT_SUBJECT_AT = re.compile(r"[\s*|]*([VW]\s*/\s*v\s)")  # "W⁄v …" for "V/v …"
# A treaty or protocol is dated where it is signed, at its end: "Làm tại Hà Nội, ngày 11 tháng 10 năm 2011".
_SIGNED_AT = re.compile(
    r"(?:Lam|Ky)\s+tai\s+[A-Z][\w'’ .-]{1,30}?\s*,?\s*ngay\s*(?P<day>" + _OCR_DIGIT + r"{1,2})\s*"
    r"thang\s*(?P<month>" + _OCR_DIGIT + r"{1,2})\s*nam\s*(?P<year>" + _OCR_DIGIT + r"{4})"
)
# A record (biên bản) is dated in its opening sentence: "Hôm nay, ngày 29/6/2026, …".
_RECORD_DATE = re.compile(
    r"Hom\s+nay\s*,?\s*(?:vao\s+(?:hoi|luc)\s[^,]{0,30},?\s*)?ngay\s*(?P<day>" + _OCR_DIGIT + r"{1,2})\s*(?:[/.-]|thang)\s*"
    r"(?P<month>" + _OCR_DIGIT + r"{1,2})\s*(?:[/.-]|nam)\s*(?P<year>" + _OCR_DIGIT + r"{4})"
)
# A resolution or law is dated where its closing line says it was adopted: "Nghị quyết này được
# Quốc hội … khóa XV, Kỳ họp … thông qua ngày 19 tháng 02 năm 2025".
_ADOPTED_ON = re.compile(
    r"(?:Nghị\s+quyết|Luật|Bộ\s+luật|Pháp\s+lệnh)\s+này\s+(?:đã\s+)?được\s+[^.;]{0,200}?thông\s+qua\s+(?:vào\s+)?"
    r"ngày\s*(?P<day>\d{1,2})\s*tháng\s*(?P<month>\d{1,2})\s*năm\s*(?P<year>\d{4})"
)
_REPUBLIC = re.compile(r"CỘNG\s+H\w+\s+XÃ\s+HỘI")  # the motto's first words, however the tone of "HÒA" is set
_TOLERANT_REPUBLIC = re.compile(r"CONG\s+H\w+\s+XA\s+HOI")


class _FoldedMatch:
    """A match found in the folded text, read back from the original one."""

    def __init__(self, match: re.Match, text: str) -> None:
        self._match, self._text = match, text

    def group(self, index: int | str = 0) -> Optional[str]:
        start, end = self._match.span(index)
        return None if start < 0 else self._text[start:end]

    def span(self, index: int | str = 0) -> tuple[int, int]:
        return self._match.span(index)

    def start(self, index: int | str = 0) -> int:
        return self._match.start(index)

    def end(self, index: int | str = 0) -> int:
        return self._match.end(index)


def _tolerant_search(pattern: re.Pattern, text: str, *bounds: int) -> Optional[_FoldedMatch]:
    match = pattern.search(fold_marks(text), *bounds)
    return _FoldedMatch(match, text) if match else None


def _tolerant_match(pattern: re.Pattern, text: str, start: int) -> Optional[_FoldedMatch]:
    match = pattern.match(fold_marks(text), start)
    return _FoldedMatch(match, text) if match else None


def _type_of_heading(words: str) -> str:
    """The document type a heading names, read exactly or through OCR noise."""
    exact = _TYPE_WORDS.get(" ".join(words.split()))
    return exact or _FOLDED_TYPE_WORDS[" ".join(re.findall(r"\w+", fold_marks(words)))]


def _document_spelling(name: str, text: str) -> str:
    """A name read through OCR noise ("Cục hóa chát") with the marks the document's
    running text spells it with most often ("Cục Hóa chất có ý kiến …"); its case and
    punctuation kept. The name as it is where the marks differ only in tone placement."""
    words = re.findall(r"\w+", fold_marks(name))
    if len(words) < 2:
        return name
    pattern = re.compile(r"(?<!\w)" + r"\W+".join(map(re.escape, words)) + r"(?!\w)", re.IGNORECASE)
    found = [text[start:end] for start, end in (m.span() for m in pattern.finditer(fold_marks(text)))]
    # Capitals (letterheads, headings) are where OCR drops marks most: running text first.
    running = [spelling for spelling in found if not spelling.isupper()] or found
    spellings = Counter(tuple(re.findall(r"\w+", spelling.lower())) for spelling in running)
    if not spellings:
        return name
    spelling = spellings.most_common(1)[0][0]
    if [fold(word) for word in spelling] == [fold(word) for word in re.findall(r"\w+", name)]:
        return name
    letters = iter(spelling)
    return re.sub(
        r"\w+", lambda m: "".join(c.upper() if n.isupper() else c.lower() for n, c in zip(m.group(0), next(letters))), name
    )


def _ocr_digits(text: str) -> str:
    """Digits that OCR may have read as letters: "2O" → "20", "lĩ" → "11"."""
    return fold_marks(text).translate(_DIGIT_REPAIR)


def _ocr_number(text: str) -> int:
    return int(_ocr_digits(text))


@dataclass(frozen=True)
class MetadataAnnotation:
    number: Optional[str] = None
    doc_type: Optional[str] = None
    issuer: Optional[str] = None
    province: Optional[str] = None
    province_current: Optional[str] = None
    issue_date: Optional[date] = None
    # The year the date line prints even when its day is left blank for the e-signature
    # ("Hà Tĩnh, ngày    tháng 01 năm 2017"); the issue date's year otherwise.
    issue_year: Optional[int] = None
    title: Optional[str] = None
    signer: Optional[str] = None
    period_start: Optional[int] = None
    period_end: Optional[int] = None
    reported_plan_number: Optional[str] = None
    document_kind: Optional[str] = None  # derived from doc_type unless set (news pages)
    publisher: Optional[str] = None  # news and explainer pages: who published the page
    published_date: Optional[date] = None  # … and when
    # Where each field was read: field name → (start, end) in the text.
    spans: Mapping[str, tuple[int, int]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        # Derived fields: the province after the 2025 merger, the period its title names.
        if self.issue_year is None and self.issue_date:
            object.__setattr__(self, "issue_year", self.issue_date.year)
        if self.province and self.province_current is None:
            object.__setattr__(self, "province_current", current_province(self.province))
        if self.period_start is None and self.period_end is None:
            start, end = _period(self.title or "")
            object.__setattr__(self, "period_start", start)
            object.__setattr__(self, "period_end", end)
        if self.document_kind is None and self.doc_type:
            object.__setattr__(self, "document_kind", _KIND_OF_TYPE.get(self.doc_type))


def normalise_number(number: str) -> str:
    """"2170 /QĐ - UBND" → "2170/QĐ-UBND"; an ASCII "QD" → "QĐ"."""
    number = re.sub(r"\s+", "", number).replace("–", "-")
    parts = number.split("/")
    codes = parts[-1].split("-")
    codes[0] = "QĐ" if codes[0] == "QD" else codes[0]
    parts[-1] = "-".join(codes)
    return "/".join(parts)


def type_of_number(number: str) -> Optional[str]:
    code = number.split("/")[-1].split("-")[0]
    return _TYPE_CODES.get(code)


def issuer_of_number(number: str) -> Optional[str]:
    """The issuer a number's codes name: after the type ("…/QĐ-TCHQ"), else first — a letter has no
    type code, and the unit that drafted it follows its issuer ("14650/BTC-TCHQ": Bộ Tài chính)."""
    codes = number.split("/")[-1].split("-")
    if len(codes) > 1 and codes[0] in _TYPE_CODES:
        return _ISSUER_CODES.get(codes[-1])
    return _ISSUER_CODES.get(codes[0]) if len(codes) > 1 else None


def _issuer_of_own_number(number: str) -> Optional[str]:
    """The issuer a document's own number names: its issuer code, or a body's code with its
    term ("244/2025/QH15": Quốc hội)."""
    code = number.split("/")[-1]
    term = re.fullmatch(r"([A-ZĐ]+)\d{1,2}", code)
    return issuer_of_number(number) or (_ISSUER_CODES.get(term.group(1)) if term else None)


def _sentence_case(upper: str) -> str:
    """Title lines written in capitals → sentence case, province names restored."""
    # Numbers and codes ("214/NQ-CP") keep their case.
    text = " ".join(word if re.search(r"\d", word) else word.lower() for word in upper.split())
    for province in province_names():
        lower = province.lower()
        if lower in text:  # the pattern holds the name literally: most names are not in the title
            text = re.sub(rf"(?<!\w){re.escape(lower)}(?!\w)", province, text)
    text = re.sub(r"việt nam", "Việt Nam", text)
    text = _CITED_TYPE.sub(lambda m: m.group(1).capitalize(), text)
    text = _BODY_IN_TITLE.sub(lambda m: _BODY_SPELLING.get(m.group(0), canonical_name(m.group(0).capitalize())), text)
    text = re.sub(r"([“\"])(\w)", lambda m: m.group(1) + m.group(2).upper(), text)
    text = _THE_PARTY.sub("Đảng", text)  # "sự lãnh đạo của Đảng" (not "đảng viên", "đảng bộ")
    return _TERM.sub(lambda m: m.group(1) + m.group(2).upper(), text)  # "khóa XII": a term's Roman numeral


_THE_PARTY = re.compile(r"(?<=của )đảng(?!\w|\s+(?:viên|bộ|ủy|uỷ|đoàn)(?!\w))")

_TERM = re.compile(r"(?<!\w)(khóa\s+|khoá\s+)([ivxl]{1,6})(?!\w)")


# A document a title cites by its number keeps its capital ("… thực hiện Nghị quyết số 214/NQ-CP …").
_CITED_TYPE = re.compile(
    r"(?<!\w)(kế hoạch|quyết định|nghị quyết|nghị định|chỉ thị|chương trình|đề án|thông tư|luật|kết luận|công văn|thông báo)"
    r"(?=\s+(?:số\s+)?\d+\s*[/-])"
)
# Bodies named inside a title written in capitals keep their capitals ("… của Thủ tướng Chính phủ",
# "… cho Sở Giáo dục và Đào tạo").
_BODY_SPELLING = {
    "thủ tướng chính phủ": "Thủ tướng Chính phủ", "chính phủ": "Chính phủ", "quốc hội": "Quốc hội",
    # The Prime Minister's letterhead of 1976-1981 ("PHỦ THỦ TƯỚNG", numbers "299/TTg").
    "phủ thủ tướng": "Thủ tướng Chính phủ",
    "ủy ban thường vụ quốc hội": "Ủy ban Thường vụ Quốc hội", "hội đồng nhân dân": "Hội đồng nhân dân",
    "ủy ban nhân dân": "Ủy ban nhân dân", "uỷ ban nhân dân": "Ủy ban nhân dân", "tỉnh ủy": "Tỉnh ủy", "thành ủy": "Thành ủy",
    "bộ chính trị": "Bộ Chính trị", "ban chấp hành trung ương": "Ban Chấp hành Trung ương",
    "ban chấp hành trung ương đảng": "Ban Chấp hành Trung ương Đảng", "ban bí thư": "Ban Bí thư",
    "ban bí thư trung ương đảng": "Ban Bí thư Trung ương Đảng",
}
_BODY_IN_TITLE = re.compile(
    r"thủ tướng chính phủ|chính phủ|ủy ban thường vụ quốc hội|quốc hội|bộ chính trị|"
    r"(?:ban chấp hành|ban bí thư) trung ương đảng|ban chấp hành trung ương|ban bí thư|"
    r"hội đồng nhân dân|[ủu][yỷ] ban nhân dân|tỉnh ủy|thành ủy|"
    r"(?:sở|bộ) (?:" + "|".join(
        re.escape(field.lower()) for field in sorted(
            ["khoa học và công nghệ", "giáo dục và đào tạo", "tài chính", "nội vụ", "tư pháp", "y tế", "công thương",
             "xây dựng", "nông nghiệp và môi trường", "văn hóa, thể thao và du lịch", "dân tộc và tôn giáo",
             "tài nguyên và môi trường", "nông nghiệp và phát triển nông thôn", "lao động - thương binh và xã hội",
             "kế hoạch và đầu tư", "thông tin và truyền thông", "giao thông vận tải", "ngoại vụ"],
            key=len, reverse=True,
        )
    ) + r")(?!\w)"
)


def _headline_province(title: Optional[str]) -> Optional[str]:
    """The one province a headline names ("Hải quan Hà Nội: Phấn đấu …"), if it names one."""
    named = {province_name(m.group(1)) for m in _province_mentions().finditer(title or "")} - {None}
    return named.pop() if len(named) == 1 else None


def _province_from_text(text: str) -> Optional[str]:
    counts: Counter = Counter()
    for match in _province_mentions().finditer(text):
        name = province_name(match.group(1))
        if name and not _SURNAME_BEFORE.search(text, max(0, match.start(1) - 12), match.start(1)) and not (
            _CREDIT_BEFORE.search(text, max(0, match.start() - 20), match.start())
        ):
            counts[name] += 1
    ranked = counts.most_common(2)
    name, count = ranked[0] if ranked else (None, 0)
    if len(ranked) == 2 and ranked[1][1] * 2 > count:
        return None  # a page about several provinces' bodies ("3 Cục Hải quan Cà Mau, Khánh Hòa và Quảng Ninh") has none
    return name if count >= 2 else _province_of_districts(text)


# A photo or text credit names a person or an agency, even one called like a province ("Ảnh: Thái Bình").
_CREDIT_BEFORE = re.compile(r"(?:Ảnh|Ảnh\s+minh\s+họa|Bài|Bài\s+và\s+ảnh|Tác\s+giả|Theo)\s*:\s*$", re.IGNORECASE)


# A district named with its level ("huyện Tuy Phước", "TX An Nhơn", "TP Quy Nhơn"): a provincial
# paper's story names the districts, seldom its own province.
_DISTRICT_MENTION = re.compile(
    r"(?<!\w)(?:huyện|quận|thị\s+xã|TX\.?|thành\s+phố|TP\.?)\s+([A-ZĐ][\w']*(?:\s+[A-ZĐ][\w']*){0,2})"
)


def _province_of_districts(text: str) -> Optional[str]:
    """The province whose districts a text names at least twice, when no other's are named."""
    counts: Counter = Counter()
    for match in _DISTRICT_MENTION.finditer(text):
        words = match.group(1).split()
        province = next((p for size in range(len(words), 0, -1) if (p := district_province(" ".join(words[:size])))), None)
        if province:
            counts[province] += 1
    if len(counts) != 1:
        return None
    name, count = counts.most_common(1)[0]
    return name if count >= 2 else None


_PROVINCE_MENTION = None
with resources.files("extractors").joinpath("data/surnames.yaml").open(encoding="utf-8") as _handle:
    # (a province's name after a family name is a person's: "Phó Thủ tướng Trương Hòa Bình")
    _SURNAME_BEFORE = re.compile(r"(?<!\w)(?:" + "|".join(yaml.safe_load(_handle)["surnames"]) + r")\s+$")


def _province_mentions() -> re.Pattern:
    global _PROVINCE_MENTION
    if _PROVINCE_MENTION is None:
        variants = [v for name in province_names() for v in tone_variants(name)]
        alternation = "|".join(spaced_regex(v) for v in variants)
        # A match opens on "tỉnh"/"thành phố"/"TP", a space or a name's first character (that of
        # its first token, where spaced_regex starts): the lookahead turns other positions down at once.
        firsts = {"t", "T"} | {re.findall(r"\w+|[^\w\s]", v)[0][0] for v in variants}
        opening = "(?=[\\s" + "".join(re.escape(c) for c in sorted(firsts)) + "])"
        _PROVINCE_MENTION = re.compile(rf"{opening}(?<!\w)(?:tỉnh|thành\s+phố|TP\.?)?\s*({alternation})")
    return _PROVINCE_MENTION


def _hint_number(hints: Mapping[str, Optional[str]]) -> Optional[str]:
    """The số hiệu of the e-signature, when the printed page leaves it blank."""
    value = hints.get("signature_number") or ""
    return normalise_number(value) if re.search(r"\d+\s*/\s*\w", value) else None


def _hint_date(hints: Mapping[str, Optional[str]], *keys: str) -> Optional[date]:
    for key in keys:
        value = hints.get(key)
        if value:
            parsed = parse_date(value)
            if parsed:
                return parsed
    return None


# A note's section heading about a document it cites carries that document's number ("## NGHỊ QUYẾT
# 34-NQ/TU", "## KẾ HOẠCH 134/KH-UBND"): a text's own type heading stands over its title, not a number.
_CITING_HEADING = re.compile(r"\s*(?:SỐ\s*:?\s*)?\d{1,5}\s*[/-]\s*[A-ZĐ]")


_RECIPIENTS_LINE = re.compile(r"^[\s*|]*Nơi\s+nhận\s*:", re.MULTILINE)


def _official(text: str, hints: Mapping[str, Optional[str]]) -> Optional[MetadataAnnotation]:
    """Metadata of an official text, or None when the text has no letterhead and type heading."""
    # A type heading after the recipients list ("Nơi nhận:") heads what follows the text (an attachment, a site's
    # own notice under a copied letter), not the text.
    recipients = _RECIPIENTS_LINE.search(text, 0, 6000)
    head = text[: recipients.start() if recipients else 6000]
    heading = _TYPE_HEADING.search(head)
    # A heading misread by OCR above one read exactly (an attached plan's "KẾ HOẠCH") is the document's.
    misread = _tolerant_search(_TOLERANT_TYPE_HEADING, head, 0, heading.start() if heading else len(head))
    heading = misread or heading
    if heading is None or _CITING_HEADING.match(heading.group(2)):
        return None
    spans: dict[str, tuple[int, int]] = {}
    doc_type = _type_of_heading(heading.group(1))
    spans["doc_type"] = heading.span(1)
    issuer, province = _official_issuer(text, heading, hints, spans)
    number = _official_number(head, heading, hints, spans)
    if number is None and doc_type.startswith("Giấy chứng nhận"):
        number = _certificate_code(head, heading, spans)
    issue_date, place_date = _official_date(text, doc_type, hints, spans)
    if number is None or issue_date is None or issuer is None:
        # A copy without its letterhead (a web page that starts at the title): the annex caption names
        # the document ("Ban hành kèm theo Nghị quyết số 394/NQ-CP ngày 03 tháng 12 năm 2025 của Chính phủ").
        caption = _annex_caption(text, doc_type)
        if caption:
            number = number or normalise_number(caption.group("number"))
            issue_date = issue_date or _date_of(caption, spans)
            issuer = issuer or _caption_issuer(caption)
        elif number is None and issuer is None and (caption := _issuing_caption(text, heading)):
            # A plan copied without the decision that issues it keeps that decision's caption under
            # its title ("(Kèm theo Quyết định số 254/QĐ-UBND ngày 17/02/2023 của Chủ tịch Ủy ban nhân
            # dân tỉnh)"): the plan is known by the decision's number, date and issuer.
            number = normalise_number(caption.group("number"))
            issue_date = issue_date or _date_of(caption, spans)
            province = province or _province_from_text(text)
            issuer = _caption_issuer_as_written(caption, province)
    if issuer is None and number:
        # "CHÍNH PHỦ⇥CỘNG HÒA …" on one line of a Word file hides the letterhead; "181/2024/NĐ-CP" names it.
        issuer = _issuer_of_own_number(number)
    if province is None and place_date and not (issuer and _NATIONAL_ISSUERS.match(issuer)):
        province = province_name(place_date.group("place"))
    if province is None and issuer is None and doc_type == "Biên bản":
        province = _province_from_text(text)  # a record without letterhead: the province where it was drawn up
        issuer = _record_maker(head, province, spans)
    title = _official_title(text, heading, doc_type, spans)
    if title and "*" in title:
        title = " ".join(title.replace("*", " ").split())  # "KẾT LUẬN****CỦA BỘ CHÍNH TRỊ****về …": bold runs
    central = re.match(rf"{doc_type} của (Bộ Chính trị|Ban Bí thư)\b", title or "")
    if issuer in (None, "Ban Chấp hành Trung ương") and central:
        # The central committee's letterhead over its Politburo's text, or a page that starts at the title.
        issuer = central.group(1)
    if number is None and (named := _headline_reference(text, heading, doc_type)):
        # "TOÀN VĂN: KẾT LUẬN 155-KL/TW CỦA BỘ CHÍNH TRỊ …" ⏎ "KẾT LUẬN CỦA BỘ CHÍNH TRỊ …": the page's headline
        # names the text it prints.
        number = normalise_number(named.group(2))
    standing = re.match(rf"{doc_type} của Ban Thường vụ (?:Tỉnh|Thành|Huyện|Quận|Thị) [uủ][ỷy]\b", title or "", re.IGNORECASE)
    if standing and issuer and re.match(r"(?:Tỉnh|Thành|Huyện|Quận|Thị) ủy\b", issuer):
        issuer = f"Ban Thường vụ {issuer}"  # "TỈNH ỦY HÀ TĨNH" over "CHỈ THỊ / CỦA BAN THƯỜNG VỤ TỈNH ỦY"
    if title is None and doc_type.startswith("Giấy chứng nhận"):
        title = _certificate_title(text, heading, doc_type, spans)
    if title and doc_type == "Quyết định":
        title = _with_article_object(text, title)
    signer = _signer(text, spans)
    return MetadataAnnotation(
        number=number,
        doc_type=doc_type,
        issuer=issuer,
        province=province,
        issue_date=issue_date,
        issue_year=_ocr_number(place_date.group("year")) if place_date and issue_date is None else None,
        title=title,
        signer=signer,
        spans=spans,
    )


def _of_type(reference: re.Match, doc_type: str) -> bool:
    """Whether a reference or caption names a text of ``doc_type``, however it spaces and cases the type."""
    return " ".join(reference.group("type").split()).casefold() == doc_type.casefold()


def _headline_reference(text: str, heading: re.Match, doc_type: str) -> Optional[re.Match]:
    """A reference to a text of this type on the first line, above the type heading (a page's headline)."""
    first_line_end = text.find("\n", 0, heading.start())
    if first_line_end < 0:
        return None
    found = _REFERENCE.search(text, 0, first_line_end)
    return found if found and _of_type(found, doc_type) else None


_ANNEX_CAPTION = re.compile(
    r"kèm\s+theo\s+(?P<type>[^\W\d]+(?:\s+[^\W\d]+)?)\s+số\s*" + _NUMBER_BODY.replace("(", "(?P<number>", 1)
    + r"\s*(?:ngày\s*(?P<day>\d{1,2})\s*(?:tháng|/)\s*(?P<month>\d{1,2})\s*(?:năm|/)\s*(?P<year>\d{4}))?"
    # The issuer may go on to the next line when the parenthesis closes there ("của Trưởng ⏎ Ban Chỉ đạo …)").
    r"(?:\s+của\s+(?P<issuer>[^)\n*]{3,60}(?:\n[^)\n*]{1,80}(?=\)))?))?",
    re.IGNORECASE,
)


_CAPTION_REACH = 800


def _annex_caption(text: str, doc_type: str) -> Optional[re.Match]:
    """The caption of an annex that names this document: same type, a number."""
    return next(
        (m for m in _ANNEX_CAPTION.finditer(text) if _of_type(m, doc_type)),
        None,
    )


def _issuing_caption(text: str, heading: re.Match) -> Optional[re.Match]:
    """The parenthesised "(Kèm theo <type> số …)" between a text's heading and its body."""
    window = text[heading.end() : heading.end() + _CAPTION_REACH]
    opened = re.search(r"\(\s*(?:ban\s+hành\s+)?(?=kèm\s+theo)", window, re.IGNORECASE)  # "(Ban hành kèm theo …)"
    if opened is None or not window[: opened.start()].strip(" *#|\n").isupper():
        return None  # (the caption follows the title in capitals, before any sentence of the body)
    return _ANNEX_CAPTION.match(window, opened.end())


def _caption_issuer_as_written(caption: re.Match, province: Optional[str]) -> Optional[str]:
    """"Chủ tịch Ủy ban nhân dân tỉnh" with the province the text is about: the caption's signer."""
    issuer = " ".join((caption.group("issuer") or "").strip(" ,.;").split())
    if not issuer:
        return None
    issuer = issuer[0].upper() + issuer[1:]
    if province and re.search(r"\b(?:tỉnh|thành\s+phố)$", issuer):
        issuer = f"{issuer} {province}"
    return issuer


def _caption_issuer(caption: re.Match) -> Optional[str]:
    """The body an annex caption names as issuing ("của Chính phủ", "của UBND tỉnh Lào Cai")."""
    issuer = " ".join((caption.group("issuer") or "").split()).strip(" ,.;")
    return canonical_name(issuer[0].upper() + issuer[1:]) if issuer else None


# The letterhead block a PDF's reading order put under the heading, or at the foot of the first page:
# "UBND TỈNH VĨNH LONG ⏎ VĂN PHÒNG ⏎ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM ⏎ … ⏎ Số: 489 /BC-VPUBND".
_LETTERHEAD_REACH = 4000
_BLOCK_REST = re.compile(r"[^\n]*(?:\n[^\n]*){0,3}?CỘNG\s+H\w+\s+XÃ\s+HỘI(?:.|\n){0,200}?Số\s*:")


def _letterhead_after(text: str, heading: re.Match) -> Optional[re.Match]:
    """A whole letterhead block (committee, republic motto, "Số:") after the type heading."""
    for letterhead in _LETTERHEAD_BODY.finditer(text, heading.end(), heading.end() + _LETTERHEAD_REACH):
        if _BLOCK_REST.match(text, letterhead.end()):
            return letterhead
    return None


def _official_issuer(
    text: str, heading: re.Match, hints: Mapping[str, Optional[str]], spans: dict[str, tuple[int, int]]
) -> tuple[Optional[str], Optional[str]]:
    """(issuer, province) from the letterhead above the type heading: a provincial
    committee or council (or one of its departments), else a national body, else
    the e-signature's organisation."""
    issuer = province = None
    letterhead = _LETTERHEAD_BODY.search(text[: heading.start() + 1]) or _tolerant_search(
        _TOLERANT_LETTERHEAD, text[: heading.start() + 1]
    )
    department_end = heading.start() + 1
    if letterhead is None and (letterhead := _letterhead_after(text, heading)):
        department_end = letterhead.end() + 200
    if letterhead:
        level = "thành phố" if "PHO" in fold_marks(letterhead.group(2)) else "tỉnh"
        province, department_name = _province_and_department(letterhead.group(3))
        if province:
            body = "HĐND" if fold_marks(letterhead.group(1)).startswith(("HOI", "HD")) else "UBND"
            issuer = f"{_office_above(text, letterhead.start())}{body} {level} {province}"
            spans["issuer"] = spans["province"] = letterhead.span()
            department = _DEPARTMENT_LINE.search(text, letterhead.end(), department_end)
            if department:
                department_name = department.group(1)
                spans["issuer"] = department.span(1)
            if department_name and re.fullmatch(r"VĂN\s+PHÒNG", department_name.strip()):
                issuer = f"Văn phòng {body} {level} {province}"  # the committee's or council's office
            elif department_name:
                # "ỦY BAN NHÂN DÂN TỈNH LÀO CAI / SỞ Y TẾ": the department issues, not the committee.
                issuer = f"{canonical_name(_sentence_case(department_name).capitalize())} {level} {province}"
                issuer = re.sub(r"^Ban chỉ đạo", "Ban Chỉ đạo", issuer)
    if issuer is None:
        issuer, province = _commune_letterhead(text, heading.start(), spans)
    if issuer is None and (front := _FRONT_LETTERHEAD.search(text, 0, heading.start() + 1)):
        # "ỦY BAN MTTQ VIỆT NAM PHƯỜNG BẮC CAM RANH / BAN THƯỜNG TRỰC": the Fatherland Front's committee (or its
        # standing board) of that place.
        level = " ".join(front.group("level").lower().split())
        place = " ".join(front.group("place").split()).title()
        board = "Ban Thường trực " if front.group("board") else ""
        issuer = f"{board}Ủy ban Mặt trận Tổ quốc Việt Nam {level} {place}"
        # (a lower level's province: the one its text names, "… MTTQ Việt Nam tỉnh Quảng Ninh")
        province = province_name(place) if level in ("tỉnh", "thành phố") else _local_province(text, level, place)
        spans["issuer"] = front.span()
    if issuer is None:
        national = _NATIONAL_LETTERHEAD.search(text[: heading.start() + 1]) or _tolerant_search(
            _TOLERANT_NATIONAL_LETTERHEAD, text[: heading.start() + 1]
        )
        if national:
            issuer = _BODY_SPELLING.get(" ".join(national.group(1).lower().split())) or _document_spelling(
                _sentence_case(national.group(1)), text
            )
            issuer = issuer[0].upper() + issuer[1:]
            issuer = re.sub(r"chính phủ", "Chính phủ", issuer)
            issuer = re.sub(r"^(Bộ|Sở) (\w)", lambda m: f"{m.group(1)} {m.group(2).upper()}", issuer)
            if issuer.startswith("Bộ "):
                issuer = canonical_name(issuer)  # "Bộ Tài nguyên và môi trường" → "… Môi trường"
            spans["issuer"] = national.span(1)
            unit = _ministry_unit(text, national.end(), heading.start())
            if issuer.startswith("Bộ ") and unit:
                issuer = unit  # "BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG / CỤC TRỒNG TRỌT": the department issues
            if issuer.startswith("Sở"):
                province = next((p for p in province_names() if issuer.endswith(p)), None)
    if issuer is None:
        issuer, province = _party_letterhead(text[: heading.start()], spans)
    if issuer is None:
        issuer, province = _organisation_letterhead(text[: heading.start()], spans)
    if issuer is None:
        issuer, province = _enacting_body(text, heading, spans)
    if issuer is None and hints.get("signature_org"):
        issuer = hints["signature_org"]
    if issuer and issuer.startswith("HĐND "):
        board = _council_board(text) or _standing_committee(text, heading)
        if board:
            issuer = f"{board} {issuer}"  # "TM. BAN PHÁP CHẾ": the council's board signs for itself
    if issuer and _NATIONAL_ISSUERS.match(issuer):
        province = None
    return issuer, province


# An office of a committee issuing in its own name heads the letterhead: a chairman's decision under the
# 2025 law on legal texts ("CHỦ TỊCH ỦY BAN NHÂN DÂN ⏎ TỈNH PHÚ THỌ", "Số: 63/2025/QĐ-CTUBND").
_CHAIR_ABOVE = re.compile(r"CHỦ\s+TỊCH[\s*|]*$")


def _office_above(text: str, letterhead_start: int) -> str:
    return "Chủ tịch " if _CHAIR_ABOVE.search(text, max(0, letterhead_start - 20), letterhead_start) else ""


# A council's standing committee enacting under the council's letterhead: the line between the title
# and the preamble says so ("THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN TỈNH THANH HÓA").
_STANDING_COMMITTEE_LINE = re.compile(r"^[\s*#|]*THƯỜNG\s+TRỰC\s+(?:HỘI\s+ĐỒNG\s+NHÂN\s+DÂN|HĐND)\s", re.MULTILINE)


def _standing_committee(text: str, heading: re.Match) -> Optional[str]:
    window_end = heading.end() + 1500
    preamble = _PREAMBLE_OPENING.search(text, heading.end(), window_end)
    found = _STANDING_COMMITTEE_LINE.search(text, heading.end(), preamble.start() if preamble else window_end)
    return "Thường trực" if found else None


# A ministry's department on the letterhead lines under the ministry's name, up to the number:
# "CỤC TRỒNG TRỌT", "CỤC ĐỔI MỚI SÁNG TẠO, ⏎ CHUYỂN ĐỔI XANH VÀ ⏎ KHUYẾN CÔNG", "TỔNG CỤC THỐNG KÊ".
_MINISTRY_UNIT = re.compile(r"^(?:TỔNG\s+CỤC|CỤC|VỤ|VIỆN|TRUNG\s+TÂM|THANH\s+TRA)\s")


def _ministry_unit(text: str, start: int, end: int) -> Optional[str]:
    number = re.search(r"^[\s*|]*Số\b", text[start:end], re.MULTILINE)
    lines = [
        re.sub(r"\s*(?:CỘNG\s+H\w+\s+XÃ\s+HỘI.*|Độc\s+lập.*|[-–—_]{3,}.*)$", "", line).strip(" *|,)")
        for line in text[start : start + number.start() if number else end].split("\n")
    ]
    capitals = " ".join(line for line in lines if line and line == line.upper() and re.search(r"[A-ZĐ]{2}", line))
    if not _MINISTRY_UNIT.match(capitals):
        return None
    name = _document_spelling(_sentence_case(capitals).capitalize(), text)
    # Each field of the name opens on a capital: "Cục Trồng trọt và Bảo vệ thực vật".
    return re.sub(r"(^(?:Tổng cục|Cục|Vụ|Viện|Trung tâm) |\svà )(\w)", lambda m: m.group(1) + m.group(2).upper(), name)


# A council's board signing on its own behalf, under a council letterhead: "TM. BAN PHÁP CHẾ / TRƯỞNG BAN".
_BOARD_SIGNATURE = re.compile(rf"(?:^|\s)TM\.\s*(BAN\s+[{UPPERCASE}][{UPPERCASE} ,&-]*?)[\s*|]*$", re.MULTILINE)


def _council_board(text: str) -> Optional[str]:
    """The board of a people's council that signs the text ("Ban Pháp chế"), spelt as its running
    text spells it."""
    signature = None
    for signature in _BOARD_SIGNATURE.finditer(text, max(0, len(text) - 8000)):
        pass  # the signature block is the last one
    if signature is None:
        return None
    words = signature.group(1).split()
    running = re.compile(r"(?<!\w)" + r"\s+".join(map(re.escape, words)) + r"(?!\w)", re.IGNORECASE)
    spellings = Counter(" ".join(m.group(0).split()) for m in running.finditer(text) if not m.group(0).isupper())
    if spellings:
        return spellings.most_common(1)[0][0]
    name = _sentence_case(signature.group(1))
    return name[0].upper() + name[1:]


# A department's name after its committee's on the same line, as a Word letterhead's cell
# flattens it ("UBND TỈNH LÀO CAI SỞ CÔNG THƯƠNG Số: /KH-SCT"), up to the number.
# (the committee's own office, "UBND TỈNH LÀO CAI VĂN PHÒNG", on the province's line as well)
_DEPARTMENT_AFTER = re.compile(rf"((?:SỞ|BAN\s+QUẢN\s+LÝ)\s+[{UPPERCASE}][{UPPERCASE} ,&-]*?|VĂN\s+PHÒNG)\s*(?:Số\b.*)?$")


def _province_and_department(words: str) -> tuple[Optional[str], Optional[str]]:
    """The province a letterhead's committee line names, and a department written after it on the
    same line: the longest run of its first words that names a province."""
    province = province_name(_sentence_case(words))
    if province:
        return province, None
    split = words.split()
    for size in range(min(len(split) - 1, 4), 0, -1):
        province = province_name(_sentence_case(" ".join(split[:size])))
        if province:
            department = _DEPARTMENT_AFTER.match(" ".join(split[size:]))
            return province, department.group(1) if department else None
    return None, None


# A commune's or ward's committee or council (the local level since July 2025): "ỦY BAN NHÂN DÂN / XÃ BÁT XÁT"; a
# district's before it ("ỦY BAN NHÂN DÂN / HUYỆN HƯƠNG KHÊ").
_COMMUNE_LETTERHEAD = re.compile(
    r"((?:ỦY|UỶ)\s+BAN\s+NHÂN\s+DÂN|HỘI\s+ĐỒNG\s+NHÂN\s+DÂN|UBND|HĐND)[\s*|]*"
    r"(?:CỘNG\s+H(?:OÀ|ÒA)\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA\s+VIỆT\s+NAM[\s*|]*)?"
    r"(XÃ|PHƯỜNG|ĐẶC\s+KHU|HUYỆN|QUẬN|THỊ\s+XÃ)\s+([^\n*|]+?)\s*(?=[*\n|]|-{3,}|\s{2,}|CỘNG\s|Độc\s+lập|$)"
)


def _commune_letterhead(
    text: str, end: int, spans: dict[str, tuple[int, int]]
) -> tuple[Optional[str], Optional[str]]:
    """(issuer, province) of a commune's, ward's or district's committee or council in the letterhead before
    ``end``: the province is the district's, or the one its place-date line or its text names ("UBND xã Bát Xát,
    tỉnh Lào Cai")."""
    letterhead = _COMMUNE_LETTERHEAD.search(text[: end + 1])
    if letterhead is None:
        return None, None
    body = "HĐND" if letterhead.group(1).startswith(("HỘI", "HĐ")) else "UBND"
    level = " ".join(letterhead.group(2).split()).lower()
    name = " ".join(word.capitalize() for word in letterhead.group(3).split())
    place = _PLACE_DATE.search(text, letterhead.end(), end + 400)
    spans["issuer"] = letterhead.span()
    return f"{body} {level} {name}", _local_province(text, level, name, place)


def _local_province(text: str, level: str, name: str, place_date: Optional[re.Match] = None) -> Optional[str]:
    """The province of a district's, commune's or ward's body: the district's, or the place-date line's, or the
    one its text names."""
    return (
        (level in ("huyện", "quận", "thị xã") and district_province(name))
        or (place_date and province_name(place_date.group("place")))
        or _named_province(text[:6000])[0]
        or _province_from_text(text)
    )


# A Party body's letterhead, its lines joined: the central committee or a provincial one, and the
# board under it ("BAN CHẤP HÀNH TRUNG ƯƠNG / BAN TUYÊN GIÁO VÀ DÂN VẬN", "ĐẢNG BỘ TỈNH X / TỈNH ỦY",
# "TỈNH ỦY X / BAN TUYÊN GIÁO VÀ DÂN VẬN", "ĐẢNG BỘ TỈNH X / BAN THƯỜNG VỤ TỈNH ỦY").
_PARTY_LETTERHEAD = re.compile(
    r"(?:(?P<central>BAN CHẤP HÀNH TRUNG ƯƠNG)|ĐẢNG BỘ (?:TỈNH|THÀNH PHỐ) (?P<province>.+?) (?:(?P<standing>BAN THƯỜNG VỤ) )?"
    r"(?P<committee>TỈNH [ỦU][YỶ]|THÀNH [ỦU][YỶ])"
    r"|(?P<committee_first>TỈNH [ỦU][YỶ]|THÀNH [ỦU][YỶ]) (?P<province_after>.+?))"
    rf"(?: (?P<board>BAN [{UPPERCASE} ,]+|VĂN PHÒNG|ỦY BAN KIỂM TRA|ĐẢNG ĐOÀN [{UPPERCASE} ]+|ĐẢNG [ỦU][YỶ] [{UPPERCASE} ]+))?"
)
_PARTY_LETTERHEAD_NOISE = re.compile(r"ĐẢNG\s+CỘNG\s+SẢN(?:\s+VIỆT\s+NAM)?|VIỆT\s+NAM|[*_-]+")


def _capital_lines_above_number(letterhead: str, noise: re.Pattern) -> tuple[str, str]:
    """(the letterhead above its "Số …" line, that part's capital lines joined without ``noise``)."""
    number = re.search(r"^[\s*|]*Số\b", letterhead, re.MULTILINE)
    top = letterhead[: number.start() if number else len(letterhead)]
    lines = [" ".join(noise.sub(" ", line.strip(" *|#")).split()) for line in top.split("\n")]
    return top, " ".join(line for line in lines if line and line == line.upper() and re.search(r"[A-ZĐ]{2}", line))


def _party_letterhead(letterhead: str, spans: dict[str, tuple[int, int]]) -> tuple[Optional[str], Optional[str]]:
    """(issuer, province) from a Party body's letterhead: its capital lines above the "Số …" line."""
    top, joined = _capital_lines_above_number(letterhead, _PARTY_LETTERHEAD_NOISE)
    match = _PARTY_LETTERHEAD.fullmatch(joined)
    if match is None:
        return None, None
    board = None
    if match.group("board"):
        # Each field of a board's name opens on a capital: "Ban Tuyên giáo và Dân vận".
        board = re.sub(r"(^Ban |\svà )(\w)", lambda m: m.group(1) + m.group(2).upper(), _sentence_case(match.group("board")).capitalize())
    if match.group("central"):
        spans["issuer"] = (0, len(top))
        if board is None:
            return "Ban Chấp hành Trung ương", None
        # A central Party delegation or committee ("ĐẢNG ĐOÀN QUỐC HỘI", "BAN CÁN SỰ ĐẢNG CHÍNH PHỦ"): as the gazetteer spells it.
        known = next(iter_gazetteer_matches(match.group("board")), None)
        if known and known.kind == "party_body" and known.end - known.start == len(match.group("board")):
            return known.canonical_name, None
        return ("Văn phòng Trung ương Đảng" if board == "Văn phòng" else f"{board} Trung ương"), None
    province = province_name(_sentence_case(match.group("province") or match.group("province_after")))
    if province is None:
        return None, None
    committee = (match.group("committee") or match.group("committee_first")).replace("UỶ", "ỦY").replace("UY", "ỦY")
    committee = f"{committee.capitalize()} {province}"
    if match.group("standing"):
        board = "Ban Thường vụ"
    spans["issuer"] = spans["province"] = (0, len(top))
    return (f"{board} {committee}" if board else committee), province


# A mass organisation's provincial committee, its name over one or two letterhead lines ("ỦY BAN MẶT
# TRẬN TỔ QUỐC VIỆT NAM / TỈNH BÌNH ĐỊNH", "LIÊN ĐOÀN LAO ĐỘNG TỈNH NGHỆ AN"), spelt as it names itself.
_ORGANISATIONS = {
    "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM": "Ủy ban Mặt trận Tổ quốc Việt Nam",
    "LIÊN ĐOÀN LAO ĐỘNG": "Liên đoàn Lao động",
    "BAN CHẤP HÀNH ĐOÀN": "Ban Chấp hành Đoàn",
    "HỘI NÔNG DÂN": "Hội Nông dân",
    "HỘI LIÊN HIỆP PHỤ NỮ": "Hội Liên hiệp Phụ nữ",
    "HỘI CỰU CHIẾN BINH": "Hội Cựu chiến binh",
    "LIÊN MINH HỢP TÁC XÃ": "Liên minh Hợp tác xã",
}
_ORGANISATION_LETTERHEAD = re.compile(
    r"(?P<organisation>" + "|".join(_ORGANISATIONS).replace(" ", r"\s+").replace("ỦY", "[ỦU][YỶ]") + r")"
    rf"\s+(?P<level>TỈNH|THÀNH\s+PHỐ)\s+(?P<province>[{UPPERCASE}][{UPPERCASE} '-]+?)(?=\s+(?:BAN|CỘNG|SỐ|Số)\b|\s*$)"
)


_REPUBLIC_NOISE = re.compile(r"CỘNG\s+H\w+\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA\s+VIỆT\s+NAM|[*_-]+")


def _organisation_letterhead(letterhead: str, spans: dict[str, tuple[int, int]]) -> tuple[Optional[str], Optional[str]]:
    """(issuer, province) from a mass organisation's letterhead: its capital lines above "Số …"."""
    top, joined = _capital_lines_above_number(letterhead, _REPUBLIC_NOISE)
    match = _ORGANISATION_LETTERHEAD.search(joined.replace("UỶ", "ỦY").replace("UY BAN", "ỦY BAN"))
    province = province_name(_sentence_case(match.group("province"))) if match else None
    if province is None:
        return None, None
    organisation = _ORGANISATIONS[" ".join(match.group("organisation").split())]
    level = "thành phố" if "PHỐ" in match.group("level") else "tỉnh"
    spans["issuer"] = spans["province"] = (0, len(top))
    return f"{organisation} {level} {province}", province


# The body that enacts the text, on its own line between the title and the preamble of a
# copy that has lost its letterhead ("QUỐC HỘI", "HỘI ĐỒNG NHÂN DÂN TỈNH LÀO CAI", "CHỦ TỊCH ỦY
# BAN NHÂN DÂN TỈNH X", "BỘ TRƯỞNG BỘ XÂY DỰNG"), maybe with its enacting verb ("… QUYẾT ĐỊNH:").
_ENACTING_LINE = re.compile(
    r"^[\s*#|]*(?:(?P<chair>CHỦ\s+TỊCH\s+)?(?P<council>(?:ỦY|UỶ)\s+BAN\s+NHÂN\s+DÂN|HỘI\s+ĐỒNG\s+NHÂN\s+DÂN)\s+"
    rf"(?P<level>TỈNH|THÀNH\s+PHỐ)\s+(?P<province>[{UPPERCASE}][{UPPERCASE} '-]+?)"
    r"|(?P<national>QUỐC\s+HỘI|(?:ỦY|UỶ)\s+BAN\s+THƯỜNG\s+VỤ\s+QUỐC\s+HỘI|THỦ\s+TƯỚNG\s+CHÍNH\s+PHỦ|CHÍNH\s+PHỦ)"
    rf"|BỘ\s+TRƯỞNG\s+(?P<ministry>BỘ\s+[{UPPERCASE} ,]+?))"
    r"[\s*]*(?:QUYẾT\s+(?:ĐỊNH|NGHỊ)\s*:?[\s*]*)?$",
    re.MULTILINE,
)


def _enacting_body(
    text: str, heading: re.Match, spans: dict[str, tuple[int, int]]
) -> tuple[Optional[str], Optional[str]]:
    """(issuer, province) from the enacting line under the title, before the articles."""
    window_end = heading.end() + 1500
    article = _ARTICLE_ONE.search(text, heading.end(), window_end)
    line = _ENACTING_LINE.search(text, heading.end(), article.start() if article else window_end)
    if line is None:
        return None, None
    if line.group("national"):
        issuer = _BODY_SPELLING.get(" ".join(line.group("national").lower().split()).replace("uỷ", "ủy"))
        issuer = issuer or _sentence_case(line.group("national")).capitalize()
        spans["issuer"] = line.span("national")
        return issuer, None
    if line.group("ministry"):
        spans["issuer"] = line.span("ministry")
        return canonical_name(_sentence_case(line.group("ministry")).capitalize()), None
    province = province_name(_sentence_case(line.group("province")))
    if province is None:
        return None, None
    body = "HĐND" if line.group("council").startswith("HỘI") else "UBND"
    level = "thành phố" if "PHỐ" in line.group("level") else "tỉnh"
    spans["issuer"] = spans["province"] = line.span()
    return f"{body} {level} {province}", province


# A certificate has no "Số: …" line: the code of what it registers, printed under its heading,
# identifies it ("Mã số dự án: 4275604886").
_CERTIFICATE_CODE = re.compile(r"Mã\s+số\s+(?:dự\s+án|doanh\s+nghiệp|hợp\s+tác\s+xã)\s*:\s*\d[\d ]{5,}\d")
_CERTIFIED_PROJECT = re.compile(
    r"Tên\s+dự\s+án(?:\s+đầu\s+tư)?\s*:\s*(?P<name>[^.;:]{5,300}?)\s*(?:[.;](?:\s|$)|\n\s*\d+\.\s)"
)
# Which issue of the certificate this is: "Chứng nhận lần đầu: ngày …", "Chứng nhận thay đổi lần thứ hai: …".
_CERTIFICATION = re.compile(r"^[\s*|]*(Chứng\s+nhận\s+(?:lần\s+đầu|thay\s+đổi\s+lần\s+thứ\s+\w+))\s*:", re.MULTILINE)
_CERTIFIED_ON = re.compile(
    _CERTIFICATION.pattern + r"\s*ngày\s*(?P<day>\d{1,2})\s*tháng\s*(?P<month>\d{1,2})\s*năm\s*(?P<year>\d{4})", re.MULTILINE
)


def _certificate_code(head: str, heading: re.Match, spans: dict[str, tuple[int, int]]) -> Optional[str]:
    code = _CERTIFICATE_CODE.search(head, heading.end(), heading.end() + 300)
    if code is None:
        return None
    spans["number"] = code.span()
    return " ".join(code.group(0).split())


def _certificate_title(
    text: str, heading: re.Match, doc_type: str, spans: dict[str, tuple[int, int]]
) -> Optional[str]:
    """A certificate is titled by the project it registers, and which issue it is:
    "Giấy chứng nhận đăng ký đầu tư dự án <tên dự án> (chứng nhận lần đầu)"."""
    project = _CERTIFIED_PROJECT.search(text, heading.end(), heading.end() + 6000)
    if project is None:
        return None
    spans["title"] = project.span("name")
    title = f"{doc_type} dự án {' '.join(project.group('name').split())}"
    issue = None
    for issue in _CERTIFICATION.finditer(text, heading.end(), project.start()):
        pass  # the latest issue is the last one listed
    return f"{title} ({' '.join(issue.group(1).split()).lower()})" if issue else title


def _official_number(
    head: str, heading: re.Match, hints: Mapping[str, Optional[str]], spans: dict[str, tuple[int, int]]
) -> Optional[str]:
    """The số hiệu printed near the type heading, else the e-signature's."""
    printed = _PRINTED_NUMBER.search(head)
    if printed and printed.start() < heading.start() + 400:
        spans["number"] = printed.span(1)
        return normalise_number(printed.group(1))
    printed = _tolerant_search(_TOLERANT_NUMBER, head)
    if printed and printed.start() < heading.start() + 400:
        spans["number"] = printed.span(1)
        return _ocr_normalised_number(printed.group(1))
    return _hint_number(hints)


def _ocr_normalised_number(number: str) -> str:
    """A số hiệu read through OCR noise: its numerals repaired ("2O26" → "2026"), its codes kept."""
    *numerals, codes = normalise_number(number).split("/")
    return "/".join([_ocr_digits(part) for part in numerals] + [codes])


def _official_date(
    text: str, doc_type: str, hints: Mapping[str, Optional[str]], spans: dict[str, tuple[int, int]]
) -> tuple[Optional[date], Optional[re.Match]]:
    """(issue date, the "place, ngày … tháng … năm …" line): the printed date (a record's
    opening, a treaty's closing "Làm tại …" line), else the e-signature's."""
    head = text[:6000]
    place_date = _PLACE_DATE.search(head) or _tolerant_search(_TOLERANT_PLACE_DATE, head)
    issue_date = _date_of(place_date, spans)
    if issue_date is None and doc_type == "Biên bản":
        issue_date = _date_of(_tolerant_search(_RECORD_DATE, head), spans)
    if issue_date is None and place_date is None:
        issue_date = _date_of(_tolerant_search(_SIGNED_AT, text), spans)
    if issue_date is None and place_date is None:
        adopted = None
        for adopted in _ADOPTED_ON.finditer(text):
            pass  # the closing line, after any citation of another text's adoption
        issue_date = _date_of(adopted, spans)
    if issue_date is None and place_date is None and doc_type.startswith("Giấy chứng nhận"):
        certified = None
        for certified in _CERTIFIED_ON.finditer(head):
            pass  # the latest issue: "Chứng nhận thay đổi lần thứ hai: ngày …"
        issue_date = _date_of(certified, spans)
    if issue_date is None:
        issue_date = _hint_date(hints, "signature_date")
    return issue_date, place_date


def _date_of(match: Optional[re.Match | _FoldedMatch], spans: dict[str, tuple[int, int]]) -> Optional[date]:
    """The date a "ngày … tháng … năm …" match holds (digits OCR read as letters repaired), and its span."""
    if not (match and match.group("day") and match.group("month")):
        return None
    issue_date = _calendar_date(*(_ocr_number(match.group(key)) for key in ("year", "month", "day")))
    if issue_date is None:
        return None
    spans["issue_date"] = match.span()
    return issue_date


def _record_maker(head: str, province: Optional[str], spans: dict[str, tuple[int, int]]) -> Optional[str]:
    """The body a record's opening names as acting ("Hôm nay, ngày 29/6/2026, Sở Công
    Thương tiến hành kiểm tra …"), with the record's province."""
    from extractors.agencies import iter_mentions

    opening = _tolerant_search(_RECORD_DATE, head)
    if opening is None:
        return None
    start = opening.end() + len(re.match(r"[\s,]*", head[opening.end() :]).group(0))
    mention = next(iter_mentions(head[start : start + 200]), None)
    if mention is None or mention.start != 0 or mention.generic:
        return None
    spans["issuer"] = (start, start + mention.end)
    return _with_province(mention.name, province)


def _with_province(name: str, province: Optional[str]) -> str:
    """A department named without its province ("Sở Nội vụ") with the document's province."""
    if name.startswith("Sở ") and province and not _named_province(name)[0]:
        return f"{canonical_name(name)} {province_level(province)} {province}"
    return name


# A remark in brackets on its own line under the title lines: the provision a text implements
# ("(Thực hiện điểm a khoản 2 Điều 28 Luật Thủ đô số 39/2024/QH15)"). An annex's caption
# ("(Kèm theo Quyết định số …)") names another document, and a labelled field ("(cấp lần đầu:
# ngày 16 tháng 7 năm 2026)") records an issue: neither is part of the title.
_TITLE_REMARK = re.compile(r"[\s*|#]*\n[\s*|#]*\((?P<remark>[^()\n]{3,200}(?:\n[^()\n]{1,200}){0,2})\)[ \t*|#]*(?=\n|$)")
_ANNEX_REMARK = re.compile(r"(?i)kèm\s+theo|:")


_CAPTION_AFTER_TITLE = re.compile(r"(?P<title>.*?\S)\s*\(\s*(?i:(?:ban\s+hành\s+)?kèm\s+theo)\s[^()]*\)?$")


def _official_title(text: str, heading: re.Match, doc_type: str, spans: dict[str, tuple[int, int]]) -> Optional[str]:
    """The document type with the upper-case lines under its heading, else with its
    "Về việc …" subject or plain title lines."""
    title_text = heading.group(2).strip(" *")
    title_end = heading.end(2) if title_text else heading.end(1)
    lines = [title_text] if title_text else []
    offset = heading.end()
    stop = None  # where the upper-case lines stopped, on a line of another kind
    for line in text[heading.end() : heading.end() + 800].split("\n"):
        line_start, offset = offset, offset + len(line) + 1
        stripped = line.strip(" *|#")
        if not stripped:
            if len(lines) > bool(title_text) and not _TITLE_GOES_ON.match(text, offset):
                break
            continue
        stop = line_start
        captioned = _CAPTION_AFTER_TITLE.match(stripped)
        if captioned and captioned.group("title").isupper():
            # "THỰC HIỆN … NĂM 2023 (Kèm theo Quyết định số …)": the caption on the title's line ends it.
            lines.append(captioned.group("title"))
            title_end = line_start + len(line) - len(line.lstrip(" *|#")) + len(captioned.group("title"))
            break
        if stripped != stripped.upper() or stripped.startswith(("Căn cứ", "CĂN CỨ", "(")) or _LETTERHEAD_BODY.match(stripped + "\n"):
            break
        if re.fullmatch(r"(?:ỦY|UỶ) BAN NHÂN DÂN.*|CHÍNH PHỦ|THỦ TƯỚNG CHÍNH PHỦ", stripped) or _ENACTING_LINE.match(stripped):
            break  # the enacting line under the title ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH X")
        lines.append(stripped)
        title_end = line_start + len(line.rstrip(" *|#"))
    continued = None
    if lines == [title_text] and len(title_text.split()) <= 2:
        # "CHƯƠNG TRÌNH HÀNH ĐỘNG" ⏎ "thực hiện Nghị quyết số 57-NQ/TW …": the heading names the kind of
        # document, the sentence-case lines under it are its title.
        continued = _subject_lines(text, heading.end()) or _plain_title_lines(text, heading.end(), continuing=True)
    if continued:
        written = " ".join(continued[0].replace("*", " ").split())
        spans["title"] = (heading.start(1), continued[1][1])
        return f"{doc_type} {_sentence_case(title_text)} {_lowered_start(written)}"
    if lines and lines[-1].startswith("CỦA ") and stop is not None and _OWNED_SUBJECT.match(text, stop):
        # "NGHỊ QUYẾT" ⏎ "CỦA BỘ CHÍNH TRỊ" ⏎ "về đột phá phát triển khoa học, …": the subject under the issuer line.
        subject = _plain_title_lines(text, stop, continuing=True)
        if subject:
            spans["title"] = (heading.start(1), subject[1][1])
            written = re.sub(r"\s+(?=[,.;:])", "", " ".join(subject[0].replace("*", " ").split()))  # "**…**, **…**"
            return f"{doc_type} {_sentence_case(' '.join(lines))} {written[0].lower() + written[1:]}"
    if lines:
        title = f"{doc_type} {_sentence_case(' '.join(lines))}"
        remark = _TITLE_REMARK.match(text, title_end)
        if remark and not _ANNEX_REMARK.search(remark.group("remark")):
            # "(Thực hiện điểm a khoản 2 Điều 28 Luật Thủ đô …)" under the title belongs to it.
            written = " ".join(remark.group("remark").split())
            written = _sentence_case(written) if written.isupper() else written[0].lower() + written[1:]
            title, title_end = f"{title} ({written})", remark.end()
        spans["title"] = (heading.start(1), title_end)
        return title
    subject = _subject_lines(text, heading.end()) or _plain_title_lines(text, heading.end())
    if subject:
        spans["title"] = (heading.start(1), subject[1][1])
        written = " ".join(subject[0].replace("*", " ").split())  # "… năm 2025 ****với mục tiêu …": bold runs
        return f"{doc_type} {_lowered_start(written)}"
    return None


_OWNED_SUBJECT = re.compile(r"[\s*|#]*[Vv]ề\s")
# A page that keeps each title line a paragraph: "KẾT LUẬN" ⏎⏎ "CỦA ĐỒNG CHÍ CHÁNH VĂN PHÒNG …" ⏎⏎ "TẠI HỘI NGHỊ …".
_TITLE_GOES_ON = re.compile(r"[\s*|#]*(?:TẠI|VỀ|CỦA|THỰC HIỆN|TRIỂN KHAI|GIAI ĐOẠN|ĐẾN NĂM)\s+[" + UPPERCASE + r"\d]")


def _lowered_start(written: str) -> str:
    """Title words that follow the type: their first letter lowered, or all of them re-cased when
    they are written in capitals (never "tHỰC HIỆN")."""
    letters = [c for c in written if c.isalpha()]
    if sum(c.isupper() for c in letters) > 0.8 * len(letters):
        return _sentence_case(written)
    return written[0].lower() + written[1:]


_SUBJECT = re.compile(r"[\s*|]*((?:Về\s+việc|V/v|Về)\s)")
_ARTICLE_ONE = re.compile(r"Điều\s+1\s*[.:]\s*")
# Where the object of Điều 1 ends: its list of contents or the end of its sentence.
_ARTICLE_OBJECT_END = re.compile(r"\s+(?:gồm|bao\s+gồm|như\s+sau|với\s+(?:các|những)\s+nội\s+dung)\b|\s*[:;]|\.(?:\s|$)")


def _title_words(text: str) -> list[str]:
    return re.findall(r"\w+", text.casefold())


def _with_article_object(text: str, title: str) -> str:
    """A decision titled only by its act ("Quyết định chấp thuận chủ trương đầu tư")
    takes the object Điều 1 names after that act ("… đối với Dự án X gồm …")."""
    article = _ARTICLE_ONE.search(text)
    if article is None:
        return title
    window = text[article.end() : article.end() + 700]
    end = _ARTICLE_OBJECT_END.search(window)
    clause = " ".join(window[: end.start() if end else len(window)].split()).strip(" *")
    target = re.search(r"\sđối\s+với\s+", clause)
    if target is None:
        return title
    act, subject = _title_words(clause[: target.start()]), clause[target.end() :].strip(" ,")
    title_words = _title_words(title)
    # The title must end where the act ends: "… chấp thuận nhà đầu tư" / "Điều 1. … chấp thuận nhà đầu tư đối với …".
    if not subject or len(act) < 3 or act[-3:] != title_words[-3:]:
        return title
    return f"{title} {subject}"


# The place-date column printed on the same line as the trích yếu ("… cấp Hà Nội, ngày 02 tháng …").
_PLACE_COLUMN = re.compile(r"\s+[A-ZĐ][^\s,]*(?:\s+[A-ZĐ][^\s,]*){0,3},\s*ngày.*$")


_NEXT_CELL = re.compile(r"\t|\s+CỘNG\s+H\w+\s+XÃ\s+HỘI")


def _subject_lines(text: str, start: int) -> Optional[tuple[str, tuple[int, int]]]:
    """The trích yếu written in sentence case under the heading or the number
    ("Về việc …", "V/v …"), and its span."""
    match = _SUBJECT.match(text, start) or _tolerant_match(_TOLERANT_SUBJECT_AT, text, start)
    if not match:
        return None
    lines = []
    offset = end = match.start(1)
    blank_after_line = False
    for full_line in text[match.start(1) : match.start(1) + 600].split("\n"):
        # (a flattened letterhead table goes on in the next cell: "V/v …⇥CỘNG HÒA XÃ HỘI …")
        line = _NEXT_CELL.split(full_line, 1)[0]
        stripped = line.strip(" *|")
        if not stripped and lines and not blank_after_line:
            # A Word file's centred lines are paragraphs: one that opens on a lower-case word goes on with the subject
            # ("Về việc tăng cường … trật tự an toàn" ⏎⏎ "giao thông dịp nghỉ Lễ 30/4 …").
            blank_after_line = True
            offset += len(full_line) + 1
            continue
        if not stripped or (blank_after_line and not stripped[:1].islower()) or (
            lines and (stripped == stripped.upper() or re.match(r"Căn\s+cứ|Kính\s+gửi", stripped) or _PURPOSE_OPENING.match(stripped)
                       or _PLACE_DATE.search(stripped) or _tolerant_search(_TOLERANT_PLACE_DATE, stripped))
        ):
            break
        lines.append(stripped)
        blank_after_line = False
        end = offset + len(line.rstrip(" *|"))
        offset += len(full_line) + 1
    subject = " ".join(" ".join(lines).split())
    subject = _PLACE_COLUMN.sub("", subject)
    return re.sub(r"^[VW]\s*[/⁄]\s*v\s+", "về việc ", subject), (match.start(1), end)


# A sentence-case title wraps over up to five lines of an A4 page (a decision's long trích yếu).
_MAX_TITLE_LINES = 6
# A form's field under the heading ("Mã số dự án: 4275604886"), not a title.
_FORM_FIELD = re.compile(r"[^\W\d][\w ]{1,30}:\s")
_BODY_OPENING = re.compile(rf"Căn\s+cứ|Thực\s+hiện|Kính\s+gửi|Theo\s+đề\s+nghị|Xét\s|[{UPPERCASE} ]{{6,}}$")
# The first sentence of a notice's body, stating its purpose ("Nhằm đáp ứng kịp thời công tác tham mưu, …"), or a
# directive's, stating the state of things ("Năm 2019, tình hình an ninh, trật tự …", "Thời gian qua, …"): after a
# title's lines, no part of it.
_PURPOSE_OPENING = re.compile(r"(?:Nhằm|Để)\s|Năm\s+\d{4}\s*,|(?:Trong\s+(?:những\s+năm|thời\s+gian)|Những\s+năm|Thời\s+gian)\s+qua\b")


# A paragraph under the heading that opens on "Thực hiện" and ends without punctuation is the title
# ("Thực hiện Đề án số 08 về …"); the preamble's "Thực hiện Quyết định số …;" ends on its mark.
_IMPLEMENTATION_PARAGRAPH = re.compile(r"Thực\s+hiện\s(?:(?!\n[\s*|#]*\n).){0,300}?[^.,;:\s*|#][\s*|#]*(?:\n[\s*|#]*\n|$)", re.DOTALL)


def _title_like_implementation(text: str, start: int) -> bool:
    return _IMPLEMENTATION_PARAGRAPH.match(text, start + len(text[start:]) - len(text[start:].lstrip(" *|#"))) is not None


def _plain_title_lines(text: str, start: int, continuing: bool = False) -> Optional[tuple[str, tuple[int, int]]]:
    """A title written in sentence case on the lines under the heading
    ("KẾ HOẠCH / Phòng, chống dịch bệnh năm 2026"), up to a blank line or the preamble; ``continuing``
    a heading's words, it may open on a lower-case word."""
    lines: list[str] = []
    offset = start
    end = start
    blank_after_title = False
    window = text[start : start + 600].split("\n")
    for index, line in enumerate(window):
        line_start, offset = offset, offset + len(line) + 1
        stripped = line.strip(" *|#")
        if not stripped:
            blank_after_title = bool(lines)
            continue
        if blank_after_title and not stripped[:1].islower() and not lines[-1].endswith((",", " -", " –")):
            # Past a blank line the title goes on only in a paragraph that opens on a lower-case word (a Word file's
            # centred lines) or after a line that ends on a comma ("Kết luận của đồng chí …, Ủy viên Ban Thường vụ
            # Tỉnh ủy," ⏎ "Phó Chủ tịch UBND tỉnh họp nghe …").
            break
        # ("Ban hành quy định chính sách hỗ trợ đào tạo cán bộ, công chức; ⏎ thu hút nguồn nhân lực …":
        # a title's semicolon, when a lower-case line goes on; a preamble's "Căn cứ …;" otherwise)
        following = next((rest.strip(" *|#") for rest in window[index + 1 :] if rest.strip(" *|#")), "")
        ends_clause = stripped.endswith(".") or (stripped.endswith(";") and not following[:1].islower())
        if ((_BODY_OPENING.match(stripped) and not (not lines and _title_like_implementation(text, line_start)))
                or (lines and _PURPOSE_OPENING.match(stripped))
                or _FORM_FIELD.match(stripped) or len(lines) == _MAX_TITLE_LINES or ends_clause):
            break
        lines.append(stripped)
        blank_after_title = False
        end = line_start + len(line.rstrip(" *|#"))
    if not lines or not (continuing or lines[0][:1].isupper()):
        return None
    return " ".join(" ".join(lines).split()), (start, end)


_PROVINCIAL_OWNER = re.compile(rf"\s(?P<level>TỈNH|THÀNH\s+PHỐ)\s+(?P<province>[{UPPERCASE}][{UPPERCASE} '-]+)$")


# A Word letterhead table flattened into one line, its left cell first: "UBND TỈNH LÀO CAI SỞ CÔNG
# THƯƠNG ____ Số: /SCT-CN V/v cập nhật …⇥CỘNG HÒA XÃ HỘI …": the "V/v" after the number on its line.
_FLATTENED_LETTERHEAD = re.compile(r"^([^\n]{0,400}?\sSố\s*:[^\n]{0,40}?\s)V/v\s", re.MULTILINE)


def _flattened_subject(head: str) -> Optional[re.Match]:
    flattened = _FLATTENED_LETTERHEAD.search(head)
    return re.compile(r"V/v\s").match(head, flattened.end(1)) if flattened else None


_ADDRESSEES = re.compile(r"^[\s*|]*Kính\s+gửi\s*:", re.MULTILINE)
# A unit's head in a letterhead, under its parent or closing it ("UBND TỈNH LÀO CAI" ⏎ "VĂN PHÒNG").
_LETTERHEAD_UNIT = r"(?:CỤC|SỞ|VỤ|TỔNG\s+CỤC|BAN|VĂN\s+PHÒNG|CHI\s+CỤC|TRUNG\s+TÂM)(?:\s|$)"


def _letter(text: str, hints: Mapping[str, Optional[str]]) -> Optional[MetadataAnnotation]:
    """An official letter (công văn) without a type heading: letterhead, "Số: …/…", "V/v …"."""
    head = text[:3000]
    republic = _REPUBLIC.search(head[:800]) or _tolerant_search(_TOLERANT_REPUBLIC, head[:800])
    subject = (
        re.search(r"^[\s*|]*V/v\s", head, re.MULTILINE) or _tolerant_search(_TOLERANT_SUBJECT, head)
        or _flattened_subject(head)
    )
    # A draft may leave out its "V/v" line: the letterhead's "Số: …/UBND-NC" and the "Kính gửi:" under it make it a letter.
    addressed = None if subject else _ADDRESSEES.search(head)
    if republic is None or (subject or addressed) is None:
        return None
    opening = (subject or addressed).start()
    spans = {}
    number = None
    number_line = (
        re.search(r"^[\s*|]*Số\s*:?\s*(\d{0,5}\s*/\s*[A-ZĐ][\w&-]*)", head[:opening], re.MULTILINE)
        or _tolerant_search(_TOLERANT_LETTER_NUMBER, head[:opening])
        or re.search(r"(?<=\s)Số\s*:\s*(\d{0,5}\s*/\s*[A-ZĐ][\w&-]*)", head[:opening])
    )
    if subject is None and number_line is None:
        return None
    if number_line and re.match(r"\d", number_line.group(1)):
        number = _ocr_normalised_number(number_line.group(1))
        spans["number"] = number_line.span(1)
    else:
        number = _hint_number(hints)
    letterhead_end = number_line.start() if number_line else opening
    letterhead = [
        # (the rule under the letterhead, OCR'd onto a line of it: "CHUYỂN ĐỔI XANH VÀ —————")
        re.sub(r"\s*(?:CỘNG\s+H\w+\s+XÃ\s+HỘI.*|Độc\s+lập.*|[-–—_]{3,}.*)$", "", line).strip(" *|,)")
        for line in head[:letterhead_end].split("\n")
    ]
    bodies = " ".join(l for l in letterhead if l and l == l.upper() and re.search(r"[A-ZĐ]{2}", l))
    committee = _LETTERHEAD_BODY.search(bodies + "\n")
    blocks = re.split(rf"\s+(?={_LETTERHEAD_UNIT})", bodies)
    issuer = (
        _document_spelling(_sentence_case(blocks[-1]).capitalize(), text)
        if blocks and blocks[-1]
        else hints.get("signature_org")
    )
    if committee and province_name(_sentence_case(committee.group(3))):
        # "ỦY BAN NHÂN DÂN / TỈNH LÀO CAI": the committee, not a "BAN" block cut out of its name.
        body = "HĐND" if committee.group(1).startswith("HỘI") else "UBND"
        level = "thành phố" if "PHỐ" in committee.group(2) else "tỉnh"
        issuer = f"{body} {level} {province_name(_sentence_case(committee.group(3)))}"
    elif issuer and re.match(r"(?:Bộ|Sở)\s", issuer):
        issuer = canonical_name(issuer)
    elif issuer:
        issuer = re.sub(r"^(Cục|Tổng cục|Vụ) (\w)", lambda m: f"{m.group(1)} {m.group(2).upper()}", issuer)
    issue_date = _date_of(_PLACE_DATE.search(head) or _tolerant_search(_TOLERANT_PLACE_DATE, head), {})
    issue_date = issue_date or _hint_date(hints, "signature_date")
    province = _named_province(issuer or "")[0]
    if committee is None and blocks and re.match(r"BAN\s+NHÂN\s+DÂN\s", blocks[-1]):
        # "ỦY BAN NHÂN DÂN / HUYỆN HƯƠNG KHÊ": a district's or commune's committee, not a "BAN" block cut out of it.
        issuer, province = _commune_letterhead(text, letterhead_end, spans)
    parent = re.search(rf"(?:UBND|[ỦU][YỶ]\s+BAN\s+NHÂN\s+DÂN)\s+(TỈNH|THÀNH\s+PHỐ)\s+([^\n*|]+?)\s*(?=[*\n|]|CỘNG|\s{_LETTERHEAD_UNIT}|$)", bodies)
    if province is None and issuer and issuer.startswith("Sở ") and parent and province_name(_sentence_case(parent.group(2))):
        # "UBND TỈNH LÀO CAI / SỞ CÔNG THƯƠNG": the department of that province.
        province = province_name(_sentence_case(parent.group(2)))
        issuer = f"{issuer} {'thành phố' if 'PHỐ' in parent.group(1) else 'tỉnh'} {province}"
    elif province is None and issuer and issuer.casefold() == "văn phòng" and parent and province_name(_sentence_case(parent.group(2))):
        # "UBND TỈNH VĨNH LONG / VĂN PHÒNG": the committee's office.
        province = province_name(_sentence_case(parent.group(2)))
        issuer = f"Văn phòng UBND {'thành phố' if 'PHỐ' in parent.group(1) else 'tỉnh'} {province}"
    elif province is None and issuer and len(blocks) > 1 and (owner := _PROVINCIAL_OWNER.search(blocks[-2])):
        # "CỔNG THÔNG TIN ĐIỆN TỬ TỈNH VĨNH LONG / BAN BIÊN TẬP": a unit of a provincial body.
        province = province_name(_sentence_case(owner.group("province")))
        if province:
            owner_name = _document_spelling(_sentence_case(blocks[-2][: owner.start()]).capitalize(), text)
            level = "thành phố" if "PHỐ" in owner.group("level") else "tỉnh"
            issuer = f"{issuer} {owner_name[0].lower()}{owner_name[1:]} {level} {province}"
    subject_lines = _subject_lines(head, subject.start()) if subject else None
    subject_text = subject_lines[0] if subject_lines else None
    if subject_lines:
        spans["title"] = subject_lines[1]
    spans_signer: dict = {}
    return MetadataAnnotation(
        number=number,
        doc_type="Công văn",
        issuer=issuer,
        province=province,
        issue_date=issue_date,
        title=f"Công văn {subject_text}" if subject_text else None,
        signer=_signer(text, spans_signer),
        spans={**spans, **spans_signer},
    )


# A signature block squeezed into one table cell: "| … | CHỦ TỊCH Hoàng Quốc Khánh |".
_INLINE_SIGNER = re.compile(
    r"(?:CHỦ\s+TỊCH|THỦ\s+TƯỚNG|BỘ\s+TRƯỞNG|THỨ\s+TRƯỞNG|GIÁM\s+ĐỐC|CỤC\s+TRƯỞNG)[\s*]+"
    rf"((?:[{UPPERCASE}][{LOWERCASE}]+\s+){{1,4}}[{UPPERCASE}][{LOWERCASE}]+)[\s*]*(?:\||$)",
    re.MULTILINE,
)


def _signer(text: str, spans: dict) -> Optional[str]:
    """The name under the last signature title (CHỦ TỊCH, KT. CHỦ TỊCH / PHÓ CHỦ TỊCH …)."""
    titles = list(_SIGNATURE_TITLE.finditer(text))
    for title in reversed(titles):
        window = text[title.end() : title.end() + 400]
        for person in _PERSON.finditer(window):
            name = person.group(1)
            if name.isupper() or re.match(r"(?:Nơi|Lưu|Phụ|Kèm)", name):
                continue
            spans["signer"] = (title.end() + person.start(1), title.end() + person.end(1))
            return " ".join(name.split())
    inline = None
    for inline in _INLINE_SIGNER.finditer(text):
        pass
    if inline:
        spans["signer"] = inline.span(1)
        return " ".join(inline.group(1).split())
    return None


# "Phó Thủ tướng Mai Văn Chính ký Quyết định …", "Chủ tịch UBND tỉnh đã ký ban hành …".
_SIGNING = re.compile(
    r"(?:Thủ\s+tướng|Bộ\s+trưởng|Thứ\s+trưởng|Chủ\s+tịch|Giám\s+đốc)\b[^.;\n]{0,60}?\s"
    r"((?:[A-ZĐ][^\W\d_]*\s+){1,3}[A-ZĐ][^\W\d_]*)\s+(?:đã\s+|vừa\s+)?ký\b"
)


def _reported_signer(sentence: str) -> Optional[str]:
    """The official named as signing in a news sentence, without a province written before the name."""
    match = _SIGNING.search(sentence)
    if match is None:
        return None
    words = match.group(1).split()
    for size in range(len(words) - 2, 0, -1):
        if province_name(" ".join(words[:size])):
            words = words[size:]
            break
    return " ".join(words) if len(words) >= 2 else None


def _period(title: str) -> tuple[Optional[int], Optional[int]]:
    period = _PERIOD.search(title)
    if period:
        horizon = [int(y) for y in _HORIZON.findall(title[period.end() :]) if y]
        return int(period.group(1)), max([int(period.group(2)), *horizon])
    horizon = [int(y) for y in _HORIZON.findall(title) if y]
    return (None, max(horizon)) if horizon else (None, None)


_LEAD_END = 2500
_HEADLINE_MAX = 300
_QUOTED_NAME = re.compile(r"[\"“]([^\"“”\n]{10,400})[\"”]")
_ATTACHED_TO = re.compile(r"(?i:kèm\s+theo)[\s*_]*$")
_IMPLEMENTED = re.compile(
    r"(?i:thực\s+hiện|triển\s+khai|căn\s+cứ|theo|quán\s+triệt|cụ\s+thể\s+hóa|sơ\s+kết|tổng\s+kết)\s*(?:các\s+)?$"
)
# A commune's or ward's people's committee named in a news sentence (the local level since July 2025),
# or a district's before it ("UBND huyện Krông Nô ban hành Kế hoạch số 45/KH-UBND …").
_REPORTED_COMMUNE = re.compile(
    r"(?:UBND|Ủy\s+ban\s+nhân\s+dân|Uỷ\s+ban\s+nhân\s+dân)\s+(xã|phường|đặc\s+khu|huyện|quận|thị\s+xã)\s+([A-ZĐ][\w']*(?:\s+[A-ZĐ][\w']*){0,3})"
)


def _reporting(text: str, hints: Mapping[str, Optional[str]], **reported) -> MetadataAnnotation:
    """A page that reports a document: that document's metadata, beside the page's own publisher and
    date. A document the page names without its subject is known by the page's headline."""
    if not reported.get("title"):
        reported["title"] = _headline(text[:8000])[0]
    return MetadataAnnotation(
        **reported,
        document_kind=REPORTING_KIND,
        publisher=_publisher(text, hints, {}),
        published_date=_page_date(text, hints, {}),
    )


def _reported(text: str, hints: Mapping[str, Optional[str]]) -> Optional[MetadataAnnotation]:
    """A page that reports a plan: the plan most referred to in its opening."""
    opening = text[:4000]
    # A teaser lead printed under the article ("more(HDDTVN) – Chính phủ ban hành Nghị quyết 136/NQ-CP
    # về …") is a lead too, wherever the page puts it.
    teaser = next(
        (r for r in _REFERENCE.finditer(text, _LEAD_END) if re.match(_DATELINE, text[_sentence_start(text, r) :])), None
    )
    if teaser:
        opening = text[: max(len(opening), teaser.end() + 600)]
    references = list(_REFERENCE.finditer(opening))
    if not references:
        return None
    headline = opening.lstrip(" #*\n|").split("\n", 1)[0]
    headline_end = len(opening) - len(opening.lstrip(" #*\n|")) + len(headline)
    if len(headline) > _HEADLINE_MAX:
        headline, headline_end = "", 0  # a page that opens on its body ("Tại phiên họp ngày …, (Công văn số …)") has none
    teaser_start = _sentence_start(text, teaser) if teaser else len(text)
    # A page is about a document its headline or lead cites, not one its story mentions further down.
    reported = [r for r in references if r.start() < _LEAD_END and _is_reported(opening, r, headline)]
    # "Thực hiện Nghị quyết số 57-NQ/TW …, UBND tỉnh ban hành Kế hoạch số 45/KH-UBND": the document
    # implemented is cited, the one issued is reported.
    issued = [r for r in reported if not _IMPLEMENTED.search(opening, max(0, r.start() - 40), r.start())]
    if reported and not issued and any(match.start() < _LEAD_END for match, _ in _unnumbered_reports(opening)):
        # "Thực hiện Chỉ thị số 16/CT-TTg …, Ủy ban nhân dân tỉnh vừa ban hành Chỉ thị yêu cầu …": the page reports
        # the new document, which has no number yet, not the one it implements.
        return None
    reported = issued or reported
    if not reported:
        # the teaser, when the lead reports none: only a document it issues, never one it implements
        # ("… ban hành Chương trình hành động thực hiện Nghị quyết số 23-NQ/TW …" names no number of its own)
        reported = [
            r for r in references
            if teaser_start <= r.start() <= teaser_start + 600 and _is_reported(opening, r, headline)
            and not _IMPLEMENTED.search(opening, max(0, r.start() - 40), r.start())
        ]
    if not reported:
        return None
    in_headline = [r for r in reported if r.end() <= headline_end]
    # "Phụ lục "… thực hiện Nghị quyết số 169/NQ-CP …" — kèm theo Công văn số 7323/UBND-TH …": a text
    # attached to a document is that document's, whatever its headline and title cite.
    attached_to = [r for r in reported if _ATTACHED_TO.search(opening, max(0, r.start() - 20), r.start())]
    if attached_to:
        number = normalise_number(attached_to[0].group(2))
    elif in_headline:
        # The first document a headline names; the others are named in its title
        # ("Kết luận 224-KL/TW tiếp tục thực hiện Nghị quyết 06-NQ/TW …").
        number = normalise_number(in_headline[0].group(2))
    else:
        number, _ = Counter(normalise_number(r.group(2)) for r in reported).most_common(1)[0]
    same = [r for r in references if normalise_number(r.group(2)) == number]
    first = next((r for r in same if _ISSUED.search(_sentence_of(opening, r))), same[0])
    spans: dict[str, tuple[int, int]] = {"number": first.span(2), "reported_plan_number": first.span(2)}
    # The type the page writes before the number, over the number's code: "Chương trình hành động số
    # 32-CT/TU" (CT is a directive's code), "Quy định số 123-QĐ/TW" (a Party regulation, not a decision).
    doc_type = " ".join(first.group("type").split()).capitalize()

    sentence_start = _sentence_start(opening, first)
    sentence_end_match = re.search(r"\.(?:\s|$)|\n", opening[first.end() :])
    sentence_end = first.end() + (sentence_end_match.start() if sentence_end_match else 0)
    sentence = opening[sentence_start:sentence_end]

    issuer = _issuer_of_own_number(number)
    province = None
    if issuer is None and re.fullmatch(_PARTY_NUMBER, number):
        # A Party document is issued by a committee or board the page names, not a people's committee.
        # (the headline may cite it bare; a later sentence names its body: "Ban Chỉ đạo Trung ương … đã có Kế hoạch …")
        cited = [first, *(r for r in same if r is not first)]
        issuer = next((body for r in cited if (body := _reported_party_body(opening, r))), None)
        if issuer is None:
            # An explainer may name the body only further down ("… ngày 04/5/2025, Bộ Chính trị thông qua Nghị quyết
            # 68-NQ/TW …").
            further = [r for r in _REFERENCE.finditer(text, len(opening)) if normalise_number(r.group(2)) == number]
            issuer = next((body for r in further[:_FURTHER_CITATIONS] if (body := _reported_party_body(text, r))), None)
        province = next((p for p in province_names() if issuer and issuer.endswith(" " + p)), None)
        if issuer and province is None and _PROVINCIAL_PARTY_BODY.search(issuer):
            # "Ban Thường vụ Tỉnh ủy đã ban hành …" on a provincial page: that province's committee.
            province = province_name(_province_from_text(text) or "")
            issuer = f"{issuer} {province}" if province else issuer
        elif province is None and number.endswith("/TU"):
            province = province_name(_province_from_text(text) or "")  # a provincial committee's ("…-NQ/TU")
    elif issuer is None and (commune := _REPORTED_COMMUNE.search(sentence)):
        # "UBND xã Bát Xát, tỉnh Lào Cai đã ban hành Kế hoạch số 45/KH-UBND": a commune's committee.
        issuer = f"UBND {' '.join(commune.group(1).split()).lower()} {commune.group(2)}"
        province = (
            _named_province(sentence[commune.end() :])[0]
            or (district_province(commune.group(2)) if commune.group(1) in ("huyện", "quận", "thị xã") else None)
            or province_name(_province_from_text(text) or "")
        )
    elif issuer is None:
        body = re.search(
            r"(?:UBND|Ủy\s+ban\s+nhân\s+dân|Uỷ\s+ban\s+nhân\s+dân)\s+(?:(tỉnh|thành\s+phố|TP\.?)\s*)?([A-ZĐ][\w']*(?:\s+[A-ZĐ][\w']*){0,3})",
            sentence,
        ) or re.search(
            r"(?:UBND|Ủy\s+ban\s+nhân\s+dân|Uỷ\s+ban\s+nhân\s+dân)\s+(?:(tỉnh|thành\s+phố|TP\.?)\s*)?([A-ZĐ][\w']*(?:\s+[A-ZĐ][\w']*){0,3})",
            opening,
        )
        if body:
            province = province_name(body.group(2))
            if province:
                level = body.group(1) or province_level(province)
                level = "thành phố" if level.lower().startswith(("tp", "thành")) else "tỉnh"
                issuer = f"UBND {level} {province}"
        by_people_committee = re.search(r"/(?:\w+-)?UBND(?:-|$)", number) is not None
        level = "tỉnh"
        if province is None and by_people_committee:
            province, level = _named_province(sentence)
        if province is None:
            province = province_name(_province_from_text(text) or "")
            level = province_level(province)
        if issuer is None and province and by_people_committee:
            # "…/KH-UBND", "…/UBND-VX": the people's committee of the province the page is about.
            issuer = f"UBND {level} {province}"
    issue_date = None
    # The date is written in the sentence that cites the document, not always the first one, nor
    # always in the opening: a teaser lead printed under the article ("more(HDDTVN) – Ngày 28/10/2020,
    # UBND TP Hà Nội đã ban hành Kế hoạch số 205/KH-UBND về việc …").
    later = [r for r in _REFERENCE.finditer(text, len(opening)) if normalise_number(r.group(2)) == number]
    citing = [first, *same, *later]
    for reference in citing:
        # (below the opening, only a date the citing sentence ties to the document: not "… có hiệu
        # lực từ ngày 01/7/2023")
        dated = _reported_date(text, reference, strict=reference in later)
        if dated:
            issue_date = _day_month_year(dated)
            if issue_date:
                break

    # (an attached text's own name, quoted before "kèm theo": "Phụ lục "Phân công …" — kèm theo …")
    quoted = _QUOTED_NAME.findall(opening, _sentence_start(opening, attached_to[0]), attached_to[0].start()) if attached_to else []
    title = " ".join(quoted[-1].split()) if quoted else next(
        (
            found
            for reference in citing
            if (found := _reported_title(text, reference, _sentence_start(text, reference), _written_type(reference)))
        ),
        None,
    )
    return _reporting(
        text,
        hints,
        number=number,
        doc_type=doc_type,
        issuer=issuer,
        province=province,
        issue_date=issue_date,
        title=title,
        signer=_reported_signer(sentence),
        reported_plan_number=number,
        spans=spans,
    )


# A page that identifies the text it holds in a field/value table (a transcription's "ĐỊNH DANH
# VĂN BẢN" table, a legal site's "Thuộc tính văn bản"): "| Số văn bản | 26-NQ/TU |", "**Số hiệu:** ⏎ |
# ⏎ 2530/QĐ-TTg", "Cơ quan ban hành: …". Values a site hides ("Đã biết") are not read.
_PROPERTY_LABELS = {
    "number": r"Số\s+(?:văn\s+bản|hiệu|ký\s+hiệu|/\s*Ký\s+hiệu)",
    "doc_type": r"Loại\s+văn\s+bản",
    "issuer": r"(?:Cơ\s+quan|Nơi|Đơn\s+vị)\s+ban\s+hành",
    "issue_date": r"Ngày\s+ban\s+hành",
    "subject": r"Trích\s+yếu(?:\s+nội\s+dung)?",
    "signer": r"Người\s+ký",
}
_PROPERTY = re.compile(
    r"^[\s|*#>•-]*(?:" + "|".join(f"(?P<{name}>{label})" for name, label in _PROPERTY_LABELS.items()) + r")"
    r"[\s*]*:?[\s*|]*(?P<value>[^\s|*][^\n|]*?)[\s*]*(?=\||$)",
    re.MULTILINE | re.IGNORECASE,
)


def _properties(text: str) -> dict[str, str]:
    """The document's properties its opening lists, by field."""
    found: dict[str, str] = {}
    for match in _PROPERTY.finditer(text[:6000]):
        name = next(key for key in _PROPERTY_LABELS if match.group(key))
        value = " ".join(match.group("value").split())
        if name not in found and not re.fullmatch(r"(?i)đã\s+biết|đang\s+cập\s+nhật|không\s+có|-+", value):
            found[name] = value
    return found


def _identified(text: str, hints: Mapping[str, Optional[str]]) -> Optional[MetadataAnnotation]:
    """A text identified by its properties table: its number and issuer at least."""
    properties = _properties(text)
    if not ("number" in properties and "issuer" in properties):
        return None
    number = normalise_number(properties["number"])
    party = re.fullmatch(_PARTY_NUMBER, number)
    doc_type = next(
        (name for words, name in _TYPE_WORDS.items() if fold(properties.get("doc_type", "")) == fold(words)),
        _TYPE_CODES.get(number.split("/")[0].split("-")[-1]) if party else type_of_number(number),
    )
    issuer = " ".join(re.sub(r"\([^)]*\)", " ", properties["issuer"]).split())  # "(Ban Chấp hành Đảng bộ tỉnh)"
    province = None
    if not _NATIONAL_ISSUERS.match(issuer):
        province = _province_ending(issuer)
    dated = re.fullmatch(r"(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})", properties.get("issue_date", ""))
    issue_date = _day_month_year(dated) if dated else None
    subject = properties.get("subject")
    title = None
    if subject and doc_type:
        # "Về nhiệm vụ chính trị năm 2026" → "Nghị quyết về nhiệm vụ chính trị năm 2026"
        title = subject if fold(subject).startswith(fold(doc_type)) else f"{doc_type} {subject[0].lower()}{subject[1:]}"
    elif doc_type:
        # no trích yếu: the page's heading that names the text ("# Nghị quyết 26-NQ/TU về nhiệm vụ …")
        heading = re.search(r"^#+[^\n]*", text[:3000], re.MULTILINE)
        named = _REFERENCE.search(text, heading.start(), heading.end()) if heading else None
        if named and normalise_number(named.group(2)) == number:
            title = _reported_title(text, named, heading.start(), doc_type)
    # "Bí thư Tỉnh ủy Trịnh Việt Hùng (T/M Tỉnh ủy)": the capitalised words that end the name
    words = properties.get("signer", "").split("(")[0].split()
    name: list[str] = []
    while words and words[-1][0].isupper() and len(name) < 4:
        name.insert(0, words.pop())
    return MetadataAnnotation(
        number=number,
        doc_type=doc_type,
        issuer=issuer,
        province=province,
        issue_date=issue_date,
        title=title,
        signer=" ".join(name) if len(name) >= 2 else None,
    )


# A page that reports a document without its number: "Chính phủ vừa ban hành Chương trình hành
# động thực hiện …", "UBND TPHCM đã phê duyệt Chương trình chuyển đổi số của TPHCM", "Thủ tướng vừa
# ký Quyết định phê duyệt Đề án …", "Chương trình … vừa được UBND TPHCM phê duyệt". What is approved
# ("phê duyệt") is approved by a decision, as the legal-news pages report it ("Quyết định phê duyệt
# Đề án"); what is issued ("ban hành") or adopted by a council ("thông qua") is the document named.
_UNNUMBERED_TYPE = r"(?P<type>Chương\s+trình|Kế\s+hoạch|Đề\s+án|Chiến\s+lược|Quy\s+hoạch|Nghị\s+quyết|Chỉ\s+thị)"
# ("HĐND TP đã thảo luận và thông qua Nghị quyết …": a council debates, then adopts)
_ISSUING_VERB = (
    r"(?:(?P<tense>vừa|đã|mới)\s+)?(?:(?:chính\s+thức|ký)\s+)*(?:(?:thảo\s+luận|xem\s+xét|biểu\s+quyết)\s+(?:và\s+)?)?"
    r"(?:(?:ban\s+hành\s+)?(?P<decision>Quyết\s+định)\s+)?(?P<approved>phê\s+duyệt|ban\s+hành|thông\s+qua)"
)
# A news lead's opening before its subject: the dateline ("(TTXVN) –", "Chinhphu.vn –", "(BĐ) -") and the
# time ("Chiều 7/12,", "Chiều 22.4,", "Sáng nay,"). A lead says "Chính phủ ban hành Chương trình …" without "vừa".
_DATELINE = r"[\s*#|>]*(?:\w*\([^()\n]{2,30}\)\s*[–—-]\s*|[A-ZĐ][\w.]*(?:\s+[A-ZĐ][\w.]*){0,2}\s+[–—]\s+)"
_LEAD_OPENING = re.compile(
    r"(?:" + _DATELINE + r")?[\s*#|>]*"
    r"(?:(?:(?:Sáng|Chiều|Tối|Trưa|Ngày|Hôm)\s+(?:nay|qua)?\s*(?:\(?\d{1,2}\s*[/.]\s*\d{1,2}(?:\s*[/.]\s*\d{4})?\)?)?|Năm\s+\d{4})\s*,\s*)?"
)
_ISSUED_UNNUMBERED = re.compile(
    r"(?P<verb>" + _ISSUING_VERB + r")\s+" + _UNNUMBERED_TYPE + r"\s+(?P<rest>(?:[^.\n]|\.(?!\s|$))+)"  # to the sentence's end
)
_UNNUMBERED_ISSUED_BY = re.compile(
    _UNNUMBERED_TYPE + r"\s+(?P<rest>[^.\n]{3,200}?)\s+(?P<verb>(?:vừa|đã|mới)\s+được)\s+(?P<body>[^.\n]{3,80}?)\s+"
    r"(?:ký\s+)?(?P<approved>phê\s+duyệt|ban\s+hành|thông\s+qua)(?!\s+" + _UNNUMBERED_TYPE.replace("?P<type>", "?:") + r")"
)
_APPROVED_TYPES = {"Chương trình", "Kế hoạch", "Đề án", "Chiến lược", "Quy hoạch"}
# Where a reported document's name stops: the sentence's end, or the aims the sentence goes on to.
_NAME_END = re.compile(r"\.(?:\s|$)|[;:]|,?\s+(?:với\s+(?:(?:các|những)\s+)?(?:mục\s+tiêu|chỉ\s+tiêu|nhiều)|nhằm|trong\s+đó|theo\s+đó)\s")


def _unnumbered_reports(text: str):
    """(match, issuer) for each sentence saying a body issued or approved a document it names."""
    from extractors.agencies import iter_mentions

    for match in sorted([*_ISSUED_UNNUMBERED.finditer(text), *_UNNUMBERED_ISSUED_BY.finditer(text)], key=re.Match.start):
        if "body" in match.re.groupindex:
            bodies = [m for m in iter_mentions(match.group("body")) if not m.generic]
            if bodies and bodies[0].start == 0 and bodies[0].end == len(match.group("body")):
                yield match, bodies[0].name
            continue
        sentence_start = _sentence_start(text, match)
        bodies = [m for m in iter_mentions(text[sentence_start : match.start()]) if not m.generic]
        if not bodies or text[sentence_start + bodies[-1].end : match.start()].strip():
            continue
        # Without "vừa/đã", only a lead's subject issues: "(TTXVN) – Chính phủ ban hành …", not "… đề
        # nghị UBND tỉnh ban hành Kế hoạch …".
        if match.group("tense") or _is_lead_opening(text[sentence_start : sentence_start + bodies[-1].start]):
            yield match, bodies[-1].name  # the body is the verb's subject


def _is_lead_opening(words: str) -> bool:
    return _LEAD_OPENING.fullmatch(words) is not None


def _reported_unnumbered(text: str, hints: Mapping[str, Optional[str]]) -> Optional[MetadataAnnotation]:
    """A page that says a body has just issued or approved a document it names without a number:
    in its lead, or anywhere in a sentence saying it was just ("vừa") issued (a teaser lead printed
    under the article). A page reporting several documents ("HĐND tỉnh đã thông qua Nghị quyết
    bổ sung …", "… thông qua Nghị quyết Quy định mức hỗ trợ …") is news about all of them."""
    reports = []
    for match, issuer in _unnumbered_reports(text):
        named = " ".join(match.group("type").split())
        rest = match.group("rest")
        end = _NAME_END.search(rest)
        title = " ".join(f"{named} {rest[: end.start() if end else len(rest)]}".split()).rstrip(" ,")
        if _ASKS_OF_BODIES.match(rest):
            title = ""  # "… ban hành Chỉ thị yêu cầu các Sở …": what it asks, not its name (the headline names it)
        reports.append((match, issuer, named, title))
    # (one document named twice: "Chương trình chuyển đổi số của TPHCM", "Chương trình chuyển đổi số")
    if len({fold(" ".join(title.split()[:4])) for *_, title in reports if title}) > 1:
        return None
    # The page's news: in its lead, or said to be just issued ("vừa") wherever it is written.
    # (a lead that opens on a dateline is one wherever the page prints it: a teaser under the article)
    lead = [
        r for r in reports
        if r[0].start() <= _LEAD_END or r[0].group("verb").startswith("vừa")
        or re.match(_DATELINE, text[_sentence_start(text, r[0]) :])
    ]
    if not lead:
        return None
    match, issuer, named, title = lead[0]
    approved = "duyệt" in match.group("approved") and named in _APPROVED_TYPES
    doc_type = "Quyết định" if approved or match.groupdict().get("decision") else named
    province = None
    if not _NATIONAL_ISSUERS.match(issuer):
        province = _province_ending(issuer)
        level = re.search(r"\s(?:tỉnh|TP\.?|thành\s+phố)$", issuer)
        if province is None and level and (province := province_name(_province_from_text(text) or "") or _site_province(hints)):
            # "HĐND TP đã thông qua …" on a page about Hà Nội: the city's council.
            issuer = f"{issuer[: level.start()]} {'tỉnh' if 'tỉnh' in level.group(0) else 'thành phố'} {province}"
        if province is None and _PROVINCIAL_PARTY_BODY.search(issuer) and (province := province_name(_province_from_text(text) or "")):
            issuer = f"{issuer} {province}"  # "Ban Thường vụ Tỉnh ủy vừa ban hành Chỉ thị …" on a provincial page
        district = _ISSUING_DISTRICT.search(issuer)
        if province is None and district:
            # "UBND huyện Tuy Phước đã phê duyệt Đề án …": the district's province
            province = district_province(district.group(1)) or _province_from_text(text)
    sentence_start = _sentence_start(text, match)
    dated = _DATED.match(text, _LINE_MARKUP.match(text, sentence_start).end())
    issue_date = _day_month_year(dated) if dated else None
    return _reporting(
        text,
        hints,
        doc_type=doc_type,
        issuer=issuer,
        province=province,
        issue_date=issue_date,
        title=title or None,
        spans={"doc_type": match.span("type")},
    )


# The words that open what a document asks of bodies rather than its name ("Chỉ thị yêu cầu các Sở …").
_ASKS_OF_BODIES = re.compile(r"(?:yêu\s+cầu|giao|chỉ\s+đạo|đề\s+nghị)\b", re.IGNORECASE)


# ("ngày 17.2.2025", "ngày 17-2-2025": news pages of some provinces write dates with dots or dashes)
_DATED = re.compile(r"[Nn]gày\s+(\d{1,2})\s*(?:[/.-]|tháng)\s*(\d{1,2})\s*(?:[/.-]|năm)\s*(\d{4})(?!\d)")
_LINE_MARKUP = re.compile(r"[ #*|]*")  # what a line may open with before its words
# A date written after another document's number is that document's ("Nghị quyết số 57-NQ/TW ngày 22/12/2024").
_AFTER_OTHER_NUMBER = re.compile(r"\d+\s*[/-]\s*[A-ZĐ][\w/-]*\s*,?\s*$")


def _reported_date(opening: str, reference: re.Match, strict: bool = False) -> Optional[re.Match]:
    """The date of the document a sentence cites: written after its number, else opening the
    sentence ("Ngày 3/4/2025, UBND tỉnh … ban hành …"), else (unless ``strict``) any not written
    after another number."""
    start = _sentence_start(opening, reference)
    sentence = _sentence_of(opening, reference)
    dates = list(_DATED.finditer(sentence))
    own_end = reference.end() - start
    tied = next((d for d in dates if 0 <= d.start() - own_end <= 15), None) or next(
        (d for d in dates if re.fullmatch(r"(?:" + _DATELINE + r")?[\s#*|]*", sentence[: d.start()])), None
    )  # ("more(HDDTVN) – Ngày 28/10/2020, UBND TP Hà Nội đã ban hành …": after a dateline too)
    if tied or strict:
        return tied
    return next((d for d in dates if not _AFTER_OTHER_NUMBER.search(sentence[max(0, d.start() - 30) : d.start()])), None)


_FURTHER_CITATIONS = 5


def _reported_party_body(opening: str, reference: re.Match) -> Optional[str]:
    """The body that issued a Party document the page cites: named after its number
    ("Kết luận số 157-KL/TW của Bộ Chính trị"), else before it in the sentence ("Ban Chấp
    hành Trung ương đã ban hành Kết luận 219-KL/TW")."""
    from extractors.agencies import iter_mentions

    after = re.match(r"(?i:(?:\s+(?:năm\s+)?\d{4}|\s+ngày\s+[\d/]+,?)*\s+của\s+)", opening[reference.end() :])
    if after:
        start = reference.end() + after.end()
        mention = next(iter_mentions(opening[start : start + 120]), None)
        if mention and mention.start == 0 and not mention.generic:
            # a headline in capitals ("KẾT LUẬN 155-KL/TW CỦA BỘ CHÍNH TRỊ, BAN BÍ THƯ …")
            name = _sentence_case(mention.name) if mention.name.isupper() else mention.name
            return _party_body_spelling(name[0].upper() + name[1:])
    # "Nghị quyết 36-NQ/TW, ngày 22/10/2018 về …, Hội nghị lần thứ tám, Ban Chấp hành Trung ương Đảng khóa XII": the
    # plenum that adopted it, named after the title.
    plenum = _PLENUM.search(opening, reference.end(), reference.end() + 400)
    if plenum and "\n" not in opening[reference.end() : plenum.start()]:
        return _party_body_spelling(" ".join(plenum.group(1).split()))
    sentence_start = _sentence_start(opening, reference)
    before = [m for m in iter_mentions(opening[sentence_start : reference.start()]) if not m.generic]
    return _party_body_spelling(before[0].name) if before else None


_PLENUM = re.compile(
    r"Hội\s+nghị\s+(?:lần\s+thứ\s+\w+|Trung\s+ương\s+\d+)\s*,?\s*(?:của\s+)?(Ban\s+[Cc]hấp\s+hành\s+Trung\s+ương)"
)


# A province's Party committee named without its province ("Tỉnh ủy", "Ban Thường vụ Thành ủy").
_PROVINCIAL_PARTY_BODY = re.compile(r"(?:Tỉnh|Thành)\s+ủy$")


def _party_body_spelling(name: str) -> str:
    """A central Party body as it names itself, whatever case the page writes it in ("Ban chấp hành
    Trung ương" → "Ban Chấp hành Trung ương", "Bộ chính trị" → "Bộ Chính trị")."""
    return _BODY_SPELLING.get(" ".join(name.lower().split()), name)


def _named_province(text: str) -> tuple[Optional[str], str]:
    """A province named with its level in a sentence ("tỉnh Lạng sơn"), and that level."""
    for match in re.finditer(r"(?i)\b(tỉnh|thành\s+phố|TP\.?)\s+(\w+(?:\s+\w+){0,3})", text):
        words = match.group(2).split()
        for size in range(len(words), 0, -1):
            province = province_name(" ".join(words[:size]))
            if province:
                level = "tỉnh" if match.group(1).lower() == "tỉnh" else "thành phố"
                return province, level
    return None, "tỉnh"


# "ban hành", "phê duyệt", and "thông qua" for what an assembly or council adopts.
_ISSUED = re.compile(r"ban\s+hành|phê\s+duyệt|kèm\s+theo|thông\s+qua", re.IGNORECASE)
# ("Thủ tướng Chính phủ … vừa ký Công điện số 159/CĐ-TTg …": a leader has just signed it; not "đã ký"
# or "mới ký" in a story of the past: "Mãi đến ngày 13 tháng 2 năm 2007, Chủ tịch nước … mới ký …")
# "… ban hành …", "Thủ tướng Chính phủ có Chỉ thị 05/CT-TTg về …" (the body has a text out).
_ISSUING = re.compile(
    _ISSUED.pattern + r"|[Tt]oàn\s+văn|vừa\s+ký\s"
    r"|(?<=\s)(?:vừa\s+|đã\s+)?có\s+(?=(?:Chỉ\s+thị|Công\s+điện|Công\s+văn|Quyết\s+định|Kế\s+hoạch|Nghị\s+quyết|Thông\s+báo)\s+(?:số\s+)?\d)",
    re.IGNORECASE,
)


def _sentence_start(text: str, match: re.Match) -> int:
    return max(text.rfind(". ", 0, match.start()), text.rfind("\n", 0, match.start())) + 1


def _sentence_of(text: str, match: re.Match) -> str:
    start = _sentence_start(text, match)
    end_match = re.search(r"\.(?:\s|$)|\n", text[match.end() :])
    return text[start : match.end() + (end_match.start() if end_match else 0)]


# A document a body directs through: "Theo đó, tại Công văn 7913/UBND-KT, Phó chủ tịch UBND tỉnh … yêu
# cầu …", "Tại Công điện 229/CĐ-TTg, Thủ tướng Chính phủ yêu cầu …". (Not "Thực hiện Nghị quyết …, UBND
# tỉnh yêu cầu …": the document implemented is cited.)
_THROUGH = re.compile(r"(?i:(?:^|\s)tại)\s*$")
_QUOTED_PROVISION = re.compile(r"(?i:quy\s+định\s+tại|nêu\s+tại)\s+(?:[^.;:\n]{0,40}\s)?$")
_AS_FOLLOWS = re.compile(r"(?i:\s+năm\s+\d{4})?,?\s+(?:như\s+sau|cụ\s+thể\s+như\s+sau)\s*:")
# An explainer answering from a provision of the document it is about: "Theo Mục II Điều 1 Quyết định 127/QĐ-TTg năm
# 2021, …", "Căn cứ theo tiết mục d tiểu mục 1 Mục II Nghị quyết 226/NQ-CP năm 2025 có nêu rõ rằng:", "Căn cứ vào tiểu
# mục 2 Mục I Kế hoạch ban hành kèm theo Nghị quyết 106/NQ-CP năm 2025 như sau:". A preamble's basis names a law's
# provision too ("Căn cứ khoản 2 Điều 5 Nghị định số …;"), but not as a sentence that goes on to what it says.
_PROVISION = r"(?:tiết\s+mục|tiểu\s+mục|mục|điều|khoản|điểm|tiết|phần|chương|phụ\s+lục)\s+[\w.]{1,6}\s+"
_PROVISION_QUOTED = re.compile(
    r"(?<!\w)(?i:(?:căn\s+cứ(?:\s+(?:vào|theo))?|theo)\s+(?:(?:quy\s+định\s+)?tại\s+)?(?:" + _PROVISION + r"){1,5}"
    r"(?:(?:của\s+)?(?:Kế\s+hoạch|Chương\s+trình|Đề\s+án|Quy\s+chế|Quy\s+định)\s+(?:được\s+)?(?:ban\s+hành\s+)?kèm\s+theo\s+)?)$"
)
# A sentence that opens on the document as its source: "Theo Chỉ thị 01/CT-TTg năm 2025, để chủ động …, Thủ tướng …".
_SOURCE_OPENING = re.compile(r"[\s*#>+•-]*Theo\s+")
_PROVISION_TOLD = re.compile(r"(?i:\s+năm\s+\d{4})?(?:\s*,|\s+(?:như\s+sau|(?:có\s+)?nêu|quy\s+định|thì)\b)")
_DIRECTS = re.compile(r"[^.;\n]{0,120}?\s(?:(?:đã|cũng|tiếp\s+tục)\s+)?(?:yêu\s+cầu|chỉ\s+đạo|giao)\s")


# A preamble's basis ("Căn cứ Quyết định số …"); an explainer's "Căn cứ theo Mẫu số 04 … Quyết định 12/2023/QĐ-TTg"
# points to the text it is about.
_LEGAL_BASIS = re.compile(r"[\s*+•-]*(?:Căn\s+cứ(?!\s+theo\b)|Xét)\b")


def _is_reported(text: str, reference: re.Match, headline: str) -> bool:
    """The page is about this document: issued in the sentence citing it, the instrument of a
    directive it reports, or named in the headline. A text's legal basis ("Căn cứ Quyết định số 76/2004/QĐ-TTg …
    phê duyệt …") is cited, never reported."""
    start = _sentence_start(text, reference)
    if _PROVISION_TOLD.match(text, reference.end()) and (
        _PROVISION_QUOTED.search(text, start, reference.start()) or _SOURCE_OPENING.fullmatch(text, start, reference.start())
    ):
        return True
    if _LEGAL_BASIS.match(text, max(start, text.rfind(";", start, reference.start()) + 1)):
        return False  # (its own clause: "Căn cứ chỉ đạo …; Sở Y tế ban hành Kế hoạch số 12/KH-SYT …" reports one)
    if _ISSUING.search(_sentence_of(text, reference)):
        return True
    if _THROUGH.search(text, max(0, reference.start() - 12), reference.start()) and _DIRECTS.match(text, reference.end()):
        return True
    quoted = _QUOTED_PROVISION.search(text, max(0, reference.start() - 60), reference.start())
    if quoted and _AS_FOLLOWS.match(text, reference.end()):
        # An explainer quoting the document it is about: "… được quy định tại Điều 1 Quyết định 1188/QĐ-TTg năm
        # 2024 như sau:".
        return True
    short = re.match(r"\d+", reference.group(2)).group(0)
    # "… tại quyết định 2269 Bộ Công Thương ra sao?": an explainer's headline may write the type in lower case.
    return re.search(rf"{reference.group('type').split()[0]}\s+\w*\s*(?:số\s+)?{short}(?!\d)", headline, re.IGNORECASE) is not None


_NAMED_DOCUMENT = r"(?:Chương\s+trình|Đề\s+án|Kế\s+hoạch|Chiến\s+lược)"
# Words after a document's type that say how or which it is, not what it is about ("Chương trình ban hành kèm theo …",
# "Kế hoạch này được …").
_NOT_A_TITLE = r"(?!(?i:ban\s+hành|(?:được\s+)?kèm\s+theo|này|đó|trên)\b)"


# Where a sentence goes on from a document's name to its contents: "…, cụ thể như sau:", ": tăng cường …".
_CONTENTS_ANNOUNCED = re.compile(
    r",?\s+(?:cụ\s+thể\s+)?như\s+sau\b|,?\s+với\s+(?:các|những)\s+nội\s+dung\b|:\s|,\s+(?:trong\s+đó|theo\s+đó|với\s+mục\s+tiêu)\b"
)


def _without_unopened_quote(title: str) -> str:
    """A title cut out of a quotation ("Nghị quyết số 245-NQ/TW về việc bỏ khu, hợp tỉnh".) without the
    quotation's closing mark; a closing mark the title opened stays."""
    if (title.endswith("”") and title.count("“") < title.count("”")) or (title.endswith('"') and title.count('"') % 2):
        return title[:-1].rstrip(" ,;")
    return title


def _reported_title(opening: str, reference: re.Match, sentence_start: int, doc_type: str) -> Optional[str]:
    """"Kế hoạch số 110/KH-UBND về thực hiện …" → "Kế hoạch thực hiện …";
    "Chương trình … ban hành kèm theo Quyết định …" → "Chương trình …";
    a headline "Đề án … tại Quyết định 2415 …" → "Đề án …"."""
    after = opening[reference.end() : reference.end() + 600]
    # ("Tải về" is a download link's text left inside the sentence by a legal-news site.)
    about = re.match(
        r"(?:\s+Tải\s+về)?(?:\s+(?:năm\s+\d{4}|ngày\s+\d+(?:[/.-]\d+)*))*(?:\s+của\s+[^,]{0,60}?)?\s+(?:về\s+(?:việc\s+)?|(?=(?:triển\s+khai|thực\s+hiện|phát\s+triển|phê\s+duyệt|tổ\s+chức|ban\s+hành(?!\s+(?:ngày|kèm|năm|tháng)\b))\s))",
        after,
    )
    if about:
        subject = after[about.end() :]
        depth, end = 0, len(subject)
        for index, char in enumerate(subject):
            if char in "“\"" and depth == 0 and char == "“":
                depth = 1
            elif char in "”":
                depth = 0
            # A question mark ends the title an explainer's headline asks about ("… Phong trào 'Bình dân học vụ số'?
            # Tải về Kế hoạch … ở đâu?").
            if depth == 0 and (char in "(\n?" or (char == "." and (index + 1 == len(subject) or subject[index + 1].isspace()))):
                end = index
                break
        subject = " ".join(subject[:end].split())
        subject = subject[: tail.start()] if (tail := _CONTENTS_ANNOUNCED.search(subject)) else subject
        subject = _without_unopened_quote(_without_question(subject.rstrip(" ,;")))
        if subject.casefold().startswith(doc_type.casefold() + " "):
            return subject  # "… số 36/KH-UBND về Kế hoạch tuyển sinh …": the type written once
        if subject:
            return f"{doc_type} {subject}"
    before = opening[sentence_start : reference.start()]
    named = re.search(
        rf"({_NAMED_DOCUMENT}\s+{_NOT_A_TITLE}(?:(?!\s(?:được|đã)\s).)+?)\s+"
        rf"(?:(?:được\s+|đã\s+)*ban\s+hành\s+kèm\s+theo|tại|theo|của)\s+$",
        before,
    )
    if named:
        return _without_question(" ".join(named.group(1).split()))
    headline = re.search(
        rf"({_NAMED_DOCUMENT}\s+{_NOT_A_TITLE}[^\n?]+?)\s+(?:tại|theo)\s+(?i:{reference.group('type')})", opening
    )
    if headline:
        return _without_question(" ".join(headline.group(1).split()).lstrip("#* "))
    return None


# The question an explainer page's headline asks about a document ("… năm 2026 chi tiết ra sao?",
# "Đề án … gồm những mục tiêu nào"): not part of the document's title.
_QUESTION_TAIL = re.compile(
    r"\s+(?:(?:chi\s+tiết|quy\s+định|được\s+quy\s+định)\s+)?"
    r"(?:ra\s+sao|(?:như\s+)?thế\s+nào|là\s+gì|có\s+gì\s+mới|(?:gồm|có|là|như|thực\s+hiện\s+với)\s+(?:những|gì|thế|nào)(?:\s.*)?)\s*\??$"
    r"|\s*\?$"
)


def _without_question(title: str) -> str:
    return _QUESTION_TAIL.sub("", title)


_RULE_LINE = re.compile(r"[=_~*-]{3,}")
# A photo's caption between the headline and the lead: "Tổng Bí thư Tô Lâm với các đại biểu Ảnh: TTXVN",
# "Chủ tịch UBND TPHCM … phát biểu. (Ảnh: SGGP)".
_PHOTO_CREDIT = re.compile(r"\(?\b(?:Ảnh|Nguồn\s+ảnh)(?:\s+minh\s+họa)?\s*:\s*[^\n]{1,40}$")


def _headline(text: str) -> tuple[Optional[str], Optional[tuple[int, int]]]:
    """The short line just before the first long paragraph of a news page."""
    offset = 0
    candidate = first_h1 = None
    lines = text.split("\n")
    for index, line in enumerate(lines):
        stripped = line.strip(" |#*\t")
        if stripped.endswith(")"):  # (lines hold no "\n": the pattern matches only at the end)
            stripped = re.sub(r"\s*\(\s*\)$", "", stripped)  # an empty date "( )" after the headline
        start = offset + line.find(stripped) if stripped else offset
        offset += len(line) + 1
        link = _WHOLE_LINE_LINK.fullmatch(stripped)
        if link:
            # A Markdown copy opens on the article's link or picture ("[Tiêu đề](https://…)", "![Tiêu đề](…)"):
            # the headline is the words in the brackets.
            start += link.start("words")
            stripped = link.group("words").strip()
        if not stripped or _RULE_LINE.fullmatch(stripped) or stripped.count("|") >= 2 or _PHOTO_CREDIT.search(stripped):
            continue  # a Markdown setext underline ("===="), a horizontal rule, a table row or a caption, not a headline
        following = lines[index + 1].lstrip(" |#*\t") if index + 1 < len(lines) else ""
        if len(stripped) > 180 or (len(stripped) > 80 and (stripped.endswith(".") or following[:1].islower())):
            break  # a paragraph (a long line the next one continues in lower case starts one too)
        if 15 <= len(stripped) and not stripped.endswith(".") and not re.search(
            # A line opening on a date, a list number or an age ("05/01/2021 …", "2. Các Sở …", "2 giờ trước"), not a headline that opens on a
            # count ("3 Cục Hải quan phải điều chỉnh …", "6 việc lớn Bộ Công Thương …").
            r"(?i)lượt xem|skip to|chế độ|in trang|^\d{1,4}\s*[/.:-]\s*\d|^\d{1,3}[.)]\s|^\d+\s+(?:giờ|phút|ngày)\s+trước|\d{2}:\d{2}"
            r"|download on|app store|google play|get it on", stripped
        ):
            candidate = (stripped, (start, start + len(stripped)))
            if first_h1 is None and re.match(r"#\s", line.lstrip(" |*")):
                first_h1 = candidate
            elif first_h1 is not None and stripped == first_h1[0]:
                first_h1 = candidate  # the headline repeated nearer the lead ("# X" … "## X")
    # A Markdown page's first-level heading is its headline, over a bold sub-heading or a caption before the lead.
    return first_h1 or candidate or (None, None)


_WHOLE_LINE_LINK = re.compile(r"!?\[(?P<words>[^\[\]\n]{3,300})\]\([^()\s]+\)")
_SOURCE = re.compile(r"Nguồn\s*:\s*((?:Báo|Tạp chí|Đài|Cổng|Trang)\s[^\n|.]{2,60}?)(?=\s+Xem\b|\s*[\n|.]|$)")
_SITE_DECORATION = re.compile(r"^\s*(?:Trang\s+chủ|Home)\s*[-|:]\s*|\s*[-|]\s*(?:Tỉnh|Thành\s+phố)\s+[^|]*$|\s*\|.*$", re.IGNORECASE)


_HOST_NAME = re.compile(r"(?i)\s*[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}\s*")


def _site_name(hints: Mapping[str, Optional[str]]) -> Optional[str]:
    """The publishing site, from the sitename hint or the page title ("Trang thông tin điện tử Huyện X - Tỉnh Y")."""
    for key in ("sitename", "title"):
        value = hints.get(key)
        if key == "sitename" and value and _HOST_NAME.fullmatch(value):
            return None  # a host name ("github.com" for a copy kept in a repository) names no publisher
        if key == "title" and hints.get("declared_title"):
            return None  # the title a CMS export or a post's front matter declares is the article's, not the site's
        if value and not re.fullmatch(r"(?i)\s*(?:home|trang\s+chủ)\s*", value):
            name = _SITE_DECORATION.sub("", _SITE_DECORATION.sub("", value)).strip(" -|")
            if name:
                return name
    return None


def _site_province(hints: Mapping[str, Optional[str]]) -> Optional[str]:
    for key in ("sitename", "title"):
        value = hints.get(key) or ""
        for match in re.finditer(r"(?:[Tt]ỉnh|[Tt]hành\s+phố|\w+)\s*([A-ZĐ][^\s|,-]*(?:\s+[A-ZĐ][^\s|,-]*)*)", value):
            for words in (match.group(1), match.group(1).split(" ")[-1]):
                province = province_name(words)
                if province:
                    return province
        tail = re.search(r"(\S+)\s*\|?\s*$", value)
        if tail and province_name(tail.group(1)):
            return province_name(tail.group(1))
        # A district portal ("Trang thông tin điện tử huyện Krông Nô"): the district's province.
        district = re.search(r"(?i:huyện|quận|thị\s+xã)\s+([A-ZĐ][^\s|,-]*(?:\s+[A-ZĐ][^\s|,-]*){0,3})", value)
        if district and district_province(district.group(1)):
            return district_province(district.group(1))
    return None


# A leader who directs, as a news lead reports it: "Phó Chủ tịch UBND TP Hải Phòng Lê Khắc Nam giao Sở
# Tài chính …", "Năm 2021, Thủ tướng mong muốn toàn ngành …". The directive is the leader's office's.
_DIRECTING_LEADER = re.compile(
    r"(?P<office>(?:Phó\s+)?Thủ\s+tướng(?:\s+Chính\s+phủ)?"
    r"|(?:Phó\s+)?Chủ\s+tịch\s+(?P<committee>(?:UBND|Ủy\s+ban\s+nhân\s+dân|Uỷ\s+ban\s+nhân\s+dân)\s+(?:tỉnh|thành\s+phố|TP\.?)))"
    r"(?P<names>(?:\s+[A-ZĐ][^\W\d_]*){0,8})\s+(?:(?:đã|cũng|vừa)\s+)?"
    r"(?:giao|chỉ\s+đạo|yêu\s+cầu|mong\s+muốn|đề\s+nghị)\s"
)


def _directing_leader(text: str) -> Optional[str]:
    """The office of the leader whose directive a news lead (or a dateline teaser) reports."""
    for match in _DIRECTING_LEADER.finditer(text):
        sentence_start = _sentence_start(text, match)
        in_lead = match.start() <= _LEAD_END or re.match(_DATELINE, text[sentence_start:])
        if in_lead and _is_lead_opening(text[sentence_start : match.start()]):
            if match.group("committee"):
                # "UBND TP Hải Phòng Lê Khắc Nam": the province's words, then the leader's name
                words = match.group("names").split()
                place = next((" ".join(words[:size]) for size in range(4, 0, -1) if province_name(" ".join(words[:size]))), None)
                if place is None:
                    continue
                return f"{' '.join(match.group('committee').split())} {place}"
            return "Thủ tướng Chính phủ"
    return None


# A province's committee that directs, as a story reports it: "Để đẩy nhanh tiến độ …, UBND tỉnh yêu cầu các
# sở, ban, ngành …" (not "Đề nghị UBND tỉnh chỉ đạo …": a request to it).
_DIRECTING_COMMITTEE = re.compile(
    r"(?:UBND|Ủy\s+ban\s+nhân\s+dân|Uỷ\s+ban\s+nhân\s+dân)\s+(?P<level>tỉnh|thành\s+phố|TP\.?)"
    r"(?P<place>(?:\s+[A-ZĐ][\w']*){0,3}?)\s+(?:(?:đã|cũng|tiếp\s+tục)\s+)?(?:yêu\s+cầu|chỉ\s+đạo|giao)\s"
)
_REQUESTING = re.compile(r"(?i:đề\s+nghị|kiến\s+nghị|đề\s+xuất|yêu\s+cầu|mong\s+muốn)")


def _directing_committee(text: str) -> Optional[str]:
    """The committee whose directive a story reports, with the province it names or the page's."""
    for match in _DIRECTING_COMMITTEE.finditer(text, 0, 4000):
        opening = text[_sentence_start(text, match) : match.start()]
        if opening.count(",") > 1 or _REQUESTING.search(opening):
            continue  # the committee is the subject of its sentence, after at most one opening clause
        province = province_name(match.group("place").strip()) or province_name(_province_from_text(text) or "")
        if province:
            level = province_level(province)
            return f"UBND {level} {province}"
    return None


# A story's source named in its lead: "Theo báo cáo mới nhất của Bộ NN&PTNT: Các chỉ tiêu chủ yếu …",
# "Theo Bộ NN&PTNT, …". The page reports that body's figures and targets.
_ATTRIBUTION = re.compile(
    r"(?:^|(?<=[.\n)])\s*)Theo\s+(?:(?:báo\s+cáo|số\s+liệu|thống\s+kê|thông\s+tin)(?:\s+[^,:.]{0,30}?)?\s+(?:của|từ)\s+)?"
    r"(?P<body>(?:Bộ|Sở|Tổng\s+cục|Cục|UBND|Ủy\s+ban)\s[^,:.]{2,60}?)\s*[,:]"
)


def _attributed_body(text: str) -> Optional[str]:
    from extractors.agencies import iter_mentions

    match = _ATTRIBUTION.search(text, 0, _LEAD_END)
    mention = next(iter_mentions(match.group("body")), None) if match else None
    return mention.name if mention and mention.start == 0 and not mention.generic else None


# What opens a lead before its subject: the agency's tag ("NDO - ", "TTXVN -"), the time ("Ngày 02/12/2020, ",
# "Chiều 20/1, ") and the place ("tại Trụ sở Trung ương Đảng, ").
_LEAD_OPENER = re.compile(
    r"[\s|*]*(?:\(?[A-ZĐ][\w.]{1,14}\)?\s*[-–—]\s+)?"
    r"(?:(?:Ngày|Sáng|Trưa|Chiều|Tối)(?:\s+(?:nay|qua|mai))?(?:\s+(?:ngày\s+)?\d{1,2}[/.]\d{1,2}(?:[/.]\d{4})?)?\s*,\s*"
    r"(?:tại\s+[^,.\n]{3,80},\s*)?)?"
)


def _lead_subject(text: str, start: int) -> Optional[str]:
    """The body that opens the lead ("Ngày 02/12/2020, Sở KH&CN Lạng Sơn tổ chức …")."""
    from extractors.agencies import iter_mentions

    lead = _LEAD_OPENER.match(text[start : start + 400])
    opening = start + lead.end()
    mention = next(iter_mentions(text[opening : opening + 200]), None)
    if mention is None or mention.start != 0 or mention.generic:
        return None
    return _with_province_level(_full_name(mention), text)


def _with_province_level(name: str, text: str) -> Optional[str]:
    """A body's name with its province written in full ("Sở KH&CN Lạng Sơn" → "Sở KH&CN tỉnh Lạng Sơn"), and the
    page's province after a committee named by its level only ("UBND tỉnh", None when the page names none)."""
    if re.search(r"\b(?:tỉnh|thành\s+phố)$", name):
        # "(BĐ) - UBND tỉnh vừa ban hành …": the committee of the page's province.
        province = province_name(_province_from_text(text) or "")
        return f"{name} {province}" if province else None
    for province in province_names():
        if name.endswith(" " + province) and not re.search(r"(?:tỉnh|thành\s+phố)\s+\S+(?:\s+\S+){0,3}$", name, re.IGNORECASE):
            level = province_level(province)
            return f"{name[: -len(province)]}{level} {province}"
    return name


# The head of a body speaking in a story's lead: "Ông Phạm Anh Tuấn - Chủ tịch UBND tỉnh Bình Định cho biết, …",
# "Phó Giám đốc Sở Tài chính Trần Vũ Thanh Hùng cho biết, …"; or the body holding the meeting the story reports
# ("Bộ Giao thông vận tải đã tổ chức Hội nghị trực tuyến Tổng kết công tác năm 2018").
# (the titles of a body's head, as _HEAD_OF_BODY reads them in a headline)
_HEAD_TITLE = r"(?:Phó\s+)?(?:Chủ\s+tịch|Giám\s+đốc|Bộ\s+trưởng|Thứ\s+trưởng|Cục\s+trưởng|Tổng\s+cục\s+trưởng|Trưởng\s+ban)\s+"
_SPEAKER_TITLE = re.compile(r"(?<!\w)" + _HEAD_TITLE)
_SPEAKS_AFTER = re.compile(
    rf"(?:\s+[{UPPERCASE}][\w]*(?:\s+[{UPPERCASE}][\w]*){{1,3}})?\s*,?\s*(?:cho\s+biết|phát\s+biểu|nhấn\s+mạnh|khẳng\s+định|chỉ\s+đạo|thông\s+tin)\b"
)
_HOLDS_MEETING = re.compile(r"\s+(?:đã\s+)?tổ\s+chức\s+[Hh]ội\s+nghị\b")


def _speaking_body(text: str, start: int) -> Optional[str]:
    """The body whose head speaks in the lead, or that holds the meeting the lead reports (after the headline)."""
    from extractors.agencies import iter_mentions

    opening = text[start : start + _LEAD_END]
    for mention in iter_mentions(opening):
        if mention.generic:
            continue
        spoken = _SPEAKER_TITLE.search(opening, max(0, mention.start - 25), mention.start)
        speaks = spoken is not None and spoken.end() == mention.start and _SPEAKS_AFTER.match(opening, mention.end)
        if speaks or _HOLDS_MEETING.match(opening, mention.end):
            return _with_province_level(_full_name(mention), text)
    return None


_HEAD_OF_BODY = re.compile(_HEAD_TITLE + r"(?=\S)")


_APPROVES = re.compile(r"[\s#*]*(?:phê\s+duyệt|duyệt|giao|chấp\s+thuận)\b", re.I)
_GOALS_OF = re.compile(r"\b(?:nhiệm\s+vụ|mục\s+tiêu|chỉ\s+tiêu|kế\s+hoạch|giải\s+pháp|định\s+hướng)\b[^,:;]{0,40}\s(?:của|cho)\s+$", re.I)


def _headline_subject(title: Optional[str]) -> Optional[str]:
    """The body a headline opens on with its verb ("Hải quan Quảng Ninh phấn đấu thu ngân sách …"): the page
    reports its goals. A body the gazetteer names by level takes the province written after it."""
    from extractors.agencies import iter_mentions

    mentions = list(iter_mentions(title)) if title else []
    mention = mentions[0] if mentions else None
    # "Chủ tịch UBND TPHCM: Quy hoạch bổ sung …": the head of a body speaks for it (docs/annotation.md).
    office = _HEAD_OF_BODY.match(title) if title else None
    # "Hải quan Lạng Sơn phấn đấu …", or with a colon: "Hải quan Lạng Sơn: Đặt mục tiêu thu vượt …"
    if mention is None or mention.start != (office.end() if office else 0) or mention.generic:
        # "Ba nhóm nhiệm vụ trọng tâm của Hải quan Cao Bằng năm 2021": the body whose goals or tasks it lists.
        # (Not "Phê duyệt kế hoạch năm 2021 của VNPT": the body that approves or assigns them reports.)
        if not title or _APPROVES.match(title):
            return None
        owner = next((m for m in mentions if not m.generic and _GOALS_OF.search(title[: m.start])), None)
        return _full_name(owner) if owner is not None else None
    if not re.match(rf"\s*:\s+\S|\s+[{LOWERCASE}]", title[mention.end :]):
        return None
    return _full_name(mention)


def _full_name(mention) -> str:
    """A mention's name, in full when the gazetteer names its body by level and the text writes the province after
    it ("Hải quan Quảng Ninh" → "Cục Hải quan tỉnh Quảng Ninh")."""
    from extractors.agencies.model import in_province

    province = next((p for p in province_names() if mention.name.endswith(" " + p)), None)
    if re.search(r" (?:tỉnh|thành phố)$", mention.canonical):
        if province and province.startswith("TP"):
            province = province_name(province) or province  # "TP.HCM": the city under its own name and level
        return in_province(mention.canonical, province) if province else mention.name
    # A central body written short ("VNPT", "Bộ NN&PTNT") by its official name; a local one as written.
    whole = next((m for m in iter_gazetteer_matches(mention.name) if (m.start, m.end) == (0, len(mention.name))), None)
    return whole.canonical_name if whole is not None and whole.level == "central" else mention.name


_CITED_DATE = re.compile(r"\d+\s*[/-]\s*[A-ZĐ][\w/-]*\s*,?\s*(?:ban\s+hành\s+)?(?:ngày\s*)?$")


_BOUND_DATE = re.compile(r"(?i:\b(?:đến|tới|trước|từ|sau)\s+(?:ngày\s+)?)$")
_DAY_MONTH_YEAR = r"\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}"
_DATE_SPAN_AFTER = re.compile(rf"\s*[-–—]\s*{_DAY_MONTH_YEAR}(?!\d)")
_DATE_SPAN_BEFORE = re.compile(rf"{_DAY_MONTH_YEAR}\s*[-–—]\s*$")
_IN_URL = re.compile(r"\w+://[^\s()\"<>]*$")


def _page_date(text: str, hints: Mapping[str, Optional[str]], spans: dict) -> Optional[date]:
    """The date a news page shows near its top, else the container's date."""
    # (not the date of a document the page cites: "Nghị quyết số 23-NQ/TW ngày 22/3/2018")
    # (nor digits in a link or an image's path: "…/news_dataimages/102020/10/11/1435_anh.jpg", nor the
    # bound of a period the story gives: "… đến 31/12/2019 là 63 phòng")
    for match in _NEWS_DATE.finditer(text[:3000]):
        before = text[max(0, match.start() - 40) : match.start()]
        if _CITED_DATE.search(before) or _BOUND_DATE.search(before) or _IN_URL.search(text[max(0, match.start() - 300) : match.start()]):
            continue
        if _DATE_SPAN_AFTER.match(text, match.end()) or _DATE_SPAN_BEFORE.search(before):
            continue  # "(31.3.1975 - 31.3.2025)": the ends of an anniversary's span, not the day of the page
        day, month, year = (match.group(1), match.group(2), match.group(3)) if match.group(1) else match.group(4, 5, 6)
        found = _calendar_date(int(year), int(month), int(day))
        if found:
            spans["issue_date"] = match.span()
            return found
        break  # the page's first date is no date: none is read from its story
    return _hint_date(hints, "date") or _teaser_date(text, spans) or _posting_date(text, spans)


# A portal's posting line, often at the foot of the article: "Giờ đăng: 13:22 22-05-2025", "Ngày đăng: 12/03/2025".
_POSTING_LINE = re.compile(
    r"^[\s*_]*(?:Ngày\s+giờ\s+đăng|Giờ\s+đăng|Ngày\s+đăng|Đăng\s+lúc|Ngày\s+xuất\s+bản)(?:\s+bài\s+viết)?[\s*_]*:[\s*_]*"
    r"(?:\d{1,2}:\d{2}(?::\d{2})?\s*(?:,\s*)?)?(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{4})(?!\d)",
    re.M | re.I,
)


def _posting_date(text: str, spans: dict) -> Optional[date]:
    posting = _POSTING_LINE.search(text)
    if posting is None:
        return None
    found = _calendar_date(int(posting.group(3)), int(posting.group(2)), int(posting.group(1)))
    if found:
        spans["issue_date"] = posting.span(1)
    return found


# The site's teaser printed under the article ("more(HDDTVN) – … tại Hội nghị tổng kết … của Cục Hải quan Lào Cai
# ngày 15/1/2021."): the day of the event the page reports, when the page shows no date of its own.
# Not the date of a document it cites ("… thực hiện Nghị quyết số 23-NQ/TW ngày 22/3/2018 …").
_TEASER = re.compile(r"^more\([^)\n]{1,20}\)\s*[–-][^\n]*", re.M)
_TEASER_DAY = re.compile(r"\bngày\s+(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*(\d{4})(?!\d)")


def _teaser_date(text: str, spans: dict) -> Optional[date]:
    teaser = _TEASER.search(text, max(0, len(text) - 3000))
    for match in _TEASER_DAY.finditer(text, *teaser.span()) if teaser else ():
        if _CITED_DATE.search(text[max(0, match.start(1) - 40) : match.start(1)]):
            continue
        found = _calendar_date(int(match.group(3)), int(match.group(2)), int(match.group(1)))
        if found:
            spans["issue_date"] = match.span(1)
            return found
    return None


def _publisher(text: str, hints: Mapping[str, Optional[str]], spans: dict) -> Optional[str]:
    """Who published a page: the source it names ("Nguồn: …"), else the site's name."""
    source = _SOURCE.search(text)
    if source:
        spans["issuer"] = source.span(1)
        return " ".join(source.group(1).split())
    return _site_name(hints)


_TARGET_CUE = re.compile(r"(?i:mục\s+tiêu|chỉ\s+tiêu|con\s+số|kịch\s+bản|phấn\s+đấu)")
_ANNOUNCES = re.compile(
    # "Bộ trưởng Bộ KH&ĐT Nguyễn Chí Dũng cho biết": the official's name may stand between the body and the verb.
    rf"\s*(?:\([^)]{{0,40}}\)\s*)?(?:[{UPPERCASE}][{LOWERCASE}]+(?:\s+[{UPPERCASE}][{LOWERCASE}]+){{1,3}}\s+)?(?:(?:cũng|đã|vừa|sẽ)\s+)*"
    r"(?:đưa\s+ra|đặt\s+ra|đề\s+ra|đặt\s+(?:mục|chỉ)\s+tiêu|cho\s+biết|công\s+bố|thông\s+tin|phấn\s+đấu)\b"
)


# A province as the subject that sets its targets: "tỉnh Long An đặt mục tiêu …", "thành phố phấn đấu …".
_PROVINCE_SETS_TARGETS = re.compile(
    r"(?:^|,\s*|^\s*Năm\s+\d{4}\s*,\s*)(?:tỉnh|thành\s+phố|TP\.?)\s+(?P<place>[A-ZĐ][\w']*(?:\s+[A-ZĐ][\w']*){0,3})\s+"
    r"(?:(?:cũng|đã|sẽ|tiếp\s+tục)\s+)*(?:đặt\s+(?:ra\s+)?(?:mục|chỉ)\s+tiêu|đề\s+ra|phấn\s+đấu)\b"
)


def _announcing_body(text: str) -> Optional[str]:
    """The body a news page's lead says sets or announces the targets it reports: "Đó là con số
    được Sở Du lịch TPHCM đưa ra tại Hội nghị …", "Ông …, Phó Tổng cục trưởng Tổng cục Lâm nghiệp
    (Bộ NN&PNT) cho biết, … toàn ngành đặt mục tiêu …"."""
    from extractors.agencies import iter_mentions

    opening = text[:_LEAD_END]
    for sentence in re.finditer(r"[^.\n]+", opening):
        if not _TARGET_CUE.search(sentence.group(0)):
            continue
        province = _PROVINCE_SETS_TARGETS.search(sentence.group(0))
        if province and (name := province_name(province.group("place"))):
            # "Năm 2019, tỉnh Long An đặt mục tiêu …": the province's people's committee
            return f"UBND {province_level(name)} {name}"
        for mention in iter_mentions(sentence.group(0)):
            if not mention.generic and _ANNOUNCES.match(sentence.group(0), mention.end):
                return _full_name(mention)
    return None


# A paper with no letterhead (a conference's speech or summary, a Word file) opens on its title in capitals, over
# one to four lines: "BÀI PHÁT BIỂU KẾT LUẬN" ⏎ "HỌP ĐÁNH GIÁ CÔNG TÁC CẢI CÁCH HÀNH CHÍNH NĂM 2025" ⏎ "VÀ TRIỂN KHAI …".
_CAPITALS_LINE = re.compile(rf"[ \t*#]*([{UPPERCASE}\d][{UPPERCASE}\d ,.;:()–\-/&]*[{UPPERCASE}\d,)])[ \t*]*")
_LIST_LABEL = re.compile(r"(?:[IVX]{1,5}|\d{1,2})[.)]\s")
_LETTERHEAD_WORDS = re.compile(_REPUBLIC.pattern + r"|ĐỘC\s+LẬP|[ỦU][ỶY]\s+BAN\s+NHÂN\s+DÂN|\bUBND\b|Số\s*:")
_TWO_CAPITALS = re.compile(rf"[{UPPERCASE}]{{2,}}")


def _opening_title(text: str) -> tuple[Optional[str], Optional[tuple[int, int]]]:
    """The title a paper opens on in capitals, sentence-cased, and its span."""
    lines, offset, start, end = [], 0, 0, 0
    for line in text[:1200].split("\n"):
        line_start, offset = offset, offset + len(line) + 1
        if not line.strip(" \t*#"):
            continue
        capitals = _CAPITALS_LINE.fullmatch(line)
        if capitals is None or _LIST_LABEL.match(capitals.group(1)) or len(lines) == 4:
            break
        start = start if lines else line_start + capitals.start(1)
        lines.append(capitals.group(1))
        end = line_start + capitals.end(1)
    joined = " ".join(" ".join(lines).split())
    if len(joined.split()) < 4 or not _TWO_CAPITALS.search(joined) or _LETTERHEAD_WORDS.search(joined):
        return None, None  # (a letterhead the other readers did not take is no title)
    title = _sentence_case(joined)
    return title[:1].upper() + title[1:], (start, end)


def _news(text: str, hints: Mapping[str, Optional[str]]) -> MetadataAnnotation:
    spans: dict[str, tuple[int, int]] = {}
    paper = not (hints.get("sitename") or hints.get("site_title") or hints.get("title"))
    title, title_span = _opening_title(text) if paper else (None, None)
    if title is None:
        title, title_span = _headline(text[:8000])
    if title_span:
        spans["title"] = title_span
    if not title and hints.get("title"):
        title = hints["title"]
    issue_date = _page_date(text, hints, spans)
    publisher = _publisher(text, hints, spans)
    issuer = (publisher or _lead_subject(text, title_span[1] if title_span else 0) or _announcing_body(text)
              or _directing_leader(text) or _directing_committee(text) or _attributed_body(text)
              or _headline_subject(title) or _speaking_body(text, title_span[1] if title_span else 0))
    # A national body's page names provinces in passing (where a meeting was held, a photo's place): its
    # province is the one its headline names, if any.
    national = issuer is not None and _NATIONAL_ISSUERS.match(canonical_name(issuer))
    province = _site_province(hints) or (_headline_province(title) if national else _province_from_text(text))
    return MetadataAnnotation(
        doc_type=NEWS,
        document_kind=NEWS_KIND,
        issuer=issuer,
        province=province,
        issue_date=issue_date,
        title=title,
        publisher=publisher,
        published_date=issue_date,
        spans=spans,
    )


# (after the abbreviation the letter will use: "Bộ Văn hóa, Thể thao và Du lịch (VHTTDL) đề nghị")
_SPEAKING_VERB = re.compile(
    r"(?:\s*\([^()\n]{1,20}\))?\s+(?:đề\s+nghị|thông\s+báo|hướng\s+dẫn|đề\s+xuất|trả\s+lời|nhận\s+được|yêu\s+cầu)\b"
)


def _headless_letter(text: str, hints: Mapping[str, Optional[str]]) -> Optional[MetadataAnnotation]:
    """A letter whose letterhead the page dropped: it opens on "Kính gửi:" and
    ends in a signature; the body that speaks in it ("Sở Nội vụ đề nghị …") issues it."""
    from extractors.agencies import iter_mentions

    if not re.match(r"[\s*|#]*Kính\s+gửi", text[:300]):
        return None
    spans: dict[str, tuple[int, int]] = {}
    signer = _signer(text, spans)
    if signer is None:
        return None
    opening = text[:3000]
    speaker = next(
        (m for m in iter_mentions(opening) if not m.generic and _SPEAKING_VERB.match(opening, m.end)), None
    )
    province = _province_from_text(text)
    issuer = speaker.name if speaker else hints.get("signature_org")
    if issuer:
        issuer = _with_province(issuer, province)
    number, issue_date = _hint_number(hints), _hint_date(hints, "signature_date")
    if number is None and (caption := _annex_caption(text, "Công văn")):
        # Its annex names it ("(Kèm theo Công văn số 6386/BVHTTDL-KHCNĐTMT ngày 25/11/2025 của Bộ …)").
        number = normalise_number(caption.group("number"))
        issue_date = issue_date or _date_of(caption, spans)
        issuer = issuer or _caption_issuer(caption)
    return MetadataAnnotation(
        number=number,
        doc_type="Công văn",
        issuer=issuer,
        province=province,
        issue_date=issue_date,
        signer=signer,
        spans=spans,
    )


# The closing formula of a text that names itself: "Nghị quyết này phổ biến đến chi bộ.",
# "Quyết định này có hiệu lực kể từ ngày ký."
_CLOSING_SELF_REFERENCE = re.compile(
    r"(?P<type>Nghị\s+quyết|Quyết\s+định|Kết\s+luận|Chỉ\s+thị|Quy\s+định|Kế\s+hoạch|Thông\s+tư|Nghị\s+định)\s+này\s+"
    r"(?:có\s+hiệu\s+lực|phổ\s+biến\s+đến|được\s+phổ\s+biến|thay\s+thế)"
)
_ENACTING_VERB = re.compile(r"[\s,]*(?:yêu\s+cầu|kết\s+luận|quyết\s+nghị|chỉ\s+thị)\b")
_CLOSING_LENGTH = 1500


# An annex published as a file of its own: "PHỤ LỤC I" ⏎ its title ⏎ "(Kèm theo Chương trình hành động tại Nghị
# quyết số /NQ-CP ngày 01 tháng 01 năm 2025 của Chính phủ)". It belongs to the document its caption names (the
# number may be left blank before signature).
_STANDALONE_ANNEX = re.compile(
    r"\A[\s#*|]*PHỤ[\s*]+LỤC\b[^\n]*\n(?:[\s#*|]*\n)*[\s#*]*(?P<title>[^\n(|]{5,240}?)[\s*]*\n(?:[\s#*]*\n)*"
    r"[\s*_]*\((?P<caption>\s*Kèm\s+theo\b[^)]{10,400})\)"
)
_CAPTION_DOCUMENT = re.compile(
    r"(?P<type>Nghị\s+quyết|Quyết\s+định|Kế\s+hoạch|Chương\s+trình|Công\s+văn|Thông\s+báo|Chỉ\s+thị|Đề\s+án)\s+số\s*"
    r"(?P<number>(?:\d[\w/-]*|/[\w/-]*))?",
    re.IGNORECASE,
)
_CAPTION_ISSUER = re.compile(r"\bcủa\s+(?P<issuer>[^,;()]{3,80}?)\s*$")


def _standalone_annex(text: str) -> Optional[MetadataAnnotation]:
    """An annex file: the type, number, date and issuer of the document its caption attaches it to, and its own
    title with the caption."""
    annex = _STANDALONE_ANNEX.match(text)
    if annex is None:
        return None
    caption = " ".join(annex.group("caption").split())
    document = None
    for document in _CAPTION_DOCUMENT.finditer(caption):
        pass  # "Chương trình hành động tại Nghị quyết số …": the last document named is the one issued
    if document is None:
        return None
    number = document.group("number")
    number = normalise_number(number) if number and re.match(r"\d", number) else None
    dated = _DATED.search(caption, document.end())
    issuer = _CAPTION_ISSUER.search(caption)
    title = " ".join(annex.group("title").strip(" *#").split())
    title = _sentence_case(title) if title.isupper() else title
    title = title[:1].upper() + title[1:]
    return MetadataAnnotation(
        number=number,
        doc_type=" ".join(document.group("type").split()).capitalize(),
        issuer=issuer.group("issuer").strip() if issuer else None,
        issue_date=_day_month_year(dated) if dated else None,
        title=f"{title} ({caption})",
        spans={"title": annex.span("title")},
    )


def _headless_text(text: str) -> Optional[MetadataAnnotation]:
    """The body of a text whose page dropped its header, type heading and title (a Party
    resolution copied from its preamble on): its closing formula names its type, and the body
    that enacts it speaks in it ("Bộ Chính trị yêu cầu …")."""
    from extractors.agencies import iter_mentions

    closing_start = max(0, len(text) - _CLOSING_LENGTH)
    closing = _CLOSING_SELF_REFERENCE.search(text, closing_start)
    if closing is None or (_headline(text[:8000])[0] and _NEWS_DATE.search(text[:3000])):
        return None  # (a page with a headline and a dateline is news that quotes a text's closing)
    spans = {"doc_type": closing.span("type")}
    doc_type = " ".join(closing.group("type").split())
    speaker = next(
        (m for m in iter_mentions(text[:closing_start]) if not m.generic and _ENACTING_VERB.match(text, m.end)), None
    )
    if speaker:
        spans["issuer"] = (speaker.start, speaker.end)
    return MetadataAnnotation(doc_type=doc_type, issuer=speaker.name if speaker else None, spans=spans)


# A copy that opens on its title, as legal databases and text corpora print one without its letterhead: the type and
# title on the first line, the issuing body alone on the next, then the preamble ("Quyết định về việc phê duyệt
# chương trình phát triển nhà ở tỉnh Tiền Giang đến năm 2010 ⏎ Ủy ban nhân dân tỉnh Tiền Giang ⏎ Căn cứ Luật …").
_TITLE_LINE = re.compile(
    r"[ \t]*(?P<type>" + "|".join(sorted((re.escape(t) for t in _TYPE_WORDS.values()), key=len, reverse=True))
    + r")\s+(?=[" + LOWERCASE + r"])[^\n:]{10,300}(?:\n|$)"
)
_PREAMBLE_LINE = re.compile(r"[\s*+•-]*(?:Căn\s+cứ|Thực\s+hiện|Khoá|Khóa)\b")
_OPENS_OWN_BODY = {
    "Chỉ thị": re.compile(r"[ \t]*[" + UPPERCASE + r"][^\n]{150,}"),  # a paragraph of reasons
    "Thông báo": re.compile(r"[ \t]*(?:Ngày|Sáng|Chiều|Trong\s+các\s+ngày)\s+(?:ngày\s+)?\d{1,2}\b[^\n]{0,120}\b(?:tại|tổ\s+chức|họp)\b", re.I),
}


def _titled_copy(text: str) -> Optional[MetadataAnnotation]:
    """A copy that opens on its type and title line, with its issuer on the line after, before the preamble."""
    from extractors.agencies import iter_mentions

    title = _TITLE_LINE.match(text)
    if title is None:
        return None
    lines = text[title.end() :].split("\n", 3)
    # A directive opens on its reasons and a notice of conclusions on its meeting ("Chỉ thị về … ⏎ Sau hơn 04 năm
    # thực hiện …", "Thông báo kết luận của … ⏎ Ngày 11/01/2010 tại Hà Nội, …"), not on a preamble.
    own_body = _OPENS_OWN_BODY.get(title.group("type"))
    opens_own_body = own_body is not None and own_body.match(lines[0]) is not None
    if not lines[0].strip() or not (opens_own_body or any(_PREAMBLE_LINE.match(line) for line in lines[:3])):
        return None  # a headline over a story (a blank line after it, no preamble), not a title over a preamble
    spans = {"doc_type": title.span("type"), "title": (title.start("type"), title.end() - 1)}
    issuer = province = None
    issuer_line = lines[0].strip(" .")
    body = next(iter_mentions(issuer_line), None)
    if body is not None and body.start == 0 and body.end >= len(issuer_line):
        province = _named_province(issuer_line)[0]
        if province and issuer_line.casefold().endswith(province.casefold()):
            issuer = issuer_line[: -len(province)] + province  # as the gazetteer writes it (a copy's "tỉnh tiền giang")
        else:
            issuer = _with_province_level(issuer_line, text)
            if issuer is None and (sole := _sole_province(text)):
                # "Ủy ban nhân dân tỉnh" over a text that names its province once, and no other.
                issuer, province = f"{issuer_line} {sole}", sole
        spans["issuer"] = (title.end(), title.end() + len(lines[0]))
    return MetadataAnnotation(
        doc_type=title.group("type"), issuer=issuer, province=province or _province_from_text(text),
        title=" ".join(title.group().split()), spans=spans,
    )


def _titled_copy_with_issuer(text: str, hints: Mapping[str, Optional[str]]) -> Optional[MetadataAnnotation]:
    """A title-line copy; when no issuer line follows its title, the issuer (and its province) the text names as
    the other readers find it ("Chỉ thị về … ⏎ Sau hơn 04 năm thực hiện … Quyết định số 131/2006/QĐ-UBND … của Ủy
    ban nhân dân thành phố …": a committee's directive cites its own decisions)."""
    titled = _titled_copy(text)
    if titled is None or titled.issuer is not None:
        return titled
    other = _reported(text, hints) or _headless_text(text) or _news(text, hints)
    if other is not None and other.issuer is not None and not _LEVEL_ONLY_COMMITTEE.fullmatch(other.issuer):
        return replace(titled, issuer=other.issuer, province=other.province)
    own = _OWN_COMMITTEE_REQUEST.search(text)
    if own is None:
        return titled
    # "… Uỷ ban nhân dân tỉnh yêu cầu thủ trưởng các sở …": the committee the copy speaks as, of the province the
    # text names.
    level = " ".join(own.group("level").split()).lower()
    province = titled.province or _sole_province(text)  # named once, but the only province the copy names
    if level in ("quận", "huyện", "thị xã"):
        return replace(titled, issuer=f"Ủy ban nhân dân {level}", province=province)  # a district's, by its level
    return replace(titled, issuer=f"Ủy ban nhân dân {level} {province}", province=province) if province else titled


def _sole_province(text: str) -> Optional[str]:
    """The province a text names, when it names only one (however often)."""
    named = {province_name(m.group(1)) for m in _province_mentions().finditer(text)} - {None}
    return named.pop() if len(named) == 1 else None


# A committee named by its level only, as a copy without its header names itself when it asks its departments
# ("Uỷ ban nhân dân tỉnh yêu cầu …") or rules ("Uỷ ban nhân dân quận quyết định").
_OWN_COMMITTEE_REQUEST = re.compile(
    r"(?:Ủy|Uỷ)\s+ban\s+nhân\s+dân\s+(?P<level>tỉnh|[Tt]hành\s+phố|quận|huyện|thị\s+xã)\s+(?:yêu\s+cầu|chỉ\s+thị|quyết\s+định)\b"
)
_LEVEL_ONLY_COMMITTEE = re.compile(r"(?:Ủy|Uỷ)\s+ban\s+nhân\s+dân\s+(?:tỉnh|[Tt]hành\s+phố)")


# A text whose header is lost still says who issues it at the end of its preamble: "Căn cứ …; Sở
# Thông tin và Truyền thông ban hành Kế hoạch nâng cao chất lượng … đến năm 2025, với những nội
# dung sau:", "UBND huyện xây dựng Kế hoạch thực hiện …, cụ thể như sau:".
_SELF_ISSUING = re.compile(
    r"(?P<verb>(?:xây\s+dựng\s+(?:và\s+)?)?ban\s+hành|xây\s+dựng)\s+(?P<type>Kế\s+hoạch|Chương\s+trình|Đề\s+án)\s+"
    r"(?P<rest>[^;:.]{5,400}?)\s*,?\s+(?:với\s+(?:những|các)\s+nội\s+dung(?:\s+(?:chủ\s+yếu|cụ\s+thể))?\s+(?:như\s+)?sau"
    r"|(?:cụ\s+thể\s+)?như\s+sau)\s*:?"
)


_PREAMBLE_OPENING = re.compile(r"Căn\s+cứ|Thực\s+hiện|Triển\s+khai|Nhằm|Để\s")


# A paper read at a conference: "THAM LUẬN" on its first line, its title, the body that presents it on a line of
# its own ("UBND Thành phố Hà Nội", "Bộ Tư pháp"), then the greeting ("Kính thưa …"). The plans it cites are not it.
_PAPER_HEADING = re.compile(r"\A[\s*#|]*(?:BÀI\s+|NỘI\s+DUNG\s+)?THAM\s+LUẬN[\s*|]*\n")
_GREETING = re.compile(r"[\s*]*Kính\s+(?:thưa|gửi)\b", re.IGNORECASE)
_PAPER_HEAD_LINES = 8


def _conference_paper(text: str) -> Optional[MetadataAnnotation]:
    """A conference paper (tham luận): its title and the body that presents it (when a line names it), no number or
    date."""
    from extractors.agencies import iter_mentions

    heading = _PAPER_HEADING.match(text)
    if heading is None:
        return None
    title_lines: list[tuple[int, int]] = []
    presenter = None  # (name, start, end) of the line that names the presenting body
    pos = heading.end()
    for line in re.finditer(r"[^\n]+", text[pos:]):
        start, end = pos + line.start(), pos + line.end()
        written = " ".join(line.group().replace("*", " ").split())
        if not written:
            continue
        if len(title_lines) > _PAPER_HEAD_LINES or (_GREETING.match(written) and not title_lines):
            return None
        if _GREETING.match(written):
            break  # no line names the presenting body
        bodies = [m for m in iter_mentions(written) if not m.generic]
        if title_lines and len(bodies) == 1 and bodies[0].start == 0 and bodies[0].end == len(written):
            presenter = (written, start, end)
            break
        title_lines.append((start, end))
    else:
        return None
    title_span = (title_lines[0][0], title_lines[-1][1])
    spans = {"doc_type": heading.span(), "title": title_span}
    title = " ".join(text[title_span[0] : title_span[1]].replace("*", " ").split())
    if presenter is None:
        # The province the paper speaks of, if one.
        return MetadataAnnotation(doc_type="Tham luận", province=province_name(_province_from_text(text) or ""), title=title, spans=spans)
    issuer, start, end = presenter
    return MetadataAnnotation(
        doc_type="Tham luận", issuer=issuer, province=_province_ending(issuer), title=title,
        spans={**spans, "issuer": (start, end)},
    )


def _province_ending(name: str) -> Optional[str]:
    """The province a body's name ends on ("UBND tỉnh Nghệ An", "Sở Y tế Thành phố Hà Nội"), if any."""
    words = name.split()
    return next((p for size in range(1, 4) if (p := province_name(" ".join(words[-size:])))), None)


def _self_issued(text: str) -> Optional[MetadataAnnotation]:
    """A text that lost its header, named by the sentence that closes its preamble: the body
    that issues it is the subject of that sentence, after the last "Căn cứ …;"."""
    from extractors.agencies import iter_mentions

    match = _SELF_ISSUING.search(text, 0, _LEAD_END)
    if match is None or re.match(r"(?:số\s+)?\d", match.group("rest")):
        return None  # (a numbered plan is one a page reports: "… ban hành Kế hoạch số 45/KH-UBND …, cụ thể như sau")
    if not _PREAMBLE_OPENING.search(text, 0, match.start()):
        return None  # the sentence closes a preamble that grounds the text on others
    clause_start = max(text.rfind(";", 0, match.start()), text.rfind(". ", 0, match.start())) + 1
    clause = " ".join(text[clause_start : match.start()].split())
    bodies = [m for m in iter_mentions(clause) if not m.generic]
    before = clause[: bodies[-1].start].strip() if bodies else ""
    if not bodies or clause[bodies[-1].end :].strip() or (before and not before.endswith(",")):
        return None  # the body is the subject: "Sở Thông tin và Truyền thông ban hành …", "Để …, UBND huyện xây dựng …"
    province = province_name(_province_from_text(text) or "")
    issuer = _with_province(bodies[-1].name, province)
    doc_type = " ".join(match.group("type").split())
    title = f"{doc_type} {' '.join(match.group('rest').split())}"
    return MetadataAnnotation(
        doc_type=doc_type, issuer=issuer, province=province, title=title,
        spans={"doc_type": match.span("type"), "title": (match.start("type"), match.end("rest"))},
    )


# A Party congress adopting its term's targets, as a news lead reports it: "Đại hội đại biểu Đảng bộ
# TPHCM thông qua 26 chỉ tiêu phát triển chủ yếu …", "… Đại hội đại biểu Đảng bộ tỉnh X lần thứ XX,
# các đại biểu đã biểu quyết thông qua …". What a congress adopts is its resolution.
_CONGRESS = (
    r"Đại\s+hội\s+(?:đại\s+biểu\s+)?Đảng\s+bộ\s+(?P<level>tỉnh\s+|thành\s+phố\s+|TP\.?\s*)?"
    r"(?P<place>[A-ZĐ][\w.]*(?:\s+[A-ZĐ][\w.]*){0,3}?)(?:\s+lần\s+thứ\s+(?P<ordinal>[IVXLC]+))?(?![\w])"
)
_CONGRESS_ADOPTS = re.compile(
    _CONGRESS + r"[^.\n]{0,80}?\s(?:(?:đã|cũng)\s+)?(?:biểu\s+quyết\s+)?thông\s+qua\s+(?:việc\s+\w+\s+)?(?:\d+\s+)?"
    r"(?:chỉ\s+tiêu|mục\s+tiêu|Nghị\s+quyết)"
)


def _congress_resolution(text: str, hints: Mapping[str, Optional[str]]) -> Optional[MetadataAnnotation]:
    """A page whose lead (or dateline teaser) says a provincial Party congress adopted its targets:
    news about the congress's resolution, issued by the congress named in full where the page does."""
    adopted = next(
        (
            m for m in _CONGRESS_ADOPTS.finditer(text)
            if m.start() <= _LEAD_END or re.match(_DATELINE, text[_sentence_start(text, m) :])
        ),
        None,
    )
    province = province_name(adopted.group("place")) if adopted else None
    if province is None:
        return None
    ordinal = next(
        (m.group("ordinal") for m in re.finditer(_CONGRESS, text) if m.group("ordinal") and province_name(m.group("place")) == province),
        None,
    )
    level = province_level(province)
    issuer = f"Đại hội đại biểu Đảng bộ {level} {province}" + (f" lần thứ {ordinal}" if ordinal else "")
    title, title_span = _headline(text[:8000])
    return _reporting(
        text,
        hints,
        doc_type="Nghị quyết",
        issuer=issuer,
        province=province,
        title=title,
        spans={"issuer": adopted.span()},
    )


# A lead that opens on the document it reports, as the subject setting the targets: "Dự thảo Chiến
# lược phát triển kinh tế – xã hội 10 năm 2021-2030 đề ra các mục tiêu …", "Chiến lược quốc gia về …
# đến năm 2030 nhằm thực hiện …".
_DOCUMENT_SETS_TARGETS = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))[\s*#|>]*(?P<title>(?:Dự\s+thảo\s+)?" + _UNNUMBERED_TYPE + r"\s+[^.\n]{5,200}?)\s+"
    r"(?:(?:đã|cũng|vừa)\s+)?(?:đề\s+ra|đặt\s+ra|đặt\s+mục\s+tiêu|xác\s+định\s+mục\s+tiêu|nhằm)\s",
    re.MULTILINE,
)


_PLAN_SCOPE = re.compile(r"(?i:đến\s+năm|giai\s+đoạn|thời\s+kỳ|năm\s+\d{4}|\d{4}\s*[-–]\s*\d{4})")


def _document_in_lead(text: str, hints: Mapping[str, Optional[str]]) -> Optional[MetadataAnnotation]:
    """A page whose lead opens on the document whose targets it reports: that document's type and name."""
    match = next((m for m in _DOCUMENT_SETS_TARGETS.finditer(text, 0, _LEAD_END) if _PLAN_SCOPE.search(m.group("title"))), None)
    if match is None:
        return None  # (nor "Kế hoạch hoá gia đình là …": a plan's name holds its horizon or its period)
    return _reporting(
        text,
        hints,
        doc_type=" ".join(match.group("type").split()),
        title=" ".join(match.group("title").split()),
        province=_province_from_text(text),
        spans={"doc_type": match.span("type"), "title": match.span("title")},
    )


# A draft a page presents: "Trình bày về dự thảo Nghị quyết của Chính phủ về nhiệm vụ, giải pháp …, Phó
# Thủ tướng … cho hay", "trong Tờ trình về phê duyệt chiến lược phát triển thủy sản … mà Bộ NN&PTNT vừa
# gửi tới Thủ tướng". Its name stops where the sentence goes on: ", <a capital>", " mà …".
_DRAFTED = re.compile(
    r"(?i:dự\s+thảo|tờ\s+trình\s+(?:về\s+(?:việc\s+)?)?(?:đề\s+nghị\s+)?(?:phê\s+duyệt|ban\s+hành|thông\s+qua))\s+"
    r"(?P<type>(?i:chiến\s+lược|nghị\s+quyết|kế\s+hoạch|chương\s+trình|đề\s+án|quy\s+hoạch))"
    rf"\s+(?P<rest>(?:[^.;:\n]|\.(?!\s|$))+?)(?=\s+mà\s|,\s+[{UPPERCASE}]|[.;:\n]|$)"
)
_DRAFTED_BY = re.compile(r"\s+mà\s+(?P<body>[^.;\n]{3,60}?)\s+(?:vừa|đã|mới)\s+(?:gửi|trình)")


def _reported_draft(text: str, hints: Mapping[str, Optional[str]]) -> Optional[MetadataAnnotation]:
    """A news page presenting a draft document: the draft's type and name, and the body that drafts it
    (named after "của" in the name, or as the body that has just submitted it)."""
    from extractors.agencies import iter_mentions

    match = next((m for m in _DRAFTED.finditer(text, 0, 4000) if len(m.group("rest").split()) >= 3), None)
    if match is None:
        return None
    doc_type = " ".join(match.group("type").split()).capitalize()
    name = " ".join(match.group("rest").split())
    own = re.match(r"của\s+(.+?)\s+về\s", name)
    by = _DRAFTED_BY.match(text, match.end())
    bodies = [m for m in iter_mentions(own.group(1) if own else by.group("body") if by else "") if not m.generic]
    issuer = bodies[0].name if bodies else None
    province = None if issuer is None or _NATIONAL_ISSUERS.match(canonical_name(issuer)) else _province_from_text(text)
    return _reporting(
        text, hints, doc_type=doc_type, issuer=issuer, province=province, title=f"{doc_type} {name}",
        spans={"doc_type": match.span("type"), "title": (match.start("type"), match.end("rest"))},
    )


def _without_gazette_signature(hints: Mapping[str, Optional[str]]) -> Mapping[str, Optional[str]]:
    """A copy the Official Gazette signed ("Ký bởi: CÔNG BÁO NƯỚC CỘNG HÒA …", organisation VĂN
    PHÒNG CHÍNH PHỦ) carries the gazette's number, date and publisher, not the text's."""
    signer = " ".join(hints.get(key) or "" for key in ("signature_name", "signature_reason"))
    if not re.search(r"CÔNG\s+BÁO", signer, re.IGNORECASE):
        return hints
    return {key: value for key, value in hints.items() if not key.startswith("signature_")}


def extract_metadata(text: str, hints: Optional[Mapping[str, Optional[str]]] = None) -> MetadataAnnotation:
    """Metadata of a document from its text and the container's hints (``source_url``: the page
    URL the document was fetched from, a fallback for a number the text has lost)."""
    hints = _without_gazette_signature(hints or {})
    text = clean_text_for_metadata(text)
    metadata = (
        _official(text, hints) or _conference_paper(text) or _standalone_annex(text) or _letter(text, hints) or _headless_letter(text, hints) or _identified(text, hints)
        or _self_issued(text) or _titled_copy_with_issuer(text, hints) or _reported(text, hints)
        or _headless_text(text) or _reported_unnumbered(text, hints) or _congress_resolution(text, hints)
        or _document_in_lead(text, hints) or _reported_draft(text, hints) or _news(text, hints)
    )
    metadata = _with_issuer_place(_with_full_issuer(_with_chair_code(_with_properties(metadata, text))))
    return _with_url_number(_with_district_province(_with_subject_province(metadata)), text, hints.get("source_url"))


# An issuer written with its level and no place ("UBND Thành phố", "Ủy ban nhân dân tỉnh").
_LEVEL_WITHOUT_PLACE = re.compile(r"(?:^|\s)(?:tỉnh|thành\s+phố)$", re.IGNORECASE)


def _with_issuer_place(metadata: MetadataAnnotation) -> MetadataAnnotation:
    """An issuer named by its level alone (an e-signature's "UBND Thành phố") with the document's province."""
    if metadata.issuer and metadata.province and _LEVEL_WITHOUT_PLACE.search(metadata.issuer):
        return replace(metadata, issuer=f"{metadata.issuer} {metadata.province}")
    return metadata


def _with_full_issuer(metadata: MetadataAnnotation) -> MetadataAnnotation:
    """An issuer written as its code ("NHNN vừa ban hành …") by its full official name."""
    full = _ISSUER_CODES.get(metadata.issuer or "")
    return replace(metadata, issuer=full) if full else metadata


def _with_chair_code(metadata: MetadataAnnotation) -> MetadataAnnotation:
    """A number coded "…/QĐ-CTUBND" is a decision of the committee's chairman, whoever the page
    names as its issuer (a legal site's "Cơ quan ban hành: UBND tỉnh …")."""
    if metadata.number and metadata.issuer and re.search(r"-CTUBND$", metadata.number) and metadata.issuer.startswith("UBND "):
        return replace(metadata, issuer=f"Chủ tịch {metadata.issuer}")
    return metadata


def _with_properties(metadata: MetadataAnnotation, text: str) -> MetadataAnnotation:
    """What the printed text left blank, from the properties table a legal site puts above it
    ("Số hiệu: …", "Ngày ban hành: …"), when the table describes a text of the same type."""
    if metadata.doc_type in (None, NEWS) or metadata.document_kind == REPORTING_KIND:
        return metadata
    table = _identified(text, {})
    if table is None or table.doc_type != metadata.doc_type:
        return metadata
    filled = {
        name: getattr(table, name)
        for name in ("number", "issuer", "province", "issue_date")
        if getattr(metadata, name) is None and getattr(table, name) is not None
    }
    if not filled:
        return metadata
    return replace(metadata, **filled, province_current=None if "province" in filled else metadata.province_current,
                   issue_year=None if "issue_date" in filled else metadata.issue_year)


# --------------------------------------------------------------------------- the page URL, a fallback
# A page that starts at the title or the preamble has lost the "Số: …" line, but a legal page's
# URL often names the text it holds: "…/nghi-quyet-192-2025-qh15-bo-sung-ke-hoach-…",
# "…/toan-van-nghi-quyet-so-71-nq-tw-cua-bo-chinh-tri-ve-dot-pha-…". The URL is provenance the
# pipeline keeps with every document; it is read only when the text gives no number, and only
# when it names a text of the type the text itself shows.
_SLUG_TYPES = {
    "ke-hoach": "Kế hoạch", "quyet-dinh": "Quyết định", "nghi-quyet": "Nghị quyết", "chi-thi": "Chỉ thị",
    "ket-luan": "Kết luận", "chuong-trinh": "Chương trình", "de-an": "Đề án", "nghi-dinh": "Nghị định",
    "thong-tu": "Thông tư", "thong-bao": "Thông báo", "cong-van": "Công văn", "quy-dinh": "Quy định",
}
_SLUG_NUMBER = re.compile(
    r"(?i)(?:^|[/-])(?P<type>" + "|".join(_SLUG_TYPES) + r")(?:-so)?-(?P<number>\d{1,5})(?:-(?P<year>(?:19|20)\d{2}))?"
    r"-(?P<first>[a-z]{1,8}\d{0,2})(?:-(?P<second>[a-z]{1,8}\d{0,2}))?(?P<rest>(?:-[^/.?#]*)?)"
)
# The ASCII codes of a slug with their letter Đ back.
_CODE_SPELLING = {"QD": "QĐ", "HDND": "HĐND", "DU": "ĐU", "ND": "NĐ", "DA": "ĐA", "CD": "CĐ"}
# Party bodies: their numbers put the type code before the slash ("71-NQ/TW").
_PARTY_BODIES = {"TW", "TU", "ĐU", "HU", "QU", "BCT"}


def _with_url_number(metadata: MetadataAnnotation, text: str, url: Optional[str]) -> MetadataAnnotation:
    if metadata.number or not url or metadata.doc_type is None:
        return metadata
    if metadata.doc_type == NEWS:
        return _named_by_url(metadata, text, url)
    url = _ascii_slug(url)
    for match in _SLUG_NUMBER.finditer(url):
        if _SLUG_TYPES[match.group("type").lower()] != metadata.doc_type:
            continue
        number = _slug_number(match)
        if number is None:
            continue
        title = metadata.title or _slug_title(match, number, text, metadata.doc_type)
        # The number's codes name its issuer when the text does not ("655/TB-VPCP": Văn phòng Chính phủ).
        issuer = metadata.issuer or _issuer_of_own_number(number)
        return _with_subject_province(replace(metadata, number=number, title=title, issuer=issuer, province_current=None))
    named = _FILE_NUMBER.search(url)
    number = _slug_number(named) if named else None
    code = named.group("first").upper() if named else ""
    if number and _TYPE_CODES.get(_CODE_SPELLING.get(code, code)) == metadata.doc_type:
        return replace(metadata, number=number, issuer=metadata.issuer or _issuer_of_own_number(number))
    return metadata


# A file named by the number of the text it holds ("…/54-2017-nq-hdnd.md", "…/89-nq-hdnd.pdf"): the number, when its
# type code is the type the text shows.
_FILE_NUMBER = re.compile(
    r"/(?P<number>\d{1,5})(?:-(?P<year>(?:19|20)\d{2}))?-(?P<first>[a-z]{1,4})-(?P<second>[a-z]{1,8}\d{0,2})"
    r"\.[a-z]{2,4}$", re.I
)


def _ascii_slug(url: str) -> str:
    """A URL as its slugs are matched: percent-escapes decoded and "đ" written "d" ("…/54-2017-nq-h%C4%91nd.md")."""
    return unquote(url).replace("đ", "d").replace("Đ", "D")


def _named_by_url(metadata: MetadataAnnotation, text: str, url: str) -> MetadataAnnotation:
    """A page named after a document ("…/ket-luan-127-kl-tw-cua-bo-chinh-tri-…") that prints its text without the
    heading, and cites the number itself ("… tại Kết luận số 127-KL/TW của Bộ Chính trị"): that document's page."""
    segment = url.rstrip("/").rsplit("/", 1)[-1]
    match = _SLUG_NUMBER.match(segment)
    number = _slug_number(match) if match else None
    if number is None:
        return metadata
    cited = next((r for r in _REFERENCE.finditer(text) if normalise_number(r.group(2)) == number), None)
    if cited is None:
        return metadata
    doc_type = _SLUG_TYPES[match.group("type").lower()]
    issuer = _issuer_of_own_number(number) or _reported_party_body(text, cited)
    title = _slug_title(match, number, text, doc_type)
    return _with_subject_province(replace(metadata, number=number, doc_type=doc_type, issuer=issuer, title=title,
                                          province_current=None))


def _slug_number(match: re.Match) -> Optional[str]:
    """"192-2025-qh15" → "192/2025/QH15", "71-nq-tw" → "71-NQ/TW", "57-2025-nq-hdnd" → "57/2025/NQ-HĐND"."""
    first = match.group("first").upper()
    second = (match.group("second") or "").upper()
    first, second = _CODE_SPELLING.get(first, first), _CODE_SPELLING.get(second, second)
    year = match.group("year")
    if first in _TYPE_CODES and second in _PARTY_BODIES and not year:
        return f"{match.group('number')}-{first}/{second}"
    if first in _TYPE_CODES and _is_body_code(second):
        codes = f"{first}-{second}" if second else first
    elif re.fullmatch(r"[A-ZĐ]+\d{2}", first):
        codes = first  # a body with its term: "QH15"
    else:
        return None
    return "/".join(part for part in (match.group("number"), year, codes) if part)


def _is_body_code(code: str) -> bool:
    """An issuing body's code in a slug ("ubnd", "cp", "qh15", "sct"), not a word of its title ("ve")."""
    return bool(code) and (
        code in _ISSUER_CODES or code in _PARTY_BODIES or code in ("UBND", "HĐND", "UBTVQH")
        or re.fullmatch(r"[A-ZĐ]+\d{2}", code) is not None or re.search(r"[AEIOUY]", code) is None
    )


def _slug_title(match: re.Match, number: str, text: str, doc_type: str) -> Optional[str]:
    """The words after the number in the slug, spelt as the text spells them ("cua-bo-chinh-tri-ve-
    dot-pha-…" → "của Bộ Chính trị về đột phá …"); None when a word is not in the text."""
    words = [w for w in match.group("rest").split("-") if w]
    # (the site's numeric article id closes the slug)
    while words and words[-1].isdigit() and len(words[-1]) > 4:
        words.pop()
    if len(words) < 3 or match.group("second") is None:
        return None
    spelt = _spelt_as_in_text(words, text)
    return f"{doc_type} số {number} {spelt}" if spelt else None


def _spelt_as_in_text(words: list[str], text: str) -> Optional[str]:
    """The longest runs of ``words`` (ASCII, lower case) found in the text with its marks, in order."""
    found = list(re.finditer(r"\w+", text))
    folded = [fold_marks(m.group(0)).lower().replace("đ", "d") for m in found]
    joined = " " + " ".join(folded) + " "
    starts, position = [], 1
    for word in folded:
        starts.append(position)
        position += len(word) + 1
    spelt, index = [], 0
    while index < len(words):
        for size in range(len(words) - index, 0, -1):
            at = joined.find(" " + " ".join(words[index : index + size]) + " ")
            if at >= 0:
                first = starts.index(at + 1)
                spelt.append(" ".join(m.group(0) for m in found[first : first + size]))
                index += size
                break
        else:
            return None
    return " ".join(spelt)


def _with_subject_province(metadata: MetadataAnnotation) -> MetadataAnnotation:
    """A national body's document about one province ("… quy hoạch chi tiết … cảng biển Sóc Trăng
    thời kỳ 2021-2030") is that province's: the only province its title names."""
    if metadata.province or not (metadata.issuer and _NATIONAL_ISSUERS.match(metadata.issuer)) or not metadata.title:
        return metadata
    named = {province_name(match.group(1)) for match in _province_mentions().finditer(metadata.title)} - {None}
    return replace(metadata, province=named.pop(), province_current=None) if len(named) == 1 else metadata


# The district a district body's name ends on ("UBND huyện Tuy Phước").
_ISSUING_DISTRICT = re.compile(r"\s(?:huyện|quận|thị\s+xã)\s+(.+)$")


def _with_district_province(metadata: MetadataAnnotation) -> MetadataAnnotation:
    """A district's document whose text never names its province ("Ủy ban nhân dân huyện Nghi Xuân" on a letter
    whose letterhead is only an image) is of the district's province."""
    district = _ISSUING_DISTRICT.search(metadata.issuer or "")
    province = district_province(district.group(1).strip()) if district and not metadata.province else None
    return replace(metadata, province=province, province_current=None) if province else metadata


# The Official Gazette prints its issue over every page ("CÔNG BÁO/Số 242/Ngày 22-04-2026", "CÔNG
# BÁO TỈNH LÀO CAI/Số 15 + 16/Ngày 10-3-2026"): the gazette's number and date, never the text's.
_GAZETTE_RUNNING_HEADER = re.compile(
    rf"CÔNG\s+BÁO(?:\s+[{UPPERCASE}][{UPPERCASE} ]*?)?\s*/\s*Số\s*\d[\d\s+&,-]*/\s*Ngày\s*\d{{1,2}}\s*[-/.]\s*\d{{1,2}}\s*[-/.]\s*\d{{4}}"
)


def clean_text_for_metadata(text: str) -> str:
    """The text with offsets kept: no-break spaces and mis-mapped characters repaired one for one,
    the gazette's running headers blanked, a run-on letterhead's parts on lines of their own."""
    text = repair_charmap(text.replace("\u00a0", " "))
    text = _STAMPED_REPEATS.sub(_one_stamp, text)
    return _letterhead_lines(_GAZETTE_RUNNING_HEADER.sub(lambda header: " " * len(header.group(0)), text))


# A legal site's plain-text copy runs a letterhead's parts together ("PHỦ THỦ TƯỚNG ----- CỘNG HOÀ XÃ HỘI …", "299/TTg
# Hà Nội, ngày 10 tháng 11 năm 1980 CHỈ THỊ VỀ CÔNG TÁC … TRONG CẢ NƯỚC Ngày 24 tháng 6 …"). Where a type heading in
# capitals follows the place and date on their line, the parts are put on lines of their own: a space becomes a line
# break, so every offset stays.
_RUN_ON_TYPE = re.compile(
    r" (?:" + _TYPE_WORDS_PATTERN + rf")(?= [{UPPERCASE}0-9])"
)
_BEFORE_PLACE = re.compile(rf"(?<=\S) (?=(?:[{UPPERCASE}][^\W\d_]*\s){{0,3}}[{UPPERCASE}][^\W\d_]*\s*,\s*ngày\b)")
_AFTER_DASHES = re.compile(r"(?<=-{3}) (?=[^\s|])")  # (not a pipe table's rule: "| --- | --- |")
_ENACTING_AFTER_TITLE = re.compile(
    rf" (?=(?:CHỦ TỊCH )?(?:ỦY|UỶ) BAN NHÂN DÂN (?:TỈNH|THÀNH PHỐ) [{UPPERCASE}][{UPPERCASE} '-]+$)", re.MULTILINE
)
_SENTENCE_WORD = re.compile(rf" (?=[{UPPERCASE}][{LOWERCASE}])")
_LETTERHEAD_REACH = 3000


def _letterhead_lines(text: str) -> str:
    for place_date in _PLACE_DATE.finditer(text, 0, _LETTERHEAD_REACH):
        heading = _RUN_ON_TYPE.match(text, place_date.end())
        if heading is None:
            continue
        line_start = text.rfind("\n", 0, place_date.start()) + 1
        line_end = text.find("\n", heading.end())
        line_end = len(text) if line_end == -1 else line_end
        breaks = [heading.start(), heading.end()]
        if (before_place := _BEFORE_PLACE.search(text, line_start, place_date.end())) is not None:
            breaks.append(before_place.start())
        if (sentence := _SENTENCE_WORD.search(text, heading.end() + 1, line_end)) is not None:
            breaks.append(sentence.start())  # the title in capitals ends before the text's first sentence
            line_end = sentence.start()
        if (enacting := _ENACTING_AFTER_TITLE.search(text, heading.end() + 1, line_end)) is not None:
            breaks.append(enacting.start())  # "… HUYỆN CHÂU THÀNH ỦY BAN NHÂN DÂN TỈNH TÂY NINH": the enacting body
        breaks += [dashes.start() for dashes in _AFTER_DASHES.finditer(text, 0, line_start)]
        chars = list(text)
        for at in breaks:
            chars[at] = "\n"
        return "".join(chars)
    return text


# An e-signed PDF whose number and date fields were stamped several times reads "Số: 36 36 36 36 /2025/QĐ-UBND",
# "ngày 16 16 16 16 tháng 6666 năm 2025": one copy of each value is kept, the rest blanked (offsets kept).
_STAMPED_REPEATS = re.compile(
    r"Số:\s+(?P<value>\d{1,5})(?:\s+(?P=value)\b)+(?=\s*/)"
    r"|ngày\s+(?P<day>\d{1,2})(?:\s+(?P=day)\b)+(?=\s+tháng)"
    r"|tháng\s+(?P<month>\d)(?P=month){2,}(?=\s+năm)"
)


def _one_stamp(match: re.Match) -> str:
    kept = match.end(match.lastgroup) - match.start()  # each branch has one group: the value kept
    return match.group()[:kept] + " " * (len(match.group()) - kept)
