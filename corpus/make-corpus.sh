#!/usr/bin/env bash
# Renders the corpus from corpus/source/*.txt: Lao directive pages with their ground truth.
# Deterministic for a given set of Debian packages; run it after changing a source text.
#   corpus/pages/NAME.png|.jpg   one-page scans        corpus/multipage/NAME.tif|.pdf  multi-page scans
#   corpus/source/NAME.txt       ground-truth text      corpus/source/NAME.json          ground-truth facts
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
NEEDED=(tesseract-ocr fonts-lao fonts-noto-core imagemagick img2pdf libtiff-tools pango1.0-tools)
source "$HERE/../tools/debian-packages.sh"
ensure_debian_packages "${NEEDED[@]}"

work=$(mktemp -d)
cd "$work"   # text2image leaves a fonts.conf in the working folder
trap 'rm -rf "$work"' EXIT
mkdir -p "$HERE/pages" "$HERE/multipage" "$HERE/scans"

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

# The scan-like set: directives with Lao digits (d05–d08) and the older ones, in the three fonts, at 300, 200 and
# 150 dpi, through the damage real scans show. Names say it: SOURCE-FONT-DPI-DAMAGE.EXT. ImageMagick's noise is
# seeded, so the pages are the same on every run with the same packages.
a4() { echo "$(( 2480 * $1 / 300 ))x$(( 3508 * $1 / 300 ))"; }

# lines NAME FONT DPI -> $work/NAME.png: one A4 page; Phetsarath through text2image, the Noto fonts through Pango.
lines() {
  local name=$1 font=$2 dpi=$3 size
  size=$(a4 "$dpi")
  if [[ $font == 'Phetsarath OT' ]]; then
    render "$name" "$font" "$dpi" "${size%x*}" "${size#*x}"
    convert "$work/$name.tif" "$work/$name.png"
  else
    pango-view --font "$font 12" --dpi "$dpi" --margin $(( 50 * dpi / 300 )) --width 495 --antialias=gray -q \
      -o "$work/$name-raw.png" "$HERE/source/${name%%-*}.txt"
    convert "$work/$name-raw.png" -background white -gravity north -extent "$size" -colorspace Gray "$work/$name.png"
  fi
}

# dust IMAGE: the specks of a dirty platen or a photocopy, 9000 dots of 1–2 pixels at seeded random places,
# 300 to a line (one -draw each: a single argument that long is over the kernel's limit).
dust() {
  local size; size=$(identify -format '%w %h' "$1")
  awk -v size="$size" 'BEGIN { srand(5); split(size, s, " "); for (i = 0; i < 9000; i++) {
      x = int(rand() * s[1]); y = int(rand() * s[2]); r = rand() < 0.7 ? 0 : 1;
      printf "rectangle %d,%d %d,%d ", x, y, x + r, y + r; if (i % 300 == 299) printf "\n" } }'
}

# damage IN OUT DPI KIND...: the defects of a scanner or a photocopier, in order.
damage() {
  local in=$1 out=$2 dpi=$3; shift 3
  local ops=(-seed 7 -colorspace Gray)
  for kind in "$@"; do
    case $kind in
      skew) ops+=(-background white -rotate 1.8 +repage) ;;
      tilt) ops+=(-background white -rotate -0.9 +repage) ;;
      blur) ops+=(-blur 0x1.1) ;;
      noise) ops+=(-attenuate 0.5 +noise Gaussian) ;;
      lowcontrast) ops+=(+level 30%,80%) ;;
      uneven) ops+=(\( +clone -sparse-color Barycentric '0,0 gray(95%) %w,%h gray(60%)' \) -compose Multiply -composite) ;;
      stamp) ops+=(-fill none -stroke 'gray(45%)' -strokewidth 7 -draw 'circle 1500,700 1500,930'
                   -strokewidth 4 -draw 'circle 1500,700 1500,890' -stroke none -fill 'gray(45%)' -font /usr/share/fonts/truetype/lao/Phetsarath_OT.ttf -pointsize 40
                   -draw "text 1380,710 'ກະຊວງ'") ;;
      dust) ops+=(-fill 'gray(10%)' -stroke none)
            while IFS= read -r dots; do ops+=(-draw "$dots"); done < <(dust "$in") ;;
      signature) ops+=(-fill none -stroke 'gray(20%)' -strokewidth 5
                       -draw 'bezier 300,2700 500,2450 650,2900 800,2600 950,2500 1100,2800 1300,2550') ;;
      *) echo "unknown damage $kind" >&2; exit 2 ;;
    esac
  done
  convert "$in" "${ops[@]}" -units PixelsPerInch -density "$dpi" \
    -quality 60 -define png:exclude-chunks=date,time "$out"
}

# variant SOURCE FONT FONTTAG DPI EXT DAMAGE...
variant() {
  local src=$1 font=$2 tag=$3 dpi=$4 ext=$5; shift 5
  local base="$src-$tag-$dpi"
  [[ -f $work/$base.png ]] || lines "$base" "$font" "$dpi"
  local name="$base$(printf -- '-%s' "$@")"
  [[ $# -eq 0 ]] && name="$base-clean"
  damage "$work/$base.png" "$HERE/scans/$name.$ext" "$dpi" "$@"
}

variant d05 'Phetsarath OT' phetsarath 300 png
variant d05 'Phetsarath OT' phetsarath 300 jpg skew blur noise
variant d05 'Noto Sans Lao' notosans 200 png tilt noise
variant d06 'Phetsarath OT' phetsarath 300 png stamp signature
variant d06 'Noto Serif Lao' notoserif 300 jpg uneven lowcontrast
variant d06 'Phetsarath OT' phetsarath 200 png blur
variant d07 'Noto Sans Lao' notosans 300 jpg noise stamp
variant d07 'Phetsarath OT' phetsarath 300 png tilt lowcontrast
variant d07 'Noto Serif Lao' notoserif 200 jpg skew blur
variant d08 'Phetsarath OT' phetsarath 300 jpg noise signature
variant d08 'Noto Sans Lao' notosans 300 png uneven skew
variant d08 'Phetsarath OT' phetsarath 150 png noise
variant d02 'Phetsarath OT' phetsarath 300 jpg skew noise
variant d03 'Noto Sans Lao' notosans 200 png blur stamp
variant d06 'Noto Sans Lao' notosans 300 png dust
variant d08 'Phetsarath OT' phetsarath 200 png dust blur

# Multi-page scans of the Lao-digit directives: A5 pages, a damaged TIFF and an image-only PDF.
render d06-phetsarath-a5 'Phetsarath OT' 300 1748 2480 16
pages=$(tiffinfo "$work/d06-phetsarath-a5.tif" 2>/dev/null | grep -c 'TIFF Directory')
for ((i = 0; i < pages; i++)); do
  convert "$work/d06-phetsarath-a5.tif[$i]" -density 300 -units PixelsPerInch "$work/d06-a5-p$i.png"
  damage "$work/d06-a5-p$i.png" "$work/d06-a5-d$i.tif" 300 noise tilt
done
tiffcp -c jpeg:75 $(for ((i = 0; i < pages; i++)); do echo "$work/d06-a5-d$i.tif"; done) "$HERE/multipage/d06-phetsarath-a5-noise-tilt-jpeg75.tif"
render d08-phetsarath-a5 'Phetsarath OT' 300 1748 2480 16
pages=$(tiffinfo "$work/d08-phetsarath-a5.tif" 2>/dev/null | grep -c 'TIFF Directory')
for ((i = 0; i < pages; i++)); do
  convert "$work/d08-phetsarath-a5.tif[$i]" -density 300 -units PixelsPerInch "$work/d08-a5-p$i.png"
  damage "$work/d08-a5-p$i.png" "$work/d08-a5-d$i.jpg" 300 skew blur
done
img2pdf -D -o "$HERE/multipage/d08-phetsarath-a5-skew-blur.pdf" $(for ((i = 0; i < pages; i++)); do echo "$work/d08-a5-d$i.jpg"; done)

# PDFs that carry a text layer: one typeset by Pango (a good Lao layer, kept), one a scan with the layer a scanner's
# OCR writes when set to English (Latin garbage over a Lao page, replaced by OCR).
pango-view --font 'Phetsarath OT 12' --dpi 300 --margin 50 --width 495 -q -o "$HERE/multipage/d07-phetsarath-textlayer.pdf" "$HERE/source/d07.txt"
OMP_THREAD_LIMIT=1 tesseract "$HERE/scans/d05-phetsarath-300-clean.png" "$work/d05-englayer" -l eng pdf >/dev/null 2>&1
cp "$work/d05-englayer.pdf" "$HERE/multipage/d05-phetsarath-englayer.pdf"

echo "corpus: $(ls "$HERE/pages" "$HERE/multipage" "$HERE/scans" | grep -c '\.') files"
