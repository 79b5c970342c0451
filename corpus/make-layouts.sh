#!/usr/bin/env bash
# Renders the layout part of the corpus: pages as offices scan them, each with its ground truth written by the same
# call that draws its text (so the truth is in reading order by construction).
#   corpus/layout/          tuning: texts l01–l06, Phetsarath OT and Noto Sans Lao, 300/200 dpi, photo ~150 dpi
#   corpus/layout/          also m01–m06 (Noto Serif Lao and Noto Looped Lao, 240/180 dpi, photo ~120 dpi): written
#                           as the held-out part, studied while fixing header identity, tuning since
#   corpus/heldout/layout/  held-out: texts m07–m12 (committed before the rules measured on them), Noto Serif Lao and
#                           Noto Looped Lao at 260/220/160 dpi, photo ~110 dpi, other issuers, paper colours, leader
#                           and tick styles, a tiled background pattern, show-through, fax-like bilevel, speckle
# Kinds: a directive header with the issuer block left and the ເລກທີ/date block right; a form with dotted leaders
# and checkboxes; a table with a grid, dark header cells and English column labels; coloured paper with a stamp and a
# signature over the text; a faint background watermark; a phone photo (perspective, shadow, uneven light).
# Stamps, signatures, watermarks, leaders and box ticks are not text: the truth leaves them out.
# Deterministic for a given set of Debian packages (ImageMagick's noise is seeded).
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
NEEDED=(fonts-noto-core fonts-lao imagemagick pango1.0-tools)
source "$HERE/../tools/debian-packages.sh"
ensure_debian_packages "${NEEDED[@]}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
W=2480 H=3508 # A4 at 300 dpi: every page is drawn at 300 dpi, then scaled to its scan resolution

# page FONT PAPER: starts a page; everything is drawn in 300-dpi pixels.
page() {
  font=$1 ops=(-size "${W}x${H}" "xc:$2") truth="" pieces=0
}

# put X Y POINTS ALIGN COLOUR TEXT: text at (X, Y) (Y its top; X its left, centre or right edge by ALIGN), added to
# the truth. PUT_W is its width, for a leader that follows it.
put() {
  draw_text "$@"
  truth+="$6 "
}

# draw_text: as put, but not text of the page (a watermark, a stamp's letters, typed leader dots).
draw_text() {
  local x=$1 y=$2 points=$3 align=$4 colour=$5 text=$6 file="$work/piece-$((pieces++)).png"
  pango-view --font "$font $points" --dpi 300 --margin 0 --background transparent --foreground "$colour" \
    --antialias=gray -q -o "$file" --text "$text"
  PUT_W=$(identify -format %w "$file")
  case $align in
    center) x=$((x - PUT_W / 2)) ;;
    right) x=$((x - PUT_W)) ;;
  esac
  ops+=("$file" -geometry "+$x+$y" -composite)
}

nl() { truth+=$'\n'; }

# leader STYLE X1 X2 Y: the dotted line of a form field, drawn (dots) or typed (a run of full stops).
leader() {
  local style=$1 x1=$2 x2=$3 y=$4
  case $style in
    dots) ops+=(-stroke 'gray(15%)' -strokewidth 4 -fill none -draw "stroke-dasharray 4 10 line $x1,$y $x2,$y" -stroke none) ;;
    typed) local n=$(((x2 - x1) / 16)) dots; dots=$(printf '%*s' "$n" '' | tr ' ' '.')
           draw_text "$x1" $((y - 62)) 13 left black "$dots" ;;
    rule) ops+=(-stroke 'gray(15%)' -strokewidth 3 -draw "line $x1,$y $x2,$y" -stroke none) ;;
  esac
}

# checkbox X Y TICKED
checkbox() {
  ops+=(-stroke black -strokewidth 4 -fill none -draw "rectangle $1,$2 $(($1 + 46)),$(($2 + 46))" -stroke none)
  [[ $3 == x ]] && ops+=(-stroke black -strokewidth 5 -draw "line $(($1 + 6)),$(($2 + 6)) $(($1 + 40)),$(($2 + 40))" \
    -draw "line $(($1 + 40)),$(($2 + 6)) $(($1 + 6)),$(($2 + 40))" -stroke none)
  [[ $3 == yes ]] && ops+=(-stroke black -strokewidth 6 -draw "line $(($1 + 8)),$(($2 + 24)) $(($1 + 20)),$(($2 + 40))" \
    -draw "line $(($1 + 20)),$(($2 + 40)) $(($1 + 44)),$(($2 - 6))" -stroke none)
  return 0
}

# grid X0 Y0 ROWHEIGHT ROWS COLUMN-XS...: a table's ruled grid; the first row filled dark (white header text), in
# GRID_DARK; with GRID_STRIPE, every other body row shaded in it.
grid() {
  local x0=$1 y0=$2 rh=$3 rows=$4; shift 4
  local xs=("$x0" "$@") last=${*: -1} r
  ops+=(-stroke none -fill "${GRID_DARK:-gray(22%)}" -draw "rectangle $x0,$y0 $last,$((y0 + rh))")
  if [[ -n ${GRID_STRIPE:-} ]]; then
    for ((r = 2; r < rows; r += 2)); do ops+=(-fill "$GRID_STRIPE" -draw "rectangle $x0,$((y0 + r * rh)) $last,$((y0 + (r + 1) * rh))"); done
  fi
  ops+=(-stroke black -strokewidth 4 -fill none)
  for ((r = 0; r <= rows; r++)); do ops+=(-draw "line $x0,$((y0 + r * rh)) $last,$((y0 + r * rh))"); done
  for x in "${xs[@]}"; do ops+=(-draw "line $x,$y0 $x,$((y0 + rows * rh))"); done
  ops+=(-stroke none)
}

# stamp X Y COLOUR WORD: an office's ring stamp, inked unevenly, over whatever is below.
stamp() {
  local x=$1 y=$2 colour=$3
  ops+=(-fill none -stroke "$colour" -strokewidth 9 -draw "circle $x,$y $x,$((y + 230))"
        -strokewidth 4 -draw "circle $x,$y $x,$((y + 190))" -draw "line $((x - 150)),$((y + 60)) $((x + 150)),$((y + 60))" -stroke none)
  draw_text "$x" $((y - 70)) 20 center "$colour" "$4"
  draw_text "$x" $((y + 80)) 11 center "$colour" "★ ★ ★"
}

# signature X Y COLOUR: a pen stroke.
signature() {
  local x=$1 y=$2
  ops+=(-fill none -stroke "$3" -strokewidth 6 -draw "bezier $x,$y $((x + 120)),$((y - 200)) $((x + 200)),$((y + 150)) $((x + 330)),$((y - 60)) $((x + 420)),$((y - 140)) $((x + 520)),$((y + 120)) $((x + 700)),$((y - 40))" -stroke none)
}

# watermark TEXT GRAY ANGLE: a large pale word across the page, under the text (drawn first).
watermark() {
  local file="$work/watermark-$pieces.png"
  pango-view --font "$font Bold 120" --dpi 300 --margin 0 --background transparent --foreground "$2" -q -o "$file" --text "$1"
  convert "$file" -background none -rotate "$3" "$file"
  ops+=("$file" -gravity north -geometry +0+600 -composite -gravity northwest)
}

# pattern TEXT COLOUR ANGLE: security paper: a small word tiled over the whole page at an angle, and a pale ring
# emblem in the middle, under the text (drawn first).
pattern() {
  local word="$work/pattern-word.png" tile="$work/pattern-tile.png"
  pango-view --font "$font 9" --dpi 300 --margin 30 --background transparent --foreground "$2" -q -o "$word" --text "$1"
  convert "$word" -background none -rotate "$3" "$tile"
  convert -size "${W}x${H}" xc:none -tile "$tile" -draw "color 0,0 reset" "$work/pattern.png"
  ops+=("$work/pattern.png" -geometry +0+0 -composite
        -fill none -stroke "$2" -strokewidth 14 -draw "circle 1240,1500 1240,2000" -strokewidth 6 -draw "circle 1240,1500 1240,1900" -stroke none)
}

# finish PART NAME DPI EXT DAMAGE...: scale to the scan resolution, damage, write the scan and the truth.
finish() {
  local part=$1 name=$2 dpi=$3 ext=$4; shift 4
  local out="$HERE/$part/scans" post=(-seed 13) late=() colour=no quality=88 tag
  mkdir -p "$out" "$HERE/$part/source"
  convert "${ops[@]}" "$work/page.png"
  for kind in "$@"; do
    case $kind in
      colour) colour=yes ;;
      noise) post+=(-attenuate 0.4 +noise Gaussian) quality=70 ;;
      blur) post+=(-blur 0x0.8) ;;
      skew) post+=(-background white -rotate 1.2 +repage) ;;
      tilt) post+=(-background white -rotate -0.7 +repage) ;;
      jpeg) quality=55 ;;
      jpeg2) quality=45 ;;
      skew2) post+=(-background white -rotate -1.6 +repage) ;;
      speckle) late=(-attenuate 0.06 +noise Impulse) ;;
      fax) post+=(-blur 0x0.7) late=(-threshold 58% -type bilevel) ;;
      bleed) post+=(\( +clone -flop -blur 0x2 -fill white -colorize 82% \) -compose Multiply -composite) ;;
      photo3) post+=(-virtual-pixel background -background '#5a4a3a' -distort SRT "1240,1754 1 3.2" -distort Perspective "0,0 130,110  $W,0 $((W - 140)),230  $W,$H $((W - 220)),$((H - 60))  0,$H 60,$((H - 170))"
                     \( +clone -sparse-color Barycentric "0,0 gray(76%) $W,0 gray(100%) 0,$H gray(84%) $W,$H gray(98%)" \) -compose Multiply -composite
                     -channel B -evaluate multiply 0.88 +channel -attenuate 0.7 +noise Gaussian -blur 0x1.3) ; colour=yes; quality=60 ;;
      photo) post+=(-virtual-pixel background -background '#4b3f35' -distort Perspective "0,0 150,210  $W,0 $((W - 90)),60  $W,$H $((W - 230)),$((H - 110))  0,$H 60,$((H - 30))"
                    \( +clone -sparse-color Barycentric "0,0 gray(100%) $W,0 gray(92%) 0,$H gray(58%) $W,$H gray(80%)" \) -compose Multiply -composite
                    -attenuate 0.6 +noise Gaussian -blur 0x1.2) ; colour=yes; quality=70 ;;
      photo2) post+=(-virtual-pixel background -background '#2f3b44' -distort Perspective "0,0 60,40  $W,0 $((W - 210)),170  $W,$H $((W - 40)),$((H - 60))  0,$H 190,$((H - 200))"
                     \( +clone -sparse-color Barycentric "0,0 gray(70%) $W,0 gray(100%) 0,$H gray(95%) $W,$H gray(50%)" \) -compose Multiply -composite
                     -attenuate 0.8 +noise Gaussian -blur 0x1.5) ; colour=yes; quality=62 ;;
      *) echo "unknown damage $kind" >&2; exit 2 ;;
    esac
  done
  [[ $colour == yes ]] || post+=(-colorspace Gray)
  tag=$(printf -- '-%s' "$@")
  convert "$work/page.png" "${post[@]}" -resize "$((dpi * 100 / 300))%" "${late[@]}" -units PixelsPerInch -density "$dpi" \
    -quality "$quality" -define png:exclude-chunks=date,time "$out/$name$tag.$ext"
  printf '%s' "$truth" | sed 's/ *$//' > "$HERE/$part/source/${name%%-*}.txt"
}

# facts PART SOURCE JSON: the expected identity and references (as corpus/source/*.json).
facts() { mkdir -p "$HERE/$1/source"; printf '%s\n' "$3" > "$HERE/$1/source/$2.json"; }

motto() {
  put 1240 150 14 center black "ສາທາລະນະລັດ ປະຊາທິປະໄຕ ປະຊາຊົນລາວ"; nl
  put 1240 260 13 center black "ສັນຕິພາບ ເອກະລາດ ປະຊາທິປະໄຕ ເອກະພາບ ວັດທະນະຖາວອນ"; nl
}

# header LEFT1 LEFT2 RIGHT1 RIGHT2 [Y]: the issuer block on the left, number and date on the right, side by side.
header() {
  local y=${5:-430}
  put 180 "$y" 13 left black "$1"; nl
  put 180 $((y + 105)) 13 left black "$2"; nl
  put 2300 "$y" 13 right black "$3"; nl
  put 2300 $((y + 105)) 13 right black "$4"; nl
}

# body Y LINE...: running text lines from Y down.
body() {
  local y=$1; shift
  for line in "$@"; do put 200 "$y" 13 left black "$line"; nl; y=$((y + 110)); done
  BODY_END=$y
}

## Tuning part ------------------------------------------------------------------------------------------------------

rm -rf "$HERE/layout/scans" "$HERE/heldout/layout/scans" "$HERE/heldout/layout/source"

# l01: a directive whose header blocks stand side by side.
page 'Phetsarath OT' white
motto
header "ກະຊວງກະສິກຳ ແລະ ປ່າໄມ້" "ກົມປູກຝັງ" "ເລກທີ ໐໔໕/ກປ" "ນະຄອນຫຼວງວຽງຈັນ, ວັນທີ ໑໒ ມີນາ ໒໐໒໔"
put 1240 720 16 center black "ຄຳແນະນຳ"; nl
put 1240 840 13 center black "ກ່ຽວກັບການກະກຽມເມັດພັນເຂົ້າ ສຳລັບລະດູການຜະລິດ"; nl
body 1000 "- ອີງຕາມ ດຳລັດ ເລກທີ ໑໑໙/ນຍ, ລົງວັນທີ ໒໐ ເມສາ ໒໐໑໗" \
  "ໃຫ້ພະແນກກະສິກຳ ແລະ ປ່າໄມ້ແຂວງ ສຳຫຼວດຈຳນວນເມັດພັນທີ່ມີຢູ່ ແລະ ລາຍງານ" \
  "ຕໍ່ກົມປູກຝັງ ພາຍໃນວັນທີ ໓໑ ມີນາ ໒໐໒໔" \
  "ໃຫ້ຊາວກະສິກອນ ນຳໃຊ້ເມັດພັນທີ່ໄດ້ຮັບການຢັ້ງຢືນ ເທົ່ານັ້ນ"
put 1800 1600 13 center black "ຫົວໜ້າກົມ"; nl
facts layout l01 '{ "documentNumber": "045/ກປ", "documentDate": "2024-03-12", "documentType": "ຄຳແນະນຳ", "issuer": "ກະຊວງກະສິກຳ ແລະ ປ່າໄມ້",
  "references": [ { "number": "119/ນຍ", "date": "2017-04-20", "type": "ດຳລັດ" } ] }'
finish layout l01-phetsarath-300 300 jpg noise

# l02: a form with dotted leaders and checkboxes.
page 'Noto Sans Lao' white
motto
header "ກະຊວງໂຍທາທິການ ແລະ ຂົນສົ່ງ" "ກົມຂົນສົ່ງ" "ເລກທີ ໑໒໓/ຍທຂ" "ວັນທີ ໑໕ ມິຖຸນາ ໒໐໒໔"
put 1240 720 16 center black "ໃບຄຳຮ້ອງຂໍຈົດທະບຽນລົດ"; nl
y=900
for field in "ຊື່ ແລະ ນາມສະກຸນ:|ທ້າວ ສົມພອນ ແກ້ວມະນີ" "ທີ່ຢູ່:|ບ້ານໂພນສະຫວັນ, ເມືອງສີສັດຕະນາກ" "ເບີໂທລະສັບ:|020 5512 3456" \
             "ເລກຈັກ:|KA125-778201" "ເລກທະບຽນ:|ກຂ 4521"; do
  put 200 "$y" 13 left black "${field%%|*}"
  lx=$((200 + PUT_W + 20))
  put 1000 "$y" 13 left black "${field#*|}"; nl
  leader dots "$lx" 2280 $((y + 78))
  y=$((y + 130))
done
put 200 "$y" 13 left black "ປະເພດລົດ:"
checkbox 700 $((y + 22)) yes; put 770 "$y" 13 left black "ລົດຈັກ"
checkbox 1150 $((y + 22)) no; put 1220 "$y" 13 left black "ລົດໃຫຍ່"
checkbox 1600 $((y + 22)) no; put 1670 "$y" 13 left black "ລົດບັນທຸກ"; nl
y=$((y + 160))
put 1500 "$y" 13 left black "ລາຍເຊັນຜູ້ຮ້ອງ"; nl
leader dots 1500 2280 $((y + 230))
facts layout l02 '{ "documentNumber": "123/ຍທຂ", "documentDate": "2024-06-15", "documentType": null, "issuer": "ກະຊວງໂຍທາທິການ ແລະ ຂົນສົ່ງ", "references": [] }'
finish layout l02-notosans-200 200 png blur

# l03: a receipt with a ruled table, dark header cells and English column labels.
page 'Phetsarath OT' white
motto
header "ກະຊວງການເງິນ" "ກົມພາສີ" "ເລກທີ ໒໗໘/ກງ" "ວັນທີ ໕ ກໍລະກົດ ໒໐໒໔"
put 1240 720 16 center black "ໃບຮັບເງິນ"; nl
grid 180 900 120 5 420 1250 1750 2300
put 300 925 12 center white "No."; put 835 925 12 center white "ລາຍການ Item"
put 1500 925 12 center white "ຈຳນວນ Qty"; put 2025 925 12 center white "Amount (kip)"; nl
y=1045
for row in "1|ຄ່າທຳນຽມກວດກາ|1|150.000" "2|ຄ່າພິມເອກະສານ|3|45.000" "3|ຄ່າບໍລິການ|1|20.000"; do
  IFS='|' read -r n item qty amount <<< "$row"
  put 300 "$y" 12 center black "$n"; put 450 "$y" 12 left black "$item"
  put 1500 "$y" 12 center black "$qty"; put 2270 "$y" 12 right black "$amount"; nl
  y=$((y + 120))
done
put 450 "$y" 12 left black "ລວມທັງໝົດ Total"; put 2270 "$y" 12 right black "215.000"; nl
put 1800 1700 13 center black "ຜູ້ຮັບເງິນ"; nl
facts layout l03 '{ "documentNumber": "278/ກງ", "documentDate": "2024-07-05", "documentType": null, "issuer": "ກະຊວງການເງິນ", "references": [] }'
finish layout l03-phetsarath-300 300 jpg noise

# l04: pink paper, a red stamp and a blue signature over the signature block and the text.
page 'Noto Sans Lao' '#f4d3db'
motto
header "ກະຊວງສຶກສາທິການ ແລະ ກິລາ" "ກົມສາມັນສຶກສາ" "ເລກທີ ໓໑໒/ສສກ" "ນະຄອນຫຼວງວຽງຈັນ, ວັນທີ ໒໘ ສິງຫາ ໒໐໒໔"
put 1240 720 16 center black "ແຈ້ງການ"; nl
put 1240 840 13 center black "ກ່ຽວກັບການເປີດສົກຮຽນໃໝ່"; nl
body 1000 "- ອີງຕາມ ຂໍ້ຕົກລົງ ເລກທີ ໐໘໘/ສສກ, ລົງວັນທີ ໓ ມີນາ ໒໐໒໐" \
  "ໃຫ້ທຸກໂຮງຮຽນ ກະກຽມຫ້ອງຮຽນ ແລະ ປຶ້ມແບບຮຽນ ໃຫ້ພ້ອມ" \
  "ສົກຮຽນໃໝ່ ເລີ່ມແຕ່ວັນທີ ໑ ກັນຍາ ໒໐໒໔ ເປັນຕົ້ນໄປ" \
  "ໃຫ້ພະແນກສຶກສາແຂວງ ລາຍງານຜົນ ທຸກເດືອນ"
put 1800 1600 13 center black "ລັດຖະມົນຕີ"; nl
put 1800 1900 13 center black "ທ່ານ ພອນສະຫວັນ ວົງໄຊ"; nl
stamp 1650 1720 '#d0202a' "ກະຊວງ"
signature 1550 1860 '#1f3fb0'
stamp 1100 1180 '#c8242e' "ກົມ"
facts layout l04 '{ "documentNumber": "312/ສສກ", "documentDate": "2024-08-28", "documentType": "ແຈ້ງການ", "issuer": "ກະຊວງສຶກສາທິການ ແລະ ກິລາ",
  "references": [ { "number": "088/ສສກ", "date": "2020-03-03", "type": "ຂໍ້ຕົກລົງ" } ] }'
finish layout l04-notosans-300 300 jpg colour noise

# l05: a faint watermark under a one-column notice.
page 'Phetsarath OT' white
watermark "ສຳເນົາ" '#dcdcdc' -35
motto
put 1240 430 13 center black "ກະຊວງພາຍໃນ"; nl
put 1240 540 13 center black "ເລກທີ ໒໐໑/ພນ, ວັນທີ ໑໘ ຕຸລາ ໒໐໒໔"; nl
put 1240 700 16 center black "ແຈ້ງການ"; nl
body 880 "ກ່ຽວກັບການກວດກາ ແລະ ປັບປຸງບັນຊີລາຍຊື່ພົນລະເມືອງ" \
  "- ອີງຕາມ ກົດໝາຍ ເລກທີ ໒໓/ສພຊ, ລົງວັນທີ ໑໒ ທັນວາ ໒໐໑໒" \
  "ໃຫ້ທຸກເມືອງ ກວດກາບັນຊີລາຍຊື່ ແລະ ສົ່ງຂໍ້ມູນ ໃຫ້ກະຊວງ" \
  "ພາຍໃນວັນທີ ໓໐ ພະຈິກ ໒໐໒໔" \
  "ໃຫ້ຫ້ອງການພາຍໃນເມືອງ ປະສານສົມທົບກັບນາຍບ້ານ ທຸກບ້ານ" \
  "ແຈ້ງການສະບັບນີ້ ມີຜົນສັກສິດ ນັບແຕ່ວັນລົງລາຍເຊັນເປັນຕົ້ນໄປ"
put 1800 1700 13 center black "ລັດຖະມົນຕີ"; nl
facts layout l05 '{ "documentNumber": "201/ພນ", "documentDate": "2024-10-18", "documentType": "ແຈ້ງການ", "issuer": "ກະຊວງພາຍໃນ",
  "references": [ { "number": "23/ສພຊ", "date": "2012-12-12", "type": "ກົດໝາຍ" } ] }'
finish layout l05-phetsarath-200 200 jpg noise

# l06: a phone photo of a directive (perspective, a shadow across the page, about 150 dpi).
page 'Noto Sans Lao' '#f7f3ea'
motto
header "ແຂວງຫຼວງພະບາງ" "ພະແນກສາທາລະນະສຸກ" "ເລກທີ ໐໖໗/ພສ" "ຫຼວງພະບາງ, ວັນທີ ໔ ພະຈິກ ໒໐໒໔"
put 1240 720 16 center black "ຄຳສັ່ງ"; nl
put 1240 840 13 center black "ວ່າດ້ວຍການສັກຢາກັນພະຍາດ ໃຫ້ເດັກນ້ອຍ"; nl
body 1000 "- ອີງຕາມ ຄຳແນະນຳ ເລກທີ ໑໔໒/ສທ, ລົງວັນທີ ໙ ກຸມພາ ໒໐໒໓" \
  "ໃຫ້ທຸກໂຮງໝໍເມືອງ ຈັດຕັ້ງການສັກຢາ ໃຫ້ເດັກນ້ອຍທຸກຄົນ" \
  "ແຕ່ວັນທີ ໑໐ ຫາ ວັນທີ ໒໐ ທັນວາ ໒໐໒໔" \
  "ໃຫ້ນາຍບ້ານ ແຈ້ງໃຫ້ພໍ່ແມ່ ພາລູກມາສັກຢາ ຕາມກຳນົດ"
put 1800 1600 13 center black "ຫົວໜ້າພະແນກ"; nl
facts layout l06 '{ "documentNumber": "067/ພສ", "documentDate": "2024-11-04", "documentType": "ຄຳສັ່ງ", "issuer": "ແຂວງຫຼວງພະບາງ",
  "references": [ { "number": "142/ສທ", "date": "2023-02-09", "type": "ຄຳແນະນຳ" } ] }'
finish layout l06-notosans-150 150 jpg photo

# l07: a form whose labels and values stand apart with no leader or grid between them (Phetsarath OT, 250 dpi);
# added after m08's kind was written into the held-out part, to tune the reading of such rows on.
page 'Phetsarath OT' white
motto
header "ກະຊວງການຕ່າງປະເທດ" "ກົມກົງສູນ" "ເລກທີ ໒໑໐/ຕທ" "ວັນທີ ໙ ກັນຍາ ໒໐໒໔"
put 1240 720 16 center black "ແບບຟອມຂໍໜັງສືຜ່ານແດນ"; nl
y=900
for field in "ຊື່ ແລະ ນາມສະກຸນ:|ນາງ ສຸດາລັດ ອິນທະວົງ" "ວັນເດືອນປີເກີດ:|04/11/1987" "ອາຊີບ:|ຄູສອນ" "ບ່ອນເກີດ:|ເມືອງປາກເຊ, ແຂວງຈຳປາສັກ" \
             "ເບີໂທລະສັບ:|020 2233 4455"; do
  put 200 "$y" 13 left black "${field%%|*}"; put 1150 "$y" 13 left black "${field#*|}"; nl
  y=$((y + 130))
done
facts layout l07 '{ "documentNumber": "210/ຕທ", "documentDate": "2024-09-09", "documentType": null, "issuer": "ກະຊວງການຕ່າງປະເທດ", "references": [] }'
finish layout l07-phetsarath-250 250 jpg jpeg

## Tuning part, second set: m01–m06 -------------------------------------------------------------------------------
# Written as a held-out part, then studied while fixing header identity (m01, m05): tuning since, like l01–l06.

# m01: side-by-side header, Noto Serif Lao.
page 'Noto Serif Lao' white
motto
header "ກະຊວງແຮງງານ ແລະ ສະຫວັດດີການສັງຄົມ" "ກົມພັດທະນາສີມືແຮງງານ" "ເລກທີ ໕໕໖/ຮສ" "ນະຄອນຫຼວງວຽງຈັນ, ວັນທີ ໗ ພຶດສະພາ ໒໐໒໕"
put 1240 720 16 center black "ຂໍ້ຕົກລົງ"; nl
put 1240 840 13 center black "ວ່າດ້ວຍການຝຶກອົບຮົມວິຊາຊີບ ໃຫ້ຊາວໜຸ່ມ"; nl
body 1000 "- ອີງຕາມ ກົດໝາຍ ເລກທີ ໔໓/ສພຊ, ລົງວັນທີ ໒໔ ທັນວາ ໒໐໑໓" \
  "ມາດຕາ ໑ ຈັດຕັ້ງຫຼັກສູດຝຶກອົບຮົມ ສາມເດືອນ ໃນທຸກແຂວງ" \
  "ມາດຕາ ໒ ຜູ້ເຂົ້າຮ່ວມ ຕ້ອງມີອາຍຸແຕ່ ໑໘ ປີ ຂຶ້ນໄປ" \
  "ມາດຕາ ໓ ຂໍ້ຕົກລົງສະບັບນີ້ ມີຜົນສັກສິດ ນັບແຕ່ວັນລົງລາຍເຊັນ"
put 1800 1600 13 center black "ລັດຖະມົນຕີ"; nl
facts layout m01 '{ "documentNumber": "556/ຮສ", "documentDate": "2025-05-07", "documentType": "ຂໍ້ຕົກລົງ", "issuer": "ກະຊວງແຮງງານ ແລະ ສະຫວັດດີການສັງຄົມ",
  "references": [ { "number": "43/ສພຊ", "date": "2013-12-24", "type": "ກົດໝາຍ" } ] }'
finish layout m01-notoserif-240 240 png skew

# m02: a form with typed full-stop leaders and checkboxes, Noto Looped Lao.
page 'Noto Looped Lao' white
motto
header "ກະຊວງປ້ອງກັນຄວາມສະຫງົບ" "ກົມຕຳຫຼວດຄຸ້ມຄອງພົນລະເມືອງ" "ເລກທີ ໐໓໙/ປກສ" "ວັນທີ ໒໒ ມັງກອນ ໒໐໒໕"
put 1240 720 16 center black "ແບບຟອມແຈ້ງຍ້າຍທີ່ຢູ່"; nl
y=900
for field in "ຊື່ຜູ້ແຈ້ງ:|ນາງ ມະນີວັນ ສີສຸວັນ" "ວັນເດືອນປີເກີດ:|12/03/1990" "ທີ່ຢູ່ເກົ່າ:|ບ້ານຊຽງດາ, ເມືອງໄຊທານີ" \
             "ທີ່ຢູ່ໃໝ່:|ບ້ານດົງໂດກ, ເມືອງໄຊທານີ" "ເລກບັດປະຈຳຕົວ:|ID 0452 1187"; do
  put 200 "$y" 13 left black "${field%%|*}"
  lx=$((200 + PUT_W + 10))
  leader typed "$lx" 1060 $((y + 78))
  put 1080 "$y" 13 left black "${field#*|}"; nl
  y=$((y + 135))
done
put 200 "$y" 13 left black "ເຫດຜົນ:"
checkbox 600 $((y + 24)) no; put 670 "$y" 13 left black "ວຽກງານ"
checkbox 1050 $((y + 24)) yes; put 1120 "$y" 13 left black "ຄອບຄົວ"
checkbox 1500 $((y + 24)) no; put 1570 "$y" 13 left black "ອື່ນໆ"; nl
facts layout m02 '{ "documentNumber": "039/ປກສ", "documentDate": "2025-01-22", "documentType": null, "issuer": "ກະຊວງປ້ອງກັນຄວາມສະຫງົບ", "references": [] }'
finish layout m02-notolooped-240 240 jpg noise tilt

# m03: a table of fees with a grid and English labels, Noto Serif Lao at 180 dpi.
page 'Noto Serif Lao' white
motto
header "ກະຊວງອຸດສາຫະກຳ ແລະ ການຄ້າ" "ກົມທະບຽນວິສາຫະກິດ" "ເລກທີ ໑໐໔/ອຄ" "ວັນທີ ໓ ມີນາ ໒໐໒໕"
put 1240 720 16 center black "ຕາຕະລາງຄ່າທຳນຽມ"; nl
grid 180 900 125 5 400 1500 2300
put 290 925 12 center white "No."; put 950 925 12 center white "ປະເພດ Service"; put 1900 925 12 center white "Fee (kip)"; nl
y=1050
for row in "1|ຈົດທະບຽນວິສາຫະກິດໃໝ່|500.000" "2|ປ່ຽນແປງຊື່ວິສາຫະກິດ|200.000" "3|ສຳເນົາໃບທະບຽນ|50.000" "4|ຍົກເລີກທະບຽນ|100.000"; do
  IFS='|' read -r n item fee <<< "$row"
  put 290 "$y" 12 center black "$n"; put 440 "$y" 12 left black "$item"; put 2260 "$y" 12 right black "$fee"; nl
  y=$((y + 125))
done
put 1800 1700 13 center black "ຫົວໜ້າກົມ"; nl
facts layout m03 '{ "documentNumber": "104/ອຄ", "documentDate": "2025-03-03", "documentType": null, "issuer": "ກະຊວງອຸດສາຫະກຳ ແລະ ການຄ້າ", "references": [] }'
finish layout m03-notoserif-180 180 png blur

# m04: yellow paper, a blue stamp and a red signature, Noto Looped Lao, JPEG.
page 'Noto Looped Lao' '#f6efbf'
motto
header "ແຂວງສະຫວັນນະເຂດ" "ພະແນກກະສິກຳ ແລະ ປ່າໄມ້" "ເລກທີ ໒໔໐/ກປ" "ໄກສອນ ພົມວິຫານ, ວັນທີ ໑໖ ເມສາ ໒໐໒໕"
put 1240 720 16 center black "ຄຳສັ່ງ"; nl
put 1240 840 13 center black "ກ່ຽວກັບການປ້ອງກັນໄຟໄໝ້ປ່າ"; nl
body 1000 "- ອີງຕາມ ດຳລັດ ເລກທີ ໒໔໗/ນຍ, ລົງວັນທີ ໑໐ ສິງຫາ ໒໐໑໘" \
  "ໃຫ້ທຸກເມືອງ ຫ້າມການຈູດປ່າ ໃນລະດູແລ້ງ ຢ່າງເດັດຂາດ" \
  "ໃຫ້ຈັດຕັ້ງໜ່ວຍເຝົ້າລະວັງ ປະຈຳບ້ານ ທີ່ຢູ່ໃກ້ປ່າສະຫງວນ" \
  "ຜູ້ລະເມີດ ຈະຖືກປະຕິບັດຕາມກົດໝາຍ"
put 1800 1600 13 center black "ຫົວໜ້າພະແນກ"; nl
put 1800 1900 13 center black "ທ່ານ ບຸນມີ ສີລາວົງ"; nl
stamp 1720 1700 '#2540b8' "ພະແນກ"
signature 1500 1880 '#c02030'
stamp 700 1300 '#2a48c0' "ແຂວງ"
facts layout m04 '{ "documentNumber": "240/ກປ", "documentDate": "2025-04-16", "documentType": "ຄຳສັ່ງ", "issuer": "ແຂວງສະຫວັນນະເຂດ",
  "references": [ { "number": "247/ນຍ", "date": "2018-08-10", "type": "ດຳລັດ" } ] }'
finish layout m04-notolooped-240 240 jpg colour jpeg

# m05: a watermark (a different word, darker, the other way) under a notice in Noto Serif Lao.
page 'Noto Serif Lao' white
watermark "ສະບັບຈິງ" '#d0d0d0' 28
motto
put 1240 430 13 center black "ກະຊວງຖະແຫຼງຂ່າວ, ວັດທະນະທຳ ແລະ ທ່ອງທ່ຽວ"; nl
put 1240 540 13 center black "ເລກທີ ໐໗໓/ຖວທ, ວັນທີ ໒໐ ມິຖຸນາ ໒໐໒໕"; nl
put 1240 700 16 center black "ແຈ້ງການ"; nl
body 880 "ກ່ຽວກັບການຈັດງານບຸນປະເພນີ ໃນທົ່ວປະເທດ" \
  "- ອີງຕາມ ດຳລັດ ເລກທີ ໑໘໕/ນຍ, ລົງວັນທີ ໒ ກໍລະກົດ ໒໐໑໙" \
  "ໃຫ້ທຸກແຂວງ ຈັດງານບຸນ ດ້ວຍຄວາມປະຢັດ ແລະ ປອດໄພ" \
  "ຫ້າມຂາຍເຄື່ອງດື່ມທີ່ມີທາດເຫຼົ້າ ໃຫ້ເດັກນ້ອຍ" \
  "ໃຫ້ລາຍງານຜົນການຈັດງານ ພາຍໃນວັນທີ ໓໑ ສິງຫາ ໒໐໒໕"
put 1800 1600 13 center black "ລັດຖະມົນຕີ"; nl
facts layout m05 '{ "documentNumber": "073/ຖວທ", "documentDate": "2025-06-20", "documentType": "ແຈ້ງການ", "issuer": "ກະຊວງຖະແຫຼງຂ່າວ, ວັດທະນະທຳ ແລະ ທ່ອງທ່ຽວ",
  "references": [ { "number": "185/ນຍ", "date": "2019-07-02", "type": "ດຳລັດ" } ] }'
finish layout m05-notoserif-240 240 jpg noise

# m06: a phone photo (another angle, the shadow the other way, about 120 dpi), Noto Looped Lao.
page 'Noto Looped Lao' '#f2f0ec'
motto
header "ກະຊວງຊັບພະຍາກອນທຳມະຊາດ ແລະ ສິ່ງແວດລ້ອມ" "ກົມຄຸ້ມຄອງນ້ຳ" "ເລກທີ ໓໓໘/ຊສ" "ວັນທີ ໑໑ ກັນຍາ ໒໐໒໕"
put 1240 720 16 center black "ແຈ້ງການ"; nl
put 1240 840 13 center black "ກ່ຽວກັບການປົກປັກຮັກສາແຫຼ່ງນ້ຳ"; nl
body 1000 "- ອີງຕາມ ກົດໝາຍ ເລກທີ ໒໓/ສພຊ, ລົງວັນທີ ໑໑ ພະຈິກ ໒໐໑໗" \
  "ໃຫ້ທຸກໂຮງງານ ບຳບັດນ້ຳເປື້ອນ ກ່ອນປ່ອຍລົງແມ່ນ້ຳ" \
  "ໃຫ້ພະແນກແຂວງ ກວດກາຄຸນນະພາບນ້ຳ ທຸກສາມເດືອນ" \
  "ແລະ ລາຍງານໃຫ້ກົມ ພາຍໃນວັນທີ ໓໐ ທັນວາ ໒໐໒໕"
put 1800 1600 13 center black "ຫົວໜ້າກົມ"; nl
facts layout m06 '{ "documentNumber": "338/ຊສ", "documentDate": "2025-09-11", "documentType": "ແຈ້ງການ", "issuer": "ກະຊວງຊັບພະຍາກອນທຳມະຊາດ ແລະ ສິ່ງແວດລ້ອມ",
  "references": [ { "number": "23/ສພຊ", "date": "2017-11-11", "type": "ກົດໝາຍ" } ] }'
finish layout m06-notolooped-120 120 jpg photo2

## Held-out part: m07–m12 ------------------------------------------------------------------------------------------
# Other texts, issuers, numbers and dates; Noto Serif Lao and Noto Looped Lao at resolutions, paper colours, leader
# and tick styles and damage no other layout page uses. Nothing is tuned on these.

# m07: side-by-side header, Noto Looped Lao at 220 dpi, bilevel like a fax or a cheap office scanner.
page 'Noto Looped Lao' white
motto
header "ກະຊວງສາທາລະນະສຸກ" "ກົມຄວບຄຸມພະຍາດຕິດຕໍ່" "ເລກທີ ໔໑໗/ສທ" "ນະຄອນຫຼວງວຽງຈັນ, ວັນທີ ໒໙ ຕຸລາ ໒໐໒໕" 450
put 1240 740 16 center black "ຄຳແນະນຳ"; nl
put 1240 860 13 center black "ກ່ຽວກັບການປ້ອງກັນພະຍາດໄຂ້ຍຸງລາຍ ໃນລະດູຝົນ"; nl
body 1020 "- ອີງຕາມ ກົດໝາຍ ເລກທີ ໕໘/ສພຊ, ລົງວັນທີ ໑໕ ພະຈິກ ໒໐໑໔" \
  "ໃຫ້ໂຮງໝໍແຂວງ ແລະ ເມືອງ ກະກຽມຢາ ແລະ ອຸປະກອນກວດເລືອດ ໃຫ້ພຽງພໍ" \
  "ໃຫ້ອາສາສະໝັກບ້ານ ທຳລາຍແຫຼ່ງເພາະພັນຍຸງ ທຸກອາທິດ" \
  "ໃຫ້ລາຍງານຈຳນວນຜູ້ເຈັບ ຕໍ່ກົມ ທຸກວັນສຸກ"
put 1800 1620 13 center black "ຫົວໜ້າກົມ"; nl
facts heldout/layout m07 '{ "documentNumber": "417/ສທ", "documentDate": "2025-10-29", "documentType": "ຄຳແນະນຳ", "issuer": "ກະຊວງສາທາລະນະສຸກ",
  "references": [ { "number": "58/ສພຊ", "date": "2014-11-15", "type": "ກົດໝາຍ" } ] }'
finish heldout/layout m07-notolooped-220 220 png fax

# m08: a form with underlined fields and X-ticked checkboxes, two fields without any leader, Noto Serif Lao, 260 dpi.
page 'Noto Serif Lao' white
motto
header "ກະຊວງແຜນການ ແລະ ການລົງທຶນ" "ກົມສົ່ງເສີມການລົງທຶນ" "ເລກທີ: ໐໗໗/ຜທ" "ວັນທີ ໓ ກຸມພາ ໒໐໒໖"
put 1240 720 16 center black "ແບບຟອມຂໍອະນຸຍາດລົງທຶນ"; nl
y=900
for field in "ຊື່ບໍລິສັດ:|ບໍລິສັດ ດາວເຮືອງ ຈຳກັດ" "ທຶນຈົດທະບຽນ:|2.500.000.000 ກີບ" "ສະຖານທີ່ຕັ້ງ:|ບ້ານທົ່ງກາງ, ເມືອງສີໂຄດຕະບອງ" \
             "ອີເມວ:|info@daoheuang.la"; do
  put 200 "$y" 13 left black "${field%%|*}"
  put 900 "$y" 13 left black "${field#*|}"; nl
  leader rule 880 2280 $((y + 92))
  y=$((y + 140))
done
put 200 "$y" 13 left black "ປະເພດ:"
checkbox 560 $((y + 24)) no; put 630 "$y" 13 left black "ທົ່ວໄປ"
checkbox 1000 $((y + 24)) x; put 1070 "$y" 13 left black "ສຳປະທານ"
checkbox 1500 $((y + 24)) no; put 1570 "$y" 13 left black "ເຂດເສດຖະກິດພິເສດ"; nl
y=$((y + 160))
for field in "ຜູ້ຕາງໜ້າ:|ທ່ານ ວິໄລພອນ ແສງທອງ" "ສັນຊາດ:|ລາວ"; do
  put 200 "$y" 13 left black "${field%%|*}"; put 1300 "$y" 13 left black "${field#*|}"; nl
  y=$((y + 130))
done
facts heldout/layout m08 '{ "documentNumber": "077/ຜທ", "documentDate": "2026-02-03", "documentType": null, "issuer": "ກະຊວງແຜນການ ແລະ ການລົງທຶນ", "references": [] }'
finish heldout/layout m08-notoserif-260 260 png speckle

# m09: a rate table, black header cells, striped rows, English labels, Noto Looped Lao at 160 dpi, turned, JPEG 45.
page 'Noto Looped Lao' white
motto
header "ກະຊວງພະລັງງານ ແລະ ບໍ່ແຮ່" "ກົມໄຟຟ້າ" "ເລກທີ ໒໐໓/ພບ" "ວັນທີ ໒໕ ທັນວາ ໒໐໒໕"
put 1240 720 16 center black "ຕາຕະລາງອັດຕາຄ່າໄຟຟ້າ"; nl
GRID_DARK='gray(6%)' GRID_STRIPE='gray(88%)'
grid 180 900 125 5 380 1250 1780 2300
unset GRID_DARK GRID_STRIPE
put 280 925 12 center white "No."; put 815 925 12 center white "ຜູ້ໃຊ້ User"
put 1515 925 12 center white "Unit (kWh)"; put 2040 925 12 center white "Rate (kip)"; nl
y=1050
for row in "1|ເຮືອນຢູ່ອາໄສ|0-25|355" "2|ທຸລະກິດຂະໜາດນ້ອຍ|26-150|820" "3|ໂຮງງານອຸດສາຫະກຳ|151-400|1.050" "4|ໂຮງແຮມ ແລະ ຮ້ານອາຫານ|401+|1.210"; do
  IFS='|' read -r n item unit rate <<< "$row"
  put 280 "$y" 12 center black "$n"; put 420 "$y" 12 left black "$item"
  put 1515 "$y" 12 center black "$unit"; put 2260 "$y" 12 right black "$rate"; nl
  y=$((y + 125))
done
put 1800 1720 13 center black "ຫົວໜ້າກົມ"; nl
facts heldout/layout m09 '{ "documentNumber": "203/ພບ", "documentDate": "2025-12-25", "documentType": null, "issuer": "ກະຊວງພະລັງງານ ແລະ ບໍ່ແຮ່", "references": [] }'
finish heldout/layout m09-notolooped-160 160 jpg skew2 jpeg2

# m10: pale green paper, a red and a blue stamp and a dark blue signature, Noto Serif Lao at 220 dpi, JPEG 45.
page 'Noto Serif Lao' '#dcefd6'
motto
header "ແຂວງຈຳປາສັກ" "ພະແນກການເງິນ" "ເລກທີ ໑໕໙/ຈປສ" "ປາກເຊ, ວັນທີ ໘ ມັງກອນ ໒໐໒໖"
put 1240 720 16 center black "ແຈ້ງການ"; nl
put 1240 840 13 center black "ກ່ຽວກັບການເກັບອາກອນທີ່ດິນ ປະຈຳປີ"; nl
body 1000 "- ອີງຕາມ ກົດໝາຍ ເລກທີ ໖໖/ສພຊ, ລົງວັນທີ ໑໙ ມິຖຸນາ ໒໐໑໙" \
  "ໃຫ້ເຈົ້າຂອງທີ່ດິນ ມາຈ່າຍອາກອນ ຢູ່ຫ້ອງການການເງິນເມືອງ" \
  "ກ່ອນວັນທີ ໓໑ ມີນາ ໒໐໒໖ ຜູ້ຈ່າຍຊ້າ ຈະຖືກປັບໃໝ" \
  "ໃຫ້ນາຍບ້ານ ແຈ້ງຂ່າວນີ້ ໃຫ້ປະຊາຊົນ ຊາບທົ່ວກັນ"
put 1800 1600 13 center black "ຫົວໜ້າພະແນກ"; nl
put 1800 1900 13 center black "ທ່ານ ສຸລິຍາ ພົມມະຈັນ"; nl
stamp 1700 1720 '#c4161c' "ພະແນກ"
signature 1520 1870 '#26307a'
stamp 600 1200 '#1c3fa8' "ແຂວງ"
facts heldout/layout m10 '{ "documentNumber": "159/ຈປສ", "documentDate": "2026-01-08", "documentType": "ແຈ້ງການ", "issuer": "ແຂວງຈຳປາສັກ",
  "references": [ { "number": "66/ສພຊ", "date": "2019-06-19", "type": "ກົດໝາຍ" } ] }'
finish heldout/layout m10-notoserif-220 220 jpg colour jpeg2

# m11: security paper (a word tiled over the page and a ring emblem) with the back page showing through, Noto
# Looped Lao at 260 dpi.
page 'Noto Looped Lao' white
pattern "ກະຊວງຍຸຕິທຳ" '#dedee8' 30
motto
put 1240 430 13 center black "ກະຊວງຍຸຕິທຳ"; nl
put 1240 540 13 center black "ເລກທີ ໓໘໔/ຍທ, ວັນທີ ໑໔ ກຸມພາ ໒໐໒໖"; nl
put 1240 700 16 center black "ແຈ້ງການ"; nl
body 880 "ກ່ຽວກັບການແຈ້ງເກີດ ແລະ ການແຈ້ງຕາຍ ຢູ່ຂັ້ນບ້ານ" \
  "- ອີງຕາມ ດຳລັດ ເລກທີ ໒໑໖/ນຍ, ລົງວັນທີ ໓ ພຶດສະພາ ໒໐໒໑" \
  "ໃຫ້ນາຍບ້ານ ບັນທຶກການເກີດ ແລະ ການຕາຍ ພາຍໃນສາມສິບວັນ" \
  "ໃຫ້ຫ້ອງການຍຸຕິທຳເມືອງ ກວດກາປຶ້ມບັນທຶກ ທຸກໄຕມາດ" \
  "ແຈ້ງການສະບັບນີ້ ມີຜົນສັກສິດ ນັບແຕ່ວັນທີ ໑ ມີນາ ໒໐໒໖"
put 1800 1700 13 center black "ລັດຖະມົນຕີ"; nl
facts heldout/layout m11 '{ "documentNumber": "384/ຍທ", "documentDate": "2026-02-14", "documentType": "ແຈ້ງການ", "issuer": "ກະຊວງຍຸຕິທຳ",
  "references": [ { "number": "216/ນຍ", "date": "2021-05-03", "type": "ດຳລັດ" } ] }'
finish heldout/layout m11-notolooped-260 260 jpg bleed

# m12: a phone photo (turned 3°, other perspective, light from the right, warm cast, about 110 dpi), Noto Serif Lao.
page 'Noto Serif Lao' '#efe9dc'
motto
header "ແຂວງອຸດົມໄຊ" "ພະແນກໂຍທາທິການ ແລະ ຂົນສົ່ງ" "ເລກທີ ໐໕໒/ອມ" "ໄຊ, ວັນທີ ໒໗ ມີນາ ໒໐໒໖"
put 1240 720 16 center black "ຄຳສັ່ງ"; nl
put 1240 840 13 center black "ກ່ຽວກັບການສ້ອມແປງຂົວ ແລະ ທາງ ໃນລະດູຝົນ"; nl
body 1000 "- ອີງຕາມ ດຳລັດ ເລກທີ ໓໕໒/ນຍ, ລົງວັນທີ ໕ ກັນຍາ ໒໐໒໒" \
  "ໃຫ້ຫ້ອງການໂຍທາທິການເມືອງ ກວດກາຂົວທຸກແຫ່ງ ກ່ອນລະດູຝົນ" \
  "ຂົວທີ່ເປ່ເພ ໃຫ້ປິດທາງ ແລະ ຕິດປ້າຍເຕືອນ ທັນທີ" \
  "ໃຫ້ລາຍງານຄວາມເສຍຫາຍ ພາຍໃນສາມວັນ"
put 1800 1600 13 center black "ຫົວໜ້າພະແນກ"; nl
facts heldout/layout m12 '{ "documentNumber": "052/ອມ", "documentDate": "2026-03-27", "documentType": "ຄຳສັ່ງ", "issuer": "ແຂວງອຸດົມໄຊ",
  "references": [ { "number": "352/ນຍ", "date": "2022-09-05", "type": "ດຳລັດ" } ] }'
finish heldout/layout m12-notoserif-110 110 jpg photo3

echo "layout corpus: $(ls "$HERE/layout/scans" | wc -l) tuning scans, $(ls "$HERE/heldout/layout/scans" | wc -l) held-out, $(du -shc "$HERE/layout/scans" "$HERE/heldout/layout/scans" | tail -1 | cut -f1)"
