"""Wire models of the HTTP API (requests and responses). Domain types stay in their packages."""

from __future__ import annotations

import time
import uuid
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from rag.models import Answer

# Errors ------------------------------------------------------------------------------------------


class ErrorBody(BaseModel):
    message: str = Field(description="What went wrong and, where possible, how to fix it.")
    type: str = Field(description="Short machine-readable kind, e.g. `unauthorized`, `not_found`.")
    code: int = Field(description="The HTTP status.")
    request_id: str = ""


class ErrorResponse(BaseModel):
    """The one error shape of every endpoint (OpenAI-compatible: an ``error`` object with ``message``)."""

    error: ErrorBody


ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    401: {"model": ErrorResponse, "description": "No or unknown API key."},
    403: {"model": ErrorResponse, "description": "The role may not do this."},
    413: {"model": ErrorResponse, "description": "Request too large."},
    422: {"model": ErrorResponse, "description": "Invalid input."},
    429: {"model": ErrorResponse, "description": "Rate limit exceeded."},
}

# Questions ---------------------------------------------------------------------------------------


class AskRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    question: str = Field(
        min_length=1, max_length=20_000, description="A tariff or regulation question (fr or en)."
    )
    collection: str | None = Field(
        default=None, description="Collection to search; the role's default when unset (public for traders)."
    )
    summarize: bool = Field(default=True, description="Add the LLM's one-sentence summary after the quotes.")


class CitationOut(BaseModel):
    number: int
    source_id: str
    article: str | None = None
    quote: str


class SourceOut(BaseModel):
    source_id: str
    article: str | None = None
    title: str = ""
    heading_path: list[str] = Field(default_factory=list)
    score: float
    text: str = Field(description="The retrieved passage.")


class AskResponse(BaseModel):
    question: str
    language: str
    text: str
    citations: list[CitationOut]
    abstained: bool
    answerability: float
    handoff: bool = Field(description="True when an officer should take over (the sources do not answer).")
    notice: str = Field(description="Guidance notice shown with the answer.")
    collection: str
    sources: list[SourceOut]
    timings: dict[str, float | None]

    @classmethod
    def from_answer(cls, answer: Answer, collection: str, notice: str, n_sources: int = 5) -> AskResponse:
        return cls(
            question=answer.question,
            language=answer.language,
            text=answer.text,
            citations=[CitationOut(**c.model_dump()) for c in answer.citations],
            abstained=answer.abstained,
            answerability=answer.answerability,
            handoff=answer.abstained,
            notice=notice,
            collection=collection,
            sources=[
                SourceOut(
                    source_id=s.chunk.source_id,
                    article=s.chunk.article,
                    title=s.chunk.title,
                    heading_path=s.chunk.heading_path,
                    score=s.score,
                    text=s.chunk.text,
                )
                for s in answer.sources[:n_sources]
            ],
            timings=answer.timings.model_dump(),
        )


class FeedbackRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    question: str = Field(min_length=1, max_length=20_000)
    answer: str = Field(max_length=50_000)
    liked: bool
    citations: list[CitationOut] = Field(default_factory=list)
    comment: str = Field(default="", max_length=2000)


class FeedbackResponse(BaseModel):
    id: str
    stored: bool = True


# OpenAI-compatible chat --------------------------------------------------------------------------


class ChatMessage(BaseModel):
    role: Literal["system", "user", "assistant", "tool", "developer"]
    content: str | list[dict[str, Any]] | None = None

    def text(self) -> str:
        if isinstance(self.content, list):
            return " ".join(str(part.get("text", "")) for part in self.content if part.get("type") == "text")
        return self.content or ""


class ChatCompletionRequest(BaseModel):
    """The OpenAI request; sampling parameters are accepted and ignored (answers are greedy)."""

    model_config = ConfigDict(extra="allow")

    model: str = "customs-assistant"
    messages: list[ChatMessage] = Field(min_length=1)
    stream: bool = False
    max_tokens: int | None = Field(default=None, ge=1)
    temperature: float | None = Field(default=None, ge=0)


class ChatChoice(BaseModel):
    index: int = 0
    message: ChatMessage
    finish_reason: Literal["stop", "length"] = "stop"


class Usage(BaseModel):
    prompt_tokens: int = 0
    completion_tokens: int = 0
    total_tokens: int = 0


class ChatCompletionResponse(BaseModel):
    id: str = Field(default_factory=lambda: f"chatcmpl-{uuid.uuid4().hex[:24]}")
    object: Literal["chat.completion"] = "chat.completion"
    created: int = Field(default_factory=lambda: int(time.time()))
    model: str
    choices: list[ChatChoice]
    usage: Usage = Field(default_factory=Usage)
    citations: list[CitationOut] = Field(default_factory=list, description="Extension: the cited quotes.")
    sources: list[SourceOut] = Field(default_factory=list, description="Extension: the retrieved sources.")
    abstained: bool = False


# Documents and cases -----------------------------------------------------------------------------


class DocumentResponse(BaseModel):
    """The document as read: type, fields with value, confidence, page and box (see ``ocr.models``)."""

    model_config = ConfigDict(extra="allow")

    filename: str
    doc_type: str
    type_confidence: float
    fields: dict[str, Any]
    items: list[Any] = Field(default_factory=list)
    pages: int
    errors: list[str] = Field(default_factory=list)


class FieldCorrection(BaseModel):
    model_config = ConfigDict(extra="forbid")

    document: str = Field(min_length=1, max_length=500, description="The document's file name.")
    field: str = Field(min_length=1, max_length=200, description="Field name, e.g. `total_value`.")
    value: str | float | None = Field(description="The value as the reviewer reads it.")
    line: int | None = Field(default=None, ge=1, description="Item line for item-level fields.")
    reason: str = Field(default="", max_length=2000)
    expected_version: int | None = Field(
        default=None, description="The case version the reviewer saw (409 if stale)."
    )


class DecisionRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    action: Literal["approve", "reject", "request_documents"]
    comment: str = Field(
        default="",
        max_length=5000,
        description="Needed to reject, request documents, or approve despite blocking discrepancies.",
    )
    expected_version: int | None = Field(
        default=None, description="The case version the reviewer saw (409 if stale)."
    )


# Ingestion ---------------------------------------------------------------------------------------


class IngestRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    folder: str | None = Field(
        default=None, description="Server folder to ingest; the configured corpus if unset."
    )
    collection: str | None = Field(default=None, description="Target collection; the default one if unset.")
    rebuild: bool = False


class IngestJobOut(BaseModel):
    id: str
    status: Literal["queued", "running", "done", "failed"]
    collection: str
    folder: str
    progress: float | None = Field(description="0..1 when known.")
    files_done: int = 0
    files_total: int = 0
    started_at: float | None = None
    finished_at: float | None = None
    message: str = ""
    report: dict[str, Any] | None = None


class CollectionStats(BaseModel):
    name: str
    chunks: int
    exists: bool


class StatsResponse(BaseModel):
    collections: list[CollectionStats]
    feedback: dict[str, int]
    cases: dict[str, int] = Field(default_factory=dict)


class Health(BaseModel):
    status: Literal["ok"] = "ok"
    version: str
