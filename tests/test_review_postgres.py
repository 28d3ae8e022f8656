"""The review records on PostgreSQL: a throwaway cluster started with initdb/pg_ctl for this module."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from api.settings import Settings
from review.samples import sample_declaration, sample_documents
from review.service import ReviewService
from tests.test_review_records import assert_one_of_four_concurrent_deciders_wins

pytestmark = pytest.mark.integration


def _pg_bin(name: str) -> str | None:
    found = shutil.which(name)
    if found:
        return found
    candidates = sorted(Path("/usr/lib/postgresql").glob(f"*/bin/{name}"))
    return str(candidates[-1]) if candidates else None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def postgres_url() -> Iterator[str]:
    initdb, pg_ctl = _pg_bin("initdb"), _pg_bin("pg_ctl")
    if not (initdb and pg_ctl):
        pytest.skip("PostgreSQL binaries (initdb, pg_ctl) are not installed")
    root = Path(tempfile.mkdtemp(prefix="customs-pg-"))  # not under pytest's root-only folders
    data, sockets = root / "data", root / "sock"
    sockets.mkdir()
    as_user: list[str] = []
    if os.geteuid() == 0:  # initdb refuses to run as root
        shutil.chown(root, "postgres")
        shutil.chown(sockets, "postgres")
        as_user = ["runuser", "-u", "postgres", "--"]
    port = _free_port()
    run = lambda *args: subprocess.run([*as_user, *args], check=True, capture_output=True, timeout=120)  # noqa: E731
    run(initdb, "-D", str(data), "-U", "postgres", "-A", "trust", "--no-sync")
    options = f"-p {port} -k {sockets} -c listen_addresses='' -c fsync=off"
    run(pg_ctl, "-D", str(data), "-o", options, "-l", str(root / "log"), "-w", "start")
    try:
        run(
            _pg_bin("createdb") or "createdb",
            "-h",
            str(sockets),
            "-p",
            str(port),
            "-U",
            "postgres",
            "customs",
        )
        yield f"postgresql+psycopg://postgres@/customs?host={sockets}&port={port}"
    finally:
        run(pg_ctl, "-D", str(data), "-m", "immediate", "stop")
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture
def service(postgres_url: str, tmp_path: Path) -> Iterator[ReviewService]:
    svc = ReviewService(Settings(data_dir=tmp_path, database_url=postgres_url))
    yield svc
    svc.close()


def test_cases_decisions_and_conflicts_on_postgres(service: ReviewService) -> None:
    case = service.create_case(sample_declaration(), sample_documents({"invoice.png": {"currency": "USD"}}))
    assert service.queue()[0].id == case.id
    assert_one_of_four_concurrent_deciders_wins(service, case.id, case.version)


def test_audit_log_is_append_only_and_tamper_evident_on_postgres(service: ReviewService) -> None:
    case = service.create_case(sample_declaration(), sample_documents())
    service.decide(case.id, "approve", "fine", "alice", expected_version=case.version)
    with pytest.raises(Exception, match="append-only"), service.db.begin() as conn:
        conn.execute(text("UPDATE review_audit_log SET actor = 'mallory'"))
    assert service.verify_audit().ok
    with service.db.begin() as conn:
        conn.execute(text("ALTER TABLE review_audit_log DISABLE TRIGGER review_audit_log_no_change"))
        conn.execute(text("UPDATE review_audit_log SET actor = 'mallory' WHERE seq = 1"))
    report = service.verify_audit()
    assert not report.ok and any("entry 1: content" in p for p in report.problems)


def test_api_keys_table_on_postgres(postgres_url: str) -> None:
    from api.auth import AuthError, KeyStore, Role
    from api.keys import KeyTable

    table = KeyTable(postgres_url)
    stored, key = table.add("reviewer", "Bob", created_by="test")
    store = KeyStore({}, table)
    assert store.authenticate(key).role is Role.REVIEWER
    table.revoke(stored.id)
    with pytest.raises(AuthError):
        store.authenticate(key)
    assert [k.revoked_at is not None for k in table.all() if k.id == stored.id] == [True]
    table.close()
