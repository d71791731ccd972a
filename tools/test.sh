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
# The offices the tests start keep their profiles in this run's own temporary directory, so
# that afterwards any office still running from it is found: none may outlive the run.
run_tmp=$(mktemp -d "${TMPDIR:-/tmp}/fondscijfers-test-run.XXXXXX")
chmod 1777 "$run_tmp" # like /tmp: some tests run unopkg and the GUI as an unprivileged user
status=0
if [ "${1:-}" = "--quick" ]; then
    TMPDIR=$run_tmp ctest --test-dir build --output-on-failure --parallel "$(nproc)" --label-exclude slow || status=$?
else
    cmake -S . -B build -DFONDSCIJFERS_CALC_NEXT="$(tools/libreoffice-next.sh)" >/dev/null
    TMPDIR=$run_tmp ctest --test-dir build --output-on-failure --verbose || status=$?
fi
left=$(pgrep -f -- "$run_tmp" || true)
if [ -n "$left" ]; then
    echo "FAIL offices outlived the test run:" >&2
    ps -o pid,args -p "$(echo "$left" | tr '\n' ',' | sed 's/,$//')" >&2 || true
    kill -9 $left 2>/dev/null || true
    status=1
else
    echo "No office outlived the test run."
fi
rm -rf "$run_tmp"
exit "$status"
