#!/usr/bin/env bash
# Quick start 2: set up (with the test readers), build, and run the whole test suite; then the
# suite again under AddressSanitizer and UBSan (clang, build-sanitize/), and each fuzz target
# for 20 seconds from its seed corpus.
#
# The sanitizer stage passed on 2026-12-02 (378 tests, four fuzz runs) before the template-ci and
# docx-fields branches were merged; their code has not been through it yet, so for now a failure
# there is reported but does not fail CI. AMPARO_SANITIZERS_GATE=1 makes it fail the run.
set -euo pipefail
cd "$(dirname "$0")/.."
bash ci/setup.sh --tests
(cd build && ctest --output-on-failure --timeout 600 -j "$(nproc)")
if bash ci/sanitize.sh && bash ci/fuzz.sh 20; then
    echo "ci/test.sh: sanitizer suite and fuzz runs clean"
elif [[ "${AMPARO_SANITIZERS_GATE:-0}" == 1 ]]; then
    exit 1
else
    echo "ci/test.sh: WARNING: the sanitizer suite or a fuzz run FAILED (see above); not gating"
fi
