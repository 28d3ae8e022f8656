"""The review commands: customs check, eval check, audit verify, review export-corrections."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from api.settings import get_settings
from review.samples import SAMPLE_DOCUMENTS, sample_declaration

pytestmark = pytest.mark.unit
runner = CliRunner()


def _case(root: Path, changes: dict[str, object] | None = None) -> Path:
    case = root / "case-1"
    (case / "documents").mkdir(parents=True)
    (case / "declaration.json").write_text(json.dumps(sample_declaration()), encoding="utf-8")
    documents = json.loads(json.dumps(SAMPLE_DOCUMENTS))
    documents["invoice.png"]["fields"].update(changes or {})
    discrepancies = [{"field": name, "document": "invoice.png"} for name in (changes or {})]
    expected = {"documents": documents, "discrepancies": discrepancies}
    (case / "expected.json").write_text(json.dumps(expected), encoding="utf-8")
    return case


def test_check_prints_json_and_exits_2_when_not_clean(app, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    case = _case(tmp_path, {"currency": "USD"})
    result = runner.invoke(app, ["check", str(case), "--truth", "--json"])
    assert result.exit_code == 2, result.output
    report = json.loads(result.stdout)
    assert report["clean"] is False
    assert [(f["field"], f["document"]) for f in report["findings"] if f["severity"] != "info"] == [
        ("currency", "invoice.png")
    ]


def test_check_refuses_a_bad_declaration(app, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    case = _case(tmp_path)
    (case / "declaration.json").write_text(json.dumps(sample_declaration(flow="sideways")), encoding="utf-8")
    result = runner.invoke(app, ["check", str(case), "--truth"])
    assert result.exit_code == 1 and "flow" in result.output


def test_eval_check_writes_the_metrics(app, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _case(tmp_path / "set", {"total_value": 31000})
    out = tmp_path / "metrics.json"
    result = runner.invoke(
        app, ["eval", "check", "--dataset", str(tmp_path / "set"), "--source", "truth", "--json", str(out)]
    )
    assert result.exit_code == 0, result.output
    metrics = json.loads(out.read_text(encoding="utf-8"))
    for name in ("discrepancy_precision", "discrepancy_recall", "clean_pass_rate", "field_accuracy"):
        assert name in metrics
    assert metrics["discrepancy_recall"] == 1.0 and metrics["discrepancy_precision"] == 1.0
    assert "per field" in result.output


def test_audit_verify_and_export(app, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from review.samples import sample_documents
    from review.service import ReviewService

    service = ReviewService(get_settings())
    case = service.create_case(sample_declaration(), sample_documents({"invoice.png": {"currency": "USD"}}))
    case = service.correct_field(
        case.id,
        document="invoice.png",
        field="currency",
        value="EUR",
        reviewer="a",
        expected_version=case.version,
    )
    service.decide(case.id, "approve", "ok", "b", expected_version=case.version)
    service.close()
    result = runner.invoke(app, ["audit", "verify"])
    assert result.exit_code == 0 and "intact" in result.output
    out = tmp_path / "corrections.jsonl"
    result = runner.invoke(app, ["review", "export-corrections", "--out", str(out)])
    assert result.exit_code == 0
    assert [json.loads(line)["after"] for line in out.read_text(encoding="utf-8").splitlines()] == ["EUR"]
