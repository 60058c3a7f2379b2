#!/usr/bin/env bash
# Prints the 5-fold cross-validation table of the README ("What the feature blocks carry"):
# the built-in model's settings with one thing changed per row.
# usage: scripts/cross-validation.sh STANCE SHARED_DIR
set -euo pipefail
stance=$1
shared=$2
all=sentence,clause,window,target,hits,role,lexicon
without() { echo "--features $(tr ',' '\n' <<<"$all" | grep -vx "$1" | paste -sd,)"; }
model=$(mktemp)
trap 'rm -f "$model"' EXIT
row() {
  local figure
  figure=$("$stance" train --train "$shared/data/newsmtsc/train.jsonl" \
    --lexicon "$shared/lexicons/vader/vader_lexicon.txt" \
    --lexicon "positive:$shared/lexicons/bingliu/positive-words.txt" \
    --lexicon "negative:$shared/lexicons/bingliu/negative-words.txt" \
    --cross-validate 5 --out "$model" "$@" 2>&1 | sed -n 's/.*cross-validation: macro-F1 //p')
  printf '| %s | %s |\n' "${*:-none}" "$figure"
}
printf '| change | 5-fold macro-F1 |\n|---|---|\n'
row
for block in sentence clause window target hits role lexicon; do row $(without "$block"); done
row --features sentence,window
row --c 0.1
row --c 1
row --c 0.3
row --min-df 2
row --class-weight none
row --no-nb-scaling
