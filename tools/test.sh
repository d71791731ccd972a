#!/bin/sh
# README command 2: build and run every test (unit tests and the tests in real Calc).
#   ./tools/test.sh           everything (CI runs this), also in LibreOffice 25.2, which
#                             tools/libreoffice-next.sh puts beside the system's LibreOffice
#   ./tools/test.sh --quick   everything but the tests labelled "slow" (the extra builds for
#                             sanitizers, the fuzzer, reproducibility and the test stand, the
#                             benchmark, LibreOffice 25.2), independent tests in parallel
set -eu
cd "$(dirname "$0")/.."
tools/build.sh
if [ "${1:-}" = "--quick" ]; then
    ctest --test-dir build --output-on-failure --parallel "$(nproc)" --label-exclude slow
else
    cmake -S . -B build -DFONDSCIJFERS_CALC_NEXT="$(tools/libreoffice-next.sh)" >/dev/null
    ctest --test-dir build --output-on-failure --verbose
fi
