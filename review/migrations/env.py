"""Alembic environment of the review records; the URL comes from the caller (or ``-x url=...``)."""

from __future__ import annotations

from alembic import context
from sqlalchemy.engine import Connection

from review.tables import Base

config = context.config
url = config.attributes.get("url") or context.get_x_argument(as_dictionary=True).get("url")
if not url:
    from api.settings import get_settings

    url = get_settings().sqlalchemy_url
VERSION_TABLE = "review_alembic_version"


def run_offline() -> None:
    context.configure(url=url, target_metadata=Base.metadata, version_table=VERSION_TABLE, literal_binds=True)
    with context.begin_transaction():
        context.run_migrations()


def run_online() -> None:
    connection = config.attributes.get("connection")
    if connection is None:
        from review.db import make_engine

        with make_engine(str(url)).connect() as fresh:
            _run(fresh)
    else:
        _run(connection)


def _run(connection: Connection) -> None:
    context.configure(connection=connection, target_metadata=Base.metadata, version_table=VERSION_TABLE)
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    run_offline()
else:
    run_online()
