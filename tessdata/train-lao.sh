#!/usr/bin/env bash
# Builds tessdata/docpipeline-lao.traineddata from nothing but Debian's packages: the stock `lao` model fine-tuned so
# that its character set has the Lao digits ໐–໙, ໜ, ໝ, ຳ and the Latin letters, digits and punctuation of reference
# numbers and names (stage 1), then trained on damaged reference-number lines (stage 2). Resumable: every step skips
# what is already made, and training continues from its checkpoint.
#
#   tessdata/train-lao.sh [ITERATIONS [STAGE2_ITERATIONS]]   (defaults 6000 and 6000; WORK=folder for the intermediate
#                                                             files, default .train/)
#   STAGE1_MODEL=FILE tessdata/train-lao.sh …                 stage 2 only, continuing from a stage-1 model made before
#                                                             (e.g. `git show 39c7954:tessdata/docpipeline-lao.traineddata`)
# To stop a stage early, end its lstmtraining process: the script goes on from the last checkpoint (written every
# 100 iterations), and the summary says how many iterations were made.
#
# Stage 1: training text (tools/DocPipeline.ModelTools, seeded) → pages rendered by text2image in the training fonts →
# .lstmf line samples → a character set (stock ∪ text) and a starter model with the modern-spelling word list →
# the stock model's 8-bit weights turned back into reals (docpipeline-modeltools to-float) → lstmtraining
# --continue_from with --old_traineddata (remaps the output layer) → an integer model, like the stock one.
# Stage 2: the stage-1 model's weights as reals again → lines dense in reference numbers, dates and ໖໗໘, with a share
# of ordinary lines, rendered clean and then damaged as corpus/make-corpus.sh damages its tuning scans (blur, noise,
# low contrast, uneven light, dust, 150 and 200 dpi), by operations that move no pixel, so text2image's boxes still
# hold → lstmtraining --continue_from (same character set) → the integer model in tessdata/.
#
# Held out from everything here (corpus/heldout/ measures on them): the fonts Noto Serif Lao and Noto Looped Lao, the
# texts of corpus/, and the resolutions and damage of corpus/make-heldout.sh (no motion blur, threshold photocopy,
# impulse noise or grey paper; no 180, 220, 240, 260 or 400 dpi).
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(dirname "$HERE")"
ITERATIONS=${1:-6000}
STAGE2_ITERATIONS=${2:-6000}
WORK=${WORK:-$ROOT/.train}
STOCK=/usr/share/tesseract-ocr/5/tessdata/lao.traineddata
LEXICON=/usr/share/hunspell/lo_LA.dic
LANG_NAME=docpipeline-lao
LINES_PER_FONT=${LINES_PER_FONT:-1600}
STAGE2_LINES_PER_FONT=${STAGE2_LINES_PER_FONT:-400}

NEEDED=(tesseract-ocr tesseract-ocr-lao tesseract-ocr-eng hunspell-lo fonts-lao fonts-noto-core fonts-noto-ui-core fonts-dejavu-core fonts-dejavu-extra imagemagick)
source "$ROOT/tools/debian-packages.sh"
ensure_debian_packages "${NEEDED[@]}"
export OMP_THREAD_LIMIT=1
mkdir -p "$WORK"/{text,pages,starter,ckpt,stage2/text,stage2/render,stage2/pages,stage2/ckpt}
cd "$WORK"   # text2image leaves a fonts.conf in the working folder
log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" | tee -a "$WORK/train.log" >&2; }

# Training fonts: with Latin glyphs (mixed lines) and without (Lao-only lines; text2image drops what a font lacks).
LATIN_FONTS=('Phetsarath OT' 'DejaVu Sans' 'DejaVu Sans Bold' 'DejaVu Sans Semi-Condensed')
LAO_FONTS=('Noto Sans Lao' 'Noto Sans Lao Bold' 'Noto Sans Lao UI' 'Noto Sans Lao UI Bold')

dotnet build "$ROOT/tools/DocPipeline.ModelTools" -c Release -nologo -v quiet -clp:ErrorsOnly >&2
TOOLS="$ROOT/tools/DocPipeline.ModelTools/bin/Release/net10.0/docpipeline-modeltools"

# ---- Stage 1: the stock model taught the larger character set on clean lines.
stage1() {
  # 1. Text, one file per font (each its own seed), and the word list in modern spelling.
  seed=1
  for font in "${LATIN_FONTS[@]}" "${LAO_FONTS[@]}"; do
    tag=${font// /_}
    kind=lao; for f in "${LATIN_FONTS[@]}"; do [[ $f == "$font" ]] && kind=latin; done
    [[ -s text/$tag.txt ]] || "$TOOLS" training-text "$LEXICON" "$seed" "$LINES_PER_FONT" "$kind" > "text/$tag.txt"
    seed=$((seed + 1))
  done
  [[ -s text/words.txt ]] || "$TOOLS" lexicon "$LEXICON" > text/words.txt

  # 2. Pages: text2image lays each font's text out on strips of a few lines, with its own degradation (blur, noise,
  #    rotation jitter) and three exposures; then tesseract cuts them into .lstmf line samples.
  for font in "${LATIN_FONTS[@]}" "${LAO_FONTS[@]}"; do
    tag=${font// /_}
    for exposure in -1 0 1; do
      base=pages/$tag.exp$exposure
      [[ -s $base.lstmf ]] && continue
      log "rendering $font, exposure $exposure"
      text2image --text "text/$tag.txt" --outputbase "$base" --font "$font" --fonts_dir /usr/share/fonts \
        --resolution 300 --ptsize $((10 + (exposure + 1) * 2)) --exposure "$exposure" --xsize 3600 --ysize 480 \
        --margin 50 --char_spacing 0 --leading 32 --max_pages 0 >/dev/null 2>>"$WORK/text2image.log"
      tesseract "$base.tif" "$base" --psm 6 lstm.train >/dev/null 2>>"$WORK/tesseract.log"
    done
  done
  ls "$WORK"/pages/*.lstmf > all.list
  # One sample file in eight is kept aside to evaluate during training (the held-out corpus is measured apart).
  awk 'NR % 8 == 0' all.list > eval.list
  awk 'NR % 8 != 0' all.list > train.list

  # 3. Character set and starter model: the stock set plus every character of the text, the word and punctuation lists.
  if [[ ! -s starter/$LANG_NAME/$LANG_NAME.traineddata ]]; then
    log "building the character set and the starter model"
    mkdir -p stock && combine_tessdata -u "$STOCK" stock/lao. >/dev/null
    unicharset_extractor --output_unicharset text.unicharset --norm_mode 3 text/*.txt >/dev/null
    merge_unicharsets stock/lao.lstm-unicharset text.unicharset starter.unicharset >/dev/null
    dawg2wordlist stock/lao.lstm-unicharset stock/lao.lstm-punc-dawg puncs.txt >/dev/null 2>&1
    printf '' > numbers.txt
    # The recoder reads a radical table (used for Han only); a comment stands in for langdata's file.
    mkdir -p script && printf '# no Han characters in this model\n' > script/radical-stroke.txt
    combine_lang_model --input_unicharset starter.unicharset --script_dir script --words text/words.txt \
      --puncs puncs.txt --numbers numbers.txt --output_dir starter --lang "$LANG_NAME" >/dev/null 2>>"$WORK/train.log"
  fi

  # 4. The stock model's weights as reals.
  [[ -s stock/lao-float.lstm ]] || "$TOOLS" to-float stock/lao.lstm stock/lao-float.lstm

  # 5. Fine-tuning, continued from the last checkpoint when there is one.
  log "training to $ITERATIONS iterations"
  lstmtraining --continue_from stock/lao-float.lstm --old_traineddata "$STOCK" \
    --traineddata "starter/$LANG_NAME/$LANG_NAME.traineddata" --model_output "ckpt/$LANG_NAME" \
    --train_listfile train.list --eval_listfile eval.list --max_iterations "$ITERATIONS" \
    --target_error_rate 0.005 2>&1 | tee -a "$WORK/lstmtraining.log" | grep -E 'At iteration|Finished|best|error' >&2 || true

  # 6. The stage-1 model: integer weights (the stock model's speed), the starter's word list and character set.
  lstmtraining --stop_training --convert_to_int --continue_from "ckpt/${LANG_NAME}_checkpoint" \
    --traineddata "starter/$LANG_NAME/$LANG_NAME.traineddata" --model_output stage1.traineddata >/dev/null 2>&1
  log "wrote stage 1, $WORK/stage1.traineddata"


  # 7. A summary of stage 1: what it was trained on and how the training error fell.
  {
    echo "## Stage 1: the character set (written by tessdata/train-lao.sh)"
    echo
    echo "- base: Debian's \`lao\` ($(combine_tessdata -d "$STOCK" 2>&1 | grep -o 'Version:.*' | head -1)), 8-bit weights turned back into reals"
    echo "- character set: $(head -1 "starter/$LANG_NAME/$LANG_NAME.unicharset") entries (stock: $(head -1 stock/lao.lstm-unicharset))"
    echo "- fonts: ${LATIN_FONTS[*]} (mixed Lao/Latin lines); ${LAO_FONTS[*]} (Lao-only lines)"
    echo "- samples: $(wc -l < train.list) training pages of lines, $(wc -l < eval.list) kept aside; $LINES_PER_FONT lines per font and exposure"
    echo "- iterations: $ITERATIONS asked"
    echo
    echo "BCER/BWER: character/word error on the training samples (moving average), as lstmtraining prints them:"
    echo
    echo '```'
    grep -E '^At iteration' "$WORK/lstmtraining.log" | awk 'NR % 20 == 1' | sed -E 's/, (Mean rms|delta|skip ratio)=[^,]*//g; s/,? +New .*//'
    grep -E 'Eval Char error rate|Finished' "$WORK/lstmtraining.log" | tail -5
    echo '```'
  } > stage1.training.md
}

# Stage 1 is made here unless a stage-1 model is given (STAGE1_SUMMARY=FILE: the summary of the run that made it).
if [[ ! -s stage1.traineddata ]]; then
  if [[ -n ${STAGE1_MODEL:-} ]]; then
    cp "$STAGE1_MODEL" stage1.traineddata
    if [[ -n ${STAGE1_SUMMARY:-} ]]; then cp "$STAGE1_SUMMARY" stage1.training.md; fi
  else
    stage1
  fi
fi

# ---- Stage 2: damaged lines, dense in reference numbers, continued from stage 1 (same character set).
# 8. Text: one file per font, seeded apart from stage 1's.
seed=101
for font in "${LATIN_FONTS[@]}" "${LAO_FONTS[@]}"; do
  tag=${font// /_}
  kind=lao; for f in "${LATIN_FONTS[@]}"; do [[ $f == "$font" ]] && kind=latin; done
  [[ -s stage2/text/$tag.txt ]] || "$TOOLS" reference-text "$LEXICON" "$seed" "$STAGE2_LINES_PER_FONT" "$kind" > "stage2/text/$tag.txt"
  seed=$((seed + 1))
done

# 9. Damage, after corpus/make-corpus.sh's tuning scans (its blur 0x1.1, Gaussian noise 0.5, +level 30%,80%, the
#    uneven light, dust specks, 150 and 200 dpi). Every operation keeps each pixel where it was (downsampling comes
#    back up to the same size), so the boxes text2image wrote for the clean strip hold for the damaged one.
DAMAGES=(clean blur noise blur+noise lowcontrast+uneven dust+blur dpi150+noise dpi200+blur)
STRIP=(3600 480)   # text2image's page: a strip of a few lines
# specks SEED: 1–2 pixel dots at seeded places on a strip, the density of make-corpus.sh's dust (9000 on an A4 page).
specks() {
  awk -v w="${STRIP[0]}" -v h="${STRIP[1]}" -v seed="$1" 'BEGIN { srand(seed); n = int(w * h * 9000 / (2480 * 3508));
    for (i = 0; i < n; i++) { x = int(rand() * w); y = int(rand() * h); r = rand() < 0.7 ? 0 : 1;
      printf "rectangle %d,%d %d,%d ", x, y, x + r, y + r; if (i % 300 == 299) printf "\n" } }'
}
# The light falling off across the glass, as make-corpus.sh's uneven (one picture, multiplied into every strip).
[[ -s stage2/uneven.png ]] || convert -size "${STRIP[0]}x${STRIP[1]}" xc: -colorspace Gray \
  -sparse-color Barycentric "0,0 gray(95%) ${STRIP[0]},${STRIP[1]} gray(60%)" stage2/uneven.png
# damage IN.tif OUT.tif KIND+KIND… SEED: every page of a multi-page strip TIFF.
damage() {
  local in=$1 out=$2 kinds=$3 seed=$4 kind ops=(-seed "$4" -colorspace Gray)
  for kind in ${kinds//+/ }; do
    case $kind in
      clean) ;;
      blur) ops+=(-blur 0x1.1) ;;
      noise) ops+=(-attenuate 0.5 +noise Gaussian) ;;
      lowcontrast) ops+=(+level 30%,80%) ;;
      uneven) ops+=(null: stage2/uneven.png -compose Multiply -layers composite -compose Over) ;;
      dust) ops+=(-fill 'gray(10%)' -stroke none)
            while IFS= read -r dots; do ops+=(-draw "$dots"); done < <(specks "$seed") ;;
      dpi150) ops+=(-resize 50% -resize 200%) ;;
      dpi200) ops+=(-resize 66.6667% -resize 150%) ;;
      *) echo "unknown damage $kind" >&2; exit 2 ;;
    esac
  done
  convert "$in" "${ops[@]}" -depth 8 -units PixelsPerInch -density 300 -compress lzw "$out"
}

# 10. Render each font's text in pieces of 40 lines (ImageMagick's pixel cache holds a dozen strips, not a hundred;
#     exposure and size vary by font), then one .lstmf per piece and damage, for half the damages.
CHUNK=40
n=0
for font in "${LATIN_FONTS[@]}" "${LAO_FONTS[@]}"; do
  tag=${font// /_}
  exposure=$(( n % 3 - 1 )) ptsize=$(( 10 + n % 3 * 2 ))
  # The Noto Lao fonts have no slash, colon or full stop: text2image would drop every word holding one (stage 1's
  # references among them). Kept, the word is drawn without what the font lacks, and its boxes say so.
  strip=; for f in "${LAO_FONTS[@]}"; do [[ $f == "$font" ]] && strip=--strip_unrenderable_words=false; done
  lines=$(wc -l < "stage2/text/$tag.txt")
  for ((c = 0; c * CHUNK < lines; c++)); do
    piece=$tag.$c render=stage2/render/$tag.$c
    if [[ ! -s $render.box ]]; then
      ((c % 4 == 0)) && log "stage 2: rendering $font, lines $((c * CHUNK + 1))–"
      sed -n "$((c * CHUNK + 1)),$(((c + 1) * CHUNK))p" "stage2/text/$tag.txt" > "stage2/text/$piece.txt"
      text2image --text "stage2/text/$piece.txt" --outputbase "$render" --font "$font" --fonts_dir /usr/share/fonts \
        --resolution 300 --ptsize "$ptsize" --exposure "$exposure" --xsize "${STRIP[0]}" --ysize "${STRIP[1]}" \
        --margin 50 --char_spacing 0 --leading 32 --max_pages 0 $strip >/dev/null 2>>"$WORK/text2image.log"
    fi
    d=0
    for kinds in "${DAMAGES[@]}"; do
      base=stage2/pages/$piece.$kinds
      d=$((d + 1))
      # Every other damage, alternating by piece: more text for the same number of samples.
      (( (d + c) % 2 == 0 )) || continue
      [[ -s $base.lstmf ]] && continue
      damage "$render.tif" "$base.tif" "$kinds" $(((n * 100 + c) * 10 + d))
      cp "$render.box" "$base.box"
      tesseract "$base.tif" "$base" --psm 6 lstm.train >/dev/null 2>>"$WORK/tesseract.log"
      rm -f "$base.tif"
    done
  done
  n=$((n + 1))
done
ls "$WORK"/stage2/pages/*.lstmf > stage2/all.list
# One file in eight aside, as in stage 1.
awk 'NR % 8 == 4' stage2/all.list > stage2/eval.list
awk 'NR % 8 != 4' stage2/all.list > stage2/train.list

# 11. The stage-1 model's weights as reals again; its file holds the character set, recoder and word lists.
if [[ ! -s stage2/stage1-float.lstm ]]; then
  combine_tessdata -e stage1.traineddata stage2/stage1.lstm >/dev/null
  "$TOOLS" to-float stage2/stage1.lstm stage2/stage1-float.lstm
fi
# The stage-1 model on the damaged lines set aside: the "before" of stage 2.
[[ -s stage2/before.txt ]] || lstmeval --model stage1.traineddata --eval_listfile stage2/eval.list 2>&1 | tail -2 > stage2/before.txt

# 12. Training, continued from the last checkpoint when there is one.
log "stage 2: training to $STAGE2_ITERATIONS iterations"
start=stage2/stage1-float.lstm
[[ -s stage2/ckpt/${LANG_NAME}_checkpoint ]] && start=stage2/ckpt/${LANG_NAME}_checkpoint
lstmtraining --continue_from "$start" --traineddata stage1.traineddata --model_output "stage2/ckpt/$LANG_NAME" \
  --train_listfile stage2/train.list --eval_listfile stage2/eval.list --max_iterations "$STAGE2_ITERATIONS" \
  --target_error_rate 0.005 2>&1 | tee -a "$WORK/stage2/lstmtraining.log" | grep -E 'At iteration|Finished|best|error' >&2 || true

# 13. The runtime model: integer weights (the stock model's speed), stage 1's word list and character set.
lstmtraining --stop_training --convert_to_int --continue_from "stage2/ckpt/${LANG_NAME}_checkpoint" \
  --traineddata stage1.traineddata --model_output "$HERE/$LANG_NAME.traineddata" >/dev/null 2>&1
log "wrote $HERE/$LANG_NAME.traineddata"
lstmeval --model "$HERE/$LANG_NAME.traineddata" --eval_listfile stage2/eval.list 2>&1 | tail -2 > stage2/after.txt

# 14. The summary beside the model: both stages, what each was trained on and how the error fell.
{
  echo "# $LANG_NAME.traineddata: training summary (written by tessdata/train-lao.sh)"
  echo
  if [[ -s stage1.training.md ]]; then sed -E '1s/^# .*/## Stage 1: the character set/' stage1.training.md; else echo "## Stage 1: given (STAGE1_MODEL)"; fi
  echo
  echo "## Stage 2: damaged reference-number lines, continued from stage 1"
  echo
  echo "- fonts: the same eight; $STAGE2_LINES_PER_FONT lines per font (reference numbers and dates 55%, digit runs heavy in ໖໗໘ 15%, stage 1's kinds 30%), rendered once each"
  echo "- damage (each piece of 40 lines in every other kind, alternating): ${DAMAGES[*]}"
  echo "- samples: $(wc -l < stage2/train.list) training files of lines, $(wc -l < stage2/eval.list) kept aside"
  echo "- iterations: $STAGE2_ITERATIONS asked, $(grep -oE 'At iteration [0-9]+/[0-9]+' stage2/lstmtraining.log | tail -1 | sed 's/At iteration //') made (learning/training)"
  echo "- the files kept aside (other damage of text pieces trained on: a check of damage, not of unseen text), read by lstmeval: stage 1 $(grep -o 'BCER eval=[0-9.]*, BWER eval=[0-9.]*' stage2/before.txt), stage 2 $(grep -o 'BCER eval=[0-9.]*, BWER eval=[0-9.]*' stage2/after.txt)"
  echo
  echo '```'
  grep -E '^At iteration' stage2/lstmtraining.log | awk 'NR % 10 == 1' | sed -E 's/, (Mean rms|delta|skip ratio)=[^,]*//g; s/,? +New .*//'
  grep -E 'Eval Char error rate|Finished' stage2/lstmtraining.log | tail -5
  echo '```'
} > "$HERE/$LANG_NAME.training.md"
