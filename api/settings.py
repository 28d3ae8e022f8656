"""One settings object for the whole assistant (environment variables prefixed ``CUSTOMS_``)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

_REPO_ROOT = Path(__file__).resolve().parent.parent


# The project's LoRA adapter for the packaged Gemma, applied by default (measured on a quiet
# machine: 48 tokens in 1.08 s with it, 1.12 s without). It only fits that model, so a custom
# CUSTOMS_LLM_MODEL_PATH runs without an adapter unless one is named.
SHIPPED_ADAPTER = _REPO_ROOT / "finetune" / "adapters" / "gemma3-270m-customs" / "adapter.gguf"


def _default_corpus() -> Path:
    return (_REPO_ROOT.parent / "shared" / "corpus" / "legifrance" / "code-des-douanes").resolve()


class Settings(BaseSettings):
    """Every knob of the assistant. Each field reads ``CUSTOMS_<NAME>`` from the environment."""

    model_config = SettingsConfigDict(env_prefix="CUSTOMS_", env_file=".env", extra="ignore")

    data_dir: Path = Field(default=_REPO_ROOT / ".data", description="Index, database and caches.")
    corpus_path: Path = Field(
        default_factory=_default_corpus, description="Folder ingested on first run when the index is empty."
    )
    collection: str = Field(default="regulations", description="Default Qdrant collection.")
    public_collection: str = Field(default="public", description="Collection the trader help-desk may read.")

    # Vector store
    qdrant_url: str | None = Field(default=None, description="Qdrant server URL; embedded mode when unset.")
    qdrant_api_key: str | None = None

    # Embeddings: comma-separated names from rag.embeddings.EMBEDDERS, or a sentence-transformers name/path.
    dense_models: str = Field(default="use", description="Dense encoders stored per chunk, comma-separated.")
    minilm_model: str = Field(
        default="", description="Path or name of the MiniLM model; packaged copy if empty."
    )

    # Chunking
    chunk_max_chars: int = 1800
    chunk_overlap_chars: int = 200

    # Retrieval and answering
    top_k: int = 10
    corpus_language: str = Field(default="fr", description="Main language of the indexed texts.")
    same_language_bm25_weight: float = Field(
        default=2.0, description="BM25's weight in rank fusion for questions in the texts' language."
    )
    context_k: int = Field(default=4, description="Sources given to the answer step.")
    quote_sentences: int = Field(default=3, description="Verbatim sentences quoted per answer.")
    max_question_chars: int = 2000

    # LLM
    llm_backend: Literal["llamacpp", "openai"] = "llamacpp"
    llm_base_url: str | None = Field(default=None, description="OpenAI-compatible server (vLLM); selects it.")
    llm_api_key: str = "EMPTY"
    llm_model: str = Field(
        default="gemma-3-270m", description="Model name sent to the OpenAI-compatible server."
    )
    llm_model_path: str = Field(
        default="", description="GGUF file for llama.cpp; the packaged Gemma if empty."
    )
    llm_lora_path: str | None = Field(
        default=None,
        description="GGUF LoRA adapter for llama.cpp; unset: the shipped adapter on the packaged Gemma; '': none.",
    )
    llm_threads: int = 2
    llm_ctx: int = 2048
    llm_max_tokens: int = Field(default=64, description="Tokens for the one-sentence summary.")
    llm_timeout_s: float = 120.0

    # Records
    database_url: str | None = Field(
        default=None, description="SQLAlchemy URL; SQLite in data_dir when unset."
    )

    # Service
    api_keys: str = Field(default="", description='"role:key,role:key" for simple deployments.')
    api_keys_file: Path | None = None
    max_upload_mb: int = 20
    rate_limit_per_minute: int = 120
    results_dir: Path = Field(
        default_factory=lambda data: data["data_dir"] / "results",
        description="Eval JSON files the admin screen plots.",
    )

    # OCR limits
    ocr_engine: Literal["rapidocr", "paddleocr", "tesseract"] = "rapidocr"
    max_pages: int = 50
    max_pixels: int = 40_000_000
    max_file_mb: int = 50
    ocr_max_seconds: float = 120.0

    # Review
    review_rules_path: Path | None = Field(
        default=None, description="Check rules YAML; review/rules.yaml if unset."
    )
    review_explainer: Literal["template", "llm"] = Field(
        default="template",
        description="Who writes discrepancy explanations (the LLM falls back to the template).",
    )

    # Fine-tuning
    llm_adapter_by_role: str = Field(
        default="officer:officer,reviewer:officer,admin:officer,trader:helpdesk",
        description="'role:adapter,...': the vLLM LoRA adapter (the model field) used for each caller role.",
    )
    vllm_venv: Path = Field(
        default=_REPO_ROOT / ".venv-vllm", description="Virtual environment of vLLM (scripts/setup_vllm.sh)."
    )

    @property
    def qdrant_path(self) -> Path:
        return self.data_dir / "qdrant"

    @property
    def sqlalchemy_url(self) -> str:
        return self.database_url or f"sqlite:///{self.data_dir / 'customs.db'}"

    @property
    def dense_model_names(self) -> list[str]:
        return [name.strip() for name in self.dense_models.split(",") if name.strip()]

    @property
    def lora_path(self) -> str:
        """The llama.cpp adapter in effect: the named one, or the shipped one on the packaged Gemma."""
        if self.llm_lora_path is not None:
            return self.llm_lora_path
        return "" if self.llm_model_path else str(SHIPPED_ADAPTER)

    @property
    def use_openai_backend(self) -> bool:
        return self.llm_backend == "openai" or bool(self.llm_base_url)


@lru_cache
def get_settings() -> Settings:
    return Settings()
