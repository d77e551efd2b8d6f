#!/usr/bin/env bash
# The size budget (issue 8): fails when gzip -9 of the page's .wasm + JS glue (www/pkg)
# exceeds scripts/size-budget.txt. Reuses www/pkg from `make build`; builds it only when it
# is missing or older than the sources (--no-build: never build, skip when missing).
set -euo pipefail
cd "$(dirname "$0")/.."
PKG=www/pkg
WASM=$PKG/zhextract_bg.wasm
GLUE=$PKG/zhextract.js
budget=$(awk '$1 == "gzip_bytes" { print $2 }' scripts/size-budget.txt)

stale() {
  [ -f "$WASM" ] && [ -f "$GLUE" ] || return 0
  [ -n "$(find src data build build.rs Cargo.toml Cargo.lock -newer "$WASM" -type f 2>/dev/null | head -1)" ]
}
if stale; then
  if [ "${1:-}" = "--no-build" ]; then
    [ -f "$WASM" ] || { echo "size: $WASM missing, not checked (run make build)"; exit 0; }
    echo "size: note: $WASM is older than the sources"
  else
    echo "size: $WASM missing or stale: make build"
    make --no-print-directory build >/dev/null
  fi
fi
w=$(stat -c %s "$WASM"); wg=$(gzip -9 -c "$WASM" | wc -c)
j=$(stat -c %s "$GLUE"); jg=$(gzip -9 -c "$GLUE" | wc -c)
total=$((wg + jg))
printf 'size: wasm %d B (gzip %d), glue %d B (gzip %d): total gzip %d B, budget %d B (%d%%)\n' \
  "$w" "$wg" "$j" "$jg" "$total" "$budget" $((100 * total / budget))
if [ "$total" -gt "$budget" ]; then
  echo "size: FAILED: over the budget in scripts/size-budget.txt by $((total - budget)) B" >&2
  exit 1
fi
echo "size: ok"
