"""The document representation every stage reads and enriches (OCR -> fields -> review -> desk).

Every extracted value keeps its raw text, normalised value, confidence, page, box and the
method that produced it, so a reviewer can see where it came from.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any, Literal

from pydantic import BaseModel, Field


class DocumentType(StrEnum):
    COMMERCIAL_INVOICE = "commercial_invoice"
    CERTIFICATE_OF_ORIGIN = "certificate_of_origin"
    PHYTOSANITARY_CERTIFICATE = "phytosanitary_certificate"
    SANITARY_CERTIFICATE = "sanitary_certificate"
    PACKING_LIST = "packing_list"
    RECEIPT = "receipt"
    UNKNOWN = "unknown"


# Canonical field names of shared/datasets/README.md section 3, plus the receipt fields.
HEADER_FIELDS = (
    "invoice_number", "invoice_date", "exporter_name", "exporter_country", "importer_name",
    "importer_country", "currency", "incoterm", "total_value", "origin_country", "net_mass_kg",
    "gross_mass_kg", "certificate_number", "certificate_type", "issue_date", "issuing_authority",
)  # fmt: skip
ITEM_FIELDS = (
    "description", "hs_code", "origin_country", "quantity", "unit", "unit_price", "value", "net_mass_kg",
    "gross_mass_kg",
)  # fmt: skip
RECEIPT_FIELDS = ("company", "date", "address", "total")


class BoundingBox(BaseModel):
    """A box in page pixels of the original page image (or PDF points), origin top-left."""

    l: float  # noqa: E741 - the usual name of a box's left edge
    t: float
    r: float
    b: float
    coord_origin: Literal["TOPLEFT"] = "TOPLEFT"


# The recogniser's likeliest characters per CTC frame, each with its probability ("" is the blank)
Frames = list[list[tuple[str, float]]]


class OcrLine(BaseModel):
    text: str
    confidence: float
    box: BoundingBox
    angle: float | None = Field(
        default=None, description="Slope of the text line in degrees, when the engine gives it."
    )
    # The recogniser's likeliest characters per CTC frame ("" is the blank), kept in memory for
    # weighing other spellings of the line (``ocr.respell``); not part of the API's output.
    frames: Frames | None = Field(default=None, exclude=True, repr=False)


class Page(BaseModel):
    number: int = Field(description="1-based page number.")
    width: float
    height: float
    source: Literal["text_layer", "ocr"]
    rotation: Literal[0, 90, 180, 270] = Field(
        default=0,
        description="Clockwise degrees that turn the original page upright; width, height and boxes are upright.",
    )
    lines: list[OcrLine] = Field(default_factory=list)


class ExtractedField(BaseModel):
    name: str
    raw: str = Field(description="The text as read.")
    value: str | float | None = Field(description="Normalised value (ISO codes and dates, numbers, digits).")
    confidence: float
    page: int | None = None
    box: BoundingBox | None = None
    method: Literal["text_layer", "layout", "rule", "llm", "declared", "reviewer"] = "rule"


class LineItem(BaseModel):
    line: int
    fields: dict[str, ExtractedField] = Field(default_factory=dict)


class Document(BaseModel):
    filename: str
    doc_type: DocumentType = DocumentType.UNKNOWN
    type_confidence: float = 0.0
    pages: list[Page] = Field(default_factory=list)
    fields: dict[str, ExtractedField] = Field(default_factory=dict)
    items: list[LineItem] = Field(default_factory=list)
    errors: list[str] = Field(default_factory=list, description="Problems met while reading; never raised.")
    rejected: str | None = Field(
        default=None,
        description="Why the file was refused (empty, too_large, pages, pixels, encrypted, corrupt...).",
    )

    def values(self) -> dict[str, Any]:
        """Field values in the shape of expected.json (``items`` keyed by ``line``)."""
        out: dict[str, Any] = {name: f.value for name, f in self.fields.items()}
        if self.items:
            out["items"] = [
                {"line": item.line, **{name: f.value for name, f in item.fields.items()}}
                for item in self.items
            ]
        return out
