#!/usr/bin/env bash
# Builds and runs every benchmark, printing their results. Method and
# recorded figures: docs/BENCHMARKS.md.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build="${PAPERBOY_BUILD_DIR:-$here/build}"
"$here/scripts/setup.sh" build
echo "== bench_fetchstore: parse and store a 1,500-item day"
"$build/bench/bench_fetchstore" --items 1500 --runs 21
