#!/usr/bin/env bash
# Renders the corpus from corpus/source/*.txt: Lao directive pages with their ground truth.
# Deterministic for a given set of Debian packages; run it after changing a source text.
#   corpus/pages/NAME.png|.jpg   one-page scans        corpus/multipage/NAME.tif|.pdf  multi-page scans
#   corpus/source/NAME.txt       ground-truth text      corpus/source/NAME.json          ground-truth facts
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
NEEDED=(tesseract-ocr fonts-lao fonts-noto-core imagemagick img2pdf libtiff-tools pango1.0-tools)
missing=()
for p in "${NEEDED[@]}"; do dpkg-query -W -f='${Status}\n' "$p" 2>/dev/null | grep -q '^install ok installed$' || missing+=("$p"); done
if ((${#missing[@]})); then
  [[ $(id -u) -eq 0 ]] || { echo "run: sudo apt-get install -y ${missing[*]}" >&2; exit 3; }
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

work=$(mktemp -d)
cd "$work"   # text2image leaves a fonts.conf in the working folder
trap 'rm -rf "$work"' EXIT
mkdir -p "$HERE/pages" "$HERE/multipage"

# render NAME FONT DPI XSIZE YSIZE [PTSIZE] -> $work/NAME.tif (text2image writes one TIFF page per page of text)
render() {
  local name=$1 font=$2 dpi=$3 xsize=$4 ysize=$5 ptsize=${6:-12}
  text2image --text "$HERE/source/${name%%-*}.txt" --outputbase "$work/$name" --font "$font" \
    --fonts_dir /usr/share/fonts --resolution "$dpi" --xsize "$xsize" --ysize "$ysize" --ptsize "$ptsize" \
    --margin 150 --char_spacing 0 --leading 20 >/dev/null 2>&1
}

# page NAME FONT OUTPUT: one A4 page at 300 dpi through Pango, which falls back to a Latin font for
# digits and punctuation (text2image drops what the Noto Lao fonts lack), then padded to A4.
page() {
  local name=$1 font=$2 out=$3
  pango-view --font "$font 12" --dpi 300 --margin 50 --width 495 --antialias=gray -q \
    -o "$work/$name.png" "$HERE/source/${name%%-*}.txt"
  convert "$work/$name.png" -background white -gravity north -extent 2480x3508 -colorspace Gray \
    -density 300 -units PixelsPerInch -quality 85 "$out"
}

# One-page scans, A4 at 300 dpi, in the three fonts official documents use.
render d01-phetsarath-300 'Phetsarath OT' 300 2480 3508
convert "$work/d01-phetsarath-300.tif" -density 300 -units PixelsPerInch "$HERE/pages/d01-phetsarath-300.png"
page d02-notosans-300 'Noto Sans Lao' "$HERE/pages/d02-notosans-300.png"
page d03-notoserif-300 'Noto Serif Lao' "$HERE/pages/d03-notoserif-300.jpg"

# A multi-page document: A5 pages at 300 dpi with large type, as a multi-page TIFF and an image-only PDF.
render d04-phetsarath-a5 'Phetsarath OT' 300 1748 2480 14
tiffcp -c g4 "$work/d04-phetsarath-a5.tif" "$HERE/multipage/d04-phetsarath-a5.tif"
pages=$(tiffinfo "$HERE/multipage/d04-phetsarath-a5.tif" 2>/dev/null | grep -c 'TIFF Directory')
for ((i = 0; i < pages; i++)); do convert "$work/d04-phetsarath-a5.tif[$i]" -density 300 -units PixelsPerInch "$work/d04-p$i.png"; done
img2pdf -o "$HERE/multipage/d04-phetsarath-a5.pdf" $(for ((i = 0; i < pages; i++)); do echo "$work/d04-p$i.png"; done)
echo "corpus: $(ls "$HERE/pages" "$HERE/multipage" | grep -c '\.') files, d04 has $pages pages"
