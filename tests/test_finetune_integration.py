"""Fine-tuning with the real engines: the converted base (BOS trap), a few LoRA steps, the export
loading in llama.cpp, and the shipped adapter."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

pytestmark = pytest.mark.integration

REPO = Path(__file__).resolve().parents[1]
SHIPPED = REPO / "finetune" / "adapters" / "gemma3-270m-customs"
PROMPT = "La capitale de la France est"


@pytest.fixture(scope="module")
def hf_base() -> Path:
    from finetune.base_model import ensure_hf_base

    return ensure_hf_base()


@pytest.fixture(scope="module")
def llama():  # type: ignore[no-untyped-def]
    from llama_cpp import Llama

    from llm.llamacpp import packaged_gemma_path

    return Llama(model_path=packaged_gemma_path(), n_ctx=512, n_threads=2, verbose=False)


def _hf_greedy(folder: Path, prompt: str, n: int, add_special_tokens: bool = True) -> list[int]:
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    tok = AutoTokenizer.from_pretrained(str(folder))
    model = AutoModelForCausalLM.from_pretrained(str(folder), dtype=torch.float32)
    ids = tok(prompt, return_tensors="pt", add_special_tokens=add_special_tokens)
    out = model.generate(**ids, max_new_tokens=n, do_sample=False)
    return [int(t) for t in out[0][ids["input_ids"].shape[1] :]]


def test_converted_tokenizer_adds_bos_like_llamacpp(hf_base: Path, llama) -> None:  # type: ignore[no-untyped-def]
    from transformers import AutoTokenizer

    tok = AutoTokenizer.from_pretrained(str(hf_base))
    ids = tok(PROMPT)["input_ids"]
    assert ids[0] == 2  # <bos>
    assert ids == llama.tokenize(PROMPT.encode(), add_bos=True)


def test_converted_model_and_llamacpp_agree_greedy(hf_base: Path, llama) -> None:  # type: ignore[no-untyped-def]
    """Same prompt, greedy: the float32 conversion and llama.cpp's Q4_K_M agree on the first tokens
    (they drift later: llama.cpp computes on the quantised weights). Without BOS they do not."""
    n = 4
    hf = _hf_greedy(hf_base, PROMPT, n)
    out = llama.create_completion(PROMPT, max_tokens=n, temperature=0.0)
    cpp = llama.tokenize(out["choices"][0]["text"].encode(), add_bos=False)
    assert hf[:3] == cpp[:3], (hf, cpp)
    no_bos = _hf_greedy(hf_base, PROMPT, n, add_special_tokens=False)
    assert no_bos[:3] != cpp[:3]


def test_train_a_few_steps_and_export(hf_base: Path, tmp_path: Path, llama) -> None:  # type: ignore[no-untyped-def]
    from finetune.data import build_dataset
    from finetune.export import export_adapter
    from finetune.train import TrainConfig, train
    from tests.conftest import write_corpus
    from tests.test_finetune_unit import CORPUS

    root = write_corpus(tmp_path / "corpus", CORPUS)
    build_dataset(
        tmp_path / "data",
        corpus_root=root,
        corpus_dirs=["legifrance"],
        exclude_files=[],
        val_fraction=0.3,
        abstain_ratio=0.5,
    )
    cfg = TrainConfig.load("gemma3-270m-cpu").model_copy(
        update={
            "steps": 4,
            "warmup_steps": 1,
            "eval_examples": 2,
            "base": str(hf_base),
            "learning_rate": 1e-3,
        }
    )
    result = train(tmp_path / "data", tmp_path / "run", cfg, log=lambda *_: None)
    assert result.steps == 4 and result.val_loss_before is not None
    assert (tmp_path / "run" / "adapter_model.safetensors").is_file()

    from finetune.base_model import base_gguf_path

    manifest = export_adapter(
        tmp_path / "run",
        tmp_path / "adapter",
        base_gguf=base_gguf_path(),
        data_dir=tmp_path / "data",
        scores={"x": 1.0},
    )
    assert manifest["gguf_tensors"] == 18 * 4 * 2
    assert len(manifest["base_model"]["gguf_sha256"]) == 64 and manifest["data"]["sha256"]
    assert manifest["params"]["lora_r"] == 8
    cfg_json = json.loads((tmp_path / "adapter" / "peft" / "adapter_config.json").read_text())
    assert cfg_json["r"] == 8 and set(cfg_json["target_modules"]) == {"q_proj", "k_proj", "v_proj", "o_proj"}

    # llama.cpp loads the GGUF LoRA and generates with it.
    from llm.llamacpp import LlamaCppClient

    client = LlamaCppClient("", str(tmp_path / "adapter" / "adapter.gguf"), n_ctx=512)
    text = "".join(client.stream(PROMPT, max_tokens=4))
    assert text.strip()


@pytest.mark.skipif(not (SHIPPED / "adapter.gguf").is_file(), reason="no shipped adapter yet")
def test_shipped_adapter_summarises_with_a_citation() -> None:
    """The shipped adapter, in llama.cpp, answers a summary prompt from an unseen article with a cited sentence."""
    from finetune.data import summary_prompt
    from llm.llamacpp import LlamaCppClient

    manifest = json.loads((SHIPPED / "manifest.json").read_text())
    assert manifest["files"]["adapter.gguf"]
    prompt = summary_prompt(
        [
            (
                1,
                "Code des douanes > Titre XI : Zones franches > Article 290",
                ["La durée de séjour des marchandises dans une zone franche n'est pas limitée."],
            )
        ],
        "Combien de temps une marchandise peut-elle rester en zone franche ?",
        "fr",
    )
    client = LlamaCppClient("", str(SHIPPED / "adapter.gguf"), n_ctx=1024)
    text = "".join(client.stream(prompt, max_tokens=60, stop=["\n"]))
    assert "[1]" in text and "limitée" in text, text
