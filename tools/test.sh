#!/bin/sh
# README command 2: build and run every test (unit tests and the tests in real Calc).
#   ./tools/test.sh           everything (CI runs this)
#   ./tools/test.sh --quick   everything but the tests labelled "slow" (the extra builds for
#                             sanitizers, the fuzzer, reproducibility and the test stand, and
#                             the benchmark), independent tests in parallel
set -eu
cd "$(dirname "$0")/.."
tools/build.sh
if [ "${1:-}" = "--quick" ]; then
    ctest --test-dir build --output-on-failure --parallel "$(nproc)" --label-exclude slow
else
    ctest --test-dir build --output-on-failure --verbose
fi
