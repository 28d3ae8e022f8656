"""API keys stored in the database (``customs keys add``): role, label and the key's SHA-256, never the key.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

TZ = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "api_keys",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("label", sa.String(200), nullable=False),
        sa.Column("key_sha256", sa.String(64), nullable=False),
        sa.Column("created_at", TZ, nullable=False),
        sa.Column("revoked_at", TZ, nullable=True),
        sa.Column("created_by", sa.String(128), nullable=False),
        sa.CheckConstraint("role IN ('officer', 'reviewer', 'trader', 'admin')", name="api_keys_role"),
    )
    op.create_index("ix_api_keys_key_sha256", "api_keys", ["key_sha256"], unique=True)


def downgrade() -> None:
    op.drop_index("ix_api_keys_key_sha256", table_name="api_keys")
    op.drop_table("api_keys")
