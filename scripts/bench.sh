#!/usr/bin/env bash
# Speed benchmark (`make bench`): StanceKit and the scikit-learn anchor baselines on this
# machine, with ratios. Needs ../shared (data, lexicons, anchor kit) and python3 ≥ 3.11 with
# venv and pip access to PyPI for the anchor kit (installed into ../anchors-venv on first use).
#
# The tools run in alternating rounds (scikit-learn, VADER, StanceKit; again; …), and each
# ratio is taken within a round, then the median over rounds is reported: this machine's speed
# drifts by ±20–30 % over minutes, so a slow spell then slows both sides of a ratio alike
# instead of only one tool's block of runs. Prints a table on stdout; progress on stderr.
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED=${SHARED:-../shared}
VENV=${VENV:-../anchors-venv}
ROUNDS=${ROUNDS:-5}
[ -d "$SHARED/data/newsmtsc" ] || { echo "bench: $SHARED/data/newsmtsc not found; put the shared folder beside the repository" >&2; exit 2; }

swift build -c release --product stance-bench >&2
"$SHARED/anchors/setup-venv.sh" "$VENV" >&2

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cat > "$tmp/vader.py" <<'PY'
# VADER's compound score of every paragraph (line) of PerSenT dev's 578 articles: the lexicon
# tool's article throughput, with no actors; paragraphs per second.
import csv, json, sys, time
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer
csv.field_size_limit(1 << 30)
with open(sys.argv[1], newline="", encoding="utf-8") as f:
    paragraphs = [line for row in csv.DictReader(f) for line in row["DOCUMENT"].split("\n") if line.strip()]
analyzer = SentimentIntensityAnalyzer()
start = time.perf_counter()
for p in paragraphs:
    analyzer.polarity_scores(p)
print(json.dumps({"paragraphs": len(paragraphs), "per_second": len(paragraphs) / (time.perf_counter() - start)}))
PY
for round in $(seq 1 "$ROUNDS"); do
  echo "bench: round $round of $ROUNDS: scikit-learn anchors (timing), VADER on PerSenT dev's paragraphs, StanceKit…" >&2
  "$VENV/bin/python" "$SHARED/anchors/sklearn_baseline.py" timing --json --repeat 1 --data-dir "$SHARED/data" \
      > "$tmp/sklearn-$round.json" 2> "$tmp/sklearn.err" || { cat "$tmp/sklearn.err" >&2; exit 1; }
  "$VENV/bin/python" "$tmp/vader.py" "$SHARED/data/persent/dev.csv" > "$tmp/vader-$round.json"
  .build/release/stance-bench --repeat 1 --data-dir "$SHARED/data" --lexicon-dir "$SHARED/lexicons" \
      > "$tmp/stance-$round.json" 2> "$tmp/stance-$round.err" || { cat "$tmp/stance-$round.err" >&2; exit 1; }
done

python3 - "$tmp" "$ROUNDS" <<'PY'
import json, statistics, sys
folder, rounds = sys.argv[1], int(sys.argv[2])
load = lambda name: [json.load(open(f"{folder}/{name}-{r}.json")) for r in range(1, rounds + 1)]
sk, st, va = load("sklearn"), load("stance"), load("vader")
med = statistics.median

def figure(runs):
    """Median of the per-round values, and the values themselves for the runs line."""
    return med(runs), runs

fit = [s["fit_seconds"] for s in st]
fit_e = [k["lr_e"]["fit_seconds"] for k in sk]
fit_d = [k["lr_d"]["fit_seconds"] for k in sk]
one = [s["predict_per_second"] for s in st]
two = [s["predict_parallel_per_second"] for s in st]
pred_e = [k["lr_e"]["predict_per_second"] for k in sk]
pred_d = [k["lr_d"]["predict_per_second"] for k in sk]
vader = [k["vader"]["predict_per_second"] for k in sk]
art = [s["article_paragraphs_per_second"] for s in st]
art_v = [v["per_second"] for v in va]
ratio = lambda a, b: [x / y for x, y in zip(a, b)]
r_fit, r_one, r_two, r_art = ratio(fit, fit_e), ratio(one, pred_e), ratio(two, pred_e), ratio(art, art_v)
last = st[-1]
rng = lambda rs, f: f"{f(min(rs))}–{f(max(rs))}"
x1 = lambda v: f"{v:.1f}×"
x2 = lambda v: f"{v:.2f}×"
print(f"Medians of {rounds} rounds; the ratio column is the median of the per-round ratios (range in brackets).")
print()
print("| figure | StanceKit | scikit-learn LR-e | scikit-learn LR-d | VADER | StanceKit vs LR-e |")
print("|---|---|---|---|---|---|")
print(f"| fit on NewsMTSC train (8,739), s | {med(fit):.2f} | {med(fit_e):.2f} | {med(fit_d):.2f} | – | {med(r_fit):.2f}× the time ({rng(r_fit, x2)}) |")
print(f"| predict on rw-test ×25 (20,075), one core, examples/s | {med(one):,.0f} | {med(pred_e):,.0f} | {med(pred_d):,.0f} | {med(vader):,.0f} | {med(r_one):.1f}× the throughput ({rng(r_one, x1)}) |")
print(f"| predict, the same on {last['predict_parallel_threads']} threads (one scorer each; scikit-learn's BLAS also has 2), examples/s "
      f"| {med(two):,.0f} | {med(pred_e):,.0f} | {med(pred_d):,.0f} | {med(vader):,.0f} | {med(r_two):.1f}× the throughput ({rng(r_two, x1)}) |")
print(f"| score articles: PerSenT dev, 578 articles, paragraphs/s (StanceKit: every actor, {last['article_actor_paragraph_pairs']:,} paragraph × actor scores; VADER: one score per paragraph) "
      f"| {med(art):,.0f} | – | – | {med(art_v):,.0f} | {med(r_art):.1f}× VADER's ({rng(r_art, x1)}) |")
print(f"| StanceKit peak memory (fit + predict + articles in one process), MB | {max(s['peak_rss_mb'] for s in st):.0f} | | | | |")
print(f"| rw-test macro-F1 of the model timed | {last['rw_test_f1_macro']:.3f} | | | | |")
print()
runs = lambda values, fmt: ", ".join(fmt.format(v) for v in values)
print(f"Rounds: StanceKit fit {runs(fit, '{:.2f}')} s, LR-e fit {runs(fit_e, '{:.2f}')} s; "
      f"StanceKit predict {runs(one, '{:,.0f}')} /s (on {last['predict_parallel_threads']} threads {runs(two, '{:,.0f}')} /s), "
      f"LR-e predict {runs(pred_e, '{:,.0f}')} /s; StanceKit articles {runs(art, '{:,.0f}')} paragraphs/s, "
      f"VADER {runs(art_v, '{:,.0f}')} paragraphs/s. scikit-learn BLAS: {sk[-1]['environment'].get('blas', '?')}")
PY
