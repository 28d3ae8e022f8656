"""Pure helpers that turn service results into what the screens show (tested without a browser)."""

from __future__ import annotations

import io
from typing import Any

from PIL import Image

FIELD_COLUMNS = ["status", "document", "field", "line", "declared", "read", "confidence"]
STATUS_ORDER = {"block": 0, "warn": 1, "info": 2, "ok": 3}
DECLARATION_PATHS = {
    "exporter_name": ("exporter", "name"),
    "exporter_country": ("exporter", "country"),
    "importer_name": ("importer", "name"),
    "importer_country": ("importer", "country"),
}


def citation_label(citation: dict[str, Any]) -> str:
    where = (
        f"art. {citation['article']}" if citation.get("article") else citation["source_id"].rsplit("/", 1)[-1]
    )
    return f"[{citation['number']}] {where}"


def user_questions(history: list[dict[str, Any]]) -> list[str]:
    """The user's questions in a chatbot's history, oldest first (content is text or text parts)."""
    questions = []
    for message in history:
        if message.get("role") != "user":
            continue
        content = message.get("content")
        if isinstance(content, list):
            parts = [p.get("text", "") if isinstance(p, dict) else p for p in content]
            content = " ".join(p for p in parts if isinstance(p, str))
        if isinstance(content, str) and content.strip():
            questions.append(content)
    return questions


def article_markdown(answer: dict[str, Any], label: str | None) -> str:
    """The cited article's text with the quoted sentence in bold."""
    if not label:
        return ""
    citation = next((c for c in answer.get("citations", []) if citation_label(c) == label), None)
    if citation is None:
        return ""
    text = next((s["text"] for s in answer.get("sources", []) if s["source_id"] == citation["source_id"]), "")
    quote = citation["quote"]
    body = text.replace(quote, f"**{quote}**") if quote and quote in text else f"> {quote}\n\n{text}"
    return f"**{citation['source_id']}**\n\n{body}"


def _declared(case: dict[str, Any], field: str, line: int | None) -> Any:
    declaration = case.get("declaration", {})
    if line is not None:
        item: dict[str, Any] = next((i for i in declaration.get("items", []) if i.get("line") == line), {})
        return item.get(field)
    if field in DECLARATION_PATHS:
        party, key = DECLARATION_PATHS[field]
        return (declaration.get(party) or {}).get(key)
    return declaration.get(field)


def field_rows(case: dict[str, Any]) -> list[list[Any]]:
    """One row per extracted field, discrepancies (block, then warn) first."""
    findings: dict[tuple[str | None, str, int | None], str] = {}
    for finding in case.get("report", {}).get("findings", []):
        documents = [e.get("document") for e in finding.get("document_values", [])] or [
            finding.get("document")
        ]
        for doc in documents:
            key = (doc, finding["field"], finding.get("line"))
            current = findings.get(key)
            if current is None or STATUS_ORDER[finding["severity"]] < STATUS_ORDER[current]:
                findings[key] = finding["severity"]
    rows = []
    for stored in case.get("documents", []):
        document = stored["document"]
        name = document["filename"]
        entries = [(field, None) for field in document.get("fields", {}).values()]
        for item in document.get("items", []):
            entries += [(field, item["line"]) for field in item.get("fields", {}).values()]
        for field, line in entries:
            status = findings.get((name, field["name"], line), "ok")
            declared = _declared(case, field["name"], line)
            rows.append([
                status, name, field["name"], "" if line is None else line,
                "" if declared is None else str(declared),
                "" if field.get("value") is None else str(field["value"]),
                round(float(field.get("confidence") or 0.0), 2),
            ])  # fmt: skip
    rows.sort(key=lambda r: (STATUS_ORDER.get(r[0], 9), r[1], r[2], str(r[3])))
    return rows


def field_key(row: list[Any]) -> str:
    line = f" #{row[3]}" if row[3] not in ("", None) else ""
    return f"{row[1]} / {row[2]}{line}"


def page_image(
    data: bytes, filename: str, document: dict[str, Any], page_number: int = 1
) -> tuple[Any, list]:
    """The page image and its field boxes as ``((l, t, r, b), label)`` in image pixels."""
    pages = document.get("pages", [])
    page = next((p for p in pages if p["number"] == page_number), pages[0] if pages else None)
    if data[:1024].find(b"%PDF") >= 0:
        import pypdfium2 as pdfium

        pdf = pdfium.PdfDocument(data)
        image = pdf[page_number - 1].render(scale=2).to_pil()
    else:
        image = Image.open(io.BytesIO(data))
        image.seek(max(0, page_number - 1))
        image = image.convert("RGB")
    if page and page.get("rotation"):
        image = image.rotate(-page["rotation"], expand=True)  # boxes are on the upright page
    scale = image.width / page["width"] if page and page.get("width") else 1.0
    boxes = []
    fields = list(document.get("fields", {}).values())
    for item in document.get("items", []):
        fields += list(item.get("fields", {}).values())
    for field in fields:
        box = field.get("box")
        if not box or (field.get("page") or 1) != page_number:
            continue
        coords = tuple(round(v * scale) for v in (box["l"], box["t"], box["r"], box["b"]))
        if coords[2] > coords[0] and coords[3] > coords[1]:
            boxes.append((coords, field["name"]))
    return image, boxes


def audit_rows(entries: list[dict[str, Any]]) -> list[list[Any]]:
    rows = []
    for entry in entries:
        payload = entry.get("payload", {})
        what = {
            k: v
            for k, v in payload.items()
            if k in ("field", "before", "after", "comment", "reason", "status")
        }
        rows.append([entry["seq"], entry["at"], entry["actor"], entry["action"], str(what)])
    return rows
