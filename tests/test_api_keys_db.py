"""API keys stored in the database: ``customs keys add/list/revoke``, then the API and the desk login."""

from __future__ import annotations

import hashlib

import pytest
import typer
from fastapi.testclient import TestClient
from sqlalchemy import text
from typer.testing import CliRunner

from api.app import build_app
from api.auth import AuthError, Role
from api.settings import Settings
from review.db import make_engine

pytestmark = pytest.mark.unit
runner = CliRunner()


def _add(app: typer.Typer, role: str, label: str) -> str:
    result = runner.invoke(app, ["keys", "add", "--role", role, "--label", label])
    assert result.exit_code == 0, result.output
    key = result.stdout.strip()
    assert len(key) >= 40 and "\n" not in key  # token_urlsafe(32), alone on stdout
    return key


def _bearer(key: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {key}"}


def test_database_keys_log_in_keep_their_role_and_stop_when_revoked(
    app: typer.Typer, settings: Settings
) -> None:
    trader = _add(app, "trader", "Transit SA (help-desk)")
    officer = _add(app, "officer", "Alice, Roissy")
    client = TestClient(build_app(settings, with_ui=False, warm_up=False))
    feedback = {"question": "Zone franche ?", "answer": "Article 290.", "liked": True}

    assert client.post("/v1/feedback", json=feedback, headers=_bearer(trader)).status_code == 201
    assert client.get("/v1/cases", headers=_bearer(trader)).status_code == 403  # role enforced
    assert client.get("/v1/cases", headers=_bearer(officer)).status_code == 200
    desk = client.app.state.desk  # type: ignore[attr-defined]
    assert desk.login(trader).role is Role.TRADER  # the web desk's login screen
    assert len(desk.keys) == 2

    listed = runner.invoke(app, ["keys", "list"])
    assert listed.exit_code == 0 and "Transit SA" in listed.stdout and "trader" in listed.stdout
    assert hashlib.sha256(trader.encode()).hexdigest()[:12] not in listed.stdout

    assert runner.invoke(app, ["keys", "revoke", "1"]).exit_code == 0
    response = client.get("/v1/cases", headers=_bearer(trader))
    assert response.status_code == 401 and response.json()["error"]["type"] == "unauthorized"
    assert client.post("/v1/feedback", json=feedback, headers=_bearer(trader)).status_code == 401
    with pytest.raises(AuthError):
        desk.login(trader)
    assert client.get("/v1/cases", headers=_bearer(officer)).status_code == 200
    assert len(desk.keys) == 1
    assert runner.invoke(app, ["keys", "revoke", "99"]).exit_code == 1


def test_the_database_keeps_a_hash_never_the_key(app: typer.Typer, settings: Settings) -> None:
    key = _add(app, "admin", "ops")
    engine = make_engine(settings.sqlalchemy_url)
    with engine.connect() as connection:
        row = connection.execute(text("SELECT * FROM api_keys")).mappings().one()
    engine.dispose()
    assert set(row) == {"id", "role", "label", "key_sha256", "created_at", "revoked_at", "created_by"}
    assert key not in " ".join(str(value) for value in row.values())
    assert row["key_sha256"] == hashlib.sha256(key.encode()).hexdigest()
    assert (row["role"], row["label"], row["revoked_at"]) == ("admin", "ops", None)


def test_keys_add_refuses_unknown_roles_and_every_command_has_help(app: typer.Typer) -> None:
    assert runner.invoke(app, ["keys", "add", "--role", "boss", "--label", "x"]).exit_code == 2
    for command in ([], ["add"], ["list"], ["revoke"]):
        result = runner.invoke(app, ["keys", *command, "--help"])
        assert result.exit_code == 0 and "Usage" in result.stdout
