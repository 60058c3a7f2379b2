#!/usr/bin/env bash
# Speed benchmark (`make bench`): the stance commands as users run them (whole processes), the
# scikit-learn anchor baselines and VADER, in alternating rounds, with ratios; what is measured
# is in scripts/bench.py. Needs ../shared (data, lexicons, anchor kit) and python3 ≥ 3.11 with
# venv and pip access to PyPI for the anchor kit (installed into ../anchors-venv on first use).
# Prints tables on stdout; progress on stderr.
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED=${SHARED:-../shared}
VENV=${VENV:-../anchors-venv}
[ -d "$SHARED/data/newsmtsc" ] || { echo "bench: $SHARED/data/newsmtsc not found; put the shared folder beside the repository" >&2; exit 2; }

swift build -c release --product stance >&2
swift build -c release --product stance-bench >&2
"$SHARED/anchors/setup-venv.sh" "$VENV" >&2

ROUNDS=${ROUNDS:-5}
COST=${COST:-1}   # COST=0 skips the cost curve (1×, 10×, 100× PerSenT dev: about two minutes)
python3 scripts/bench.py .build/release "$SHARED" "$VENV" "$ROUNDS" "$COST"
