#!/usr/bin/env bash
# The whole test suite again, built by clang with AddressSanitizer and UBSan into build-sanitize/,
# with the fuzz targets (ci/fuzz.sh runs them). ci/setup.sh --tests installs clang and its runtime.
set -euo pipefail
cd "$(dirname "$0")/.."
source ci/sanitizer-env.sh
# -O1 with line tables only, as the sanitizers' own documentation suggests: stacks keep their
# file:line, and the build takes far less of CI's time than -O2 -g.
flags="-O1 -gline-tables-only -DNDEBUG"
cmake -S . -B build-sanitize -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_C_FLAGS_RELWITHDEBINFO="$flags" -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="$flags" \
    -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ -DAMPARO_FUZZ=ON -DAMPARO_WERROR=ON \
    >/dev/null
cmake --build build-sanitize -j "$(nproc)"
cd build-sanitize
# Not run again here: the format check (no compiled code) and the read-back of every sample's
# DOCX by LibreOffice, whose minutes go to LibreOffice; the DOCX writer runs sanitized in the
# other DOCX tests. Both run in the gcc suite.
ctest --output-on-failure --timeout 600 -j "$(nproc)" \
    -E '^(clang_format_check|DocxOutput\.EverySampleDocumentReadsBackWithItsHeadingsInOrder)$'
