"""Canonical names of agencies and provinces.

A name as written ("Sở KH&CN", "UBND tỉnh", "Công an Tỉnh", "Sở Văn hoá, Thể
thao và Du lịch tỉnh Hà Tĩnh") becomes one spelling per body: abbreviations
expanded, tone placement and spacing folded, the province qualifier dropped
(the province is a property of the document). ``current_name`` applies the
2025 reorganisation of departments; ``current_province`` the 2025 merger of
provinces (63 → 34), from a table generated from underthesea's
``convert_address`` data (importing underthesea costs seconds per process)."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from importlib import resources
from typing import Optional

import yaml


@lru_cache(maxsize=1)
def gazetteer() -> dict:
    with resources.files("extractors").joinpath("data/agencies.yaml").open(encoding="utf-8") as handle:
        return yaml.safe_load(handle)


# --------------------------------------------------------------------------- text folding

# Letters by case, for regex character classes: "[A-ZĐÀ-Ỹ]" also spans lowercase
# letters and "[à-ỹ]" capitals ("Đ", "Ơ", "Ấ" … lie between "à" and "ỹ" in Unicode).
UPPERCASE = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x1EFA)) if c.isupper())
LOWERCASE = "a-z" + "".join(c for c in map(chr, range(0xE0, 0x1EFA)) if c.islower())

# New-style tone placement ("hoà", "thuỷ") → the old style used in official
# names ("hòa", "thủy"), only where the syllable ends after the two vowels.
_TONE_MARKED = {"a": "àáảãạ", "e": "èéẻẽẹ", "y": "ỳýỷỹỵ"}
_TONE_BASE = {"o": "òóỏõọ", "u": "ùúủũụ"}
_NEW_STYLE = re.compile(r"(?<![qQ])([oOuU])([àáảãạèéẻẽẹỳýỷỹỵ])(?!\w)")


def _old_style(match: re.Match) -> str:
    first, second = match.group(1), match.group(2)
    for base, marked in _TONE_MARKED.items():
        if second in marked:
            tone = marked.index(second)
            lower = first.lower()
            if (lower == "o" and base in "ae") or (lower == "u" and base == "y"):
                toned = _TONE_BASE[lower][tone]
                return (toned.upper() if first.isupper() else toned) + base
    return match.group(0)


def fold_tones(text: str) -> str:
    return _NEW_STYLE.sub(_old_style, text)


# PDFs with a wrong character map print "Ư/ư" as "Ƣ/ƣ"; one character for
# one, so offsets do not move.
_CHARMAP_REPAIR = str.maketrans({"Ƣ": "Ư", "ƣ": "ư"})


def repair_charmap(text: str) -> str:
    if "Ƣ" not in text and "ƣ" not in text:
        return text  # the usual case; translate() looks up every character in Python
    return text.translate(_CHARMAP_REPAIR)


# OCR of Vietnamese confuses the marks of one vowel ("QUYÉT" for "QUYẾT", "CHÁP" for
# "CHẤP", "Sô" for "Số", "ngảy" for "ngày"): patterns meant to survive it match a form
# with every mark gone, one character for one, so a match's offsets index the original.
_OCR_FOLD = {"Đ": "D", "đ": "d", "Ð": "D", "⁄": "/"}


@lru_cache(maxsize=4096)
def _folded_char(char: str) -> str:
    if char in _OCR_FOLD:
        return _OCR_FOLD[char]
    base = unicodedata.normalize("NFD", char)[0]
    return base if base.isascii() else char


class _FoldTable(dict):
    """code point → its folded character for str.translate, filled as characters are met."""

    def __missing__(self, code: int) -> str:
        folded = self[code] = _folded_char(chr(code))
        return folded


_FOLD_TABLE = _FoldTable()


@lru_cache(maxsize=16)
def fold_marks(text: str) -> str:
    """The text without diacritics, one character for one: "QUYẾT ĐỊNH" → "QUYET DINH".
    (Cached: metadata rules fold the same document text several times.)"""
    if text.isascii():
        return text
    return text.translate(_FOLD_TABLE)


_DASHES = re.compile(r"\s*[–—-]\s*")
_MARKUP = re.compile(r"[*\\_`]+")


def clean(text: str) -> str:
    """NFC, markdown emphasis and escapes gone, dashes and whitespace single."""
    text = unicodedata.normalize("NFC", text)
    text = _MARKUP.sub(" ", text)
    text = _DASHES.sub(" - ", text)
    text = " ".join(text.split())
    return fold_tones(text).strip(" ,;:.")


def fold(text: str) -> str:
    """Key for comparing names: cleaned and case-folded."""
    return clean(text).casefold()


_COMMA = re.compile(r"\s*,\s*")


def fold_commas(text: str) -> str:
    """Key for names whose commas are optional ("Văn hóa, Thể thao và Du lịch" = "Văn hóa Thể thao và Du lịch")."""
    return _COMMA.sub(" ", fold(text))


# --------------------------------------------------------------------------- provinces


@lru_cache(maxsize=1)
def _province_index() -> dict[str, str]:
    data = gazetteer()
    index = {fold(name): name for name in (*data["province_merger"], *data["province_renamed"])}
    index.update({fold(alias): name for alias, name in data["province_aliases"].items()})
    # Also written without spaces ("ĐắkNông" in site titles) or without tone marks ("daknong").
    index.update({key.replace(" ", ""): name for key, name in list(index.items())})
    index.update({_bare(key): name for key, name in list(index.items())})
    return index


def _bare(text: str) -> str:
    """Letters without tone and vowel marks (đ kept): a key for names typed without diacritics."""
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "\0").replace("Đ", "\1"))
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return bare.replace("\0", "đ").replace("\1", "Đ")


_PROVINCE_LEVEL = re.compile(r"^(?:tỉnh|thành phố|tp\.?)\s+", re.IGNORECASE)


def province_name(text: str) -> Optional[str]:
    """The province a text names ("tỉnh Sóc Trăng", "TP.HCM", "Thừa Thiên Huế"), as a short name."""
    key = fold(_PROVINCE_LEVEL.sub("", clean(text)))
    index = _province_index()
    return index.get(key) or index.get(key.replace(" ", "")) or index.get(_bare(key).replace(" ", ""))


@lru_cache(maxsize=1)
def _district_index() -> dict[str, str]:
    with resources.files("extractors").joinpath("data/districts.yaml").open(encoding="utf-8") as handle:
        districts = yaml.safe_load(handle)["districts"]
    index = {fold(name): province for name, province in districts.items()}
    index.update({_bare(key).replace(" ", ""): province for key, province in list(index.items())})
    return index


def district_province(text: str) -> Optional[str]:
    """The province of a district named before the 2025 reform ("huyện Krông Nô" → Đắk Nông),
    when the name belongs to one province only."""
    key = fold(re.sub(r"^(?:huyện|quận|thị xã|thành phố|tp\.?)\s+", "", clean(text), flags=re.IGNORECASE))
    index = _district_index()
    return index.get(key) or index.get(_bare(key).replace(" ", ""))


def province_names() -> list[str]:
    """Every spelling of a province the gazetteer knows, longest first."""
    data = gazetteer()
    return sorted({*data["province_merger"], *data["province_renamed"], *data["province_aliases"]}, key=len, reverse=True)


def current_province(name: str) -> Optional[str]:
    """The province after the 2025 merger (e.g. Sóc Trăng → Cần Thơ, Đắk Nông → Lâm Đồng)."""
    province = province_name(name)
    if province is None:
        return None
    data = gazetteer()
    return data["province_merger"].get(data["province_renamed"].get(province, province))


# --------------------------------------------------------------------------- agencies


_OLD_STYLE = re.compile(r"(?<![qQ])([òóỏõọÒÓỎÕỌ][ae]|[ùúủũụÙÚỦŨỤ]y)(?!\w)")
_STRIP_TONE = str.maketrans("òóỏõọÒÓỎÕỌùúủũụÙÚỦŨỤ", "oooooOOOOOuuuuuUUUUU")
_TONE_INDEX = {c: i % 5 for i, c in enumerate("òóỏõọÒÓỎÕỌùúủũụÙÚỦŨỤ")}


def _new_style(match: re.Match) -> str:
    toned, second = match.group(1)[0], match.group(1)[1]
    marked = _TONE_MARKED["y" if second == "y" else second]
    return toned.translate(_STRIP_TONE) + marked[_TONE_INDEX[toned]]


def tone_variants(text: str) -> set[str]:
    """The text in both tone placements ("Văn hóa" and "Văn hoá")."""
    return {text, _OLD_STYLE.sub(_new_style, text)}


def spaced_regex(words: str) -> str:
    """Regex for a phrase written with any spacing, line breaks or markdown
    emphasis between its tokens ("Hội Liên hiệp**\\n\\n**Phụ nữ")."""
    tokens = re.findall(r"\w+|[^\w\s]", words)
    return r"[\s*]*".join(re.escape(t) for t in tokens) + r"(?!\w)"


@lru_cache(maxsize=1)
def field_aliases() -> dict[str, str]:
    """Folded spelling of a department field (or its abbreviation) → official field."""
    aliases = {}
    for field, abbreviations in gazetteer()["fields"].items():
        for spelling in (field, *abbreviations):
            aliases[fold(spelling)] = field
            aliases.setdefault(fold_commas(spelling), field)
        for spelling in _with_ampersands((field, *abbreviations)):
            aliases.setdefault(fold(spelling), field)
    return aliases


def _with_ampersands(spellings) -> set[str]:
    """The spellings, each with "&" for its "và" ("Sở Kế hoạch & Đầu tư", "Phòng Nông nghiệp & PTNT") and each
    abbreviation with "và" for its "&" ("Sở KH và ĐT", "Sở LĐ-TB và XH")."""
    return {
        *spellings,
        *(s.replace(" và ", " & ") for s in spellings if " và " in s),
        *(re.sub(r"\s*&\s*", " và ", s) for s in spellings if "&" in s),
    }


@lru_cache(maxsize=1)
def field_regex() -> str:
    """Alternation of every field and abbreviation, in both tone placements."""
    spellings = _with_ampersands(set(gazetteer()["fields"]) | {a for abbr in gazetteer()["fields"].values() for a in abbr})
    spellings |= {_COMMA.sub(" ", spelling) for spelling in spellings}  # commas are optional
    variants = {v for spelling in spellings for v in tone_variants(spelling)}
    return "|".join(spaced_regex(v) for v in sorted(variants, key=len, reverse=True))


_FIELD_NAME = None


def _field_name_regex() -> re.Pattern:
    global _FIELD_NAME
    if _FIELD_NAME is None:
        _FIELD_NAME = re.compile(rf"^(?P<head>Sở|Bộ)\s+(?P<field>(?i:{field_regex()}))(?P<rest>.*)$")
    return _FIELD_NAME


# The titles of the officials who head a body: "Giám đốc Sở …", "Chủ tịch Ủy ban nhân dân …" (longest first,
# so "Tổng Cục trưởng" is not read as "Cục trưởng"). An official given a task stands for the body.
OFFICIAL_TITLES = (
    "Giám đốc", "Thủ trưởng", "Chủ tịch", "Chánh", "Bộ trưởng", "Thứ trưởng",
    "Tổng cục trưởng", "Tổng Cục trưởng", "Tổng giám đốc", "Tổng Giám đốc", "Cục trưởng", "Vụ trưởng", "Trưởng",
    "Lãnh đạo", "Người đứng đầu",
    # The heads of bodies with titles of their own: the State Bank, the procuracy, the State Audit, a military
    # region or command, the Government Inspectorate, a school, a newspaper.
    "Thống đốc", "Viện trưởng", "Tổng Kiểm toán", "Tư lệnh", "Chỉ huy trưởng", "Tổng Thanh tra", "Hiệu trưởng",
    "Tổng Biên tập", "Tổng biên tập",
)


def official_titles_regex() -> str:
    """The titles as one alternation, any run of spaces between their words."""
    return "|".join(r"\s+".join(map(re.escape, title.split())) for title in OFFICIAL_TITLES)


_TITLE = re.compile(rf"^(?:{official_titles_regex()})\s+(?=(?:các\s+)?[A-ZĐÂĂÊÔƠƯÁÀẢÃẠỦÚ]|các\s)")
# Not "Văn hóa và Xã hội", nor the Party committee "Tỉnh ủy" ("Ban Thường vụ Tỉnh ủy").
_LEVEL_WORDS = re.compile(r"(?<=\s)(Tỉnh(?!\s+[uủ][ỷy])|Thành [Pp]hố|Xã(?! [Hh]ội)|Phường|Huyện|Cấp)(?=\s|$)")
_COMMUNE_LEVEL = re.compile(
    r"^Ủy ban nhân dân (?:các |cấp )?(?:xã|phường|đặc khu)(?:\s*(?:,|/|và)\s*(?:các )?(?:xã|phường|đặc khu))*$"
)
# The commune police, however the levels are listed ("Công an xã, phường", "lực lượng Công an cấp xã").
_COMMUNE_POLICE = re.compile(
    r"^(?:[Ll]ực lượng )?Công an (?:các |cấp )?(?:xã|phường|thị trấn|đặc khu)"
    r"(?:\s*(?:,|/|và)\s*(?:các )?(?:xã|phường|thị trấn|đặc khu))*$"
)
_PROVINCE_LEVEL_COMMITTEES = re.compile(r"^Ủy ban nhân dân các tỉnh(?:\s*,\s*thành phố)?(?: trực thuộc [Tt]rung ương)?$")
_DISTRICT_LEVEL = re.compile(
    r"^Ủy ban nhân dân (?:các |cấp )?(?:huyện|quận|thị xã)(?:\s*(?:,|và)\s*(?:các )?(?:huyện|quận|thị xã|thành phố))*$"
)
_LEVEL_PREFIX = re.compile(r"\s+(tỉnh|thành phố)$")
# A province or city named as the body a task goes to ("Tỉnh Cao Bằng: hoàn thành …"): the place is the
# whole name, so it keeps its province, unlike the bodies named after one ("Sở Y tế tỉnh Cao Bằng").
_BARE_PLACE = re.compile(r"^(Tỉnh|tỉnh|Thành [Pp]hố|thành phố)\s+(\S.*)$")
# A head word written twice ("Sở Sở Công thương", "Bộ Bộ Tài chính").
_DOUBLED_HEAD = re.compile(r"^(Sở|Bộ|Ban|Cục|Chi cục|Ủy ban|Văn phòng)\s+\1\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _abbreviation_regex() -> tuple[re.Pattern, dict[str, str]]:
    table = gazetteer()["abbreviations"]
    alternation = "|".join(re.escape(k) for k in sorted(table, key=len, reverse=True))
    # Not a piece of a longer abbreviation joined by "," or "&" ("Ủy ban KH,CN&MT": no "chi nhánh" in it).
    return re.compile(rf"(?<![\w&,])({alternation})(?![\w&])"), table


def expand_abbreviations(text: str) -> str:
    pattern, table = _abbreviation_regex()
    return pattern.sub(lambda m: table[m.group(1)], text)


# Bodies whose name is the province's ("Báo Lào Cai", "Đài Hà Nội").
_NAMED_AFTER_PROVINCE = {"Báo", "Đài"}
# Cities under central rule: a body of theirs is "… thành phố".
_CITIES = {"Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Huế"}


def province_level(province: str) -> str:
    """The level a province's bodies are named with when the text does not write it: "thành phố" for a city
    under central rule, else "tỉnh"."""
    return "thành phố" if province in _CITIES else "tỉnh"


def provincial_city(place: str) -> bool:
    """Whether "thành phố <place>" is a province's own city, named after it ("thành phố Hà Tĩnh" in tỉnh Hà Tĩnh),
    a district-level body's place, rather than a city under central rule (the province itself)."""
    province = province_name(place)
    return province is not None and province_level(province) == "tỉnh"


def _strip_province(name: str, drop_level: bool) -> str:
    """Drop a trailing province name ("… tỉnh Lào Cai" → "… tỉnh")."""
    folded = name.lower()
    for province in province_names():
        if not folded.endswith(province.lower()):
            continue  # (the pattern below ends on the province: most names end on none)
        pattern = rf"(?:\s+(?:tỉnh|thành phố))?\s+{re.escape(province)}$"
        match = re.search(pattern, name, re.IGNORECASE)
        if match:
            prefix = name[: match.start()].strip()
            level = re.match(r"\s+(tỉnh|thành phố)", match.group(0), re.IGNORECASE)
            if prefix in _NAMED_AFTER_PROVINCE or re.search(r"(?:^|\s)(?:xã|phường|đặc khu|thị trấn)$", prefix):
                # The province is the name itself ("Báo Lào Cai"), or a commune's named after a former
                # province ("UBND phường Yên Bái", "Ủy ban nhân dân xã Lào Cai").
                return name
            if level and level.group(1).lower() == "thành phố" and provincial_city(province):
                # "UBND thành phố Hà Tĩnh" is the committee of the province's city, not of the province.
                return name
            name = name[: match.start()]
            known = prefix in gazetteer()["heads"] or fold_commas(prefix) in _name_aliases()
            if (" " not in prefix or known) and not drop_level:
                # "Thuế Đồng Nai" → "Thuế tỉnh": a head alone needs its level, and so does a body
                # the gazetteer names ("Báo và Phát thanh, Truyền hình Đồng Nai" → "… tỉnh").
                written = level.group(1).lower() if level else province_level(province_name(province))
                return f"{name} {written}"
            if level and not drop_level:
                name += " " + level.group(1).lower()
            return name
    if drop_level:
        name = _LEVEL_PREFIX.sub("", name)
    return name


@lru_cache(maxsize=4096)
def canonical_name(name: str) -> str:
    """One spelling per body: "UBND tỉnh Lào Cai" → "Ủy ban nhân dân tỉnh",
    "Sở KH&CN" → "Sở Khoa học và Công nghệ", "Công an Tỉnh" → "Công an tỉnh"."""
    text = clean(name)
    text = re.sub(r"\s*\([^)]*\)", "", text).strip()
    if text.isupper() and " " in text and not all(word in _abbreviation_regex()[1] for word in text.split()):
        # "BỘ CÔNG AN": an all-capitals heading spelling (not abbreviations only: "BQL KKT", "UBND TP").
        text = text[0] + text[1:].lower()
    text = _DOUBLED_HEAD.sub(r"\1", text)  # "Sở Sở Công thương"
    text = _TITLE.sub("", text)
    place = _BARE_PLACE.match(text)
    if place and province_name(place.group(2)):
        return f"{place.group(1).capitalize()} {place.group(2)}"
    match = _field_name_regex().match(text)
    if match:
        field = field_aliases().get(fold(match.group("field"))) or field_aliases().get(fold_commas(match.group("field")))
        if field:
            rest = _strip_province(expand_abbreviations(match.group("rest")).rstrip(), drop_level=True)
            text = f"{match.group('head')} {field}{rest}"
            return text[0].upper() + text[1:]
    misspelt = _misspelt_field(text)
    if misspelt:
        return canonical_name(misspelt)
    text = expand_abbreviations(text)
    text = _LEVEL_WORDS.sub(lambda m: m.group(1).lower(), text)
    text = re.sub(r"^Ủy [Bb]an [Nn]hân [Dd]ân", "Ủy ban nhân dân", text)
    text = re.sub(r"^Tổng Cục(?= )", "Tổng cục", text)  # "Tổng Cục Quản lý ruộng đất", as older texts write it
    text = _strip_province(text, drop_level=False)
    if _COMMUNE_LEVEL.match(text):
        text = "Ủy ban nhân dân cấp xã"
    elif _COMMUNE_POLICE.match(text):
        text = "Công an cấp xã"
    elif _PROVINCE_LEVEL_COMMITTEES.match(text):
        text = "Ủy ban nhân dân cấp tỉnh"
    elif _DISTRICT_LEVEL.match(text):
        text = "Ủy ban nhân dân cấp huyện"
    text = " ".join(text.split())
    text = _LEVEL_WORDS.sub(lambda m: m.group(1).lower(), _name_aliases().get(fold_commas(text), text))
    return text[:1].upper() + text[1:]


_HEADED = re.compile(r"^(Sở|Bộ)\s+(.+)$")


def _one_edit_apart(a: str, b: str) -> bool:
    """Whether two strings differ by one letter replaced, added or dropped."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    short, long = sorted((a, b), key=len)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


def _misspelt_field(text: str) -> Optional[str]:
    """A department or ministry whose field is misspelt by one letter ("Sở Sây dựng", "Sở Tài chinh"),
    spelled right; only fields of two words or more, which no other word is one letter away from."""
    headed = _HEADED.match(text)
    if headed is None:
        return None
    words = headed.group(2).split()
    for field in gazetteer()["fields"]:
        size = len(field.split())
        if size >= 2 and len(words) >= size and len(field) >= 7:
            if _one_edit_apart(fold(" ".join(words[:size])), fold(field)):
                return " ".join([headed.group(1), field, *words[size:]])
    return None


@lru_cache(maxsize=1)
def _name_aliases() -> dict[str, str]:
    """Case- and comma-folded name → its gazetteer spelling ("Ban quản lý các khu công nghiệp tỉnh",
    "Đoàn TNCS Hồ Chí Minh tỉnh" → "Tỉnh đoàn")."""
    data = gazetteer()
    aliases: dict[str, str] = {}
    # Keyed without commas, which never tell two bodies apart: "Báo và Phát thanh Truyền hình"
    # is "Báo và Phát thanh, Truyền hình" (the first spelling listed).
    for name in data["names"]:
        for spelling in (name, f"{name} tỉnh", f"{name} thành phố"):
            aliases.setdefault(fold_commas(spelling), spelling)
    aliases.update({fold_commas(alias): name for alias, name in data["name_aliases"].items()})
    return aliases


@lru_cache(maxsize=4096)
def current_name(canonical: str) -> str:
    """The body that holds the canonical name's duties after the 2025 reorganisation."""
    data = gazetteer()
    match = _field_name_regex().match(canonical)
    if match:
        field = field_aliases().get(fold(match.group("field")))
        new_field = data["restructured_fields"].get(field)
        if new_field:
            return f"{match.group('head')} {new_field}{match.group('rest')}"
    return data["restructured_names"].get(canonical, canonical)
