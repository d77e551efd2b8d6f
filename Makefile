# The two commands of the README: `make serve` and `make test`. Both install what is
# missing first (scripts/setup.sh skips what is present).
SHELL := /bin/bash
PORT ?= 8080

.PHONY: setup build serve test test-native test-web test-e2e

setup:
	bash scripts/setup.sh

# The release wasm module for the page, in www/pkg.
# wasm-opt is binaryen 132 from npm (tests/e2e), see Cargo.toml.
WASM_OPT := tests/e2e/node_modules/.bin/wasm-opt
WASM_OPT_FLAGS := -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals --enable-reference-types
build: setup
	wasm-pack build --release --target web --out-dir www/pkg --no-pack
	$(WASM_OPT) $(WASM_OPT_FLAGS) www/pkg/zhextract_bg.wasm -o www/pkg/zhextract_bg.wasm

serve: build
	node scripts/serve.mjs $(PORT)

test-native:
	cargo test --all-targets
	cargo test --doc

test-web:
	wasm-pack test --headless --chrome

test: setup
	$(MAKE) test-native
	$(MAKE) test-web
	$(MAKE) test-size

# The size budget of the wasm module (scripts/size-budget.txt); reuses www/pkg when fresh.
.PHONY: test-size bench
test-size:
	bash scripts/check-size.sh

# Every benchmark of BENCHMARKS.md (native, CLI, Node, Chromium, JioNLP, size): minutes.
bench: setup
	bash scripts/bench/run.sh
