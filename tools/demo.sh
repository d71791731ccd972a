#!/bin/sh
# README command 1: build, install the fresh .oxt into a throw-away LibreOffice profile,
# recalculate the sample meerjarenbegroting headless, print its key figures, write a PDF.
set -eu
cd "$(dirname "$0")/.."
tools/build.sh
mkdir -p build/demo
/usr/bin/python3 samples/demo.py --oxt build/fondscijfers.oxt --out build/demo
