# The two commands of the README: `make serve` and `make test`. Both install what is
# missing first (scripts/setup.sh skips what is present).
SHELL := /bin/bash
PORT ?= 8080

.PHONY: setup build pack serve test test-native test-web test-e2e

setup:
	bash scripts/setup.sh

# The release wasm module for the page, in www/pkg.
# wasm-opt is binaryen 132 from npm (tests/e2e), see Cargo.toml.
WASM_OPT := tests/e2e/node_modules/.bin/wasm-opt
WASM_OPT_FLAGS := -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals --enable-reference-types
build: setup
	wasm-pack build --release --target web --out-dir www/pkg --no-pack
	$(WASM_OPT) $(WASM_OPT_FLAGS) www/pkg/zhextract_bg.wasm -o www/pkg/zhextract_bg.wasm

# The npm package (target/npm/zhextract-<version>.tgz) from www/pkg and the element.
pack: build
	node scripts/pack.mjs

serve: build
	node scripts/serve.mjs $(PORT)

test-native:
	cargo test --all-targets
	cargo test --doc

test-web:
	wasm-pack test --headless --chrome

# The page, the element, the npm package and a Vite app using it, in Chromium
# (playwright-core). Screenshots and measurements land in tests/e2e/artifacts/.
test-e2e: build
	cd tests/e2e && node --test --test-concurrency=1 page.test.mjs embed.test.mjs vite.test.mjs

test: setup
	$(MAKE) test-native
	$(MAKE) test-web
	$(MAKE) test-e2e
