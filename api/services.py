"""The service layer: the command line, the API and the web desk all call these, never the engines."""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import cached_property
from pathlib import Path

from api.settings import Settings, get_settings
from llm.adapters import model_for_role
from llm.base import LLMClient
from llm.factory import build_llm
from rag.answer import Answerer
from rag.embeddings import Embedder, get_embedder
from rag.ingest import Ingestor, IngestReport
from rag.models import Answer
from rag.retrieve import HybridRetriever
from rag.store import IndexUnavailableError, QdrantStore, open_client

log = logging.getLogger(__name__)


class RegulationService:
    """Ingestion and cited answers over one or more Qdrant collections."""

    def __init__(self, settings: Settings | None = None):
        self.settings = settings or get_settings()
        self._answerers: dict[str, Answerer] = {}

    @cached_property
    def client(self):  # type: ignore[no-untyped-def]
        s = self.settings
        return open_client(path=s.qdrant_path, url=s.qdrant_url, api_key=s.qdrant_api_key)

    @cached_property
    def embedders(self) -> list[Embedder]:
        return [get_embedder(name, self.settings.minilm_model) for name in self.settings.dense_model_names]

    @cached_property
    def llm(self) -> LLMClient:
        s = self.settings
        return build_llm(
            s.llm_base_url,
            s.llm_model,
            s.llm_api_key,
            s.llm_model_path,
            s.lora_path,
            s.llm_ctx,
            s.llm_threads,
            s.llm_timeout_s,
        )

    def store(self, collection: str | None = None) -> QdrantStore:
        return QdrantStore(
            self.client, collection or self.settings.collection, {e.name: e.dim for e in self.embedders}
        )

    def ingest(
        self,
        folder: Path,
        collection: str | None = None,
        rebuild: bool = False,
        show_progress: bool = True,
        on_progress: Callable[[int, int], None] | None = None,
    ) -> IngestReport:
        store = self.store(collection)
        if rebuild:
            store.drop()
        report = Ingestor(
            store, self.embedders, self.settings.chunk_max_chars, self.settings.chunk_overlap_chars
        ).run(folder, show_progress=show_progress, on_progress=on_progress)
        for with_llm in (True, False):
            self._answerers.pop(f"{store.collection}:{with_llm}", None)
        return report

    def ensure_ingested(
        self, collection: str | None = None, show_progress: bool = True
    ) -> IngestReport | None:
        """Ingest the configured corpus when the collection is empty (first run)."""
        if self.store(collection).count() > 0:
            return None
        corpus = self.settings.corpus_path
        if not corpus.is_dir():
            raise IndexUnavailableError(
                f"the index is empty and the corpus folder {corpus} does not exist; "
                "set CUSTOMS_CORPUS_PATH or run `customs ingest DIR`."
            )
        log.info("index empty: ingesting %s", corpus)
        return self.ingest(corpus, collection, show_progress=show_progress)

    def retriever(self, collection: str | None = None) -> HybridRetriever:
        store = self.store(collection)
        if not store.exists() or store.count() == 0:
            raise IndexUnavailableError(
                f"the collection {store.collection!r} is empty or missing; build it with `customs ingest DIR`."
            )
        return HybridRetriever(
            store,
            self.embedders,
            corpus_language=self.settings.corpus_language,
            same_language_bm25_weight=self.settings.same_language_bm25_weight,
        )

    def answerer(self, collection: str | None = None, with_llm: bool = True) -> Answerer:
        key = f"{collection or self.settings.collection}:{with_llm}"
        if key not in self._answerers:
            model = self._served_model(collection) if self.settings.use_openai_backend else None
            self._answerers[key] = self.build_answerer(collection, self.llm if with_llm else None, model)
        return self._answerers[key]

    def build_answerer(
        self, collection: str | None, llm: LLMClient | None, llm_model: str | None
    ) -> Answerer:
        """An answerer with the configured retrieval and quoting, over any LLM (comparisons use two)."""
        s = self.settings
        return Answerer(
            self.retriever(collection),
            llm,
            self.embedders[0],
            top_k=s.top_k,
            context_k=s.context_k,
            quote_sentences=s.quote_sentences,
            max_question_chars=s.max_question_chars,
            llm_max_tokens=s.llm_max_tokens,
            llm_model=llm_model,
        )

    def _served_model(self, collection: str | None) -> str:
        """The vLLM model (LoRA adapter) for the people who read this collection: traders read the public one."""
        s = self.settings
        role = "trader" if collection == s.public_collection else "officer"
        return model_for_role(s.llm_adapter_by_role, role, s.llm_model)

    def ask(self, question: str, collection: str | None = None) -> Answer:
        return self.answerer(collection).answer(question)
