#!/usr/bin/env bash
# Prints the built-in model's figures on the NewsMTSC dev and test sets as one JSON object.
# usage: scripts/model-metrics.sh STANCE NEWSMTSC_DIR
set -euo pipefail
stance=$1
data=$2
printf '{\n'
first=1
for set in rw-dev mt-dev rw-test mt-test; do
  [ $first -eq 1 ] || printf ',\n'
  first=0
  printf '  "%s": %s' "$set" "$("$stance" evaluate --data "$data/$set.jsonl" --json)"
done
printf '\n}\n'
