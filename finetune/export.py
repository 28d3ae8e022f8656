"""``customs finetune export``: the adapter for both engines, with a manifest.

- ``peft/``: the PEFT folder (``adapter_config.json`` + ``adapter_model.safetensors``) that
  vLLM loads with ``--lora-modules NAME=DIR`` (and transformers with ``PeftModel``);
- ``adapter.gguf``: the same LoRA for llama.cpp (``Llama(lora_path=...)``), written with the
  ``gguf`` package in the layout of llama.cpp's ``convert_lora_to_gguf.py``: per target
  weight ``blk.N.attn_q.weight.lora_a`` (r x in) and ``.lora_b`` (out x r), with
  ``general.type = adapter``, ``adapter.type = lora`` and ``adapter.lora.alpha``;
- ``manifest.json``: base-model hash, data hash, training parameters, scores, file hashes.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path
from typing import Any

from finetune.base_model import sha256_file

# Hugging Face projection names -> llama.cpp tensor names (LLaMA, Gemma, Mistral, Qwen families).
HF_TO_GGUF = {
    "q_proj": "attn_q",
    "k_proj": "attn_k",
    "v_proj": "attn_v",
    "o_proj": "attn_output",
    "gate_proj": "ffn_gate",
    "up_proj": "ffn_up",
    "down_proj": "ffn_down",
}
_PEFT_NAME = re.compile(r"layers\.(\d+)\.(?:self_attn|mlp)\.(\w+)\.lora_([AB])\.weight$")
ARCHITECTURES = {"Gemma3ForCausalLM": "gemma3", "LlamaForCausalLM": "llama", "Gemma2ForCausalLM": "gemma2"}


def gguf_tensor_name(peft_name: str) -> str:
    match = _PEFT_NAME.search(peft_name)
    if not match or match.group(2) not in HF_TO_GGUF:
        raise ValueError(f"cannot map adapter tensor {peft_name!r} to a llama.cpp name")
    layer, proj, ab = match.groups()
    return f"blk.{layer}.{HF_TO_GGUF[proj]}.weight.lora_{ab.lower()}"


def architecture_of(base_dir: str) -> str:
    config = Path(base_dir) / "config.json"
    if config.is_file():
        for arch in json.loads(config.read_text()).get("architectures", []):
            if arch in ARCHITECTURES:
                return ARCHITECTURES[arch]
    return "gemma3"


def write_gguf_lora(peft_dir: Path, out: Path, architecture: str) -> int:
    """Convert a PEFT LoRA folder to a llama.cpp GGUF LoRA; returns the number of tensors."""
    import gguf
    import numpy as np
    from safetensors.numpy import load_file

    config = json.loads((peft_dir / "adapter_config.json").read_text())
    tensors = load_file(str(peft_dir / "adapter_model.safetensors"))
    writer = gguf.GGUFWriter(str(out), arch=architecture)
    writer.add_string("general.type", "adapter")
    writer.add_string("adapter.type", "lora")
    writer.add_float32("adapter.lora.alpha", float(config["lora_alpha"]))
    writer.add_string("general.name", peft_dir.parent.name or "customs-lora")
    count = 0
    for name in sorted(tensors):
        writer.add_tensor(gguf_tensor_name(name), np.ascontiguousarray(tensors[name].astype(np.float32)))
        count += 1
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    return count


def export_adapter(
    trained_dir: Path,
    out_dir: Path,
    *,
    base_gguf: Path | None = None,
    data_dir: Path | None = None,
    scores: dict[str, Any] | None = None,
) -> dict[str, Any]:
    training = json.loads((trained_dir / "training.json").read_text())
    out_dir.mkdir(parents=True, exist_ok=True)
    peft_out = out_dir / "peft"
    shutil.rmtree(peft_out, ignore_errors=True)
    peft_out.mkdir()
    for name in ("adapter_config.json", "adapter_model.safetensors"):
        shutil.copy2(trained_dir / name, peft_out / name)
    # A portable folder: the base is named, not a path on the training machine.
    cfg = json.loads((peft_out / "adapter_config.json").read_text())
    cfg["base_model_name_or_path"] = Path(training["base"]).name
    (peft_out / "adapter_config.json").write_text(json.dumps(cfg, indent=2) + "\n")
    gguf_path = out_dir / "adapter.gguf"
    n_tensors = write_gguf_lora(peft_out, gguf_path, architecture_of(training["base"]))
    data_info: dict[str, Any] = {}
    if data_dir and (data_dir / "data.json").is_file():
        data_info = json.loads((data_dir / "data.json").read_text())
        data_info.pop("excluded_ids", None)
    manifest: dict[str, Any] = {
        "base_model": {
            "gguf": base_gguf.name if base_gguf else None,
            "gguf_sha256": sha256_file(base_gguf) if base_gguf and base_gguf.is_file() else None,
            "hf_folder": Path(training["base"]).name,
        },
        "data": {"sha256": training.get("data_sha256") or data_info.get("data_sha256"), **data_info},
        "params": training["config"],
        "training": {k: v for k, v in training.items() if k not in {"config", "base", "out_dir"}},
        "scores": scores or {},
        "files": {
            "peft/adapter_config.json": sha256_file(peft_out / "adapter_config.json"),
            "peft/adapter_model.safetensors": sha256_file(peft_out / "adapter_model.safetensors"),
            "adapter.gguf": sha256_file(gguf_path),
        },
        "gguf_tensors": n_tensors,
    }
    (out_dir / "manifest.json").write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n")
    return manifest
