"""Commands of the review feature, registered on the `customs` app.

customs check CASE_DIR [--json] [--truth]
customs eval check --dataset DIR --json OUT [--source ocr|truth]
customs audit verify
customs review export-corrections [--out FILE]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Literal

import typer
from rich.console import Console
from rich.table import Table

console = Console()
err = Console(stderr=True)

audit_app = typer.Typer(help="The tamper-evident audit log of review decisions.", no_args_is_help=True)
review_app = typer.Typer(help="Review records: corrections and decisions.", no_args_is_help=True)


def _fail(message: str, code: int = 1) -> None:
    err.print(f"[bold red]error:[/] {message}", highlight=False)
    raise typer.Exit(code)


def _service():  # type: ignore[no-untyped-def]
    from api.settings import get_settings
    from review.service import ReviewService

    return ReviewService(get_settings())


def check(
    case_dir: Annotated[Path, typer.Argument(help="A case folder: declaration.json and documents/.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the whole CheckReport as JSON.")] = False,
    truth: Annotated[
        bool, typer.Option("--truth", help="Use expected.json's fields instead of OCR.")
    ] = False,
) -> None:
    """Check a declaration against its documents; discrepancies first, with where each value came from."""
    from api.settings import get_settings
    from review.case_files import OcrUnavailableError, load_case
    from review.check import CheckEngine
    from review.declaration import DeclarationError
    from review.rules import RulesError, load_rules
    from review.service import default_explainer

    if not (case_dir / "declaration.json").is_file():
        _fail(f"{case_dir} has no declaration.json")
    settings = get_settings()
    try:
        declaration, documents = load_case(case_dir, truth=truth)
        engine = CheckEngine(load_rules(settings.review_rules_path), default_explainer(settings))
    except (DeclarationError, OcrUnavailableError, RulesError, FileNotFoundError) as exc:
        _fail(str(exc))
    report = engine.run(declaration, documents)
    if as_json:
        print(
            json.dumps({**report.summary(), **report.model_dump(mode="json")}, indent=2, ensure_ascii=False)
        )
        raise typer.Exit(0 if report.clean else 2)
    for document in documents:
        for problem in document.errors:
            err.print(f"[yellow]{document.filename}:[/] {problem}", highlight=False)
    table = Table(title=f"{declaration.declaration_id}: {len(report.discrepancies)} discrepancy(ies)")
    for column in ("severity", "field", "document", "declared", "document value", "where", "explanation"):
        table.add_column(column, overflow="fold")
    for f in report.findings:
        ev = f.evidence
        where = "-"
        if ev and ev.page:
            where = f"p.{ev.page}" + (f" ({ev.box.l:.0f},{ev.box.t:.0f})" if ev.box else "")
        field = f.field + (f"[{f.line}]" if f.line else "")
        found = str(ev.value) if ev else "-"
        table.add_row(
            f.severity.value, field, f.document or "-", str(f.declared_value), found, where, f.explanation
        )
    console.print(table)
    console.print("[green]clean[/]" if report.clean else f"[red]not clean[/] (risk {report.risk})")
    raise typer.Exit(0 if report.clean else 2)


def eval_check(
    dataset: Annotated[Path, typer.Option("--dataset", help="Folder of case folders (datasets README, §3).")],
    json_out: Annotated[Path | None, typer.Option("--json", help="Write the metrics here.")] = None,
    source: Annotated[
        str, typer.Option(help="ocr: read documents by OCR (end to end); truth: expected.json fields.")
    ] = "ocr",
) -> None:
    """Discrepancy precision and recall, clean pass rate and field accuracy, with a per-field table."""
    from eval.check import evaluate, print_tables

    if source not in ("ocr", "truth"):
        _fail("--source must be ocr or truth")
    chosen: Literal["ocr", "truth"] = "ocr" if source == "ocr" else "truth"
    if not dataset.is_dir():
        _fail(f"{dataset} is not a folder")
    try:
        evaluation = evaluate(dataset, chosen)
    except RuntimeError as exc:
        _fail(str(exc))
    print_tables(evaluation, console)
    if json_out:
        json_out.parent.mkdir(parents=True, exist_ok=True)
        json_out.write_text(evaluation.model_dump_json(indent=2), encoding="utf-8")
        console.print(f"metrics written to {json_out}")


@audit_app.command("verify")
def audit_verify() -> None:
    """Recompute the audit hash chain; exit 1 and name the entries if any was edited or deleted."""
    report = _service().verify_audit()
    if report.ok:
        console.print(f"[green]audit log intact[/]: {report.entries} entries, chain verified")
        return
    for problem in report.problems:
        err.print(f"[red]{problem}[/]", highlight=False)
    _fail(f"audit log tampered: {len(report.problems)} problem(s) in {report.entries} entries")


@review_app.command("export-corrections")
def export_corrections(
    out: Annotated[
        Path | None, typer.Option("--out", help="JSONL file; standard output when omitted.")
    ] = None,
) -> None:
    """Write reviewers' corrections on approved cases as JSONL training data for finetune/."""
    service = _service()
    if out is None:
        count = service.export_corrections(sys.stdout)
    else:
        out.parent.mkdir(parents=True, exist_ok=True)
        with out.open("w", encoding="utf-8") as stream:
            count = service.export_corrections(stream)
    err.print(f"{count} correction(s) exported")


def register(app: typer.Typer, eval_app: typer.Typer) -> None:
    """Add this feature's commands to the `customs` app and its `eval` group."""
    app.command("check")(check)
    eval_app.command("check")(eval_check)
    app.add_typer(audit_app, name="audit")
    app.add_typer(review_app, name="review")
