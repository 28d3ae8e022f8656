#!/usr/bin/env bash
# Set everything up, then lint (ruff), type-check (mypy) and run the tests.
#   ./scripts/test.sh          fast unit tests and integration tests with the real engines
#   ./scripts/test.sh --slow   the slow ones: browser, OpenAPI fuzzing, OCR end to end, vLLM server
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
