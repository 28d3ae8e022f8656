#!/usr/bin/env bash
# Idempotent set-up on a fresh machine: Debian packages (Chromium for the browser tests,
# PostgreSQL for the records tests, Tesseract for the optional OCR engine), the virtual
# environment and packages (llama.cpp compiles once, ~9 min on 2 cores), the Gemma GGUF
# assembled from its registry packages, and a check that the packaged embedding models load
# offline.
set -euo pipefail
cd "$(dirname "$0")/.."
VENV=${VENV:-.venv}

debian_packages=()
command -v chromium >/dev/null || debian_packages+=(chromium chromium-driver)
[ -n "$(ls /usr/lib/postgresql/*/bin/initdb 2>/dev/null)" ] || debian_packages+=(postgresql)
command -v tesseract >/dev/null || debian_packages+=(tesseract-ocr tesseract-ocr-eng tesseract-ocr-fra)
if [ ${#debian_packages[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${debian_packages[@]}" >/dev/null
  else
    echo "note: install ${debian_packages[*]} (Debian) for the browser, PostgreSQL and Tesseract tests" >&2
  fi
fi

if [ ! -x "$VENV/bin/python" ]; then
  python3.11 -m venv "$VENV" 2>/dev/null || python3 -m venv "$VENV"
fi
stamp="$VENV/.installed-$(sha256sum pyproject.toml | cut -c1-16)"
if [ ! -f "$stamp" ]; then
  # torch first, pinned: it takes the CPU build on this disk instead of a CUDA download.
  "$VENV/bin/pip" install --quiet torch==2.13.0
  CMAKE_ARGS="${CMAKE_ARGS:--DGGML_NATIVE=ON}" "$VENV/bin/pip" install --quiet -e ".[dev]"
  touch "$stamp"
fi
"$VENV/bin/python" - <<'PY'
from llm.llamacpp import packaged_gemma_path
from rag.embeddings import packaged_minilm_path
print("gemma:", packaged_gemma_path())
print("minilm:", packaged_minilm_path())
PY
