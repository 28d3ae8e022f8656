"""End-to-end extraction with the real RapidOCR engine on generated scans (section-3 truth)."""

from __future__ import annotations

from pathlib import Path

import pytest

from eval.kie import evaluate
from eval.synthdocs import make_case

pytestmark = [pytest.mark.integration, pytest.mark.slow]


def test_generated_scans_are_read_with_high_field_accuracy(tmp_path: Path) -> None:
    make_case(tmp_path / "c1", seed=11, lang="fr", noise=True)
    report = evaluate(tmp_path)
    assert report.metrics["doc_type_accuracy"] == 1.0
    assert report.metrics["field_accuracy"] is not None and report.metrics["field_accuracy"] >= 0.8
    assert report.metrics["invoice_number"] == 1.0
