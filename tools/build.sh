#!/bin/sh
# Configures and builds everything, including build/fondscijfers.oxt.
set -eu
cd "$(dirname "$0")/.."
tools/setup-debian.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DFONDSCIJFERS_WERROR=ON >/dev/null
cmake --build build --parallel "$(nproc)"
