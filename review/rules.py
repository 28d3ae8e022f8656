"""The check rules, loaded from the YAML file an administrator edits (``review/rules.yaml`` by default)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from review.findings import Severity

DEFAULT_RULES_PATH = Path(__file__).with_name("rules.yaml")

Flow = Literal["import", "export"]
Comparison = Literal[
    "identifier", "date", "name", "country", "currency", "incoterm", "number", "hs_code", "unit", "text"
]


class RulesError(ValueError):
    """The rules file cannot be read or does not fit the schema."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class FieldRule(_Strict):
    compare: Comparison
    severity: Severity
    relative_tolerance: float = Field(default=0.0, ge=0)
    absolute_tolerance: float = Field(default=0.0, ge=0)
    report_as: str | None = Field(default=None, description="Canonical field name used in findings.")
    skip_documents: list[str] = Field(
        default_factory=list,
        description="Document types that do not state this field (a value read there is noise).",
    )


class RequiredDocumentRule(_Strict):
    id: str
    reason: str
    severity: Severity = Severity.BLOCK
    document: str | None = None
    flows: list[Flow] = Field(default_factory=lambda: list[Flow](["import", "export"]))
    hs_prefixes: list[str] = Field(default_factory=list)
    when_preferential_origin: bool = False
    declared_attachments: bool = False


class RuleSet(_Strict):
    version: int = 1
    name_threshold: float = Field(default=88, ge=0, le=100)
    text_threshold: float = Field(default=70, ge=0, le=100)
    hs_digits: int = Field(default=6, ge=4, le=10)
    fields: dict[str, FieldRule]
    item_fields: dict[str, FieldRule]
    cross_document_fields: dict[str, FieldRule] = Field(default_factory=dict)
    required_documents: list[RequiredDocumentRule] = Field(default_factory=list)


def load_rules(path: Path | None = None) -> RuleSet:
    path = path or DEFAULT_RULES_PATH
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        return RuleSet.model_validate(data)
    except (OSError, yaml.YAMLError, ValidationError) as exc:
        raise RulesError(f"cannot use rules file {path}: {exc}") from exc


@lru_cache(maxsize=8)
def cached_rules(path: Path | None = None) -> RuleSet:
    return load_rules(path)
