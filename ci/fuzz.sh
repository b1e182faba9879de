#!/usr/bin/env bash
# Runs each fuzz target (or those named) for SECONDS on a scratch copy of its seed corpus, so
# nothing is written into the repository. Usage: ci/fuzz.sh [SECONDS] [TARGET...]
# Needs build-sanitize/ (ci/sanitize.sh). A failing input is kept and its path printed: add it to
# tests/fuzz/regressions/TARGET/, named after the bug, with the fix.
set -euo pipefail
cd "$(dirname "$0")/.."
source ci/sanitizer-env.sh
seconds=${1:-20}
shift || true
targets=("$@")
((${#targets[@]} > 0)) || targets=(case_file template exhibit_pdf reference_docx)

scratch=$(mktemp -d "${TMPDIR:-/tmp}/amparo-fuzz.XXXXXX")
for target in "${targets[@]}"; do
    work=$scratch/$target
    mkdir -p "$work/corpus" "$work/artifacts"
    cp tests/fuzz/corpus/"$target"/* "$work/corpus/"
    options=(-max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1
             -artifact_prefix="$work/artifacts/")
    [[ -f tests/fuzz/$target.dict ]] && options+=(-dict="tests/fuzz/$target.dict")
    echo "ci/fuzz.sh: $target for $seconds s"
    if ! build-sanitize/tests/fuzz/"$target"_fuzzer "${options[@]}" "$work/corpus" \
        >"$work/log" 2>&1; then
        tail -n 80 "$work/log"
        echo "ci/fuzz.sh: $target failed; input and log kept in $work"
        exit 1
    fi
    grep -E '^(Done|stat::number_of_executed_units|stat::average_exec_per_sec)' "$work/log" || true
    grep -E '^#[0-9]+[[:space:]]+DONE' "$work/log" | tail -n 1 || true
done
rm -rf "$scratch"
