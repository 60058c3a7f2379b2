#!/usr/bin/env bash
# Speed benchmark (`make bench`): StanceKit and the scikit-learn anchor baselines, measured in
# the same run on this machine, with ratios. Needs ../shared (data, lexicons, anchor kit) and
# python3 ≥ 3.11 with venv and pip access to PyPI for the anchor kit (installed into
# ../anchors-venv on first use). Prints a table on stdout; progress on stderr.
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED=${SHARED:-../shared}
VENV=${VENV:-../anchors-venv}
REPEAT=${REPEAT:-5}
[ -d "$SHARED/data/newsmtsc" ] || { echo "bench: $SHARED/data/newsmtsc not found; put the shared folder beside the repository" >&2; exit 2; }

swift build -c release --product stance-bench >&2
"$SHARED/anchors/setup-venv.sh" "$VENV" >&2

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
echo "bench: scikit-learn anchors (timing, $REPEAT runs)…" >&2
"$VENV/bin/python" "$SHARED/anchors/sklearn_baseline.py" timing --json --repeat "$REPEAT" --data-dir "$SHARED/data" > "$tmp/sklearn.json"
echo "bench: VADER on PerSenT dev's paragraphs ($REPEAT runs)…" >&2
"$VENV/bin/python" - "$SHARED/data/persent/dev.csv" "$REPEAT" > "$tmp/vader-articles.json" <<'PY'
# VADER's compound score of every paragraph (line) of PerSenT dev's 578 articles: the lexicon
# tool's article throughput, with no actors; paragraphs per second, median of the runs.
import csv, json, statistics, sys, time
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer
csv.field_size_limit(1 << 30)
with open(sys.argv[1], newline="", encoding="utf-8") as f:
    paragraphs = [line for row in csv.DictReader(f) for line in row["DOCUMENT"].split("\n") if line.strip()]
analyzer = SentimentIntensityAnalyzer()
rates = []
for _ in range(int(sys.argv[2])):
    start = time.perf_counter()
    for p in paragraphs:
        analyzer.polarity_scores(p)
    rates.append(len(paragraphs) / (time.perf_counter() - start))
print(json.dumps({"paragraphs": len(paragraphs), "per_second": statistics.median(rates), "runs": rates}))
PY
echo "bench: StanceKit ($REPEAT runs)…" >&2
/usr/bin/time -v .build/release/stance-bench --repeat "$REPEAT" --data-dir "$SHARED/data" --lexicon-dir "$SHARED/lexicons" \
    > "$tmp/stance.json" 2> "$tmp/stance.err" || { cat "$tmp/stance.err" >&2; exit 1; }

python3 - "$tmp/sklearn.json" "$tmp/stance.json" "$tmp/vader-articles.json" <<'PY'
import json, sys
sk = json.load(open(sys.argv[1]))
st = json.load(open(sys.argv[2]))
va = json.load(open(sys.argv[3]))
e, d, v = sk["lr_e"], sk["lr_d"], sk["vader"]
rows = [
    ("fit on NewsMTSC train (8,739), s", st["fit_seconds"], e["fit_seconds"], d["fit_seconds"], "lower"),
    ("predict on rw-test ×25 (20,075), one core, examples/s", st["predict_per_second"], e["predict_per_second"], d["predict_per_second"], "higher"),
]
print("| figure | StanceKit | scikit-learn LR-e | scikit-learn LR-d | VADER | StanceKit vs LR-e |")
print("|---|---|---|---|---|---|")
f = rows[0]
print(f"| {f[0]} | {f[1]:.2f} | {f[2]:.2f} | {f[3]:.2f} | – | {f[1] / f[2]:.2f}× the time |")
p = rows[1]
print(f"| {p[0]} | {p[1]:,.0f} | {p[2]:,.0f} | {p[3]:,.0f} | {v['predict_per_second']:,.0f} | {p[1] / p[2]:.1f}× the throughput |")
print(f"| predict, the same on {st['predict_parallel_threads']} threads (one scorer each; scikit-learn's BLAS also has 2), examples/s "
      f"| {st['predict_parallel_per_second']:,.0f} | {p[2]:,.0f} | {p[3]:,.0f} | {v['predict_per_second']:,.0f} | {st['predict_parallel_per_second'] / p[2]:.1f}× the throughput |")
print(f"| score articles: PerSenT dev, 578 articles, paragraphs/s (StanceKit: every actor, {st['article_actor_paragraph_pairs']:,} paragraph × actor scores; VADER: one score per paragraph) "
      f"| {st['article_paragraphs_per_second']:,.0f} | – | – | {va['per_second']:,.0f} | {st['article_paragraphs_per_second'] / va['per_second']:.1f}× VADER's |")
print(f"| StanceKit peak memory (fit + predict in one process), MB | {st['peak_rss_mb']:.0f} | | | | |")
print(f"| rw-test macro-F1 of the model timed | {st['rw_test_f1_macro']:.3f} | | | | |")
print()
print(f"StanceKit runs: fit {', '.join(f'{x:.2f}' for x in st['fit_seconds_runs'])} s; "
      f"predict {', '.join(f'{x:,.0f}' for x in st['predict_per_second_runs'])} /s; "
      f"predict on {st['predict_parallel_threads']} threads {', '.join(f'{x:,.0f}' for x in st['predict_parallel_per_second_runs'])} /s; "
      f"articles {', '.join(f'{x:,.0f}' for x in st['article_paragraphs_per_second_runs'])} paragraphs/s; median of {len(st['fit_seconds_runs'])}; "
      f"VADER articles {', '.join(f'{x:,.0f}' for x in va['runs'])} paragraphs/s; "
      f"scikit-learn: median of {sk['timing_setup']['repeat']}, BLAS {sk['environment'].get('blas', '?')}")
PY
