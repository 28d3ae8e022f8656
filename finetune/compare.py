"""``customs finetune compare``: the base model against the adapter, with the same retrieval.

Both answerers use the same retrieval (one index, one configuration), so the retrieved
sources, the verbatim quotes, the citations and the abstention decision are the same for both; only the LLM's one-sentence
summary differs. The metrics on the whole answer (``*_fact_recall``, ``*_citation_accuracy``,
``*_abstention_*``) are therefore expected to be close; ``*_summary_fact_recall`` scores the
generated summary alone and shows what the adapter changes.
"""

from __future__ import annotations

import re
import time
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

from eval.metrics import fact_recall, mean

_SUMMARY = re.compile(r"\n\s*(?:En résumé|In short)\s*:\s*", re.IGNORECASE)
_CITE = re.compile(r"\[\d+\]")
_ABSTAIN = re.compile(r"ne répondent pas|do not answer", re.IGNORECASE)


def summary_of(text: str) -> str:
    parts = _SUMMARY.split(text, maxsplit=1)
    return parts[1].strip() if len(parts) == 2 else ""


def score(rows: list[dict[str, Any]], prefix: str) -> dict[str, float | None]:
    from eval.qa import answer_metrics

    base = answer_metrics(rows)
    answerable = [r for r in rows if r["answerable"]]
    answered = [r for r in answerable if not r["abstained"]]
    return {
        f"{prefix}_fact_recall": base["fact_recall"],
        f"{prefix}_citation_accuracy": base["citation_accuracy"],
        f"{prefix}_abstention_precision": base["abstention_precision"],
        f"{prefix}_abstention_recall": base["abstention_recall"],
        f"{prefix}_false_abstention_rate": base["false_abstention_rate"],
        f"{prefix}_summary_fact_recall": mean([r["summary_fact_recall"] for r in answerable]),
        f"{prefix}_summary_cites_rate": mean([float(bool(_CITE.search(r["summary"]))) for r in answered]),
        f"{prefix}_summary_abstains_rate": mean(
            [float(bool(_ABSTAIN.search(r["summary"]))) for r in answered]
        ),
        f"{prefix}_summary_empty_rate": mean([float(not r["summary"]) for r in answered]),
        f"{prefix}_generation_s": mean([r["generation_s"] for r in answered]),
    }


def compare(
    service: Any,
    dataset: Path,
    corpus: Path,
    llms: dict[str, Any],
    *,
    collection: str = "eval",
    models: dict[str, str | None] | None = None,
    console: Console | None = None,
) -> dict[str, Any]:
    """``llms`` maps ``base``/``adapter`` to LLM clients; ``models`` to the ``model`` field to send."""
    from eval.qa import questions_over_indexed_corpus

    console = console or Console()
    items = questions_over_indexed_corpus(service, dataset, corpus, collection, console)
    answerers = {
        name: service.build_answerer(collection, llm, (models or {}).get(name)) for name, llm in llms.items()
    }
    rows: dict[str, list[dict[str, Any]]] = {name: [] for name in llms}
    for n, item in enumerate(items, start=1):
        for name, answerer in answerers.items():
            started = time.perf_counter()
            answer = answerer.answer(item.question)
            summary = summary_of(answer.text)
            rows[name].append(
                {
                    **item.model_dump(),
                    "retrieved": [h.chunk.source_id for h in answer.sources],
                    "cited": [c.source_id for c in answer.citations],
                    "abstained": answer.abstained,
                    "answer": answer.text,
                    "summary": summary,
                    "fact_recall": 0.0 if answer.abstained else fact_recall(answer.text, item.answer_facts),
                    "summary_fact_recall": 0.0
                    if answer.abstained
                    else fact_recall(summary, item.answer_facts),
                    "generation_s": answer.timings.generation_s or (time.perf_counter() - started),
                }
            )
        console.print(f"[{n}/{len(items)}] {item.id}")
    metrics: dict[str, Any] = {}
    for name in llms:
        metrics.update(score(rows[name], name))
    base_fr, adapter_fr = metrics.get("base_summary_fact_recall"), metrics.get("adapter_summary_fact_recall")
    if base_fr is not None and adapter_fr is not None:
        metrics["summary_fact_recall_ratio"] = None if base_fr == 0 else adapter_fr / base_fr
    per_question = [
        {
            "id": b["id"],
            "question": b["question"],
            "answer_facts": b["answer_facts"],
            "abstained": b["abstained"],
            **{f"{name}_summary": rows[name][i]["summary"] for name in llms},
        }
        for i, b in enumerate(rows[next(iter(llms))])
    ]
    _print(console, metrics)
    return {"metrics": metrics, "per_question": per_question, "llms": {k: v.name for k, v in llms.items()}}


def _print(console: Console, metrics: dict[str, Any]) -> None:
    table = Table(title="Base model vs adapter (same retrieval and quotes)")
    table.add_column("metric")
    table.add_column("base", justify="right")
    table.add_column("adapter", justify="right")
    names = sorted({k.split("_", 1)[1] for k in metrics if k.startswith(("base_", "adapter_"))})
    for name in names:
        cells = [metrics.get(f"{p}_{name}") for p in ("base", "adapter")]
        table.add_row(name, *["-" if v is None else f"{v:.3f}" for v in cells])
    console.print(table)
