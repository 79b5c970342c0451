#!/usr/bin/env bash
# Builds tessdata/docpipeline-lao.traineddata from nothing but Debian's packages: the stock `lao` model fine-tuned so
# that its character set has the Lao digits ໐–໙, ໜ, ໝ, ຳ and the Latin letters, digits and punctuation of reference
# numbers and names. Resumable: every step skips what is already made, and training continues from its checkpoint.
#
#   tessdata/train-lao.sh [ITERATIONS]     (default 6000; WORK=folder for the intermediate files, default .train/)
#
# Steps: training text (tools/DocPipeline.ModelTools, seeded) → pages rendered by text2image in the training fonts →
# .lstmf line samples → a character set (stock ∪ text) and a starter model with the modern-spelling word list →
# the stock model's 8-bit weights turned back into reals (docpipeline-modeltools to-float) → lstmtraining
# --continue_from with --old_traineddata (remaps the output layer) → an integer model, like the stock one.
#
# Held out from everything here (corpus/heldout/ measures on them): the fonts Noto Serif Lao and Noto Looped Lao, the
# texts of corpus/, and the resolutions and damage of corpus/make-heldout.sh.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(dirname "$HERE")"
ITERATIONS=${1:-6000}
WORK=${WORK:-$ROOT/.train}
STOCK=/usr/share/tesseract-ocr/5/tessdata/lao.traineddata
LEXICON=/usr/share/hunspell/lo_LA.dic
LANG_NAME=docpipeline-lao
LINES_PER_FONT=${LINES_PER_FONT:-1600}

NEEDED=(tesseract-ocr tesseract-ocr-lao tesseract-ocr-eng hunspell-lo fonts-lao fonts-noto-core fonts-noto-ui-core fonts-dejavu-core fonts-dejavu-extra)
source "$ROOT/tools/debian-packages.sh"
ensure_debian_packages "${NEEDED[@]}"
export OMP_THREAD_LIMIT=1
mkdir -p "$WORK"/{text,pages,starter,ckpt}
cd "$WORK"   # text2image leaves a fonts.conf in the working folder
log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" | tee -a "$WORK/train.log" >&2; }

# Training fonts: with Latin glyphs (mixed lines) and without (Lao-only lines; text2image drops what a font lacks).
LATIN_FONTS=('Phetsarath OT' 'DejaVu Sans' 'DejaVu Sans Bold' 'DejaVu Sans Semi-Condensed')
LAO_FONTS=('Noto Sans Lao' 'Noto Sans Lao Bold' 'Noto Sans Lao UI' 'Noto Sans Lao UI Bold')

dotnet build "$ROOT/tools/DocPipeline.ModelTools" -c Release -nologo -v quiet -clp:ErrorsOnly >&2
TOOLS="$ROOT/tools/DocPipeline.ModelTools/bin/Release/net10.0/docpipeline-modeltools"

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

# 6. The runtime model: integer weights (the stock model's speed), the starter's word list and character set.
lstmtraining --stop_training --convert_to_int --continue_from "ckpt/${LANG_NAME}_checkpoint" \
  --traineddata "starter/$LANG_NAME/$LANG_NAME.traineddata" --model_output "$HERE/$LANG_NAME.traineddata" >/dev/null 2>&1
log "wrote $HERE/$LANG_NAME.traineddata"

# 7. A summary of the run beside the model: what it was trained on and how the training error fell.
{
  echo "# $LANG_NAME.traineddata: training summary (written by tessdata/train-lao.sh)"
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
} > "$HERE/$LANG_NAME.training.md"
