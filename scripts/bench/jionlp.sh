#!/usr/bin/env bash
# JioNLP side by side with zhextract (issue 8). Makes a virtualenv with JioNLP from PyPI
# under ~/.cache/zhextract-bench (once), builds the release CLI and the corpus, and runs
# jionlp_compare.py. Usage: scripts/bench/jionlp.sh [N_ARTICLES]   (default 100)
set -euo pipefail
cd "$(dirname "$0")/../.."
VENV="${ZHEXTRACT_BENCH_VENV:-$HOME/.cache/zhextract-bench/venv}"
JIONLP_VERSION=1.5.31
if ! "$VENV/bin/python" -c "import jionlp" >/dev/null 2>&1; then
  echo "[jionlp] creating $VENV with jionlp==$JIONLP_VERSION"
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install -q "jionlp==$JIONLP_VERSION"
fi
cargo build --release --bin zhextract -q
node scripts/bench/corpus.mjs --quiet
"$VENV/bin/python" scripts/bench/jionlp_compare.py target/bench/corpus.jsonl target/release/zhextract "${1:-100}" 2>&1 \
  | grep -v '^# jio'
