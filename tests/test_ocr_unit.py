"""Unit tests of the OCR stage: normalisation, limits and bad input (no OCR model needed)."""

from __future__ import annotations

import io
import zlib

import pytest
from PIL import Image

from eval.synthdocs import build_case, invoice_blocks, render_text_pdf
from ocr.limits import ReadLimits
from ocr.models import DocumentType
from ocr.normalize import country_code, currency_code, hs_digits, parse_amount, parse_date
from ocr.pipeline import read_document

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(
    ("text", "value"),
    [("1 234,56", 1234.56), ("1,234.56", 1234.56), ("1.234,56", 1234.56), ("RM29.30", 29.30), ("$8.20", 8.2),
     ("36 100,50", 36100.5), ("15.90", 15.9), ("1,007.50", 1007.5)],
)  # fmt: skip
def test_amounts(text: str, value: float) -> None:
    assert parse_amount(text) == pytest.approx(value)


def test_dates_countries_currencies_hs() -> None:
    assert parse_date("07/02/2026") == "2026-02-07"
    assert parse_date("February 7, 2026") == "2026-02-07"
    assert parse_date("12 février 2026") == "2026-02-12"
    assert country_code("Côte d'Ivoire") == "CI"
    assert country_code("Allemagne") == "DE"
    assert country_code("Republic of Ghana") == "GH"
    assert currency_code("TOTAL €") == "EUR"
    assert hs_digits("0804.40.19") == "08044019"


def test_text_layer_pdf_needs_no_ocr() -> None:
    data = render_text_pdf(invoice_blocks(build_case(seed=1, lang="fr")))
    doc = read_document(data, filename="invoice.pdf", engine="no-such-engine")
    assert doc.pages and doc.pages[0].source == "text_layer"
    assert doc.doc_type == DocumentType.COMMERCIAL_INVOICE
    assert doc.fields["invoice_number"].value == build_case(seed=1, lang="fr")["invoice_number"]
    assert doc.fields["invoice_number"].box is not None


def _png(size: tuple[int, int]) -> bytes:
    buf = io.BytesIO()
    Image.new("L", size, 255).save(buf, format="PNG")
    return buf.getvalue()


def test_empty_corrupt_and_unsupported_files_do_not_raise() -> None:
    for data, code in ((b"", "empty"), (b"%PDF-1.4 garbage", "corrupt"), (b"hello world", "unsupported"),
                       (_png((10, 10))[:40], "corrupt")):  # fmt: skip
        doc = read_document(data, filename="x")
        assert doc.doc_type == DocumentType.UNKNOWN and doc.type_confidence == 0.0
        assert doc.rejected == code and doc.errors


def test_huge_image_is_refused_before_decoding() -> None:
    # a 20,000 x 20,000 PNG compresses to a few hundred kB: a decompression bomb
    raw = b"".join(b"\x00" + b"\xff" * 20000 for _ in range(20000))
    import struct

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    png = (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 20000, 20000, 8, 0, 0, 0, 0))
           + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))  # fmt: skip
    doc = read_document(png, filename="bomb.png")
    assert doc.rejected == "pixels" and "limit" in doc.errors[0]


def test_page_and_size_limits() -> None:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument.new()
    for _ in range(60):
        pdf.new_page(595, 842)
    buf = io.BytesIO()
    pdf.save(buf)
    doc = read_document(buf.getvalue(), filename="long.pdf", limits=ReadLimits(max_pages=50))
    assert doc.rejected == "pages"
    doc = read_document(_png((100, 100)), filename="a.png", limits=ReadLimits(max_file_mb=0.00001))
    assert doc.rejected == "too_large"
    from ocr.errors import DocumentRejected

    with pytest.raises(DocumentRejected):
        read_document(b"", filename="x", strict=True)
