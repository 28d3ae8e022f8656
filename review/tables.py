"""Review desk storage (SQLAlchemy 2): cases, documents, extracted fields, corrections, decisions, audit,
and the API keys created with ``customs keys add``.

The schema is created and upgraded only by the Alembic migrations in ``review/migrations``.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import JSON, CheckConstraint, DateTime, Float, ForeignKey, Integer, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


def utcnow() -> datetime:
    return datetime.now(UTC)


class Base(DeclarativeBase):
    pass


class CaseRecord(Base):
    __tablename__ = "review_cases"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    declaration_id: Mapped[str] = mapped_column(String(64), index=True)
    declaration: Mapped[dict[str, Any]] = mapped_column(JSON)
    status: Mapped[str] = mapped_column(String(24), index=True, default="open")
    risk: Mapped[int] = mapped_column(Integer, index=True, default=0)
    blocking: Mapped[int] = mapped_column(Integer, default=0)
    discrepancies: Mapped[int] = mapped_column(Integer, default=0)
    report: Mapped[dict[str, Any]] = mapped_column(JSON)
    created_by: Mapped[str] = mapped_column(String(128))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    version: Mapped[int] = mapped_column(Integer, nullable=False)

    documents: Mapped[list[DocumentRecord]] = relationship(
        back_populates="case", order_by="DocumentRecord.position", cascade="all, delete-orphan"
    )
    corrections: Mapped[list[CorrectionRecord]] = relationship(order_by="CorrectionRecord.id")
    decisions: Mapped[list[DecisionRecord]] = relationship(order_by="DecisionRecord.id")

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 - SQLAlchemy's declarative mapping


class DocumentRecord(Base):
    __tablename__ = "review_documents"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    case_id: Mapped[str] = mapped_column(ForeignKey("review_cases.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    filename: Mapped[str] = mapped_column(String(255))
    doc_type: Mapped[str] = mapped_column(String(48))
    type_confidence: Mapped[float] = mapped_column(Float, default=0.0)
    data: Mapped[dict[str, Any]] = mapped_column(JSON, doc="The Document without its fields (pages, errors).")

    case: Mapped[CaseRecord] = relationship(back_populates="documents")
    fields: Mapped[list[FieldRecord]] = relationship(order_by="FieldRecord.id", cascade="all, delete-orphan")


class FieldRecord(Base):
    __tablename__ = "review_fields"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("review_documents.id"), index=True)
    name: Mapped[str] = mapped_column(String(64))
    line: Mapped[int | None] = mapped_column(Integer, nullable=True, doc="Item line; None for header fields.")
    raw: Mapped[str] = mapped_column(Text)
    value: Mapped[Any] = mapped_column(JSON, nullable=True)
    confidence: Mapped[float] = mapped_column(Float)
    page: Mapped[int | None] = mapped_column(Integer, nullable=True)
    box: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)
    method: Mapped[str] = mapped_column(String(24))


class CorrectionRecord(Base):
    __tablename__ = "review_corrections"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    case_id: Mapped[str] = mapped_column(ForeignKey("review_cases.id"), index=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("review_documents.id"))
    field_id: Mapped[int] = mapped_column(ForeignKey("review_fields.id"))
    field: Mapped[str] = mapped_column(String(64))
    line: Mapped[int | None] = mapped_column(Integer, nullable=True)
    before: Mapped[Any] = mapped_column(JSON, nullable=True)
    before_raw: Mapped[str | None] = mapped_column(Text, nullable=True)
    after: Mapped[Any] = mapped_column(JSON, nullable=True)
    reason: Mapped[str] = mapped_column(Text, default="")
    reviewer: Mapped[str] = mapped_column(String(128))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class DecisionRecord(Base):
    __tablename__ = "review_decisions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    case_id: Mapped[str] = mapped_column(ForeignKey("review_cases.id"), index=True)
    decision: Mapped[str] = mapped_column(String(24))
    comment: Mapped[str] = mapped_column(Text, default="")
    reviewer: Mapped[str] = mapped_column(String(128))
    case_version: Mapped[int] = mapped_column(Integer, doc="The case version the reviewer decided on.")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class AuditEntryRecord(Base):
    """Append-only (database triggers refuse UPDATE and DELETE); each entry hashes the previous one."""

    __tablename__ = "review_audit_log"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[str] = mapped_column(String(40), doc="ISO 8601 UTC time, hashed as written.")
    actor: Mapped[str] = mapped_column(String(128))
    action: Mapped[str] = mapped_column(String(48))
    case_id: Mapped[str | None] = mapped_column(String(32), index=True, nullable=True)
    payload: Mapped[str] = mapped_column(Text, doc="Canonical JSON, hashed as written.")
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class AuditHeadRecord(Base):
    """One row: the last sequence number and hash, locked by every append (serialises writers)."""

    __tablename__ = "review_audit_head"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    seq: Mapped[int] = mapped_column(Integer)
    hash: Mapped[str] = mapped_column(String(64))


class ApiKeyRecord(Base):
    """A bearer key created with ``customs keys add``: only the SHA-256 of the key is stored, never the key."""

    __tablename__ = "api_keys"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    role: Mapped[str] = mapped_column(String(16))
    label: Mapped[str] = mapped_column(String(200), doc="Who or what the key is for.")
    key_sha256: Mapped[str] = mapped_column(
        String(64), unique=True, index=True, doc="Hex SHA-256 of the key."
    )
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    created_by: Mapped[str] = mapped_column(String(128))

    # The roles of api.auth.Role; a new role needs a migration.
    __table_args__ = (
        CheckConstraint("role IN ('officer', 'reviewer', 'trader', 'admin')", name="api_keys_role"),
    )
