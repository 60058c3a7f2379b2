#!/usr/bin/env python3
"""How far calibration alone could take the PerSenT figures (standard library only).

Reads the JSONL that `stance evaluate --data …/persent/dev.csv --predictions FILE` writes and
asks: with the model's probabilities fixed, what is the best macro-F1 that re-weighting the
classes (paragraphs, documents) or thresholding the document's mean signed score could reach?
Each is fitted on the evaluation set itself, so the "best" figures are a ceiling, not a result;
the 2-fold figures fit on half the documents and score the other half (mean of 10 splits).

    stance evaluate --data ../shared/data/persent/dev.csv --predictions /tmp/persent.jsonl
    python3 scripts/persent-calibration.py /tmp/persent.jsonl
"""
import json
import random
import sys

LABELS = ["negative", "neutral", "positive"]
WEIGHTS = [0.1, 0.2, 0.3, 0.5, 0.7, 1, 1.25, 1.5, 1.75, 2, 2.5, 3, 4, 6]
THRESHOLDS = [x / 100 for x in range(-60, 61, 2)]


def macro_f1(pairs):
    f1s = []
    for k in LABELS:
        tp = sum(g == k and p == k for g, p in pairs)
        predicted = sum(p == k for _, p in pairs)
        gold = sum(g == k for g, _ in pairs)
        precision = tp / predicted if predicted else 0
        recall = tp / gold if gold else 0
        f1s.append(2 * precision * recall / (precision + recall) if precision + recall else 0)
    return sum(f1s) / len(f1s)


def reweighted(item, weights):
    p = item.get("probabilities")
    if p is None:
        return "neutral"
    return max(LABELS, key=lambda k: p[k] * weights[k])


def thresholded(item, low, high):
    p = item.get("probabilities")
    if p is None:
        return "neutral"
    score = p["positive"] - p["negative"]
    return "negative" if score <= low else "positive" if score >= high else "neutral"


def weight_rules():
    return [(f"weights neg×{n} pos×{p}", lambda i, n=n, p=p: reweighted(i, {"negative": n, "neutral": 1, "positive": p}))
            for n in WEIGHTS for p in WEIGHTS]


def threshold_rules():
    return [(f"score ≤ {a:+.2f} negative, ≥ {b:+.2f} positive", lambda i, a=a, b=b: thresholded(i, a, b))
            for a in THRESHOLDS for b in THRESHOLDS if a < b]


def best(items, rules):
    return max(((macro_f1([(i["gold"], rule(i)) for i in items]), name, rule) for name, rule in rules), key=lambda x: x[0])


def two_fold(items, rules, splits=10):
    documents = sorted({i["line"] for i in items})
    scores = []
    for seed in range(splits):
        order = documents[:]
        random.Random(seed).shuffle(order)
        half = set(order[: len(order) // 2])
        pairs = []
        for fit, score in ((True, False), (False, True)):
            _, _, rule = best([i for i in items if (i["line"] in half) == fit], rules)
            pairs += [(i["gold"], rule(i)) for i in items if (i["line"] in half) == score]
        scores.append(macro_f1(pairs))
    return sum(scores) / len(scores)


def main(path):
    items = [json.loads(line) for line in open(path, encoding="utf-8")]
    paragraphs = [i for i in items if i.get("paragraph") is not None]
    documents = [i for i in items if i.get("paragraph") is None]
    print(f"{path}: {len(paragraphs)} paragraphs, {len(documents)} documents")
    print(f"{'set':<11} {'rule':<10} {'as is':>6} {'best':>6} {'2-fold':>7}  best rule (fitted on the evaluation set)")
    for name, subset in (("paragraphs", paragraphs), ("documents", documents)):
        as_is = macro_f1([(i["gold"], i["predicted"]) for i in subset])
        families = [("weights", weight_rules())]
        if subset is documents:
            families.append(("thresholds", threshold_rules()))
        for family, rules in families:
            score, rule_name, _ = best(subset, rules)
            print(f"{name:<11} {family:<10} {as_is:6.3f} {score:6.3f} {two_fold(subset, rules):7.3f}  {rule_name}")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: persent-calibration.py PREDICTIONS.jsonl")
    main(sys.argv[1])
