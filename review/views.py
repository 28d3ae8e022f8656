"""What the review service returns (pydantic models, safe to serialise for the API and the desk)."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any

from pydantic import BaseModel

from ocr.models import Document
from review.findings import CheckReport


class Decision(StrEnum):
    APPROVE = "approve"
    REJECT = "reject"
    REQUEST_DOCUMENTS = "request_documents"


class CaseStatus(StrEnum):
    OPEN = "open"
    APPROVED = "approved"
    REJECTED = "rejected"
    DOCUMENTS_REQUESTED = "documents_requested"


STATUS_AFTER = {
    Decision.APPROVE: CaseStatus.APPROVED,
    Decision.REJECT: CaseStatus.REJECTED,
    Decision.REQUEST_DOCUMENTS: CaseStatus.DOCUMENTS_REQUESTED,
}


class CaseSummary(BaseModel):
    """One row of the queue."""

    id: str
    declaration_id: str
    status: CaseStatus
    risk: int
    blocking: int
    discrepancies: int
    version: int
    created_at: datetime
    updated_at: datetime


class StoredDocument(BaseModel):
    id: int
    document: Document


class CorrectionView(BaseModel):
    id: int
    document: str
    field: str
    line: int | None
    before: Any
    after: Any
    reason: str
    reviewer: str
    created_at: datetime


class DecisionView(BaseModel):
    id: int
    decision: Decision
    comment: str
    reviewer: str
    case_version: int
    created_at: datetime


class CaseView(CaseSummary):
    """A whole case: declaration, documents with their (corrected) fields, findings, history."""

    declaration: dict[str, Any]
    documents: list[StoredDocument]
    report: CheckReport
    corrections: list[CorrectionView]
    decisions: list[DecisionView]
