"""``customs finetune bench``: the same summary prompts through llama.cpp, transformers and vLLM's
CPU server, with and without the adapter: time to first token and decoding tokens/s (greedy).

One run, one machine, the engines one after another (never in parallel), prompts from the
validation split of the instruction set (articles never trained on).
"""

from __future__ import annotations

import statistics
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

from finetune.data import load_examples

StreamFn = Callable[[str, int], Iterator[str]]


def measure(
    stream: StreamFn, prompts: list[str], max_tokens: int, count: Callable[[str], int]
) -> dict[str, float]:
    ttfts, rates, tokens = [], [], []
    for prompt in prompts:
        started = time.perf_counter()
        first: float | None = None
        text = ""
        for piece in stream(prompt, max_tokens):
            if first is None:
                first = time.perf_counter() - started
            text += piece
        total = time.perf_counter() - started
        n = count(text)
        ttfts.append(first if first is not None else total)
        tokens.append(n)
        if n > 1 and first is not None and total > first:
            rates.append((n - 1) / (total - first))
    return {
        "ttft_s": round(statistics.median(ttfts), 3),
        "tokens_per_s": round(statistics.median(rates), 1) if rates else 0.0,
        "mean_tokens": round(sum(tokens) / max(1, len(tokens)), 1),
    }


def llamacpp_stream(lora: str) -> tuple[StreamFn, Callable[[str], int]]:
    from llm.llamacpp import LlamaCppClient

    client = LlamaCppClient("", lora)
    llm = client._llm

    def stream(prompt: str, max_tokens: int) -> Iterator[str]:
        # No stop strings: every engine generates exactly max_tokens tokens (unless EOS).
        yield from client.stream(prompt, max_tokens=max_tokens)

    return stream, lambda text: len(llm.tokenize(text.encode("utf-8"), add_bos=False))


def transformers_stream(base_dir: str, peft_dir: str | None) -> tuple[StreamFn, Callable[[str], int]]:
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer, TextIteratorStreamer

    torch.set_num_threads(2)
    tok = AutoTokenizer.from_pretrained(base_dir)
    model: Any = AutoModelForCausalLM.from_pretrained(base_dir, dtype=torch.float32)
    if peft_dir:
        from peft import PeftModel

        model = PeftModel.from_pretrained(model, peft_dir)
    model.eval()

    def stream(prompt: str, max_tokens: int) -> Iterator[str]:
        streamer = TextIteratorStreamer(tok, skip_prompt=True, skip_special_tokens=True)
        ids = tok(prompt, return_tensors="pt")
        kwargs = {**ids, "max_new_tokens": max_tokens, "do_sample": False, "streamer": streamer}
        worker = threading.Thread(target=lambda: model.generate(**kwargs))
        worker.start()
        yield from streamer
        worker.join()

    return stream, lambda text: len(tok(text, add_special_tokens=False)["input_ids"])


def vllm_stream(base_url: str, model: str, base_dir: str) -> tuple[StreamFn, Callable[[str], int]]:
    from transformers import AutoTokenizer

    from llm.openai_compat import OpenAICompatibleClient

    client = OpenAICompatibleClient(base_url, model)
    tok = AutoTokenizer.from_pretrained(base_dir)

    def stream(prompt: str, max_tokens: int) -> Iterator[str]:
        yield from client.stream(prompt, max_tokens=max_tokens)

    return stream, lambda text: len(tok(text, add_special_tokens=False)["input_ids"])


def run_bench(
    *,
    n_prompts: int,
    max_tokens: int,
    adapter_dir: Path,
    data_dir: Path,
    vllm_url: str | None = None,
    start_vllm: bool = False,
    engines: list[str] | None = None,
    console: Console | None = None,
) -> list[dict[str, Any]]:
    from finetune.base_model import ensure_hf_base

    console = console or Console()
    engines = engines or ["llamacpp", "transformers", "vllm"]
    source = data_dir / "val.jsonl"
    if not source.is_file():
        raise FileNotFoundError(f"{source} not found: run `customs finetune build-data` first")
    prompts = [e.prompt for e in load_examples(source)[:n_prompts]]
    base_dir = str(ensure_hf_base())
    gguf_lora = str(adapter_dir / "adapter.gguf")
    peft_dir = str(adapter_dir / "peft")
    rows: list[dict[str, Any]] = []

    def add(engine: str, adapter: bool, fns: tuple[StreamFn, Callable[[str], int]]) -> None:
        stream, count = fns
        stream(prompts[0], 4).__iter__().__next__()  # warm-up (loads, first-call allocations)
        row = {"engine": engine, "adapter": adapter, **measure(stream, prompts, max_tokens, count)}
        console.print(row)
        rows.append(row)

    if "llamacpp" in engines:
        add("llama.cpp (GGUF Q4_K_M)", False, llamacpp_stream(""))
        add("llama.cpp (GGUF Q4_K_M)", True, llamacpp_stream(gguf_lora))
    if "transformers" in engines:
        add("transformers (float32)", False, transformers_stream(base_dir, None))
        add("transformers (float32)", True, transformers_stream(base_dir, peft_dir))
    if "vllm" in engines and (vllm_url or start_vllm):
        server = None
        if not vllm_url:
            from llm.vllm_server import VLLMServer, VLLMServerConfig

            cfg = VLLMServerConfig(model_dir=base_dir, adapters={"officer": peft_dir}, port=8011)
            server = VLLMServer(cfg, Path("/tmp/customs-vllm-bench.log")).start()
            vllm_url = cfg.base_url
        try:
            add("vLLM CPU (float32 weights)", False, vllm_stream(vllm_url, "gemma-3-270m", base_dir))
            add("vLLM CPU (float32 weights)", True, vllm_stream(vllm_url, "officer", base_dir))
        finally:
            if server is not None:
                server.stop()
    print_table(console, rows, len(prompts), max_tokens)
    return rows


def print_table(console: Console, rows: list[dict[str, Any]], n_prompts: int, max_tokens: int) -> None:
    table = Table(
        title=f"Inference, {n_prompts} summary prompts, greedy, up to {max_tokens} tokens, 2 CPU threads"
    )
    for col in ("engine", "adapter", "time to first token (s)", "tokens/s", "tokens"):
        table.add_column(col)
    for r in rows:
        table.add_row(
            r["engine"],
            "yes" if r["adapter"] else "no",
            f"{r['ttft_s']:.3f}",
            f"{r['tokens_per_s']:.1f}",
            f"{r['mean_tokens']:.0f}",
        )
    console.print(table)
