"""Review records: cases, queue, corrections, decisions, locking, audit chain, export, durability."""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from sqlalchemy import text

from api.settings import Settings
from review.declaration import DeclarationError
from review.samples import sample_declaration, sample_documents
from review.service import CaseNotFoundError, ConflictError, DecisionError, ReviewService

pytestmark = pytest.mark.unit
REPO = Path(__file__).resolve().parents[1]


@pytest.fixture
def service(tmp_path: Path) -> ReviewService:
    svc = ReviewService(Settings(data_dir=tmp_path))
    yield svc
    svc.close()


def test_case_is_stored_with_documents_fields_and_findings(service: ReviewService) -> None:
    case = service.create_case(sample_declaration(), sample_documents({"invoice.png": {"currency": "USD"}}))
    again = service.get_case(case.id)
    assert again.version == 1 and again.status == "open" and again.blocking == 1
    assert [d.document.filename for d in again.documents] == ["invoice.png", "certificate.png"]
    invoice = again.documents[0].document
    assert (
        invoice.fields["currency"].value == "USD" and invoice.items[0].fields["hs_code"].value == "1801.00.00"
    )
    assert [(f.field, f.document) for f in again.report.discrepancies] == [("currency", "invoice.png")]


def test_bad_declaration_and_unknown_case(service: ReviewService) -> None:
    with pytest.raises(DeclarationError):
        service.create_case(sample_declaration(currency="euros"), sample_documents())
    with pytest.raises(CaseNotFoundError):
        service.get_case("nope")


def test_queue_puts_blocking_cases_first(service: ReviewService) -> None:
    clean = service.create_case(sample_declaration(), sample_documents())
    warn = service.create_case(
        sample_declaration(), sample_documents({"invoice.png": {"invoice_date": "2026-03-15"}})
    )
    block = service.create_case(sample_declaration(), sample_documents({"invoice.png": {"currency": "USD"}}))
    assert [c.id for c in service.queue()] == [block.id, warn.id, clean.id]


def test_correction_keeps_before_and_after_and_rechecks(service: ReviewService) -> None:
    case = service.create_case(
        sample_declaration(), sample_documents({"invoice.png": {"total_value": "92 375,00"}})
    )
    assert not case.report.clean
    fixed = service.correct_field(
        case.id, document="invoice.png", field="total_value", value=29375.0, reviewer="alice",
        expected_version=case.version, reason="OCR read 9 for 2",
    )  # fmt: skip
    assert fixed.version == case.version + 1 and fixed.report.clean
    [correction] = fixed.corrections
    assert (correction.before, correction.after, correction.reviewer) == ("92 375,00", 29375.0, "alice")
    assert fixed.documents[0].document.fields["total_value"].method == "reviewer"


def test_second_reviewer_gets_a_conflict_and_nothing_is_overwritten(service: ReviewService) -> None:
    case = service.create_case(sample_declaration(), sample_documents())
    first = service.decide(case.id, "approve", "documents agree", "alice", expected_version=case.version)
    with pytest.raises(ConflictError):
        service.decide(case.id, "reject", "values differ", "bob", expected_version=case.version)
    final = service.get_case(case.id)
    assert final.status == "approved" and final.version == first.version
    assert [(d.decision, d.reviewer) for d in final.decisions] == [("approve", "alice")]


def assert_one_of_four_concurrent_deciders_wins(service: ReviewService, case_id: str, version: int) -> None:
    """Four reviewers decide at once on the version they saw: one is saved, three get a conflict."""
    from concurrent.futures import ThreadPoolExecutor

    def decide(reviewer: str) -> str:
        try:
            service.decide(case_id, "reject", f"no ({reviewer})", reviewer, expected_version=version)
            return "saved"
        except ConflictError:
            return "conflict"

    with ThreadPoolExecutor(4) as pool:
        outcomes = list(pool.map(decide, ["a", "b", "c", "d"]))
    assert sorted(outcomes) == ["conflict", "conflict", "conflict", "saved"]
    assert len(service.get_case(case_id).decisions) == 1
    assert service.verify_audit().ok


def test_concurrent_decisions_from_threads_never_both_win(service: ReviewService) -> None:
    case = service.create_case(sample_declaration(), sample_documents())
    assert_one_of_four_concurrent_deciders_wins(service, case.id, case.version)


def test_decisions_need_comments_when_they_matter(service: ReviewService) -> None:
    case = service.create_case(sample_declaration(), sample_documents({"invoice.png": {"currency": "USD"}}))
    with pytest.raises(DecisionError):
        service.decide(case.id, "approve", "", "alice", expected_version=case.version)
    with pytest.raises(DecisionError):
        service.decide(case.id, "request_documents", " ", "alice", expected_version=case.version)
    with pytest.raises(DecisionError):
        service.decide(case.id, "maybe", "hmm", "alice", expected_version=case.version)
    done = service.decide(case.id, "request_documents", "send the corrected invoice", "alice", case.version)
    assert done.status == "documents_requested"


def test_audit_log_records_every_change_and_verifies(service: ReviewService) -> None:
    case = service.create_case(sample_declaration(), sample_documents(), actor="desk")
    case = service.correct_field(
        case.id, document="certificate.png", field="issue_date", value="2026-03-17", reviewer="alice",
        expected_version=case.version,
    )  # fmt: skip
    service.decide(case.id, "approve", "ok", "bob", expected_version=case.version)
    entries = service.audit_log(case.id)
    assert [(e.actor, e.action) for e in entries] == [
        ("desk", "case_created"), ("alice", "field_corrected"), ("bob", "decision_approve"),
    ]  # fmt: skip
    assert entries[1].payload["before"] == "2026-03-16" and entries[1].payload["after"] == "2026-03-17"
    report = service.verify_audit()
    assert report.ok and report.entries == 3


def _three_entries(service: ReviewService) -> None:
    case = service.create_case(sample_declaration(), sample_documents())
    service.decide(case.id, "reject", "first", "alice", expected_version=case.version)
    service.create_case(sample_declaration(), sample_documents())


def test_audit_log_refuses_updates_and_deletes(service: ReviewService) -> None:
    _three_entries(service)
    for statement in ("UPDATE review_audit_log SET actor = 'mallory'", "DELETE FROM review_audit_log"):
        with pytest.raises(Exception, match="append-only"), service.db.begin() as conn:
            conn.execute(text(statement))
    assert service.verify_audit().ok


@pytest.mark.parametrize(
    ("tamper", "problem"),
    [
        (
            "UPDATE review_audit_log SET payload = replace(payload, 'first', 'second') WHERE seq = 2",
            "entry 2: content",
        ),
        ("DELETE FROM review_audit_log WHERE seq = 2", "entry 2 missing"),
        ("DELETE FROM review_audit_log WHERE seq = 3", "tail deleted"),
    ],
)
def test_verify_detects_edited_and_deleted_entries(service: ReviewService, tamper: str, problem: str) -> None:
    _three_entries(service)
    with service.db.begin() as conn:  # an attacker with database access removes the guard first
        conn.execute(text("DROP TRIGGER review_audit_log_no_update"))
        conn.execute(text("DROP TRIGGER review_audit_log_no_delete"))
        conn.execute(text(tamper))
    report = service.verify_audit()
    assert not report.ok
    assert any(problem in p for p in report.problems), report.problems


def test_export_corrections_of_approved_cases_only(service: ReviewService) -> None:
    approved = service.create_case(
        sample_declaration(), sample_documents({"invoice.png": {"currency": "USD"}})
    )
    approved = service.correct_field(
        approved.id, document="invoice.png", field="currency", value="EUR", reviewer="alice",
        expected_version=approved.version, reason="misread",
    )  # fmt: skip
    service.decide(approved.id, "approve", "ok", "bob", expected_version=approved.version)
    pending = service.create_case(sample_declaration(), sample_documents())
    service.correct_field(
        pending.id, document="invoice.png", field="incoterm", value="FOB", reviewer="alice",
        expected_version=pending.version,
    )  # fmt: skip
    out = io.StringIO()
    assert service.export_corrections(out) == 1
    [row] = [json.loads(line) for line in out.getvalue().splitlines()]
    assert (row["field"], row["before"], row["after"], row["approved_by"]) == (
        "currency",
        "USD",
        "EUR",
        "bob",
    )
    assert row["doc_type"] == "commercial_invoice" and row["document"] == "invoice.png"


def test_migrations_are_idempotent(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path)
    first = ReviewService(settings)
    case = first.create_case(sample_declaration(), sample_documents())
    first.close()
    second = ReviewService(settings)
    assert second.get_case(case.id).id == case.id
    with second.db.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM review_alembic_version")).scalar_one() == "0002"
    second.close()


WORKER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from api.settings import Settings
    from review.samples import sample_declaration, sample_documents
    from review.service import ReviewService

    service = ReviewService(Settings(data_dir=Path(sys.argv[1])))
    print("READY", flush=True)
    while True:
        case = service.create_case(sample_declaration(), sample_documents())
        done = service.decide(case.id, "reject", "killed test", "worker", expected_version=case.version)
        print("SAVED", done.id, flush=True)
    """
)


def test_killing_the_process_mid_decision_loses_nothing_reported_saved(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    worker = subprocess.Popen(
        [sys.executable, "-c", WORKER, str(tmp_path)], stdout=subprocess.PIPE, text=True, env=env, cwd=REPO
    )
    assert worker.stdout is not None
    saved: list[str] = []
    deadline = time.monotonic() + 60
    try:
        for line in worker.stdout:
            if line.startswith("SAVED"):
                saved.append(line.split()[1])
            if len(saved) >= 8 or time.monotonic() > deadline:
                break
        time.sleep(0.05)  # let it get into the middle of the next decision
    finally:
        worker.send_signal(signal.SIGKILL)
        worker.wait(timeout=10)
    assert worker.returncode == -signal.SIGKILL
    assert len(saved) >= 8
    service = ReviewService(Settings(data_dir=tmp_path))
    for case_id in saved:
        case = service.get_case(case_id)
        assert case.status == "rejected" and [d.reviewer for d in case.decisions] == ["worker"]
    report = service.verify_audit()
    assert report.ok, report.problems
    assert report.entries >= 2 * len(saved)
    service.close()
