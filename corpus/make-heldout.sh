#!/usr/bin/env bash
# Renders the held-out part of the corpus: corpus/heldout/scans/ from corpus/heldout/source/*.txt.
# Nothing here may be tuned on or trained on: its texts appear nowhere else, its fonts (Noto Serif Lao, Noto Looped
# Lao; Noto Serif and Noto Sans for their Latin letters) are left out of tessdata/train-lao.sh, its resolutions (180, 240, 400 dpi) differ from the tuning corpus
# (150, 200, 300) and from training (300), and its damage (motion blur, photocopy, impulse noise, grey paper, a
# 3° rotation, JPEG at quality 35) is used by neither. `./docpipeline eval corpus/` reports it apart.
# Deterministic for a given set of Debian packages (ImageMagick's noise is seeded).
# h06-h09 are a second, fresh held-out part (written after h01-h05 had been looked at, committed before any rule
# change they measure; 220 and 260 dpi). h10-h13 are a third (written 2026-12-04 after h01-h09 had been measured
# many times, committed before any measurement on them; 210 and 280 dpi). `./make-heldout.sh h06 h07` renders only
# the sources named.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUT="$HERE/heldout/scans"
NEEDED=(fonts-noto-core imagemagick pango1.0-tools)
source "$HERE/../tools/debian-packages.sh"
ensure_debian_packages "${NEEDED[@]}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
ONLY=" $* "
mkdir -p "$OUT"
if (($#)); then for source in "$@"; do rm -f "$OUT/$source"-*; done; else rm -f "$OUT"/*; fi

# page SOURCE FONT DPI -> $work/page.png: one A4 page through Pango. The Lao fonts have no Latin letters: the Latin
# of a serif page is Noto Serif's, of a looped page Noto Sans's, neither of which training saw.
page() {
  local source=$1 font=$2 dpi=$3 latin='Noto Sans'
  [[ $font == *Serif* ]] && latin='Noto Serif'
  pango-view --font "$font, $latin 12" --dpi "$dpi" --margin $(( 60 * dpi / 300 )) --width 480 --antialias=gray -q \
    -o "$work/raw.png" "$HERE/heldout/source/$source.txt"
  convert "$work/raw.png" -background white -gravity north -extent "$(( 2480 * dpi / 300 ))x$(( 3508 * dpi / 300 ))" \
    -colorspace Gray "$work/page.png"
}

# scan SOURCE FONT TAG DPI EXT DAMAGE...
scan() {
  local source=$1 font=$2 tag=$3 dpi=$4 ext=$5; shift 5
  [[ $ONLY == "  " || $ONLY == *" $source "* ]] || return 0
  page "$source" "$font" "$dpi"
  local ops=(-seed 11 -colorspace Gray) quality=90 name="$source-$tag-$dpi"
  for kind in "$@"; do
    case $kind in
      motion) ops+=(-motion-blur 0x2+15) ;;
      photocopy) ops+=(-blur 0x0.6 -threshold 58% -attenuate 0.3 +noise Impulse) ;;
      impulse) ops+=(-attenuate 0.6 +noise Impulse) ;;
      graypaper) ops+=(+level 22%,88% -attenuate 0.25 +noise Laplacian) ;;
      rotate) ops+=(-background white -rotate 3.1 +repage) ;;
      jpeg35) quality=35 ;;
      *) echo "unknown damage $kind" >&2; exit 2 ;;
    esac
  done
  (($#)) && name+=$(printf -- '-%s' "$@") || name+=-clean
  convert "$work/page.png" "${ops[@]}" -units PixelsPerInch -density "$dpi" -quality "$quality" \
    -define png:exclude-chunks=date,time "$OUT/$name.$ext"
}

scan h01 'Noto Serif Lao' notoserif 240 png
scan h01 'Noto Looped Lao' notolooped 180 png motion
scan h01 'Noto Serif Lao' notoserif 400 png photocopy
scan h02 'Noto Looped Lao' notolooped 240 png
scan h02 'Noto Serif Lao' notoserif 180 jpg impulse jpeg35
scan h02 'Noto Serif Lao Bold' notoserifbold 240 png graypaper rotate
scan h03 'Noto Looped Lao' notolooped 400 png rotate impulse
scan h03 'Noto Serif Lao' notoserif 240 png motion graypaper
scan h03 'Noto Serif Lao' notoserif 180 png
scan h04 'Noto Serif Lao' notoserif 240 png photocopy
scan h04 'Noto Looped Lao' notolooped 240 jpg jpeg35
scan h04 'Noto Looped Lao Bold' notoloopedbold 180 png graypaper
scan h05 'Noto Serif Lao' notoserif 240 png
scan h05 'Noto Looped Lao' notolooped 180 jpg motion jpeg35
scan h06 'Noto Looped Lao' notolooped 220 png photocopy
scan h06 'Noto Serif Lao' notoserif 260 jpg graypaper rotate
scan h07 'Noto Serif Lao' notoserif 220 png motion
scan h07 'Noto Looped Lao' notolooped 260 jpg impulse jpeg35
scan h08 'Noto Serif Lao' notoserif 260 png photocopy rotate
scan h08 'Noto Looped Lao Bold' notoloopedbold 220 jpg motion jpeg35
scan h09 'Noto Looped Lao' notolooped 220 jpg graypaper
scan h09 'Noto Serif Lao Bold' notoserifbold 260 png impulse
scan h10 'Noto Serif Lao' notoserif 280 png photocopy
scan h10 'Noto Looped Lao' notolooped 210 jpg graypaper
scan h11 'Noto Looped Lao' notolooped 280 png motion rotate
scan h11 'Noto Serif Lao' notoserif 210 jpg jpeg35
scan h12 'Noto Serif Lao' notoserif 210 png motion
scan h12 'Noto Looped Lao Bold' notoloopedbold 280 png rotate
scan h13 'Noto Serif Lao Bold' notoserifbold 280 png photocopy
scan h13 'Noto Looped Lao' notolooped 210 png impulse

echo "held-out corpus: $(ls "$OUT" | wc -l) scans, $(du -sh "$OUT" | cut -f1)"
