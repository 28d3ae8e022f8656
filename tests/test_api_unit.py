"""API behaviour without models: keys and roles, limits, the one error shape, bad input."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from api.app import build_app
from api.auth import PERMISSIONS, AuthError, KeyStore, Permission, RateLimiter, Role, parse_keys
from api.settings import Settings

pytestmark = pytest.mark.unit

KEYS = "officer:off-key,reviewer:rev-key,trader:tra-key,admin:adm-key"
OFFICER = {"Authorization": "Bearer off-key"}
REVIEWER = {"Authorization": "Bearer rev-key"}
TRADER = {"Authorization": "Bearer tra-key"}
ADMIN = {"Authorization": "Bearer adm-key"}


@pytest.fixture
def client(tmp_path: Path) -> TestClient:
    settings = Settings(
        data_dir=tmp_path / "data",
        corpus_path=tmp_path / "none",
        api_keys=KEYS,
        max_upload_mb=1,
        rate_limit_per_minute=1000,
    )
    return TestClient(build_app(settings, with_ui=False, warm_up=False))


def assert_error(response, status: int, kind: str | None = None) -> dict:  # type: ignore[no-untyped-def]
    assert response.status_code == status, response.text
    error = response.json()["error"]
    assert set(error) == {"message", "type", "code", "request_id"}
    assert error["code"] == status and error["message"] and error["request_id"]
    if kind:
        assert error["type"] == kind
    return error


def test_keys_parse_roles_and_refuse_unknown_roles(tmp_path: Path) -> None:
    assert parse_keys(" officer:a , admin:b\n# comment\n") == {"a": Role.OFFICER, "b": Role.ADMIN}
    with pytest.raises(ValueError, match="unknown role"):
        parse_keys("boss:x")
    with pytest.raises(ValueError, match="role:key"):
        parse_keys("officer")
    keys_file = tmp_path / "keys.txt"
    keys_file.write_text("reviewer:from-file\n")
    settings = Settings(data_dir=tmp_path / "data", api_keys="trader:t", api_keys_file=keys_file)
    store = KeyStore.from_settings(settings)  # and the keys of the database in data_dir (none)
    assert store.authenticate("from-file").role is Role.REVIEWER
    assert store.authenticate("t").role is Role.TRADER
    with pytest.raises(AuthError) as exc:
        store.authenticate("nope")
    assert exc.value.status == 401


def test_trader_may_only_ask_public_texts() -> None:
    assert PERMISSIONS[Role.TRADER] == {Permission.ASK_PUBLIC, Permission.FEEDBACK}
    assert Permission.DECIDE not in PERMISSIONS[Role.OFFICER]
    assert PERMISSIONS[Role.ADMIN] == set(Permission)


def test_rate_limiter_counts_a_sliding_window() -> None:
    limiter = RateLimiter(2, window_s=60)
    assert limiter.check("a") is None and limiter.check("a") is None
    wait = limiter.check("a")
    assert wait is not None and 0 < wait <= 60
    assert limiter.check("b") is None


@pytest.mark.parametrize(
    ("method", "path"),
    [("post", "/v1/ask"), ("post", "/v1/chat/completions"), ("get", "/v1/cases"), ("get", "/v1/cases/x"),
     ("post", "/v1/cases/x/decision"), ("post", "/v1/ingest"), ("post", "/v1/documents"),
     ("get", "/v1/stats")],
)  # fmt: skip
def test_no_key_or_a_wrong_key_is_401(client: TestClient, method: str, path: str) -> None:
    error = assert_error(getattr(client, method)(path), 401, "unauthorized")
    assert "Bearer" in error["message"]
    assert_error(getattr(client, method)(path, headers={"Authorization": "Bearer wrong"}), 401)
    assert_error(getattr(client, method)(path, headers={"Authorization": "Basic off-key"}), 401)


@pytest.mark.parametrize(
    ("method", "path"),
    [("get", "/v1/cases"), ("get", "/v1/cases/any"), ("post", "/v1/cases/any/decision"),
     ("post", "/v1/cases/any/corrections"), ("post", "/v1/cases"), ("post", "/v1/documents")],
)  # fmt: skip
def test_trader_gets_403_on_every_case_endpoint(client: TestClient, method: str, path: str) -> None:
    assert_error(getattr(client, method)(path, headers=TRADER), 403, "forbidden")


def test_trader_cannot_reach_the_internal_collection(client: TestClient) -> None:
    body = {"question": "Article 27 ?", "collection": "regulations"}
    assert_error(client.post("/v1/ask", json=body, headers=TRADER), 403, "forbidden")
    assert_error(client.post("/v1/ask/stream", json=body, headers=TRADER), 403, "forbidden")


def test_admin_endpoints_need_the_admin_role(client: TestClient) -> None:
    for headers in (OFFICER, REVIEWER, TRADER):
        assert_error(client.post("/v1/ingest", json={}, headers=headers), 403)
        assert_error(client.get("/v1/stats", headers=headers), 403)
        assert_error(client.get("/v1/ingest/abc", headers=headers), 403)
    assert_error(client.get("/v1/ingest/abc", headers=ADMIN), 404, "not_found")


def test_officer_may_not_decide(client: TestClient) -> None:
    assert_error(client.post("/v1/cases/x/decision", json={"action": "approve"}, headers=OFFICER), 403)


def test_malformed_json_is_a_clear_422(client: TestClient) -> None:
    response = client.post(
        "/v1/ask", content=b'{"question": "x"', headers={**OFFICER, "Content-Type": "application/json"}
    )
    error = assert_error(response, 422, "invalid_request")
    assert "JSON" in error["message"]


@pytest.mark.parametrize(
    "body",
    [{}, {"question": ""}, {"question": 3}, {"question": "x", "unknown": 1}, {"question": "x" * 20_001}],
)
def test_invalid_questions_are_422(client: TestClient, body: dict) -> None:
    assert_error(client.post("/v1/ask", json=body, headers=OFFICER), 422)


def test_wrong_content_type_on_json_endpoint_is_4xx(client: TestClient) -> None:
    response = client.post(
        "/v1/ask", content=b"question=x", headers={**OFFICER, "Content-Type": "text/plain"}
    )
    assert 400 <= response.status_code < 500
    assert "error" in response.json()


def test_oversized_body_is_413_and_the_service_keeps_serving(client: TestClient) -> None:
    big = b"x" * (1024 * 1024 + 10)
    response = client.post("/v1/documents", files={"file": ("big.png", big, "image/png")}, headers=OFFICER)
    assert_error(response, 413, "too_large")
    assert client.get("/healthz").status_code == 200


def test_upload_of_a_wrong_content_type_is_415(client: TestClient) -> None:
    response = client.post(
        "/v1/documents", files={"file": ("notes.txt", b"hello", "text/plain")}, headers=OFFICER
    )
    error = assert_error(response, 415, "unsupported_media_type")
    assert "notes.txt" in error["message"]


def test_upload_without_a_file_is_422(client: TestClient) -> None:
    assert_error(client.post("/v1/documents", headers=OFFICER), 422)


def test_unknown_routes_and_methods_use_the_error_shape(client: TestClient) -> None:
    assert_error(client.get("/v1/nothing", headers=OFFICER), 404)
    assert_error(client.get("/v1/ask", headers=OFFICER), 405)


def test_rate_limit_is_429_with_retry_after(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path, api_keys=KEYS, rate_limit_per_minute=2)
    client = TestClient(build_app(settings, with_ui=False, warm_up=False))
    for _ in range(2):
        assert client.get("/v1/ingest/x", headers=ADMIN).status_code == 404
    response = client.get("/v1/ingest/x", headers=ADMIN)
    assert_error(response, 429, "rate_limited")
    assert int(response.headers["Retry-After"]) >= 1
    assert client.get("/v1/ingest/x", headers=OFFICER).status_code == 403  # other keys are not affected


def test_healthz_metrics_and_openapi(client: TestClient) -> None:
    assert client.get("/healthz").json()["status"] == "ok"
    client.get("/v1/cases", headers=TRADER)
    metrics = client.get("/metrics").text
    assert 'customs_http_requests_total{method="GET",route="/v1/cases",status="403"} 1.0' in metrics
    schema = client.get("/openapi.json").json()
    for path in ("/v1/ask", "/v1/ask/stream", "/v1/chat/completions", "/v1/documents", "/v1/cases",
                 "/v1/cases/{case_id}", "/v1/cases/{case_id}/decision", "/v1/ingest", "/v1/ingest/{job_id}",
                 "/healthz", "/metrics"):  # fmt: skip
        assert path in schema["paths"], path


def test_logs_carry_no_keys_or_questions(client: TestClient, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level("INFO", logger="customs.api")
    client.post("/v1/ask", json={"question": "Mon numéro fiscal est 1234567890"}, headers=TRADER)
    text = caplog.text
    assert "/v1/ask" in text
    assert "tra-key" not in text and "1234567890" not in text


def test_ingestion_jobs_of_two_collections_run_one_after_the_other(tmp_path: Path) -> None:
    """The first start ingests the internal and the public collection; both share one embedded
    Qdrant folder, so the second job waits for the first instead of racing it."""
    import threading
    import time
    from typing import Any

    from api.desk import IngestJobs
    from rag.ingest import IngestReport

    running, overlaps = [0], []
    guard = threading.Lock()

    class OneFolderService:
        def ingest(self, folder: Path, collection: str, **_: Any) -> IngestReport:
            with guard:
                running[0] += 1
                overlaps.append(running[0])
            time.sleep(0.05)
            with guard:
                running[0] -= 1
            return IngestReport(root=str(folder), files_seen=1, files_indexed=1)

    jobs = IngestJobs(OneFolderService())  # type: ignore[arg-type]
    started = [jobs.start(tmp_path, name) for name in ("internal", "public")]
    for job in started:
        assert job.thread is not None
        job.thread.join(5)
    assert [job.status for job in started] == ["done", "done"]
    assert max(overlaps) == 1
