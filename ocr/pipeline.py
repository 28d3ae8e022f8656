"""The single entry point of the OCR stage: ``read_document``.

    from ocr.pipeline import read_document
    doc = read_document("invoice.pdf")                      # a path
    doc = read_document(data, filename="scan.png")          # or bytes
    doc.doc_type, doc.type_confidence, doc.values()

Signature (stable)::

    read_document(source: str | Path | bytes, filename: str | None = None, *,
                  limits: ReadLimits | None = None, engine: OcrEngine | str | None = None,
                  llm: LLMClient | None = None, strict: bool = False) -> Document

- ``limits`` defaults to ``ReadLimits.from_settings()`` (``CUSTOMS_MAX_PAGES``, ``CUSTOMS_MAX_PIXELS``,
  ``CUSTOMS_MAX_FILE_MB``, ``CUSTOMS_OCR_MAX_SECONDS``); ``engine`` to ``settings.ocr_engine``.
- It never raises for bad input: a corrupt, encrypted, empty, over-limit or unsupported file
  gives a ``Document`` with ``doc_type == "unknown"``, ``type_confidence == 0``, the reason in
  ``errors`` and, for refusals, ``rejected`` set to the reason code (``empty``, ``too_large``,
  ``pages``, ``pixels``, ``encrypted``, ``corrupt``, ``unsupported``).
- With ``strict=True`` a refusal raises ``ocr.errors.DocumentRejected`` instead (for an API that
  wants to answer 413/422).
- ``llm``: an optional ``llm.base.LLMClient`` asked (JSON-schema constrained) for the header
  fields the rules missed; off by default.

Stages: load (text layer or rendering) -> downscale -> OCR engine (a sideways page is read again
a quarter-turn each way and the better reading kept, ``Page.rotation``) -> layout -> document type ->
field rules -> optional LLM; each stage enriches the one ``Document`` and records its problems.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from ocr.engines import CloseReader, OcrEngine, build_engine
from ocr.errors import DocumentRejected
from ocr.limits import ReadLimits
from ocr.llm_fallback import WANTED
from ocr.loader import PageInput, load_pages
from ocr.models import Document, DocumentType, Page
from ocr.normalize import PRINTED_HS_CODE
from ocr.preprocess import downscale, is_sideways, map_back, upright

if TYPE_CHECKING:
    from llm.base import LLMClient

log = logging.getLogger(__name__)

__all__ = ["DocumentRejected", "ReadLimits", "read_document"]


def read_document(
    source: str | Path | bytes,
    filename: str | None = None,
    *,
    limits: ReadLimits | None = None,
    engine: OcrEngine | str | None = None,
    llm: LLMClient | None = None,
    strict: bool = False,
) -> Document:
    """Read a document (path or bytes) into a ``Document`` with its type and fields. See the module doc."""
    name = filename or (Path(source).name if isinstance(source, str | Path) else "upload")
    doc = Document(filename=name)
    try:
        limits = limits or ReadLimits.from_settings()
        data = _read_bytes(source, limits)
        pages = load_pages(data, limits)
    except DocumentRejected as exc:
        if strict:
            raise
        doc.errors.append(exc.reason)
        doc.rejected = exc.code
        return doc
    except Exception as exc:  # never take down the serving process
        log.exception("reading %s failed", name)
        doc.errors.append(f"could not read the file: {exc}")
        doc.rejected = "corrupt"
        return doc
    started = time.monotonic()
    try:
        ocr_engine = _ocr_pages(doc, pages, limits, engine, started)
    except Exception as exc:
        log.exception("OCR of %s failed", name)
        doc.errors.append(f"OCR failed: {exc}")
        ocr_engine = None
    _understand(doc)
    if isinstance(ocr_engine, CloseReader) and _misses_fields(doc):
        doc = _closer_reading(doc, data, limits, ocr_engine, started)
    _last_resort(doc)
    if llm is not None and doc.doc_type != DocumentType.UNKNOWN:
        from ocr.layout import layout_lines
        from ocr.llm_fallback import fill_missing

        fill_missing(doc, layout_lines(doc), llm)
    return doc


def _understand(doc: Document) -> None:
    from ocr.understand import understand

    _extract(doc, understand)


def _last_resort(doc: Document) -> None:
    """Fields read by their place alone, once no reading found them by their labels."""
    from ocr.understand import parties_by_position

    _extract(doc, parties_by_position)


def _extract(doc: Document, step: Callable[[Document], None]) -> None:
    """One extraction step; its failure is the document's error, not the service's."""
    try:
        step(doc)
    except Exception as exc:
        log.exception("field extraction of %s failed", doc.filename)
        doc.errors.append(f"field extraction failed: {exc}")


def _found(doc: Document) -> tuple[int, int]:
    """How much a reading found: the header fields its type should carry, then every value."""
    wanted = sum(1 for name in WANTED.get(doc.doc_type, ()) if name in doc.fields)
    return wanted, len(doc.fields) + _item_values(doc)


def _item_values(doc: Document) -> int:
    return sum(len(item.fields) for item in doc.items)


# a tariff code inside a line, not part of a longer number
_PRINTED_HS = re.compile(rf"(?<![\d.,])(?:{PRINTED_HS_CODE.pattern})(?![\d.,])")


def _misses_fields(doc: Document) -> bool:
    if doc.doc_type in (DocumentType.UNKNOWN, DocumentType.RECEIPT):
        return False  # receipts: their fields are read best at the usual size (SROIE dev)
    if not any(page.source == "ocr" for page in doc.pages):
        return False
    return (
        not doc.items
        or any(name not in doc.fields for name in WANTED.get(doc.doc_type, ()))
        or _codes_left_out(doc)
        or _values_left_out(doc)
        or _descriptions_left_out(doc)
    )


def _descriptions_left_out(doc: Document) -> bool:
    """Goods of which some have a description and some none: two rows were read as one (an EUR.1's
    "... catégorie I 1.775colis - Dattes Deglet Nour, dénoyautées ..." on a scan)."""
    described = ["description" in item.fields for item in doc.items]
    return any(described) and not all(described)


def _values_left_out(doc: Document) -> bool:
    """An invoice whose goods have no value: the heading of its value column was misread ("alortotal"
    for "Valor total" on a phone photo)."""
    return doc.doc_type == DocumentType.COMMERCIAL_INVOICE and not any(
        "value" in item.fields for item in doc.items
    )


def _codes_left_out(doc: Document) -> bool:
    """An invoice or certificate that prints tariff codes, none of which went to its goods."""
    if doc.doc_type not in (DocumentType.COMMERCIAL_INVOICE, DocumentType.CERTIFICATE_OF_ORIGIN):
        return False
    if any("hs_code" in item.fields for item in doc.items):
        return False
    return any(_PRINTED_HS.search(line.text) for page in doc.pages for line in page.lines)


def _closer_reading(
    doc: Document, data: bytes, limits: ReadLimits, engine: OcrEngine, started: float
) -> Document:
    """The document read again with the engine's closer look, if that reading finds more.

    A phone photo of a form can lose its small grey labels at the usual detection size, and with
    them the exporter and consignee; a clean page misses no field and never pays for this.
    """
    closer = Document(filename=doc.filename)
    try:
        _ocr_pages(closer, load_pages(data, limits), limits, engine, started, closely=True)
    except Exception as exc:
        log.warning("the closer reading of %s failed: %s", doc.filename, exc)
        return doc
    if len(closer.pages) < len(doc.pages):  # out of time: keep the whole first reading
        return doc
    _understand(closer)
    if _found(closer) <= _found(doc):
        return doc
    if closer.doc_type != doc.doc_type:
        return closer
    # The usual reading is the better tuned one: the closer one only fills what it missed.
    for name, field in closer.fields.items():
        doc.fields.setdefault(name, field)
    if _item_values(closer) > _item_values(doc):
        doc.items = closer.items
    return doc


def _read_bytes(source: str | Path | bytes, limits: ReadLimits) -> bytes:
    if isinstance(source, bytes | bytearray | memoryview):
        return bytes(source)
    path = Path(source)
    if not path.is_file():
        raise DocumentRejected(f"no such file: {path}", code="missing")
    size = path.stat().st_size
    if size > limits.max_file_mb * 1024 * 1024:
        raise DocumentRejected(
            f"the file is {size / 1048576:.1f} MB; the limit is {limits.max_file_mb} MB", code="too_large"
        )
    return path.read_bytes()


def _ocr_pages(
    doc: Document,
    pages: list[PageInput],
    limits: ReadLimits,
    engine: OcrEngine | str | None,
    started: float,
    *,
    closely: bool = False,
) -> OcrEngine | None:
    """OCR every page without a text layer into ``doc``; the engine used (None if no page needed one)."""
    ocr_engine: OcrEngine | None = engine if engine is not None and not isinstance(engine, str) else None
    for page_in in pages:
        if page_in.image is None:
            doc.pages.append(
                Page(
                    number=page_in.number,
                    width=page_in.width,
                    height=page_in.height,
                    source="text_layer",
                    lines=page_in.lines,
                )
            )
            continue
        if time.monotonic() - started > limits.max_seconds:
            doc.errors.append(
                f"time limit of {limits.max_seconds:g} s reached: pages from {page_in.number} not read"
            )
            break
        if ocr_engine is None:
            kind = engine if isinstance(engine, str) else _default_engine_kind()
            ocr_engine = build_engine(kind)
        image, factor = downscale(page_in.image, limits.max_side)
        raw = (
            ocr_engine.read_closely(image)
            if closely and isinstance(ocr_engine, CloseReader)
            else ocr_engine.read(image)
        )
        rotation: Literal[0, 90, 270] = 0
        width, height = page_in.width, page_in.height
        if is_sideways(raw):
            rotation, raw = upright(image, getattr(ocr_engine, "read_without_line_flip", ocr_engine.read))
            width, height = height, width
        lines = map_back(raw, factor * page_in.scale)
        lines.sort(key=lambda x: (x.box.t, x.box.l))
        doc.pages.append(
            Page(
                number=page_in.number,
                width=width,
                height=height,
                source="ocr",
                rotation=rotation,
                lines=lines,
            )
        )
        page_in.image = None  # free the pixels early
    return ocr_engine


def _default_engine_kind() -> str:
    try:
        from api.settings import get_settings

        return str(get_settings().ocr_engine)
    except Exception:
        return "rapidocr"


__all__ += ["DocumentType"]
