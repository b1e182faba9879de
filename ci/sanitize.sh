#!/usr/bin/env bash
# The whole test suite again, built by clang with AddressSanitizer and UBSan into build-sanitize/,
# with the fuzz targets (ci/fuzz.sh runs them). ci/setup.sh --tests installs clang and its runtime.
set -euo pipefail
cd "$(dirname "$0")/.."
source ci/sanitizer-env.sh
cmake -S . -B build-sanitize -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ -DAMPARO_FUZZ=ON -DAMPARO_WERROR=ON \
    >/dev/null
cmake --build build-sanitize -j "$(nproc)"
cd build-sanitize
ctest --output-on-failure --timeout 600 -j "$(nproc)"
