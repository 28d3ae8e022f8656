"""A scripted model for unit tests of the code around the LLM (tests of the real engines use llama.cpp)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TypeVar

from pydantic import BaseModel

from llm.base import parse_json_output

T = TypeVar("T", bound=BaseModel)


class ScriptedClient:
    name = "scripted"

    def __init__(self, replies: list[str] | None = None, default: str = ""):
        self.replies = list(replies or [])
        self.default = default
        self.prompts: list[str] = []

    def _next(self, prompt: str) -> str:
        self.prompts.append(prompt)
        return self.replies.pop(0) if self.replies else self.default

    def stream(
        self, prompt: str, *, max_tokens: int, stop: list[str] | None = None, model: str | None = None
    ) -> Iterator[str]:
        words = self._next(prompt).split(" ")
        for i, word in enumerate(words):
            yield word if i == len(words) - 1 else word + " "

    def complete_json(self, prompt: str, schema: type[T], *, max_tokens: int, model: str | None = None) -> T:
        return parse_json_output(self._next(prompt), schema)
