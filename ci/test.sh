#!/usr/bin/env bash
# Quick start 2: set up (with the test readers), build, and run the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
bash ci/setup.sh --tests
cd build
ctest --output-on-failure --timeout 600 -j "$(nproc)"
