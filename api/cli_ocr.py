"""Commands of the ocr feature, registered on the `customs` app."""

from __future__ import annotations

import typer


def register(app: typer.Typer, eval_app: typer.Typer) -> None:
    """Add this feature's commands (filled in by the ocr issue)."""
