#!/usr/bin/env bash
# Installs what building and testing zhextract needs on a fresh Debian machine
# (root; Rust via rustup, Node and npm present). Skips whatever is already there,
# so a rerun on a prepared machine takes seconds.
set -euo pipefail
cd "$(dirname "$0")/.."

log() { printf '[setup] %s\n' "$*"; }

# The wasm-bindgen CLI must match the library version in Cargo.lock exactly.
wb_version() {
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/"/, "", $3); print $3; exit }' Cargo.lock
}

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  log "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi
# make build rebuilds std for the page's module (.cargo/wasm-page.toml): std's sources.
if ! rustup component list --installed | grep -q '^rust-src'; then
  log "adding the rust-src component"
  rustup component add rust-src
fi

need_apt=()
command -v chromium >/dev/null || need_apt+=(chromium)
command -v chromedriver >/dev/null || need_apt+=(chromium-driver)
command -v wasm-opt >/dev/null || need_apt+=(binaryen)
if [ ${#need_apt[@]} -gt 0 ]; then
  log "apt-get install ${need_apt[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

if ! command -v wasm-pack >/dev/null; then
  log "cargo install wasm-pack (about 5 minutes)"
  cargo install wasm-pack
fi

want=$(wb_version)
have=$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)
if [ -n "$want" ] && [ "$have" != "$want" ]; then
  log "cargo install wasm-bindgen-cli $want (about 5 minutes)"
  cargo install wasm-bindgen-cli --version "$want" --force
fi

# Fuzzing (make test-fuzz) runs on the nightly toolchain with cargo-fuzz; the licence
# check (make licenses) with cargo-deny.
if ! rustup toolchain list | grep -q '^nightly'; then
  log "rustup toolchain install nightly (for cargo fuzz)"
  rustup toolchain install nightly --profile minimal || log "no nightly toolchain here: make test-fuzz will say it skipped"
fi
if rustup toolchain list | grep -q '^nightly' && ! command -v cargo-fuzz >/dev/null; then
  log "cargo install cargo-fuzz (about 3 minutes)"
  cargo install cargo-fuzz --locked
fi
if ! command -v cargo-deny >/dev/null; then
  log "cargo install cargo-deny (about 10 minutes)"
  cargo install cargo-deny --locked --no-default-features
fi

# Node packages for the end-to-end tests and the page tooling (lockfile-pinned).
if [ -f tests/e2e/package.json ] && { [ ! -d tests/e2e/node_modules/playwright-core ] || [ ! -x tests/e2e/node_modules/.bin/wasm-opt ] || [ ! -x tests/e2e/node_modules/.bin/esbuild ]; }; then
  log "npm ci in tests/e2e"
  (cd tests/e2e && npm ci --no-audit --no-fund --loglevel=error)
fi
if [ -f tests/vite-app/package.json ] && [ ! -d tests/vite-app/node_modules/vite ]; then
  # npm install, not npm ci: vite's lock lists an optional Windows-only package that the
  # registry mirror here does not serve, and npm ci refuses a lock it cannot complete;
  # npm install follows the same lock and skips the missing optional package.
  log "npm install in tests/vite-app (lockfile-pinned)"
  (cd tests/vite-app && npm install --no-audit --no-fund --loglevel=error)
fi
log "ready"
