"""``customs finetune train``: a LoRA adapter with peft, in a plain PyTorch loop.

The loss is computed on the answer tokens only, and the output layer runs only on those
positions (``logits_to_keep``): Gemma's 262k-token vocabulary makes the output layer the
largest cost on a CPU. The same code trains Llama 3.x 8B Instruct on a GPU with the
``llama3-8b-gpu`` configuration (bfloat16, optionally QLoRA: 4-bit NF4 base via bitsandbytes).
"""

from __future__ import annotations

import json
import math
import random
import time
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field

from finetune.data import Example, load_examples

CONFIG_DIR = Path(__file__).with_name("configs")


class TrainConfig(BaseModel):
    """Everything that decides an adapter. Saved beside it and in the export manifest."""

    model_config = ConfigDict(extra="forbid")

    base: str = Field(
        default="", description="Hugging Face folder or hub id; empty: the packaged Gemma GGUF, converted."
    )
    lora_r: int = 8
    lora_alpha: int = 16
    lora_dropout: float = 0.05
    target_modules: list[str] = Field(default_factory=lambda: ["q_proj", "k_proj", "v_proj", "o_proj"])
    learning_rate: float = 3e-4
    steps: int = 300
    warmup_steps: int = 10
    batch_size: int = 1
    grad_accum: int = 1
    max_prompt_tokens: int = 320
    max_answer_tokens: int = 96
    weight_decay: float = 0.0
    seed: int = 13
    dtype: Literal["float32", "bfloat16", "float16"] = "float32"
    device: str = "cpu"
    threads: int = 2
    qlora: bool = Field(default=False, description="Load the base in 4-bit NF4 (bitsandbytes, CUDA only).")
    gradient_checkpointing: bool = False
    eval_examples: int = 40
    log_every: int = 10

    @classmethod
    def load(cls, name_or_path: str) -> TrainConfig:
        path = Path(name_or_path)
        if not path.is_file():
            path = CONFIG_DIR / f"{name_or_path}.yaml"
        if not path.is_file():
            raise FileNotFoundError(f"training configuration not found: {name_or_path}")
        return cls.model_validate(yaml.safe_load(path.read_text()) or {})


class TrainResult(BaseModel):
    out_dir: str
    steps: int
    seconds: float
    seconds_per_step: float
    train_loss_first: float
    train_loss_last: float
    val_loss_before: float | None
    val_loss_after: float | None
    config: dict[str, Any]
    base: str
    data_sha256: str = ""


def encode(tokenizer: Any, example: Example, cfg: TrainConfig) -> tuple[list[int], list[int]]:
    """Prompt ids (with BOS, as llama.cpp and vLLM tokenise it) and answer ids (ending with a newline,
    the assistant's stop string). The prompt's head is cut when it is too long, as llama.cpp does."""
    prompt = tokenizer(example.prompt)["input_ids"]
    answer = tokenizer(example.completion + "\n", add_special_tokens=False)["input_ids"]
    answer = answer[: cfg.max_answer_tokens]
    if len(prompt) > cfg.max_prompt_tokens:
        prompt = prompt[:1] + prompt[-(cfg.max_prompt_tokens - 1) :]
    return prompt, answer


def answer_loss(model: Any, prompt: list[int], answer: list[int], device: str) -> Any:
    import torch
    import torch.nn.functional as F

    ids = torch.tensor([prompt + answer], device=device)
    n = len(answer)
    out = model(input_ids=ids, logits_to_keep=n + 1)
    logits = out.logits[0, :-1, :].float()  # positions len(prompt)-1 .. end-1 predict the answer
    target = torch.tensor(answer, device=device)
    return F.cross_entropy(logits, target)


def load_base(cfg: TrainConfig, base_dir: str) -> tuple[Any, Any]:
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    dtype = getattr(torch, cfg.dtype)
    kwargs: dict[str, Any] = {"dtype": dtype}
    if cfg.qlora:
        from transformers import BitsAndBytesConfig

        kwargs["quantization_config"] = BitsAndBytesConfig(
            load_in_4bit=True,
            bnb_4bit_quant_type="nf4",
            bnb_4bit_compute_dtype=dtype,
            bnb_4bit_use_double_quant=True,
        )
        kwargs["device_map"] = {"": cfg.device}
    tokenizer = AutoTokenizer.from_pretrained(base_dir)
    model: Any = AutoModelForCausalLM.from_pretrained(base_dir, **kwargs)
    if cfg.qlora:
        from peft import prepare_model_for_kbit_training

        model = prepare_model_for_kbit_training(model, use_gradient_checkpointing=cfg.gradient_checkpointing)
    elif cfg.device != "cpu":
        model.to(cfg.device)
    return model, tokenizer


def evaluate(model: Any, batches: list[tuple[list[int], list[int]]], device: str) -> float | None:
    import torch

    if not batches:
        return None
    model.eval()
    with torch.no_grad():
        losses = [float(answer_loss(model, p, a, device)) for p, a in batches]
    model.train()
    return sum(losses) / len(losses)


def train(
    data_dir: Path,
    out_dir: Path,
    cfg: TrainConfig,
    *,
    log: Any = print,
) -> TrainResult:
    import torch
    from peft import LoraConfig, get_peft_model

    from finetune.base_model import ensure_hf_base

    torch.manual_seed(cfg.seed)
    random.seed(cfg.seed)
    if cfg.device == "cpu":
        torch.set_num_threads(cfg.threads)
    base_dir = cfg.base or str(ensure_hf_base())
    model, tokenizer = load_base(cfg, base_dir)
    if cfg.gradient_checkpointing:
        model.gradient_checkpointing_enable()
    peft_cfg = LoraConfig(
        r=cfg.lora_r,
        lora_alpha=cfg.lora_alpha,
        lora_dropout=cfg.lora_dropout,
        target_modules=cfg.target_modules,
        bias="none",
        task_type="CAUSAL_LM",
    )
    model = get_peft_model(model, peft_cfg)
    model.train()

    train_examples = load_examples(data_dir / "train.jsonl")
    val_examples = load_examples(data_dir / "val.jsonl") if (data_dir / "val.jsonl").is_file() else []
    if not train_examples:
        raise ValueError(f"no training examples in {data_dir / 'train.jsonl'}")
    rng = random.Random(cfg.seed)
    val_batches = [encode(tokenizer, e, cfg) for e in val_examples[: cfg.eval_examples]]
    val_before = evaluate(model, val_batches, cfg.device)
    log(f"validation loss before: {val_before}")

    params = [p for p in model.parameters() if p.requires_grad]
    optimizer = torch.optim.AdamW(params, lr=cfg.learning_rate, weight_decay=cfg.weight_decay)

    def lr_at(step: int) -> float:
        if step < cfg.warmup_steps:
            return (step + 1) / max(1, cfg.warmup_steps)
        progress = (step - cfg.warmup_steps) / max(1, cfg.steps - cfg.warmup_steps)
        return 0.1 + 0.9 * 0.5 * (1 + math.cos(math.pi * progress))

    scheduler = torch.optim.lr_scheduler.LambdaLR(optimizer, lr_at)
    order: list[int] = []
    losses: list[float] = []
    started = time.perf_counter()
    for step in range(cfg.steps):
        optimizer.zero_grad()
        step_loss = 0.0
        for _ in range(cfg.grad_accum * cfg.batch_size):
            if not order:
                order = list(range(len(train_examples)))
                rng.shuffle(order)
            prompt, answer = encode(tokenizer, train_examples[order.pop()], cfg)
            loss = answer_loss(model, prompt, answer, cfg.device) / (cfg.grad_accum * cfg.batch_size)
            loss.backward()
            step_loss += float(loss.detach())
        torch.nn.utils.clip_grad_norm_(params, 1.0)
        optimizer.step()
        scheduler.step()
        losses.append(step_loss)
        if (step + 1) % cfg.log_every == 0 or step == 0:
            recent = losses[-cfg.log_every :]
            elapsed = time.perf_counter() - started
            log(
                f"step {step + 1}/{cfg.steps} loss {sum(recent) / len(recent):.3f} "
                f"({elapsed / (step + 1):.2f} s/step)"
            )
    seconds = time.perf_counter() - started
    val_after = evaluate(model, val_batches, cfg.device)
    log(f"validation loss after: {val_after}")

    out_dir.mkdir(parents=True, exist_ok=True)
    model.save_pretrained(str(out_dir))
    tokenizer.save_pretrained(str(out_dir))
    data_info = data_dir / "data.json"
    data_sha = json.loads(data_info.read_text()).get("data_sha256", "") if data_info.is_file() else ""
    window = max(1, min(20, len(losses) // 4 or 1))
    result = TrainResult(
        out_dir=str(out_dir),
        steps=cfg.steps,
        seconds=round(seconds, 1),
        seconds_per_step=round(seconds / max(1, cfg.steps), 2),
        train_loss_first=round(sum(losses[:window]) / window, 4),
        train_loss_last=round(sum(losses[-window:]) / window, 4),
        val_loss_before=None if val_before is None else round(val_before, 4),
        val_loss_after=None if val_after is None else round(val_after, 4),
        config=cfg.model_dump(),
        base=base_dir,
        data_sha256=data_sha,
    )
    (out_dir / "training.json").write_text(result.model_dump_json(indent=2) + "\n")
    return result
