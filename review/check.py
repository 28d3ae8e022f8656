"""The check engine: compare every document with the declaration and with each other.

Usage::

    engine = CheckEngine()                       # rules from review/rules.yaml, template explanations
    report = engine.run(declaration, documents)  # documents: list[ocr.models.Document]
    [f.field for f in report.discrepancies]

Deterministic by design: the outcome depends only on the rules and the normalised values.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

from ocr.models import Document, ExtractedField
from review.compare import Outcome, compare, compare_any
from review.declaration import Declaration, DeclaredItem
from review.explain import Explainer, TemplateExplainer
from review.findings import CheckReport, Discrepancy, Evidence, Severity
from review.rules import FieldRule, RuleSet, cached_rules


def evidence(document: Document, extracted: ExtractedField) -> Evidence:
    return Evidence(
        document=document.filename,
        value=extracted.value,
        raw=extracted.raw,
        page=extracted.page,
        box=extracted.box,
        confidence=extracted.confidence,
    )


def _declared_header(declaration: Declaration, name: str, document: Document) -> list[Any] | None:
    """The declared value(s) a document's header field is compared with; None when nothing to compare."""
    match name:
        case "exporter_name":
            return [declaration.exporter.name]
        case "exporter_country":
            return [declaration.exporter.country]
        case "importer_name":
            return [declaration.importer.name]
        case "importer_country":
            return [declaration.importer.country]
        case "origin_country":
            return sorted({item.origin_country for item in declaration.items})
        case "net_mass_kg":
            return [round(sum(item.net_mass_kg for item in declaration.items), 3)]
        case "gross_mass_kg":
            return [round(sum(item.gross_mass_kg for item in declaration.items), 3)]
        case "certificate_number":
            numbers = declaration.attached_numbers(str(document.doc_type))
            return numbers or None
        case _:
            value = getattr(declaration, name, None)
            return None if value is None else [value]


def _declared_item(
    declaration: Declaration, document: Document, position: int, line: int
) -> DeclaredItem | None:
    item = declaration.item(line)
    if item is None and len(document.items) == len(declaration.items):
        item = declaration.items[position]
    return item


class CheckEngine:
    """Runs the rules of one RuleSet over a declaration and its documents."""

    def __init__(self, rules: RuleSet | None = None, explainer: Explainer | None = None) -> None:
        self.rules = rules or cached_rules()
        self.explainer = explainer or TemplateExplainer()

    def run(self, declaration: Declaration, documents: list[Document]) -> CheckReport:
        started = time.perf_counter()
        findings: list[Discrepancy] = []
        compared = 0
        for document in documents:
            for finding, counted in self._check_document(declaration, document):
                compared += counted
                if finding is not None:
                    findings.append(finding)
        findings.extend(self._cross_document(documents))
        findings.extend(self._required_documents(declaration, documents))
        types = {d.filename: str(d.doc_type) for d in documents}
        for finding in findings:
            finding.explanation = self.explainer.explain(finding, types.get(finding.document or ""))
        findings.sort(
            key=lambda f: ({"block": 0, "warn": 1, "info": 2}[f.severity], f.document or "", f.field)
        )
        return CheckReport(
            declaration_id=declaration.declaration_id,
            documents=types,
            findings=findings,
            fields_compared=compared,
            seconds=round(time.perf_counter() - started, 4),
        )

    # -- one document against the declaration -------------------------------------------------

    def _finding(
        self, rule_id: str, rule: FieldRule, outcome: Outcome, field: str, declared: Any, document: Document,
        extracted: ExtractedField, line: int | None = None,
    ) -> Discrepancy | None:  # fmt: skip
        if outcome == Outcome.EQUAL:
            return None
        kind: Any = {
            "different": "declaration_mismatch",
            "suffix_only": "national_suffix",
            "unreadable": "unread",
        }[outcome]
        severity = {
            Outcome.DIFFERENT: rule.severity,
            Outcome.SUFFIX_ONLY: Severity.INFO,
            # a value that cannot be read cannot be verified: a reviewer must look (never silently equal)
            Outcome.UNREADABLE: Severity.WARN if rule.severity != Severity.INFO else Severity.INFO,
        }[outcome]
        return Discrepancy(
            field=rule.report_as or field,
            line=line,
            document=document.filename,
            kind=kind,
            declared_value=declared[0] if isinstance(declared, list) and len(declared) == 1 else declared,
            document_values=[evidence(document, extracted)],
            rule=rule_id,
            severity=severity,
        )

    def _check_document(
        self, declaration: Declaration, document: Document
    ) -> Iterator[tuple[Discrepancy | None, int]]:
        for name, extracted in document.fields.items():
            rule = self.rules.fields.get(name)
            if rule is None or extracted.value in (None, "") or str(document.doc_type) in rule.skip_documents:
                continue
            declared = _declared_header(declaration, name, document)
            if declared is None:
                continue
            outcome = compare_any(rule, declared, extracted.value, self.rules)
            yield self._finding(f"fields.{name}", rule, outcome, name, declared, document, extracted), 1
        for position, item in enumerate(document.items):
            declared_item = _declared_item(declaration, document, position, item.line)
            if declared_item is None:
                continue
            for name, extracted in item.fields.items():
                rule = self.rules.item_fields.get(name)
                if (
                    rule is None
                    or extracted.value in (None, "")
                    or str(document.doc_type) in rule.skip_documents
                ):
                    continue
                declared_value = getattr(declared_item, name, None)
                if declared_value is None:
                    continue
                outcome = compare(rule, declared_value, extracted.value, self.rules)
                finding = self._finding(
                    f"item_fields.{name}", rule, outcome, name, declared_value, document, extracted,
                    line=declared_item.line,
                )  # fmt: skip
                yield finding, 1

    # -- documents with each other --------------------------------------------------------------

    def _cross_document(self, documents: list[Document]) -> Iterator[Discrepancy]:
        for name, rule in self.rules.cross_document_fields.items():
            by_type: dict[str, list[tuple[Document, ExtractedField]]] = {}
            for document in documents:
                extracted = document.fields.get(name)
                if extracted is not None and extracted.value not in (None, ""):
                    by_type.setdefault(str(document.doc_type), []).append((document, extracted))
            for group in by_type.values():
                first_doc, first = group[0]
                for document, extracted in group[1:]:
                    if compare(rule, first.value, extracted.value, self.rules) == Outcome.DIFFERENT:
                        yield Discrepancy(
                            field=name,
                            document=document.filename,
                            kind="cross_document",
                            declared_value=None,
                            document_values=[evidence(document, extracted), evidence(first_doc, first)],
                            rule=f"cross_document_fields.{name}",
                            severity=rule.severity,
                        )

    # -- required documents ---------------------------------------------------------------------

    def _required_documents(
        self, declaration: Declaration, documents: list[Document]
    ) -> Iterator[Discrepancy]:
        present = {str(d.doc_type) for d in documents}
        missing: dict[str, Discrepancy] = {}
        for rule in self.rules.required_documents:
            wanted: list[str] = []
            if rule.declared_attachments:
                wanted = [a.type for a in declaration.attached_documents]
            elif rule.when_preferential_origin:
                wanted = [rule.document] if declaration.preferential_origin and rule.document else []
            elif rule.document and declaration.flow in rule.flows:
                codes = [item.hs_code for item in declaration.items]
                if any(code.startswith(prefix) for code in codes for prefix in rule.hs_prefixes):
                    wanted = [rule.document]
            for kind in wanted:
                if kind not in present and kind not in missing:
                    missing[kind] = Discrepancy(
                        field="certificate_type",
                        kind="missing_document",
                        declared_value=kind,
                        rule=rule.id,
                        severity=rule.severity,
                    )
        yield from missing.values()
