#!/usr/bin/env python3
"""Two builds of a command timed against each other in alternating pairs, on the same machine.

This machine's speed drifts by ±20–30 % over minutes, so a speed change is judged by the
median of per-pair ratios (B's time over A's, each pair run back to back), not by comparing
runs made at different times. Used for the README's "0.87× the time" figures:

    scripts/ab-time.py 15 OLD/stance predict rw25.jsonl --out /tmp/p.jsonl -- .build/release/stance predict rw25.jsonl --out /tmp/p.jsonl

Prints the median wall time of each, the median per-pair ratio B/A and the fastest run of each.
Both commands must succeed (their output is discarded); compare their outputs byte for byte
separately.
"""
import statistics
import subprocess
import sys
import time


def timed(command):
    start = time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    return time.perf_counter() - start


def main():
    if len(sys.argv) < 4 or "--" not in sys.argv[2:]:
        sys.exit(__doc__)
    pairs, rest = int(sys.argv[1]), sys.argv[2:]
    a, b = rest[:rest.index("--")], rest[rest.index("--") + 1:]
    times_a, times_b = [], []
    for _ in range(pairs):
        times_a.append(timed(a))
        times_b.append(timed(b))
    ratio = statistics.median(tb / ta for ta, tb in zip(times_a, times_b))
    print(f"A {statistics.median(times_a):.4f} s  B {statistics.median(times_b):.4f} s  "
          f"B/A per-pair median {ratio:.3f}  (fastest A {min(times_a):.4f} s, B {min(times_b):.4f} s)")


if __name__ == "__main__":
    main()
