"""``customs serve``: the API and the web desk in one process (registered on the ``customs`` app)."""

from __future__ import annotations

from typing import Annotated

import typer


def register(app: typer.Typer) -> None:
    @app.command()
    def serve(
        host: Annotated[
            str, typer.Option(help="Interface to listen on (loopback by default).")
        ] = "127.0.0.1",
        port: Annotated[int, typer.Option(help="TCP port.")] = 8000,
        ui: Annotated[bool, typer.Option("--ui/--no-ui", help="Mount the web desk at /.")] = True,
    ) -> None:
        """Start the API and the web desk; the corpus is ingested in the background on first start."""
        import uvicorn
        from rich.console import Console

        from api.app import build_app
        from api.settings import get_settings

        settings = get_settings()
        console = Console()
        fastapi_app = build_app(settings, with_ui=ui)
        if not fastapi_app.state.desk.keys:
            console.print(
                "[yellow]no API keys configured[/]: set CUSTOMS_API_KEYS='officer:KEY,admin:KEY' "
                "(or CUSTOMS_API_KEYS_FILE, or customs keys add); every request will answer 401."
            )
        shown = "localhost" if host in ("127.0.0.1", "0.0.0.0") else host
        console.print(
            f"Customs assistant on [bold]http://{shown}:{port}/[/] (API docs: http://{shown}:{port}/docs)"
        )

        uvicorn.run(fastapi_app, host=host, port=port, log_level="warning")
