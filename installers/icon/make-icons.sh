#!/usr/bin/env bash
# Renders the icon files committed beside this script from amparo.svg (run it after editing the SVG):
#   amparo-256.png, amparo-128.png, amparo-48.png  (Linux: jpackage --icon takes the 256 one)
#   amparo.ico   (Windows: 16, 24, 32, 48, 64, 128, 256 px)
#   amparo.icns  (macOS: 16, 32, 48, 128, 256, 512 px)
# Needs: rsvg-convert (librsvg2-bin), ImageMagick's convert (imagemagick), png2icns (icnsutils).
# On macOS without icnsutils, make the ICNS with the system's iconutil instead:
#   mkdir amparo.iconset; for s in 16 32 128 256 512; do
#     rsvg-convert -w $s -h $s amparo.svg -o amparo.iconset/icon_${s}x${s}.png
#     rsvg-convert -w $((2*s)) -h $((2*s)) amparo.svg -o amparo.iconset/icon_${s}x${s}@2x.png; done
#   iconutil -c icns amparo.iconset -o amparo.icns
set -euo pipefail
cd "$(dirname "$0")"

missing=()
command -v rsvg-convert >/dev/null || missing+=(librsvg2-bin)
[ -x /usr/bin/convert ] || command -v magick >/dev/null || missing+=(imagemagick)
command -v png2icns >/dev/null || missing+=(icnsutils)
if [ ${#missing[@]} -gt 0 ]; then
    echo "make-icons.sh: missing tools; install them with: sudo apt-get install -y ${missing[*]}" >&2
    exit 2
fi
convert_cmd=/usr/bin/convert
[ -x "$convert_cmd" ] || convert_cmd="magick"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for s in 16 24 32 48 64 128 256 512; do
    rsvg-convert -w "$s" -h "$s" amparo.svg -o "$work/$s.png"
done
for s in 256 128 48; do
    cp "$work/$s.png" "amparo-$s.png"
done
"$convert_cmd" "$work/16.png" "$work/24.png" "$work/32.png" "$work/48.png" "$work/64.png" \
    "$work/128.png" "$work/256.png" amparo.ico
png2icns amparo.icns "$work/16.png" "$work/32.png" "$work/48.png" "$work/128.png" "$work/256.png" \
    "$work/512.png" >/dev/null
ls -l amparo-256.png amparo-128.png amparo-48.png amparo.ico amparo.icns
