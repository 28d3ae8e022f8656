"""What a check finds: discrepancies with both values and where each came from, and the case report."""

from __future__ import annotations

from enum import StrEnum
from typing import Any, Literal

from pydantic import BaseModel, Field

from ocr.models import BoundingBox


class Severity(StrEnum):
    BLOCK = "block"
    WARN = "warn"
    INFO = "info"


SEVERITY_RANK = {Severity.BLOCK: 2, Severity.WARN: 1, Severity.INFO: 0}

FindingKind = Literal[
    "declaration_mismatch", "cross_document", "missing_document", "national_suffix", "unread"
]


class Evidence(BaseModel):
    """One value as a document states it, with the place it was read from."""

    document: str
    value: Any
    raw: str | None = None
    page: int | None = None
    box: BoundingBox | None = None
    confidence: float | None = None


class Discrepancy(BaseModel):
    """A disagreement between the declaration and a document (or between documents)."""

    field: str = Field(description="Canonical field name (datasets README, section 3).")
    line: int | None = Field(default=None, description="Declaration item line for item-level fields.")
    document: str | None = Field(default=None, description="The document this finding is listed under.")
    kind: FindingKind = "declaration_mismatch"
    declared_value: Any = None
    document_values: list[Evidence] = Field(default_factory=list)
    rule: str = Field(description="Id of the rule in the rules file that produced this finding.")
    severity: Severity
    explanation: str = ""

    @property
    def is_discrepancy(self) -> bool:
        """Block and warn findings are discrepancies; info findings are information only."""
        return self.severity != Severity.INFO

    @property
    def evidence(self) -> Evidence | None:
        return self.document_values[0] if self.document_values else None


class CheckReport(BaseModel):
    """The outcome of checking one declaration against its documents."""

    declaration_id: str
    documents: dict[str, str] = Field(description="File name -> recognised document type.")
    findings: list[Discrepancy] = Field(default_factory=list)
    fields_compared: int = 0
    seconds: float = 0.0

    @property
    def discrepancies(self) -> list[Discrepancy]:
        return [f for f in self.findings if f.is_discrepancy]

    @property
    def clean(self) -> bool:
        return not self.discrepancies

    @property
    def risk(self) -> int:
        """Ordering key for the queue: blocking findings weigh most."""
        weights = {Severity.BLOCK: 100, Severity.WARN: 10, Severity.INFO: 0}
        return sum(weights[f.severity] for f in self.findings)

    @property
    def worst_severity(self) -> Severity | None:
        ranked = sorted(self.discrepancies, key=lambda f: SEVERITY_RANK[f.severity], reverse=True)
        return ranked[0].severity if ranked else None

    def summary(self) -> dict[str, Any]:
        return {
            "declaration_id": self.declaration_id,
            "clean": self.clean,
            "risk": self.risk,
            "discrepancies": len(self.discrepancies),
            "info": len(self.findings) - len(self.discrepancies),
        }
