#!/usr/bin/env bash
# Set everything up, then start the API and the web desk with the embedded defaults
# (llama.cpp, embedded Qdrant, SQLite, RapidOCR). The Code des douanes is ingested on first start.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
data_dir=${CUSTOMS_DATA_DIR:-.data}
keys_file="$data_dir/api-keys"
if [ -z "${CUSTOMS_API_KEYS:-}" ] && [ -z "${CUSTOMS_API_KEYS_FILE:-}" ]; then
  if [ ! -f "$keys_file" ]; then
    # One random key per role for this installation, readable by its owner only.
    mkdir -p "$data_dir" && umask 077
    for role in officer reviewer trader admin; do
      echo "$role:$(.venv/bin/python -c 'import secrets; print(secrets.token_urlsafe(24))')"
    done > "$keys_file"
    echo "API keys written to $keys_file (log in to the desk with one of them):"
    cat "$keys_file"
  fi
  export CUSTOMS_API_KEYS_FILE="$keys_file"
fi
exec .venv/bin/customs serve "$@"
