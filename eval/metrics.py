"""Metrics of shared/datasets/README.md, as plain functions."""

from __future__ import annotations

from rag.text import fold


def unique_sources(source_ids: list[str]) -> list[str]:
    return list(dict.fromkeys(source_ids))


def recall_at(retrieved: list[str], gold: list[str], k: int) -> float:
    return float(any(s in gold for s in unique_sources(retrieved)[:k]))


def reciprocal_rank(retrieved: list[str], gold: list[str], k: int = 10) -> float:
    for rank, source in enumerate(unique_sources(retrieved)[:k], start=1):
        if source in gold:
            return 1.0 / rank
    return 0.0


def fact_recall(answer_text: str, facts: list[str]) -> float:
    if not facts:
        return 1.0
    text = fold(answer_text)
    return sum(fold(f) in text for f in facts) / len(facts)


def mean(values: list[float]) -> float | None:
    return sum(values) / len(values) if values else None


def ratio(numerator: int, denominator: int) -> float | None:
    return numerator / denominator if denominator else None
