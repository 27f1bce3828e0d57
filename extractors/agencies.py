"""Agencies named as responsible, with their role.

Three layers, all rules:

1. *Mentions* — names of bodies found by a gazetteer of department fields
   ("Sở" / "Bộ" + field or abbreviation), a list of multi-word names, and
   head words (Ủy ban nhân dân, Công an, Ban, Trung tâm, Ngân hàng …) followed
   by a title-case tail; collective references ("các sở, ban, ngành có liên
   quan") are mentions with ``generic=True``.
2. *Outline* — the document's numbered items (I., 1., 1.1., a), bullets,
   Điều N) with their section labels; the implementation part is the top-level
   item titled Tổ chức thực hiện / Trách nhiệm / Phân công, or Điều 2 and
   later of a decision.
3. *Assignments* — an item headed by an agency name and the sub-items under
   it; a sentence whose subject is an agency ("Sở Tài chính chủ trì …",
   "Giao Sở Y tế …", "Đề nghị …"); "Cơ quan chủ trì/phối hợp/thực hiện:"
   lines; the "… chịu trách nhiệm thi hành Quyết định này" list; partners
   named after "phối hợp với"; and assignment tables (task | chủ trì | phối
   hợp | thời gian), as ``schemas.Table`` rows or flattened into the text.

Names that only receive reports or copies (Nơi nhận, "báo cáo … về Sở X",
"gửi Sở X", "theo hướng dẫn của Sở X") are never given a role."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from re import _constants as re_constants
from re import _parser as re_parser
from typing import Iterator, Optional, Sequence

from extractors.canonical import (
    canonical_name,
    current_name,
    current_province,
    province_name,
    field_regex,
    gazetteer,
    repair_charmap,
    province_names,
    spaced_regex,
    tone_variants,
)

LEAD = "chủ trì"
PARTNER = "phối hợp"
IMPLEMENTER = "thực hiện"
EXECUTOR = "thi hành"


@dataclass(frozen=True)
class AgencyAnnotation:
    start: int
    end: int
    name: str
    canonical_name: str
    current_name: Optional[str]
    role: str
    generic: bool
    tasks: tuple[str, ...]
    clause_start: int
    clause_end: int
    section: Optional[str]
    table_index: Optional[int] = None
    table_row: Optional[int] = None


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    name: str
    generic: bool


# --------------------------------------------------------------------------- mentions

_UPPER = "A-ZĐÂĂÊÔƠƯÁÀẢÃẠẤẦẨẪẬẮẰẲẴẶÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ"
# Heads that name a body on their own ("tham mưu Ủy ban nhân dân").
_COMPLETE_HEADS = {
    "Ủy ban nhân dân", "Uỷ ban nhân dân", "UBND", "Hội đồng nhân dân", "HĐND", "BHXH",
    "Tỉnh đoàn", "Tỉnh Đoàn", "Thành đoàn", "Thành Đoàn",
}
# Lower-case words that may sit inside a name after its head.
_LEVEL_WORDS = {
    "tỉnh", "thành", "phố", "huyện", "xã", "phường", "thị", "trấn", "quận", "khu", "vực", "chi",
    "nhánh", "trung", "ương", "ngành", "các", "cấp", "nhà", "nước", "đặc", "ủy", "uỷ", "tp",
}
# Lower-case words that end a name: verbs and prepositions that follow a subject.
_STOP_WORDS = {
    "có", "chủ", "phối", "thực", "tham", "theo", "căn", "để", "trong", "tổ", "triển", "hướng", "chỉ",
    "chịu", "tiếp", "nghiên", "xây", "rà", "báo", "giám", "cùng", "được", "là", "đã", "sẽ", "về", "với",
    "tại", "gửi", "nhằm", "đảm", "kiểm", "đôn", "thẩm", "lập", "cung", "hỗ", "phân", "tăng",
    "đề", "ứng", "trình", "và", "hoặc", "của", "quản", "cho", "đến", "từ", "khi", "nếu", "làm",
    "đang", "vẫn", "cũng", "đồng", "thường", "định", "tuyên", "nâng", "chuẩn", "bố", "tập",
    "hằng", "hàng", "trước", "sau", "bằng", "ký", "cử", "đánh", "lựa", "tích",
    "hoàn", "thiết", "giải", "cập", "khảo", "phổ", "đẩy", "thúc", "sử", "áp", "xử", "tổng", "nắm", "bảo",
}
# Words a collective reference is made of ("các sở, ban, ngành, đoàn thể có liên quan").
_COLLECTIVE_WORDS = {
    "sở", "bộ", "ban", "ngành", "đoàn", "thể", "đơn", "vị", "cơ", "quan", "địa", "phương", "tổ", "chức",
    "xã", "phường", "huyện", "hội", "doanh", "nghiệp", "liên", "có", "các", "cấp", "tỉnh", "thành", "phố",
    "trực", "thuộc", "chuyên", "môn", "ngân", "hàng", "thương", "mại", "cá", "nhân", "chính", "trị", "xã",
    "hội", "trung", "ương", "đặc", "khu", "thị", "trấn", "quận", "nhà", "nước",
    "mặt", "trận", "đầu", "tư", "chủ", "đại", "diện", "lãnh", "đạo", "thủ", "trưởng", "giám", "đốc", "dân", "viên",
}
# Two-word collective nouns whose first word alone would be a verb ("báo cáo").
_COLLECTIVE_PAIRS = {"thông": "tấn", "báo": "chí", "truyền": "thông", "hiệp": "hội"}
# Company names hold ordinary words ("Đầu tư phát triển công nghiệp"): stop only at duty verbs.
_COMPANY_STOP_WORDS = {
    "có", "chịu", "chủ", "phối", "thực", "tham", "được", "là", "đã", "sẽ", "theo", "để", "tại", "về", "với",
    "cho", "đề", "nộp", "gửi", "báo", "và", "của", "trong", "khi", "nếu", "cam", "thông", "đăng",
}
# "thông" ends a name as a verb ("thông báo", "thông qua"), not in "Truyền thông".
_VERB_THONG = re.compile(r"\s+(?:báo|qua|tin\s+cho|suốt)\b")
# Heads of central bodies whose names run on in lower case ("Cục Kiểm soát ô nhiễm môi trường").
_LONG_TAIL_HEADS = {"Cục", "Tổng cục", "Vụ", "Viện", "Học viện", "Trung tâm", "Tạp chí", "Chi cục"}
# Heads that name a body only with a level after them ("Thuế tỉnh", not "Thuế GTGT").
_LEVEL_HEADS = {"Thuế", "Hải quan"}
_LEVEL_NEXT = re.compile(r"\s+(?:tỉnh|thành\s+phố|Tỉnh|Thành\s+phố|cơ\s+sở|khu\s+vực)\b")
_PROVINCE_ALT = None
_MENTION = None
_QUALIFIER = None
_FIELD = None
_TOKEN = re.compile(r"(\s*)([\w&'’]+(?:[.&][\w]+)*|[-–—]|[^\w\s])")
_ROMAN = re.compile(r"^[IVXLC]+$")
# A line opening with a list marker ("- Chủ trì …", "a) Chỉ đạo …", "2. Sở …") starts a new
# item: PDF text has no blank line there, so a name must not run across it.
_LIST_MARKER_LINE = re.compile(r"[-–—+•]\s|[a-zđ]\)\s|\d{1,2}(?:\.\d{1,2})*[.)]\s|[IVX]{1,5}\.\s")


def _opening_lookahead(pattern: str) -> str:
    """``(?=[…])`` over the characters a match of ``pattern`` can start with ("" when
    the pattern does not tell). The engine tries the mention pattern, hundreds of
    names long, at every position of a text; the lookahead turns almost all of them
    down on their first character."""
    parsed = re_parser.parse(pattern)
    chars, nullable = _opening_chars(list(parsed), parsed.state.flags)
    if chars is None or nullable:
        return ""
    return "(?=[" + "".join(re.escape(c) for c in sorted(chars)) + "])"


def _opening_chars(items: list, flags: int) -> tuple[Optional[set], bool]:
    """(characters a match of the parsed items can start with, whether it can be
    empty); None for anything not read here (case-insensitive letters, classes …)."""
    chars: set = set()
    for op, arg in items:
        if op in (re_constants.LITERAL, re_constants.IN) and flags & re.IGNORECASE:
            return None, False
        if op is re_constants.LITERAL:
            return chars | {chr(arg)}, False
        if op is re_constants.IN:
            for kind, value in arg:
                if kind is re_constants.LITERAL:
                    chars.add(chr(value))
                elif kind is re_constants.RANGE:
                    chars.update(map(chr, range(value[0], value[1] + 1)))
                else:
                    return None, False
            return chars, False
        if op is re_constants.BRANCH:
            branches = [_opening_chars(list(branch), flags) for branch in arg[1]]
            nullable = False
        elif op is re_constants.SUBPATTERN:
            _, add_flags, del_flags, sub = arg
            branches = [_opening_chars(list(sub), (flags | add_flags) & ~del_flags)]
            nullable = False
        elif op in (re_constants.MAX_REPEAT, re_constants.MIN_REPEAT):
            low, _, sub = arg
            branches = [_opening_chars(list(sub), flags)]
            nullable = low == 0
        elif op is re_constants.ASSERT_NOT or op is re_constants.ASSERT and arg[0] < 0:
            continue  # a negative assertion or a lookbehind consumes nothing
        else:
            return None, False
        if any(found is None for found, _ in branches):
            return None, False
        for found, empty in branches:
            chars |= found
            nullable = nullable or empty
        if not nullable:
            return chars, False
    return chars, True


def _compile_mentions() -> None:
    global _MENTION, _QUALIFIER, _PROVINCE_ALT, _FIELD
    names = gazetteer()["names"]
    spellings = {v for name in names for v in tone_variants(name)}
    spellings |= {re.sub(r"\b(tỉnh|thành phố)$", lambda m: m.group(1).capitalize(), v) for v in spellings}
    name_alt = "|".join(spaced_regex(v) for v in sorted(spellings, key=len, reverse=True))
    commune = (
        r"(?:Ủy\s+ban\s+nhân\s+dân|Uỷ\s+ban\s+nhân\s+dân|UBND)\s+(?:(?:các\s+|cấp\s+)?(?:xã|phường|huyện|quận|thị\s+xã)"
        r"(?:\s*(?:,|/|và)\s*(?:các\s+)?(?:xã|phường|thị\s+trấn|đặc\s+khu|thị\s+xã|thành\s+phố|quận|huyện)(?!\s+[" + _UPPER + r"]))*"
        # "UBND các tỉnh, thành phố trực thuộc Trung ương": every provincial committee.
        r"|các\s+tỉnh(?:\s*,\s*thành\s+phố)?(?:\s+trực\s+thuộc\s+[Tt]rung\s+ương)?)"
    )
    heads = "|".join(re.escape(h).replace(r"\ ", r"\s+") for h in sorted(gazetteer()["heads"], key=len, reverse=True))
    collective = (
        r"(?:[Ss]ở|[Bb]ộ)\s*,\s*(?=(?:ban|ngành)\b)"  # "Sở, ban, ngành liên quan" without "các"
        r"|(?:(?:Giám\s+đốc|Thủ\s+trưởng|Chủ\s+tịch|Lãnh\s+đạo)\s+)?[Cc]ác\s+(?:[Ss]ở|[Bb]ộ|ban|[Cc]ơ\s+quan|đơn\s+vị|"
        r"ngành|địa\s+phương|tổ\s+chức|[Dd]oanh\s+nghiệp|[Nn]gân\s+hàng|hội|đoàn\s+thể|chủ\s+đầu\s+tư|"
        r"[Ủủ]y\s+ban\s+nhân\s+dân|UBND|huyện|xã|phường)(?!\w)"
    )
    _PROVINCE_ALT = "|".join(
        spaced_regex(variant) for name in province_names() for variant in tone_variants(name)
    )
    fields = rf"(?i:{field_regex()})"
    departments = rf"(?:(?:Giám\s+đốc|Thủ\s+trưởng|Bộ\s+trưởng)\s+)?(?:[Cc]ác\s+)?(?:Sở|Bộ|sở|bộ)\s*:\s*{fields}(?:\s*(?:,|;|và)\s*{fields})+"
    mention = (
        rf"(?<![\w])(?:(?P<departments>{departments})|(?P<commune>{commune})|(?P<name>{name_alt})|(?P<field>(?:Sở|Bộ)\s+{fields})"
        rf"|(?P<collective>{collective})|(?P<head>{heads})(?!\w))"
    )
    _MENTION = re.compile(_opening_lookahead(mention) + mention)
    _FIELD = re.compile(rf"(?<!\w){fields}")
    _QUALIFIER = re.compile(
        rf"(?:\s+(?:tỉnh|thành\s+phố|Tỉnh|Thành\s+phố|TP\.?)(?:\s+(?:{_PROVINCE_ALT}))?|\s+(?:{_PROVINCE_ALT}))"
    )


def _scan_tail(
    text: str, pos: int, generic: bool, limit: int = 12, company: bool = False, long_tail: bool = False
) -> int:
    """End of a name whose head ends at ``pos``: title-case words, level words,
    numbers after "khu vực", dashes between words; stops at verbs, punctuation,
    a blank line, and "và" + another body."""
    end = pos
    lowercase_run = 0
    count = 0
    after_level = False
    while count < limit:
        match = _TOKEN.match(text, end)
        if not match:
            break
        space, token = match.group(1), match.group(2)
        if space.count("\n") >= 2 or ("\n" in space and _LIST_MARKER_LINE.match(text, match.start(2))):
            break
        lower = token.lower()
        if token in "-–—":
            after = _TOKEN.match(text, match.end())
            joined = after and (after.group(2)[:1].isupper() or (generic and after.group(2) in _COLLECTIVE_WORDS))
            if joined and "\n\n" not in after.group(1):
                end = match.end()  # "Dân số - Xã hội", "chính trị - xã hội"
                continue
            break
        if token == "," and generic:
            after = _TOKEN.match(text, match.end())
            paired = after and re.match(rf"\s+{_COLLECTIVE_PAIRS.get(after.group(2), '$^')}\b", text[after.end() :])
            if after and (after.group(2) in _COLLECTIVE_WORDS or paired) and "\n\n" not in after.group(1):
                end = match.end()
                continue
            break
        if not (token[0].isalnum()):
            break
        if token.isdigit() or _ROMAN.match(token):
            if text[max(pos, end - 8) : end].rstrip().lower().endswith(("vực", "số")):
                end = match.end()
                count += 1
                continue
            break
        if lower == "và":
            after = _TOKEN.match(text, match.end())
            if (
                not generic
                and after
                and after.group(2)[:1].isupper()
                and not _MENTION.match(text, after.start(2))
            ):
                end = match.end()
                lowercase_run = 0
                continue
            if (
                long_tail
                and lowercase_run
                and after
                and after.group(2).islower()
                and after.group(2) not in _STOP_WORDS | _LEVEL_WORDS
                and "\n\n" not in after.group(1)
            ):
                end = match.end()  # "Trung tâm Truyền thông tài nguyên và môi trường"
                continue
            if generic and after and after.group(2) == "các":
                end = match.end()
                continue
            break
        if lower == "có" and generic:
            after = _TOKEN.match(text, match.end())
            if after and after.group(2) == "liên":
                end = match.end()
                continue
            break
        if generic:
            pair = _COLLECTIVE_PAIRS.get(lower)
            if pair and re.match(rf"\s+{pair}\b", text[match.end() :]):
                end = match.end() + len(re.match(rf"\s+{pair}", text[match.end() :]).group(0))
                count += 1
                continue  # "các cơ quan thông tấn, báo chí"
            if lower not in _COLLECTIVE_WORDS or (token[:1].isupper() and lower not in ("thành", "phố", "tỉnh")):
                break
            if lower == "tổ" and not re.search(r"(?:,|và|các)\s*$", text[pos:match.start(2)]):
                break  # "các bộ, ngành tổ chức …": the verb, not "các cơ quan, tổ chức"
            if lower == "chủ" and not re.match(r"\s+đầu\b", text[match.end() :]):
                break  # "chủ đầu tư", not "… thành viên chủ động"
            if lower == "ban" and re.match(r"\s+hành\b", text[match.end() :]):
                break  # "… cơ quan liên quan ban hành hướng dẫn": the verb
            end = match.end()
            count += 1
            continue
        if token.islower() and lower in (_COMPANY_STOP_WORDS if company else _STOP_WORDS):
            break
        if lower == "thông" and _VERB_THONG.match(text, match.end()):
            break
        if after_level and token.islower() and lower not in _LEVEL_WORDS:
            break  # "UBND tỉnh công nhận …": after "tỉnh" only a place name may follow
        after_level = token.islower() and lower in ("tỉnh", "phố", "xã", "phường", "huyện", "quận")
        if token[:1].isupper():
            lowercase_run = 0
        elif lower in _LEVEL_WORDS or generic:
            lowercase_run = 0 if lower in _LEVEL_WORDS else lowercase_run + 1
        else:
            lowercase_run += 1
            if lowercase_run > (7 if long_tail else 6 if company else 3) or count == 0:
                break
        end = match.end()
        count += 1
    return end


# "Sở này", "Ban này": the body of that kind named last.
_ANAPHORA = re.compile(r"[\s*]+này(?!\w)")


# "Hội đồng Thi đua – Khen thưởng ngành Y tế thành phố (gọi tắt là Hội đồng thi đua)".
_SHORT_FORM = re.compile(r"[\s*]*\((?:sau\s+đây\s+)?(?:gọi\s+tắt\s+là|viết\s+tắt\s+là)\s+([^()]{3,60}?)[\s*]*\)")


def iter_mentions(text: str) -> Iterator[Mention]:
    """Every name of a body in the text, responsible or not; a short form the
    text defines for a body ("(gọi tắt là Hội đồng thi đua)") names it again."""
    mentions = list(_scan_mentions(text))
    short_forms = {}
    for mention in mentions if "tắt là" in text else ():
        defined = _SHORT_FORM.match(text, mention.end)
        if defined and not mention.generic and defined.group(1)[:1].isupper():
            short_forms[" ".join(defined.group(1).split())] = (mention.name, defined.end())
    if not short_forms:
        yield from mentions
        return
    taken = _Spans([(m.start, m.end) for m in mentions])
    for short, (name, defined_at) in short_forms.items():
        for match in re.finditer(spaced_regex(short), text[defined_at:]):
            start, end = defined_at + match.start(), defined_at + match.end()
            if start not in taken and (start == 0 or not text[start - 1].isalnum()):
                mentions.append(Mention(start, end, name, False))
    yield from sorted(mentions, key=lambda m: m.start)


def _scan_mentions(text: str) -> Iterator[Mention]:
    if _MENTION is None:
        _compile_mentions()
    pos = 0
    named: list[Mention] = []
    while True:
        match = _MENTION.search(text, pos)
        if not match:
            return
        start, end = match.span()
        kind = match.lastgroup
        if kind == "departments":
            # "Giám đốc các Sở: Nội vụ, Tư pháp, Tài chính" names three departments.
            head = "Bộ" if re.search(r"[Bb]ộ\s*:", match.group(0)) else "Sở"
            colon = match.group(0).index(":") + 1
            for field_match in _FIELD.finditer(text, start + colon, end):
                yield Mention(field_match.start(), field_match.end(), f"{head} {' '.join(field_match.group(0).split())}", False)
            pos = end
            continue
        if kind == "field":
            qualifier = _QUALIFIER.match(text, end)
            if qualifier and "\n\n" not in qualifier.group(0):
                end = qualifier.end()
        elif kind == "collective":
            end = _scan_tail(text, end, generic=True, limit=16)
            if text[start:end].endswith("thuộc"):
                # "các đơn vị có liên quan thuộc Bộ TN&MT": the body they belong to is part of the reference.
                owner = next(_scan_mentions(text[end : end + 200]), None)
                if owner is not None and not text[end : end + owner.start].strip():
                    end += owner.end
        elif kind in ("name", "commune"):
            end = _scan_tail(text, end, generic=False)
        else:
            head = " ".join(match.group("head").split())
            anaphora = _ANAPHORA.match(text, end)
            if anaphora:
                antecedent = next((m for m in reversed(named) if m.name.split()[0] == head.split()[0]), None)
                if antecedent is not None:
                    yield Mention(start, anaphora.end(), antecedent.name, False)
                pos = anaphora.end()
                continue
            company = head in ("Công ty", "Tổng công ty", "Tập đoàn")
            tail_end = _scan_tail(
                text, end, generic=False, limit=16 if company else 12, company=company, long_tail=head in _LONG_TAIL_HEADS
            )
            if head in _LEVEL_HEADS and not _LEVEL_NEXT.match(text, end):
                pos = end
                continue
            if tail_end == end and head not in _COMPLETE_HEADS:
                pos = end
                continue
            end = tail_end
        name = " ".join(text[start:end].replace("*", " ").split())
        mention = Mention(start, end, name, kind == "collective")
        if not mention.generic:
            named.append(mention)
        yield mention
        pos = end


# --------------------------------------------------------------------------- outline

_MARKER = re.compile(
    r"^[ \t|>]*(?:\*{1,2}|_)?\s*"
    r"(?:(?P<dieu>Điều\s+\d+)\s*[.:]?"
    r"|(?P<roman>[IVX]{1,5})\s*[.:]"
    r"|(?P<multi>\d{1,2}(?:\.\d{1,2})+)\.?(?=[\s*])"
    r"|(?P<arabic>\d{1,2})\s*[.)](?!\d)"
    r"|(?P<letter>[a-zđ])\s*\)"
    r"|(?P<bullet>[-+•–]))",
    re.MULTILINE,
)
_DECISION_HEADING = re.compile(r"^[\s*#|]*QUYẾT\s+ĐỊNH[\s*]*$", re.MULTILINE)
_ANNEX = re.compile(r"^[\s*#|]*PHỤ\s+LỤC\b", re.MULTILINE)
_LEVELS = {"dieu": 1, "roman": 1, "multi": 3, "arabic": 2, "letter": 4, "bullet": 5}
_BLANK = re.compile(r"\n[ \t|*]*\n")
_IMPLEMENTATION_TITLE = re.compile(
    r"tổ\s+chức\s+thực\s+hiện|trách\s+nhiệm|phân\s+công|điều\s+khoản\s+thi\s+hành", re.IGNORECASE
)
# A directive's items are its assignments: "Chủ tịch UBND tỉnh có ý kiến chỉ đạo như sau:",
# "Thủ tướng Chính phủ yêu cầu Bộ trưởng các Bộ, … hoàn thành ngay một số nhiệm vụ như sau:".
_AS_FOLLOWS = re.compile(r"\s+như\s+sau\s*:")
_AS_FOLLOWS_WORDS = re.compile(r"như\s+sau\s*:")  # a literal opening the engine finds fast


def _as_follows(text: str) -> Iterator[tuple[int, int]]:
    """The spans of ``_AS_FOLLOWS.finditer(text)``, found from their words: the
    pattern opening on whitespace was tried at every whitespace of the text."""
    for match in _AS_FOLLOWS_WORDS.finditer(text):
        start = match.start()
        while start > 0 and text[start - 1].isspace():
            start -= 1
        if start < match.start():
            yield start, match.end()
_DIRECTIVE_CUE = re.compile(r"(?:chỉ\s+đạo|yêu\s+cầu|đề\s+nghị|giao\s+nhiệm\s+vụ)\s+", re.IGNORECASE)


@lru_cache(maxsize=4)
def _directive_end(text: str) -> Optional[int]:
    """Where the items of a directive start: after its "… như sau:" when the
    cue before it is an opinion ("ý kiến chỉ đạo") or is followed by the bodies it addresses."""
    if _MENTION is None:
        _compile_mentions()
    for closing_start, closing_end in _as_follows(text):
        sentence_start = max(text.rfind(".", 0, closing_start), text.rfind(";", 0, closing_start), closing_start - 250)
        cues = list(_DIRECTIVE_CUE.finditer(text, sentence_start + 1, closing_end))
        if not cues:
            continue
        cue = cues[-1]
        opinion = re.search(r"ý\s+kiến\s*$", text[max(0, cue.start() - 12) : cue.start()])
        addressee = _TITLE_GAP.match(text, cue.end())
        if opinion or _ADDRESSEE.match(text, cue.end()) or _MENTION.match(text, addressee.end()):
            return closing_end
    return None


# The officials or bodies a directive opens on: "yêu cầu Bộ trưởng, Thủ trưởng cơ quan ngang bộ, …".
_ADDRESSEE = re.compile(
    r"\s*(?:(?:Bộ|Thứ|Thủ|Cục|Vụ)\s+trưởng|Chủ\s+tịch|Giám\s+đốc|[Cc]ác\s+(?:[Ss]ở|[Bb]ộ|cơ\s+quan|đơn\s+vị|địa\s+phương))(?!\w)"
)


@dataclass
class Unit:
    """A list item or paragraph: its span, outline level and section label."""

    start: int
    end: int
    body_start: int
    level: Optional[int]
    label: Optional[str]
    section: Optional[str]
    implementation: bool


@lru_cache(maxsize=4)
def _outline(text: str) -> tuple[tuple, tuple, bool, tuple, int | None]:
    """What ``_units`` reads of a text whatever the names: its list markers (as
    boundaries), its paragraph breaks (start, end), whether it is a decision, where
    its annexes start and where a directive's items start. Agencies and tasks
    both ask for the units of the same text: it is scanned once."""
    markers = []
    for match in _MARKER.finditer(text):
        kind = match.lastgroup
        label = match.group(kind).split()[-1] if kind != "bullet" else None
        if kind == "dieu":
            label = "Điều " + label
        markers.append((match.start(), match.end(), _LEVELS[kind], label))
    blanks = tuple((match.start(), match.end()) for match in _BLANK.finditer(text))
    # A decision: its "QUYẾT ĐỊNH:" line, or (when a converted page dropped it) its heading.
    decision = re.search(r"QUYẾT\s+ĐỊNH\s*:", text) is not None or _DECISION_HEADING.search(text, 0, 6000) is not None
    annexes = tuple(m.start() for m in _ANNEX.finditer(text))
    return tuple(markers), blanks, decision, annexes, _directive_end(text)


def _units(text: str, names: Sequence[Mention] = ()) -> list[Unit]:
    markers, blanks, decision, annexes, directive = _outline(text)
    boundaries: list[tuple[int, int, Optional[int], Optional[str]]] = list(markers)
    # A paragraph break inside a name ("Hội Liên hiệp**\n\n**Phụ nữ") does not end the item.
    inside_names = _Spans([(m.start, m.end) for m in names])
    for blank_start, blank_end in blanks:
        if blank_start not in inside_names:
            boundaries.append((blank_end, blank_end, None, None))
    boundaries.sort(key=lambda b: (b[0], b[2] is None))
    merged: list[tuple[int, int, Optional[int], Optional[str]]] = []
    for boundary in boundaries:
        # A paragraph break where a list marker already starts a unit adds nothing.
        if merged and boundary[2] is None and boundary[0] <= merged[-1][1]:
            continue
        merged.append(boundary)
    units: list[Unit] = []
    path: dict[int, str] = {}
    implementation = False
    annexes = list(annexes)
    annexes_passed = False
    section: Optional[str] = None  # of the path, rebuilt only when the path changes
    for index, (start, body_start, level, label) in enumerate(merged):
        end = merged[index + 1][0] if index + 1 < len(merged) else len(text)
        directed = directive is not None and start >= directive and not annexes_passed
        implementation = implementation or directed
        if annexes and annexes[0] <= start:
            # An annex starts a new outline outside the implementation part.
            annexes.pop(0)
            path.clear()
            section = None
            implementation = False
            annexes_passed, directed = True, False
        if level is not None and label is not None:
            for deeper in [k for k in path if k >= level]:
                del path[deeper]
            path[level] = label
            if level == 1:
                title = text[body_start : min(end, body_start + 120)]
                implementation = directed or bool(_IMPLEMENTATION_TITLE.search(title)) or (
                    decision and label.startswith("Điều") and int(label.split()[1]) >= 2
                )
            labels = [path[k] for k in sorted(path)]
            if 2 in path and 3 in path and path[3].startswith(path[2] + "."):
                labels.remove(path[2])  # "3" then "3.1" → "3.1"
            section = ".".join(labels) or None
        units.append(Unit(start, end, body_start, level, label, section, implementation))
    return units


# --------------------------------------------------------------------------- assignments

_FOLD_SPACE = re.compile(r"\s+")
_LEAD_OPENING = re.compile(
    r"^(?:là\s+(?:cơ\s+quan|đơn\s+vị)(?:\s+đầu\s+mối|\s+thường\s+trực)?,?\s*)?chủ\s+trì\b", re.IGNORECASE
)
_PARTNER_OPENING = re.compile(
    r"^(?:(?:tham\s+gia|chủ\s+động|cùng|tích\s+cực)\s+)?(?:phối\s+hợp|hợp\s+tác)\b", re.IGNORECASE
)
_DUTY_WORDS = r"(?:chủ\s+trì|phối\s+hợp|có\s+trách|chịu\s+trách|tham\s+mưu|thực\s+hiện|tổ\s+chức|triển\s+khai|hướng\s+dẫn)\b"
# An aside between subject and duty: "theo chức năng, nhiệm vụ được giao,",
# "trên cơ sở đề xuất của các cơ quan, đơn vị,".
_ASIDE = re.compile(
    r"^(?:theo|căn\s+cứ|trên\s+cơ\s+sở|trong\s+phạm\s+vi)\b(?:[^.;:]*,\s*(?=" + _DUTY_WORDS + r")"
    r"|\s+chức\s+năng,?\s*nhiệm\s+vụ(?:,\s*quyền\s+hạn)?(?:\s+(?:được\s+giao|của\s+(?:đơn\s+vị|mình|ngành)))?,?\s*"
    r"|[^.;:]*?,\s*)",
    re.IGNORECASE,
)
_DUTY_VERB = re.compile(r"^(?:có|chịu)\s+trách\s+nhiệm|^được\s+giao|^(?:là\s+)?(?:cơ\s+quan|đơn\s+vị)\s+(?:đầu\s+mối|thường\s+trực)", re.IGNORECASE)
_LABEL_LINE = re.compile(
    r"(?:Cơ\s+quan|Đơn\s+vị)\s+(chủ\s+trì|phối\s+hợp|thực\s+hiện)(?:\s+(?:thực\s+hiện|chính))*\s*(?:\*{1,2})?\s*:", re.IGNORECASE
)
_EXECUTION = re.compile(r"(?:chịu|có)\s+trách\s+nhiệm\s+thi\s+hành", re.IGNORECASE)
_PARTNER_CUE = re.compile(r"phối\s+hợp(?:\s+chặt\s+chẽ)?(?:\s+với)?\s*$", re.IGNORECASE)
_RECEIVER_CUE = re.compile(
    r"(?:\bvề|\bgửi|\bcho|\bqua|\btrình|\bcủa|\btham\s+mưu|\bbáo\s+cáo|\bgiúp|\bđến|\btới)\s*(?:\(|\s)*$", re.IGNORECASE
)
_SENTENCE_END = re.compile(r"(?<=[.;!?])\s+(?=[" + _UPPER + r"\d-])|;\s*|\n\s*[-+•]\s+|\n(?=\s*\(\d{1,2}\)\s)")
_NOT_AGENCY = re.compile(r"^(?:Ban\s+hành|Bộ\s+luật|Hội\s+nghị|Báo\s+cáo)", re.IGNORECASE)
# The bodies that issue provincial and national plans: never their own assignees.
_ISSUERS = frozenset({"Ủy ban nhân dân", "Ủy ban nhân dân tỉnh", "Ủy ban nhân dân thành phố", "Chính phủ", "Thủ tướng Chính phủ"})
_COUNCIL_ISSUERS = frozenset({"Hội đồng nhân dân", "Hội đồng nhân dân tỉnh", "Hội đồng nhân dân thành phố"})
_COUNCIL_LETTERHEAD = re.compile(r"HỘI[\s*]+ĐỒNG[\s*]+NHÂN[\s*]+DÂN")
_COMMITTEE_LETTERHEAD = re.compile(r"[ỦU][YỶ]?[\s*]*BAN[\s*]+NHÂN[\s*]+DÂN")
_DOCUMENT_HEADING = re.compile(r"^[\s*#|]*(?:NGHỊ\s+QUYẾT|KẾ\s+HOẠCH|QUYẾT\s+ĐỊNH|CHƯƠNG\s+TRÌNH)\b", re.MULTILINE)


# A ministry or department heading the letterhead ("BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG", "SỞ Y TẾ").
_BODY_LETTERHEAD = re.compile(
    r"(?:^|\|)[\s*#]*(BỘ|SỞ|CỤC|TỔNG\s+CỤC)\s+([A-ZĐÀ-Ỹ][A-ZĐÀ-Ỹ ,&-]*?)[\s*]*(?=-{3,}|\||\n|CỘNG\s+H)", re.MULTILINE
)


def _issuers(text: str) -> frozenset:
    """The bodies the document is issued by, from its letterhead: a council's
    resolution assigns the people's committee, which is then an assignee; a
    ministry's or department's plan does not assign the ministry itself."""
    heading = _DOCUMENT_HEADING.search(text, 0, 4000)
    letterhead = text[: heading.start()] if heading else ""
    if _COUNCIL_LETTERHEAD.search(letterhead) and not _COMMITTEE_LETTERHEAD.search(letterhead):
        return _COUNCIL_ISSUERS | {"Chính phủ", "Thủ tướng Chính phủ"}
    body = _BODY_LETTERHEAD.search(letterhead)
    if body and not _COMMITTEE_LETTERHEAD.search(letterhead):
        name = f"{body.group(1).capitalize()} {' '.join(body.group(2).lower().split())}"
        return _ISSUERS | {canonical_name(name)}
    return _ISSUERS
_LEGAL_BASIS = re.compile(r"^\W*(?:Căn\s+cứ|Xét|Theo\s+đề\s+nghị)\b")
_CLOSING = re.compile(r"^\W*(?:Trên\s+đây|Nơi\s+nhận|TM\.|KT\.)", re.IGNORECASE)
_RECIPIENTS = re.compile(r"Nơi\s+nhận\s*:?", re.IGNORECASE)
_RECIPIENTS_END = re.compile(r"\n[\s|*-]*Lưu\s*:?[^\n]*", re.IGNORECASE)


def _role_of(phrase: str, requested: bool) -> Optional[str]:
    """Role stated by the words that open an assignment."""
    phrase = _ASIDE.sub("", phrase.lstrip(" ,:-–*\n"))
    phrase = _ASIDE.sub("", phrase)
    if _LEAD_OPENING.match(phrase):
        return LEAD
    if _PARTNER_OPENING.match(phrase):
        return PARTNER
    return PARTNER if requested else IMPLEMENTER


def _excluded_spans(text: str) -> list[tuple[int, int]]:
    spans = []
    for match in _RECIPIENTS.finditer(text):
        end_match = _RECIPIENTS_END.search(text, match.end(), match.end() + 2500)
        spans.append((match.start(), end_match.end() if end_match else min(len(text), match.end() + 1200)))
    return spans


class _Spans:
    """Sorted, merged spans for fast "is this offset inside one of them"."""

    def __init__(self, spans: Sequence[tuple[int, int]]):
        merged: list[list[int]] = []
        for start, end in sorted(spans):
            if merged and start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        self.starts = [span[0] for span in merged]
        self.ends = [span[1] for span in merged]

    def __contains__(self, offset: int) -> bool:
        index = bisect_right(self.starts, offset) - 1
        return index >= 0 and offset < self.ends[index]


def _task_phrase(text: str, start: int, end: int, limit: int = 220) -> str:
    phrase = _FOLD_SPACE.sub(" ", text[start:end]).strip(" *|:-–;.,\n")
    phrase = phrase.replace("**", "").replace("*", "")
    if len(phrase) > limit:
        phrase = phrase[:limit].rsplit(" ", 1)[0] + " …"
    return phrase


@dataclass
class Collector:
    """Gathers (mention, role) pairs with their tasks and clause spans."""

    found: dict = field(default_factory=dict)
    # One entry per assignment (a clause, an item with "Cơ quan …" lines, a table row).
    groups: dict = field(default_factory=dict)
    issuers: frozenset = _ISSUERS

    def add(
        self,
        mention: Mention,
        role: str,
        task: Optional[str],
        clause: tuple[int, int],
        section: Optional[str],
        table: tuple[Optional[int], Optional[int]] = (None, None),
        group_start: Optional[int] = None,
        deadline: Optional[str] = None,
    ) -> None:
        canonical = canonical_name(mention.name)
        if _NOT_AGENCY.match(mention.name) or canonical in self.issuers or (
            self.issuers is not _ISSUERS and re.search(r"\bHội đồng nhân dân\b", canonical)
        ):
            # A council's own bodies (Thường trực, Ban, Tổ đại biểu) are the issuer too.
            return
        group_key = (clause[0] if group_start is None else group_start, table)
        group = self.groups.setdefault(
            group_key,
            {"start": group_key[0], "end": clause[1], "task": task, "section": section, "roles": {}, "deadline": deadline},
        )
        group["end"] = max(group["end"], clause[1])
        group["task"] = group["task"] or task
        names = group["roles"].setdefault(role, [])
        if canonical_name(mention.name) not in names:
            names.append(canonical_name(mention.name))
        key = (mention.start, mention.end, role, table)
        entry = self.found.get(key)
        if entry is None:
            entry = self.found[key] = {
                "mention": mention, "role": role, "tasks": [], "clause": list(clause), "section": section, "table": table,
            }
        else:
            entry["clause"][0] = min(entry["clause"][0], clause[0])
            entry["clause"][1] = max(entry["clause"][1], clause[1])
        if task and task not in entry["tasks"]:
            entry["tasks"].append(task)

    def annotations(self, province: Optional[str] = None) -> Iterator[AgencyAnnotation]:
        for entry in sorted(self.found.values(), key=lambda e: (e["mention"].start, e["role"])):
            mention = entry["mention"]
            canonical = _with_other_province(mention.name, canonical_name(mention.name), province)
            yield AgencyAnnotation(
                start=mention.start,
                end=mention.end,
                name=mention.name,
                canonical_name=canonical,
                current_name=current_name(canonical),
                role=entry["role"],
                generic=mention.generic,
                tasks=tuple(entry["tasks"]),
                clause_start=entry["clause"][0],
                clause_end=entry["clause"][1],
                section=entry["section"],
                table_index=entry["table"][0],
                table_row=entry["table"][1],
            )


@dataclass(frozen=True)
class Assignment:
    """Bodies given one task: in a clause, an item with "Cơ quan chủ trì/phối hợp" lines, or a table row."""

    start: int
    end: int
    task: Optional[str]
    section: Optional[str]
    roles: dict
    deadline: Optional[str]
    table_index: Optional[int]
    table_row: Optional[int]


def collect(text: str, tables: Sequence = ()) -> Collector:
    """The agencies of a document with their roles, grouped by assignment: what
    both ``iter_agencies`` and ``iter_assignments`` (tasks) read. It is the
    costliest part of both: compute it once per document and pass it to each."""
    text = repair_charmap(text)
    if _MENTION is None:
        _compile_mentions()
    collector = Collector(issuers=_issuers(text))
    tables_in_text = [*flattened_tables(text), *pipe_tables(text)]
    _assign_text(text, collector, tables_in_text)
    _assign_tables(text, tables, collector, tables_in_text)
    return collector


def iter_assignments(text: str, tables: Sequence = (), collected: Optional[Collector] = None) -> Iterator[Assignment]:
    """Each assignment with the canonical names of its bodies by role
    (``collected``: ``collect(text, tables)``, when already read)."""
    collector = collect(text, tables) if collected is None else collected
    for (start, table), group in sorted(collector.groups.items(), key=lambda item: (item[0][0], item[0][1][1] or 0)):
        yield Assignment(
            start, group["end"], group["task"], group["section"], group["roles"], group["deadline"], table[0], table[1]
        )


# What may stand before the first body of a list: an official's title ("Giám đốc Sở …").
_TITLE_GAP = re.compile(
    r"[\s*]*(?:(?:Giám\s+đốc|Thủ\s+trưởng|Chủ\s+tịch|Chánh|Trưởng|Bộ\s+trưởng|Thứ\s+trưởng|(?:Tổng\s+)?Cục\s+trưởng|Vụ\s+trưởng)\s+"
    r"|(?:[Cc]ác\s+)?(?:Sở|Bộ|sở|bộ)\s*:\s*)?"  # "Các Bộ: Tài chính, Y tế, …"
)


def _subject_list(mentions: list[Mention], text: str, start: int) -> tuple[list[Mention], int]:
    """Mentions that open the clause at ``start`` as a list ("A, B và C"), and where the list ends."""
    subjects: list[Mention] = []
    pos = start
    for mention in mentions:
        if mention.start < pos:
            continue
        gap = text[pos : mention.start]
        if subjects:
            if not re.fullmatch(r"\s*(?:\([^)]*\))?\s*(?:[,;]|và|,\s*và)?\s*", gap):
                break
        elif not _TITLE_GAP.fullmatch(gap):
            break
        subjects.append(mention)
        pos = mention.end
        parenthetical = re.match(r"\s*\([^)]{0,80}\)", text[pos:])
        if parenthetical:
            pos += parenthetical.end()
    return subjects, pos


def _partners(mentions: list[Mention], text: str, clause: tuple[int, int], exclude: set[int]) -> list[Mention]:
    """Bodies named right after "phối hợp (với)" inside a clause, as a list."""
    found = []
    for mention in mentions:
        if not (clause[0] <= mention.start < clause[1]) or mention.start in exclude:
            continue
        before = text[max(clause[0], mention.start - 40) : mention.start]
        if _PARTNER_CUE.search(before):
            found.append(mention)
            separator = re.match(r"\s*(?:,|;|và)\s*", text[mention.end : mention.end + 8])
            if separator:  # "phối hợp với Cục A, Vụ B …": the list goes on
                following = [m for m in mentions if m.start > mention.start]
                listed, _ = _subject_list(following, text, mention.end + separator.end())
                found.extend(m for m in listed if m.start < clause[1])
        elif "với" in before and re.search(r"\bvới\s*$", before) and re.search(r"phối\s+hợp", text[mention.end : clause[1]]):
            found.append(mention)
    return found


def _clauses(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    pos = start
    for match in _SENTENCE_END.finditer(text, start, end):
        if match.start() > pos:
            yield pos, match.start()
        pos = match.end()
    if end > pos:
        yield pos, end


_EMPHASISED = re.compile(r"\s*\*\*[^*\n]{3,120}\*\*\s*:?\s*$")
_INVESTOR_HEADING = re.compile(r"[\s*]*(?:Trách\s+nhiệm\s+của\s+)?(?:nhà|chủ)\s+đầu\s+tư[\s*:.]*$", re.IGNORECASE)
_INVESTOR_NAME = re.compile(r"(?:Tên\s+(?:doanh\s+nghiệp|nhà\s+đầu\s+tư|tổ\s+chức)|Nhà\s+đầu\s+tư)\s*:\s*")


def _investor(text: str, mentions_before: int) -> Optional[Mention]:
    """The investor an investment decision names ("Tên doanh nghiệp: Công ty …"),
    for its "Trách nhiệm của nhà đầu tư" item."""
    for match in _INVESTOR_NAME.finditer(text, 0, mentions_before):
        mention = next(iter_mentions(text[match.end() : match.end() + 200]), None)
        if mention and mention.start == 0:
            return Mention(match.end(), match.end() + mention.end, mention.name, False)
    return None


def _heading_agencies(mentions: list[Mention], text: str, unit: Unit) -> tuple[list[Mention], bool]:
    """Agencies that make up a whole item title ("2. Sở Nội vụ", "9. Đề nghị Ủy ban MTTQ tỉnh")."""
    title_end = unit.end
    raw = text[unit.body_start : title_end]
    lead = re.match(r"[\s*]*(?:(Đề\s+nghị)\s*:?\s+|Trách\s+nhiệm\s+(?:của\s+)?)?", raw)
    investor = _INVESTOR_HEADING.match(raw)
    if investor:
        named = _investor(text, mentions_before=unit.start)
        return ([named] if named else []), False
    requested = bool(lead.group(1)) if lead else False
    start = unit.body_start + (lead.end() if lead else 0)
    inside = [m for m in mentions if start <= m.start < title_end]
    subjects, pos = _subject_list(inside, text, start)
    if not subjects:
        return [], False
    rest = text[pos:title_end]
    if re.fullmatch(r"[\s*:.,;]*(?:(?:và\s+)?(?:các\s+)?(?:cơ\s+quan|đơn\s+vị)[^.\n]{0,40})?[\s*:.]*", rest):
        return subjects, requested
    return [], False


def _assign_text(text: str, collector: Collector, tables_in_text: Sequence[FlatTable]) -> None:
    recipient_spans = _excluded_spans(text)
    recipients = _Spans(recipient_spans)
    excluded = _Spans(recipient_spans + [(t.start, t.end) for t in tables_in_text] + _table_cells(text))
    mentions = [m for m in iter_mentions(text) if m.start not in excluded]
    if not mentions:
        return
    units = _units(text, mentions)
    starts = [m.start for m in mentions]

    def mentions_in(a: int, b: int) -> list[Mention]:
        i = bisect_left(starts, a)
        found = []
        while i < len(mentions) and mentions[i].start < b:
            found.append(mentions[i])
            i += 1
        return found

    heading: Optional[tuple[list[Mention], bool, int, bool]] = None  # subjects, requested, level, has sub-items
    for unit in units:
        if unit.start in excluded:
            if unit.start in recipients:
                heading = None  # nothing after "Nơi nhận" belongs to the last item
            continue
        body = text[unit.body_start : unit.end]
        if _LEGAL_BASIS.match(body) or not body.strip():
            continue
        if _CLOSING.match(body):
            heading = None
            continue
        local = mentions_in(unit.body_start, unit.end)

        if heading is not None:
            level = unit.level
            if level is not None and unit.label is not None and level <= heading[2]:
                heading = None
            elif level is None and heading[3]:
                heading = None
        if unit.implementation and (unit.label is not None or (unit.level is None and _EMPHASISED.match(body))):
            subjects, requested = _heading_agencies(local, text, unit)
            if subjects:
                # An unnumbered bold title ("**Sở Y tế**") heads the bullets and letters under it.
                heading = (subjects, requested, unit.level or 3, False)
                continue

        label = _LABEL_LINE.search(body)
        if label:
            role = {"chủ": LEAD, "phối": PARTNER, "thực": IMPLEMENTER}[label.group(1).split()[0].lower()]
            list_start = unit.body_start + label.end()
            task, item_start = _parent_title(text, units, unit)
            listed = mentions_in(list_start, unit.end)
            subjects, pos = _subject_list(listed, text, _opening(text, list_start))
            predicate = _ASIDE.sub("", text[pos : unit.end].lstrip(" ,:*\n"))
            stated = {}
            if subjects and (_LEAD_OPENING.match(predicate) or _PARTNER_OPENING.match(predicate)):
                # "Cơ quan thực hiện: Sở Nội vụ chủ trì, phối hợp với …"
                stated.update((s.start, _role_of(predicate, False)) for s in subjects)
                if _LEAD_OPENING.match(predicate):
                    for partner in _partners(listed, text, (pos, unit.end), set(stated)):
                        stated[partner.start] = PARTNER
            for mention in listed:
                before = text[max(list_start, mention.start - 30) : mention.start]
                if mention.start not in stated and _RECEIVER_CUE.search(before):
                    continue
                collector.add(
                    mention, stated.get(mention.start, role), task, (unit.start, unit.end), unit.section, group_start=item_start
                )
            continue

        opens_with_subject = bool(local) and _subject_list(local, text, _opening(text, unit.body_start))[0]
        if heading is not None and (unit.level is None or unit.level > heading[2]) and not opens_with_subject:
            subjects, requested, level, _ = heading
            if unit.label is not None or unit.level == 5:
                heading = (subjects, requested, level, True)
            role = _role_of(body, requested)
            task = _task_phrase(text, unit.body_start, _first_sentence_end(text, unit.body_start, unit.end))
            for subject in subjects:
                collector.add(subject, role, task, (unit.start, unit.end), unit.section)
            if role != PARTNER:
                # In "Phối hợp với Sở Y …" Sở Y leads; partners are named only in the leader's task.
                for partner in _partners(local, text, (unit.body_start, unit.end), {s.start for s in subjects}):
                    collector.add(partner, PARTNER, task, (unit.start, unit.end), unit.section)
            continue

        execution = _EXECUTION.search(body)
        if execution:
            # "Chánh Văn phòng …; Giám đốc các Sở: …; … chịu trách nhiệm thi hành Quyết định này."
            at = unit.body_start + execution.start()
            sentence_start = max(unit.body_start, text.rfind(". ", unit.body_start, at) + 1, text.rfind(".\n", unit.body_start, at) + 1)
            task = _task_phrase(text, at, _first_sentence_end(text, at, unit.end))
            for mention in mentions_in(sentence_start, at):
                collector.add(mention, EXECUTOR, task, (sentence_start, unit.end), unit.section)
            continue
        for index, clause in enumerate(_clauses(text, unit.body_start, unit.end)):
            assigned = _assign_clause(text, clause, mentions_in(*clause), unit, collector)
            if index == 0 and assigned and unit.implementation and unit.label is not None and (unit.level or 9) < 5:
                # "1. Giao Sở X là cơ quan đầu mối, chủ trì: a) …; b) …": the items under it are Sở X's.
                heading = (assigned[0], assigned[1], unit.level, False)


def _opening(text: str, start: int) -> int:
    """Where the words of an item start, after emphasis and list marks."""
    return start + len(re.match(r"[\s*\-+•]*", text[start : start + 20]).group(0))


def _first_sentence_end(text: str, start: int, end: int) -> int:
    match = re.search(r"[.;](?=\s)", text[start:end])
    return start + match.start() if match else end


_CONTENT_LINE = re.compile(r"[\s*]*(?:Nội\s+dung|Nhiệm\s+vụ|Tên\s+nhiệm\s+vụ)\s*(?:\*\*)?\s*:\s*", re.IGNORECASE)


def _parent_title(text: str, units: list[Unit], unit: Unit) -> tuple[Optional[str], int]:
    """The task a "Cơ quan chủ trì:" line belongs to (its item's "Nội dung:" /
    "Nhiệm vụ:" line, else the item title) and where that item starts."""
    index = units.index(unit)
    content = None
    level = unit.level or 9
    for previous in reversed(units[:index]):
        body = text[previous.body_start : previous.end]
        line = _CONTENT_LINE.match(body)
        if content is None and line and len(body.strip()) > line.end():
            content = _task_phrase(text, previous.body_start + line.end(), previous.end, limit=160)
        if previous.level is None or previous.level >= level or previous.level >= 5:
            continue
        if _LABEL_LINE.match(body.strip(" *")) or line:
            level = previous.level  # "b) Cơ quan thực hiện:" / "a) Nhiệm vụ: …": look one level up
            continue
        title = _task_phrase(text, previous.body_start, previous.end, limit=160)
        return content or title, previous.start
    return content, unit.start


_LEAD_ROLE = re.compile(
    r"(?:\blà|vai\s+trò(?:\s+của)?)\s+(?:cơ\s+quan|đơn\s+vị)\s+(?:đầu\s+mối\s*,?\s*)?chủ\s+trì\b", re.IGNORECASE
)
_ASKS_OTHERS = re.compile(r"đề\s+nghị\b", re.IGNORECASE)
_REQUEST_CUE = re.compile(
    r"(Đề\s+nghị|đề\s+nghị|Giao|giao|Yêu\s+cầu|yêu\s+cầu|[ỦUủu][ỷy]?y?\s+quyền|Uỷ\s+quyền|Ủy\s+quyền)\s*:?\s+(?:cho\s+)?"
)


def _assign_clause(
    text: str, clause: tuple[int, int], local: list[Mention], unit: Unit, collector: Collector
) -> Optional[tuple[list[Mention], bool]]:
    """Roles stated in one clause; returns the subjects it assigned (and whether
    they were asked with "Đề nghị") so that the items under it can inherit them."""
    if not local:
        return None
    start, end = clause
    sentence = text[start:end]
    if _EXECUTION.search(sentence):
        for mention in local:
            collector.add(mention, EXECUTOR, _task_phrase(text, _EXECUTION.search(sentence).start() + start, end), clause, unit.section)
        return None
    lead_in = re.match(r"[\s*\-+•]*(?:\(\d{1,2}\)\s*)?(?:(?:Ủy\s+ban\s+nhân\s+dân|UBND)\s+(?:tỉnh|thành\s+phố)\s+)?", sentence)
    candidates = []
    opening = start + lead_in.end()
    request = re.match(_REQUEST_CUE, text[opening:end])
    if request:
        candidates.append((opening + request.end(), True, request.group(1).lower()))
    else:
        candidates.append((opening, False, None))
    for match in re.finditer(r"(?<=\s)(giao|đề\s+nghị|Đề\s+nghị|ủy\s+quyền|uỷ\s+quyền)\s+(?:cho\s+)?", sentence):
        candidates.append((start + match.end(), True, match.group(1).lower()))
    for list_start, requested, cue in candidates:
        subjects, pos = _subject_list([m for m in local if m.start >= list_start], text, list_start)
        if not subjects:
            continue
        predicate = text[pos:end]
        predicate_clean = _ASIDE.sub("", predicate.lstrip(" ,:*\n"))
        asked = requested and cue is not None and cue.startswith("đề")
        role = _role_of(predicate, asked)
        explicit = bool(
            requested
            or _LEAD_OPENING.match(predicate_clean)
            or _PARTNER_OPENING.match(predicate_clean)
            or _DUTY_VERB.match(predicate_clean)
        )
        if re.match(r"(?:đã|vừa|đang)\b", predicate_clean) or _ASKS_OTHERS.match(predicate_clean):
            continue  # a report, or the body that asks ("Sở Nội vụ đề nghị các doanh nghiệp …")
        if not (explicit or (unit.implementation and re.match(r"[a-zđ]", predicate_clean))):
            continue
        task = _task_phrase(text, pos, end)
        for subject in subjects:
            collector.add(subject, role, task, clause, unit.section)
        if role != PARTNER:
            for partner in _partners(local, text, (pos, end), {s.start for s in subjects}):
                collector.add(partner, PARTNER, task, clause, unit.section)
        return subjects, asked
    lead_role = _LEAD_ROLE.search(sentence)
    if lead_role:
        # "Sở X … làm tốt vai trò của cơ quan chủ trì tổ chức triển khai …": the body named last before it.
        named = [m for m in local if m.end <= start + lead_role.start() and not m.generic]
        if named:
            collector.add(named[-1], LEAD, _task_phrase(text, start + lead_role.end(), end), clause, unit.section)
            return None
    if unit.implementation:
        for partner in _partners(local, text, clause, set()):
            collector.add(partner, PARTNER, _task_phrase(text, start, end), clause, unit.section)
    return None


# --------------------------------------------------------------------------- tables

_COLLECTIVE_CELL = re.compile(r"(?i)(?:các\s+)?(?:sở|ban|ngành|cơ\s+quan|đơn\s+vị|địa\s+phương|tổ\s+chức)\b\s*[,;và]|các\b|cơ\s+quan|đơn\s+vị")
# A short capitalised phrase without sentence punctuation, like "Ban Quản lý dự án" or "Các sở, ngành".
_NAME_LIKE_CELL = re.compile(r"^[" + _UPPER + r"](?:(?![.;:!?]\s|\s-\s)[^\s]*(?:\s+|$)){1,8}$")
_TT_CELL = re.compile(r"^(?:\d{1,3}(?:\.\d{1,2})*\.?|[IVX]{1,5}\.?|[a-zđ]\)?)$")


@dataclass(frozen=True)
class AssignmentRow:
    """One row of an assignment table (task | chủ trì | phối hợp | thời gian)."""

    table_index: Optional[int]
    row: int
    task: tuple[int, int, str]
    lead: Optional[tuple[int, int, str]]
    partner: Optional[tuple[int, int, str]]
    deadline: Optional[tuple[int, int, str]]
    section: Optional[str]
    lead_role: str = LEAD  # "thực hiện" under a "Cơ quan/Đơn vị thực hiện" column


_IMPLEMENTER_COLUMN = re.compile(r"(?:cơ\s+quan|đơn\s+vị)(?:,?\s*(?:đơn\s+vị|cơ\s+quan))?\s+thực\s+hiện(?:\s+chính)?")
_LEAD_HEADER = re.compile(r"(?i)chủ\s+trì|^(?:cơ\s+quan|đơn\s+vị)(?:,?\s*(?:đơn\s+vị|cơ\s+quan))?\s+thực\s+hiện")


def _header_columns(cells: Sequence[str]) -> Optional[dict[str, int]]:
    columns: dict[str, int] = {}
    for index, cell in enumerate(cells):
        folded = " ".join((cell or "").replace("*", " ").split()).lower()
        if "chủ trì" in folded:
            columns.setdefault("lead", index)
        elif _IMPLEMENTER_COLUMN.fullmatch(folded):
            columns.setdefault("lead", index)
            columns.setdefault("implementer", index)
        elif "phối hợp" in folded:
            columns.setdefault("partner", index)
        elif re.search(r"thời\s+gian|thời\s+hạn|tiến\s+độ", folded):
            columns.setdefault("deadline", index)
        elif re.search(r"nhiệm\s+vụ|nội\s+dung|tên\s+(?:dự\s+án|đề\s+án|nhiệm)|hoạt\s+động|giải\s+pháp", folded):
            columns.setdefault("task", index)
    return columns if "lead" in columns and "task" in columns else None


@dataclass(frozen=True)
class FlatTable:
    """A table flattened into the text: header cells and rows of (start, end, text) cells."""

    start: int
    end: int
    header: list
    rows: list


_FLAT_CELL_LINES = r"(?:(?!^\|[ \t]*$).*\n)*"
# Six or more "|" lines, each followed by the lines of a cell: (?:^\|[ \t]*\n CELL){6,}, the
# first one written out so that the pattern opens on "|" (a literal the engine looks for
# directly, instead of trying the repeat at every position).
_FLAT_BLOCK = re.compile(
    r"\|(?<=^\|)[ \t]*\n" + _FLAT_CELL_LINES + r"(?:^\|[ \t]*\n" + _FLAT_CELL_LINES + r"){5,}", re.MULTILINE
)
_FLAT_CELL = re.compile(r"^\|[ \t]*\n((?:(?!^\|[ \t]*$).*\n)*)", re.MULTILINE)


@lru_cache(maxsize=4)  # the same text is read for agencies, tasks and targets
def _flat_cells(text: str) -> tuple[list[tuple[int, int, str]], ...]:
    """Each run of cells flattened one per line between "|" lines, as (start, end, text)."""
    runs = []
    for block in _FLAT_BLOCK.finditer(text):
        cells = []
        for cell in _FLAT_CELL.finditer(block.group(0)):
            start = block.start() + cell.start(1)
            cells.append((start, start + len(cell.group(1)), " ".join(cell.group(1).replace("*", " ").split())))
        runs.append(cells)
    return tuple(runs)


def _table_cells(text: str) -> list[tuple[int, int]]:
    """Spans of the short cells of flattened tables: figures and labels, not
    prose (some pages wrap the whole document in one table cell)."""
    spans = []
    for cells in _flat_cells(text):
        if len(cells) >= 12:
            spans.extend((start, end) for start, end, value in cells if len(value) < 300)
    return spans


def flattened_tables(text: str) -> Iterator[FlatTable]:
    """Markdown tables flattened one cell per line between "|" lines (a row
    spans many lines): those whose header names a lead ("chủ trì") column.
    A row starts at a number cell ("1", "II", "2.3") after an empty cell."""
    for cells in _flat_cells(text):
        lead_at = next((i for i, c in enumerate(cells) if _LEAD_HEADER.search(c[2].lower()) and len(c[2]) < 60), None)
        if lead_at is None:
            continue
        first = lead_at
        while first > 0 and 0 < len(cells[first - 1][2]) < 60:
            first -= 1
        last = lead_at
        while last + 1 < len(cells) and 0 < len(cells[last + 1][2]) < 60:
            last += 1
        header = cells[first : last + 1]
        if _header_columns([c[2] for c in header]) is None:
            continue
        rows: list[list[tuple[int, int, str]]] = []
        for index in range(last + 1, len(cells)):
            cell = cells[index]
            if _TT_CELL.match(cell[2]) and not cells[index - 1][2]:
                rows.append([])
            if rows:
                rows[-1].append(cell)
        yield FlatTable(header[0][0], cells[-1][1], [c[2] for c in header], rows)


_PIPE_ROW = re.compile(r"^[ \t]*\|.*\|[ \t]*$", re.MULTILINE)
_PIPE_RULE = re.compile(r"^[\s|:-]+$")


def pipe_tables(text: str) -> Iterator[FlatTable]:
    """Markdown pipe tables written one row per line ("| TT | Nhiệm vụ | Cơ quan
    chủ trì | … |" over a "| --- |" rule) whose header names a lead column."""
    block: list[re.Match] = []
    rows = _PIPE_ROW.finditer(text) if "|" in text else ()  # (no row without a "|")
    for match in [*rows, None]:
        if match is not None and (not block or text[block[-1].end() : match.start()] == "\n"):
            block.append(match)
            continue
        rows = []
        for line in block:
            if _PIPE_RULE.match(line.group(0)):
                continue
            cells, pos = [], text.index("|", line.start()) + 1
            while (bar := text.find("|", pos, line.end())) != -1:
                raw = text[pos:bar]
                start = pos + len(raw) - len(raw.lstrip())
                cells.append((start, start + len(raw.strip()), " ".join(raw.replace("*", " ").split())))
                pos = bar + 1
            rows.append(cells)
        if len(rows) >= 2 and _header_columns([c[2] for c in rows[0]]):
            yield FlatTable(block[0].start(), block[-1].end(), [c[2] for c in rows[0]], rows[1:])
        block = [match] if match is not None else []


def iter_assignment_rows(
    text: str, tables: Sequence = (), tables_in_text: Optional[Sequence[FlatTable]] = None
) -> Iterator[AssignmentRow]:
    """Rows of assignment tables, from ``schemas.Table`` objects and from
    tables flattened into the text or written as pipe tables (``tables_in_text``,
    when already read)."""
    for table in tables:
        rows = [[cell or "" for cell in row] for row in table.rows]
        yield from _rows_of(rows, table.index, lambda cell: _locate(text, cell, table.char_start))
    if tables_in_text is None:
        tables_in_text = [*flattened_tables(text), *pipe_tables(text)]
    for table in tables_in_text:
        columns = _header_columns(table.header)
        section = None
        for number, row in enumerate(table.rows, start=1):
            if len(row) < max(columns.values()) + 1 or not row[columns["lead"]][2]:
                section = next((c[2][:120] for c in row[1:] if c[2]), section)
                continue
            yield _row(row, columns, None, number, section)


def _locate(text: str, cell: str, near: Optional[int]) -> tuple[int, int]:
    words = cell.split()
    if not words:
        return (near or 0, near or 0)
    pattern = r"\s*".join(re.escape(w) for w in words[:6])
    match = re.compile(pattern).search(text, near or 0)
    if match:
        return match.start(), match.start() + len(cell)
    return (near or 0, near or 0)


def _rows_of(rows: list[list[str]], table_index: int, locate) -> Iterator[AssignmentRow]:
    header_at = next((i for i, row in enumerate(rows) if _header_columns(row)), None)
    if header_at is None:
        return
    columns = _header_columns(rows[header_at])
    section = None
    for number, row in enumerate(rows[header_at + 1 :], start=header_at + 1):
        if len(row) <= max(columns.values()) or not (row[columns["lead"]] or "").strip():
            if any(row):
                section = next((c for c in reversed(row) if c), None)
            continue
        spans = [(*locate(cell), " ".join(cell.split())) for cell in row]
        yield _row(spans, columns, table_index, number, section)


def _row(cells, columns: dict[str, int], table_index, number, section) -> AssignmentRow:
    def cell(name):
        index = columns.get(name)
        if index is None or index >= len(cells) or not cells[index][2]:
            return None
        return cells[index]

    return AssignmentRow(
        table_index,
        number,
        cell("task") or cells[columns["task"]],
        cell("lead"),
        cell("partner"),
        cell("deadline"),
        section,
        IMPLEMENTER if "implementer" in columns else LEAD,
    )


def _assign_tables(text: str, tables: Sequence, collector: Collector, tables_in_text: Sequence[FlatTable]) -> None:
    for row in iter_assignment_rows(text, tables, tables_in_text):
        for role, cell in ((row.lead_role, row.lead), (PARTNER, row.partner)):
            if cell is None:
                continue
            start, end, value = cell
            if row.table_index is None:
                # A flattened table: the cell is a span of the text itself.
                found = [
                    Mention(start + m.start, start + m.end, m.name, m.generic) for m in iter_mentions(text[start:end])
                ]
            else:
                found = [Mention(start, end, m.name, m.generic) for m in iter_mentions(value)]
            if not found and _NAME_LIKE_CELL.match(value):
                # An unknown body written in the agency column: taken as is, but a cell
                # of task text (a misread column) is no name.
                generic = bool(_COLLECTIVE_CELL.match(value))
                found = [Mention(start, end, value, generic)]
            for mention in found:
                collector.add(
                    mention,
                    role,
                    row.task[2][:220],
                    (row.task[0], end),
                    row.section,
                    (row.table_index, row.row),
                    deadline=row.deadline[2] if row.deadline else None,
                )


# --------------------------------------------------------------------------- entry point


_TRAILING_PROVINCE = None
_LEVEL_SUFFIX = re.compile(r"\s+(?:tỉnh|thành phố)$")


def _with_other_province(name: str, canonical: str, province: Optional[str]) -> str:
    """A body of another province than the document's keeps that province in its
    canonical name ("Sở Y tế tỉnh Lâm Đồng" in a plan of Lai Châu)."""
    global _TRAILING_PROVINCE
    if not province:
        return canonical
    if _TRAILING_PROVINCE is None:
        _TRAILING_PROVINCE = re.compile(rf"(?:\s+(tỉnh|thành\s+phố|Tỉnh|Thành\s+phố|TP\.?))?\s+({_PROVINCE_ALT})\s*$")
    written = _TRAILING_PROVINCE.search(name)
    if written is None:
        return canonical
    other = province_name(written.group(2))
    if other is None or other in {province_name(province), current_province(province)} or current_province(other) == current_province(province):
        return canonical
    level = "thành phố" if (written.group(1) or "").lower().startswith(("thành", "tp")) else "tỉnh"
    return f"{_LEVEL_SUFFIX.sub('', canonical)} {level} {other}"


def iter_agencies(
    text: str, tables: Sequence = (), province: Optional[str] = None, collected: Optional[Collector] = None
) -> Iterator[AgencyAnnotation]:
    """Agencies the text makes responsible, one annotation per (mention, role)
    (``collected``: ``collect(text, tables)``, when already read).

    Names stay free of the document's own province (``province``), so "Sở Y tế"
    of two provinces share a canonical name and the document's province tells
    them apart downstream; a body of another province keeps that province."""
    collector = collect(text, tables) if collected is None else collected
    yield from collector.annotations(province)
