#!/usr/bin/env bash
# Fails when a tracked C++ source is not clang-formatted (.clang-format), listing the files.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v clang-format >/dev/null || { echo "clang-format is missing: ci/setup.sh --tests installs it"; exit 1; }
files=$(git ls-files '*.cpp' '*.hpp' 2>/dev/null || find generator tests bench -name '*.[ch]pp')
# One clang-format process for all files (one per file took minutes); each violation is reported
# as "FILE:LINE:COL: error: code should be clang-formatted".
# shellcheck disable=SC2086
report=$(clang-format --dry-run -Werror $files 2>&1 >/dev/null) && status=0 || status=$?
bad=$(sed -n 's/^\([^:]*\):[0-9]*:[0-9]*: error: code should be clang-formatted.*/\1/p' <<<"$report" |
      sort -u)
if ((status != 0)) && [[ -z "$bad" ]]; then
    bad="clang-format itself failed: $(head -n 3 <<<"$report")"
fi
if [[ -n "$bad" ]]; then
    echo "not clang-formatted (run clang-format -i on them):"
    echo "$bad"
    exit 1
fi
echo "all $(echo "$files" | wc -w) C++ files are clang-formatted"
