"""Screen helpers of the desk: discrepancies first, citation chips, boxes scaled onto the page image."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from ui import views

pytestmark = pytest.mark.unit


def _field(name: str, value: object, box: dict | None = None) -> dict:
    return {"name": name, "raw": str(value), "value": value, "confidence": 0.9, "page": 1, "box": box}


CASE = {
    "declaration": {"total_value": 100.0, "exporter": {"name": "ACME", "country": "FR"},
                    "items": [{"line": 1, "hs_code": "180100"}]},
    "documents": [{"id": 1, "document": {
        "filename": "invoice.png",
        "pages": [{"number": 1, "width": 200, "height": 100}],
        "fields": {"currency": _field("currency", "EUR"),
                   "total_value": _field("total_value", 120.0, {"l": 10, "t": 10, "r": 50, "b": 20}),
                   "exporter_name": _field("exporter_name", "ACME")},
        "items": [{"line": 1, "fields": {"hs_code": _field("hs_code", "180200")}}],
    }}],
    "report": {"findings": [
        {"field": "hs_code", "line": 1, "document": "invoice.png", "severity": "warn",
         "document_values": [{"document": "invoice.png", "value": "180200"}]},
        {"field": "total_value", "document": "invoice.png", "severity": "block",
         "document_values": [{"document": "invoice.png", "value": 120.0}]},
    ]},
}  # fmt: skip


def test_field_rows_put_blocking_then_warning_discrepancies_first() -> None:
    rows = views.field_rows(CASE)
    assert [r[2] for r in rows[:2]] == ["total_value", "hs_code"]
    assert rows[0][:2] == ["block", "invoice.png"] and rows[0][4] == "100.0" and rows[0][5] == "120.0"
    assert rows[1][3] == 1 and rows[1][4] == "180100"
    assert {r[0] for r in rows[2:]} == {"ok"}
    exporter = next(r for r in rows if r[2] == "exporter_name")
    assert exporter[4] == "ACME"
    assert views.field_key(rows[1]) == "invoice.png / hs_code #1"


def test_citation_chip_opens_the_article_with_the_quote_in_bold() -> None:
    answer = {
        "citations": [
            {"number": 1, "source_id": "code/a/article-290.md", "article": "290", "quote": "Pas limitée."}
        ],
        "sources": [{"source_id": "code/a/article-290.md", "text": "# Article 290\n\nPas limitée. Autre."}],
    }
    label = views.citation_label(answer["citations"][0])
    assert label == "[1] art. 290"
    text = views.article_markdown(answer, label)
    assert "**Pas limitée.**" in text and "code/a/article-290.md" in text
    assert views.article_markdown(answer, "[9] nothing") == ""


def test_boxes_are_scaled_to_the_rendered_page() -> None:
    buffer = io.BytesIO()
    Image.new("RGB", (400, 200), "white").save(buffer, format="PNG")
    image, boxes = views.page_image(buffer.getvalue(), "invoice.png", CASE["documents"][0]["document"])
    assert image.size == (400, 200)
    assert boxes == [((20, 20, 100, 40), "total_value")]
