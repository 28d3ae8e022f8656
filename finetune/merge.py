"""Merge a PEFT LoRA adapter into a GGUF model, so llama.cpp runs the fine-tuned model at base speed.

llama.cpp applies a runtime LoRA as extra matrix products on every layer and gives up its
repacked CPU kernels for the adapted weights; a merged model has neither cost (the same trade-off
as vLLM's merged vs dynamic adapters). Each adapted weight ``W`` becomes
``W + (alpha / r) * B @ A``, re-quantised to its own type when the ``gguf`` package can write that
type, otherwise to Q8_0 (finer than any K-quant, so the merge never loses precision to it). Every
other tensor and all metadata are copied byte for byte.
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

import numpy as np

from finetune.export import gguf_tensor_name

# Architectures whose llama.cpp weights are the Hugging Face ones unpermuted; LLaMA's q/k are
# permuted for RoPE by the converter, so merging there belongs to the converter, not to this.
MERGEABLE_ARCHITECTURES = ("gemma3", "gemma2", "gemma")


def _lora_deltas(peft_dir: Path) -> dict[str, np.ndarray]:
    """``{gguf weight name: (alpha / r) * B @ A}`` for every adapted weight of a PEFT folder."""
    from safetensors.numpy import load_file

    config = json.loads((peft_dir / "adapter_config.json").read_text())
    if config.get("use_dora") or config.get("use_rslora"):
        raise ValueError("only plain LoRA adapters can be merged (DoRA / rsLoRA found)")
    scale = float(config["lora_alpha"]) / float(config["r"])
    pairs: dict[str, dict[str, np.ndarray]] = defaultdict(dict)
    for name, tensor in load_file(str(peft_dir / "adapter_model.safetensors")).items():
        weight, _, ab = gguf_tensor_name(name).rpartition(".lora_")
        pairs[weight][ab] = tensor.astype(np.float32)
    return {weight: scale * (ab["b"] @ ab["a"]) for weight, ab in pairs.items()}


def merge_lora_into_gguf(base: Path, peft_dir: Path, out: Path) -> int:
    """Write ``out``: ``base`` with the adapter of ``peft_dir`` merged in; returns the weights merged."""
    import gguf
    from gguf.quants import dequantize, quantize

    reader = gguf.GGUFReader(str(base))
    arch_field = reader.get_field(gguf.Keys.General.ARCHITECTURE)
    arch = arch_field.contents() if arch_field else ""
    if arch not in MERGEABLE_ARCHITECTURES:
        raise ValueError(f"merging into a {arch!r} GGUF is not supported; use the runtime LoRA instead")
    deltas = _lora_deltas(peft_dir)
    missing = set(deltas) - {t.name for t in reader.tensors}
    if missing:
        raise ValueError(f"the adapter does not fit this model: no tensor {sorted(missing)[0]!r}")

    writer = gguf.GGUFWriter(str(out) + ".part", arch=str(arch), endianess=reader.endianess)
    for field in reader.fields.values():
        if field.name == gguf.Keys.General.ARCHITECTURE or field.name.startswith("GGUF."):
            continue
        kind = field.types[0]
        sub_type = field.types[-1] if kind == gguf.GGUFValueType.ARRAY else None
        writer.add_key_value(field.name, field.contents(), kind, sub_type=sub_type)
    writer.add_string("general.finetune", f"merged LoRA {peft_dir.parent.name or peft_dir.name}")

    payloads: list[np.ndarray] = []
    for tensor in reader.tensors:
        data, qtype = tensor.data, tensor.tensor_type
        if tensor.name in deltas:
            weights = dequantize(tensor.data, qtype).astype(np.float32) + deltas[tensor.name]
            qtype = qtype if _can_write(qtype) else gguf.GGMLQuantizationType.Q8_0
            data = quantize(weights, qtype) if qtype != gguf.GGMLQuantizationType.F32 else weights
        writer.add_tensor_info(tensor.name, data.shape, data.dtype, data.nbytes, qtype)
        payloads.append(data)
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_ti_data_to_file()
    for data in payloads:
        writer.write_tensor_data(data, tensor_endianess=reader.endianess)
    writer.close()
    Path(str(out) + ".part").replace(out)  # never leave a half-written model under the real name
    return len(deltas)


def _can_write(qtype: object) -> bool:
    import gguf
    from gguf import quants

    if qtype in (gguf.GGMLQuantizationType.F32, gguf.GGMLQuantizationType.F16):
        return True
    kind = getattr(quants, getattr(qtype, "name", ""), None)
    return kind is not None and "quantize_blocks" in vars(kind)
