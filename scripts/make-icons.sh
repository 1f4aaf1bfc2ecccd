#!/usr/bin/env bash
# Renders the hicolor PNGs from the scalable icon (needs rsvg-convert: librsvg2-bin) and the
# Windows .ico from them (needs convert: imagemagick).
# The PNGs are committed rather than made at build time, so building SocketLab (and its
# Windows cross-build) needs no SVG renderer and every build ships the same pixels.
# Run it after editing resources/icons/hicolor/scalable/apps/io.github.socketlab.socketlab.svg.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
icons="$here/resources/icons/hicolor"
app_id=io.github.socketlab.socketlab
svg="$icons/scalable/apps/$app_id.svg"

for size in 16 22 24 32 48 64 128 256; do
    mkdir -p "$icons/${size}x${size}/apps"
    rsvg-convert --width "$size" --height "$size" "$svg" --output "$icons/${size}x${size}/apps/$app_id.png"
done
# The Windows program and installer icon: the same pixels in one .ico (ImageMagick).
ico="$here/resources/icons/socketlab.ico"
convert $(for size in 16 24 32 48 64 128 256; do echo "$icons/${size}x${size}/apps/$app_id.png"; done) "$ico"
echo "PNGs written under $icons, and $ico"
