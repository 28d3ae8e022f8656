"""The FastAPI application: routers, one error shape, limits, metrics, and the web desk mounted at ``/``.

``build_app(settings)`` builds the :class:`~api.desk.Desk` once and keeps it on ``app.state``;
routes stay thin and call it, as the Gradio screens do.
"""

from __future__ import annotations

import logging
import os
import time
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    generate_latest,
)
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from api import routes_admin, routes_ask, routes_cases
from api.auth import AuthError
from api.deps import RateLimited
from api.desk import BadRequest, Conflict, Desk, NotFound, TooLarge, UnsupportedMedia
from api.protocol import ErrorBody, ErrorResponse, Health
from api.settings import Settings, get_settings
from rag.answer import QuestionError
from rag.store import IndexUnavailableError

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")

log = logging.getLogger("customs.api")

# Errors answered with their own message, by status and kind.
_PLAIN_ERRORS: dict[type[Exception], tuple[int, str]] = {
    QuestionError: (422, "invalid_question"),
    BadRequest: (422, "invalid_request"),
    UnsupportedMedia: (415, "unsupported_media_type"),
    TooLarge: (413, "too_large"),
    Conflict: (409, "conflict"),
    NotFound: (404, "not_found"),
}
VERSION = "0.1.0"


def error_response(
    status: int,
    kind: str,
    message: str,
    request: Request | None = None,
    headers: dict[str, str] | None = None,
) -> JSONResponse:
    request_id = getattr(request.state, "request_id", "") if request is not None else ""
    body = ErrorResponse(error=ErrorBody(message=message, type=kind, code=status, request_id=request_id))
    return JSONResponse(body.model_dump(), status_code=status, headers=headers)


_STATUS_KINDS = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    409: "conflict",
    413: "too_large",
    415: "unsupported_media_type",
    422: "invalid_request",
    429: "rate_limited",
    503: "unavailable",
}


def _validation_message(exc: RequestValidationError) -> str:
    parts = []
    for error in exc.errors()[:5]:
        where = ".".join(str(p) for p in error.get("loc", ()) if p != "body") or "body"
        if error.get("type") == "json_invalid":
            return "the body is not valid JSON: " + str(error.get("ctx", {}).get("error", error.get("msg")))
        parts.append(f"{where}: {error.get('msg')}")
    return "; ".join(parts) or "invalid request"


def install_error_handlers(app: FastAPI) -> None:
    """Every failure leaves in the same ``{"error": {...}}`` shape."""

    @app.exception_handler(AuthError)
    async def _auth(request: Request, exc: AuthError) -> JSONResponse:
        headers = {"WWW-Authenticate": "Bearer"} if exc.status == 401 else None
        return error_response(exc.status, _STATUS_KINDS[exc.status], exc.message, request, headers)

    @app.exception_handler(RateLimited)
    async def _rate(request: Request, exc: RateLimited) -> JSONResponse:
        wait = max(1, int(exc.retry_after + 0.999))
        return error_response(
            429,
            "rate_limited",
            f"rate limit exceeded; retry in {wait} s",
            request,
            {"Retry-After": str(wait)},
        )

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        return error_response(422, "invalid_request", _validation_message(exc), request)

    def _plain(status: int, kind: str) -> Any:
        async def handler(request: Request, exc: Exception) -> JSONResponse:
            return error_response(status, kind, str(exc), request)

        return handler

    for exc_type, (status, kind) in _PLAIN_ERRORS.items():
        app.add_exception_handler(exc_type, _plain(status, kind))

    @app.exception_handler(IndexUnavailableError)
    async def _index(request: Request, exc: IndexUnavailableError) -> JSONResponse:
        return error_response(503, "index_unavailable", str(exc), request, {"Retry-After": "30"})

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        kind = _STATUS_KINDS.get(exc.status_code, "error")
        return error_response(exc.status_code, kind, str(exc.detail), request, getattr(exc, "headers", None))

    @app.exception_handler(Exception)
    async def _internal(request: Request, exc: Exception) -> JSONResponse:
        # The type only: messages may carry personal data from documents or questions.
        log.error("unhandled %s on %s %s", type(exc).__name__, request.method, _route(request))
        return error_response(
            500, "internal", "internal error; the request id identifies it in the logs", request
        )


class BodyLimit:
    """Refuse bodies larger than ``max_bytes`` (413) from the header or while they stream in."""

    def __init__(self, app: ASGIApp, max_bytes: int):
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        request_id = headers.get(b"x-request-id", b"").decode("latin-1")[:64] or uuid.uuid4().hex[:12]
        scope.setdefault("state", {})["request_id"] = request_id
        length = headers.get(b"content-length")
        message = f"the request body exceeds the {self.max_bytes // (1024 * 1024)} MB limit"
        if length is not None and length.isdigit() and int(length) > self.max_bytes:
            await self._refuse(scope, receive, send, message)
            return
        seen = 0
        started = False

        async def limited_receive() -> Message:
            nonlocal seen
            msg = await receive()
            if msg["type"] == "http.request":
                seen += len(msg.get("body", b""))
                if seen > self.max_bytes:
                    raise _TooLarge
            return msg

        async def tracking_send(msg: Message) -> None:
            nonlocal started
            started = started or msg["type"] == "http.response.start"
            await send(msg)

        try:
            await self.app(scope, limited_receive, tracking_send)
        except _TooLarge:
            if not started:
                await self._refuse(scope, receive, send, message)

    async def _refuse(self, scope: Scope, receive: Receive, send: Send, message: str) -> None:
        request_id = scope["state"]["request_id"]
        body = ErrorResponse(
            error=ErrorBody(message=message, type="too_large", code=413, request_id=request_id)
        )
        await JSONResponse(body.model_dump(), status_code=413, headers={"Connection": "close"})(
            scope, receive, send
        )


class _TooLarge(Exception):
    pass


def _route(request: Request) -> str:
    route = request.scope.get("route")
    path = getattr(route, "path", None)
    if path:
        return str(path)
    return "/(desk)" if not request.url.path.startswith(("/v1", "/healthz", "/metrics")) else "(unmatched)"


class Metrics:
    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        self.requests = Counter(
            "customs_http_requests_total",
            "HTTP requests.",
            ["method", "route", "status"],
            registry=self.registry,
        )
        self.latency = Histogram(
            "customs_http_request_seconds",
            "HTTP request latency (to the response headers).",
            ["route"],
            buckets=(0.01, 0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 30, 60),
            registry=self.registry,
        )
        self.in_flight = Gauge("customs_http_in_flight", "Requests being served.", registry=self.registry)
        self.chunks = Gauge(
            "customs_index_chunks", "Chunks per collection.", ["collection"], registry=self.registry
        )


def build_app(
    settings: Settings | None = None, desk: Desk | None = None, *, with_ui: bool = True, warm_up: bool = True
) -> FastAPI:
    settings = settings or get_settings()
    desk = desk or Desk(settings)
    metrics = Metrics()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        if warm_up:
            desk.warm_up()
        yield

    app = FastAPI(
        title="Customs assistant",
        version=VERSION,
        description=(
            "Cited regulation answers, document reading and the review desk. Authenticate with "
            "`Authorization: Bearer <key>`; roles: officer, reviewer, trader (public help-desk only), admin. "
            'Every error has the shape `{"error": {"message", "type", "code", "request_id"}}`.'
        ),
        lifespan=lifespan,
    )
    app.state.desk = desk
    app.state.metrics = metrics
    install_error_handlers(app)

    @app.middleware("http")
    async def observe(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        if not getattr(request.state, "request_id", ""):
            request.state.request_id = uuid.uuid4().hex[:12]
        started = time.perf_counter()
        metrics.in_flight.inc()
        status = 500
        try:
            response = await call_next(request)
            status = response.status_code
            response.headers["X-Request-ID"] = request.state.request_id
            return response
        finally:
            metrics.in_flight.dec()
            elapsed = time.perf_counter() - started
            route = _route(request)
            if route != "/(desk)":
                metrics.requests.labels(request.method, route, str(status)).inc()
                metrics.latency.labels(route).observe(elapsed)
                principal = getattr(request.state, "principal", None)
                # No bodies, questions, keys or query strings: the route template, the role and a key hash.
                log.info(
                    "%s %s %s %.3fs role=%s user=%s id=%s",
                    request.method,
                    route,
                    status,
                    elapsed,
                    principal.role.value if principal else "-",
                    principal.key_id if principal else "-",
                    request.state.request_id,
                )

    app.add_middleware(BodyLimit, max_bytes=settings.max_upload_mb * 1024 * 1024)

    @app.get("/healthz", response_model=Health, tags=["service"], summary="Liveness")
    def healthz() -> Health:
        return Health(version=VERSION)

    @app.get(
        "/metrics",
        tags=["service"],
        summary="Prometheus metrics",
        responses={200: {"content": {"text/plain": {}}}},
    )
    def prometheus() -> Response:
        return Response(generate_latest(metrics.registry), media_type=CONTENT_TYPE_LATEST)

    app.include_router(routes_ask.router)
    app.include_router(routes_cases.router)
    app.include_router(routes_admin.router)

    if with_ui:
        import gradio as gr

        from ui.app import build_blocks

        blocks = build_blocks(desk)
        app = gr.mount_gradio_app(app, blocks, path="/")
    return app


def create_app() -> FastAPI:
    """Factory for ``uvicorn --factory api.app:create_app``."""
    return build_app()


def openapi_schema(app: FastAPI) -> dict[str, Any]:
    return app.openapi()
