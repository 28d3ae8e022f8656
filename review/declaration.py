"""The declaration a trader files: a simplified single administrative document (datasets README, section 3).

Load one with :func:`load_declaration`; a bad file raises :class:`DeclarationError` listing every bad field::

    declaration = load_declaration(Path("case/declaration.json"))
    declaration.items[0].hs_code  # "180100" (digits only)
"""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

DocumentKind = Literal[
    "commercial_invoice", "certificate_of_origin", "phytosanitary_certificate", "sanitary_certificate",
    "packing_list",
]  # fmt: skip
Unit = Literal["kg", "pcs", "l", "m2"]


class DeclarationError(ValueError):
    """The declaration does not fit the model; ``problems`` lists every bad field as ``path: message``."""

    def __init__(self, problems: list[str], source: str = "declaration") -> None:
        self.problems = problems
        super().__init__(
            f"{source} has {len(problems)} problem(s):\n" + "\n".join(f"  - {p}" for p in problems)
        )


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class Party(_Strict):
    name: str = Field(min_length=1)
    country: str = Field(pattern=r"^[A-Z]{2}$", description="ISO 3166-1 alpha-2 code.")


class DeclaredItem(_Strict):
    line: int = Field(ge=1)
    hs_code: str = Field(description="Digits only, 6 to 10 of them.")
    description: str = Field(min_length=1)
    origin_country: str = Field(pattern=r"^[A-Z]{2}$")
    quantity: float = Field(gt=0)
    unit: Unit
    net_mass_kg: float = Field(ge=0)
    gross_mass_kg: float = Field(ge=0)
    value: float = Field(ge=0, description="Line amount in the declaration's currency.")

    @field_validator("hs_code", mode="before")
    @classmethod
    def _digits_only(cls, value: Any) -> Any:
        if isinstance(value, str | int):
            digits = re.sub(r"[\s.]", "", str(value))
            if not re.fullmatch(r"\d{6,10}", digits):
                raise ValueError("must be 6 to 10 digits (dots and spaces allowed)")
            return digits
        return value


class AttachedDocument(_Strict):
    type: DocumentKind
    number: str | None = None


class Declaration(_Strict):
    declaration_id: str = Field(min_length=1)
    flow: Literal["import", "export"]
    exporter: Party
    importer: Party
    invoice_number: str = Field(min_length=1)
    invoice_date: date
    currency: str = Field(pattern=r"^[A-Z]{3}$", description="ISO 4217 code.")
    incoterm: str = Field(pattern=r"^[A-Z]{3}$")
    total_value: float = Field(ge=0)
    items: list[DeclaredItem] = Field(min_length=1)
    attached_documents: list[AttachedDocument] = Field(default_factory=list)
    preferential_origin: bool = Field(
        default=False, description="The trader claims a tariff preference, which needs proof of origin."
    )

    def item(self, line: int) -> DeclaredItem | None:
        return next((item for item in self.items if item.line == line), None)

    def attached_numbers(self, kind: str) -> list[str]:
        return [d.number for d in self.attached_documents if d.type == kind and d.number]


def _problems(exc: ValidationError) -> list[str]:
    out = []
    for error in exc.errors():
        where = ".".join(str(part) for part in error["loc"]) or "(root)"
        out.append(f"{where}: {error['msg']}")
    return out


def parse_declaration(data: Any, source: str = "declaration") -> Declaration:
    try:
        return Declaration.model_validate(data)
    except ValidationError as exc:
        raise DeclarationError(_problems(exc), source) from exc


def load_declaration(path: Path) -> Declaration:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise DeclarationError([f"not valid JSON: {exc}"], str(path)) from exc
    return parse_declaration(data, str(path))
