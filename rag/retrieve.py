"""Hybrid retrieval: BM25 and dense vectors fused by reciprocal rank inside Qdrant."""

from __future__ import annotations

from typing import Literal

import numpy as np

from rag import sparse
from rag.embeddings import Embedder
from rag.models import RetrievedChunk
from rag.readers import detect_language
from rag.store import QdrantStore

Mode = Literal["hybrid", "bm25", "dense"]


class HybridRetriever:
    """``retrieve(question)`` -> chunks best first.

    Example:
        retriever = HybridRetriever(store, [get_embedder("use")])
        hits = retriever.retrieve("Combien de temps en entrepôt ?", k=5)
    """

    def __init__(
        self,
        store: QdrantStore,
        embedders: list[Embedder],
        prefetch_limit: int = 50,
        corpus_language: str = "fr",
        same_language_bm25_weight: float = 2.0,
    ):
        if not embedders:
            raise ValueError("at least one dense embedder is required")
        self.store = store
        self.embedders = embedders
        self.prefetch_limit = prefetch_limit
        self.corpus_language = corpus_language
        self.same_language_bm25_weight = same_language_bm25_weight

    def bm25_weight(self, question: str) -> float:
        """BM25 is precise when the question shares the texts' language, and blind across languages."""
        return self.same_language_bm25_weight if detect_language(question) == self.corpus_language else 1.0

    def lexical_support(self, question: str) -> float:
        """Best BM25 score per query term: how much of the question's rare vocabulary the texts share."""
        indices, values = sparse.query_vector(question)
        hits = self.store.search_sparse(indices, values, limit=1)
        return hits[0].score / len(indices) if hits else 0.0

    def embed_query(self, question: str) -> dict[str, np.ndarray]:
        return {e.name: e.encode([question])[0] for e in self.embedders}

    def retrieve(self, question: str, k: int = 10, mode: Mode = "hybrid") -> list[RetrievedChunk]:
        if mode == "bm25":
            return self.store.search_sparse(*sparse.query_vector(question), limit=k)
        dense = self.embed_query(question)
        if mode == "dense":
            name, vector = next(iter(dense.items()))
            return self.store.search_dense(name, vector, limit=k)
        return self.store.search_hybrid(
            dense,
            sparse.query_vector(question),
            limit=k,
            prefetch_limit=self.prefetch_limit,
            sparse_weight=self.bm25_weight(question),
        )
