"""A small sample case (declaration and truth fields) for tests, demos and the desk's empty state."""

from __future__ import annotations

import copy
from typing import Any

from ocr.models import Document
from review.case_files import document_from_fields

SAMPLE_DECLARATION: dict[str, Any] = {
    "declaration_id": "DEC-2026-000123",
    "flow": "import",
    "exporter": {"name": "SOCIETE IVOIRIENNE DE CACAO SARL", "country": "CI"},
    "importer": {"name": "CHOCOLATERIE DU RHONE SAS", "country": "FR"},
    "invoice_number": "FA-2026-0412",
    "invoice_date": "2026-03-14",
    "currency": "EUR",
    "incoterm": "CIF",
    "total_value": 29375.00,
    "items": [
        {"line": 1, "hs_code": "180100", "description": "Fèves de cacao brutes", "origin_country": "CI",
         "quantity": 12500, "unit": "kg", "net_mass_kg": 12500, "gross_mass_kg": 12980, "value": 29375.00},
    ],
    "attached_documents": [{"type": "certificate_of_origin", "number": "CO-88213"}],
}  # fmt: skip

SAMPLE_DOCUMENTS: dict[str, dict[str, Any]] = {
    "invoice.png": {
        "type": "commercial_invoice",
        "fields": {
            "invoice_number": "FA-2026-0412", "invoice_date": "14/03/2026",
            "exporter_name": "Société Ivoirienne de Cacao S.A.R.L.", "exporter_country": "Côte d'Ivoire",
            "importer_name": "Chocolaterie du Rhône SAS", "importer_country": "FR", "currency": "€",
            "incoterm": "CIF Le Havre", "total_value": "29 375,00",
            "items": [{"line": 1, "description": "Fèves de cacao brutes", "hs_code": "1801.00.00",
                       "quantity": 12500, "unit": "kgs", "value": 29375.0}],
        },
    },
    "certificate.png": {
        "type": "certificate_of_origin",
        "fields": {
            "exporter_name": "Ste Ivoirienne de Cacao", "exporter_country": "CI",
            "importer_name": "Chocolaterie du Rhone", "origin_country": "CI",
            "certificate_number": "CO 88213",
            "certificate_type": "certificate_of_origin",
            "issue_date": "2026-03-16", "issuing_authority": "CCI Côte d'Ivoire",
            "items": [
                {"line": 1, "description": "Raw cocoa beans", "hs_code": "18010000", "gross_mass_kg": 12980},
            ],
        },
    },
}  # fmt: skip


def sample_declaration(**changes: Any) -> dict[str, Any]:
    data = copy.deepcopy(SAMPLE_DECLARATION)
    data.update(changes)
    return data


def sample_documents(changes: dict[str, dict[str, Any]] | None = None) -> list[Document]:
    """The sample documents, with ``changes`` = {filename: {field: value}} applied to header fields."""
    documents = copy.deepcopy(SAMPLE_DOCUMENTS)
    for filename, fields in (changes or {}).items():
        documents[filename]["fields"].update(fields)
    return [document_from_fields(name, doc["type"], doc["fields"]) for name, doc in documents.items()]
