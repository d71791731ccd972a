#!/bin/sh
# Installs the Debian 12 packages the build, the demo and the tests need, if missing.
set -eu

# LibreOffice Calc with its window (the tests also drive it headless), the SDK, the Dutch
# interface; Xvfb, xdotool, ImageMagick and poppler-utils (pdftoppm) for the tests of what a
# person sees; clang-format for the formatting test; Python-Markdown for the help pages in the
# package. For the portable component: PyPy (a second Python), mypy (the standard library of
# Python 3.8), the locale sources (a Latin-1 locale) and LibreOffice's Python macros (to ask
# the office's own Python what it sees). mingw-w64 for the Windows x64 component and Wine
# (wine64) to run its test executable; Valgrind for the component's memory check.
packages="cmake g++ make zip python3-markdown clang clang-format libclang-rt-14-dev libgtest-dev libbenchmark-dev libreoffice-dev
libreoffice-calc python3-uno libreoffice-l10n-nl xvfb xdotool imagemagick x11-utils poppler-utils
pypy3 python3-mypy locales libreoffice-script-provider-python
gcc-mingw-w64-x86-64 g++-mingw-w64-x86-64 binutils-mingw-w64-x86-64 wine64 valgrind"

missing=""
for p in $packages; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0

if [ "$(id -u)" -ne 0 ]; then
    echo "Missing Debian packages:$missing" >&2
    echo "Install them as root: apt-get install$missing" >&2
    exit 1
fi
echo "Installing:$missing"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
# shellcheck disable=SC2086
apt-get install -y -qq --no-install-recommends $missing >/dev/null
