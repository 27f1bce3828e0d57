"""The evaluation gate: score extractions against the hand-made gold files.

Pure scoring logic, no CLI (``vnplans evaluate --gold DIR`` calls
``evaluate_gold`` and ``format_report``). The matching rules, the options and
the floor policy are documented in ``docs/evaluation.md``; in short:

- targets: one-to-one greedy matching on equal value(s), unit, comparator
  (strictness included) and overlapping sentence;
- agencies: (normalised name or alias, role), one entry per pair;
- deadlines: overlapping sentence and the same year (informational);
- responsible: agencies linked to a matched target against its gold ``responsible`` list, when given;
- metadata: accuracy per field, gold ``null`` included.

Floors (``metrics/floors.json``) are never above what the extractors measured
and are only ever raised; ``check_floors`` lists every metric under its floor.
"""

from __future__ import annotations

import html
import json
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from difflib import SequenceMatcher
from functools import lru_cache
from pathlib import Path
from typing import Any, Optional

from extractors.canonical import canonical_name, official_titles_regex, province_name, province_names
from schemas.records import AgencyMention, Document, DocumentStatus, Extraction, Target, Task

METADATA_FIELDS = ("number", "type", "issuer", "province", "date", "title")
TITLE_OVERLAP_THRESHOLD = 0.8
# Share of the shorter sentence's tokens that the longest common run must cover.
SENTENCE_OVERLAP_THRESHOLD = 0.5

# Known document types, longest first, so that "Nghị định thư" wins over "Nghị định".
DOCUMENT_TYPE_HEADS = tuple(
    sorted(
        (
            "kế hoạch", "quyết định", "chương trình", "đề án", "nghị quyết", "nghị định thư",
            "nghị định", "thông tư", "chỉ thị", "công văn", "thông báo", "báo cáo", "biên bản",
            "tờ trình", "tin tức",
        ),
        key=len,
        reverse=True,
    )
)
# "news page" is the type docs/annotation.md gives a news page that reports no document.
DOCUMENT_TYPE_SYNONYMS = {"news": "tin tức", "news page": "tin tức"}

# Old-style tone placement ("hoà", "thuỷ") folded to the new style ("hòa", "thủy"),
# only at the end of a syllable ("hoàn" is the same in both styles) and not after "q".
_TONE_STYLE = {
    "oà": "òa", "oá": "óa", "oả": "ỏa", "oã": "õa", "oạ": "ọa",
    "oè": "òe", "oé": "óe", "oẻ": "ỏe", "oẽ": "õe", "oẹ": "ọe",
    "uỳ": "ùy", "uý": "úy", "uỷ": "ủy", "uỹ": "ũy", "uỵ": "ụy",
}
_TONE_STYLE_RE = re.compile(r"(?<!q)(" + "|".join(_TONE_STYLE) + r")(?!\w)")
# "tỉ lệ"/"tỷ lệ", "kĩ thuật"/"kỹ thuật", "lí"/"lý", "mĩ"/"mỹ", "hi sinh"/"hy sinh": both spellings of a syllable
# that is h, k, l, m, s or t and a lone i/y are correct Vietnamese and one word; y is the key.
_I_AS_Y = {"i": "y", "ì": "ỳ", "í": "ý", "ỉ": "ỷ", "ĩ": "ỹ", "ị": "ỵ"}
_I_Y_SPELLING_RE = re.compile(r"(?<!\w)([hklmst])([iìíỉĩị])(?!\w)")
_ABBREVIATIONS = (
    (re.compile(r"\bubnd\b"), "ủy ban nhân dân"),
    (re.compile(r"\bhđnd\b"), "hội đồng nhân dân"),
    (re.compile(r"\btp\.?(?=\s|$)"), "thành phố"),
)
_PARENTHESES_RE = re.compile(r"\([^)]*\)")
_YEAR_RE = re.compile(r"\b(?:19|20)\d{2}\b")

# Kinds of document a researcher asks "how reliable is it on …" about: a news page whatever its format
# (the gold says so in its source description or its metadata type), else the format of the file.
DOCUMENT_KINDS = ("news page", "pdf", "office file", "text or web page")
_NEWS_DESCRIPTION = re.compile(r"news", re.I)
_KIND_OF_SUFFIX = {".pdf": "pdf", ".doc": "office file", ".docx": "office file", ".odt": "office file",
                   ".xls": "office file", ".xlsx": "office file"}


# --------------------------------------------------------------------------- normalisation


def normalise(text: str) -> str:
    """The corpus normalisation of ``check_gold.py`` (same steps, same order)."""
    t = unicodedata.normalize("NFC", text)
    t = re.sub(r"(?is)<(script|style)\b.*?</\1\s*>", " ", t)
    t = re.sub(r"(?s)<!--.*?-->", " ", t)
    t = re.sub(r"<[^>]+>", " ", t)
    t = html.unescape(t)
    t = unicodedata.normalize("NFC", t)
    t = t.replace("\u00a0", " ").replace("\u200b", "")
    t = re.sub(r"\\([\\`*_{}\[\]()#+\-.!|>~])", r"\1", t)
    t = t.replace("*", " ").replace("|", " ").replace("#", " ")
    t = re.sub(r"\s+", " ", t)
    t = re.sub(r" ([.,;:)?!])", r"\1", t)
    t = re.sub(r"\( ", "(", t)
    return t.strip()


def fold(text: Optional[str]) -> str:
    """Comparison key: corpus normalisation, case, tone style, i/y spelling, dashes, spacing, and a word
    segmenter's underscores ("diện_tích" is "diện tích": the gold quotes such texts as they are stored)."""
    if not text:
        return ""
    t = normalise(text).replace("_", " ").casefold()
    t = _TONE_STYLE_RE.sub(lambda m: _TONE_STYLE[m.group(1)], t)
    t = _I_Y_SPELLING_RE.sub(lambda m: m.group(1) + _I_AS_Y[m.group(2)], t)
    t = re.sub(r"\s*[-\u2010-\u2015]\s*", " - ", t)
    t = re.sub(r"\s*/\s*", "/", t)
    return re.sub(r"\s+", " ", t).strip(" .,;:")


def fold_name(text: Optional[str]) -> str:
    """``fold`` plus the abbreviations that name the same body (UBND, HĐND, TP.)."""
    t = fold(text)
    for pattern, expansion in _ABBREVIATIONS:
        t = pattern.sub(expansion, t)
    return re.sub(r"\s+", " ", t).strip()


# An official's title before the body it heads ("Bộ trưởng Bộ Công Thương", "Chủ tịch Ủy ban nhân dân các
# tỉnh …", "Trưởng Ban Chỉ đạo"): the annotation rules make the official stand for the body when given the
# task, and older gold wrote the title, so an agency name also compares as the body behind it.
_OFFICIAL_TITLE_RE = re.compile(
    rf"^(?:phó\s+)?(?:{official_titles_regex().casefold()}|người\s+đứng\s+đầu)\s+"
    r"(?=(?:các\s+)?(?:bộ|sở|ủy|ban|văn|cơ|cục|tổng|vụ|ngân|đài|hội|viện|trung)\b)"
)


def agency_name_keys(name: Optional[str]) -> set[str]:
    """The folded name of an agency and, when it opens on an official's title, of the body behind it."""
    key = fold_name(name)
    return {key, _OFFICIAL_TITLE_RE.sub("", key)} - {""}


def tokens(text: Optional[str]) -> list[str]:
    return re.findall(r"\w+", fold(text))


def sentence_overlap(a: Optional[str], b: Optional[str]) -> float:
    """Share of the shorter text covered by the longest run of tokens both share.

    Robust to the differences between parsers (whitespace, markup, a clause
    against its whole sentence, a bullet marker or heading in front)."""
    ta, tb = tokens(a), tokens(b)
    if not ta or not tb:
        return 0.0
    match = SequenceMatcher(None, ta, tb, autojunk=False).find_longest_match(0, len(ta), 0, len(tb))
    return match.size / min(len(ta), len(tb))


def sentences_overlap(a: Optional[str], b: Optional[str]) -> bool:
    return sentence_overlap(a, b) >= SENTENCE_OVERLAP_THRESHOLD


# --------------------------------------------------------------------------- gold


@dataclass(frozen=True)
class GoldDocument:
    """One gold file. ``file`` (the gold's ``"file"``, e.g. ``docs/x.md``) keys extractions."""

    gold_path: Path
    document_path: Path
    data: dict[str, Any]
    # The page the document was fetched from, as its provenance manifest beside the gold records it
    # (``sources-*.yaml``): a real run knows it, so extraction may read it too.
    source_url: Optional[str] = None

    @property
    def file(self) -> str:
        return self.data["file"]

    @property
    def kind(self) -> str:
        """One of ``DOCUMENT_KINDS``."""
        described = f"{self.data.get('source_kind') or ''} {self.data.get('metadata', {}).get('type') or ''}"
        if _NEWS_DESCRIPTION.search(described):
            return "news page"
        return _KIND_OF_SUFFIX.get(Path(self.file).suffix.lower(), "text or web page")

    @property
    def year(self) -> Optional[int]:
        """Year of the document's date, when the gold knows it."""
        found = _YEAR_RE.search(self.data.get("metadata", {}).get("date") or "")
        return int(found.group()) if found else None


def load_gold(gold_dir: Path | Sequence[Path]) -> list[GoldDocument]:
    """Every ``*.json`` in ``gold_dir`` (or in each of several directories), sorted;
    documents live in ``gold_dir/../<file>``, or in ``<root>/<file>`` when the gold
    names a ``root`` (relative to its own directory: a gold kept in the repository
    for a document of the shared corpus)."""
    gold_dirs = [Path(gold_dir)] if isinstance(gold_dir, (str, Path)) else [Path(d) for d in gold_dir]
    documents = []
    for directory in gold_dirs:
        found = sorted(directory.glob("*.json"))
        if not found:
            # An empty gold set would score a perfect 1.0 on nothing.
            raise FileNotFoundError(f"no gold files (*.json) in {directory}")
        urls = _manifest_urls(directory)
        for gold_path in found:
            data = json.loads(gold_path.read_text(encoding="utf-8"))
            root = directory / data["root"] if "root" in data else directory.parent
            documents.append(GoldDocument(gold_path, root / data["file"], data, urls.get(data["file"])))
    return documents


def _manifest_urls(directory: Path) -> dict[str, str]:
    """file → page URL, from the provenance manifests beside a gold set."""
    import yaml

    urls = {}
    for manifest in sorted(directory.glob("sources-*.yaml")):
        for entry in (yaml.safe_load(manifest.read_text(encoding="utf-8")) or {}).get("documents") or []:
            if entry.get("file") and entry.get("url"):
                urls[entry["file"]] = entry["url"]
    return urls


# --------------------------------------------------------------------------- options and results


@dataclass(frozen=True)
class ScoringOptions:
    include_parameters: bool = False  # score kind project_parameter with the targets
    include_generic: bool = False  # score collective agencies ("các sở, ngành có liên quan")
    include_executors: bool = False  # score the "thi hành" list of a decision
    strict: bool = False  # drop past-year targets and the agency roles gold flags for a strict scorer
    metric_diffs: bool = False  # list the words a matched target's metric misses or adds against the gold's


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    @property
    def support(self) -> int:
        return self.tp + self.fn

    @property
    def predicted(self) -> int:
        return self.tp + self.fp

    # Nothing to find and nothing found is a perfect score; otherwise an empty denominator gives 0.
    @property
    def precision(self) -> float:
        if not self.predicted:
            return 1.0 if not self.support else 0.0
        return self.tp / self.predicted

    @property
    def recall(self) -> float:
        if not self.support:
            return 1.0 if not self.predicted else 0.0
        return self.tp / self.support

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Accuracy:
    correct: int = 0
    total: int = 0

    def __add__(self, other: Accuracy) -> Accuracy:
        return Accuracy(self.correct + other.correct, self.total + other.total)

    def add(self, ok: bool) -> None:
        self.correct += ok
        self.total += 1

    @property
    def value(self) -> Optional[float]:
        return self.correct / self.total if self.total else None


@dataclass(frozen=True)
class ScoringError:
    """One mistake, for developers: what was expected or found, and where."""

    document: str
    field: str  # targets | agencies | responsible | deadlines | deadline_year | metadata.<name>
    kind: str  # false_positive | false_negative | wrong_value
    detail: str
    sentence: Optional[str] = None


@dataclass
class DocumentScore:
    file: str
    kind: str = "text or web page"  # GoldDocument.kind
    targets: Counts = field(default_factory=Counts)
    agencies: Counts = field(default_factory=Counts)
    deadlines: Optional[Counts] = None  # None when the gold has no "deadlines" key
    references: Optional[Counts] = None  # None when the gold has no "references" key
    reference_dates: Accuracy = field(default_factory=Accuracy)
    reference_issuers: Accuracy = field(default_factory=Accuracy)
    achievements: Optional[Counts] = None  # None when the gold has no "achievements" key
    deadline_years: Accuracy = field(default_factory=Accuracy)
    metric_words: Counts = field(default_factory=Counts)  # words of matched targets' metrics against the gold's
    indicator_words: Counts = field(default_factory=Counts)  # the same for their indicator form
    # Targets with an indicator key: the matched ones, and every predicted one.
    indicator_keys_matched: Accuracy = field(default_factory=Accuracy)
    indicator_keys_predicted: Accuracy = field(default_factory=Accuracy)
    # Agencies linked to matched targets against the gold targets' "responsible" lists (only targets that have one).
    responsible: Counts = field(default_factory=Counts)
    metadata: dict[str, bool] = field(default_factory=dict)
    extracted: bool = True  # False when no extraction was given for this gold document


@dataclass
class EvaluationReport:
    options: ScoringOptions
    documents: list[DocumentScore]
    errors: list[ScoringError]

    def total(self, name: str) -> Counts:
        """Micro-averaged counts of ``targets``, ``agencies`` or ``deadlines``."""
        return sum((c for d in self.documents if (c := getattr(d, name)) is not None), Counts())

    @property
    def deadline_years(self) -> Accuracy:
        return sum((d.deadline_years for d in self.documents), Accuracy())

    @property
    def metric_words(self) -> Counts:
        return sum((d.metric_words for d in self.documents), Counts())

    def accuracy(self, name: str) -> Accuracy:
        """Summed accuracy of a per-document field (reference_dates, reference_issuers)."""
        return sum((getattr(d, name) for d in self.documents), Accuracy())

    def scored(self, name: str) -> bool:
        """Whether any gold document annotates ``name`` (references, achievements)."""
        return any(getattr(d, name) is not None for d in self.documents)

    @property
    def indicator_words(self) -> Counts:
        return sum((d.indicator_words for d in self.documents), Counts())
    @property
    def responsible(self) -> Counts:
        return sum((d.responsible for d in self.documents), Counts())

    def metadata_accuracy(self, name: Optional[str] = None) -> Accuracy:
        """Accuracy of one metadata field, or of all of them with ``name=None``."""
        result = Accuracy()
        for document in self.documents:
            for key, ok in document.metadata.items():
                if name is None or key == name:
                    result.add(ok)
        return result

    def by_kind(self) -> dict[str, EvaluationReport]:
        """The report of each kind of document the gold set holds, in ``DOCUMENT_KINDS`` order."""
        return {
            kind: EvaluationReport(self.options, documents, [])
            for kind in DOCUMENT_KINDS
            if (documents := [d for d in self.documents if d.kind == kind])
        }

    def metrics(self, by_kind: bool = False) -> dict[str, Any]:
        """Flat enough for ``dvc metrics show``; these keys are what floors refer to. ``by_kind``
        adds the same figures for each kind of document under ``by_kind.<kind>``."""

        def prf(counts: Counts) -> dict[str, Any]:
            return {
                "precision": round(counts.precision, 4),
                "recall": round(counts.recall, 4),
                "f1": round(counts.f1, 4),
                "support": counts.support,
                "predicted": counts.predicted,
                "tp": counts.tp,
            }

        def rounded(value: Optional[float]) -> Optional[float]:
            return None if value is None else round(value, 4)

        metadata = {"accuracy": rounded(self.metadata_accuracy().value)}
        metadata.update({name: rounded(self.metadata_accuracy(name).value) for name in METADATA_FIELDS})
        figures = {
            "documents": len(self.documents),
            "targets": prf(self.total("targets")),
            "deadline_year_accuracy": rounded(self.deadline_years.value),
            "metric_words": prf(self.metric_words),
            "indicator_words": prf(self.indicator_words),
            "indicator_key_coverage": {
                "matched": rounded(self.accuracy("indicator_keys_matched").value),
                "predicted": rounded(self.accuracy("indicator_keys_predicted").value),
            },
            "responsible": prf(self.responsible),
            "agencies": prf(self.total("agencies")),
            "deadlines": prf(self.total("deadlines")),
            "metadata": metadata,
        }
        # Only measured when some gold annotates them: an unannotated field would score 1.0 on nothing.
        if self.scored("references"):
            figures["references"] = prf(self.total("references")) | {
                "date_accuracy": rounded(self.accuracy("reference_dates").value),
                "issuer_accuracy": rounded(self.accuracy("reference_issuers").value),
            }
        if self.scored("achievements"):
            figures["achievements"] = prf(self.total("achievements"))
        if by_kind:
            figures["by_kind"] = {kind.replace(" ", "_"): report.metrics() for kind, report in self.by_kind().items()}
        return figures


# --------------------------------------------------------------------------- matching


def _greedy_pairs(candidates: Iterable[tuple[tuple, int, int]]) -> list[tuple[int, int]]:
    """One-to-one pairs (gold index, prediction index), best priority first."""
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs = []
    for _, g, p in sorted(candidates, key=lambda c: (c[0], -c[1], -c[2]), reverse=True):
        if g not in used_gold and p not in used_pred:
            used_gold.add(g)
            used_pred.add(p)
            pairs.append((g, p))
    return sorted(pairs)


def _decimal(value: Any) -> Decimal:
    return Decimal(str(value))


def _text(value: Any) -> str:
    """An enum member or its value, as the value string."""
    return str(getattr(value, "value", value))


def _comparator_key(comparator: Any, strict: bool) -> tuple[str, bool]:
    """'>' is '>=' strict and '<' is '<=' strict, as the gold writes them."""
    comparator = _text(comparator)
    if comparator in (">", "<"):
        return comparator + "=", True
    return comparator, bool(strict) and comparator in (">=", "<=")


def _gold_values(gold: dict) -> tuple[Decimal, Optional[Decimal]]:
    value = gold["value"]
    if isinstance(value, list):
        return _decimal(value[0]), _decimal(value[1])
    return _decimal(value), None


def _target_matches(gold: dict, pred: Target) -> bool:
    low, high = _gold_values(gold)
    gold_comparator = _comparator_key(gold["comparator"], gold.get("strict", False))
    if _comparator_key(pred.comparator, pred.strict) != gold_comparator:
        return False
    if pred.value != low or (gold_comparator[0] == "range" and pred.value_max != high):
        return False
    return fold(pred.unit) == fold(gold["unit"])


def _describe_gold_target(gold: dict) -> str:
    strict = " strict" if gold.get("strict") else ""
    return (
        f"{gold['comparator']}{strict} {gold['value']} {gold['unit']!r}"
        f" (deadline {gold.get('deadline_year')}, kind {gold.get('kind', 'target')})"
    )


def _describe_target(pred: Target) -> str:
    value = f"[{pred.value}, {pred.value_max}]" if pred.value_max is not None else str(pred.value)
    strict = " strict" if pred.strict else ""
    return f"{_text(pred.comparator)}{strict} {value} {pred.unit!r} (deadline {pred.deadline_year}, kind {pred.kind})"


def _near_miss(gold: dict, preds: list[Target], unmatched: set[int]) -> str:
    """Why a missed gold target found no partner: the closest unmatched prediction
    from the same sentence, one with the same value first."""
    low, _ = _gold_values(gold)
    nearby = [
        ((preds[p].value == low, overlap), p)
        for p in sorted(unmatched)
        if (overlap := sentence_overlap(gold["sentence"], preds[p].sentence)) >= SENTENCE_OVERLAP_THRESHOLD
    ]
    if not nearby:
        return ""
    _, nearest = max(nearby, key=lambda item: item[0])
    return f"; nearest prediction: {_describe_target(preds[nearest])}"


def _gold_target_dropped(gold: dict, document: GoldDocument, options: ScoringOptions) -> bool:
    """Strict scoring drops past annual targets reported in news (README, Deadline and period)."""
    year = document.year
    deadline = gold.get("deadline_year")
    return options.strict and year is not None and deadline is not None and deadline < year


def _score_targets(document: GoldDocument, extraction: Extraction, options: ScoringOptions,
                   score: DocumentScore, errors: list[ScoringError]) -> None:
    kinds = {"target", "project_parameter"} if options.include_parameters else {"target"}
    golds = [g for g in document.data.get("targets", []) if g.get("kind", "target") in kinds]
    preds = [t for t in extraction.targets if t.kind in kinds]
    candidates = []
    for g, gold in enumerate(golds):
        for p, pred in enumerate(preds):
            if _target_matches(gold, pred):
                overlap = sentence_overlap(gold["sentence"], pred.sentence)
                if overlap >= SENTENCE_OVERLAP_THRESHOLD:
                    same_year = pred.deadline_year == gold.get("deadline_year")
                    candidates.append(((overlap, same_year), g, p))
    pairs = _greedy_pairs(candidates)
    matched_gold = {g for g, _ in pairs}
    unmatched_preds = set(range(len(preds))) - {p for _, p in pairs}
    name = document.file
    for g, p in pairs:
        gold, pred = golds[g], preds[p]
        if _gold_target_dropped(gold, document, options):
            continue  # neither a hit nor a false positive
        score.targets.tp += 1
        score.metric_words += metric_word_counts(gold.get("metric"), pred.metric)
        score.indicator_words += metric_word_counts(gold.get("metric"), pred.indicator)
        if options.metric_diffs and (diff := metric_word_diff(gold.get("metric"), pred.metric)):
            errors.append(ScoringError(name, "metric", "word_diff", diff, gold["sentence"]))
        score.indicator_keys_matched.add(pred.indicator_key is not None)
        if "responsible" in gold:
            score.responsible += _score_responsible(gold, pred, extraction, name, errors)
        ok = pred.deadline_year == gold.get("deadline_year")
        score.deadline_years.add(ok)
        if not ok:
            errors.append(ScoringError(
                name, "deadline_year", "wrong_value",
                f"expected {gold.get('deadline_year')}, got {pred.deadline_year} for {_describe_gold_target(gold)}",
                gold["sentence"],
            ))
    for g, gold in enumerate(golds):
        if g in matched_gold or _gold_target_dropped(gold, document, options):
            continue
        score.targets.fn += 1
        errors.append(ScoringError(
            name, "targets", "false_negative",
            _describe_gold_target(gold) + _near_miss(gold, preds, unmatched_preds), gold["sentence"],
        ))
    for pred in preds:
        score.indicator_keys_predicted.add(pred.indicator_key is not None)
    for p in sorted(unmatched_preds):
        score.targets.fp += 1
        errors.append(ScoringError(name, "targets", "false_positive", _describe_target(preds[p]), preds[p].sentence))


def _score_responsible(gold: dict, pred: Target, extraction: Extraction, name: str,
                       errors: list[ScoringError]) -> Counts:
    """The agencies linked to a matched target against its gold ``responsible`` list:
    entries are names or {"name", "role"?, "aliases"?}; a gold entry without a role
    matches a link of any role. One-to-one on (name or alias, role)."""
    mentions = {a.agency_id: a for a in extraction.agencies}
    linked = {}
    for link in extraction.target_agencies:
        agency = mentions.get(link.agency_id)
        if link.target_id == pred.target_id and agency is not None:
            key = (fold_name(agency.canonical_name or agency.name), fold(_text(link.role)))
            entry = linked.setdefault(key, (set(), agency.name))
            entry[0].update({fold_name(agency.name), fold_name(agency.canonical_name)} - {""})
    preds = list(linked.items())
    golds = [{"name": g} if isinstance(g, str) else g for g in gold["responsible"]]
    candidates = []
    for g, entry in enumerate(golds):
        names = {fold_name(n) for n in [entry["name"], *entry.get("aliases", [])]}
        for p, ((_, role), (pred_names, _)) in enumerate(preds):
            if names & pred_names and ("role" not in entry or fold(entry["role"]) == role):
                candidates.append(((fold_name(entry["name"]) in pred_names,), g, p))
    pairs = _greedy_pairs(candidates)
    counts = Counts(tp=len(pairs), fn=len(golds) - len(pairs), fp=len(preds) - len(pairs))
    matched_gold, matched_preds = {g for g, _ in pairs}, {p for _, p in pairs}
    for g, entry in enumerate(golds):
        if g not in matched_gold:
            errors.append(ScoringError(name, "responsible", "false_negative",
                                       f"{entry['name']!r} for {_describe_gold_target(gold)}", gold["sentence"]))
    for p, ((_, role), (_, written)) in enumerate(preds):
        if p not in matched_preds:
            errors.append(ScoringError(name, "responsible", "false_positive",
                                       f"{written!r} as {role} for {_describe_target(pred)}", pred.sentence))
    return counts


def metric_word_counts(gold: Optional[str], predicted: Optional[str]) -> Counts:
    """Words of a predicted metric against the gold metric, as a bag of folded words:
    a metric cut mid-phrase loses recall, one that runs on into the next clause loses precision."""
    gold_words, predicted_words = Counter(tokens(gold)), Counter(tokens(predicted))
    shared = sum((gold_words & predicted_words).values())
    return Counts(tp=shared, fp=sum(predicted_words.values()) - shared, fn=sum(gold_words.values()) - shared)


def metric_word_diff(gold: Optional[str], predicted: Optional[str]) -> str:
    """The gold and predicted metric with the words the prediction misses (-) and adds (+), as
    ``metric_word_counts`` counts them; empty when they hold the same words."""
    gold_words, predicted_words = Counter(tokens(gold)), Counter(tokens(predicted))
    missing, extra = gold_words - predicted_words, predicted_words - gold_words
    if not missing and not extra:
        return ""
    return (f"gold {gold!r}, got {predicted!r}; -[{' '.join(missing.elements())}]"
            f" +[{' '.join(extra.elements())}]")


def _gold_agency_dropped(gold: dict, options: ScoringOptions) -> bool:
    """Strict scoring drops the roles whose gold note says a strict scorer may drop them."""
    return options.strict and "strict scorer" in gold.get("note", "")


def _agency_in_scope(role: str, generic: bool, options: ScoringOptions) -> bool:
    if generic and not options.include_generic:
        return False
    return options.include_executors or role != fold("thi hành")


@dataclass
class _PredictedAgency:
    """Predictions of one document merged per (canonical name, role)."""

    role: str
    names: set[str]
    written: str
    sentence: str


def _merge_agencies(mentions: list[AgencyMention], options: ScoringOptions) -> list[_PredictedAgency]:
    merged: dict[tuple[str, str], _PredictedAgency] = {}
    for mention in mentions:
        role = fold(_text(mention.role))
        if not _agency_in_scope(role, mention.generic, options):
            continue
        key = (fold_name(mention.canonical_name or mention.name), role)
        entry = merged.setdefault(key, _PredictedAgency(role, set(), mention.name, mention.sentence))
        entry.names |= agency_name_keys(mention.name) | agency_name_keys(mention.canonical_name)
    return list(merged.values())


def _score_agencies(document: GoldDocument, extraction: Extraction, options: ScoringOptions,
                    score: DocumentScore, errors: list[ScoringError]) -> None:
    golds = [
        g for g in document.data.get("agencies", [])
        if _agency_in_scope(fold(g["role"]), g.get("generic", False), options)
    ]
    preds = _merge_agencies(extraction.agencies, options)
    candidates = []
    for g, gold in enumerate(golds):
        gold_names = set().union(*(agency_name_keys(n) for n in [gold["name"], *gold.get("aliases", [])]))
        for p, pred in enumerate(preds):
            if pred.role == fold(gold["role"]) and gold_names & pred.names:
                candidates.append(((fold_name(gold["name"]) in pred.names,), g, p))
    pairs = _greedy_pairs(candidates)
    matched_gold = {g for g, _ in pairs}
    matched_preds = {p for _, p in pairs}
    name = document.file
    for g, _ in pairs:
        if not _gold_agency_dropped(golds[g], options):
            score.agencies.tp += 1
    for g, gold in enumerate(golds):
        if g not in matched_gold and not _gold_agency_dropped(gold, options):
            score.agencies.fn += 1
            errors.append(ScoringError(
                name, "agencies", "false_negative", f"{gold['name']!r} as {gold['role']}", gold.get("sentence"),
            ))
    for p, pred in enumerate(preds):
        if p not in matched_preds:
            score.agencies.fp += 1
            errors.append(ScoringError(
                name, "agencies", "false_positive", f"{pred.written!r} as {pred.role}", pred.sentence,
            ))


def _task_year(task: Task) -> Optional[int]:
    if task.deadline_year is not None:
        return task.deadline_year
    if task.deadline_date is not None:
        return task.deadline_date.year
    found = _YEAR_RE.search(task.deadline or "")
    return int(found.group()) if found else None


def _score_deadlines(document: GoldDocument, extraction: Extraction,
                     score: DocumentScore, errors: list[ScoringError]) -> None:
    if "deadlines" not in document.data:
        return  # this gold file does not annotate deadlines
    golds = document.data["deadlines"]
    preds = [(task, year) for task in extraction.tasks if (year := _task_year(task)) is not None]
    candidates = []
    for g, gold in enumerate(golds):
        found = _YEAR_RE.search(str(gold["deadline"]))
        gold_year = int(found.group()) if found else None
        for p, (task, year) in enumerate(preds):
            if year == gold_year:
                overlap = max(sentence_overlap(gold["sentence"], task.sentence),
                              sentence_overlap(gold["sentence"], task.text))
                if overlap >= SENTENCE_OVERLAP_THRESHOLD:
                    candidates.append(((overlap,), g, p))
    score.deadlines = _one_to_one_counts(
        document.file, "deadlines", candidates,
        [(f"deadline {gold['deadline']}", gold["sentence"]) for gold in golds],
        [(f"deadline {task.deadline or year}", task.sentence) for task, year in preds],
        errors,
    )


def _one_to_one_counts(file: str, field_name: str, candidates: list[tuple[tuple, int, int]],
                       golds: list[tuple[str, str]], preds: list[tuple[str, str]],
                       errors: list[ScoringError]) -> Counts:
    """Greedy one-to-one pairs; each unpaired gold a false negative and each unpaired
    prediction a false positive, reported with (description, sentence)."""
    pairs = _greedy_pairs(candidates)
    matched_gold = {g for g, _ in pairs}
    matched_preds = {p for _, p in pairs}
    counts = Counts(tp=len(pairs))
    for g, (detail, sentence) in enumerate(golds):
        if g not in matched_gold:
            counts.fn += 1
            errors.append(ScoringError(file, field_name, "false_negative", detail, sentence))
    for p, (detail, sentence) in enumerate(preds):
        if p not in matched_preds:
            counts.fp += 1
            errors.append(ScoringError(file, field_name, "false_positive", detail, sentence))
    return counts


# --------------------------------------------------------------------------- references and achievements


def _reference_key(number: Optional[str], relation: str, via: Optional[str]) -> tuple[str, str, str]:
    return _number_key(number), fold(relation), _number_key(via)


def _score_references(document: GoldDocument, extraction: Extraction,
                      score: DocumentScore, errors: list[ScoringError]) -> None:
    """Distinct (number, relation, via) per document: a repeated citation counts once."""
    if "references" not in document.data:
        return
    golds: dict[tuple, dict] = {}
    for gold in document.data["references"]:
        golds.setdefault(_reference_key(gold["number"], gold["relation"], gold.get("via")), gold)
    preds: dict[tuple, list] = {}
    for reference in extraction.references:
        preds.setdefault(_reference_key(reference.number, reference.relation, reference.via_number), []).append(reference)
    counts = Counts(tp=len(golds.keys() & preds.keys()))
    for key, gold in golds.items():
        found = preds.get(key)
        if found is None:
            counts.fn += 1
            errors.append(ScoringError(
                document.file, "references", "false_negative", _describe_reference(gold["number"], gold["relation"], gold.get("via")),
                gold["sentence"],
            ))
            continue
        date_found = next((r.issue_date for r in found if r.issue_date is not None), None)
        issuer_found = next((r.issuer for r in found if r.issuer), None)
        score.reference_dates.add(_date_key(gold.get("date")) == _date_key(date_found))
        score.reference_issuers.add(_issuer_key(gold.get("issuer")) == _issuer_key(issuer_found))
    for key, found in preds.items():
        if key not in golds:
            counts.fp += 1
            errors.append(ScoringError(
                document.file, "references", "false_positive",
                _describe_reference(found[0].number, found[0].relation, found[0].via_number), found[0].sentence,
            ))
    score.references = counts


def _describe_reference(number: str, relation: str, via: Optional[str]) -> str:
    return f"{relation} {number}" + (f" (in the title of {via})" if via else "")


def _score_achievements(document: GoldDocument, extraction: Extraction,
                        score: DocumentScore, errors: list[ScoringError]) -> None:
    """One-to-one: equal value and overlapping sentence (the unit is informational)."""
    if "achievements" not in document.data:
        return
    golds = document.data["achievements"]
    preds = extraction.achievements
    candidates = []
    for g, gold in enumerate(golds):
        for p, pred in enumerate(preds):
            if pred.value == _decimal(gold["value"]):
                overlap = sentence_overlap(gold["sentence"], pred.sentence)
                if overlap >= SENTENCE_OVERLAP_THRESHOLD:
                    candidates.append(((overlap, fold(pred.unit) == fold(gold["unit"])), g, p))
    score.achievements = _one_to_one_counts(
        document.file, "achievements", candidates,
        [(f"{gold['value']} {gold['unit']!r}", gold["sentence"]) for gold in golds],
        [(f"{pred.value} {pred.unit!r} ({pred.indicator})", pred.sentence) for pred in preds],
        errors,
    )


# --------------------------------------------------------------------------- metadata


def _number_key(value: Optional[str]) -> str:
    """'2170 /QĐ - UBND' and '2170/QĐ-UBND' are the same number; Đ and D too."""
    return re.sub(r"\s+", "", fold(value)).replace("đ", "d")


def _type_key(value: Optional[str]) -> str:
    """The head of a document type: 'Quyết định ban hành Chương trình (…)' → 'quyết định'."""
    folded = fold(value)
    folded = DOCUMENT_TYPE_SYNONYMS.get(folded, folded)
    for head in DOCUMENT_TYPE_HEADS:
        if folded == head or folded.startswith(head + " ") or folded.startswith(head + "("):
            return head
    bare = fold(_PARENTHESES_RE.sub(" ", folded))
    return DOCUMENT_TYPE_SYNONYMS.get(bare, bare)


def _issuer_key(value: Optional[str]) -> tuple[str, Optional[str]]:
    """The body without the annotators' parenthesised remarks ('(author: …)', '(republished by …)'), by its
    canonical name ('Bộ NN&PTNT' is 'Bộ Nông nghiệp và Phát triển nông thôn', 'UBND' is 'Ủy ban nhân dân'),
    and the province it names, if any: two provinces' committees stay apart."""
    bare = _PARENTHESES_RE.sub(" ", value or "")
    if not bare.strip():
        return ("", None)
    pattern, provinces = _provinces_in_names()
    named = pattern.search(fold_name(bare))
    province = provinces[named.group(1)] if named else None
    body = fold_name(canonical_name(bare))
    if province:
        body = re.sub(r"\s+(?:tỉnh|thành phố)$", "", body)  # the level goes with the province
    return (body, province)


@lru_cache(maxsize=1)
def _provinces_in_names() -> tuple[re.Pattern[str], dict[str, str]]:
    """One pattern for every folded province spelling, longest first ("bà rịa - vũng tàu" before "vũng tàu"),
    and the province each spelling names."""
    provinces = {fold_name(name): province_name(name) or name for name in province_names()}
    spellings = sorted(provinces, key=len, reverse=True)
    return re.compile(r"(?<!\w)(" + "|".join(map(re.escape, spellings)) + r")(?!\w)"), provinces


def _province_key(value: Optional[str]) -> str:
    return re.sub(r"^(tỉnh|thành phố)\s+", "", fold_name(value))


def _date_key(value: Any) -> str:
    if isinstance(value, date):
        return value.isoformat()
    return (value or "").strip()


def _title_matches(gold: Optional[str], predicted: Optional[str]) -> bool:
    """Token overlap (Dice over token multisets) of at least TITLE_OVERLAP_THRESHOLD."""
    gold_tokens, predicted_tokens = tokens(gold), tokens(predicted)
    if not gold_tokens or not predicted_tokens:
        return not gold_tokens and not predicted_tokens
    remaining = list(predicted_tokens)
    shared = 0
    for token in gold_tokens:
        if token in remaining:
            remaining.remove(token)
            shared += 1
    return 2 * shared / (len(gold_tokens) + len(predicted_tokens)) >= TITLE_OVERLAP_THRESHOLD


_METADATA_KEYS: dict[str, Callable[[Any], str]] = {
    "number": _number_key,
    "type": _type_key,
    "issuer": _issuer_key,
    "province": _province_key,
    "date": _date_key,
}


def _predicted_metadata(extraction: Extraction) -> dict[str, Any]:
    document = extraction.document
    return {
        "number": document.number,
        "type": document.doc_type,
        "issuer": document.issuer,
        "province": document.province,
        "date": document.issue_date,
        "title": document.title,
    }


def _score_metadata(document: GoldDocument, extraction: Extraction,
                    score: DocumentScore, errors: list[ScoringError]) -> None:
    gold_metadata = document.data.get("metadata", {})
    predicted = _predicted_metadata(extraction)
    for name in METADATA_FIELDS:
        if name not in gold_metadata:
            continue  # only fields the gold states (null included) count
        gold, found = gold_metadata[name], predicted[name]
        if name == "title":
            ok = _title_matches(gold, found)
        else:
            ok = _METADATA_KEYS[name](gold) == _METADATA_KEYS[name](found)
        score.metadata[name] = ok
        if not ok:
            errors.append(ScoringError(
                document.file, f"metadata.{name}", "wrong_value", f"expected {gold!r}, got {found!r}",
            ))


# --------------------------------------------------------------------------- entry points


def _empty_extraction(document: GoldDocument) -> Extraction:
    """What a missing extraction scores as: nothing found."""
    return Extraction(document=Document(
        document_id="", sha256="", source_id="", url=str(document.document_path), media_type="",
        status=DocumentStatus.error, error="no extraction given", extractor_version="",
    ))


def score(gold_docs: list[GoldDocument], extractions: dict[str, Extraction],
          options: ScoringOptions = ScoringOptions()) -> EvaluationReport:
    """Score ``extractions`` (keyed by ``GoldDocument.file``) against the gold documents.

    A gold document without an extraction scores as an empty one (everything missed)."""
    documents: list[DocumentScore] = []
    errors: list[ScoringError] = []
    for gold_doc in gold_docs:
        extraction = extractions.get(gold_doc.file)
        document_score = DocumentScore(gold_doc.file, gold_doc.kind, extracted=extraction is not None)
        extraction = extraction or _empty_extraction(gold_doc)
        # A gold file scores the fields it annotates (a repository gold may annotate only references).
        if "targets" in gold_doc.data:
            _score_targets(gold_doc, extraction, options, document_score, errors)
        if "agencies" in gold_doc.data:
            _score_agencies(gold_doc, extraction, options, document_score, errors)
        _score_deadlines(gold_doc, extraction, document_score, errors)
        _score_metadata(gold_doc, extraction, document_score, errors)
        _score_references(gold_doc, extraction, document_score, errors)
        _score_achievements(gold_doc, extraction, document_score, errors)
        documents.append(document_score)
    return EvaluationReport(options, documents, errors)


def evaluate_gold(gold_dir: Path | Sequence[Path], extract_fn: Callable[[Path], Extraction],
                  options: ScoringOptions = ScoringOptions()) -> EvaluationReport:
    """Run ``extract_fn`` on every gold document and score the results."""
    gold_docs = load_gold(gold_dir)
    extractions = {doc.file: extract_fn(doc.document_path) for doc in gold_docs}
    return score(gold_docs, extractions, options)


def write_metrics(report: EvaluationReport, path: Path, by_kind: bool = False) -> None:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(report.metrics(by_kind), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def _flatten(tree: dict[str, Any], prefix: str = "") -> Iterator[tuple[str, Any]]:
    for key, value in tree.items():
        if isinstance(value, dict):
            yield from _flatten(value, f"{prefix}{key}.")
        else:
            yield f"{prefix}{key}", value


def check_floors(report: EvaluationReport, floors_path: Path) -> list[str]:
    """Every metric below its pinned floor (or not measured at all), as readable lines."""
    floors = dict(_flatten(json.loads(Path(floors_path).read_text(encoding="utf-8"))))
    measured = dict(_flatten(report.metrics()))
    violations = []
    for key, floor in sorted(floors.items()):
        value = measured.get(key)
        if value is None:
            violations.append(f"{key}: not measured (floor {floor})")
        elif value < floor:
            violations.append(f"{key}: {value:.4f} is below the floor {floor:.4f}")
    return violations


def _shorten(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def format_kinds(report: EvaluationReport) -> str:
    """F1 and accuracies per kind of document: where the figures come from and where to trust them."""
    # F1 of targets, agencies, task deadlines and metric words; accuracy of deadline years and metadata.
    headings = ("targets", "agencies", "deadline", "metric", "dl year", "metadata")
    lines = [f"{'kind':<20}{'docs':>5}" + "".join(f"{h:>9}" for h in headings)]

    def f1(counts: Optional[Counts]) -> str:
        return "-" if counts is None or not (counts.support or counts.predicted) else f"{counts.f1:.3f}"

    def share(acc: Accuracy) -> str:
        return "-" if acc.value is None else f"{acc.value:.3f}"

    for kind, part in report.by_kind().items():
        deadlines = part.total("deadlines") if any(d.deadlines is not None for d in part.documents) else None
        cells = (f1(part.total("targets")), f1(part.total("agencies")), f1(deadlines), f1(part.metric_words),
                 share(part.deadline_years), share(part.metadata_accuracy()))
        lines.append(f"{kind:<20}{len(part.documents):>5}" + "".join(f"{c:>9}" for c in cells))
    return "\n".join(lines)


def format_report(report: EvaluationReport, max_errors: int = 40) -> str:
    """The table ``vnplans evaluate`` prints: per field, per document, then the first
    errors; tables fit 80 columns (rich wraps wider lines when not on a terminal)."""
    lines = [f"{'field':<16}{'precision':>10}{'recall':>8}{'f1':>8}{'support':>9}{'predicted':>11}"]

    def counts_line(label: str, c: Counts, note: str = "") -> str:
        return f"{label:<16}{c.precision:>10.3f}{c.recall:>8.3f}{c.f1:>8.3f}{c.support:>9}{c.predicted:>11}{note}"

    for name in ("targets", "agencies", "deadlines", "references", "achievements"):
        if name in ("references", "achievements") and not report.scored(name):
            continue
        lines.append(counts_line(name, report.total(name)))

    def accuracy_line(label: str, acc: Accuracy) -> str:
        value = "n/a" if acc.value is None else f"{acc.value:.3f}"
        return f"{label:<26}{value:>6}  ({acc.correct}/{acc.total})"

    for label, words in (("metric words", report.metric_words), ("indicator words", report.indicator_words)):
        lines.append(counts_line(label, words, "  (matched targets)"))
    if report.responsible.support or report.responsible.predicted:
        lines.append(counts_line("responsible", report.responsible, "  (matched targets)"))
    lines += ["", f"{'accuracy':<26}{'value':>6}", accuracy_line("deadline_year (matched)", report.deadline_years)]
    lines.append(accuracy_line("indicator key (matched)", report.accuracy("indicator_keys_matched")))
    lines.append(accuracy_line("indicator key (predicted)", report.accuracy("indicator_keys_predicted")))
    lines.append(accuracy_line("metadata (all fields)", report.metadata_accuracy()))
    lines += [accuracy_line(f"  {name}", report.metadata_accuracy(name)) for name in METADATA_FIELDS]
    if report.scored("references"):
        lines.append(accuracy_line("reference date (matched)", report.accuracy("reference_dates")))
        lines.append(accuracy_line("reference issuer (matched)", report.accuracy("reference_issuers")))

    lines += [
        "",
        f"{'document':<37}{'targets':>14}{'agencies':>14}{'metadata':>10}",
        f"{'':<37}{'tp/fp/fn':>14}{'tp/fp/fn':>14}{'right/all':>10}",
    ]
    for d in report.documents:
        meta = f"{sum(d.metadata.values())}/{len(d.metadata)}"
        missing = " no extraction" if not d.extracted else ""
        lines.append(
            f"{Path(d.file).stem[:36]:<37}{f'{d.targets.tp}/{d.targets.fp}/{d.targets.fn}':>14}"
            f"{f'{d.agencies.tp}/{d.agencies.fp}/{d.agencies.fn}':>14}{meta:>10}{missing}"
        )
    if report.errors:
        lines += ["", f"errors ({len(report.errors)}, first {min(max_errors, len(report.errors))}):"]
        for e in report.errors[:max_errors]:
            lines.append(f"- {Path(e.document).stem} {e.field} {e.kind}: {e.detail}")
            if e.sentence:
                lines.append(f"    «{_shorten(normalise(e.sentence), 72)}»")
    return "\n".join(lines)
