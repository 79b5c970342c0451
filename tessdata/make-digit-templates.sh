#!/usr/bin/env bash
# Renders the glyph sheets the Lao digit reader learns from (src/DocPipeline.Ocr/Digits): one line per font
# and size, "໐ … ໙ 0 … 9 /" in that order, in gray: at 300 dpi sharp, and at 200 and 150 dpi blurred as a
# cheap scanner blurs (strokes thicken and round off). The reader labels the glyphs by their order.
# Deterministic for a given set of fonts; run it after changing the fonts or sizes, commit the PNGs.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
command -v pango-view >/dev/null || { echo "run: sudo apt-get install -y pango1.0-tools fonts-lao fonts-noto-core" >&2; exit 3; }
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
printf '໐ ໑ ໒ ໓ ໔ ໕ ໖ ໗ ໘ ໙ 0 1 2 3 4 5 6 7 8 9 /\n' > "$work/glyphs.txt"
rm -f "$HERE"/lao-digits/*.png
for font in 'Phetsarath OT' 'Noto Sans Lao' 'Noto Serif Lao'; do
  for size in 10 12 14 16; do
    pango-view --font "$font $size" --dpi 300 --margin 20 --antialias=gray -q -o "$work/sheet.png" "$work/glyphs.txt"
    convert "$work/sheet.png" -colorspace Gray -define png:exclude-chunks=date,time \
      "$HERE/lao-digits/$(tr -d ' ' <<<"$font" | tr 'A-Z' 'a-z')-$size.png"
  done
  for dpi in 200 150; do
    pango-view --font "$font 12" --dpi "$dpi" --margin 20 --antialias=gray -q -o "$work/sheet.png" "$work/glyphs.txt"
    convert "$work/sheet.png" -colorspace Gray -blur 0x1 -define png:exclude-chunks=date,time \
      "$HERE/lao-digits/$(tr -d ' ' <<<"$font" | tr 'A-Z' 'a-z')-12-${dpi}dpi-blur.png"
  done
done
echo "$(ls "$HERE"/lao-digits/*.png | wc -l) glyph sheets in $HERE/lao-digits"
