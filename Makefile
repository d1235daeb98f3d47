# Settle — `make demo` writes the demo documents to out/, `make test` runs the test suite.
# Both first install the Debian packages the build and the tests need (apt-get, as root or via sudo).

SWIFT      ?= swift
OUT        ?= out
AS_OF      ?= 2026-07-15
# Build-time libraries (pkg-config names: harfbuzz-subset, freetype2, zlib, fribidi).
BUILD_DEBS := pkg-config libharfbuzz-dev libfreetype-dev zlib1g-dev libfribidi-dev
# Fonts the documents fall back to for Chinese/Japanese/Korean text (TypesetText's SystemFonts).
RUN_DEBS   := fonts-noto-cjk
# What the tests call or read; a test whose tool or file is absent is skipped, not failed:
#   qpdf (qpdf --check, attachments), poppler-utils (pdftotext, pdffonts, pdftoppm),
#   python3 (pty driver for `settle new`, MIME parsing of notices) with python3-jsonschema (schema test),
#   unicode-data (/usr/share/unicode/LineBreak.txt for UAX #14), fonts-urw-base35 (a name-keyed CFF font).
TEST_DEBS  := qpdf poppler-utils python3 python3-jsonschema unicode-data fonts-urw-base35
DEBS       := $(BUILD_DEBS) $(RUN_DEBS) $(TEST_DEBS)

# Release builds of `settle` link the Swift runtime and Foundation statically (Package.swift).
RELEASE    := $(SWIFT) build -c release

SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: deps demo test test-asan bench release clean

## Install any missing Debian package (skips apt-get entirely when all are present).
deps:
	@missing=$$(for p in $(DEBS); do dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q 'ok installed' || printf '%s ' $$p; done); \
	if [ -n "$$missing" ]; then \
	  echo "installing: $$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $$missing; \
	fi

release: deps
	$(RELEASE) --product settle

## The built-in example's documents, written to $(OUT)/.
demo: release
	mkdir -p $(OUT)
	.build/release/settle demo -o $(OUT) --as-of $(AS_OF)
	@ls -l $(OUT)

test: deps
	$(SWIFT) test

## The test suite under AddressSanitizer (separate build folder).
test-asan: deps
	SWIFT_BACKTRACE=enable=no LSAN_OPTIONS=suppressions=$(CURDIR)/Tests/lsan-suppressions.txt \
	  $(SWIFT) test --sanitize=address --scratch-path .build-asan

## Times the release `settle statement` (20, 1,000, 20,000 rows) and `settle check`; see Benchmarks/README.md.
bench: deps
	$(RELEASE) --product settle
	$(RELEASE) --product settle-bench
	.build/release/settle-bench --settle .build/release/settle

clean:
	rm -rf .build .build-asan $(OUT)
