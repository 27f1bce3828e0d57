"""Digital signatures of a PDF as metadata hints.

Vietnamese e-documents carry a personal signature of the signer (CN = the
person, O = the body) and one or more signatures of the issuing body applied by
its records office (CN = O = the body), whose time is the issue date. The
printed "Số: /QĐ-UBND … ngày tháng năm" is often left blank and filled by
those stamps, so these hints let metadata fill the blanks.
"""

from __future__ import annotations

import re
import unicodedata
import warnings
from dataclasses import dataclass
from typing import Optional

from cryptography import x509
from cryptography.hazmat.primitives.serialization import pkcs7
from cryptography.x509.oid import NameOID
from pdfminer.pdftypes import resolve1
from pdfminer.psparser import PSLiteral

MAX_FIELDS = 200  # AcroForm fields visited: bounds the walk on hostile files
# How the names of bodies begin (casefolded); a person's name never does.
_BODY_WORDS = tuple(w.casefold() for w in (
    "Ủy ban", "Uỷ ban", "UBND", "Bộ ", "Cục ", "Tổng cục", "Sở ", "Văn phòng", "Ban ", "Trung tâm",
    "Phòng ", "Chi cục", "Hội đồng", "Công ty", "Tổng công ty", "Ngân hàng", "Kho bạc", "Thanh tra",
    "Viện ", "Trường ", "Bệnh viện", "Đảng ủy", "Tỉnh ủy", "Huyện ủy", "Thành ủy", "Chính phủ",
))
_PDF_DATE = re.compile(r"D:(\d{4})(\d{2})(\d{2})(\d{2})?(\d{2})?(\d{2})?")


@dataclass(frozen=True)
class Signature:
    signed_at: Optional[str]  # ISO 8601 as written by the signer (local time)
    common_name: Optional[str]
    organisation: Optional[str]
    unit: Optional[str]  # OU
    reason: Optional[str]
    location: Optional[str]
    contact: Optional[str]

    @property
    def is_organisation(self) -> bool:
        """A body's seal rather than a person: its CN is the O/OU, or names a kind of body."""
        cn = (self.common_name or "").casefold()
        if not cn:
            return False
        same_as_body = cn in {(self.organisation or "").casefold(), (self.unit or "").casefold()}
        return same_as_body or cn.startswith(_BODY_WORDS)


def read_signatures(doc) -> list[Signature]:
    """Signatures in the AcroForm of a pdfminer ``PDFDocument``, in signing-time order."""
    try:
        form = resolve1(doc.catalog.get("AcroForm"))
        fields = list(resolve1(form.get("Fields")) or []) if isinstance(form, dict) else []
    except Exception:  # a damaged form dictionary only costs the hints
        return []
    found: list[Signature] = []
    visited = 0
    while fields and visited < MAX_FIELDS:
        visited += 1
        try:
            field = resolve1(fields.pop(0))
            if not isinstance(field, dict):
                continue
            fields.extend(resolve1(field.get("Kids")) or [])
            value = resolve1(field.get("V"))
            if isinstance(value, dict) and "ByteRange" in value:
                found.append(_signature(value))
        except Exception:
            continue
    return sorted(found, key=lambda s: s.signed_at or "")


def _signature(value: dict) -> Signature:
    subject = _signer_subject(resolve1(value.get("Contents")))
    return Signature(
        signed_at=_iso_time(_text(value.get("M"))),
        common_name=_attr(subject, NameOID.COMMON_NAME),
        organisation=_attr(subject, NameOID.ORGANIZATION_NAME),
        unit=_attr(subject, NameOID.ORGANIZATIONAL_UNIT_NAME),
        reason=_text(value.get("Reason")),
        location=_text(value.get("Location")),
        contact=_text(value.get("ContactInfo")),
    )


def _signer_subject(contents) -> Optional[x509.Name]:
    """Subject of the signer's certificate: the one that issued no other certificate here."""
    if not isinstance(contents, (bytes, bytearray)):
        return None
    try:
        with warnings.catch_warnings():  # over-long attributes are common and harmless here
            warnings.simplefilter("ignore")
            certs = pkcs7.load_der_pkcs7_certificates(bytes(contents).rstrip(b"\x00"))
            issuers = {c.issuer.rfc4514_string() for c in certs}
            leaves = [c for c in certs if c.subject.rfc4514_string() not in issuers]
            return (leaves or certs)[0].subject if certs else None
    except Exception:
        return None


def _attr(name: Optional[x509.Name], oid) -> Optional[str]:
    if name is None:
        return None
    try:
        values = name.get_attributes_for_oid(oid)
    except Exception:
        return None
    return unicodedata.normalize("NFC", str(values[0].value)).strip() if values else None


def _text(raw) -> Optional[str]:
    raw = resolve1(raw)
    if isinstance(raw, PSLiteral):
        raw = raw.name
    if isinstance(raw, (bytes, bytearray)):
        raw = bytes(raw)
        if raw.startswith(b"\xfe\xff"):
            raw = raw[2:].decode("utf-16-be", "replace")
        else:
            try:
                raw = raw.decode("utf-8")
            except UnicodeDecodeError:
                raw = raw.decode("latin-1")
    if not isinstance(raw, str) or not raw.strip():
        return None
    return unicodedata.normalize("NFC", raw.strip())


def _iso_time(raw: Optional[str]) -> Optional[str]:
    m = _PDF_DATE.match(raw or "")
    if not m:
        return None
    y, mo, d, h, mi, s = (g or "00" for g in m.groups())
    return f"{y}-{mo}-{d}T{h}:{mi}:{s}"


def signature_hints(signatures: list[Signature]) -> dict[str, Optional[str]]:
    """``signature_name`` (first personal signer), ``signature_org`` and
    ``signature_date`` (first seal of the issuing body, else the personal signature)."""
    if not signatures:
        return {}
    people = [s for s in signatures if not s.is_organisation and s.common_name]
    seals = [s for s in signatures if s.is_organisation]
    hints: dict[str, Optional[str]] = {"signature_count": str(len(signatures))}
    if people:
        hints["signature_name"] = people[0].common_name
    seal = seals[0] if seals else None
    org_source = seal or (people[0] if people else signatures[0])
    hints["signature_org"] = (seal.common_name if seal else None) or org_source.organisation
    dated = seal or org_source
    if dated.signed_at:
        hints["signature_time"] = dated.signed_at
        hints["signature_date"] = dated.signed_at[:10]
    if org_source.reason:
        hints["signature_reason"] = org_source.reason
    if org_source.location:
        hints["signature_location"] = org_source.location
    return hints
