"""API keys kept in the review records database (table ``api_keys``), managed with ``customs keys``.

Only the SHA-256 of a key is stored; the key itself is shown once by ``customs keys add`` and is
never written or logged. :class:`api.auth.KeyStore` calls :meth:`KeyTable.find` (an indexed lookup
by hash) on every authentication the environment and file keys do not answer, so a revoked key
fails on the next request.
"""

from __future__ import annotations

import hashlib
import secrets
import threading
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from review.db import make_engine, upgrade_schema
from review.tables import ApiKeyRecord, utcnow


class KeyNotFoundError(LookupError):
    pass


def key_sha256(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


@dataclass(frozen=True)
class StoredKey:
    """A row of ``api_keys`` as shown to people: no hash."""

    id: int
    role: str
    label: str
    created_at: datetime
    revoked_at: datetime | None
    created_by: str


def _view(record: ApiKeyRecord) -> StoredKey:
    return StoredKey(
        record.id, record.role, record.label, record.created_at, record.revoked_at, record.created_by
    )


class KeyTable:
    """Add, list, revoke and find the database's API keys (the schema is upgraded on first use)."""

    def __init__(self, url: str):
        self.url = url
        self._engine: Engine | None = None
        self._lock = threading.Lock()

    def _db(self) -> Engine:
        with self._lock:
            if self._engine is None:
                engine = make_engine(self.url)
                upgrade_schema(engine)
                self._engine = engine
            return self._engine

    def close(self) -> None:
        if self._engine is not None:
            self._engine.dispose()

    def add(self, role: str, label: str, created_by: str) -> tuple[StoredKey, str]:
        """A new random key for ``role``: its row (hash stored) and the key, which nothing else keeps."""
        key = secrets.token_urlsafe(32)
        record = ApiKeyRecord(
            role=role, label=label, key_sha256=key_sha256(key), created_at=utcnow(), created_by=created_by
        )
        with Session(self._db()) as session, session.begin():
            session.add(record)
            session.flush()
            stored = _view(record)
        return stored, key

    def all(self) -> list[StoredKey]:
        with Session(self._db()) as session:
            return [_view(r) for r in session.scalars(select(ApiKeyRecord).order_by(ApiKeyRecord.id))]

    def revoke(self, key_id: int) -> StoredKey:
        """Mark the key revoked now (a key revoked earlier keeps its first revocation time)."""
        with Session(self._db()) as session, session.begin():
            record = session.get(ApiKeyRecord, key_id)
            if record is None:
                raise KeyNotFoundError(f"no API key with id {key_id}")
            if record.revoked_at is None:
                record.revoked_at = utcnow()
            return _view(record)

    def find(self, digest: str) -> str | None:
        """The role of the non-revoked key whose SHA-256 is ``digest``, if any."""
        query = select(ApiKeyRecord.role).where(
            ApiKeyRecord.key_sha256 == digest, ApiKeyRecord.revoked_at.is_(None)
        )
        with self._db().connect() as connection:
            return connection.execute(query).scalar_one_or_none()

    def count_active(self) -> int:
        query = select(func.count()).select_from(ApiKeyRecord).where(ApiKeyRecord.revoked_at.is_(None))
        with self._db().connect() as connection:
            return int(connection.execute(query).scalar_one())
