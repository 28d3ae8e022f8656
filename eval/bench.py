"""``customs bench rag``: ingestion throughput and memory, answer latency (a table, not a test)."""

from __future__ import annotations

import statistics
import tarfile
import tempfile
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.progress import track
from rich.table import Table

from api.services import RegulationService
from eval.qa import load_questions


def _unpacked(corpus: Path, workdir: Path) -> Path:
    """A folder corpus as is; a .tar.gz archive unpacked into ``workdir`` (data only, no links)."""
    if corpus.is_dir():
        return corpus
    with tarfile.open(corpus) as archive:
        archive.extractall(workdir, filter="data")
    return workdir


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def bench_ingest(service: RegulationService, corpus: Path, collection: str) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as tmp:
        folder = _unpacked(corpus, Path(tmp))
        report = service.ingest(folder, collection, rebuild=True)
    return {
        "corpus": corpus.name,
        "files": report.files_indexed,
        "chunks": report.chunks_written,
        "seconds": report.seconds,
        "chunks_per_s": report.chunks_per_second,
        "peak_rss_mb": report.peak_rss_mb,
    }


def bench_answers(service: RegulationService, dataset: Path, collection: str) -> dict[str, Any]:
    """Latency over the questions; answer times count answered questions only (abstentions skip the LLM)."""
    answerer = service.answerer(collection)
    answerer.answer("warm-up: zone franche")
    retrieval, first, total = [], [], []
    for item in track(load_questions(dataset), description="answers"):
        answer = answerer.answer(item.question)
        retrieval.append(answer.timings.retrieval_s)
        if not answer.abstained:
            first.append(answer.timings.first_token_s or answer.timings.total_s)
            total.append(answer.timings.total_s)
    return {
        "questions": len(retrieval),
        "answered": len(total),
        "retrieval_p50_s": statistics.median(retrieval),
        "retrieval_p95_s": percentile(retrieval, 0.95),
        "first_token_median_s": statistics.median(first) if first else None,
        "answer_median_s": statistics.median(total) if total else None,
        "answer_p95_s": percentile(total, 0.95) if total else None,
    }


def print_tables(console: Console, ingests: list[dict[str, Any]], answers: dict[str, Any] | None) -> None:
    table = Table(title="Ingestion (embeddings included)")
    for col in ("corpus", "files", "chunks", "seconds", "chunks/s", "peak RSS MB"):
        table.add_column(col, justify="right")
    for row in ingests:
        table.add_row(
            row["corpus"], str(row["files"]), str(row["chunks"]), f"{row['seconds']:.1f}",
            f"{row['chunks_per_s']:.1f}", f"{row['peak_rss_mb']:.0f}",
        )  # fmt: skip
    console.print(table)
    if answers:
        lat = Table(title=f"Answers ({answers['questions']} questions, embedded LLM)")
        for key in answers:
            lat.add_column(key, justify="right")
        lat.add_row(
            *["-" if v is None else f"{v:.3f}" if isinstance(v, float) else str(v) for v in answers.values()]
        )
        console.print(lat)


def results_table(ingests: list[dict[str, Any]], answers: dict[str, Any] | None) -> str:
    from eval.readme import markdown_table

    table = markdown_table(list(ingests[0]), [list(row.values()) for row in ingests])
    if answers:
        table += "\n\n" + markdown_table(list(answers), [list(answers.values())])
    return table
