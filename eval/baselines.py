"""Peer baseline: a plain llama-index ``VectorStoreIndex`` over the same chunks and embeddings."""

from __future__ import annotations

from typing import Any

from llama_index.core import VectorStoreIndex
from llama_index.core.embeddings import BaseEmbedding
from llama_index.core.schema import TextNode
from pydantic import PrivateAttr

from rag.embeddings import Embedder
from rag.store import QdrantStore


class LlamaIndexEmbedding(BaseEmbedding):
    """Our encoder behind llama-index's embedding interface."""

    _embedder: Any = PrivateAttr()

    def __init__(self, embedder: Embedder, **kwargs: Any):
        super().__init__(model_name=embedder.name, **kwargs)
        self._embedder = embedder

    def _get_query_embedding(self, query: str) -> list[float]:
        return self._embedder.encode([query])[0].tolist()

    def _get_text_embedding(self, text: str) -> list[float]:
        return self._embedder.encode([text])[0].tolist()

    async def _aget_query_embedding(self, query: str) -> list[float]:
        return self._get_query_embedding(query)


class LlamaIndexDenseBaseline:
    """Dense-only retrieval by llama-index, reusing the vectors already stored in Qdrant."""

    def __init__(self, store: QdrantStore, embedder: Embedder):
        nodes = []
        offset = None
        while True:
            points, offset = store.client.scroll(
                store.collection, limit=1000, offset=offset, with_payload=True, with_vectors=[embedder.name]
            )
            for p in points:
                payload = p.payload or {}
                vector = p.vector[embedder.name] if isinstance(p.vector, dict) else p.vector
                nodes.append(
                    TextNode(
                        id_=str(p.id),
                        text=payload.get("text", ""),
                        metadata={"source_id": payload.get("source_id", "")},
                        embedding=list(vector),  # type: ignore[arg-type]
                    )
                )
            if offset is None:
                break
        self.index = VectorStoreIndex(nodes, embed_model=LlamaIndexEmbedding(embedder))

    def retrieve(self, question: str, k: int) -> list[str]:
        retriever = self.index.as_retriever(similarity_top_k=k)
        return [hit.node.metadata["source_id"] for hit in retriever.retrieve(question)]
