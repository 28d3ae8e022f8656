#!/usr/bin/env bash
# Set everything up, then start the assistant with its embedded defaults.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
exec .venv/bin/customs chat "$@"
