"""Citations of other documents: "Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024
của Bộ Chính trị về …", "Thực hiện Kế hoạch số 14-KH/TU …", "(thay thế Kế
hoạch số 076/KH-UBND …)".

A citation is a document type word, an optional "số" and a số hiệu, in the
state form ("110/KH-UBND", "13/2023/NĐ-CP") or the Party form ("57-NQ/TW");
the date, issuer ("của …") and title ("về …", "ban hành …") that follow it are
read when written. Its relation (căn cứ, thực hiện, sửa đổi, thay thế, bãi bỏ,
báo cáo; else dẫn chiếu) is the nearest cue before it in its clause
(``data/references.yaml``). A citation inside the title of another one ("Nghị
quyết số 71/NQ-CP … thực hiện Nghị quyết số 57-NQ/TW") states how that other
document relates to it: ``via_number`` names that other document."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Iterator, Optional

import yaml

from extractors.metadata import issuer_of_number, normalise_number, type_of_number
from extractors.sections import Layout, iter_clauses, iter_sentences
from extractors.timeexpr import iter_time_expressions
from extractors.units import DATA

# A code of a số hiệu ("KH", "UBND", "NĐ", "BGDĐT", "TTr", "QH15"): it ends where the word ends.
_CODE = r"[A-ZĐ][A-Za-zĐđ&\d]*(?![^\W_])"
_NUMBER = rf"\d{{1,5}}(?:\s*/\s*\d{{4}})?\s*[/-]\s*{_CODE}(?:\s*[-–/]\s*{_CODE})*"
_AFTER_DATE = re.compile(r"\s*,?\s*(?:ban\s+hành\s+)?ngày\b", re.IGNORECASE)
_AFTER_YEAR = re.compile(r"\s*(?:năm\s+)?((?:19|20)\d{2})(?![\d/])")
_ISSUER_OPENING = re.compile(r"\s*,?\s*(?:của|do)\s+", re.IGNORECASE)
_ISSUER_WORDS = 12
_TITLE_OPENING = re.compile(
    r"\s*,?\s*(?:(?:về\s+việc|về|V/v)\s+|(?=(?:ban\s+hành|phê\s+duyệt|quy\s+định|hướng\s+dẫn|sửa\s+đổi|bổ\s+sung)\b))",
    re.IGNORECASE,
)
# Where a title stops inside its clause: an alias in brackets, a closing bracket, a blank line.
_TITLE_END = re.compile(r"\s*\(sau\s+đây|\)|\n\s*\n", re.IGNORECASE)
_TITLE_MAX = 400


@dataclass(frozen=True)
class ReferenceAnnotation:
    start: int  # the type word
    end: int  # the end of the số hiệu
    clause_start: int
    clause_end: int
    relation: str
    number: str  # normalised as documents.number
    doc_type: Optional[str]
    issuer: Optional[str]
    issue_date: Optional[date]
    issue_year: Optional[int]
    title: Optional[str]
    via_number: Optional[str] = None  # the cited document whose title holds this citation


@dataclass(frozen=True)
class _Tables:
    citation: re.Pattern[str]
    cue: re.Pattern[str]
    types: dict[str, str]  # casefolded, single-spaced type word → type
    relations: dict[str, str]  # casefolded cue → relation
    default_relation: str
    issuer_end: re.Pattern[str]


def _phrase_pattern(phrases) -> str:
    ordered = sorted(phrases, key=len, reverse=True)
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in ordered)


@lru_cache(maxsize=None)
def _tables() -> _Tables:
    table = yaml.safe_load((DATA / "references.yaml").read_text(encoding="utf-8"))
    types = {" ".join(word.casefold().split()): name for word, name in table["types"].items()}
    relations = {" ".join(cue.casefold().split()): name for name, cues in table["relations"].items() for cue in cues}
    type_words = _phrase_pattern(table["types"])
    # Type words in any case; the number's codes are capitals (no IGNORECASE inside it).
    citation = re.compile(
        rf"(?<!\w)(?P<type>{type_words})(?:\s+số(?:\s+hiệu)?)?\s*:?\s+(?P<number>(?-i:{_NUMBER}))",
        re.IGNORECASE,
    )
    cue = re.compile(rf"(?<!\w)(?:{_phrase_pattern(relations)})(?!\w)", re.IGNORECASE)
    issuer_end = re.compile(
        rf"\s+(?:về|ban\s+hành|phê\s+duyệt|quy\s+định|hướng\s+dẫn|sửa\s+đổi|bổ\s+sung|thực\s+hiện|triển\s+khai|tại|"
        rf"và\s+(?:{type_words}))(?!\w)|\s*[,;:()]|\.(?:\s|$)|\n\s*\n",
        re.IGNORECASE,
    )
    return _Tables(citation, cue, types, relations, table["default_relation"], issuer_end)


def iter_references(
    text: str, own_number: Optional[str] = None, structure: Optional[Layout] = None
) -> Iterator[ReferenceAnnotation]:
    """Every citation of another document, in text order. A citation of
    ``own_number`` (the document's own số hiệu) and the repeat of a number in
    the same clause ("… (sau đây gọi tắt là Nghị quyết số 57-NQ/TW)") are left out.
    ``structure``: the text's layout, when already read."""
    tables = _tables()
    own = normalise_number(own_number) if own_number else None
    if not tables.citation.search(text):
        return
    for s_start, s_end in structure.sentences if structure is not None else iter_sentences(text):
        # "Thực hiện A; B; C, UBND … ban hành": the cue opening a sentence governs the
        # clauses of its list that open on a citation.
        opening: Optional[str] = None
        for number, (c_start, c_end) in enumerate(iter_clauses(text, s_start, s_end)):
            if number == 0:
                first_cue = tables.cue.match(text, c_start, c_end)
                opening = tables.relations[_folded(first_cue.group())] if first_cue else None
            yield from _clause_references(text, c_start, c_end, own, tables, opening if number else None)


def _in_aside(clause: str, start: int, end: int) -> bool:
    """Whether a bracket opened between start and end is still open at end."""
    between = clause[start:end]
    return between.count("(") > between.count(")")


def _folded(phrase: str) -> str:
    return " ".join(phrase.casefold().split())


def _clause_references(text: str, c_start: int, c_end: int, own: Optional[str], tables: _Tables,
                       inherited: Optional[str]) -> Iterator[ReferenceAnnotation]:
    clause = text[c_start:c_end]
    citations = list(tables.citation.finditer(clause))
    if not citations:
        return
    cues = list(tables.cue.finditer(clause))
    if inherited is None or citations[0].start() != 0:
        inherited = None  # only a list item that opens on its citation inherits
    seen: set[str] = set()
    previous: Optional[tuple[re.Match, str]] = None
    for match in citations:
        number = normalise_number(match.group("number"))
        if number == own or number in seen:
            continue
        seen.add(number)
        cue = next((c for c in reversed(cues) if c.end() <= match.start()), None)
        if cue is not None and _in_aside(clause, cue.end(), match.start()):
            # "triển khai (danh mục chi tiết tại Phụ lục II Nghị quyết 214/NQ-CP)": a pointer, not what is done.
            relation, cue = tables.default_relation, None
        else:
            relation = tables.relations[_folded(cue.group())] if cue else inherited or tables.default_relation
        # A cue written after the previous citation belongs to that citation's title.
        via = previous[1] if previous and cue and cue.start() >= previous[0].end() else None
        yield _annotation(text, c_start, c_end, match, number, relation, via, tables)
        previous = (match, number)


def _annotation(text: str, c_start: int, c_end: int, match: re.Match, number: str,
                relation: str, via: Optional[str], tables: _Tables) -> ReferenceAnnotation:
    clause = text[c_start:c_end]
    pos = match.end("number")
    issue_date, issue_year, pos = _date_after(clause, pos)
    if issue_year is None:
        year_in_number = re.search(r"/((?:19|20)\d{2})/", number)
        issue_year = int(year_in_number.group(1)) if year_in_number else None
    issuer, pos = _issuer_after(clause, pos, tables)
    written_type = tables.types.get(" ".join(match.group("type").casefold().split()))
    return ReferenceAnnotation(
        start=c_start + match.start(),
        end=c_start + match.end("number"),
        clause_start=c_start,
        clause_end=c_end,
        relation=relation,
        number=number,
        doc_type=written_type or type_of_number(number),
        issuer=issuer or issuer_of_number(number),
        issue_date=issue_date,
        issue_year=issue_year,
        title=_title_after(clause, pos),
        via_number=via,
    )


def _date_after(clause: str, pos: int) -> tuple[Optional[date], Optional[int], int]:
    """"ngày 22/12/2024", "ngày 22 tháng 12 năm 2024" or "năm 2025" right after the number."""
    if _AFTER_DATE.match(clause, pos):
        for expression in iter_time_expressions(clause[pos : pos + 60]):
            if expression.kind == "date":
                return expression.date, expression.year, pos + expression.end
            break
    year = _AFTER_YEAR.match(clause, pos)
    if year:
        return None, int(year.group(1)), year.end()
    return None, None, pos


def _issuer_after(clause: str, pos: int, tables: _Tables) -> tuple[Optional[str], int]:
    """"của Bộ Chính trị", "của Bộ trưởng Bộ Xây dựng" up to the title or the clause's punctuation."""
    opening = _ISSUER_OPENING.match(clause, pos)
    if not opening:
        return None, pos
    stop = tables.issuer_end.search(clause, opening.end())
    end = stop.start() if stop else len(clause)
    words = clause[opening.end() : end].split()
    if not words or len(words) > _ISSUER_WORDS:
        return None, pos
    return " ".join(words), end


def _title_after(clause: str, pos: int) -> Optional[str]:
    opening = _TITLE_OPENING.match(clause, pos)
    if not opening:
        return None
    stop = _TITLE_END.search(clause, opening.end())
    end = min(stop.start() if stop else len(clause), opening.end() + _TITLE_MAX)
    title = " ".join(clause[opening.end() : end].replace("*", " ").split()).rstrip(" .,;")
    return title or None
