"""Qdrant store: named dense vectors plus a BM25 sparse vector per chunk, one collection.

Embedded (``QdrantClient(path=...)``) by default; the same calls run against a server by URL.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import numpy as np
from qdrant_client import QdrantClient, models

from rag.models import Chunk, RetrievedChunk

SPARSE = "bm25"


class IndexUnavailableError(RuntimeError):
    """The index is missing, locked or corrupt; the message says how to rebuild it."""


def open_client(path: Path | None = None, url: str | None = None, api_key: str | None = None) -> QdrantClient:
    if url:
        return QdrantClient(url=url, api_key=api_key)
    assert path is not None
    path.mkdir(parents=True, exist_ok=True)
    try:
        return QdrantClient(path=str(path))
    except Exception as exc:  # local mode raises RuntimeError for a lock, pickle/JSON errors for corruption
        raise IndexUnavailableError(
            f"cannot open the index at {path}: {exc}. If another `customs` process is running, stop it; "
            f"otherwise the index is damaged: delete {path} and rebuild it with `customs ingest DIR`."
        ) from exc


class QdrantStore:
    def __init__(self, client: QdrantClient, collection: str, dense_dims: dict[str, int]):
        self.client = client
        self.collection = collection
        self.dense_dims = dense_dims

    def exists(self) -> bool:
        return self.client.collection_exists(self.collection)

    def ensure_collection(self) -> None:
        if self.exists():
            existing = self.client.get_collection(self.collection).config.params.vectors
            names = set(existing) if isinstance(existing, dict) else set()
            missing = set(self.dense_dims) - names
            if missing:
                raise IndexUnavailableError(
                    f"collection {self.collection!r} has no vectors for {sorted(missing)}; "
                    f"rebuild it with `customs ingest DIR --rebuild`."
                )
            return
        self.client.create_collection(
            self.collection,
            vectors_config={
                name: models.VectorParams(size=dim, distance=models.Distance.COSINE)
                for name, dim in self.dense_dims.items()
            },
            sparse_vectors_config={SPARSE: models.SparseVectorParams(modifier=models.Modifier.IDF)},
        )
        with warnings.catch_warnings():
            # Embedded Qdrant ignores payload indexes (and says so); a server uses it for deletions.
            warnings.simplefilter("ignore", UserWarning)
            self.client.create_payload_index(self.collection, "source_id", models.PayloadSchemaType.KEYWORD)

    def drop(self) -> None:
        if self.exists():
            self.client.delete_collection(self.collection)

    def count(self) -> int:
        return self.client.count(self.collection, exact=True).count if self.exists() else 0

    def upsert(
        self,
        chunks: list[Chunk],
        dense: dict[str, np.ndarray],
        sparse: list[tuple[list[int], list[float]]],
    ) -> None:
        points = []
        for i, chunk in enumerate(chunks):
            vector: dict[str, Any] = {name: vectors[i].tolist() for name, vectors in dense.items()}
            indices, values = sparse[i]
            vector[SPARSE] = models.SparseVector(indices=indices, values=values)
            points.append(models.PointStruct(id=chunk.chunk_id, vector=vector, payload=chunk.model_dump()))
        if points:
            self.client.upsert(self.collection, points=points, wait=True)

    def delete_sources(self, source_ids: Iterable[str]) -> None:
        ids = list(source_ids)
        if not ids or not self.exists():
            return
        self.client.delete(
            self.collection,
            points_selector=models.FilterSelector(
                filter=models.Filter(
                    must=[models.FieldCondition(key="source_id", match=models.MatchAny(any=ids))]
                )
            ),
            wait=True,
        )

    def source_hashes(self) -> dict[str, str]:
        """File hash of every indexed source, read back from the index itself."""
        hashes: dict[str, str] = {}
        seen: dict[str, int] = {}
        expected: dict[str, int] = {}
        if not self.exists():
            return hashes
        offset = None
        while True:
            points, offset = self.client.scroll(
                self.collection,
                limit=1000,
                offset=offset,
                with_payload=["source_id", "file_hash", "file_chunks"],
                with_vectors=False,
            )
            for p in points:
                payload = p.payload or {}
                source = payload["source_id"]
                hashes[source] = payload.get("file_hash", "")
                seen[source] = seen.get(source, 0) + 1
                expected[source] = int(payload.get("file_chunks", 1))
            if offset is None:
                # A file cut short by an interrupted run counts as changed, so it is written again.
                return {s: h if seen[s] == expected[s] else "incomplete" for s, h in hashes.items()}

    # Searching -----------------------------------------------------------------------------------

    def _hits(self, points: list[models.ScoredPoint], key: str) -> list[RetrievedChunk]:
        return [
            RetrievedChunk(
                chunk=Chunk(**(p.payload or {})), score=float(p.score), rank=i + 1, scores={key: p.score}
            )
            for i, p in enumerate(points)
        ]

    def search_dense(self, name: str, vector: np.ndarray, limit: int) -> list[RetrievedChunk]:
        res = self.client.query_points(self.collection, query=vector.tolist(), using=name, limit=limit)
        return self._hits(res.points, name)

    def search_sparse(self, indices: list[int], values: list[float], limit: int) -> list[RetrievedChunk]:
        if not indices:
            return []
        res = self.client.query_points(
            self.collection,
            query=models.SparseVector(indices=indices, values=values),
            using=SPARSE,
            limit=limit,
        )
        return self._hits(res.points, SPARSE)

    def search_hybrid(
        self,
        dense: dict[str, np.ndarray],
        sparse: tuple[list[int], list[float]],
        limit: int,
        prefetch_limit: int = 50,
        sparse_weight: float = 1.0,
    ) -> list[RetrievedChunk]:
        """Weighted reciprocal-rank fusion of every dense vector and BM25, inside Qdrant's Query API."""
        prefetch = [
            models.Prefetch(query=vec.tolist(), using=name, limit=prefetch_limit)
            for name, vec in dense.items()
        ]
        if sparse[0]:
            prefetch.append(
                models.Prefetch(
                    query=models.SparseVector(indices=sparse[0], values=sparse[1]),
                    using=SPARSE,
                    limit=prefetch_limit,
                )
            )
        weights = [1.0] * len(dense) + ([sparse_weight] if sparse[0] else [])
        res = self.client.query_points(
            self.collection,
            prefetch=prefetch,
            query=models.RrfQuery(rrf=models.Rrf(weights=weights)),
            limit=limit,
        )
        return self._hits(res.points, "rrf")
