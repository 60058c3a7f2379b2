#!/usr/bin/env python3
"""`make bench`: StanceKit as users run it, beside scikit-learn and VADER, on this machine.

Whole processes, default options, files in and out, as a user types the commands:
  stance predict rw-test×25.jsonl --out FILE            (20,075 lines; and with --top 0)
  stance score persent×4.jsonl --format jsonl --out FILE (2,312 articles)
  stance train train.jsonl --lexicon builtin --out FILE  (NewsMTSC train, 8,739 targets)
beside the anchor kit's scikit-learn LR-e (featurize + fit, featurize + predict, in memory) and
VADER's polarity_scores over PerSenT dev's paragraphs (in memory). The tools run in alternating
rounds and each ratio is taken within a round (this machine's speed drifts by ±20–30 % over
minutes): figures are medians over the rounds, ratios the median of the per-round ratios. Then
the cost curve: `stance score` on 1×, 10× and 100× PerSenT dev, time and peak memory. The
in-memory stage profile (`stance-bench`) is the second table.

    scripts/bench.py STANCE_DIR SHARED VENV ROUNDS COST   (run by scripts/bench.sh)
"""
import csv
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

median = statistics.median


def log(message):
    print(f"bench: {message}", file=sys.stderr, flush=True)


def measured(arguments):
    """Wall time (s) and peak resident memory (MB) of one whole process: through wait4, which
    reports that child's own usage."""
    with open(os.devnull, "wb") as sink, open(os.devnull, "rb") as source:
        start = time.perf_counter()
        child = subprocess.Popen(arguments, stdin=source, stdout=sink, stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(child.pid, 0)
        seconds = time.perf_counter() - start
        child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        sys.exit(f"bench: {' '.join(arguments)} exited {child.returncode}")
    return seconds, usage.ru_maxrss / 1024


def json_of(arguments):
    result = subprocess.run(arguments, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    if result.returncode != 0:
        sys.exit(f"bench: {' '.join(arguments[:3])} … failed: {result.stderr[-400:]}")
    return json.loads(result.stdout)


VADER = r"""
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
"""


def main():
    build, shared, venv, rounds, cost = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), sys.argv[5] != "0"
    stance, bench = os.path.join(build, "stance"), os.path.join(build, "stance-bench")
    python = os.path.join(venv, "bin", "python")
    persent = os.path.join(shared, "data/persent/dev.csv")
    train = os.path.join(shared, "data/newsmtsc/train.jsonl")
    folder = tempfile.mkdtemp(prefix="stancekit-bench-")
    out = lambda name: os.path.join(folder, name)

    with open(os.path.join(shared, "data/newsmtsc/rw-test.jsonl"), encoding="utf-8") as f:
        rw = f.read()
    with open(out("rw25.jsonl"), "w", encoding="utf-8") as f:
        f.write(rw * 25)
    lines = (rw * 25).count("\n")
    make_corpus = lambda copies, path: subprocess.run(
        [sys.executable, "scripts/spark/make_corpus.py", persent, path, str(copies)], check=True, stderr=subprocess.DEVNULL)
    make_corpus(4, out("persent4.jsonl"))
    corpus_bytes = os.path.getsize(out("persent4.jsonl"))
    csv.field_size_limit(1 << 30)
    with open(persent, newline="", encoding="utf-8") as f:
        paragraphs = sum(1 for row in csv.DictReader(f) for line in row["DOCUMENT"].split("\n") if line.strip())
    with open(out("vader.py"), "w") as f:
        f.write(VADER)

    runs = []
    for r in range(1, rounds + 1):
        log(f"round {r} of {rounds}: scikit-learn anchors, VADER, stance predict ×2, score, train, stance-bench…")
        sk = json_of([python, os.path.join(shared, "anchors/sklearn_baseline.py"), "timing", "--json", "--repeat", "1",
                      "--data-dir", os.path.join(shared, "data")])
        va = json_of([python, out("vader.py"), persent])
        predict, _ = measured([stance, "predict", out("rw25.jsonl"), "--out", out("p.jsonl")])
        top0, _ = measured([stance, "predict", out("rw25.jsonl"), "--top", "0", "--out", out("p0.jsonl")])
        score, score_mb = measured([stance, "score", out("persent4.jsonl"), "--format", "jsonl", "--out", out("s.jsonl")])
        fit, fit_mb = measured([stance, "train", train, "--lexicon", "builtin", "--out", out("m.json")])
        profile = json_of([bench, "--repeat", "1", "--data-dir", os.path.join(shared, "data"),
                           "--lexicon-dir", os.path.join(shared, "lexicons")])
        runs.append(dict(sk=sk, va=va, predict=predict, top0=top0, score=score, score_mb=score_mb, fit=fit, fit_mb=fit_mb,
                         profile=profile))

    curve = []
    if cost:
        for copies in (1, 10, 100):
            log(f"cost curve: stance score on PerSenT dev ×{copies}…")
            make_corpus(copies, out("curve.jsonl"))
            size = os.path.getsize(out("curve.jsonl"))
            seconds, peak = measured([stance, "score", out("curve.jsonl"), "--format", "jsonl", "--out", out("curve-out.jsonl")])
            curve.append((copies, 578 * copies, size, seconds, peak))
            os.remove(out("curve.jsonl"))
            os.remove(out("curve-out.jsonl"))
    subprocess.run(["rm", "-rf", folder])
    report(runs, curve, lines, corpus_bytes, paragraphs * 4, rounds)


def report(runs, curve, lines, corpus_bytes, corpus_paragraphs, rounds):
    col = lambda key: [r[key] for r in runs]
    lr_e_fit = [r["sk"]["lr_e"]["fit_seconds"] for r in runs]
    lr_e_rate = [r["sk"]["lr_e"]["predict_per_second"] for r in runs]
    vader = [r["va"]["per_second"] for r in runs]
    predict = [lines / t for t in col("predict")]
    top0 = [lines / t for t in col("top0")]
    score_mbs = [corpus_bytes / 1e6 / t for t in col("score")]
    score_pps = [corpus_paragraphs / t for t in col("score")]
    ratio = lambda a, b: [x / y for x, y in zip(a, b)]
    spread = lambda rs, f: f"{f.format(min(rs))}–{f.format(max(rs))}"

    print(f"Whole processes, default options ({rounds} rounds; ratio = median of per-round ratios, range in brackets):")
    print()
    print("| what | StanceKit | baseline in the same run | ratio |")
    print("|---|---|---|---|")
    r = ratio(predict, lr_e_rate)
    print(f"| `stance predict` rw-test ×25 ({lines:,} lines), lines/s | {median(predict):,.0f} | scikit-learn LR-e featurize + predict {median(lr_e_rate):,.0f}/s | {median(r):.1f}× ({spread(r, '{:.1f}×')}) |")
    r = ratio(top0, lr_e_rate)
    print(f"| the same with `--top 0`, lines/s | {median(top0):,.0f} | {median(lr_e_rate):,.0f}/s | {median(r):.1f}× ({spread(r, '{:.1f}×')}) |")
    r = ratio(score_pps, vader)
    print(f"| `stance score --format jsonl` PerSenT dev ×4 (2,312 articles, {corpus_bytes / 1e6:.1f} MB) | {median(score_mbs):.2f} MB/s, {median(score_pps):,.0f} paragraphs/s | VADER {median(vader):,.0f} paragraphs/s | {median(r):.2f}× VADER's ({spread(r, '{:.2f}×')}) |")
    r = ratio(col("fit"), lr_e_fit)
    print(f"| `stance train` NewsMTSC train (8,739), s | {median(col('fit')):.2f} (peak {max(col('fit_mb')):.0f} MB) | scikit-learn LR-e featurize + fit {median(lr_e_fit):.2f} s | {median(r):.2f}× the time ({spread(r, '{:.2f}×')}) |")
    print(f"| `stance score` peak memory, MB | {max(col('score_mb')):.0f} | | |")
    print()
    if curve:
        print("Cost curve, `stance score --format jsonl` on PerSenT dev repeated (one run each):")
        print()
        print("| corpus | articles | MB | seconds | MB/s | peak memory, MB |")
        print("|---|---|---|---|---|---|")
        for copies, articles, size, seconds, peak in curve:
            print(f"| ×{copies} | {articles:,} | {size / 1e6:.1f} | {seconds:.1f} | {size / 1e6 / seconds:.2f} | {peak:.0f} |")
        print()

    st = [r["profile"] for r in runs]
    sk = [r["sk"] for r in runs]
    fit = [s["fit_seconds"] for s in st]
    one = [s["predict_per_second"] for s in st]
    two = [s["predict_parallel_per_second"] for s in st]
    art = [s["article_paragraphs_per_second"] for s in st]
    print("In-memory profile (`stance-bench`: data already parsed, no process start, no output):")
    print()
    print("| figure | StanceKit | scikit-learn LR-e | scikit-learn LR-d | VADER | StanceKit vs LR-e |")
    print("|---|---|---|---|---|---|")
    r = ratio(fit, lr_e_fit)
    print(f"| fit on NewsMTSC train (8,739), s | {median(fit):.2f} | {median(lr_e_fit):.2f} | {median([k['lr_d']['fit_seconds'] for k in sk]):.2f} | – | {median(r):.2f}× the time |")
    lr_d = median([k["lr_d"]["predict_per_second"] for k in sk])
    vader_sentences = median([k["vader"]["predict_per_second"] for k in sk])
    r = ratio(one, lr_e_rate)
    print(f"| predict rw-test ×25, one core, examples/s | {median(one):,.0f} | {median(lr_e_rate):,.0f} | {lr_d:,.0f} | {vader_sentences:,.0f} | {median(r):.1f}× |")
    r = ratio(two, lr_e_rate)
    print(f"| predict, {st[-1]['predict_parallel_threads']} threads, examples/s | {median(two):,.0f} | {median(lr_e_rate):,.0f} | {lr_d:,.0f} | {vader_sentences:,.0f} | {median(r):.1f}× |")
    r = ratio(art, vader)
    print(f"| score PerSenT dev's articles, one core, paragraphs/s | {median(art):,.0f} | – | – | {median(vader):,.0f} | {median(r):.2f}× VADER's |")
    print()
    fmt = lambda values, f: ", ".join(f.format(v) for v in values)
    print(f"Rounds: predict {fmt(predict, '{:,.0f}')} lines/s, --top 0 {fmt(top0, '{:,.0f}')}, LR-e {fmt(lr_e_rate, '{:,.0f}')}; "
          f"score {fmt(score_mbs, '{:.2f}')} MB/s, VADER {fmt(vader, '{:,.0f}')} paragraphs/s; "
          f"train {fmt(col('fit'), '{:.2f}')} s, LR-e {fmt(lr_e_fit, '{:.2f}')} s. "
          f"scikit-learn BLAS: {blas if isinstance(blas := sk[-1]['environment'].get('blas', '?'), str) else '; '.join(blas)}.")


if __name__ == "__main__":
    main()
