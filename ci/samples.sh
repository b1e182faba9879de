#!/usr/bin/env bash
# Quick start 1: set up, build, and run the main job on the shipped samples into out/.
set -euo pipefail
cd "$(dirname "$0")/.."
bash ci/setup.sh
build/amparo build samples/ -o out/
