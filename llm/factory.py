"""Build the configured LLM client: llama.cpp in process, or an OpenAI-compatible server."""

from __future__ import annotations

from functools import lru_cache

from llm.base import LLMClient


@lru_cache(maxsize=4)
def build_llm(
    base_url: str | None,
    model: str,
    api_key: str = "EMPTY",
    model_path: str = "",
    lora_path: str = "",
    n_ctx: int = 2048,
    n_threads: int = 2,
    timeout_s: float = 120.0,
) -> LLMClient:
    if base_url:
        from llm.openai_compat import OpenAICompatibleClient

        return OpenAICompatibleClient(base_url, model, api_key=api_key, timeout_s=timeout_s)
    from llm.llamacpp import LlamaCppClient

    return LlamaCppClient(model_path=model_path, lora_path=lora_path, n_ctx=n_ctx, n_threads=n_threads)
