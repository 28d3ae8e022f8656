"""The base model as a Hugging Face folder, converted from the registry GGUF (see RECIPES.md).

vLLM and peft need a Hugging Face folder; the embedded assistant runs the GGUF in llama.cpp.
transformers dequantises the Q4_K_M GGUF to float32 (~70 s). Two traps are handled here:
the GGUF quantisation marker must be dropped before ``save_pretrained``, and the tokenizer
built from the GGUF does not add Gemma's BOS token (id 2), without which Gemma generates
garbage; the saved tokenizer adds it, and ``check_bos`` verifies it.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from pathlib import Path

DEFAULT_CACHE = Path(os.environ.get("CUSTOMS_FINETUNE_CACHE", Path.home() / ".cache" / "customs-finetune"))
MARKER = "customs-conversion.json"


def sha256_file(path: Path, chunk: int = 1 << 20) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while block := fh.read(chunk):
            digest.update(block)
    return digest.hexdigest()


def base_gguf_path(model_path: str = "") -> Path:
    """The GGUF the embedded assistant runs: ``model_path`` or the packaged Gemma 3 270M."""
    if model_path:
        return Path(model_path)
    from llm.llamacpp import packaged_gemma_path

    return Path(packaged_gemma_path())


def default_hf_dir(gguf: Path) -> Path:
    return DEFAULT_CACHE / f"{gguf.stem}-hf"


def check_bos(folder: Path) -> int:
    """The saved tokenizer's first id for a plain string (must be the BOS id)."""
    from transformers import AutoTokenizer

    tok = AutoTokenizer.from_pretrained(str(folder))
    ids = tok("Bonjour")["input_ids"]
    return int(ids[0])


def _force_bos(folder: Path, bos_id: int, bos_token: str) -> None:
    """Make the saved fast tokenizer prepend BOS (tokenizer.json post-processor + config flag)."""
    tj = folder / "tokenizer.json"
    if tj.is_file():
        data = json.loads(tj.read_text(encoding="utf-8"))
        data["post_processor"] = {
            "type": "TemplateProcessing",
            "single": [
                {"SpecialToken": {"id": bos_token, "type_id": 0}},
                {"Sequence": {"id": "A", "type_id": 0}},
            ],
            "pair": [
                {"SpecialToken": {"id": bos_token, "type_id": 0}},
                {"Sequence": {"id": "A", "type_id": 0}},
                {"SpecialToken": {"id": bos_token, "type_id": 1}},
                {"Sequence": {"id": "B", "type_id": 1}},
            ],
            "special_tokens": {bos_token: {"id": bos_token, "ids": [bos_id], "tokens": [bos_token]}},
        }
        tj.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    cfg = folder / "tokenizer_config.json"
    conf = json.loads(cfg.read_text(encoding="utf-8")) if cfg.is_file() else {}
    conf["add_bos_token"] = True
    conf["add_eos_token"] = False
    conf["bos_token"] = bos_token
    cfg.write_text(json.dumps(conf, ensure_ascii=False, indent=2), encoding="utf-8")


def convert_gguf_to_hf(gguf: Path, out: Path | None = None, force: bool = False) -> Path:
    """Convert ``gguf`` to a float32 Hugging Face folder once (cached by the GGUF's hash)."""
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    out = out or default_hf_dir(gguf)
    marker = out / MARKER
    gguf_hash = sha256_file(gguf)
    if not force and marker.is_file() and json.loads(marker.read_text()).get("gguf_sha256") == gguf_hash:
        return out
    tmp = out.with_name(out.name + ".partial")
    shutil.rmtree(tmp, ignore_errors=True)
    tok = AutoTokenizer.from_pretrained(str(gguf.parent), gguf_file=gguf.name)
    model = AutoModelForCausalLM.from_pretrained(str(gguf.parent), gguf_file=gguf.name, dtype=torch.float32)
    model.hf_quantizer = None  # type: ignore[assignment]
    if hasattr(model.config, "quantization_config"):
        del model.config.quantization_config
    model.save_pretrained(str(tmp))
    tok.save_pretrained(str(tmp))
    bos_id = int(tok.bos_token_id if tok.bos_token_id is not None else 2)
    _force_bos(tmp, bos_id, str(tok.bos_token or "<bos>"))
    first = check_bos(tmp)
    if first != bos_id:
        raise RuntimeError(f"the converted tokenizer does not add BOS (first id {first}, BOS {bos_id})")
    (tmp / MARKER).write_text(
        json.dumps({"gguf": str(gguf), "gguf_sha256": gguf_hash, "bos_token_id": bos_id}, indent=2)
    )
    shutil.rmtree(out, ignore_errors=True)
    tmp.rename(out)
    return out


def ensure_hf_base(model_path: str = "", out: Path | None = None) -> Path:
    return convert_gguf_to_hf(base_gguf_path(model_path), out)
