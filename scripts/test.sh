#!/usr/bin/env bash
# Set everything up, then lint, type-check and run the tests (fast and integration; slow ones with --slow).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
.venv/bin/ruff check .
.venv/bin/ruff format --check .
.venv/bin/mypy llm rag ocr review finetune prompts api eval ui
markers="not slow"
if [ "${1:-}" = "--slow" ]; then markers="slow"; shift; fi
set +e
.venv/bin/pytest -m "$markers" "$@"
code=$?
set -e
# pytest exit 5 means no test ran: that is a failure here.
if [ "$code" -eq 5 ]; then echo "no tests ran"; exit 1; fi
exit "$code"
