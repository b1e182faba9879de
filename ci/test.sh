#!/usr/bin/env bash
# Quick start 2: set up (with the test readers), build, and run the whole test suite; then the
# suite again under AddressSanitizer and UBSan (clang, build-sanitize/), and each fuzz target
# for 20 seconds from its seed corpus. Any failure, in either suite or a fuzz run, fails the run.
set -euo pipefail
cd "$(dirname "$0")/.."
bash ci/setup.sh --tests
(cd build && ctest --output-on-failure --timeout 600 -j "$(nproc)")
bash ci/sanitize.sh
bash ci/fuzz.sh 20
echo "ci/test.sh: both suites passed and the fuzz runs were clean"
