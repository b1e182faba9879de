#!/usr/bin/env bash
# Quick start 2: set up (with the test readers), build, and run the whole test suite; then the
# suite again under AddressSanitizer and UBSan (clang, build-sanitize/), and each fuzz target
# for 20 seconds from its seed corpus.
#
# The sanitizer and fuzz stage runs on every CI run and prints its verdict, but does not yet
# fail the run: the exhibit-packet code merged at the end of session 3 has not been through
# ASan/UBSan yet. Set AMPARO_SANITIZERS_GATE=1 to make it gating (the next session's first step,
# once a run is clean).
set -euo pipefail
cd "$(dirname "$0")/.."
bash ci/setup.sh --tests
(cd build && ctest --output-on-failure --timeout 600 -j "$(nproc)")
if bash ci/sanitize.sh && bash ci/fuzz.sh 20; then
    echo "ci/test.sh: sanitizer suite and fuzz runs clean"
elif [[ "${AMPARO_SANITIZERS_GATE:-0}" == 1 ]]; then
    exit 1
else
    echo "ci/test.sh: WARNING: the sanitizer suite or a fuzz run FAILED (see above); not gating yet"
fi
