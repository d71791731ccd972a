#!/bin/sh
# README command 2: build and run every test (unit tests and the tests in real Calc).
set -eu
cd "$(dirname "$0")/.."
tools/build.sh
ctest --test-dir build --output-on-failure --verbose
