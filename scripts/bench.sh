#!/usr/bin/env bash
# Builds and runs every benchmark, printing their results. Method and
# recorded figures: docs/BENCHMARKS.md.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build="${PAPERBOY_BUILD_DIR:-$here/build}"
"$here/scripts/setup.sh" build
echo "== bench_fetchstore: parse and store a 1,500-item day"
"$build/bench/bench_fetchstore" --items 1500 --runs 21
echo "== bench_fetchstore: parse and store a 5,000-item day (the largest days)"
"$build/bench/bench_fetchstore" --items 5000 --runs 11
echo "== bench_bigday: paperboy fetch + score --provider offline of a 5,000-paper day, end to end"
"$build/bench/bench_bigday" --papers 5000 --runs 7
echo "== bench_offlinescorer: offline scoring of a 1,500-paper day, 20,000-paper history"
"$build/bench/bench_offlinescorer" --papers 1500 --history 20000 --runs 11
echo "== bench_scoringquality: how well the offline scorer ranks nine real days (cold, learning from stars, vs TF-IDF + SVM)"
"$build/bench/bench_scoringquality"
echo "== bench_llmscoring: LLM scoring of 900 papers against a model-like fake server (minutes)"
"$build/bench/bench_llmscoring" --papers 900 --concurrency 8,4,1 --batch 0
"$build/bench/bench_llmscoring" --papers 900 --concurrency 8 --batch 10,40
echo "== bench_llmscoring: 900 papers, every request answered in exactly 2 s, concurrency 8 (5 runs)"
for run in 1 2 3 4 5; do
    "$build/bench/bench_llmscoring" --papers 900 --concurrency 8 --batch 0 --request-ms 2000
done
echo "== bench_llmday: a real 404-paper day with gpt-5 at medium effort, the app's defaults otherwise; title pass auto, on, off (about 3 minutes)"
"$build/bench/bench_llmday" --day 2025-10-01 --effort medium --title-filter auto,on,off
echo "== bench_llmday: the same day with the offline cascade (about 1 minute)"
"$build/bench/bench_llmday" --day 2025-10-01 --effort medium --cascade on
echo "== bench_llmday: a real 273-paper day after eight starred days, the offline cascade off and on (about 2 minutes)"
"$build/bench/bench_llmday" --day 2025-10-17 --effort medium --cascade off,on --warm
echo "== bench_site: the web site of a 250-day, 125,000-paper cache: first build, unchanged rebuild, one day rescored (about 2 minutes)"
"$build/bench/bench_site" --days 250 --per-day 500 --runs 5
echo "== bench_window: the window on a 500,000-paper cache (built once, about 2 minutes, under /tmp)"
QT_QPA_PLATFORM=offscreen "$build/bench/bench_window" --cache "${PAPERBOY_BENCH_CACHE:-/tmp/pb-bench/cache-500k.sqlite}"
