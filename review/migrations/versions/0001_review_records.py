"""Review records: cases, documents, fields, corrections, decisions and the append-only audit log.

Revision ID: 0001
Revises:
Create Date: 2026-05-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

TZ = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "review_cases",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("declaration_id", sa.String(64), nullable=False, index=True),
        sa.Column("declaration", sa.JSON, nullable=False),
        sa.Column("status", sa.String(24), nullable=False, index=True),
        sa.Column("risk", sa.Integer, nullable=False, index=True),
        sa.Column("blocking", sa.Integer, nullable=False),
        sa.Column("discrepancies", sa.Integer, nullable=False),
        sa.Column("report", sa.JSON, nullable=False),
        sa.Column("created_by", sa.String(128), nullable=False),
        sa.Column("created_at", TZ, nullable=False),
        sa.Column("updated_at", TZ, nullable=False),
        sa.Column("version", sa.Integer, nullable=False),
    )
    op.create_table(
        "review_documents",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("case_id", sa.String(32), sa.ForeignKey("review_cases.id"), nullable=False, index=True),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("filename", sa.String(255), nullable=False),
        sa.Column("doc_type", sa.String(48), nullable=False),
        sa.Column("type_confidence", sa.Float, nullable=False),
        sa.Column("data", sa.JSON, nullable=False),
    )
    op.create_table(
        "review_fields",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column(
            "document_id", sa.Integer, sa.ForeignKey("review_documents.id"), nullable=False, index=True
        ),
        sa.Column("name", sa.String(64), nullable=False),
        sa.Column("line", sa.Integer, nullable=True),
        sa.Column("raw", sa.Text, nullable=False),
        sa.Column("value", sa.JSON, nullable=True),
        sa.Column("confidence", sa.Float, nullable=False),
        sa.Column("page", sa.Integer, nullable=True),
        sa.Column("box", sa.JSON, nullable=True),
        sa.Column("method", sa.String(24), nullable=False),
    )
    op.create_table(
        "review_corrections",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("case_id", sa.String(32), sa.ForeignKey("review_cases.id"), nullable=False, index=True),
        sa.Column("document_id", sa.Integer, sa.ForeignKey("review_documents.id"), nullable=False),
        sa.Column("field_id", sa.Integer, sa.ForeignKey("review_fields.id"), nullable=False),
        sa.Column("field", sa.String(64), nullable=False),
        sa.Column("line", sa.Integer, nullable=True),
        sa.Column("before", sa.JSON, nullable=True),
        sa.Column("before_raw", sa.Text, nullable=True),
        sa.Column("after", sa.JSON, nullable=True),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("reviewer", sa.String(128), nullable=False),
        sa.Column("created_at", TZ, nullable=False),
    )
    op.create_table(
        "review_decisions",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("case_id", sa.String(32), sa.ForeignKey("review_cases.id"), nullable=False, index=True),
        sa.Column("decision", sa.String(24), nullable=False),
        sa.Column("comment", sa.Text, nullable=False),
        sa.Column("reviewer", sa.String(128), nullable=False),
        sa.Column("case_version", sa.Integer, nullable=False),
        sa.Column("created_at", TZ, nullable=False),
    )
    op.create_table(
        "review_audit_log",
        sa.Column("seq", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("at", sa.String(40), nullable=False),
        sa.Column("actor", sa.String(128), nullable=False),
        sa.Column("action", sa.String(48), nullable=False),
        sa.Column("case_id", sa.String(32), nullable=True, index=True),
        sa.Column("payload", sa.Text, nullable=False),
        sa.Column("prev_hash", sa.String(64), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
    )
    op.create_table(
        "review_audit_head",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
    )
    op.execute(sa.text("INSERT INTO review_audit_head (id, seq, hash) VALUES (1, 0, '" + "0" * 64 + "')"))
    _append_only_triggers()


def _append_only_triggers() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for verb in ("UPDATE", "DELETE"):
            op.execute(
                sa.text(
                    f"CREATE TRIGGER review_audit_log_no_{verb.lower()} BEFORE {verb} ON review_audit_log "
                    "BEGIN SELECT RAISE(ABORT, 'review_audit_log is append-only'); END"
                )
            )
    elif op.get_bind().dialect.name == "postgresql":
        op.execute(
            sa.text(
                "CREATE FUNCTION review_audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ "
                "BEGIN RAISE EXCEPTION 'review_audit_log is append-only'; END $$"
            )
        )
        op.execute(
            sa.text(
                "CREATE TRIGGER review_audit_log_no_change BEFORE UPDATE OR DELETE ON review_audit_log "
                "FOR EACH ROW EXECUTE FUNCTION review_audit_log_append_only()"
            )
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(sa.text("DROP TRIGGER IF EXISTS review_audit_log_no_change ON review_audit_log"))
        op.execute(sa.text("DROP FUNCTION IF EXISTS review_audit_log_append_only()"))
    for table in (
        "review_audit_head", "review_audit_log", "review_decisions", "review_corrections", "review_fields",
        "review_documents", "review_cases",
    ):  # fmt: skip
        op.drop_table(table)
