#!/usr/bin/env bash
# `make fuzz`: builds the libFuzzer targets (Sources/stance-fuzz, one binary, with AddressSanitizer)
# and runs each for FUZZ_SECONDS seconds (default 20), printing one line per target:
#
#   fuzz NAME: RUNS runs, CRASHES crashes
#
# FUZZ_RUNS=N stops each target after N runs instead (the long run); FUZZ_TARGETS narrows the list;
# FUZZ_MAX_LEN=N caps the input size (libFuzzer's -max_len; the slow targets run 3-7x faster at
# 512 bytes). Each target's corpus grows in .build-fuzz/corpus/NAME, starting
# from the committed seeds in Tests/Fuzz/Seeds/NAME; an input that crashes, breaks a property,
# takes longer than FUZZ_TIMEOUT seconds (default 10: the linear-time limits) or more than 2 GB is
# kept in .build-fuzz/crashes/NAME, and the log in .build-fuzz/NAME.log. Exits 1 if any target crashed.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${FUZZ_SECONDS:-20}
targets=${FUZZ_TARGETS:-text json csv model articles actors analysis}
# The flags that work here (../shared/docs/tooling-notes.md); -D FUZZING makes model loaders accept
# any checksum, so that mutated model files reach the checks after it.
STANCEKIT_FUZZ=1 swift build -c release --product stance-fuzz --build-path .build-fuzz \
  --sanitize=fuzzer -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library -Xswiftc -DFUZZING >&2
# Swift's backtracer otherwise trips a false AddressSanitizer report.
export SWIFT_BACKTRACE=enable=no
if [ -n "${FUZZ_RUNS:-}" ]; then limit=-runs=$FUZZ_RUNS; else limit=-max_total_time=$seconds; fi
maxlen=${FUZZ_MAX_LEN:+-max_len=$FUZZ_MAX_LEN}
status=0
for target in $targets; do
  corpus=.build-fuzz/corpus/$target crashes=.build-fuzz/crashes/$target log=.build-fuzz/$target.log
  mkdir -p "$corpus" "$crashes"
  if STANCE_FUZZ_TARGET=$target .build-fuzz/release/stance-fuzz "$corpus" "Tests/Fuzz/Seeds/$target" \
      -dict=Tests/Fuzz/stance.dict -use_value_profile=1 "$limit" $maxlen \
      -timeout="${FUZZ_TIMEOUT:-10}" -rss_limit_mb=2048 -print_final_stats=1 \
      -artifact_prefix="$crashes/" > "$log" 2>&1; then crashed=0; else crashed=1; status=1; fi
  if ! grep -q "Loaded 1 modules" "$log"; then echo "fuzz $target: no coverage counters (see $log)" >&2; exit 1; fi
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  echo "fuzz $target: ${runs:-0} runs, $crashed crashes"
  if [ $crashed = 1 ]; then grep -m 3 -E "ERROR|property broken|Fatal error|Test unit written" "$log" >&2 || true; fi
done
exit $status
