#!/usr/bin/env bash
# `make sanitize`: the whole test suite under AddressSanitizer (with its leak check) and then under
# ThreadSanitizer, each in a build folder of its own. The `stance` binary the command-line tests
# run is built with the same sanitizer, so it is checked too. Leak suppressions: the test
# framework's and Foundation's own allocations only (scripts/lsan-suppressions.txt).
set -euo pipefail
cd "$(dirname "$0")/.."
# Swift's backtracer otherwise trips a false AddressSanitizer report (../shared/docs/tooling-notes.md).
export SWIFT_BACKTRACE=enable=no
echo "sanitize: AddressSanitizer…" >&2
LSAN_OPTIONS="suppressions=$PWD/scripts/lsan-suppressions.txt" swift test --sanitize=address --build-path .build-asan
echo "sanitize: ThreadSanitizer…" >&2
swift test --sanitize=thread --build-path .build-tsan
echo "sanitize: the suite passed under AddressSanitizer and ThreadSanitizer" >&2
