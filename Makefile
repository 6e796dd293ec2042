# Pamphlet: `make site` builds the sample site into output/, `make test` runs every test.
SWIFT ?= swift
RELEASE_BIN := .build/release/pamphlet

.PHONY: all site build debug-build test test-deps unit-test mustache-test yams-test qrencode-test link-check feed-check sarif-check server-check browser-check deps clean help serve bench

all: site

help:
	@echo "make site   install what is missing, build pamphlet, write the sample site to output/"
	@echo "make test   run every test (unit, end-to-end, link and feed checks of the built site)"
	@echo "make clean  remove build products and output/"
	@echo "make fuzz   run the fuzzers for 5 minutes each (FUZZ_SECONDS, FUZZ_TARGETS)"
	@echo "make serve  preview the sample site at http://127.0.0.1:8000/, reloading on every save (SERVE_ARGS='--port 8001')"

deps:
	@scripts/ensure-deps

build: deps
	$(SWIFT) build -c release --product pamphlet

# --relative: links and assets relative to each file, so output/index.html
# opens from the disk as the message says (build without it to publish).
site: build
	$(RELEASE_BIN) build --source . --output output --relative
	@echo "Open output/index.html in a browser. To publish, build without --relative, or preview with 'make serve'."

# Node.js runs the preview's reload script in ReloadScriptTests; the run
# ends with the list of skipped tests, if any (scripts/unit-test).
test-deps:
	@scripts/ensure-deps --tests

unit-test: test-deps
	SWIFT=$(SWIFT) scripts/unit-test

# The checks of the built site use the debug binary `swift test` has just
# built, so `make test` compiles the package once, not twice.
DEBUG_BIN := .build/debug/pamphlet

debug-build: deps
	$(SWIFT) build --product pamphlet

link-check: debug-build
	PAMPHLET=$(DEBUG_BIN) scripts/check-links

# Each language's Atom feed parsed by feedparser (PyPI, in .venv-feeds/).
feed-check: debug-build
	PAMPHLET=$(DEBUG_BIN) scripts/check-feeds

# `pamphlet check --format sarif` against the official SARIF 2.1.0 schema.
sarif-check: debug-build
	PAMPHLET=$(DEBUG_BIN) scripts/check-sarif

# docs/publishing.md's Nginx and Apache settings, serving the sample site.
server-check: debug-build
	PAMPHLET=$(DEBUG_BIN) scripts/check-server-config

browser-check: debug-build
	PAMPHLET=$(DEBUG_BIN) scripts/browser-check

# The vendored swift-mustache's own tests (Vendor/swift-mustache/PATCHES.md),
# run in its folder (its library tests write templates/ there and remove it).
mustache-test:
	cd Vendor/swift-mustache && $(SWIFT) test --scratch-path $(CURDIR)/.build-mustache

# The vendored Yams's own tests (Vendor/Yams/PATCHES.md).
yams-test:
	cd Vendor/Yams && $(SWIFT) test --scratch-path $(CURDIR)/.build-yams

# The vendored libqrencode's own test programs (Vendor/libqrencode/PATCHES.md),
# compiled with cc into .build-qrencode/.
qrencode-test:
	scripts/test-qrencode

test: unit-test mustache-test yams-test qrencode-test link-check feed-check sarif-check server-check browser-check

clean:
	rm -rf .build .build-mustache .build-yams .build-qrencode output

# Writers' preview of the repo's own site; nothing is written to output/.
SERVE_ARGS ?=
serve: build
	$(RELEASE_BIN) serve --source . $(SERVE_ARGS)

# `make fuzz`: libFuzzer over front matter, site.yml, glossaries, Markdown
# through the whole build, slugs, escaping and the preview server's request
# paths (Fuzz/README.md). FUZZ_SECONDS=1800 FUZZ_TARGETS=FuzzSite for longer.
.PHONY: fuzz
fuzz: deps
	Fuzz/run

# `make bench`: Pamphlet against Hugo and the cmark floor on generated sites
# (bench/README.md). BENCH_SIZES="1000 10000" and BENCH_RUNS=1 shorten it.
bench: deps
	bench/run
