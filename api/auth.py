"""Bearer API keys, roles and the one table that says which role may do what.

Keys come from ``CUSTOMS_API_KEYS="role:key,role:key"``, from ``CUSTOMS_API_KEYS_FILE`` (one
``role:key`` per line, ``#`` comments) and from the database's ``api_keys`` table (``customs keys
add``, hashes only; see :mod:`api.keys`). The API (a FastAPI dependency) and the web desk
(its login screen) both call :class:`KeyStore.authenticate` and :func:`authorize`; no other
code checks roles.
"""

from __future__ import annotations

import hmac
import threading
import time
from collections import deque
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from api.keys import KeyTable, key_sha256
from api.settings import Settings


class Role(StrEnum):
    OFFICER = "officer"
    REVIEWER = "reviewer"
    TRADER = "trader"
    ADMIN = "admin"


class Permission(StrEnum):
    ASK_INTERNAL = "ask_internal"  # the internal regulation collection
    ASK_PUBLIC = "ask_public"  # the public collection (help-desk)
    READ_DOCUMENTS = "read_documents"  # upload a document and get its type and fields
    CASES = "cases"  # create, list and read cases
    DECIDE = "decide"  # correct fields, approve, reject, request documents
    FEEDBACK = "feedback"  # thumbs up/down on answers
    ADMIN = "admin"  # ingestion, statistics


# The one place that maps roles to what they may do.
PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.TRADER: frozenset({Permission.ASK_PUBLIC, Permission.FEEDBACK}),
    Role.OFFICER: frozenset(
        {
            Permission.ASK_PUBLIC,
            Permission.ASK_INTERNAL,
            Permission.FEEDBACK,
            Permission.READ_DOCUMENTS,
            Permission.CASES,
        }
    ),
    Role.REVIEWER: frozenset(
        {
            Permission.ASK_PUBLIC,
            Permission.ASK_INTERNAL,
            Permission.FEEDBACK,
            Permission.READ_DOCUMENTS,
            Permission.CASES,
            Permission.DECIDE,
        }
    ),
    Role.ADMIN: frozenset(Permission),
}


class AuthError(Exception):
    """401 (no or unknown key) or 403 (the role may not do this)."""

    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status
        self.message = message


@dataclass(frozen=True)
class Principal:
    """Who is calling. ``key_id`` is a short hash of the key, safe to log and to store in audit entries."""

    role: Role
    key_id: str

    @property
    def user(self) -> str:
        return f"{self.role.value}-{self.key_id}"

    def can(self, permission: Permission) -> bool:
        return permission in PERMISSIONS[self.role]


def key_id(key: str) -> str:
    return key_sha256(key)[:10]


def parse_keys(text: str) -> dict[str, Role]:
    """``role:key`` entries separated by commas or newlines; unknown roles are an error."""
    keys: dict[str, Role] = {}
    for raw in text.replace("\n", ",").split(","):
        entry = raw.split("#", 1)[0].strip()
        if not entry:
            continue
        role, sep, key = entry.partition(":")
        if not sep or not key.strip():
            raise ValueError("an API key entry is not of the form role:key")
        try:
            keys[key.strip()] = Role(role.strip().lower())
        except ValueError:
            raise ValueError(
                f"unknown role {role.strip()!r}; expected one of {[r.value for r in Role]}"
            ) from None
    return keys


class KeyStore:
    """API keys and their roles: the environment's and the file's, compared in constant time, then the
    non-revoked keys of ``table`` (looked up by hash on every call, so a revocation holds at once)."""

    def __init__(self, keys: dict[str, Role], table: KeyTable | None = None):
        self._keys = dict(keys)
        self._table = table

    @classmethod
    def from_settings(cls, settings: Settings) -> KeyStore:
        keys = parse_keys(settings.api_keys)
        path: Path | None = settings.api_keys_file
        if path is not None:
            keys.update(parse_keys(path.read_text(encoding="utf-8")))
        return cls(keys, KeyTable(settings.sqlalchemy_url))

    def __len__(self) -> int:
        """The keys that can log in now (asks the database)."""
        return len(self._keys) + (self._table.count_active() if self._table else 0)

    def authenticate(self, key: str | None) -> Principal:
        if not key:
            raise AuthError(401, "an API key is required: send 'Authorization: Bearer <key>'")
        found: Role | None = None
        for known, role in self._keys.items():
            if hmac.compare_digest(known.encode(), key.encode()):
                found = role
        if found is None and self._table is not None:
            # Looked up by the key's hash: timing reveals nothing about the key itself.
            stored = self._table.find(key_sha256(key))
            found = Role(stored) if stored is not None else None
        if found is None:
            raise AuthError(401, "unknown API key")
        return Principal(found, key_id(key))


def authorize(principal: Principal, permission: Permission) -> None:
    if not principal.can(permission):
        raise AuthError(403, f"the {principal.role.value} role may not do this ({permission.value})")


def bearer_token(header: str | None) -> str | None:
    if not header:
        return None
    scheme, _, token = header.partition(" ")
    return token.strip() or None if scheme.lower() == "bearer" else None


class RateLimiter:
    """At most ``per_minute`` requests per caller in any sliding 60-second window."""

    def __init__(self, per_minute: int, window_s: float = 60.0):
        self.per_minute = per_minute
        self.window_s = window_s
        self._hits: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def check(self, caller: str) -> float | None:
        """None when allowed; otherwise the seconds to wait."""
        if self.per_minute <= 0:
            return None
        now = time.monotonic()
        with self._lock:
            hits = self._hits.setdefault(caller, deque())
            while hits and now - hits[0] >= self.window_s:
                hits.popleft()
            if len(hits) >= self.per_minute:
                return max(0.0, self.window_s - (now - hits[0]))
            hits.append(now)
            return None
