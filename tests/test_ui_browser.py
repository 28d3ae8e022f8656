"""The web desk in Debian's Chromium (driven by playwright): log in, ask and open a citation, open a
case, correct a field, approve, and find the decision in the audit log. Screenshots go to
``test-artifacts/``. Needs ``apt-get install chromium``.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from api.settings import Settings
from tests.conftest import SHARED, write_corpus

pytestmark = [pytest.mark.slow, pytest.mark.integration]

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parents[1] / "test-artifacts"
KEYS = "reviewer:rev-key,trader:tra-key,admin:adm-key"
CASE_DIR = SHARED / "datasets" / "tradedocs-dev" / "dev-002"
QUESTION = "Quelle est la durée de séjour des marchandises dans une zone franche ?"
ARGS = ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run"]  # fmt: skip


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    if not CHROMIUM.exists():
        pytest.skip("Debian chromium is not installed (apt-get install chromium)")
    import uvicorn

    from api.app import build_app
    from api.auth import Principal, Role

    root = tmp_path_factory.mktemp("desk")
    corpus = write_corpus(root / "corpus")
    settings = Settings(
        data_dir=root / "data", corpus_path=corpus, api_keys=KEYS, rate_limit_per_minute=10_000
    )
    app = build_app(settings, warm_up=False)
    desk = app.state.desk
    for name in (settings.collection, settings.public_collection):
        desk.regulations.ingest(corpus, name, show_progress=False)
    scan = CASE_DIR / "documents" / "certificat_origine.png"
    officer = Principal(Role.REVIEWER, "fixture")
    case = desk.create_case(officer, __import__("json").loads((CASE_DIR / "declaration.json").read_text()),
                            [(scan.name, scan.read_bytes())])  # fmt: skip
    port = _free_port()
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning")
    uv = uvicorn.Server(config)
    thread = threading.Thread(target=uv.run, daemon=True)
    thread.start()
    for _ in range(100):
        if uv.started:
            break
        time.sleep(0.1)
    yield {"url": f"http://127.0.0.1:{port}/", "desk": desk, "case": case}
    uv.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield chromium
        chromium.close()


def _login(page: Any, url: str, key: str, language: str = "English") -> None:
    page.goto(url)
    page.locator("#key input").fill(key)
    page.get_by_label(language).check()
    page.locator("#login-btn").click()
    page.locator("#who").get_by_text("Signed in" if language == "English" else "Connecté").wait_for()


def test_reviewer_asks_opens_a_case_corrects_approves_and_audits(
    server: dict[str, Any], browser: Any
) -> None:
    from playwright.sync_api import expect

    ARTIFACTS.mkdir(exist_ok=True)
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    page.set_default_timeout(120_000)
    page.goto(server["url"])
    page.locator("#key input").wait_for()
    page.screenshot(path=str(ARTIFACTS / "01-login.png"))
    _login(page, server["url"], "rev-key")

    # Ask, see the citation chip, open the article.
    page.locator("#question textarea").fill(QUESTION)
    page.locator("#ask-btn").click()
    chip = page.locator("#citations label").filter(has_text="art. 290")
    chip.first.wait_for()
    chip.first.click()
    page.locator("#article").get_by_text("code/titre-xi/article-290.md").wait_for()
    page.screenshot(path=str(ARTIFACTS / "02-officer-chat.png"), full_page=True)

    # Review desk: open the case.
    page.get_by_role("tab", name="Review desk").click()
    # The queue loads after login; on a busy machine it may not be there yet.
    page.locator("#queue").get_by_text(server["case"]["id"]).last.wait_for()
    page.locator("#open-case").click()
    page.locator("#case-title").get_by_text("open").wait_for()
    page.locator("#fields").get_by_text("exporter_country").first.wait_for()
    page.screenshot(path=str(ARTIFACTS / "03-review-case.png"), full_page=True)

    # Correct a field.
    page.locator("#field-pick input").click()
    page.get_by_role("option", name="certificat_origine.png / exporter_name").click()
    page.locator("#field-value textarea").fill("SAHEL GRAINES ET OLEAGINEUX SA")
    page.locator("#correct-btn").click()
    page.locator("#saved").get_by_text("exporter_name").wait_for()

    # Approve with a comment; the decision shows in the audit log.
    page.locator("#comment textarea").fill("documents agree after correction")
    page.locator("#approve-btn").click()
    page.locator("#saved").get_by_text("approve").wait_for()
    expect(page.locator("#audit")).to_contain_text("decision_approve", timeout=60_000)
    page.locator("#case-title").get_by_text("approved").wait_for()
    page.screenshot(path=str(ARTIFACTS / "04-review-approved.png"), full_page=True)

    entries = server["desk"].review.audit_log(server["case"]["id"])
    assert [e.action for e in entries] == ["case_created", "field_corrected", "decision_approve"]
    assert entries[1].payload["after"] == "SAHEL GRAINES ET OLEAGINEUX SA"
    page.close()


def test_trader_sees_only_the_help_desk_with_notice(server: dict[str, Any], browser: Any) -> None:
    page = browser.new_page(viewport={"width": 1200, "height": 900})
    page.set_default_timeout(120_000)
    from playwright.sync_api import expect

    _login(page, server["url"], "tra-key", "Français")
    # Gradio draws the relabelled tabs a moment after the login text: wait, do not poll once.
    expect(page.get_by_role("tab", name="Aide aux opérateurs")).to_be_visible(timeout=60_000)
    expect(page.get_by_role("tab", name="Bureau de contrôle")).to_have_count(0)
    page.get_by_role("tab", name="Aide aux opérateurs").click()
    page.locator("#help-notice").get_by_text("indicatives").wait_for()
    page.locator("#help-question textarea").fill("Quel est le taux de TVA sur les bananes au Pérou ?")
    page.locator("#help-btn").click()
    page.locator("#handoff").get_by_text("agent").wait_for()
    page.screenshot(path=str(ARTIFACTS / "05-trader-helpdesk.png"), full_page=True)
    page.close()


def test_admin_ingests_with_progress(server: dict[str, Any], browser: Any) -> None:
    page = browser.new_page(viewport={"width": 1200, "height": 900})
    page.set_default_timeout(120_000)
    _login(page, server["url"], "adm-key")
    page.get_by_role("tab", name="Administration").click()
    page.locator("#ingest-btn").click()
    page.locator("#job").get_by_text("done").wait_for()
    page.locator("#stats-btn").click()
    page.locator("#stats").get_by_text("regulations").first.wait_for()
    page.screenshot(path=str(ARTIFACTS / "06-admin.png"), full_page=True)
    page.close()
