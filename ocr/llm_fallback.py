"""The LLM pass for the header fields the rules missed (optional; ``read_document(..., llm=client)``).

The model gets the document's text in reading order and the names of the missing fields, and
answers through ``LLMClient.complete_json`` constrained to ``HeaderGuess``'s JSON schema. An
answer is kept only when it is grounded: its text must occur on the page (after folding case,
accents and spaces), so a model cannot invent an invoice number. Kept values are normalised by
the same functions as the rules' (dates, amounts, currencies, countries, incoterms) and carry
``method="llm"``, the line they were found on and a confidence below the rules'. A failing or
malformed model reply is recorded in ``doc.errors``; it never loses the rule fields.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from pydantic import BaseModel, Field

from ocr.layout import LLine, union_box
from ocr.models import Document, DocumentType, ExtractedField
from ocr.normalize import country_code, currency_code, fold, incoterm, parse_amount, parse_date

if TYPE_CHECKING:
    from llm.base import LLMClient

log = logging.getLogger(__name__)

LLM_CONFIDENCE = 0.5
MAX_PROMPT_CHARS = 4000


class HeaderGuess(BaseModel):
    """What the model may fill: each value copied as printed, or null."""

    invoice_number: str | None = Field(default=None, description="invoice number as printed")
    invoice_date: str | None = Field(default=None, description="invoice date as printed")
    exporter_name: str | None = Field(default=None, description="seller / exporter company name")
    importer_name: str | None = Field(default=None, description="buyer / importer company name")
    exporter_country: str | None = None
    importer_country: str | None = None
    currency: str | None = None
    incoterm: str | None = None
    total_value: str | None = Field(default=None, description="invoice total amount as printed")
    certificate_number: str | None = None
    issue_date: str | None = None
    issuing_authority: str | None = None
    company: str | None = Field(default=None, description="receipt: the shop's company name")
    date: str | None = Field(default=None, description="receipt: date as printed")
    address: str | None = Field(default=None, description="receipt: the shop's address")
    total: str | None = Field(default=None, description="receipt: total amount as printed")


_TRADE = (
    "invoice_number",
    "invoice_date",
    "exporter_name",
    "importer_name",
    "exporter_country",
    "importer_country",
    "currency",
    "incoterm",
    "total_value",
)
_CERT = ("certificate_number", "issue_date", "issuing_authority", "exporter_name", "importer_name")
WANTED: dict[DocumentType, tuple[str, ...]] = {
    DocumentType.COMMERCIAL_INVOICE: _TRADE,
    DocumentType.PACKING_LIST: ("invoice_number", "invoice_date", "exporter_name", "importer_name"),
    DocumentType.CERTIFICATE_OF_ORIGIN: _CERT,
    DocumentType.PHYTOSANITARY_CERTIFICATE: _CERT,
    DocumentType.SANITARY_CERTIFICATE: _CERT,
    DocumentType.RECEIPT: ("company", "date", "address", "total"),
}

_NORMALISERS: dict[str, Callable[[str], str | float | None]] = {
    "invoice_date": parse_date,
    "issue_date": parse_date,
    "total_value": parse_amount,
    "total": parse_amount,
    "currency": currency_code,
    "incoterm": incoterm,
    "exporter_country": country_code,
    "importer_country": country_code,
}
_RAW_VALUE = {"date"}  # receipts keep the printed date (section 2 of the datasets README)


def _squash(text: str) -> str:
    return "".join(fold(text).split())


def build_prompt(lines: list[LLine], doc_type: DocumentType, missing: list[str]) -> str:
    text = "\n".join(x.text for x in lines)[:MAX_PROMPT_CHARS]
    return (
        f"Document type: {doc_type.value}.\n"
        "Document text (OCR, reading order):\n"
        f"{text}\n\n"
        f"Copy from the text, exactly as printed, the values of these fields: {', '.join(missing)}. "
        "Use null for a field that is not printed. Answer in JSON.\n"
    )


def _grounding(value: str, lines: list[LLine]) -> list[LLine] | None:
    """The lines that contain ``value`` (one line, or two consecutive ones for a wrapped value)."""
    target = _squash(value)
    if len(target) < 2:
        return None
    squashed = [_squash(x.text) for x in lines]
    for i, text in enumerate(squashed):
        if target in text:
            return [lines[i]]
        if i + 1 < len(lines) and target in text + squashed[i + 1] and target not in squashed[i + 1]:
            return [lines[i], lines[i + 1]]
    return None


def fill_missing(doc: Document, lines: list[LLine], llm: LLMClient) -> list[str]:
    """Ask the model for the wanted fields absent from ``doc.fields``; returns the names filled."""
    missing = [name for name in WANTED.get(doc.doc_type, ()) if name not in doc.fields]
    if not missing or not lines:
        return []
    try:
        guess = llm.complete_json(build_prompt(lines, doc.doc_type, missing), HeaderGuess, max_tokens=256)
    except Exception as exc:  # an LLM outage or a reply outside the schema must not lose the rule fields
        log.warning("LLM fallback failed: %s", exc)
        doc.errors.append(f"LLM fallback failed: {exc}")
        return []
    filled: list[str] = []
    for name in missing:
        raw = getattr(guess, name, None)
        if not raw or not str(raw).strip():
            continue
        raw = str(raw).strip()
        used = _grounding(raw, lines)
        if used is None:
            log.info("LLM value for %s not found on the page: %r", name, raw)
            continue
        normalise = _NORMALISERS.get(name)
        value: str | float | None = raw if normalise is None or name in _RAW_VALUE else normalise(raw)
        if value is None:
            continue
        doc.fields[name] = ExtractedField(
            name=name,
            raw=raw,
            value=value,
            confidence=round(LLM_CONFIDENCE * min(x.conf for x in used), 3),
            page=used[0].page,
            box=union_box(used),
            method="llm",
        )
        filled.append(name)
    return filled
