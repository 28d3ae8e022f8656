"""Evaluation results as bar charts for the admin screen.

Pure functions from the JSON that ``customs eval qa|kie|check --json`` writes to matplotlib figures
(built with :class:`matplotlib.figure.Figure`, so nothing touches pyplot's global state). Files of
any other shape are ignored; for each of the three kinds only the newest file is drawn.
"""

from __future__ import annotations

from typing import Any, Literal

from matplotlib.axes import Axes
from matplotlib.figure import Figure

from ui.i18n import t

Kind = Literal["qa", "kie", "check"]
KINDS: tuple[Kind, ...] = ("qa", "kie", "check")

QA_METRICS = (
    "recall@1", "recall@5", "recall@10", "mrr@10", "citation_accuracy", "fact_recall",
    "abstention_precision", "abstention_recall", "false_abstention_rate",
)  # fmt: skip
RETRIEVAL_METRICS = ("recall@1", "recall@5", "recall@10", "mrr@10")
CHECK_METRICS = (
    "discrepancy_precision", "discrepancy_recall", "discrepancy_precision_by_document",
    "discrepancy_recall_by_document", "clean_pass_rate", "field_accuracy",
)  # fmt: skip
KIE_SUMMARY = ("field_accuracy", "doc_type_accuracy", "seconds_per_page", "peak_rss_mb")
LOWER_IS_BETTER = ("false_abstention_rate",)


def _num(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value)


def kind(data: Any) -> Kind | None:
    """Which evaluation wrote ``data`` (a parsed JSON file), or None for anything else."""
    if not isinstance(data, dict):
        return None
    metrics = data.get("metrics")
    if isinstance(metrics, dict):
        retrieval = any(_num(metrics.get(m)) is not None for m in RETRIEVAL_METRICS)
        if isinstance(data.get("per_question"), list) and retrieval:
            return "qa"
        if isinstance(data.get("per_document"), list) and "field_accuracy" in metrics:
            return "kie"
    discrepancies = any(_num(data.get(m)) is not None for m in CHECK_METRICS[:2])
    if isinstance(data.get("per_field"), dict) and discrepancies:
        return "check"
    return None


def latest(results: list[dict[str, Any]]) -> dict[Kind, dict[str, Any]]:
    """The first result of each kind in ``results`` (``Desk.evaluation_results`` lists newest first)."""
    chosen: dict[Kind, dict[str, Any]] = {}
    for result in results:
        found = kind(result.get("data")) if isinstance(result, dict) else None
        if found is not None and found not in chosen:
            chosen[found] = result
    return chosen


def _grouped_bars(ax: Axes, metrics: list[str], groups: dict[str, dict[str, Any]], columns: int = 3) -> None:
    """One cluster per metric, one bar per group (legend), scores on a 0-1 axis."""
    width = 0.8 / max(len(groups), 1)
    for i, (label, values) in enumerate(groups.items()):
        xs = [m + (i - (len(groups) - 1) / 2) * width for m in range(len(metrics))]
        heights = [_num(values.get(name)) for name in metrics]
        ax.bar(xs, [h if h is not None else 0.0 for h in heights], width, label=label)
    ax.set_xticks(range(len(metrics)))
    ax.set_xticklabels(
        [f"{m} ↓" if m in LOWER_IS_BETTER else m for m in metrics], rotation=30, ha="right", fontsize=8
    )
    ax.set_ylim(0, 1.3)  # the legend sits above the bars
    ax.set_yticks([0, 0.2, 0.4, 0.6, 0.8, 1.0])
    ax.grid(axis="y", alpha=0.3)
    ax.legend(fontsize=7, loc="upper center", ncols=min(len(groups), columns), frameon=False)


def qa_figure(data: dict[str, Any], lang: str = "fr") -> Figure | None:
    """Regulation answers: metrics overall / French / English questions, and the retrieval baselines."""
    metrics = data.get("metrics") or {}
    names = [m for m in QA_METRICS if _num(metrics.get(m)) is not None]
    if not names:
        return None
    groups = {t(lang, "eval_overall"): metrics}
    for language in ("fr", "en"):
        if isinstance(metrics.get(language), dict):
            groups[t(lang, f"eval_{language}")] = metrics[language]
    raw = metrics.get("baselines")
    baselines = {str(k): v for k, v in raw.items() if isinstance(v, dict)} if isinstance(raw, dict) else {}
    retrieval = [m for m in RETRIEVAL_METRICS if any(_num(b.get(m)) is not None for b in baselines.values())]
    panels = 2 if retrieval else 1
    fig = Figure(figsize=(12 if panels == 2 else 7, 4.2), layout="constrained")
    axes = fig.subplots(1, panels, squeeze=False, width_ratios=[len(names), len(retrieval) + 1][:panels])[0]
    _grouped_bars(axes[0], names, groups)
    axes[0].set_title(t(lang, "eval_qa_title", n=len(data.get("per_question") or [])), fontsize=10)
    axes[0].set_ylabel(t(lang, "eval_score"))
    if retrieval:
        _grouped_bars(axes[1], retrieval, baselines, columns=2)
        axes[1].set_title(t(lang, "eval_baselines_title"), fontsize=10)
    return fig


def kie_figure(data: dict[str, Any], lang: str = "fr") -> Figure | None:
    """Key-field extraction: accuracy per field, weakest first, with the overall field accuracy."""
    metrics = data.get("metrics") or {}
    fields = sorted(
        ((str(k), v) for k, raw in metrics.items() if k not in KIE_SUMMARY and (v := _num(raw)) is not None),
        key=lambda pair: (pair[1], pair[0]),
    )
    if not fields:
        return None
    fig = Figure(figsize=(8, max(2.5, 0.28 * len(fields) + 1.3)), layout="constrained")
    ax = fig.add_subplot()
    bars = ax.barh([name for name, _ in fields], [value for _, value in fields], color="#4c72b0")
    ax.bar_label(bars, fmt="%.2f", fontsize=7, padding=2)
    ax.invert_yaxis()
    ax.set_xlim(0, 1.1)
    ax.tick_params(axis="y", labelsize=8)
    ax.set_xlabel(t(lang, "eval_score"))
    overall = _num(metrics.get("field_accuracy"))
    if overall is not None:
        ax.axvline(overall, color="#c44e52", linestyle="--", label=f"{t(lang, 'eval_overall')} {overall:.3f}")
        ax.legend(fontsize=8, loc="upper right", bbox_to_anchor=(1, -0.06), frameon=False)
    ax.set_title(t(lang, "eval_kie_title", n=len(data.get("per_document") or [])), fontsize=10)
    return fig


def check_figure(data: dict[str, Any], lang: str = "fr") -> Figure | None:
    """Declaration checks: discrepancy precision and recall, clean cases passed, fields read."""
    names = [m for m in CHECK_METRICS if _num(data.get(m)) is not None]
    if not names:
        return None
    fig = Figure(figsize=(8, 3.8), layout="constrained")
    ax = fig.add_subplot()
    bars = ax.bar(range(len(names)), [_num(data[m]) or 0.0 for m in names], color="#55a868")
    ax.bar_label(bars, fmt="%.3f", fontsize=8, padding=2)
    ax.set_xticks(range(len(names)))
    ax.set_xticklabels([t(lang, f"eval_{m}") for m in names], rotation=20, ha="right", fontsize=8)
    ax.set_ylim(0, 1.12)
    ax.set_ylabel(t(lang, "eval_score"))
    ax.grid(axis="y", alpha=0.3)
    title = t(lang, "eval_check_title", n=data.get("cases", "?"), source=data.get("source", "?"))
    ax.set_title(title, fontsize=10)
    return fig


BUILDERS = {"qa": qa_figure, "kie": kie_figure, "check": check_figure}


def evaluation_figures(results: list[dict[str, Any]], lang: str = "fr") -> dict[Kind, Figure]:
    """The newest result of each kind as a figure; unknown or empty files give none."""
    figures: dict[Kind, Figure] = {}
    for found, result in latest(results).items():
        figure = BUILDERS[found](result["data"], lang)
        if figure is not None:
            figures[found] = figure
    return figures


def summary(results: list[dict[str, Any]], lang: str, folder: str) -> str:
    """Markdown naming the file behind each chart, or how to produce results when there are none."""
    chosen = latest(results)
    if not chosen:
        return t(lang, "eval_none", folder=folder)
    lines = [f"- **{t(lang, f'eval_{k}')}** — `{chosen[k]['name']}` ({chosen[k].get('modified', '?')})"
             for k in KINDS if k in chosen]  # fmt: skip
    ignored = len(results) - len(chosen)
    if ignored:
        lines.append(t(lang, "eval_ignored", n=ignored))
    return t(lang, "eval_from", folder=folder) + "\n\n" + "\n".join(lines)
