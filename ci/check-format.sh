#!/usr/bin/env bash
# Fails when a tracked C++ source is not clang-formatted (.clang-format), listing the files.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v clang-format >/dev/null || { echo "clang-format is missing: ci/setup.sh --tests installs it"; exit 1; }
files=$(git ls-files '*.cpp' '*.hpp' 2>/dev/null || find generator tests bench -name '*.[ch]pp')
bad=$(for f in $files; do clang-format --dry-run -Werror "$f" >/dev/null 2>&1 || echo "$f"; done)
if [[ -n "$bad" ]]; then
    echo "not clang-formatted (run clang-format -i on them):"
    echo "$bad"
    exit 1
fi
echo "all $(echo "$files" | wc -w) C++ files are clang-formatted"
