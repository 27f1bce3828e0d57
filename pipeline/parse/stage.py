"""Parse stage: raw bytes → ParsedDocument (text with page/block structure).

``parse_blob`` never raises for bad input. A document that cannot be read gets
status ``error`` and a reason naming what is wrong; one whose pages need OCR that
cannot run gets ``needs_ocr`` with the pages listed; a legacy .doc/.xls without
LibreOffice to convert it gets ``needs_conversion``.
"""

from __future__ import annotations

import gc
import re
import signal
import threading
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, Literal, Optional

import pdfplumber
import pypdfium2 as pdfium
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect

from pipeline.parse.convert import ConversionFailed, ConversionUnavailable, convert_office
from pipeline.parse.pdf.ocr import DEFAULT_DPI, MAX_RENDER_PIXELS, OcrUnavailable, ocr_pdf_pages
from pipeline.parse.pdf.plumber import PdfPage, clean_pages, extract_page, inflated_stream_over, pdf_info_hints
from pipeline.parse.pdf.tables import locate_table
from pipeline.parse.pdf.pdfium import PDFIUM_LOCK, read_clean_page
from pipeline.parse.pdf.signatures import read_signatures, signature_hints
from pipeline.parse.sniff import DOC, DOCX, HTML, OFFICE_TYPES, PDF, TEXT, XLS, XLSX, sniff_media_type
from pipeline.parse.vntext import unsegmented, word_segmented
from schemas import DocumentStatus, FetchedBlob, PageSpan, PageVerdict, ParsedDocument, Table, document_id_for

# Bump when parsed output changes; part of every parsed file's stamp, so a re-run re-parses.
PARSER_VERSION = "0.3.21"
PAGE_SEPARATOR = "\n\f\n"  # between PDF pages; never part of a page span
BLOCK_SEPARATOR = "\n\n"  # between HTML/text blocks
_NEEDS_OCR = (PageVerdict.no_text, PageVerdict.broken_font, PageVerdict.non_vietnamese_ocr)
_NUMBER_LINE = re.compile(r"Số\s*:?\s*(\d+[A-Za-z]?)\s*/\s*([A-ZĐ][A-ZĐ0-9&]*(?:\s*-\s*[A-ZĐ0-9&]+)*)")


@dataclass(frozen=True)
class ParseSettings:
    """How documents are parsed. ``ocr``: "auto" OCRs the pages without a usable text
    layer, "never" reports them as ``needs_ocr``, "always" OCRs every PDF page.
    ``text_engine``: "auto" reads plainly born-digital pages (``pipeline.parse.pdf.pdfium``)
    with PDFium and every other page with pdfplumber (with ``use_text_flow`` only);
    "pdfplumber" reads every page with pdfplumber."""

    ocr: Literal["auto", "never", "always"] = "auto"
    text_engine: Literal["auto", "pdfplumber"] = "auto"
    ocr_dpi: int = DEFAULT_DPI
    ocr_lang: str = "vie"
    ocr_timeout: float = 120.0  # seconds per page for Tesseract
    convert_timeout: float = 120.0  # seconds per legacy .doc/.xls for LibreOffice
    ocr_workers: int = 0  # pages of one document OCRed at once (one Tesseract each); 0 = one per core
    # Seconds per page for the text layer (pathological content streams). Enforced with
    # SIGALRM, so only when parsing runs in the main thread: pages parsed in worker
    # threads (Dask) have no time limit.
    page_timeout: float = 60.0
    max_pages: int = 2000
    max_bytes: int = 300 * 1024 * 1024
    max_render_pixels: int = MAX_RENDER_PIXELS  # decompression-bomb guard for rendering
    max_chars: int = 20_000_000  # decoded text beyond this is a bomb, not a document
    max_stream_bytes: int = 64 * 1024 * 1024  # one inflated page content stream or form
    use_text_flow: bool = True
    tables: bool = True

    def __post_init__(self) -> None:
        if self.ocr not in ("auto", "never", "always"):
            raise ValueError(f"parse setting ocr must be auto, never or always, not {self.ocr!r}")
        if self.text_engine not in ("auto", "pdfplumber"):
            raise ValueError(f"parse setting text_engine must be auto or pdfplumber, not {self.text_engine!r}")


class _PageTimeout(Exception):
    pass


def _provenance(blob: FetchedBlob) -> dict:
    """The fields every parse of ``blob`` carries, whatever its outcome."""
    return dict(document_id=document_id_for(blob.sha256), sha256=blob.sha256, source_id=blob.source_id,
                url=blob.url, media_type=blob.media_type)


def failed_document(blob: FetchedBlob, reason: str, media_type: Optional[str] = None,
                    parser: str = "none") -> ParsedDocument:
    """The parse of a blob that could not be read: status ``error`` and the reason."""
    return ParsedDocument(**{**_provenance(blob), "media_type": media_type or blob.media_type}, parser=parser,
                          status=DocumentStatus.error, error=reason)


def parse_blob(blob: FetchedBlob, raw_path: Path, settings: ParseSettings = ParseSettings()) -> ParsedDocument:
    """Text of one stored blob; status ``error``/``needs_ocr`` instead of exceptions."""
    base = _provenance(blob)

    def failed(reason: str, media_type: Optional[str] = None, parser: str = "none") -> ParsedDocument:
        return failed_document(blob, reason, media_type, parser)

    try:
        size = raw_path.stat().st_size
    except OSError as exc:
        return failed(f"raw file not readable: {exc.strerror or exc}")
    if size == 0:
        return failed("zero-byte file")
    if size > settings.max_bytes:
        return failed(f"file too large: {size} bytes (limit {settings.max_bytes})")
    try:
        data = raw_path.read_bytes()
    except OSError as exc:
        return failed(f"raw file not readable: {exc.strerror or exc}")

    kind = sniff_media_type(data)
    declared = _declared_extension(blob.url, raw_path)
    if declared == "pdf" and kind != PDF:
        what = {HTML: "HTML", TEXT: "text"}.get(kind, "an Office document" if kind in OFFICE_TYPES else "not a PDF")
        return failed(f"mislabelled: {what} saved as .pdf", media_type=kind)
    try:
        if kind == PDF:
            return _parse_pdf(base, raw_path, data, settings)
        if kind == HTML:
            return _parse_html(base, data, settings)
        if kind == TEXT:
            return _parse_text(base, data, settings)
        if kind in OFFICE_TYPES:
            return _parse_office(base, data, kind, settings)
        return failed("unknown format: binary data that is neither PDF, HTML nor text", media_type=kind)
    except Exception as exc:  # the promise is "never raises": report what broke instead
        return failed(f"parser failure: {type(exc).__name__}: {exc}", media_type=kind)


def _declared_extension(url: str, raw_path: Path) -> Optional[str]:
    for name in (url.split("?")[0].split("#")[0], raw_path.name):
        suffix = Path(name).suffix.lower().lstrip(".")
        if suffix:
            return suffix
    return None


# --------------------------------------------------------------------------- PDF


def _parse_pdf(base: dict, path: Path, data: bytes, settings: ParseSettings) -> ParsedDocument:
    base = {**base, "media_type": PDF}

    def failed(reason: str) -> ParsedDocument:
        return ParsedDocument(**base, parser="pdfplumber", status=DocumentStatus.error, error=reason)

    if b"%%EOF" not in data[-2048:]:
        return failed(f"truncated PDF: no %%EOF marker at the end of its {len(data)} bytes")
    try:
        pdf = pdfplumber.open(path)
    except Exception as exc:
        return failed(_open_failure(exc))

    warnings: list[str] = []
    # PDFium's text is in content-stream order: it stands in for pdfplumber's text flow only.
    pdfium_pdf = _open_pdfium(data) if settings.text_engine == "auto" and settings.use_text_flow else None
    with pdf, _closing_pdfium(pdfium_pdf):
        try:
            count = len(pdf.pages)
        except Exception as exc:
            return failed(f"corrupted PDF: page tree unreadable ({type(exc).__name__}: {exc})")
        if count == 0:
            return failed("corrupted PDF: no pages")
        if count > settings.max_pages:
            return failed(f"too many pages: {count} (limit {settings.max_pages})")
        hints = {**pdf_info_hints(pdf), "page_count": str(count)}
        hints.update(signature_hints(read_signatures(pdf.doc)))
        pages = []
        for index in range(count):
            bomb = inflated_stream_over(pdf.pages[index], settings.max_stream_bytes)
            if bomb:
                return failed(f"decompression bomb: page {index + 1} {bomb}")
            page = _read_clean_page(pdfium_pdf, pdf, index, settings) if pdfium_pdf else None
            pages.append(page or _read_page(pdf, index, settings, warnings))

    chars = sum(len(p.text) for p in pages)
    if chars > settings.max_chars:
        return failed(f"decompression bomb: {chars} characters of text (limit {settings.max_chars})")

    # Running headers/footers are learnt from the pages whose text layer is kept.
    kept = [p for p in pages if p.usable]
    for page, text in zip(kept, clean_pages([p.text for p in kept])):
        page.text = text
    for page in pages:
        warnings.extend(f"page {page.number}: {note}" for note in page.notes)

    ocr_pages = _pages_for_ocr(pages, settings)
    ocr_done, missing, parser = _run_ocr(path, pages, ocr_pages, settings, warnings)
    if any(p.engine == "pdfium" and p.number not in ocr_done for p in pages):
        parser = parser.replace("pdfplumber", "pdfplumber+pdfium")

    texts, spans = [], []
    offset = 0
    for page in pages:
        verdict = page.verdict
        engine = page.engine
        if page.number in ocr_done:
            text, verdict, ocr, engine = ocr_done[page.number], PageVerdict.ocr, True, "tesseract"
        else:
            # Garbage layers (broken fonts, non-Vietnamese OCR) would feed false matches
            # downstream; the few real words of a near-empty page are kept.
            keep = page.usable or verdict == PageVerdict.no_text
            text, ocr = (page.text if keep else ""), False
        if texts:
            offset += len(PAGE_SEPARATOR)
        spans.append(PageSpan(page=page.number, char_start=offset, char_end=offset + len(text), verdict=verdict,
                              ocr=ocr, engine=engine))
        texts.append(text)
        offset += len(text)
    text = PAGE_SEPARATOR.join(texts)
    tables = _tables(pages, spans, text)

    number = _NUMBER_LINE.search(texts[0]) if texts and "signature_count" in hints else None
    if number:
        hints["signature_number"] = number.group(1) + "/" + re.sub(r"\s+", "", number.group(2))

    status, error = DocumentStatus.ok, None
    if missing:
        status = DocumentStatus.needs_ocr
        error = "needs OCR: " + "; ".join(f"page {n} ({reason})" for n, reason in missing)
    elif not text.strip():
        status, error = DocumentStatus.error, "no text: every page is blank"
    return ParsedDocument(**base, parser=parser, text=text, pages=spans, tables=tables, status=status,
                          error=error, warnings=warnings, hints=hints)


def _open_failure(exc: BaseException) -> str:
    """Reason for a PDF that pdfplumber cannot open (it wraps pdfminer's errors)."""
    cause = exc
    while isinstance(cause.__cause__ or (cause.args[0] if cause.args else None), BaseException):
        cause = cause.__cause__ or cause.args[0]
    if isinstance(cause, PDFPasswordIncorrect):
        return "encrypted PDF (password required)"
    if isinstance(cause, PDFEncryptionError):
        return f"encrypted PDF (unsupported encryption: {cause})"
    return f"corrupted PDF: {type(cause).__name__}: {cause}"


def _open_pdfium(data: bytes) -> Optional[pdfium.PdfDocument]:
    """PDFium's view of the PDF, or None (every page then goes to pdfplumber)."""
    try:
        with PDFIUM_LOCK:
            return pdfium.PdfDocument(data)
    except Exception:  # pdfplumber opened it: its own reading of the pages decides
        return None


@contextmanager
def _closing_pdfium(pdf: Optional[pdfium.PdfDocument]) -> Iterator[None]:
    try:
        yield
    finally:
        if pdf is not None:
            with PDFIUM_LOCK:
                pdf.close()


def _read_clean_page(pdfium_pdf: pdfium.PdfDocument, pdf: pdfplumber.PDF, index: int,
                     settings: ParseSettings) -> Optional[PdfPage]:
    """The page read by PDFium when it is plainly born-digital; None sends it to pdfplumber,
    as does any failure or timeout (pdfplumber then reports the page as it always has)."""
    try:
        with _time_limit(settings.page_timeout):
            return read_clean_page(pdfium_pdf, index, lambda: pdf.pages[index]).page
    except Exception:  # _PageTimeout included
        return None


def _read_page(pdf: pdfplumber.PDF, index: int, settings: ParseSettings, warnings: list[str]) -> PdfPage:
    page = None
    try:
        # The timer runs inside the pause: an alarm cannot interrupt the pause's own bookkeeping.
        with _collector_paused(), _time_limit(settings.page_timeout):
            page = pdf.pages[index]
            return extract_page(page, with_tables=settings.tables, use_text_flow=settings.use_text_flow)
    except _PageTimeout:
        warnings.append(f"page {index + 1}: text layer timed out after {settings.page_timeout:g} s")
    except Exception as exc:
        warnings.append(f"page {index + 1}: text layer unreadable ({type(exc).__name__}: {exc})")
    finally:
        if page is not None:
            page.close()  # frees the page's parsed objects: memory stays flat over long documents
    return PdfPage(index + 1, "", PageVerdict.no_text, has_images=True)


def _pages_for_ocr(pages: list[PdfPage], settings: ParseSettings) -> list[int]:
    if settings.ocr == "always":
        return [p.number for p in pages]
    # A no_text page without any image is blank: nothing to read.
    return [p.number for p in pages
            if not p.usable and p.verdict in _NEEDS_OCR and (p.verdict != PageVerdict.no_text or p.has_images)]


def _run_ocr(path: Path, pages: list[PdfPage], wanted: list[int], settings: ParseSettings,
             warnings: list[str]) -> tuple[dict[int, str], list[tuple[int, str]], str]:
    """(OCR texts by page, pages still without text with why, parser name)."""
    verdicts = {p.number: p.verdict for p in pages}
    if not wanted:
        return {}, [], "pdfplumber"
    if settings.ocr == "never":
        return {}, [(n, f"{_verdict_name(verdicts[n])}, OCR disabled") for n in wanted], "pdfplumber"
    try:
        result = ocr_pdf_pages(path, wanted, lang=settings.ocr_lang, dpi=settings.ocr_dpi,
                               timeout=settings.ocr_timeout, max_pixels=settings.max_render_pixels,
                               workers=settings.ocr_workers)
    except OcrUnavailable as exc:
        return {}, [(n, f"{_verdict_name(verdicts[n])}; {exc}") for n in wanted], "pdfplumber"
    missing = [(n, f"{_verdict_name(verdicts[n])}; {reason}") for n, reason in sorted(result.failures.items())]
    warnings.append(f"OCR ({settings.ocr_lang}, {settings.ocr_dpi} dpi) on pages {_ranges(sorted(result.texts))} "
                    f"in {result.seconds:.1f} s")
    numbers = sorted(result.texts)
    # OCR reads page numbers and running headers too: the same cleaning as text layers.
    texts = dict(zip(numbers, clean_pages([result.texts[n] for n in numbers])))
    for n, text in texts.items():
        if not text.strip():
            warnings.append(f"page {n}: OCR found no text")
    return texts, missing, "pdfplumber+tesseract"


def _verdict_name(verdict: PageVerdict) -> str:
    return {
        PageVerdict.no_text: "image only, no text layer",
        PageVerdict.broken_font: "broken font: no usable character map",
        PageVerdict.non_vietnamese_ocr: "hidden OCR layer without Vietnamese diacritics",
    }.get(verdict, str(verdict.value if hasattr(verdict, "value") else verdict))


def _ranges(numbers: list[int]) -> str:
    out: list[str] = []
    for n in numbers:
        if out and out[-1].split("-")[-1] == str(n - 1):
            out[-1] = f"{out[-1].split('-')[0]}-{n}"
        else:
            out.append(str(n))
    return ", ".join(out) or "none"


def _tables(pages: list[PdfPage], spans: list[PageSpan], text: str) -> list[Table]:
    tables: list[Table] = []
    for page, span in zip(pages, spans):
        if span.ocr:
            continue  # tables were read from the discarded text layer
        cursor = span.char_start  # tables of a page appear in order: search after the previous one
        for rows in page.tables:
            start, end = locate_table(text, rows, cursor, span.char_end)
            cursor = end if end is not None else cursor
            tables.append(Table(page=page.number, index=len(tables), rows=rows, char_start=start, char_end=end))
    return tables


_paused_lock = threading.Lock()
_pages_in_progress = 0
_collector_was_enabled = False


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Suspend the cyclic garbage collector while pages are read: pdfminer allocates
    ~100 k objects a page, which triggers collections that cost ~10 % of parse CPU.
    A page's garbage is freed by reference counting; its few cycles are collected
    once the collector runs again. Counted, so threads parsing side by side share it."""
    global _pages_in_progress, _collector_was_enabled
    with _paused_lock:
        if _pages_in_progress == 0:
            _collector_was_enabled = gc.isenabled()
            gc.disable()
        _pages_in_progress += 1
    try:
        yield
    finally:
        with _paused_lock:
            _pages_in_progress -= 1
            if _pages_in_progress == 0 and _collector_was_enabled:
                gc.enable()


@contextmanager
def _time_limit(seconds: float) -> Iterator[None]:
    """Interrupt a runaway page with SIGALRM. Signals are delivered to the main thread
    only, so in any other thread (POSIX or not) the page runs without a limit."""
    usable = seconds > 0 and hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    if not usable:
        yield
        return

    def on_alarm(signum, frame):
        raise _PageTimeout()

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


# --------------------------------------------------------------------------- HTML and text


def _blocks_document(base: dict, media_type: str, parser: str, blocks: list[str], hints: dict,
                     warnings: list[str], tables: Optional[dict[int, list]] = None) -> ParsedDocument:
    """Blocks joined by BLOCK_SEPARATOR, one PageSpan each; ``tables``: block index → rows
    of the blocks that are tables (their Table records span the block)."""
    spans, offset = [], 0
    for number, block in enumerate(blocks, start=1):
        if number > 1:
            offset += len(BLOCK_SEPARATOR)
        spans.append(PageSpan(page=number, char_start=offset, char_end=offset + len(block), verdict=PageVerdict.text))
        offset += len(block)
    tables = [Table(page=index + 1, index=n, rows=rows, char_start=spans[index].char_start,
                    char_end=spans[index].char_end) for n, (index, rows) in enumerate(sorted((tables or {}).items()))]
    # Enum values are passed explicitly: pydantic stores the plain value ("ok") only for given fields.
    return ParsedDocument(**{**base, "media_type": media_type}, parser=parser, text=BLOCK_SEPARATOR.join(blocks),
                          pages=spans, tables=tables, hints=hints, warnings=warnings, status=DocumentStatus.ok)


# The HTML and Office readers are imported on first use: trafilatura, openpyxl and python-docx
# take ~0.3 s of CPU to import, which a process (or pool) that reads only PDFs never needs.


def _parse_html(base: dict, data: bytes, settings: ParseSettings) -> ParsedDocument:
    from pipeline.parse import html_page as html_parser
    from pipeline.parse.front_matter import split_front_matter

    front = split_front_matter(data)  # a CMS export: its declared title and date win
    try:
        result = html_parser.extract_html(front.body, url=base.get("url"))
    except html_parser.UnreadableHtml as exc:
        return ParsedDocument(**{**base, "media_type": HTML}, parser="trafilatura", status=DocumentStatus.error,
                              error=str(exc))
    blocks = front.headed(result.blocks)
    if sum(len(b) for b in blocks) > settings.max_chars:
        return ParsedDocument(**{**base, "media_type": HTML}, parser="trafilatura", status=DocumentStatus.error,
                              error=f"main text longer than {settings.max_chars} characters (parse.max_chars)")
    return _blocks_document(base, HTML, "trafilatura", blocks, {**result.hints, **front.hints},
                            _converted(result.legacy_encoding))


def _parse_text(base: dict, data: bytes, settings: ParseSettings) -> ParsedDocument:
    from pipeline.parse import html_page as html_parser
    from pipeline.parse.front_matter import split_front_matter

    front = split_front_matter(data)  # Markdown with YAML front matter
    blocks, encoding, legacy = html_parser.text_blocks(front.body)
    if not blocks:
        return ParsedDocument(**{**base, "media_type": TEXT}, parser="text", status=DocumentStatus.error,
                              error="no text: only whitespace")
    if sum(len(b) for b in blocks) > settings.max_chars:
        return ParsedDocument(**{**base, "media_type": TEXT}, parser="text", status=DocumentStatus.error,
                              error=f"text longer than {settings.max_chars} characters")
    warnings = _converted(legacy)
    if word_segmented("\n".join(blocks)):
        blocks = [unsegmented(block) for block in blocks]
        warnings.append("word-segmented text: syllables joined by '_' and detached punctuation rejoined")
    return _blocks_document(base, TEXT, "text", blocks, {"encoding": encoding, **front.hints}, warnings)


def _converted(legacy_encoding: Optional[str]) -> list[str]:
    """The warning that the text was converted from a legacy encoding, if it was."""
    return [f"legacy {legacy_encoding} encoding converted to Unicode"] if legacy_encoding else []


# --------------------------------------------------------------------------- Word and Excel

_CONVERSIONS = {DOC: DOCX, XLS: XLSX}  # legacy binary → the OOXML form LibreOffice writes


def _parse_office(base: dict, data: bytes, kind: str, settings: ParseSettings) -> ParsedDocument:
    """A .docx/.xlsx read directly; a .doc/.xls converted by LibreOffice first."""
    from pipeline.parse import office

    base = {**base, "media_type": kind}
    if kind not in (*_CONVERSIONS, DOCX, XLSX):
        return ParsedDocument(**base, parser="none", status=DocumentStatus.error,
                              error="unsupported format: an Office/ZIP container that is neither Word nor Excel")
    parser, warnings = "python-docx" if kind in (DOC, DOCX) else "openpyxl", []
    if kind in _CONVERSIONS:
        try:
            data = convert_office(data, kind, _CONVERSIONS[kind], settings.convert_timeout)
        except ConversionUnavailable as exc:
            return ParsedDocument(**base, parser="none", status=DocumentStatus.needs_conversion,
                                  error=f"needs conversion: legacy .{kind} file; {exc}")
        except ConversionFailed as exc:
            return ParsedDocument(**base, parser="libreoffice", status=DocumentStatus.error, error=str(exc))
        parser, warnings = f"libreoffice+{parser}", [f"converted from .{kind} to .{_CONVERSIONS[kind]} by LibreOffice"]
    try:
        result = (office.read_xlsx if parser.endswith("openpyxl") else office.read_docx)(data, settings.max_bytes)
    except office.UnreadableOffice as exc:
        return ParsedDocument(**base, parser=parser, status=DocumentStatus.error, error=str(exc))
    if not result.blocks:
        return ParsedDocument(**base, parser=parser, status=DocumentStatus.error, error="no text: the document is empty")
    if sum(len(b) for b in result.blocks) > settings.max_chars:
        return ParsedDocument(**base, parser=parser, status=DocumentStatus.error,
                              error=f"text longer than {settings.max_chars} characters")
    warnings += _converted(result.encoding)  # Word documents typed in TCVN3/VNI fonts are common on the portals
    return _blocks_document(base, kind, parser, result.blocks, {}, warnings, result.tables)
