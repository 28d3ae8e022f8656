"""Evaluation results on the admin screen: the three eval JSON shapes drawn as bars, others ignored."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from matplotlib.figure import Figure

from api.auth import AuthError
from api.desk import Desk
from api.settings import Settings
from ui import plots

pytestmark = pytest.mark.unit

RETRIEVAL = {"recall@1": 0.7, "recall@5": 0.9, "recall@10": 0.95, "mrr@10": 0.8}
QA = {
    "metrics": {
        **RETRIEVAL, "citation_accuracy": 0.84, "fact_recall": 0.78, "abstention_precision": 0.71,
        "abstention_recall": 1.0, "false_abstention_rate": 0.08,
        "fr": {**RETRIEVAL, "citation_accuracy": 0.95, "fact_recall": 0.85, "abstention_precision": 1.0,
               "abstention_recall": 1.0, "false_abstention_rate": 0.0},
        "en": {**RETRIEVAL, "recall@1": 0.6},
        "baselines": {"bm25": {**RETRIEVAL, "recall@5": 0.84}, "dense (qdrant)": RETRIEVAL, "hybrid": RETRIEVAL},
    },
    "per_question": [{"id": "q1"}, {"id": "q2"}],
}  # fmt: skip
KIE = {
    "dataset": "tradedocs-dev",
    "format": "tradedocs",
    "metrics": {"field_accuracy": 0.9, "doc_type_accuracy": 1.0, "hs_code": 0.95, "currency": 1.0,
                "items.quantity": 0.5, "seconds_per_page": 2.5, "peak_rss_mb": 700.0, "incoterm": None},
    "per_document": [{"id": "dev-001/invoice.png"}],
}  # fmt: skip
CHECK = {
    "dataset": "tradedocs-dev", "source": "ocr", "cases": 12, "discrepancy_precision": 1.0,
    "discrepancy_recall": 0.9091, "discrepancy_precision_by_document": 1.0,
    "discrepancy_recall_by_document": 0.9286, "clean_pass_rate": 1.0, "field_accuracy": 0.9871,
    "per_field": {"hs_code": {"expected": 1}}, "per_case": [], "seconds": 540.8,
}  # fmt: skip
UNKNOWN = [{"metrics": {"bleu": 0.3}}, {"per_field": {}}, {"hello": "world"}, [1, 2], "text", None]


def _ticks(ax) -> list[str]:  # type: ignore[no-untyped-def]
    return [label.get_text() for label in ax.get_xticklabels()]


def test_the_three_shapes_are_recognised_and_anything_else_ignored() -> None:
    assert [plots.kind(d) for d in (QA, KIE, CHECK)] == ["qa", "kie", "check"]
    assert [plots.kind(d) for d in UNKNOWN] == [None] * len(UNKNOWN)
    results = [{"name": f"x{i}.json", "data": d} for i, d in enumerate(UNKNOWN)]
    assert plots.latest(results) == {}
    assert plots.evaluation_figures(results) == {}


def test_qa_figure_has_metric_clusters_by_language_and_baselines_side_by_side() -> None:
    fig = plots.qa_figure(QA, "en")
    assert isinstance(fig, Figure)
    answers, baselines = fig.axes[:2]
    assert _ticks(answers) == [*RETRIEVAL, "citation_accuracy", "fact_recall", "abstention_precision",
                               "abstention_recall", "false_abstention_rate ↓"]  # fmt: skip
    assert [t.get_text() for t in answers.get_legend().get_texts()] == [
        "overall", "French questions", "English questions"
    ]  # fmt: skip
    assert len(answers.patches) == 9 * 3
    heights = [p.get_height() for p in answers.patches]
    assert heights[:4] == [0.7, 0.9, 0.95, 0.8] and heights[9] == 0.7 and heights[18] == 0.6
    assert heights[18 + 4] == 0.0  # the English group has no citation_accuracy: an empty bar
    assert _ticks(baselines) == list(RETRIEVAL)
    assert [t.get_text() for t in baselines.get_legend().get_texts()] == ["bm25", "dense (qdrant)", "hybrid"]
    assert len(baselines.patches) == 4 * 3 and baselines.patches[1].get_height() == 0.84
    assert "2 questions" in answers.get_title()


def test_qa_figure_without_baselines_has_one_panel_and_french_labels() -> None:
    data = {"metrics": {k: v for k, v in QA["metrics"].items() if k != "baselines"}, "per_question": []}
    fig = plots.qa_figure(data, "fr")
    assert fig is not None and len(fig.axes) == 1
    legend = [t.get_text() for t in fig.axes[0].get_legend().get_texts()]
    assert legend == ["ensemble", "questions en français", "questions en anglais"]


def test_kie_figure_has_one_bar_per_field_weakest_first() -> None:
    fig = plots.kie_figure(KIE, "en")
    assert fig is not None
    ax = fig.axes[0]
    labels = [label.get_text() for label in ax.get_yticklabels()]
    assert labels == ["items.quantity", "hs_code", "currency"]  # summary metrics and None are left out
    assert [p.get_width() for p in ax.patches] == [0.5, 0.95, 1.0]
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["overall 0.900"]


def test_check_figure_has_the_check_metrics() -> None:
    fig = plots.check_figure(CHECK, "en")
    assert fig is not None
    ax = fig.axes[0]
    assert _ticks(ax) == [
        "discrepancy precision", "discrepancy recall", "discrepancy precision (by document)",
        "discrepancy recall (by document)", "clean cases passed", "fields read correctly",
    ]  # fmt: skip
    assert [p.get_height() for p in ax.patches] == [1.0, 0.9091, 1.0, 0.9286, 1.0, 0.9871]
    assert "12" in ax.get_title() and "ocr" in ax.get_title()
    assert _ticks(plots.check_figure(CHECK, "fr").axes[0])[0] == "précision des écarts"


def test_newest_of_each_kind_is_drawn_and_the_summary_names_the_files() -> None:
    older_qa = {"metrics": {"recall@1": 0.1}, "per_question": []}
    results = [
        {"name": "qa.json", "modified": "2026-11-23 10:00", "data": QA},
        {"name": "junk.json", "modified": "2026-11-23 09:00", "data": {"foo": 1}},
        {"name": "check.json", "modified": "2026-11-22 10:00", "data": CHECK},
        {"name": "qa-old.json", "modified": "2026-11-21 10:00", "data": older_qa},
    ]
    assert {k: r["name"] for k, r in plots.latest(results).items()} == {
        "qa": "qa.json",
        "check": "check.json",
    }
    assert set(plots.evaluation_figures(results)) == {"qa", "check"}
    text = plots.summary(results, "en", ".data/results")
    assert "`qa.json`" in text and "`check.json`" in text and "qa-old" not in text
    assert "2 other file(s) ignored" in text


def test_no_results_names_the_command_to_run() -> None:
    for lang in ("fr", "en"):
        text = plots.summary([{"name": "x.json", "data": {"foo": 1}}], lang, ".data/results")
        assert "customs eval qa" in text and "--json .data/results/qa.json" in text


def test_desk_reads_the_results_folder_for_admins_only(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path, corpus_path=tmp_path / "none", api_keys="admin:a,officer:o")
    desk = Desk(settings)
    admin, officer = desk.login("a"), desk.login("o")
    assert settings.results_dir == tmp_path / "results"
    assert desk.evaluation_results(admin) == []
    settings.results_dir.mkdir()
    (settings.results_dir / "check.json").write_text(json.dumps(CHECK))
    (settings.results_dir / "broken.json").write_text("{not json")
    (settings.results_dir / "list.json").write_text("[1, 2]")
    (settings.results_dir / "notes.txt").write_text("ignored")
    results = desk.evaluation_results(admin)
    assert [r["name"] for r in results] == ["check.json"] and results[0]["data"] == CHECK
    with pytest.raises(AuthError) as exc:
        desk.evaluation_results(officer)
    assert exc.value.status == 403
