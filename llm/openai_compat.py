"""Any OpenAI-compatible completion server (vLLM in production), by base URL and model name.

The text-completion endpoint keeps one prompt format for every backend; the ``model`` field
selects the LoRA adapter on a vLLM server started with ``--enable-lora``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TypeVar

from pydantic import BaseModel

from llm.base import LLMError, parse_json_output

T = TypeVar("T", bound=BaseModel)


class OpenAICompatibleClient:
    def __init__(self, base_url: str, model: str, api_key: str = "EMPTY", timeout_s: float = 120.0):
        import openai

        # The client retries connection errors and 5xx with back-off itself.
        self._client = openai.OpenAI(base_url=base_url, api_key=api_key, timeout=timeout_s, max_retries=3)
        self._errors = (openai.APIError, openai.APIConnectionError)
        self.model = model
        self.name = f"openai:{model}@{base_url}"

    def stream(
        self, prompt: str, *, max_tokens: int, stop: list[str] | None = None, model: str | None = None
    ) -> Iterator[str]:
        try:
            for part in self._client.completions.create(
                model=model or self.model,
                prompt=prompt,
                max_tokens=max_tokens,
                temperature=0.0,
                stop=stop or None,
                stream=True,
            ):
                if part.choices and part.choices[0].text:
                    yield part.choices[0].text
        except self._errors as exc:
            raise LLMError(f"LLM server error: {exc}") from exc

    def complete_json(self, prompt: str, schema: type[T], *, max_tokens: int, model: str | None = None) -> T:
        try:
            out = self._client.completions.create(
                model=model or self.model,
                prompt=prompt,
                max_tokens=max_tokens,
                temperature=0.0,
                extra_body={"structured_outputs": {"json": schema.model_json_schema()}},
            )
        except self._errors as exc:
            raise LLMError(f"LLM server error: {exc}") from exc
        return parse_json_output(out.choices[0].text, schema)
