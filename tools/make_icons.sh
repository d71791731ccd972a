#!/bin/sh
# Makes the Extension Manager's icons (registry/icon.png, registry/icon-hc.png, 42 x 42) from
# their SVG sources with rsvg-convert (Debian package librsvg2-bin). The PNGs are committed, so
# that the build needs no SVG renderer and the .oxt stays reproducible; run this after
# changing an SVG.
set -eu
cd "$(dirname "$0")/../registry"
for name in icon icon-hc; do
    rsvg-convert --width 42 --height 42 --output "$name.png" "$name.svg"
done
