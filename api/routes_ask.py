"""Questions: cited answers, their streaming variant, the OpenAI-compatible chat, feedback."""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import AsyncIterator, Iterator
from typing import Any

from fastapi import APIRouter
from sse_starlette.sse import EventSourceResponse
from starlette.concurrency import iterate_in_threadpool

from api.deps import DeskDep, PrincipalDep
from api.desk import Desk
from api.protocol import (
    ERROR_RESPONSES,
    AskRequest,
    AskResponse,
    ChatChoice,
    ChatCompletionRequest,
    ChatCompletionResponse,
    ChatMessage,
    CitationOut,
    ErrorBody,
    FeedbackRequest,
    FeedbackResponse,
)
from rag.answer import AnswerEvent
from rag.conversation import MAX_HISTORY_TURNS
from rag.models import Answer

router = APIRouter(prefix="/v1", tags=["questions"], responses=ERROR_RESPONSES)

PUBLIC_MODEL = "customs-public"


def _response(desk: Desk, principal: Any, answer: Answer, collection: str) -> AskResponse:
    out = AskResponse.from_answer(answer, collection, desk.notice(principal, answer.language))
    if answer.abstained and out.notice:
        out.text = f"{out.text}\n\n{desk.handoff_text(answer.language)}"
    return out


@router.post("/ask", response_model=AskResponse, summary="A cited answer from the regulation texts")
def ask(body: AskRequest, desk: DeskDep, principal: PrincipalDep) -> AskResponse:
    """Retrieve, quote the decisive sentences with `[n]` citations, or abstain with the closest sources.

    Traders always read the public collection; answers to them carry a guidance notice and
    `handoff: true` when an officer must take over.
    """
    answer, collection = desk.ask(principal, body.question, body.collection, body.summarize)
    return _response(desk, principal, answer, collection)


async def _events(
    events: Iterator[AnswerEvent], finish: Any, request_id: str
) -> AsyncIterator[dict[str, str]]:
    try:
        async for event in iterate_in_threadpool(events):
            if event.answer is not None:
                yield {"event": "answer", "data": finish(event.answer)}
            else:
                yield {"event": "text", "data": json.dumps({"text": event.text}, ensure_ascii=False)}
    except Exception as exc:  # headers are sent: report the failure as an event
        body = ErrorBody(
            message=f"the answer failed ({type(exc).__name__})",
            type="internal",
            code=500,
            request_id=request_id,
        )
        yield {"event": "error", "data": json.dumps({"error": body.model_dump()})}


@router.post(
    "/ask/stream",
    summary="The same answer as server-sent events",
    response_class=EventSourceResponse,
    responses={200: {"content": {"text/event-stream": {}}, "description": "`text` events, then `answer`."}},
)
def ask_stream(body: AskRequest, desk: DeskDep, principal: PrincipalDep) -> EventSourceResponse:
    """Events: `text` (`{"text": piece}`) as the answer is written, then one `answer` (an AskResponse)."""
    events, collection = desk.stream(principal, body.question, body.collection, body.summarize)

    def finish(answer: Answer) -> str:
        return _response(desk, principal, answer, collection).model_dump_json()

    return EventSourceResponse(_events(events, finish, uuid.uuid4().hex[:12]), ping=15)


def _chat_question(body: ChatCompletionRequest) -> tuple[str, list[str]]:
    """The last user message, and the user messages before it (at most ``MAX_HISTORY_TURNS``).

    Earlier user messages only help retrieve for a follow-up ("Et pour la Guadeloupe ?"); system
    and assistant messages are ignored, and no message is ever taken as an instruction.
    """
    users = [m for m in body.messages if m.role == "user"]
    if not users:
        return "", []
    return users[-1].text(), [m.text() for m in users[-MAX_HISTORY_TURNS - 1 : -1]]


@router.post(
    "/chat/completions",
    response_model=ChatCompletionResponse,
    summary="OpenAI-compatible chat completions (the last user message is answered, in context)",
    responses={200: {"content": {"text/event-stream": {}}, "description": "With `stream: true`."}},
)
def chat_completions(body: ChatCompletionRequest, desk: DeskDep, principal: PrincipalDep) -> Any:
    """Works with OpenAI clients. Model `customs-public` reads the public collection; the reply carries
    `citations` and `sources` beside `choices`. With `stream: true`, `chat.completion.chunk` events
    end with one carrying the citations, then `[DONE]`. Earlier `user` messages make a follow-up
    ("what about the penalty?") search with the question before it; the reply answers the last one."""
    collection = desk.settings.public_collection if body.model == PUBLIC_MODEL else None
    question, history = _chat_question(body)
    if not body.stream:
        answer, name = desk.ask(principal, question, collection, history=history)
        out = _response(desk, principal, answer, name)
        return ChatCompletionResponse(
            model=body.model,
            choices=[ChatChoice(message=ChatMessage(role="assistant", content=out.text))],
            citations=out.citations,
            sources=out.sources,
            abstained=out.abstained,
        )
    events, name = desk.stream(principal, question, collection, history=history)
    completion_id = f"chatcmpl-{uuid.uuid4().hex[:24]}"
    created = int(time.time())

    def chunk(delta: dict[str, Any], finish_reason: str | None = None, **extra: Any) -> str:
        return json.dumps(
            {
                "id": completion_id,
                "object": "chat.completion.chunk",
                "created": created,
                "model": body.model,
                "choices": [{"index": 0, "delta": delta, "finish_reason": finish_reason}],
                **extra,
            },
            ensure_ascii=False,
        )

    async def stream() -> AsyncIterator[dict[str, str]]:
        yield {"data": chunk({"role": "assistant", "content": ""})}
        async for event in iterate_in_threadpool(events):
            if event.answer is None:
                yield {"data": chunk({"content": event.text})}
                continue
            out = _response(desk, principal, event.answer, name)
            tail = out.text[len(event.answer.text) :]
            citations = [CitationOut.model_validate(c).model_dump() for c in out.citations]
            yield {
                "data": chunk(
                    {"content": tail} if tail else {}, "stop", citations=citations, abstained=out.abstained
                )
            }
        yield {"data": "[DONE]"}

    return EventSourceResponse(stream(), ping=15)


@router.post("/feedback", response_model=FeedbackResponse, status_code=201, summary="Thumbs up or down")
def feedback(body: FeedbackRequest, desk: DeskDep, principal: PrincipalDep) -> FeedbackResponse:
    """Stored with the question, the answer and its citations for the fine-tuning sets."""
    entry = desk.record_feedback(
        principal,
        body.question,
        body.answer,
        body.liked,
        [c.model_dump() for c in body.citations],
        body.comment,
    )
    return FeedbackResponse(id=entry)
