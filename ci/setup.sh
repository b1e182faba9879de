#!/usr/bin/env bash
# Installs what amparo needs from Debian 12 packages (only what is missing), then configures and
# builds into build/. Usage: ci/setup.sh [--tests]   (--tests adds the readers the tests use)
set -euo pipefail
cd "$(dirname "$0")/.."

build_packages=(
    g++ cmake ninja-build pkg-config
    libyaml-dev libvalijson-dev nlohmann-json3-dev libkainjow-mustache-dev libcli11-dev
    libcmark-gfm-dev libcmark-gfm-extensions-dev
    libpodofo-dev libqpdf-dev libfontconfig-dev libfreetype-dev zlib1g-dev fonts-liberation2
    libxml2-dev libzip-dev zipcmp zipmerge ziptool
    googletest libgtest-dev
)
# Real readers the tests check output with; LibreOffice is large, so only for tests. clang and
# its sanitizer and libFuzzer runtime build the sanitizer suite and the fuzz targets (ci/sanitize.sh);
# GNU parallel runs the sharding example of docs/scaling.md.
test_packages=(poppler-utils qpdf json-schema-test-suite libreoffice-writer-nogui unzip clang-format git
               clang libclang-rt-14-dev parallel)

wanted=("${build_packages[@]}")
if [[ "${1:-}" == "--tests" ]]; then
    wanted+=("${test_packages[@]}")
fi

missing=()
for package in "${wanted[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done
if ((${#missing[@]} > 0)); then
    echo "ci/setup.sh: installing ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DAMPARO_WERROR=ON >/dev/null
cmake --build build
