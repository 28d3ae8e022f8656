"""Case folders of datasets README section 3: ``declaration.json``, ``documents/*``, ``expected.json``.

Documents come either from OCR (``ocr.pipeline.read_document``, when installed) or from the truth
fields of ``expected.json`` (:func:`documents_from_expected`), which isolates the check engine.
"""

from __future__ import annotations

import importlib
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field

from ocr.models import Document, DocumentType, ExtractedField, LineItem
from review.declaration import Declaration, load_declaration

DOCUMENT_SUFFIXES = {".png", ".jpg", ".jpeg", ".pdf", ".tif", ".tiff", ".webp"}


class ExpectedDiscrepancy(BaseModel):
    field: str
    document: str | None = None


class ExpectedDocument(BaseModel):
    type: str
    fields: dict[str, Any] = Field(default_factory=dict)


class Expected(BaseModel):
    documents: dict[str, ExpectedDocument] = Field(default_factory=dict)
    discrepancies: list[ExpectedDiscrepancy] = Field(default_factory=list)


def _field(name: str, value: Any) -> ExtractedField:
    return ExtractedField(name=name, raw=str(value), value=value, confidence=1.0, method="reviewer")


def document_from_fields(filename: str, doc_type: str, fields: dict[str, Any]) -> Document:
    """A Document whose fields are given values (truth files, fixtures, tests)."""
    header = {k: _field(k, v) for k, v in fields.items() if k != "items" and v is not None}
    items = [
        LineItem(
            line=int(entry.get("line", position + 1)),
            fields={k: _field(k, v) for k, v in entry.items() if k != "line" and v is not None},
        )
        for position, entry in enumerate(fields.get("items") or [])
    ]
    try:
        kind = DocumentType(doc_type)
    except ValueError:
        kind = DocumentType.UNKNOWN
    return Document(filename=filename, doc_type=kind, type_confidence=1.0, fields=header, items=items)


def load_expected(case_dir: Path) -> Expected:
    return Expected.model_validate(json.loads((case_dir / "expected.json").read_text(encoding="utf-8")))


def documents_from_expected(expected: Expected) -> list[Document]:
    return [document_from_fields(name, doc.type, doc.fields) for name, doc in expected.documents.items()]


def document_files(case_dir: Path) -> list[Path]:
    folder = case_dir / "documents"
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.suffix.lower() in DOCUMENT_SUFFIXES)


def ocr_reader() -> Callable[..., Document] | None:
    """``ocr.pipeline.read_document`` when the OCR stage is installed, else None."""
    try:
        module = importlib.import_module("ocr.pipeline")
    except ImportError:
        return None
    reader = getattr(module, "read_document", None)
    return reader if callable(reader) else None


class OcrUnavailableError(RuntimeError):
    """The OCR stage (ocr.pipeline.read_document) is not installed."""


def read_documents(case_dir: Path) -> list[Document]:
    reader = ocr_reader()
    if reader is None:
        raise OcrUnavailableError(
            "ocr.pipeline.read_document is not available; use --truth to check truth fields"
        )
    return [reader(path) for path in document_files(case_dir)]


def load_case(case_dir: Path, *, truth: bool = False) -> tuple[Declaration, list[Document]]:
    """The declaration and its documents: read by OCR, or (``truth=True``) taken from expected.json."""
    declaration = load_declaration(case_dir / "declaration.json")
    documents = documents_from_expected(load_expected(case_dir)) if truth else read_documents(case_dir)
    return declaration, documents
