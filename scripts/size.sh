#!/usr/bin/env bash
# Size report of the wasm module (issue 8): raw and gzip -9 sizes of the .wasm and its JS
# glue before wasm-opt, after Debian's wasm-opt (binaryen 108) and after binaryen 132 from
# npm (what `make build` ships); the per-component breakdown (twiggy); the data/ files that
# are embedded; and the budget. Writes target/size/report.txt.
#   scripts/size.sh              the report
#   scripts/size.sh --profiles   also rustc opt-level 3 / s / z builds (slow: 3 rebuilds)
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=target/size
mkdir -p "$OUT"
# as the Makefile (WASM_OPT_FLAGS there, less its -Oz, which each call below names)
read -ra FLAGS <<< "$(make --no-print-directory -s wasm-opt-flags | sed 's/^-Oz //')"

# binaryen 132's wasm-opt, from npm: the end-to-end tests' node_modules (scripts/setup.sh).
WOPT=tests/e2e/node_modules/.bin/wasm-opt
[ -x "$WOPT" ] || bash scripts/setup.sh >&2
command -v twiggy >/dev/null || { echo "[size] cargo install twiggy" >&2; cargo install twiggy --version 0.8.0 >&2; }

gz() { gzip -9 -c "$1" | wc -c; }
row() { # label wasm js
  printf '%-44s %9d %9d %9d %9d %9d\n' "$1" "$(stat -c %s "$2")" "$(gz "$2")" "$(stat -c %s "$3")" "$(gz "$3")" $(( $(gz "$2") + $(gz "$3") ))
}

# One cargo build, then wasm-bindgen and each optimiser on copies.
build_raw() { # profile-opt-level dir
  local lvl=$1 dir=$2 td=target
  [ "$lvl" != "default" ] && td="target/size/td-$lvl"
  if [ "$lvl" = "default" ]; then
    RUSTC_BOOTSTRAP=1 cargo build --lib --release --target wasm32-unknown-unknown $(make --no-print-directory -s wasm-cargo-flags) -q 2> "$OUT/cargo.log" || { cat "$OUT/cargo.log"; exit 1; }
  else
    RUSTC_BOOTSTRAP=1 CARGO_PROFILE_RELEASE_OPT_LEVEL=$lvl cargo build --lib --release --target wasm32-unknown-unknown $(make --no-print-directory -s wasm-cargo-flags) --target-dir "$td" -q 2> "$OUT/cargo.log" \
      || { cat "$OUT/cargo.log"; exit 1; }
  fi
  rm -rf "$dir" && mkdir -p "$dir"
  wasm-bindgen --target web --out-dir "$dir" "$td/wasm32-unknown-unknown/release/zhextract.wasm"
}

{
echo "zhextract wasm size report, $(date -u +%Y-%m-%dT%H:%MZ), $(git rev-parse --short HEAD)"
echo "opt-level of [profile.release]: $(awk -F'= *' '/^\[profile.release\]/{p=1} p&&/^opt-level/{print $2; exit}' Cargo.toml)"
echo
printf '%-44s %9s %9s %9s %9s %9s\n' "build" "wasm" "wasm.gz" "glue.js" "glue.gz" "total.gz"
build_raw default "$OUT/raw"
row "wasm-bindgen, no wasm-opt" "$OUT/raw/zhextract_bg.wasm" "$OUT/raw/zhextract.js"
rm -rf "$OUT/o108" && cp -r "$OUT/raw" "$OUT/o108"
if command -v wasm-opt >/dev/null && wasm-opt -Oz "${FLAGS[@]}" "$OUT/raw/zhextract_bg.wasm" -o "$OUT/o108/zhextract_bg.wasm" 2>/dev/null; then
  row "wasm-opt -Oz, $(wasm-opt --version | awk '{print $1, $3}') (breaks the module)" "$OUT/o108/zhextract_bg.wasm" "$OUT/o108/zhextract.js"
fi
for lvl in Oz Os O3; do
  rm -rf "$OUT/o132-$lvl" && cp -r "$OUT/raw" "$OUT/o132-$lvl"
  "$WOPT" -"$lvl" "${FLAGS[@]}" "$OUT/raw/zhextract_bg.wasm" -o "$OUT/o132-$lvl/zhextract_bg.wasm"
  row "wasm-opt -$lvl, binaryen 132 (npm)" "$OUT/o132-$lvl/zhextract_bg.wasm" "$OUT/o132-$lvl/zhextract.js"
done
if [ -f www/pkg/zhextract_bg.wasm ]; then
  row "www/pkg as built by make build (ships)" www/pkg/zhextract_bg.wasm www/pkg/zhextract.js
fi
if [ "${1:-}" = "--profiles" ]; then
  for lvl in 3 s z; do
    build_raw "$lvl" "$OUT/raw-$lvl"
    "$WOPT" -Oz "${FLAGS[@]}" "$OUT/raw-$lvl/zhextract_bg.wasm" -o "$OUT/raw-$lvl/zhextract_bg.wasm"
    row "rustc opt-level=$lvl, then wasm-opt -Oz 132" "$OUT/raw-$lvl/zhextract_bg.wasm" "$OUT/raw-$lvl/zhextract.js"
  done
fi
echo
echo "Per component (twiggy, module before wasm-opt):"
node scripts/bench/size-breakdown.mjs "$OUT/raw/zhextract_bg.wasm" "$OUT/o132-Oz/zhextract_bg.wasm"
echo
if [ -d data ]; then
  echo "Embedded data files (data/), raw and gzip -9 bytes:"
  for f in $(find data -type f | sort); do printf '  %-50s %9d %9d\n' "$f" "$(stat -c %s "$f")" "$(gz "$f")"; done
  echo
fi
bash scripts/check-size.sh --no-build || true
} 2>&1 | tee "$OUT/report.txt"
