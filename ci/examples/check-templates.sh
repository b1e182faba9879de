#!/usr/bin/env bash
# Checks a firm's own copy of amparo's templates in any CI: every template change must be proven
# safe before anyone files with it. Copy this script into the repository that holds the
# templates; github-actions.yml and gitlab-ci.yml beside it run it.
#
#   1. amparo lint-templates  names, partials, sections, citations; renders every test case
#   2. amparo test-templates  each test case's documents against its reviewed snapshots
#                             (<case>.expected/*.md; `amparo test-templates --update` rewrites them)
#   3. amparo build           the test cases' PDFs and Markdown into $OUT, for reviewers to download
#
# Settings (environment):
#   AMPARO     the amparo binary (default: amparo on PATH)
#   TEMPLATES  the templates folder (default: templates)
#   CASES      a folder of fictional test cases, each with its <case>.expected/ (default: cases)
#   OUT        where the drafts are built (default: out)
#   FORMAT     text, or github for annotations on the pull request's lines (default: text)
#
# Every step runs even when an earlier one fails, so that one CI run shows every problem. Exit
# code: the worst of the steps' (0 all passed, 1 template or case errors, 2 usage or setup error).
set -uo pipefail

AMPARO=${AMPARO:-amparo}
TEMPLATES=${TEMPLATES:-templates}
CASES=${CASES:-cases}
OUT=${OUT:-out}
FORMAT=${FORMAT:-text}

worst=0
step() {
    echo "== amparo $1" >&2
    "$AMPARO" "$@"
    local code=$?
    if ((code > worst)); then worst=$code; fi
}

step lint-templates --templates "$TEMPLATES" --samples "$CASES" --format "$FORMAT"
step test-templates --templates "$TEMPLATES" --cases "$CASES" --format "$FORMAT"
step build "$CASES" -o "$OUT" --templates "$TEMPLATES" --formats pdf,md --format "$FORMAT"
exit "$worst"
