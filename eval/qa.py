"""``customs eval qa``: retrieval, citation, fact and abstention metrics on a qa-*.jsonl set."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field
from rich.console import Console
from rich.progress import track
from rich.table import Table

from api.services import RegulationService
from eval.metrics import fact_recall, mean, ratio, recall_at, reciprocal_rank


class QAItem(BaseModel):
    id: str
    question: str
    lang: str = "fr"
    answerable: bool = True
    gold_sources: list[str] = Field(default_factory=list)
    answer_facts: list[str] = Field(default_factory=list)


def load_questions(path: Path) -> list[QAItem]:
    items = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if line.strip():
            try:
                items.append(QAItem.model_validate_json(line))
            except ValueError as exc:
                raise ValueError(f"{path}:{n}: not a question record ({exc})") from exc
    return items


def questions_over_indexed_corpus(
    service: RegulationService, dataset: Path, corpus: Path, collection: str, console: Console
) -> list[QAItem]:
    """The question set, once ``corpus`` is (incrementally) indexed in ``collection``."""
    items = load_questions(dataset)
    report = service.ingest(corpus, collection, show_progress=True)
    console.print(f"index: {report.chunks_total} chunks ({report.files_indexed} files (re)indexed)")
    return items


def retrieval_metrics(rows: list[dict[str, Any]], key: str = "retrieved") -> dict[str, float | None]:
    answerable = [r for r in rows if r["answerable"]]
    return {
        "recall@1": mean([recall_at(r[key], r["gold_sources"], 1) for r in answerable]),
        "recall@5": mean([recall_at(r[key], r["gold_sources"], 5) for r in answerable]),
        "recall@10": mean([recall_at(r[key], r["gold_sources"], 10) for r in answerable]),
        "mrr@10": mean([reciprocal_rank(r[key], r["gold_sources"], 10) for r in answerable]),
    }


def answer_metrics(rows: list[dict[str, Any]]) -> dict[str, float | None]:
    answerable = [r for r in rows if r["answerable"]]
    abstained = [r for r in rows if r["abstained"]]
    unanswerable = [r for r in rows if not r["answerable"]]
    return {
        "citation_accuracy": mean(
            [float(any(c in r["gold_sources"] for c in r["cited"])) for r in answerable]
        ),
        "fact_recall": mean([r["fact_recall"] for r in answerable]),
        "abstention_precision": ratio(sum(not r["answerable"] for r in abstained), len(abstained)),
        "abstention_recall": ratio(sum(r["abstained"] for r in unanswerable), len(unanswerable)),
        "false_abstention_rate": ratio(sum(r["abstained"] for r in answerable), len(answerable)),
    }


def _metrics(rows: list[dict[str, Any]], retrieval_only: bool) -> dict[str, float | None]:
    metrics = retrieval_metrics(rows)
    if not retrieval_only:
        metrics.update(answer_metrics(rows))
    return metrics


def run_qa_eval(
    service: RegulationService,
    dataset: Path,
    corpus: Path,
    *,
    k: int = 10,
    retrieval_only: bool = False,
    baseline: bool = False,
    collection: str = "eval",
    console: Console | None = None,
) -> dict[str, Any]:
    console = console or Console()
    items = questions_over_indexed_corpus(service, dataset, corpus, collection, console)
    retriever = service.retriever(collection)
    answerer = None if retrieval_only else service.answerer(collection)

    dense_baseline = None
    if baseline:
        from eval.baselines import LlamaIndexDenseBaseline

        dense_baseline = LlamaIndexDenseBaseline(retriever.store, retriever.embedders[0])
    rows: list[dict[str, Any]] = []
    for item in track(items, description="questions", console=console):
        row: dict[str, Any] = item.model_dump()
        if answerer is not None:
            answer = answerer.answer(item.question)
            row.update(
                retrieved=[h.chunk.source_id for h in answer.sources],
                cited=[c.source_id for c in answer.citations],
                abstained=answer.abstained,
                answerability=answer.answerability,
                answer=answer.text,
                fact_recall=fact_recall(answer.text, item.answer_facts) if not answer.abstained else 0.0,
                retrieval_s=answer.timings.retrieval_s,
                first_token_s=answer.timings.first_token_s,
                total_s=answer.timings.total_s,
            )
        else:
            row["retrieved"] = [h.chunk.source_id for h in retriever.retrieve(item.question, k=k)]
        if dense_baseline is not None:
            row["retrieved_bm25"] = [
                h.chunk.source_id for h in retriever.retrieve(item.question, k=k, mode="bm25")
            ]
            row["retrieved_dense"] = [
                h.chunk.source_id for h in retriever.retrieve(item.question, k=k, mode="dense")
            ]
            row["retrieved_llamaindex"] = dense_baseline.retrieve(item.question, k)
        rows.append(row)

    metrics: dict[str, Any] = _metrics(rows, retrieval_only)
    for lang in sorted({r["lang"] for r in rows}):
        metrics[lang] = _metrics([r for r in rows if r["lang"] == lang], retrieval_only)
    if baseline:
        metrics["baselines"] = {
            "bm25": retrieval_metrics(rows, "retrieved_bm25"),
            "dense (qdrant)": retrieval_metrics(rows, "retrieved_dense"),
            "dense (llama-index VectorStoreIndex)": retrieval_metrics(rows, "retrieved_llamaindex"),
            "hybrid": retrieval_metrics(rows),
        }
    _print_table(console, metrics, baseline)
    return {"metrics": metrics, "per_question": rows}


def _fmt(value: Any) -> str:
    return "-" if value is None else f"{value:.3f}"


def _print_table(console: Console, metrics: dict[str, Any], baseline: bool) -> None:
    langs = [key for key, value in metrics.items() if isinstance(value, dict) and key != "baselines"]
    table = Table(title="Regulation questions")
    table.add_column("metric")
    table.add_column("all", justify="right")
    for lang in langs:
        table.add_column(lang, justify="right")
    for name, value in metrics.items():
        if isinstance(value, dict):
            continue
        table.add_row(name, _fmt(value), *[_fmt(metrics[lang].get(name)) for lang in langs])
    console.print(table)
    if baseline:
        base = Table(title="Retrieval baselines (same index, same questions)")
        base.add_column("retriever")
        names = list(metrics["baselines"]["hybrid"])
        for name in names:
            base.add_column(name, justify="right")
        for retriever, values in metrics["baselines"].items():
            base.add_row(retriever, *[_fmt(values[n]) for n in names])
        console.print(base)


def dump_rows(rows: list[dict[str, Any]], path: Path) -> None:
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows))


def results_table(metrics: dict[str, Any]) -> str:
    """Overall and per-language metrics, plus the retrieval baselines when measured."""
    from eval.readme import markdown_table

    langs = [k for k, v in metrics.items() if isinstance(v, dict) and k != "baselines"]
    names = [k for k, v in metrics.items() if not isinstance(v, dict)]
    table = markdown_table(
        ["metric", "all", *langs], [[n, metrics[n], *[metrics[lang].get(n) for lang in langs]] for n in names]
    )
    if "baselines" in metrics:
        base = metrics["baselines"]
        cols = list(base["hybrid"])
        table += "\n\n" + markdown_table(
            ["retriever", *cols], [[r, *[v[c] for c in cols]] for r, v in base.items()]
        )
    return table
