# The two set-up commands: `make run` and `make test`. Both install what is
# missing, configure, build; then launch the app or run the whole suite.
PRESET ?= $(if $(CI),ci,dev)
BUILD_DIR := build/$(PRESET)
JOBS ?= $(shell nproc 2>/dev/null || echo 2)

.PHONY: run test deps configure build translations screenshots package bench fuzz format clean

deps:
	@bash packaging/install-deps.sh

configure: deps
	@cmake --preset $(PRESET) >/dev/null

build: configure
	@cmake --build $(BUILD_DIR) -j $(JOBS)

run: build
	@if [ -z "$$DISPLAY" ] && [ -z "$$WAYLAND_DISPLAY" ] && [ -z "$$QT_QPA_PLATFORM" ]; then \
		echo "vigia: no display found (DISPLAY is not set); try: xvfb-run make run"; exit 1; \
	fi
	@$(BUILD_DIR)/app/desktop/vigia $(ARGS)

test: build
	@cd $(BUILD_DIR) && QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j $(JOBS) --timeout 600

# Regenerates translations/vigia_*.ts from the sources (lupdate).
translations: configure
	@cmake --build $(BUILD_DIR) --target update_translations

screenshots: configure
	@cmake --build $(BUILD_DIR) --target screenshots

# The Debian packages (packaging/README.md), from an optimised build without
# tests in build/release: vigia_<version>_<arch>.deb (the app, vigiactl) and
# vigia-hub_<version>_<arch>.deb (the hub and its systemd service).
package: deps
	@cmake --preset release >/dev/null
	@cmake --build build/release -j $(JOBS)
	@cd build/release && cpack
	@ls -1 build/release/*.deb

# Benchmarks are measured optimised (RelWithDebInfo), in their own build
# folder; each prints one JSON line per scenario, then run_benchmarks prints a
# summary table and fails when any scenario misses its target
# (docs/benchmarks.md). BENCH_REPEAT=3 runs each 3 times and keeps the median.
BENCH_BUILD_DIR ?= build/bench
BENCH_REPEAT ?= 1
BENCH_ONLY ?=
bench: deps
	@cmake -S . -B $(BENCH_BUILD_DIR) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
		-DVIGIA_BUILD_TESTS=ON >/dev/null
	@cmake --build $(BENCH_BUILD_DIR) -j $(JOBS) --target vigia_benchmarks
	@$(BENCH_BUILD_DIR)/tests/bench/runner/run_benchmarks --repeat $(BENCH_REPEAT) \
		$(if $(BENCH_ONLY),--only '$(BENCH_ONLY)') $(BENCH_BUILD_DIR)/tests/bench

# Builds the libFuzzer targets with the `fuzz` preset (clang-14) and runs each
# for FUZZ_SECONDS from its seed corpus; new inputs go to a scratch corpus in
# the build folder, crashes to $(FUZZ_BUILD_DIR)/artifacts.
FUZZ_SECONDS ?= 60
FUZZ_BUILD_DIR ?= build/fuzz
fuzz: deps
	@cmake --preset fuzz -B $(FUZZ_BUILD_DIR) >/dev/null
	@cmake --build $(FUZZ_BUILD_DIR) -j $(JOBS) --target fuzz_expr_parser fuzz_xlsx_reader fuzz_bundle_reader fuzz_hub_request
	@mkdir -p $(FUZZ_BUILD_DIR)/artifacts
	@for t in expr_parser xlsx_reader bundle_reader hub_request; do \
		mkdir -p $(FUZZ_BUILD_DIR)/corpus/$$t && \
		echo "fuzz_$$t: $(FUZZ_SECONDS) s" && \
		$(FUZZ_BUILD_DIR)/tests/fuzz/fuzz_$$t -max_total_time=$(FUZZ_SECONDS) -timeout=10 \
			-rss_limit_mb=2048 -print_final_stats=1 \
			-artifact_prefix=$(FUZZ_BUILD_DIR)/artifacts/$$t- \
			$(FUZZ_BUILD_DIR)/corpus/$$t tests/fuzz/corpus/$$t || exit 1; \
	done

format:
	@git ls-files '*.cpp' '*.h' | xargs clang-format -i

clean:
	@rm -rf build
