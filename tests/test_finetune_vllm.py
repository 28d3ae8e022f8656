"""The production serving path for real: vLLM's CPU server with the base model and the role adapters,
and `customs ask` answering through it with CUSTOMS_LLM_BASE_URL.

Creates the vLLM environment (scripts/setup_vllm.sh, ~3.5 GB) when it is missing; the server is
ready in about 2.5 minutes on 2 cores.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

pytestmark = [pytest.mark.slow, pytest.mark.timeout(3600)]

REPO = Path(__file__).resolve().parents[1]
PEFT = REPO / "finetune" / "adapters" / "gemma3-270m-customs" / "peft"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def vllm_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    from finetune.base_model import ensure_hf_base
    from llm.vllm_server import VLLMServer, VLLMServerConfig

    assert PEFT.is_dir(), "the shipped adapter is missing: run the finetune commands (see README)"
    cfg = VLLMServerConfig(
        model_dir=str(ensure_hf_base()),
        served_name="gemma-3-270m",
        adapters={"officer": str(PEFT), "helpdesk": str(PEFT)},
        port=_free_port(),
    )
    log = tmp_path_factory.mktemp("vllm") / "server.log"
    try:
        with VLLMServer(cfg, log, timeout_s=1200) as server:
            assert server.ready_s is not None
            yield cfg.base_url
    except Exception:
        sys.stderr.write(log.read_text(errors="replace")[-4000:] if log.is_file() else "no server log")
        raise


def test_server_lists_base_and_adapters(vllm_server: str) -> None:
    models = {m["id"] for m in httpx.get(f"{vllm_server}/models", timeout=30).json()["data"]}
    assert {"gemma-3-270m", "officer", "helpdesk"} <= models


def test_adapter_changes_the_completion(vllm_server: str) -> None:
    from finetune.data import summary_prompt
    from llm.base import complete
    from llm.openai_compat import OpenAICompatibleClient

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
    client = OpenAICompatibleClient(vllm_server, "gemma-3-270m")
    adapted = complete(client, prompt, max_tokens=48, stop=["\n"], model="officer")
    assert "[1]" in adapted and "limitée" in adapted, adapted


def test_customs_ask_through_vllm(vllm_server: str, tmp_path: Path) -> None:
    from tests.conftest import write_corpus

    corpus = write_corpus(tmp_path / "corpus")
    env = {
        **os.environ,
        "CUSTOMS_DATA_DIR": str(tmp_path / "data"),
        "CUSTOMS_CORPUS_PATH": str(corpus / "code"),
        "CUSTOMS_LLM_BASE_URL": vllm_server,
        "CUSTOMS_LLM_MODEL": "officer",
        "HF_HUB_OFFLINE": "1",
    }
    out = subprocess.run(
        [
            str(Path(sys.executable).parent / "customs"),
            "ask",
            "--json",
            "Combien de temps une marchandise peut-elle rester en zone franche ?",
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    assert out.returncode == 0, out.stderr[-3000:]
    answer = json.loads(out.stdout[out.stdout.index("{") :])
    assert not answer["abstained"]
    assert any(c["source_id"].endswith("article-290.md") for c in answer["citations"])
    summary = answer["text"].split("En résumé :", 1)
    assert len(summary) == 2 and summary[1].strip(), answer["text"]
