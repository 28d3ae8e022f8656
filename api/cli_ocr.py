"""Commands of the ocr feature, registered on the `customs` app: ``extract`` and ``eval kie``."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

console = Console()


def register(app: typer.Typer, eval_app: typer.Typer) -> None:
    """Add ``customs extract`` and ``customs eval kie`` / ``customs eval ocr-bench``."""

    @app.command()
    def extract(
        files: Annotated[list[Path], typer.Argument(help="PDF or image files (PNG, JPEG, TIFF, WebP).")],
        as_json: Annotated[bool, typer.Option("--json", help="Print the documents as JSON.")] = False,
        engine: Annotated[
            str | None, typer.Option(help="OCR engine: rapidocr, paddleocr, tesseract.")
        ] = None,
    ) -> None:
        """Read documents and print their type and key fields with confidences."""
        from ocr.pipeline import read_document

        docs = [read_document(path, engine=engine) for path in files]
        if as_json:
            typer.echo(
                json.dumps(
                    [d.model_dump(mode="json", exclude={"pages"}) for d in docs], ensure_ascii=False, indent=2
                )
            )
            return
        for doc in docs:
            console.print(
                f"[bold]{doc.filename}[/]: {doc.doc_type.value} (confidence {doc.type_confidence:.2f}), "
                f"{len(doc.pages)} page(s)"
            )
            for error in doc.errors:
                console.print(f"  [yellow]{error}[/]")
            table = Table("field", "value", "raw", "conf", "page", "method")
            for name, f in doc.fields.items():
                table.add_row(
                    name, str(f.value), f.raw[:50], f"{f.confidence:.2f}", str(f.page or ""), f.method
                )
            for item in doc.items:
                for name, f in item.fields.items():
                    table.add_row(
                        f"item {item.line}.{name}",
                        str(f.value),
                        f.raw[:50],
                        f"{f.confidence:.2f}",
                        str(f.page or ""),
                        f.method,
                    )
            console.print(table)

    @eval_app.command("kie")
    def eval_kie(
        dataset: Annotated[Path, typer.Option(help="A section-2 (img/, key/) or section-3 (cases) folder.")],
        json_out: Annotated[
            Path | None, typer.Option("--json", help="Write metrics and per-document results.")
        ] = None,
        engine: Annotated[str, typer.Option(help="OCR engine.")] = "rapidocr",
        limit: Annotated[int | None, typer.Option(help="Only the first N documents or cases.")] = None,
        cache: Annotated[
            Path | None, typer.Option(help="Cache OCR results in this folder (re-runs).")
        ] = None,
    ) -> None:
        """Key-field accuracy (``field_accuracy`` and per field), seconds per page and peak memory."""
        from eval.kie import evaluate

        if not dataset.is_dir():
            raise typer.BadParameter(f"{dataset} is not a folder")
        report = evaluate(dataset, engine=engine, limit=limit, cache=cache)
        table = Table("metric", "value", title=f"{report.format}: {dataset}")
        for name, value in report.metrics.items():
            table.add_row(name, "-" if value is None else f"{value:.3f}")
        console.print(table)
        if json_out:
            payload = {
                "metrics": report.metrics,
                "per_document": [d.model_dump() for d in report.per_document],
            }
            json_out.write_text(json.dumps(payload, ensure_ascii=False, indent=2), encoding="utf-8")
            console.print(f"written {json_out}")

    @eval_app.command("ocr-bench")
    def eval_ocr_bench(
        dataset: Annotated[Path, typer.Option(help="A folder of documents (searched recursively).")],
        engines: Annotated[str, typer.Option(help="Comma-separated engines.")] = "rapidocr",
        limit: Annotated[int, typer.Option(help="Documents to time.")] = 5,
        json_out: Annotated[Path | None, typer.Option("--json")] = None,
    ) -> None:
        """Seconds per page and peak memory per OCR engine (a table, not a timed test)."""
        from eval.kie import bench, document_files

        rows = bench(document_files(dataset, limit), [e.strip() for e in engines.split(",") if e.strip()])
        table = Table("engine", "pages", "s/page", "worst s/page", "peak RSS MB", "error")
        for row in rows:
            table.add_row(
                row["engine"],
                str(row.get("pages", "")),
                _num(row.get("seconds_per_page")),
                _num(row.get("worst_seconds_per_page")),
                _num(row.get("peak_rss_mb")),
                row.get("error", ""),
            )
        console.print(table)
        if json_out:
            json_out.write_text(json.dumps({"metrics": {}, "bench": rows}, indent=2), encoding="utf-8")


def _num(value: object) -> str:
    return f"{value:.2f}" if isinstance(value, int | float) else "-"
