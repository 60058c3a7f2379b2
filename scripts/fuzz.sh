#!/usr/bin/env bash
# `make fuzz`: builds the libFuzzer targets (Sources/stance-fuzz, one binary, with AddressSanitizer)
# and runs each for FUZZ_SECONDS seconds (default 20), printing one line per target:
#
#   fuzz NAME: RUNS runs, CRASHES crashes
#
# FUZZ_RUNS=N stops each target after N runs instead (the long run); FUZZ_TARGETS narrows the list;
# FUZZ_MAX_LEN=N caps the input size (libFuzzer's -max_len; the slow targets run 3-7x faster at
# 512 bytes). FUZZ_JOBS=N runs N libFuzzer jobs at once on one shared corpus (FUZZ_RUNS each; the
# line prints their sum). FUZZ_ASAN=0 builds without AddressSanitizer (in .build-fuzz-plain;
# Swift's own bounds and overflow traps still crash), which runs the whole analysis about 4x
# faster: the only way its ten million runs fit in a working session here. Each target's corpus
# grows in .build-fuzz/corpus/NAME, starting
# from the committed seeds in Tests/Fuzz/Seeds/NAME; an input that crashes, breaks a property,
# takes longer than FUZZ_TIMEOUT seconds (default 10: the linear-time limits) or more than 2 GB is
# kept in .build-fuzz/crashes/NAME, and the log in .build-fuzz/NAME.log (.build-fuzz-plain/ without
# AddressSanitizer; each job's in jobs-NAME/fuzz-J.log beside it). Exits 1 if any target crashed.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${FUZZ_SECONDS:-20}
targets=${FUZZ_TARGETS:-text json csv model articles actors analysis}
# The flags that work here (../shared/docs/tooling-notes.md); -D FUZZING makes model loaders accept
# any checksum, so that mutated model files reach the checks after it.
if [ "${FUZZ_ASAN:-1}" = 0 ]; then build=.build-fuzz-plain sanitizers=fuzzer; else build=.build-fuzz sanitizers=fuzzer,address; fi
STANCEKIT_FUZZ=1 swift build -c release --product stance-fuzz --build-path $build \
  --sanitize=fuzzer -Xswiftc -sanitize=$sanitizers -Xswiftc -parse-as-library -Xswiftc -DFUZZING >&2
# Swift's backtracer otherwise trips a false AddressSanitizer report.
export SWIFT_BACKTRACE=enable=no
if [ -n "${FUZZ_RUNS:-}" ]; then limit=-runs=$FUZZ_RUNS; else limit=-max_total_time=$seconds; fi
maxlen=${FUZZ_MAX_LEN:+-max_len=$FUZZ_MAX_LEN}
jobs=${FUZZ_JOBS:-1}
status=0
for target in $targets; do
  corpus=.build-fuzz/corpus/$target crashes=.build-fuzz/crashes/$target log=$build/$target.log
  mkdir -p "$corpus" "$crashes"
  # With jobs, libFuzzer writes each job's log as fuzz-J.log in its working folder: one per target.
  root=$PWD workdir=$PWD parallel=() logs=$log
  if [ "$jobs" -gt 1 ]; then
    workdir=$root/$build/jobs-$target && mkdir -p "$workdir" && rm -f "$workdir"/fuzz-*.log
    parallel=(-jobs="$jobs" -workers="$jobs") logs="$workdir/fuzz-*.log"
  fi
  if (cd "$workdir" && STANCE_FUZZ_TARGET=$target "$root/$build/release/stance-fuzz" \
      "$root/$corpus" "$root/Tests/Fuzz/Seeds/$target" "${parallel[@]}" \
      -dict="$root/Tests/Fuzz/stance.dict" -use_value_profile=1 "$limit" $maxlen \
      -timeout="${FUZZ_TIMEOUT:-10}" -rss_limit_mb=2048 -print_final_stats=1 \
      -artifact_prefix="$root/$crashes/") > "$log" 2>&1; then crashed=0; else crashed=1; status=1; fi
  # shellcheck disable=SC2086 # $logs is a glob when jobs run
  if ! grep -q "Loaded 1 modules" $logs; then echo "fuzz $target: no coverage counters (see $logs)" >&2; exit 1; fi
  # shellcheck disable=SC2086
  runs=$(for f in $logs; do sed -n 's/^stat::number_of_executed_units: *//p' "$f" | tail -1; done | awk '{ n += $1 } END { print n + 0 }')
  # shellcheck disable=SC2086
  if [ "$jobs" -gt 1 ] && grep -q -E "ERROR|property broken|Fatal error|Test unit written" $logs; then crashed=1; status=1; fi
  echo "fuzz $target: $runs runs, $crashed crashes"
  # shellcheck disable=SC2086
  if [ $crashed = 1 ]; then grep -h -m 3 -E "ERROR|property broken|Fatal error|Test unit written" $logs >&2 || true; fi
done
exit $status
