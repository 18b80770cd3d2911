#!/usr/bin/env bash
# Runs every libFuzzer target (or the ones named) for a fixed time each:
#   scripts/fuzz.sh [SECONDS_PER_TARGET [TARGET...]]   (default 60, all targets)
# Installs clang and libFuzzer if they are missing, configures build-fuzz/
# (PAPERBOY_FUZZ=ON, instrumented with ASan and UBSan), builds the targets,
# makes the seed corpora from ../shared/fixtures, tests/data, fuzz/seeds and
# the saved regressions, and fuzzes. Every crash, leak, timeout or
# out-of-memory input is copied to tests/data/fuzz-regressions/<target>/,
# where tst_fuzzregressions replays it; the script then exits non-zero and
# names the files. The grown corpora stay in build-fuzz/fuzz-corpus/.
set -euo pipefail

SECONDS_PER_TARGET="${1:-60}"
ALL_TARGETS=(feedparser apiparser replyparser llmenvelope texdisplay bibtexwriter exportformats)
usage() {
    echo "usage: scripts/fuzz.sh [SECONDS_PER_TARGET [TARGET...]]; targets: ${ALL_TARGETS[*]}" >&2
    exit 2
}
[[ "$SECONDS_PER_TARGET" =~ ^[1-9][0-9]*$ ]] || usage
shift $(($# > 0 ? 1 : 0))
TARGETS=("${@:-${ALL_TARGETS[@]}}")
for target in "${TARGETS[@]}"; do
    [[ " ${ALL_TARGETS[*]} " == *" $target "* ]] || usage
done

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="$ROOT/build-fuzz"
FIXTURES="$ROOT/../shared/fixtures"
REGRESSIONS="$ROOT/tests/data/fuzz-regressions"

# ---- tools ----------------------------------------------------------------
have_libfuzzer() {
    command -v clang++ >/dev/null 2>&1 || return 1
    [ -f "$(clang++ -print-resource-dir)/lib/linux/libclang_rt.fuzzer-x86_64.a" ] ||
        [ -n "$(find "$(clang++ -print-resource-dir)/lib" -name 'libclang_rt.fuzzer*.a' 2>/dev/null)" ]
}
if ! have_libfuzzer || ! command -v llvm-symbolizer >/dev/null 2>&1 || ! command -v cmake >/dev/null 2>&1 ||
    ! command -v ninja >/dev/null 2>&1; then
    echo "== installing clang, llvm, libFuzzer, cmake and ninja (apt)"
    SUDO=""
    [ "$(id -u)" -eq 0 ] || SUDO="sudo"
    $SUDO apt-get update -q
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q clang llvm libclang-rt-14-dev cmake ninja-build
fi
# Qt and the other build dependencies are the normal build's: scripts/setup.sh installs them.
if [ ! -d "$FIXTURES" ]; then
    echo "fuzz.sh: the fixtures are missing: expected ../shared/fixtures beside the checkout" >&2
    exit 2
fi

# ---- build ----------------------------------------------------------------
# Debug keeps Qt's own bounds assertions (QList::at, QString::at) in the
# inlined code; -O1 keeps it fast enough to fuzz.
echo "== configuring and building build-fuzz/"
CC=clang CXX=clang++ cmake -S "$ROOT" -B "$BUILD" -G Ninja -DPAPERBOY_FUZZ=ON \
    -DPAPERBOY_BUILD_TESTS=OFF -DPAPERBOY_BUILD_BENCH=OFF \
    -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS=-O1 >"$BUILD.configure.log" 2>&1 ||
    { cat "$BUILD.configure.log" >&2; exit 1; }
rm -f "$BUILD.configure.log"
cmake --build "$BUILD" --target paperboy-fuzz-seeds "${TARGETS[@]/#/fuzz_}"

# ---- seeds ----------------------------------------------------------------
SEEDS="$BUILD/fuzz-seeds"
rm -rf "$SEEDS"
"$BUILD/fuzz/paperboy-fuzz-seeds" "$FIXTURES" "$ROOT/tests/data" "$SEEDS"
for target in "${TARGETS[@]}"; do
    for extra in "$ROOT/fuzz/seeds/$target" "$REGRESSIONS/$target"; do
        if [ -d "$extra" ]; then
            find "$extra" -maxdepth 1 -type f -exec cp {} "$SEEDS/$target/" \;
        fi
    done
done

max_len() {
    case "$1" in
    feedparser | apiparser) echo 32768 ;;
    bibtexwriter | exportformats) echo 16384 ;;
    *) echo 8192 ;;
    esac
}
dict() {
    case "$1" in
    feedparser | apiparser) echo "$ROOT/fuzz/dicts/xml.dict" ;;
    replyparser | llmenvelope) echo "$ROOT/fuzz/dicts/json.dict" ;;
    texdisplay) echo "$ROOT/fuzz/dicts/tex.dict" ;;
    bibtexwriter) echo "$ROOT/fuzz/dicts/bibtex.dict" ;;
    exportformats) echo "$ROOT/fuzz/dicts/markup.dict" ;;
    esac
}

# ---- fuzz -----------------------------------------------------------------
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0:symbolize=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
export LC_ALL=C.UTF-8
SYMBOLIZER="$(command -v llvm-symbolizer || true)"
[ -z "$SYMBOLIZER" ] || export ASAN_SYMBOLIZER_PATH="$SYMBOLIZER"

SUMMARY=()
FOUND=()
for target in "${TARGETS[@]}"; do
    corpus="$BUILD/fuzz-corpus/$target"
    artifacts="$BUILD/fuzz-artifacts/$target"
    log="$BUILD/fuzz-logs/$target.log"
    mkdir -p "$corpus" "$artifacts" "$(dirname "$log")"
    rm -f "$artifacts"/*
    echo "== $target: ${SECONDS_PER_TARGET}s (log: build-fuzz/fuzz-logs/$target.log)"
    status=0
    "$BUILD/fuzz/fuzz_$target" -max_total_time="$SECONDS_PER_TARGET" -timeout=10 -rss_limit_mb=2048 \
        -max_len="$(max_len "$target")" -dict="$(dict "$target")" -print_final_stats=1 \
        -artifact_prefix="$artifacts/" "$corpus" "$SEEDS/$target" >"$log" 2>&1 || status=$?

    execs="$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)"
    rate="$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)"
    corp="$(grep -Eo 'corp: [0-9]+/[0-9a-zA-Z]+' "$log" | tail -1 | cut -d' ' -f2)"
    result="clean"
    shopt -s nullglob
    artefacts=("$artifacts"/crash-* "$artifacts"/leak-* "$artifacts"/timeout-* "$artifacts"/oom-*)
    shopt -u nullglob
    if [ "${#artefacts[@]}" -gt 0 ]; then
        mkdir -p "$REGRESSIONS/$target"
        for file in "${artefacts[@]}"; do
            cp "$file" "$REGRESSIONS/$target/"
            FOUND+=("tests/data/fuzz-regressions/$target/$(basename "$file")")
        done
        result="FOUND ${#artefacts[@]}"
    elif [ "$status" -ne 0 ]; then
        result="FAILED (exit $status, no artefact; see the log)"
        FOUND+=("build-fuzz/fuzz-logs/$target.log")
    fi
    SUMMARY+=("$(printf '%-13s execs %-10s (%s/s)  corpus %-12s %s' "$target" "${execs:-?}" "${rate:-?}" \
        "${corp:-?}" "$result")")
done

echo
echo "== fuzz summary (${SECONDS_PER_TARGET}s per target)"
printf '%s\n' "${SUMMARY[@]}"
if [ "${#FOUND[@]}" -gt 0 ]; then
    echo
    echo "fuzz.sh: findings (replayed by tst_fuzzregressions once the bug is fixed):" >&2
    printf '  %s\n' "${FOUND[@]}" >&2
    exit 1
fi
echo "fuzz.sh: all targets ran clean"
