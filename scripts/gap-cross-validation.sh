#!/usr/bin/env bash
# Prints the pronoun resolver's 5-fold cross-validation on GAP development + validation, pooled,
# overall and for masculine and feminine pronouns: the folds `stance train --pronouns` uses
# (passage index mod 5), each scored by `stance evaluate --gap --predictions`. About 1 minute.
# usage: scripts/gap-cross-validation.sh STANCE SHARED_DIR
set -euo pipefail
stance=$1
shared=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 - "$shared/data/gap" "$work" <<'PY'
import sys
gap, work = sys.argv[1], sys.argv[2]
header, rows = None, []
for name in ("gap-development.tsv", "gap-validation.tsv"):
    lines = open(f"{gap}/{name}", encoding="utf-8").read().split("\n")
    header = lines[0]
    rows += [line for line in lines[1:] if line.strip()]
for k in range(5):
    for part, keep in (("train", lambda i: i % 5 != k), ("test", lambda i: i % 5 == k)):
        with open(f"{work}/{part}{k}.tsv", "w", encoding="utf-8") as out:
            out.write("\n".join([header] + [row for i, row in enumerate(rows) if keep(i)]) + "\n")
PY
for k in 0 1 2 3 4; do
  echo "fold $((k + 1)) of 5…" >&2
  "$stance" train --pronouns --train "$work/train$k.tsv" --out "$work/resolver$k.json" --quiet
  "$stance" evaluate --gap "$work/test$k.tsv" --resolver "$work/resolver$k.json" --predictions "$work/answers$k.jsonl" > /dev/null
done
cat "$work"/answers*.jsonl | python3 -c '
import json, sys
answers = [json.loads(line) for line in sys.stdin]
feminine = {"she", "her", "hers", "herself"}
def f1(chosen):
    tp = fp = fn = 0
    for a in chosen:
        for gold, guess in ((a["gold_a"], a["a"]), (a["gold_b"], a["b"])):
            tp += gold and guess
            fp += guess and not gold
            fn += gold and not guess
    p, r = tp / (tp + fp), tp / (tp + fn)
    return 2 * p * r / (p + r)
m = f1([a for a in answers if a["pronoun"].lower() not in feminine])
f = f1([a for a in answers if a["pronoun"].lower() in feminine])
print(f"passages {len(answers)}: F1 {f1(answers):.4f}, masculine {m:.4f}, feminine {f:.4f}, F/M {f / m:.3f}")
'
