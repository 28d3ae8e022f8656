"""``customs eval calibrate``: fit the answerability model (does the retrieved text answer?)
on a question set, and report leave-one-out abstention quality so the numbers are honest."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
from rich.console import Console
from rich.progress import track
from rich.table import Table
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import LeaveOneOut, cross_val_predict
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

from api.services import RegulationService
from eval.qa import questions_over_indexed_corpus
from rag.answer import AnswerabilityModel

FEATURES = ("sentence_similarity", "lexical_support", "cross_lingual")


def _abstention_scores(answerable: np.ndarray, abstained: np.ndarray) -> dict[str, float]:
    tp = int(np.sum(abstained & ~answerable))
    return {
        "abstention_precision": tp / max(1, int(abstained.sum())),
        "abstention_recall": tp / max(1, int((~answerable).sum())),
        "false_abstention_rate": int(np.sum(abstained & answerable)) / max(1, int(answerable.sum())),
    }


def calibrate(
    service: RegulationService,
    dataset: Path,
    corpus: Path,
    collection: str,
    console: Console,
    regularisation: float,
) -> tuple[AnswerabilityModel, dict[str, Any]]:
    items = questions_over_indexed_corpus(service, dataset, corpus, collection, console)
    answerer = service.answerer(collection, with_llm=False)
    rows = [answerer.prepare(item.question).features for item in track(items, description="features")]
    x = np.array([[row[name] for name in FEATURES] for row in rows])
    y = np.array([item.answerable for item in items])
    if len(set(y.tolist())) < 2:
        raise ValueError("calibration needs answerable and unanswerable questions")
    # Class weights: unanswerable questions are rare, and a missed abstention is the costly error.
    model = make_pipeline(StandardScaler(), LogisticRegression(C=regularisation, class_weight="balanced"))
    loo = cross_val_predict(model, x, y, cv=LeaveOneOut(), method="predict_proba")[:, 1]
    model.fit(x, y)
    scaler, logistic = model[0], model[1]
    # Fold the scaling into the weights so the assistant applies one plain logistic function.
    scale = np.where(scaler.scale_ > 0, scaler.scale_, 1.0)
    weights = logistic.coef_[0] / scale
    fitted = AnswerabilityModel(
        weights={name: float(w) for name, w in zip(FEATURES, weights, strict=True)},
        bias=float(logistic.intercept_[0] - np.sum(weights * scaler.mean_)),
        threshold=0.5,
    )
    report = {
        "leave_one_out": _abstention_scores(y, loo < 0.5),
        "in_sample": _abstention_scores(y, model.predict_proba(x)[:, 1] < 0.5),
    }
    table = Table(title=f"Answerability model on {len(items)} questions")
    table.add_column("evaluation")
    for name in report["in_sample"]:
        table.add_column(name, justify="right")
    for label, scores in report.items():
        table.add_row(label, *[f"{v:.3f}" for v in scores.values()])
    console.print(table)
    console.print(f"weights {fitted.weights} bias {fitted.bias:.3f}")
    return fitted, report
