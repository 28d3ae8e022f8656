"""The append-only audit log: every entry carries the hash of the previous one (a hash chain).

``append`` must run inside the transaction that makes the change it records, so an entry exists
exactly when the change does. ``verify`` recomputes the chain and names every edited, inserted or
deleted entry.
"""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime
from typing import Any

from pydantic import BaseModel, Field
from sqlalchemy import select
from sqlalchemy.orm import Session

from review.tables import AuditEntryRecord, AuditHeadRecord

GENESIS_HASH = "0" * 64


class AuditEntry(BaseModel):
    seq: int
    at: str
    actor: str
    action: str
    case_id: str | None
    payload: dict[str, Any]
    hash: str


class AuditReport(BaseModel):
    ok: bool
    entries: int
    problems: list[str] = Field(default_factory=list)


def canonical_json(data: Any) -> str:
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)


def entry_hash(
    seq: int, at: str, actor: str, action: str, case_id: str | None, payload: str, prev: str
) -> str:
    body = canonical_json([seq, at, actor, action, case_id, payload, prev])
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def append(
    session: Session, actor: str, action: str, case_id: str | None, payload: dict[str, Any]
) -> AuditEntry:
    """Add one entry in the caller's transaction; the head row lock serialises concurrent writers."""
    head = session.execute(
        select(AuditHeadRecord).where(AuditHeadRecord.id == 1).with_for_update()
    ).scalar_one()
    seq = head.seq + 1
    at = datetime.now(UTC).isoformat(timespec="microseconds")
    text = canonical_json(payload)
    digest = entry_hash(seq, at, actor, action, case_id, text, head.hash)
    session.add(
        AuditEntryRecord(
            seq=seq,
            at=at,
            actor=actor,
            action=action,
            case_id=case_id,
            payload=text,
            prev_hash=head.hash,
            hash=digest,
        )
    )
    head.seq, head.hash = seq, digest
    return AuditEntry(
        seq=seq, at=at, actor=actor, action=action, case_id=case_id, payload=payload, hash=digest
    )


def to_entry(record: AuditEntryRecord) -> AuditEntry:
    return AuditEntry(
        seq=record.seq,
        at=record.at,
        actor=record.actor,
        action=record.action,
        case_id=record.case_id,
        payload=json.loads(record.payload),
        hash=record.hash,
    )


def verify(session: Session) -> AuditReport:
    """Recompute the chain: an edited entry breaks its hash, a deleted one the sequence and link."""
    problems: list[str] = []
    expected_seq, prev = 1, GENESIS_HASH
    count = 0
    for record in session.execute(select(AuditEntryRecord).order_by(AuditEntryRecord.seq)).scalars():
        count += 1
        if record.seq != expected_seq:
            missing = (
                f"{expected_seq}" if record.seq == expected_seq + 1 else f"{expected_seq}-{record.seq - 1}"
            )
            problems.append(f"entry {missing} missing (deleted) before entry {record.seq}")
        if record.prev_hash != prev:
            problems.append(f"entry {record.seq}: does not link to the previous entry (prev_hash differs)")
        recomputed = entry_hash(
            record.seq,
            record.at,
            record.actor,
            record.action,
            record.case_id,
            record.payload,
            record.prev_hash,
        )
        if recomputed != record.hash:
            problems.append(f"entry {record.seq}: content edited (hash does not match its content)")
        expected_seq, prev = record.seq + 1, record.hash
    head = session.get(AuditHeadRecord, 1)
    if head is None:
        problems.append("audit head row is missing")
    elif head.seq != expected_seq - 1 or head.hash != prev:
        problems.append(
            f"the log ends at entry {expected_seq - 1} but the head records entry {head.seq} (tail deleted)"
        )
    return AuditReport(ok=not problems, entries=count, problems=problems)
