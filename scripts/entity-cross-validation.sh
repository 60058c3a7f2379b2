#!/usr/bin/env bash
# Prints the README's 4-fold cross-validation of the actor detector on GUM train: each fold's
# documents held out, the entity tagger trained as `make model` trains it on the other three
# folds and GMB, then the held-out fold scored with the tagger as trained and with its
# nested-name classifier taken out of the file. Pooled over the folds. About 10 minutes.
# usage: scripts/entity-cross-validation.sh STANCE SHARED_DIR
set -euo pipefail
stance=$1
shared=$2
folds=4
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
i=0
for file in "$shared"/data/gum/train/*.conllu; do
  for k in $(seq 0 $((folds - 1))); do
    mkdir -p "$work/train$k" "$work/test$k"
    if [ $((i % folds)) -eq "$k" ]; then ln -s "$(realpath "$file")" "$work/test$k/"; else ln -s "$(realpath "$file")" "$work/train$k/"; fi
  done
  i=$((i + 1))
done
for k in $(seq 0 $((folds - 1))); do
  echo "fold $((k + 1)) of $folds: training…" >&2
  "$stance" train --entities --train "$work/train$k" --train "$shared/data/gmb/ner_dataset.csv" --out "$work/tagger$k.json" --quiet
  python3 -c 'import json, sys; m = json.load(open(sys.argv[1])); m.pop("nested", None); json.dump(m, open(sys.argv[2], "w"))' \
    "$work/tagger$k.json" "$work/flat$k.json"
  "$stance" evaluate --entities "$work/test$k" --tagger "$work/tagger$k.json" --json > "$work/nested$k.json"
  "$stance" evaluate --entities "$work/test$k" --tagger "$work/flat$k.json" --json > "$work/flat$k.figures.json"
done
python3 - "$work" "$folds" <<'PY'
import json, sys
work, folds = sys.argv[1], int(sys.argv[2])
print("| tagger | names P / R / F1 | type accuracy | merge F1 (mean of folds) |")
print("|---|---|---|---|")
for name, pattern in (("without nested names", "flat%d.figures.json"), ("with nested names", "nested%d.json")):
    runs = [json.load(open(f"{work}/{pattern % k}")) for k in range(folds)]
    gold, found, matched = (sum(r[key] for r in runs) for key in ("gold", "found", "matched"))
    typed = sum(r["typeAccuracy"] * r["matched"] for r in runs)
    p, r = matched / found, matched / gold
    print(f"| {name} | {p:.3f} / {r:.3f} / {2 * p * r / (p + r):.3f} | {typed / matched:.3f} | {sum(x['mergeF1'] for x in runs) / folds:.3f} |")
PY
