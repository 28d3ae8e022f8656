"""API keys kept in the records database, registered on the `customs` app.

customs keys add --role ROLE --label TEXT   # prints the new key once (stdout); only its SHA-256 is stored
customs keys list
customs keys revoke ID
"""

from __future__ import annotations

import getpass
from datetime import datetime
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from api.auth import Role
from api.keys import KeyNotFoundError, KeyTable

console = Console()
err = Console(stderr=True)

keys_app = typer.Typer(
    help="API keys stored in the records database (only a SHA-256 of each key is kept).", no_args_is_help=True
)


def _table() -> KeyTable:
    from api.settings import get_settings

    return KeyTable(get_settings().sqlalchemy_url)


def _when(moment: datetime | None) -> str:
    return moment.strftime("%Y-%m-%d %H:%M") if moment else "-"


def _os_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


@keys_app.command("add")
def add(
    role: Annotated[Role, typer.Option(help="What the key may do (see api/auth.py PERMISSIONS).")],
    label: Annotated[str, typer.Option(help="Who or what the key is for, e.g. 'Alice Martin, Roissy desk'.")],
) -> None:
    """Create a random key for ROLE and print it once: it cannot be shown again, only revoked."""
    label = label.strip()
    if not label or len(label) > 200:
        err.print("[bold red]error:[/] --label must have 1 to 200 characters")
        raise typer.Exit(1)
    table = _table()
    try:
        stored, key = table.add(role.value, label, created_by=f"cli:{_os_user()}")
    finally:
        table.close()
    err.print(f"key {stored.id} ({stored.role}, {stored.label}) created; it is shown once, keep it now:")
    print(key)


@keys_app.command("list")
def list_keys() -> None:
    """The database's keys (no hashes): id, role, label, created, revoked."""
    table = _table()
    try:
        rows = table.all()
    finally:
        table.close()
    out = Table(title=f"{len(rows)} API key(s) in the database")
    for column in ("id", "role", "label", "created", "created by", "revoked"):
        out.add_column(column, overflow="fold")
    for row in rows:
        out.add_row(
            str(row.id), row.role, row.label, _when(row.created_at), row.created_by, _when(row.revoked_at)
        )
    console.print(out)


@keys_app.command("revoke")
def revoke(
    key_id: Annotated[int, typer.Argument(metavar="ID", help="The key's id (customs keys list).")],
) -> None:
    """Revoke a key: the next request with it answers 401."""
    table = _table()
    try:
        stored = table.revoke(key_id)
    except KeyNotFoundError as exc:
        err.print(f"[bold red]error:[/] {exc}")
        raise typer.Exit(1) from None
    finally:
        table.close()
    console.print(f"key {stored.id} ({stored.role}, {stored.label}) revoked at {_when(stored.revoked_at)}")


def register(app: typer.Typer) -> None:
    app.add_typer(keys_app, name="keys")
