#!/usr/bin/env bash
# `make spark-check`: scores a corpus of 10,404 articles (PerSenT dev, repeated and dated) on
# Spark (local[2]) and in one process, and fails unless the two aggregates are the same bytes;
# then checks that a partition whose `stance score` fails fails the job with stance's message.
# Skips, saying so, without ../shared, Java or pyspark (installed from PyPI into
# .build/spark-venv on first use).
set -euo pipefail
cd "$(dirname "$0")/../.."
SHARED=${SHARED:-../shared}
VENV=${SPARK_VENV:-.build/spark-venv}
STANCE=.build/release/stance
skip() { echo "spark-check: SKIPPED: $*" >&2; exit 0; }

[ -f "$SHARED/data/persent/dev.csv" ] || skip "$SHARED/data/persent/dev.csv not found"
command -v java >/dev/null || skip "no Java (Spark needs Java 17: apt-get install default-jre-headless)"
if [ ! -x "$VENV/bin/python" ] || ! "$VENV/bin/python" -c "import pyspark" 2>/dev/null; then
  echo "spark-check: installing pyspark into $VENV…" >&2
  { python3 -m venv "$VENV" && "$VENV/bin/pip" install -q pyspark; } >&2 || skip "pyspark could not be installed from PyPI"
fi
export SPARK_LOCAL_IP=127.0.0.1 PYSPARK_PYTHON="$PWD/$VENV/bin/python"

work=.build/spark
rm -rf "$work" && mkdir -p "$work"
python3 scripts/spark/make_corpus.py "$SHARED/data/persent/dev.csv" "$work/corpus.jsonl"

echo "spark-check: one process…" >&2
start=$(date +%s)
"$STANCE" score "$work/corpus.jsonl" --format jsonl 2>/dev/null | "$STANCE" aggregate --out "$work/single.json"
echo "spark-check: one process took $(( $(date +%s) - start )) s" >&2

echo "spark-check: Spark, local[2], 8 partitions, scored articles saved too…" >&2
start=$(date +%s)
"$VENV/bin/python" scripts/spark/score_corpus.py "$work/corpus.jsonl" --stance "$PWD/$STANCE" \
    --scores "$work/scores" --out "$work/spark.json" 2> "$work/spark.log" || { tail -20 "$work/spark.log" >&2; exit 1; }
echo "spark-check: Spark took $(( $(date +%s) - start )) s" >&2

articles=$(python3 -c 'import json,sys; a=json.load(open(sys.argv[1])); print(a["articles"], len(a["actors"]))' "$work/single.json")
scored=$(cat "$work"/scores/part-* | wc -l)
if ! cmp -s "$work/single.json" "$work/spark.json"; then
  echo "spark-check: FAILED: the Spark aggregate differs from the single-process one ($work/spark.json, $work/single.json)" >&2
  exit 1
fi
[ "$scored" -eq "$(wc -l < "$work/corpus.jsonl")" ] || { echo "spark-check: FAILED: $scored scored articles saved" >&2; exit 1; }
echo "spark-check: the same totals: ${articles% *} articles, ${articles#* } actors, byte for byte; $scored scored articles saved"

echo "spark-check: a bad line in one partition must fail the job with stance's message…" >&2
{ head -n 5000 "$work/corpus.jsonl"; echo '{"id": "broken", "text": '; tail -n +5001 "$work/corpus.jsonl"; } > "$work/broken.jsonl"
if "$VENV/bin/python" scripts/spark/score_corpus.py "$work/broken.jsonl" --stance "$PWD/$STANCE" --out "$work/broken.json" > "$work/broken.log" 2>&1; then
  echo "spark-check: FAILED: the job succeeded on a corpus with a bad line" >&2; exit 1
fi
grep -q "not valid JSON" "$work/broken.log" || { echo "spark-check: FAILED: stance's message is not in the job's output" >&2; tail -20 "$work/broken.log" >&2; exit 1; }
[ ! -e "$work/broken.json" ] || { echo "spark-check: FAILED: a failed job left $work/broken.json" >&2; exit 1; }
echo "spark-check: the failing partition failed the job with stance's message: $(grep -o -m1 'stance: .*not valid JSON.*' "$work/broken.log")"
