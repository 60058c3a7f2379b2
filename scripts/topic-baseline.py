#!/usr/bin/env python3
"""StanceKit's topic model against per-target linear models on the same folds.

The baseline is the SemEval-2016 stance task's: one linear model per target on word 1-3-grams
and character 2-5-grams (presence), here scikit-learn's LinearSVC and LogisticRegression.
StanceKit is `stance train` with default settings on each fold's training part. Prints
macro-F1 and F_avg (mean F1 of favor and against, the task's measure), means of 5 folds.

    python3 scripts/topic-proxy.py ../shared/data/newsmtsc > /tmp/politicians.jsonl
    ../anchors-venv/bin/python scripts/topic-baseline.py /tmp/politicians.jsonl .build/release/stance
"""
import json
import os
import subprocess
import sys
import tempfile

import numpy as np
from sklearn.feature_extraction.text import CountVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score
from sklearn.model_selection import StratifiedKFold
from sklearn.pipeline import make_union
from sklearn.svm import LinearSVC

path, stance = sys.argv[1], sys.argv[2]
lines = open(path, encoding="utf-8").read().splitlines()
rows = [json.loads(line) for line in lines]
texts = np.array([r["text"] for r in rows])
targets = np.array([r["target"] for r in rows])
labels = np.array([r["label"] for r in rows])
folds = list(StratifiedKFold(5, shuffle=True, random_state=0).split(texts, labels))


def features():
    return make_union(CountVectorizer(ngram_range=(1, 3), binary=True),
                      CountVectorizer(analyzer="char", ngram_range=(2, 5), binary=True))


def per_target(make):
    def predict(train, test):
        predicted = np.empty(len(test), dtype=object)
        for target in set(targets):
            a = train[targets[train] == target]
            b = np.where(targets[test] == target)[0]
            f = features()
            model = make().fit(f.fit_transform(texts[a]), labels[a])
            predicted[b] = model.predict(f.transform(texts[test][b]))
        return predicted
    return predict


def stancekit(train, test):
    with tempfile.TemporaryDirectory() as folder:
        train_file, test_file, model = (os.path.join(folder, n) for n in ["train.jsonl", "test.jsonl", "model.json"])
        open(train_file, "w", encoding="utf-8").write("\n".join(lines[i] for i in train) + "\n")
        open(test_file, "w", encoding="utf-8").write("\n".join(lines[i] for i in test) + "\n")
        subprocess.run([stance, "train", "--train", train_file, "--out", model, "--quiet"], check=True)
        out = subprocess.run([stance, "predict", "--model", model, test_file, "--top", "0"],
                             capture_output=True, text=True, check=True).stdout.splitlines()
        return [json.loads(o)["label"] for o in out]


systems = [
    ("per-target LinearSVC (C=0.1)", per_target(lambda: LinearSVC(C=0.1))),
    ("per-target LogisticRegression (C=1)", per_target(lambda: LogisticRegression(C=1, max_iter=2000))),
    ("per-target LogisticRegression balanced", per_target(lambda: LogisticRegression(C=1, max_iter=2000, class_weight="balanced"))),
    ("StanceKit stance train (defaults)", stancekit),
]
for name, predict in systems:
    macro, favg = [], []
    for train, test in folds:
        predicted = predict(train, test)
        macro.append(f1_score(labels[test], predicted, average="macro"))
        favg.append(f1_score(labels[test], predicted, labels=["favor", "against"], average="macro"))
    print(f"{name}: macro-F1 {np.mean(macro):.3f}, F_avg {np.mean(favg):.3f}")
