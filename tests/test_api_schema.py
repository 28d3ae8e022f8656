"""Schemathesis against the OpenAPI schema: generated requests never get a 5xx."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, settings

from api.app import build_app
from api.settings import Settings
from tests.conftest import write_corpus

pytestmark = [pytest.mark.slow, pytest.mark.integration]

_ROOT = Path(tempfile.mkdtemp(prefix="customs-schema-"))
_CORPUS = write_corpus(_ROOT / "corpus")
SETTINGS = Settings(
    data_dir=_ROOT / "data", corpus_path=_CORPUS, api_keys="admin:adm-key", rate_limit_per_minute=100_000,
    max_upload_mb=2, llm_max_tokens=16,
)  # fmt: skip
APP = build_app(SETTINGS, with_ui=False, warm_up=False)
schema = schemathesis.openapi.from_asgi("/openapi.json", APP)


@pytest.fixture(scope="module", autouse=True)
def _ingested() -> None:
    desk = APP.state.desk
    for name in (SETTINGS.collection, SETTINGS.public_collection):
        desk.regulations.ingest(_CORPUS, name, show_progress=False)


@schema.parametrize()
@settings(max_examples=12, deadline=None, suppress_health_check=list(HealthCheck))
def test_no_server_errors(case: schemathesis.Case) -> None:
    response = case.call(headers={"Authorization": "Bearer adm-key"})
    assert response.status_code < 500, (case.method, case.path, response.text[:500])
