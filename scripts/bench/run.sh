#!/usr/bin/env bash
# `make bench`: every benchmark of BENCHMARKS.md in one run. Results go to target/bench/
# (native.txt, cli.txt, node.txt, chromium.txt, jionlp.txt, and target/size/report.txt).
# Environment: JIONLP_ARTICLES (default 100), SKIP_JIONLP=1, SKIP_CHROMIUM=1.
set -euo pipefail
cd "$(dirname "$0")/../.."
B=target/bench
mkdir -p "$B"
log() { printf '\n== %s\n' "$*"; }

log "machine"
{
  echo "date: $(date -u +%Y-%m-%dT%H:%MZ)  commit: $(git rev-parse --short HEAD)"
  echo "cpu: $(awk -F': ' '/model name/{print $2; exit}' /proc/cpuinfo), $(nproc) cores; load: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "rustc: $(rustc --version)  node: $(node --version)  chromium: $(/usr/bin/chromium --version 2>/dev/null | head -1)"
} | tee "$B/machine.txt"

log "corpus"
node scripts/bench/corpus.mjs

# playwright-core and binaryen's wasm-opt come from tests/e2e/node_modules (scripts/setup.sh).
[ -x tests/e2e/node_modules/.bin/wasm-opt ] || bash scripts/setup.sh

log "native: cargo bench (divan), one core per benchmark"
# With release's panic=abort cargo builds the lib twice (abort for the CLI, unwind for the
# bench harness) into one file name, and a link can race: build once more if it fails.
cargo bench --bench pipeline --no-run -q 2>/dev/null || cargo bench --bench pipeline --no-run -q
ZX_BENCH_SAMPLES=${ZX_BENCH_SAMPLES:-10} cargo bench --bench pipeline 2>&1 | grep --line-buffered -v -e '^\s*Compiling' -e 'output filename collision' -e '^\s*[|=] ' -e '^  |$' | tee "$B/native.txt"

log "native: CLI --jsonl, the corpus 8 times (~8.4 MB), all cores and one core"
cargo build --release --bin zhextract -q
for _ in 1 2 3 4 5 6 7 8; do cat "$B/corpus.jsonl"; done > "$B/corpus8.jsonl"
bytes=$(node -e 'let n=0;for(const l of require("fs").readFileSync(process.argv[1],"utf8").split("\n"))if(l)n+=Buffer.byteLength(JSON.parse(l).text);console.log(n)' "$B/corpus8.jsonl")
cli_run() { # label, command...  (wall clock, and CPU seconds user+sys of the process)
  local best=999999 cpu=0
  for _ in 1 2 3; do
    local t0 t1 ms c
    t0=$(date +%s%N)
    c=$( { TIMEFORMAT='%U %S'; time "${@:2}" --jsonl "$B/corpus8.jsonl" > /dev/null; } 2>&1 | awk '{printf "%d", ($1 + $2) * 1000}')
    t1=$(date +%s%N)
    ms=$(( (t1 - t0) / 1000000 )); if [ "$ms" -lt "$best" ]; then best=$ms; cpu=$c; fi
  done
  printf '%-28s %6d ms  %6.1f MB/s wall; %6d ms CPU = %6.1f MB/s per CPU-second (best of 3, %d bytes of text)\n' \
    "$1" "$best" "$(echo "$bytes / 1000 / $best" | bc -l)" "$cpu" "$(echo "$bytes / 1000 / $cpu" | bc -l)" "$bytes"
}
{
  cli_run "cli --jsonl, $(nproc) cores" target/release/zhextract
  cli_run "cli --jsonl, 1 core" taskset -c 0 target/release/zhextract
} | tee "$B/cli.txt"

log "wasm builds: www/pkg (make build) and the nodejs target"
make --no-print-directory build > "$B/build.log" 2>&1 || { cat "$B/build.log"; exit 1; }
WOPT=tests/e2e/node_modules/.bin/wasm-opt
RUSTC_BOOTSTRAP=1 wasm-pack build --release --target nodejs --out-dir target/bench/pkg-node --no-pack --no-opt -- $(make --no-print-directory -s wasm-cargo-flags) >> "$B/build.log" 2>&1
"$WOPT" $(make --no-print-directory -s wasm-opt-flags) target/bench/pkg-node/zhextract_bg.wasm -o target/bench/pkg-node/zhextract_bg.wasm
ls -l www/pkg/zhextract_bg.wasm target/bench/pkg-node/zhextract_bg.wasm

log "wasm in Node"
node scripts/bench/node.mjs | tee "$B/node.txt"

if [ -z "${SKIP_CHROMIUM:-}" ]; then
  log "wasm in headless Chromium"
  node scripts/bench/chromium.mjs | tee "$B/chromium.txt"
fi

if [ -z "${SKIP_JIONLP:-}" ]; then
  log "side by side with JioNLP"
  bash scripts/bench/jionlp.sh "${JIONLP_ARTICLES:-100}" | tee "$B/jionlp.txt"
fi

log "size"
bash scripts/size.sh > /dev/null
cat target/size/report.txt

log "summary"
node scripts/bench/summary.mjs | tee "$B/summary.md"
