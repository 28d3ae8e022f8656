"""The one interface every LLM backend implements (text completion, streaming, JSON output)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Protocol, TypeVar

from pydantic import BaseModel, ValidationError

T = TypeVar("T", bound=BaseModel)


class LLMError(RuntimeError):
    """The backend failed or returned output that does not fit the requested schema."""


class LLMClient(Protocol):
    """A text-completion model. Prompts are plain text built from the templates in ``prompts/``."""

    name: str

    def stream(
        self, prompt: str, *, max_tokens: int, stop: list[str] | None = None, model: str | None = None
    ) -> Iterator[str]:
        """Yield the completion piece by piece (greedy decoding)."""
        ...

    def complete_json(self, prompt: str, schema: type[T], *, max_tokens: int, model: str | None = None) -> T:
        """A completion constrained to ``schema``'s JSON schema, validated."""
        ...


def complete(
    client: LLMClient,
    prompt: str,
    *,
    max_tokens: int,
    stop: list[str] | None = None,
    model: str | None = None,
) -> str:
    return "".join(client.stream(prompt, max_tokens=max_tokens, stop=stop, model=model))


def parse_json_output(text: str, schema: type[T]) -> T:
    """Validate a model's JSON reply against ``schema``; a clear LLMError when it does not fit."""
    try:
        return schema.model_validate(json.loads(text))
    except (json.JSONDecodeError, ValidationError) as exc:
        raise LLMError(f"model output does not match {schema.__name__}: {exc}") from exc
