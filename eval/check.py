"""Evaluate the document check on case folders of datasets README section 3 (``tradedocs-dev`` and the like).

Metrics (names as in the README):
- ``discrepancy_precision`` / ``discrepancy_recall`` over (case, field) pairs: a pair is predicted when the
  check lists a block or warn finding for that field in that case, expected when expected.json lists it.
  The stricter (case, field, document) variant is reported as ``*_by_document``.
- ``clean_pass_rate``: the share of clean cases (no expected discrepancy) that the check passes as clean.
- ``field_accuracy``: the share of truth fields (expected.json ``documents``) the reader got right, compared
  after normalisation; 1.0 by construction when documents come from the truth files (``source="truth"``).
"""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, Field

from ocr.models import Document
from review.case_files import document_files, documents_from_expected, load_expected, ocr_reader
from review.check import CheckEngine
from review.compare import Outcome, compare
from review.declaration import load_declaration
from review.findings import Severity
from review.rules import FieldRule, RuleSet

Source = Literal["ocr", "truth"]


class CaseResult(BaseModel):
    case: str
    documents: int
    expected: list[tuple[str, str | None]]
    predicted: list[tuple[str, str | None]]
    clean_expected: bool
    clean_predicted: bool
    fields_total: int = 0
    fields_correct: int = 0
    read_seconds: float = 0.0
    check_seconds: float = 0.0
    error: str | None = None


class FieldRow(BaseModel):
    expected: int = 0
    predicted: int = 0
    true_positives: int = 0
    truth_fields: int = 0
    read_correctly: int = 0


class CheckEvaluation(BaseModel):
    dataset: str
    source: Source
    cases: int
    discrepancy_precision: float | None
    discrepancy_recall: float | None
    discrepancy_precision_by_document: float | None
    discrepancy_recall_by_document: float | None
    clean_pass_rate: float | None
    field_accuracy: float | None
    per_field: dict[str, FieldRow] = Field(default_factory=dict)
    per_case: list[CaseResult] = Field(default_factory=list)
    seconds: float = 0.0


def _ratio(numerator: int, denominator: int) -> float | None:
    return round(numerator / denominator, 4) if denominator else None


def case_dirs(dataset: Path) -> list[Path]:
    if (dataset / "declaration.json").is_file():
        return [dataset]
    return sorted(p for p in dataset.iterdir() if (p / "declaration.json").is_file())


_EXACT_NUMBER = FieldRule(compare="number", severity=Severity.INFO, absolute_tolerance=0.005)


def _truth_rule(rules: RuleSet, name: str, item: bool) -> FieldRule:
    rule = (rules.item_fields if item else rules.fields).get(name) or rules.cross_document_fields.get(name)
    if rule is None:
        return FieldRule(compare="text", severity=Severity.INFO)
    return _EXACT_NUMBER if rule.compare == "number" else rule


def _read_correctly(rules: RuleSet, name: str, truth: Any, got: Any, item: bool) -> bool:
    if got in (None, ""):
        return False
    if name == "certificate_type":
        return str(truth) == str(got)
    return compare(_truth_rule(rules, name, item), truth, got, rules) == Outcome.EQUAL


def score_fields(
    rules: RuleSet, truth: dict[str, Any], document: Document | None, rows: dict[str, FieldRow]
) -> tuple[int, int]:
    """Count truth fields of one document and those the reader got right."""
    total = correct = 0
    read = document.values() if document else {}
    read_items = {entry.get("line"): entry for entry in read.get("items", [])}
    pairs: list[tuple[str, Any, Any, bool]] = [
        (name, value, read.get(name), False) for name, value in truth.items() if name != "items"
    ]
    for entry in truth.get("items", []):
        got_item = read_items.get(entry.get("line"), {})
        pairs += [(name, value, got_item.get(name), True) for name, value in entry.items() if name != "line"]
    for name, value, got, item in pairs:
        ok = _read_correctly(rules, name, value, got, item)
        row = rows[name]
        row.truth_fields += 1
        row.read_correctly += ok
        total += 1
        correct += ok
    return total, correct


def evaluate_case(
    case_dir: Path,
    engine: CheckEngine,
    source: Source,
    reader: Callable[..., Document] | None,
    rows: dict[str, FieldRow],
) -> CaseResult:
    expected = load_expected(case_dir)
    expected_pairs = sorted({(d.field, d.document) for d in expected.discrepancies}, key=str)
    declaration = load_declaration(case_dir / "declaration.json")
    started = time.perf_counter()
    if source == "truth":
        documents = documents_from_expected(expected)
    else:
        assert reader is not None
        documents = [reader(path) for path in document_files(case_dir)]
    read_seconds = time.perf_counter() - started
    report = engine.run(declaration, documents)
    predicted = sorted({(f.field, f.document) for f in report.discrepancies}, key=str)
    by_name = {d.filename: d for d in documents}
    total = correct = 0
    for filename, truth in expected.documents.items():
        t, c = score_fields(engine.rules, truth.fields, by_name.get(filename), rows)
        total, correct = total + t, correct + c
    return CaseResult(
        case=case_dir.name,
        documents=len(documents),
        expected=expected_pairs,
        predicted=predicted,
        clean_expected=not expected_pairs,
        clean_predicted=report.clean,
        fields_total=total,
        fields_correct=correct,
        read_seconds=round(read_seconds, 3),
        check_seconds=report.seconds,
    )


def evaluate(dataset: Path, source: Source = "truth", engine: CheckEngine | None = None) -> CheckEvaluation:
    engine = engine or CheckEngine()
    reader = ocr_reader() if source == "ocr" else None
    if source == "ocr" and reader is None:
        raise RuntimeError(
            "OCR is not available (ocr.pipeline.read_document); evaluate on truth fields instead"
        )
    started = time.perf_counter()
    rows: dict[str, FieldRow] = defaultdict(FieldRow)
    results = [evaluate_case(case_dir, engine, source, reader, rows) for case_dir in case_dirs(dataset)]
    pairs_expected = {(r.case, f) for r in results for f, _ in r.expected}
    pairs_predicted = {(r.case, f) for r in results for f, _ in r.predicted}
    triples_expected = {(r.case, f, d) for r in results for f, d in r.expected}
    triples_predicted = {(r.case, f, d) for r in results for f, d in r.predicted}
    for _, field in pairs_expected:
        rows[field].expected += 1
    for case, field in pairs_predicted:
        rows[field].predicted += 1
        rows[field].true_positives += (case, field) in pairs_expected
    clean = [r for r in results if r.clean_expected]
    return CheckEvaluation(
        dataset=str(dataset),
        source=source,
        cases=len(results),
        discrepancy_precision=_ratio(len(pairs_expected & pairs_predicted), len(pairs_predicted)),
        discrepancy_recall=_ratio(len(pairs_expected & pairs_predicted), len(pairs_expected)),
        discrepancy_precision_by_document=_ratio(
            len(triples_expected & triples_predicted), len(triples_predicted)
        ),
        discrepancy_recall_by_document=_ratio(
            len(triples_expected & triples_predicted), len(triples_expected)
        ),
        clean_pass_rate=_ratio(sum(r.clean_predicted for r in clean), len(clean)),
        field_accuracy=_ratio(sum(r.fields_correct for r in results), sum(r.fields_total for r in results)),
        per_field=dict(sorted(rows.items())),
        per_case=results,
        seconds=round(time.perf_counter() - started, 2),
    )


def print_tables(evaluation: CheckEvaluation, console: Any) -> None:
    """The per-field table and the per-case timing table (rich)."""
    from rich.table import Table

    table = Table(title=f"Check on {evaluation.dataset} ({evaluation.source} fields): per field")
    for column in (
        "field",
        "expected",
        "predicted",
        "true pos.",
        "precision",
        "recall",
        "read ok",
        "accuracy",
    ):
        table.add_column(column, justify="left" if column == "field" else "right")
    for name, row in evaluation.per_field.items():
        table.add_row(
            name, str(row.expected), str(row.predicted), str(row.true_positives),
            _fmt(_ratio(row.true_positives, row.predicted)), _fmt(_ratio(row.true_positives, row.expected)),
            f"{row.read_correctly}/{row.truth_fields}", _fmt(_ratio(row.read_correctly, row.truth_fields)),
        )  # fmt: skip
    console.print(table)
    cases = Table(title="Per case (read = OCR or truth loading; check = rules)")
    for column in ("case", "docs", "expected", "predicted", "read s", "check s", "total s"):
        cases.add_column(column, justify="left" if column in ("case", "expected", "predicted") else "right")
    for r in evaluation.per_case:
        cases.add_row(
            r.case, str(r.documents), _pairs(r.expected), _pairs(r.predicted), f"{r.read_seconds:.2f}",
            f"{r.check_seconds:.3f}", f"{r.read_seconds + r.check_seconds:.2f}",
        )  # fmt: skip
    console.print(cases)
    summary = Table(title="Metrics")
    summary.add_column("metric")
    summary.add_column("value", justify="right")
    for name in (
        "discrepancy_precision", "discrepancy_recall", "clean_pass_rate", "field_accuracy",
        "discrepancy_precision_by_document", "discrepancy_recall_by_document",
    ):  # fmt: skip
        summary.add_row(name, _fmt(getattr(evaluation, name)))
    console.print(summary)


def _fmt(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def _pairs(pairs: list[tuple[str, str | None]]) -> str:
    return ", ".join(f"{f}@{d}" for f, d in pairs) or "clean"
