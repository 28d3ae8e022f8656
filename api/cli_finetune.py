"""``customs finetune ...`` and ``customs serve-llm``: training data, LoRA training, export,
base-versus-adapter comparison, the inference benchmark and the vLLM server."""

from __future__ import annotations

import json
import os
import signal
import subprocess
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from api.settings import SHIPPED_ADAPTER as SHIPPED_GGUF
from api.settings import get_settings
from llm.base import LLMClient

console = Console()
finetune_app = typer.Typer(help="Fine-tune the assistant's model with LoRA (data, train, export, compare).")

SHIPPED_ADAPTER = SHIPPED_GGUF.parent


def _default_dir(name: str) -> Path:
    return get_settings().data_dir / "finetune" / name


@finetune_app.command("build-data")
def build_data(
    out: Annotated[
        Path | None, typer.Option(help="Output folder (train.jsonl, val.jsonl, data.json).")
    ] = None,
    corpus_root: Annotated[
        Path | None, typer.Option(help="Corpus root: source ids are paths relative to it.")
    ] = None,
    corpus_dir: Annotated[
        list[str] | None, typer.Option(help="Sub-folders of the root to draw articles from (repeatable).")
    ] = None,
    exclude_sources: Annotated[
        list[Path] | None,
        typer.Option(
            help="qa-*.jsonl (its gold sources) or a file of source ids, one per line (repeatable)."
        ),
    ] = None,
    no_default_excludes: Annotated[
        bool, typer.Option(help="Do not exclude the dev set's gold sources by default.")
    ] = False,
    public_only: Annotated[
        bool, typer.Option(help="Public texts only: no reviewer corrections or feedback (help-desk adapter).")
    ] = False,
    val_fraction: float = 0.05,
    seed: int = 13,
) -> None:
    """Build the instruction set in the assistant's summary-prompt format, split by source."""
    from finetune import data as fd

    settings = get_settings()
    out = out or _default_dir("data")
    excludes = list(exclude_sources or [])
    if not no_default_excludes:
        excludes += list(fd.DEFAULT_EXCLUDE_SETS)
    corrections = [] if public_only else fd.reviewer_corrections(settings)
    feedback_file = settings.data_dir / "feedback" / "answers.jsonl"
    feedback = (
        feedback_file.read_text(encoding="utf-8").splitlines()
        if feedback_file.is_file() and not public_only
        else []
    )
    report = fd.build_dataset(
        out,
        corpus_root=corpus_root or fd.DEFAULT_CORPUS_ROOT,
        corpus_dirs=corpus_dir or fd.DEFAULT_CORPUS_DIRS,
        exclude_files=excludes,
        corrections=corrections,
        feedback_lines=feedback,
        val_fraction=val_fraction,
        seed=seed,
    )
    console.print(
        f"{report.train} training and {report.val} validation examples {report.kinds} from "
        f"{report.sources_total} articles ({report.sources_excluded} excluded as evaluation sources) -> {out}"
    )
    console.print(f"data sha256 {report.data_sha256}")


@finetune_app.command("convert-base")
def convert_base(
    out: Annotated[Path | None, typer.Option(help="Hugging Face folder to write.")] = None,
    force: bool = False,
) -> None:
    """Convert the base GGUF to a Hugging Face folder (for peft, transformers and vLLM), BOS checked."""
    from finetune.base_model import base_gguf_path, convert_gguf_to_hf

    path = convert_gguf_to_hf(base_gguf_path(get_settings().llm_model_path), out, force=force)
    console.print(str(path))


@finetune_app.command("train")
def train_cmd(
    data: Annotated[Path | None, typer.Option(help="Folder written by build-data.")] = None,
    out: Annotated[Path | None, typer.Option(help="Folder for the trained PEFT adapter.")] = None,
    config: Annotated[
        str, typer.Option(help="Configuration name in finetune/configs or a YAML file.")
    ] = "gemma3-270m-cpu",
    steps: Annotated[int | None, typer.Option(help="Override the number of optimisation steps.")] = None,
    base: Annotated[str | None, typer.Option(help="Override the base model folder.")] = None,
    eval_examples: Annotated[int | None, typer.Option(help="Override the validation examples.")] = None,
) -> None:
    """Train a LoRA adapter (peft) on the instruction set; loss on the answer tokens only."""
    from finetune.train import TrainConfig, train

    cfg = TrainConfig.load(config)
    updates = {
        k: v
        for k, v in {"steps": steps, "base": base, "eval_examples": eval_examples}.items()
        if v is not None
    }
    cfg = cfg.model_copy(update=updates)
    result = train(data or _default_dir("data"), out or _default_dir("run"), cfg, log=console.print)
    console.print(result.model_dump_json(indent=2, exclude={"config"}))


@finetune_app.command("export")
def export_cmd(
    trained: Annotated[Path | None, typer.Option(help="Folder written by train.")] = None,
    out: Annotated[Path, typer.Option(help="Adapter folder to write (peft/, adapter.gguf, manifest).")] = (
        SHIPPED_ADAPTER
    ),
    data: Annotated[
        Path | None, typer.Option(help="Folder written by build-data (for the manifest).")
    ] = None,
    scores: Annotated[Path | None, typer.Option(help="JSON written by `finetune compare`.")] = None,
) -> None:
    """Export the adapter as a PEFT folder (vLLM) and a GGUF LoRA (llama.cpp), with a manifest."""
    from finetune.base_model import base_gguf_path
    from finetune.export import export_adapter

    score_values = json.loads(scores.read_text())["metrics"] if scores and scores.is_file() else None
    manifest = export_adapter(
        trained or _default_dir("run"),
        out,
        base_gguf=base_gguf_path(get_settings().llm_model_path),
        data_dir=data or _default_dir("data"),
        scores=score_values,
    )
    console.print(f"exported to {out}: {manifest['gguf_tensors']} GGUF tensors")


@finetune_app.command("compare")
def compare_cmd(
    dataset: Annotated[Path, typer.Option(help="qa-*.jsonl questions.")],
    corpus: Annotated[Path, typer.Option(help="Corpus folder the source ids are relative to.")],
    json_out: Annotated[Path | None, typer.Option("--json", help="Write metrics and answers here.")] = None,
    adapter: Annotated[
        Path, typer.Option(help="GGUF LoRA for llama.cpp (default: the shipped adapter).")
    ] = SHIPPED_ADAPTER / "adapter.gguf",
    collection: str = "eval",
    base_url: Annotated[
        str | None, typer.Option(help="Compare through a vLLM server instead of llama.cpp.")
    ] = None,
    base_model: Annotated[
        str, typer.Option(help="Served base model name (with --base-url).")
    ] = "gemma-3-270m",
    adapter_model: Annotated[str, typer.Option(help="Adapter name (with --base-url).")] = "officer",
) -> None:
    """Base model against the adapter with the same retrieval (metrics base_* and adapter_*)."""
    from api.services import RegulationService
    from finetune.compare import compare

    settings = get_settings()
    service = RegulationService(settings)
    models: dict[str, str | None]
    llms: dict[str, LLMClient]
    if base_url:
        from llm.openai_compat import OpenAICompatibleClient

        llms = {
            "base": OpenAICompatibleClient(base_url, base_model),
            "adapter": OpenAICompatibleClient(base_url, adapter_model),
        }
        models = {"base": base_model, "adapter": adapter_model}
    else:
        from llm.llamacpp import LlamaCppClient

        path = settings.llm_model_path
        llms = {
            "base": LlamaCppClient(path, "", settings.llm_ctx, settings.llm_threads),
            "adapter": LlamaCppClient(path, str(adapter), settings.llm_ctx, settings.llm_threads),
        }
        models = {"base": None, "adapter": None}
    result = compare(service, dataset, corpus, llms, collection=collection, models=models, console=console)
    if json_out:
        json_out.parent.mkdir(parents=True, exist_ok=True)
        json_out.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n")
        console.print(f"written to {json_out}")


@finetune_app.command("merge")
def merge_cmd(
    out: Annotated[Path, typer.Option(help="The merged GGUF to write.")],
    peft: Annotated[Path, typer.Option(help="PEFT adapter folder.")] = SHIPPED_ADAPTER / "peft",
    base: Annotated[Path | None, typer.Option(help="Base GGUF (default: the packaged Gemma 3 270M).")] = None,
) -> None:
    """Merge a LoRA adapter into the base GGUF: one model file, no runtime adapter (for llama.cpp)."""
    from finetune.merge import merge_lora_into_gguf
    from llm.llamacpp import packaged_gemma_path

    base_path = base or Path(packaged_gemma_path())
    with console.status(f"merging {peft} into {base_path.name}"):
        merged = merge_lora_into_gguf(base_path, peft, out)
    console.print(f"{merged} weights merged -> {out} (use it with CUSTOMS_LLM_MODEL_PATH={out})")


@finetune_app.command("bench")
def bench_cmd(
    prompts: Annotated[int, typer.Option(help="Number of summary prompts (from the validation set).")] = 5,
    max_tokens: int = 48,
    adapter_dir: Annotated[Path, typer.Option(help="Exported adapter folder.")] = SHIPPED_ADAPTER,
    data: Annotated[Path | None, typer.Option(help="Folder written by build-data.")] = None,
    vllm_url: Annotated[
        str | None, typer.Option(help="A running vLLM server (base + 'officer' adapter).")
    ] = None,
    start_vllm: Annotated[bool, typer.Option(help="Start a vLLM CPU server for the run.")] = False,
    engines: Annotated[str, typer.Option(help="Comma-separated: llamacpp,transformers,vllm.")] = (
        "llamacpp,transformers,vllm"
    ),
    json_out: Annotated[Path | None, typer.Option("--json")] = None,
) -> None:
    """Tokens/s and time to first token: llama.cpp vs vLLM CPU vs transformers, with and without the adapter."""
    from finetune.bench import run_bench

    rows = run_bench(
        n_prompts=prompts,
        max_tokens=max_tokens,
        adapter_dir=adapter_dir,
        data_dir=data or _default_dir("data"),
        vllm_url=vllm_url,
        start_vllm=start_vllm,
        engines=[e.strip() for e in engines.split(",") if e.strip()],
        console=console,
    )
    if json_out:
        json_out.parent.mkdir(parents=True, exist_ok=True)
        json_out.write_text(json.dumps(rows, indent=2) + "\n")


def serve_llm(
    port: Annotated[int, typer.Option(help="Port of the OpenAI-compatible server.")] = 8001,
    model_dir: Annotated[
        Path | None, typer.Option(help="Hugging Face model folder (default: the converted Gemma).")
    ] = None,
    served_name: Annotated[
        str | None, typer.Option(help="Name of the base model (CUSTOMS_LLM_MODEL).")
    ] = None,
    adapter: Annotated[
        list[str] | None,
        typer.Option(
            help="NAME=PEFT_DIR, repeatable (default: officer and helpdesk from the shipped adapter)."
        ),
    ] = None,
    tensor_parallel_size: Annotated[int, typer.Option(help="GPUs per replica (production).")] = 1,
    print_only: Annotated[bool, typer.Option(help="Print the command instead of running it.")] = False,
) -> None:
    """Start vLLM's OpenAI-compatible server (its own venv) with the base model and the role adapters."""
    from finetune.base_model import ensure_hf_base
    from llm.vllm_server import VLLMServerConfig, ensure_vllm_venv

    settings = get_settings()
    adapters = dict(item.split("=", 1) for item in adapter) if adapter else default_adapters()
    cfg = VLLMServerConfig(
        model_dir=str(model_dir or ensure_hf_base(settings.llm_model_path)),
        served_name=served_name or settings.llm_model,
        adapters=adapters,
        port=port,
        tensor_parallel_size=tensor_parallel_size,
        venv=settings.vllm_venv,
    )
    if print_only:
        console.print(" ".join(cfg.command()))
        return
    ensure_vllm_venv(cfg.venv)
    console.print(f"starting vLLM on {cfg.base_url} (models: {cfg.served_name}, {', '.join(adapters)})")
    process = subprocess.Popen(cfg.command(), env=cfg.env())
    try:
        raise typer.Exit(process.wait())
    except KeyboardInterrupt:
        process.send_signal(signal.SIGINT)
        process.wait(timeout=30)


def default_adapters() -> dict[str, str]:
    peft = SHIPPED_ADAPTER / "peft"
    if not peft.is_dir():
        return {}
    # Both roles use the shipped adapter, trained on public texts only; with reviewer corrections
    # an officer adapter is trained apart (build-data without --public-only).
    return {"officer": str(peft), "helpdesk": str(peft)}


def register(app: typer.Typer) -> None:
    app.add_typer(finetune_app, name="finetune")
    app.command("serve-llm")(serve_llm)
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
