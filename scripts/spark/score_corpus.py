#!/usr/bin/env python3
"""Score a JSONL corpus on Apache Spark and add it up: the same totals as one process.

Each partition of the corpus (one article per line: {"id", "text", "title"?, "date"?}) is piped
through `stance score --format jsonl | stance aggregate`; the partial aggregates are collected
and added with `stance aggregate --merge`, which is exact in any order, so the result is
byte for byte the aggregate of the whole corpus scored by one process.

    python scripts/spark/score_corpus.py corpus.jsonl --stance .build/release/stance --out all.json
    stance report all.json --format html --out corpus.html

Traps handled here (../shared/docs/tooling-notes.md): RDD.pipe runs no shell and, unless
checkCode=True, silently drops the rest of a partition whose program fails; its env replaces
the whole environment. A pipe inside the command runs under `bash -o pipefail`, so a failing
`stance score` fails the partition, and so the job, with its message on the task's stderr.
"""
import argparse
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile

# Partial aggregates merged per `stance aggregate --merge` call: keeps command lines short.
MERGE_BATCH = 256


def parse_arguments():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", help="JSONL corpus: a local path, hdfs://, s3a://, … (anything Spark's textFile reads)")
    parser.add_argument("--out", required=True, help="where to write the merged aggregate (JSON)")
    parser.add_argument("--stance", default=shutil.which("stance"),
                        help="the stance binary on the executors (default: stance on PATH; on a cluster, ./stance shipped with --archives)")
    parser.add_argument("--local-stance", help="the stance binary on this machine, for the final merge (default: --stance)")
    parser.add_argument("--model", help="a model file the executors can read (default: the built-in model)")
    parser.add_argument("--scores", help="also save every scored article (JSONL) in this folder, as Spark's saveAsTextFile writes it")
    parser.add_argument("--master", default=os.environ.get("SPARK_MASTER", "local[2]"), help="Spark master (default: local[2])")
    parser.add_argument("--partitions", type=int, default=8, help="minimum number of partitions of the corpus (default: 8)")
    parser.add_argument("--threads", type=int, default=1,
                        help="threads per stance process (default 1: Spark already runs one task per core)")
    return parser.parse_args()


def stance_command(binary, *arguments):
    return " ".join(shlex.quote(part) for part in [binary, *arguments])


def main():
    args = parse_arguments()
    if not args.stance:
        sys.exit("score_corpus: no stance on PATH; give --stance PATH")
    local_stance = args.local_stance or args.stance
    if not os.access(local_stance, os.X_OK):
        sys.exit(f"score_corpus: cannot run {local_stance!r} here for the merge; give --local-stance PATH")
    from pyspark import SparkConf, SparkContext, StorageLevel

    score = ["score", "-", "--input-format", "jsonl", "--format", "jsonl", "--threads", str(args.threads)]
    if args.model:
        score += ["--model", args.model]
    score_command = stance_command(args.stance, *score)
    aggregate_command = stance_command(args.stance, "aggregate")
    # The whole environment of the piped programs (RDD.pipe passes only this).
    environment = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8",
                   "HOME": os.environ.get("HOME", "/tmp"), "OPENBLAS_NUM_THREADS": "1"}

    conf = (SparkConf().setMaster(args.master).setAppName("stancekit-score-corpus")
            .set("spark.ui.showConsoleProgress", "false").set("spark.ui.enabled", "false"))
    context = SparkContext.getOrCreate(conf)
    context.setLogLevel("WARN")
    try:
        articles = context.textFile(args.corpus, minPartitions=args.partitions)
        if args.scores:
            # Scored first and saved, then added up from the saved copy: a failure in scoring
            # stops the first job, never half-way through a second program's input.
            scored = articles.pipe(score_command, env=environment, checkCode=True).persist(StorageLevel.DISK_ONLY)
            scored.saveAsTextFile(args.scores)
            partials = scored.pipe(aggregate_command, env=environment, checkCode=True).collect()
        else:
            pipeline = "bash -o pipefail -c " + shlex.quote(f"{score_command} | {aggregate_command}")
            partials = articles.pipe(pipeline, env=environment, checkCode=True).collect()
    except Exception as error:  # Py4J and PySpark errors: the failing program's message is on the task's stderr above
        exited = re.search(r"exited with error code (\d+)", str(error))
        if exited:
            sys.exit(f"score_corpus: a partition's stance exited with code {exited.group(1)} (its message is above); the job failed")
        sys.exit(f"score_corpus: the Spark job failed: {str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__}")
    finally:
        context.stop()

    with tempfile.TemporaryDirectory(prefix="stancekit-spark-") as folder:
        paths = []
        for i, partial in enumerate(partials):
            path = os.path.join(folder, f"part-{i:05d}.json")
            with open(path, "w", encoding="utf-8") as file:
                file.write(partial + "\n")
            paths.append(path)
        # Merge in batches, then the batches: exact whatever the grouping.
        level = 0
        while len(paths) > 1 or level == 0:
            merged = []
            for start in range(0, len(paths), MERGE_BATCH):
                path = os.path.join(folder, f"merge-{level}-{start:06d}.json")
                merge = subprocess.run([local_stance, "aggregate", "--merge", *paths[start:start + MERGE_BATCH], "--out", path])
                if merge.returncode != 0:
                    sys.exit(f"score_corpus: merging the partial aggregates failed (exit {merge.returncode}; stance's message is above)")
                merged.append(path)
            paths, level = merged, level + 1
        shutil.copyfile(paths[0], args.out + ".tmp")
        os.replace(args.out + ".tmp", args.out)
    print(f"score_corpus: {len(partials)} partitions merged into {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
