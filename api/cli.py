"""The ``customs`` command line."""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from api.settings import get_settings

app = typer.Typer(
    help="Customs assistant: cited regulation answers, document review, help-desk.", no_args_is_help=True
)
eval_app = typer.Typer(help="Evaluate on the data-set formats of shared/datasets.", no_args_is_help=True)
app.add_typer(eval_app, name="eval")
console = Console()
err = Console(stderr=True)


def _fail(message: str, code: int = 1) -> None:
    err.print(f"[bold red]error:[/] {message}")
    raise typer.Exit(code)


@app.callback()
def main(verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Log details.")] = False) -> None:
    logging.basicConfig(
        level=logging.INFO if verbose else logging.WARNING, format="%(levelname)s %(name)s: %(message)s"
    )


def _service():  # type: ignore[no-untyped-def]
    from api.services import RegulationService

    return RegulationService(get_settings())


@app.command()
def ingest(
    folder: Annotated[Path, typer.Argument(help="Folder of .md, .txt, .html, .pdf and .csv files.")],
    collection: Annotated[str | None, typer.Option(help="Qdrant collection (default from settings).")] = None,
    rebuild: Annotated[bool, typer.Option(help="Drop the collection first.")] = False,
) -> None:
    """Index a folder: incremental (unchanged files skipped), idempotent, with a progress bar."""
    from rag.store import IndexUnavailableError

    try:
        report = _service().ingest(folder, collection, rebuild=rebuild)
    except (FileNotFoundError, IndexUnavailableError) as exc:
        _fail(str(exc))
    console.print(
        f"{report.files_indexed} file(s) indexed, {report.files_unchanged} unchanged, {report.files_removed} removed; "
        f"{report.chunks_written} chunks written ({report.chunks_total} in the collection) in {report.seconds:.1f} s"
    )
    for skipped in report.skipped:
        err.print(f"[yellow]skipped[/] {skipped.path}: {skipped.reason}")


def _print_sources(answer) -> None:  # type: ignore[no-untyped-def]
    """One line per cited source (several quotes may come from one article)."""
    sources = {c.number: c for c in answer.citations}
    for number, c in sorted(sources.items()):
        label = f" (article {c.article})" if c.article else ""
        console.print(f"[dim][{number}] {c.source_id}{label}[/]", highlight=False)


def _print_answer(answer, as_json: bool) -> None:  # type: ignore[no-untyped-def]
    if as_json:
        print(answer.model_dump_json(indent=2))
        return
    console.print(answer.text, markup=False, highlight=False)
    _print_sources(answer)


@app.command()
def ask(
    question: Annotated[str, typer.Argument(help="A tariff or regulation question, in French or English.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the whole Answer as JSON.")] = False,
    collection: Annotated[str | None, typer.Option(help="Qdrant collection.")] = None,
) -> None:
    """Answer one question from the indexed texts, quoting and citing them."""
    from rag.answer import QuestionError
    from rag.store import IndexUnavailableError

    service = _service()
    try:
        service.ensure_ingested(collection)
        answer = service.ask(question, collection)
    except (QuestionError, IndexUnavailableError) as exc:
        _fail(str(exc), 2)
    _print_answer(answer, as_json)


@app.command()
def chat(collection: Annotated[str | None, typer.Option(help="Qdrant collection.")] = None) -> None:
    """Interactive chat over the indexed texts (the corpus is ingested on first run)."""
    from rag.answer import QuestionError
    from rag.conversation import standalone_query
    from rag.store import IndexUnavailableError

    service = _service()
    try:
        service.ensure_ingested(collection)
        answerer = service.answerer(collection)
    except IndexUnavailableError as exc:
        _fail(str(exc), 2)
    console.print("[bold]Customs assistant[/] — ask a question (empty line or Ctrl-D to quit).")
    asked: list[str] = []  # a follow-up ("et pour la Guadeloupe ?") searches with the question before it
    while True:
        try:
            question = console.input("[bold cyan]> [/]")
        except (EOFError, KeyboardInterrupt):
            break
        if not question.strip():
            break
        try:
            query = standalone_query(asked, question) if asked else None
            for event in answerer.stream(question, query):
                if event.answer is not None:
                    asked.append(question)
                    console.print()
                    _print_sources(event.answer)
                else:
                    sys.stdout.write(event.text)
                    sys.stdout.flush()
        except QuestionError as exc:
            err.print(f"[red]{exc}[/]")


@eval_app.command("qa")
def eval_qa(
    dataset: Annotated[Path, typer.Option(help="Questions in the qa-*.jsonl format.")],
    corpus: Annotated[Path, typer.Option(help="Corpus root the gold source ids are relative to.")],
    k: Annotated[int, typer.Option(help="Retrieval depth.")] = 10,
    retrieval_only: Annotated[bool, typer.Option("--retrieval-only", help="Skip answering.")] = False,
    baseline: Annotated[bool, typer.Option("--baseline", help="Add BM25-only and dense-only runs.")] = False,
    json_out: Annotated[
        Path | None, typer.Option("--json", help="Write metrics and per-question results.")
    ] = None,
    collection: Annotated[str, typer.Option(help="Collection for this corpus.")] = "eval",
    readme: Annotated[
        bool, typer.Option("--readme", help="Write the table into README.md's results.")
    ] = False,
) -> None:
    """Retrieval, citation, fact and abstention metrics on a question set."""
    from eval.qa import results_table, run_qa_eval
    from eval.readme import write_results

    result = run_qa_eval(
        _service(),
        dataset,
        corpus,
        k=k,
        retrieval_only=retrieval_only,
        baseline=baseline,
        collection=collection,
        console=console,
    )
    if json_out:
        json_out.parent.mkdir(parents=True, exist_ok=True)
        json_out.write_text(json.dumps(result, indent=2, ensure_ascii=False))
        console.print(f"written {json_out}")
    if readme:
        write_results(
            f"qa:{dataset.name}", results_table(result["metrics"]), "customs " + " ".join(sys.argv[1:])
        )


@eval_app.command("calibrate")
def eval_calibrate(
    dataset: Annotated[
        Path, typer.Option(help="Questions in the qa-*.jsonl format, with unanswerable ones.")
    ],
    corpus: Annotated[Path, typer.Option(help="Corpus root the gold source ids are relative to.")],
    collection: Annotated[str, typer.Option(help="Collection for this corpus.")] = "eval",
    regularisation: Annotated[float, typer.Option(help="Inverse L2 strength of the logistic model.")] = 1.0,
    write: Annotated[bool, typer.Option(help="Save the fitted model as the assistant's default.")] = False,
) -> None:
    """Fit the answerability (abstention) model; prints leave-one-out abstention scores."""
    from eval.calibrate import calibrate
    from rag.answer import save_calibration

    model, _ = calibrate(_service(), dataset, corpus, collection, console, regularisation)
    if write:
        save_calibration(model)
        console.print("saved rag/answerability.json")


bench_app = typer.Typer(help="Benchmarks that print tables (speed and memory).", no_args_is_help=True)
app.add_typer(bench_app, name="bench")


@bench_app.command("rag")
def bench_rag(
    corpus: Annotated[
        list[Path], typer.Option(help="Folder or .tar.gz to ingest from scratch (repeatable).")
    ],
    dataset: Annotated[Path | None, typer.Option(help="Questions for answer latency (qa-*.jsonl).")] = None,
    answers_collection: Annotated[
        str | None,
        typer.Option(help="Collection for the latency run (default: the first corpus benchmarked)."),
    ] = None,
    json_out: Annotated[Path | None, typer.Option("--json", help="Write the numbers as JSON.")] = None,
    readme: Annotated[
        bool, typer.Option("--readme", help="Write the tables into README.md's results.")
    ] = False,
) -> None:
    """Ingestion chunks/s and peak memory per corpus; retrieval and answer latency."""
    from eval.bench import bench_answers, bench_ingest, print_tables, results_table
    from eval.readme import write_results

    service = _service()
    ingests = [bench_ingest(service, path, f"bench-{i}") for i, path in enumerate(corpus)]
    answers = bench_answers(service, dataset, answers_collection or "bench-0") if dataset else None
    print_tables(console, ingests, answers)
    if json_out:
        json_out.write_text(json.dumps({"ingest": ingests, "answers": answers}, indent=2))
    if readme:
        write_results("bench:rag", results_table(ingests, answers), "customs " + " ".join(sys.argv[1:]))


def _register_feature_commands() -> None:
    """Commands of the document (ocr) and review features live beside their packages' CLI modules."""
    from api import cli_ocr, cli_review

    cli_ocr.register(app, eval_app)
    cli_review.register(app, eval_app)
    from api import cli_serve

    cli_serve.register(app)
    from api import cli_finetune

    cli_finetune.register(app)
    from api import cli_keys

    cli_keys.register(app)


_register_feature_commands()

if __name__ == "__main__":
    app()
