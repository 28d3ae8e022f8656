"""The API with the real engines: Qdrant embedded, USE embeddings, llama.cpp, the review records, OCR."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from api.app import build_app
from api.settings import Settings
from tests.conftest import SHARED, write_corpus

pytestmark = pytest.mark.integration

KEYS = "officer:off-key,reviewer:rev-key,trader:tra-key,admin:adm-key"
OFFICER = {"Authorization": "Bearer off-key"}
REVIEWER = {"Authorization": "Bearer rev-key"}
TRADER = {"Authorization": "Bearer tra-key"}
ADMIN = {"Authorization": "Bearer adm-key"}
ANSWERED = "Quelle est la durée de séjour des marchandises dans une zone franche ?"
CASE_DIR = SHARED / "datasets" / "tradedocs-dev" / "dev-002"


@pytest.fixture(scope="module")
def settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    root = tmp_path_factory.mktemp("api")
    corpus = write_corpus(root / "corpus")
    return Settings(data_dir=root / "data", corpus_path=corpus, api_keys=KEYS, rate_limit_per_minute=10_000)


@pytest.fixture(scope="module")
def client(settings: Settings) -> Iterator[TestClient]:
    app = build_app(settings, with_ui=False, warm_up=False)
    desk = app.state.desk
    for name in (settings.collection, settings.public_collection):
        desk.regulations.ingest(settings.corpus_path, name, show_progress=False)
    with TestClient(app) as test_client:
        yield test_client


def test_officer_gets_a_cited_answer(client: TestClient) -> None:
    response = client.post("/v1/ask", json={"question": ANSWERED, "summarize": False}, headers=OFFICER)
    assert response.status_code == 200, response.text
    body = response.json()
    assert not body["abstained"] and not body["handoff"] and body["notice"] == ""
    assert body["collection"] == "regulations"
    assert body["citations"][0]["source_id"] == "code/titre-xi/article-290.md"
    assert body["citations"][0]["quote"] in body["text"]
    assert body["sources"][0]["text"]


def test_trader_reads_the_public_collection_with_a_notice_and_a_handoff(client: TestClient) -> None:
    body = client.post("/v1/ask", json={"question": ANSWERED, "summarize": False}, headers=TRADER).json()
    assert body["collection"] == "public" and body["notice"] and not body["handoff"]
    off_topic = {"question": "What is the VAT rate on bananas in Peru?", "summarize": False}
    body = client.post("/v1/ask", json=off_topic, headers=TRADER).json()
    assert body["abstained"] and body["handoff"] and body["citations"] == []
    assert "officer" in body["text"]


def _sse(text: str) -> list[tuple[str, str]]:
    events, kind = [], "message"
    for line in text.splitlines():
        if line.startswith("event:"):
            kind = line.split(":", 1)[1].strip()
        elif line.startswith("data:"):
            events.append((kind, line.split(":", 1)[1].strip()))
            kind = "message"
    return events


def test_streaming_answer_sends_text_then_the_answer(client: TestClient) -> None:
    with client.stream("POST", "/v1/ask/stream", json={"question": ANSWERED}, headers=OFFICER) as response:
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("text/event-stream")
        events = _sse(response.read().decode())
    kinds = [k for k, _ in events]
    assert kinds[0] == "text" and kinds[-1] == "answer" and kinds.count("answer") == 1
    streamed = "".join(json.loads(d)["text"] for k, d in events if k == "text")
    final = json.loads(events[-1][1])
    assert final["text"] == streamed
    assert final["citations"][0]["source_id"] == "code/titre-xi/article-290.md"


def test_streaming_refuses_bad_questions_before_streaming(client: TestClient) -> None:
    response = client.post("/v1/ask/stream", json={"question": "   "}, headers=OFFICER)
    assert response.status_code == 422
    assert response.json()["error"]["type"] == "invalid_question"


def test_openai_compatible_chat_with_sources(client: TestClient) -> None:
    body = {"model": "customs-assistant", "messages": [{"role": "system", "content": "Be brief."},
                                                        {"role": "user", "content": ANSWERED}]}  # fmt: skip
    response = client.post("/v1/chat/completions", json=body, headers=OFFICER)
    assert response.status_code == 200, response.text
    data = response.json()
    assert data["object"] == "chat.completion"
    assert data["choices"][0]["message"]["role"] == "assistant"
    assert "[1]" in data["choices"][0]["message"]["content"]
    assert data["citations"][0]["source_id"] == "code/titre-xi/article-290.md"
    assert data["sources"]


def test_openai_compatible_chat_streams_chunks_then_done(client: TestClient) -> None:
    body = {"model": "customs-public", "stream": True, "messages": [{"role": "user", "content": ANSWERED}]}
    with client.stream("POST", "/v1/chat/completions", json=body, headers=TRADER) as response:
        assert response.status_code == 200
        events = _sse(response.read().decode())
    assert events[-1][1] == "[DONE]"
    chunks = [json.loads(d) for _, d in events[:-1]]
    assert all(c["object"] == "chat.completion.chunk" for c in chunks)
    content = "".join(c["choices"][0]["delta"].get("content", "") for c in chunks)
    assert "[1]" in content
    assert chunks[-1]["choices"][0]["finish_reason"] == "stop"
    assert chunks[-1]["citations"][0]["source_id"] == "code/titre-xi/article-290.md"


def test_feedback_is_stored_for_finetuning(client: TestClient, settings: Settings) -> None:
    body = {"question": ANSWERED, "answer": "« ... » [1]", "liked": False, "comment": "too long",
            "citations": [{"number": 1, "source_id": "code/titre-xi/article-290.md", "quote": "..."}]}  # fmt: skip
    response = client.post("/v1/feedback", json=body, headers=TRADER)
    assert response.status_code == 201
    lines = (settings.data_dir / "feedback" / "answers.jsonl").read_text().splitlines()
    stored = json.loads(lines[-1])
    assert stored["id"] == response.json()["id"] and stored["liked"] is False
    assert stored["role"] == "trader" and stored["collection"] == "public"
    assert "tra-key" not in lines[-1]


def test_ingestion_job_reports_progress_until_done(client: TestClient, settings: Settings) -> None:
    response = client.post("/v1/ingest", json={"collection": "extra"}, headers=ADMIN)
    assert response.status_code == 202
    job = response.json()
    assert response.headers["Location"] == f"/v1/ingest/{job['id']}"
    for _ in range(120):
        job = client.get(f"/v1/ingest/{job['id']}", headers=ADMIN).json()
        if job["status"] not in ("queued", "running"):
            break
        time.sleep(0.5)
    assert job["status"] == "done", job
    assert job["progress"] == 1.0 and job["files_total"] == job["files_done"] > 0
    assert job["report"]["chunks_total"] > 0
    stats = client.get("/v1/stats", headers=ADMIN).json()
    assert {c["name"] for c in stats["collections"]} == {"regulations", "public"}
    bad = client.post("/v1/ingest", json={"folder": "/no/such/folder"}, headers=ADMIN)
    assert bad.status_code == 422 and "not found" in bad.json()["error"]["message"]


def test_unknown_case_id_is_404(client: TestClient) -> None:
    for path in ("/v1/cases/0123abc", "/v1/cases/0123abc/audit"):
        response = client.get(path, headers=REVIEWER)
        assert response.status_code == 404 and response.json()["error"]["type"] == "not_found"
    response = client.post("/v1/cases/0123abc/decision", json={"action": "approve"}, headers=REVIEWER)
    assert response.status_code == 404


def test_case_with_bad_declaration_json_is_422(client: TestClient) -> None:
    files = [("documents", ("a.png", b"\x89PNG....", "image/png"))]
    response = client.post("/v1/cases", data={"declaration": "{not json"}, files=files, headers=OFFICER)
    assert response.status_code == 422 and "declaration" in response.json()["error"]["message"]


def test_case_from_uploads_then_correct_decide_and_audit(client: TestClient) -> None:
    """Upload a declaration and a scanned certificate (real OCR), correct a field, approve, audit."""
    declaration = (CASE_DIR / "declaration.json").read_text()
    scan = CASE_DIR / "documents" / "certificat_origine.png"
    files = [("documents", (scan.name, scan.read_bytes(), "image/png"))]
    response = client.post("/v1/cases", data={"declaration": declaration}, files=files, headers=OFFICER)
    assert response.status_code == 201, response.text
    case = response.json()
    assert case["documents"][0]["document"]["doc_type"] == "certificate_of_origin"
    assert any(f["box"] for f in case["documents"][0]["document"]["fields"].values())

    queue = client.get("/v1/cases", headers=OFFICER).json()
    assert case["id"] in [c["id"] for c in queue]

    correction = {"document": scan.name, "field": "exporter_country", "value": "SN", "reason": "checked",
                  "expected_version": case["version"]}  # fmt: skip
    assert (
        client.post(f"/v1/cases/{case['id']}/corrections", json=correction, headers=OFFICER).status_code
        == 403
    )
    response = client.post(f"/v1/cases/{case['id']}/corrections", json=correction, headers=REVIEWER)
    assert response.status_code == 200, response.text
    corrected = response.json()
    assert corrected["corrections"][-1]["after"] == "SN"

    stale = {"action": "approve", "comment": "ok", "expected_version": case["version"]}
    response = client.post(f"/v1/cases/{case['id']}/decision", json=stale, headers=REVIEWER)
    assert response.status_code == 409 and response.json()["error"]["type"] == "conflict"

    decision = {"action": "approve", "comment": "documents agree", "expected_version": corrected["version"]}
    response = client.post(f"/v1/cases/{case['id']}/decision", json=decision, headers=REVIEWER)
    assert response.status_code == 200, response.text
    assert response.json()["status"] == "approved"

    entries = client.get(f"/v1/cases/{case['id']}/audit", headers=REVIEWER).json()
    assert [e["action"] for e in entries] == ["case_created", "field_corrected", "decision_approve"]
    assert entries[-1]["actor"].startswith("reviewer-") and "rev-key" not in json.dumps(entries)


def test_document_upload_returns_type_and_fields(client: TestClient) -> None:
    scan = CASE_DIR / "documents" / "certificat_origine.png"
    response = client.post("/v1/documents", files={"file": (scan.name, scan.read_bytes(), "image/png")},
                           headers=OFFICER)  # fmt: skip
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["doc_type"] == "certificate_of_origin" and body["pages"] == 1
    assert body["fields"]["exporter_country"]["value"] == "SN"


def test_garbage_upload_is_a_clear_4xx(client: TestClient, tmp_path: Path) -> None:
    response = client.post("/v1/documents", files={"file": ("x.png", b"not an image at all", "image/png")},
                           headers=OFFICER)  # fmt: skip
    assert response.status_code == 415
    assert "x.png" in response.json()["error"]["message"]
    response = client.post(
        "/v1/documents", files={"file": ("empty.pdf", b"", "application/pdf")}, headers=OFFICER
    )
    assert response.status_code == 422
