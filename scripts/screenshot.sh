#!/usr/bin/env bash
# Takes docs/window.png: the real window on a full day, under Xvfb. A local
# stand-in for arXiv serves the 100 real papers of the API capture in
# ../shared/fixtures as Monday 27 April 2026's listing; the day is fetched,
# scored offline against docs/demo/criteria-testing.json (criteria that suit
# those papers), three papers are starred, and a paper with inline math is
# opened in the reader with the keyboard, as a person would.
#
#   scripts/screenshot.sh [OUTPUT.png]
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build="${PAPERBOY_BUILD_DIR:-$here/build}"
out="${1:-$here/docs/window.png}"
fixture="$here/../shared/fixtures/arxiv-atom/api2026_search_testing_100entries.xml"

need=()
for tool in xvfb-run:xvfb import:imagemagick xdotool:xdotool openbox:openbox; do
    command -v "${tool%%:*}" >/dev/null || need+=("${tool##*:}")
done
if [ ${#need[@]} -gt 0 ]; then
    sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get update -q
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${need[@]}"
fi
"$here/scripts/setup.sh" build

work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT
export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" XDG_CACHE_HOME="$work/cache"
unset OPENAI_API_KEY
"$build/tests/paperboy-fake-arxiv" --port 0 --api-day "$fixture" >"$work/fake.log" &
for _ in $(seq 50); do grep -q Listening "$work/fake.log" && break; sleep 0.1; done
base=$(sed -n 's/^Listening on //p' "$work/fake.log")
export PAPERBOY_ARXIV_RSS_URL="$base" PAPERBOY_ARXIV_API_URL="$base"

pb() { "$build/app/paperboy" --db "$work/cache.sqlite" "$@"; }
pb fetch
pb criteria set "$here/docs/demo/criteria-testing.json" >/dev/null
pb score --provider offline 2>/dev/null
pb star 2202.12139 2403.16981 1907.06632 >/dev/null

# The window, driven by keys under a small window manager (keys reach only
# an active window); the capture is the window's own area.
xvfb-run -a -s "-screen 0 1360x900x24" bash -c '
    openbox >/dev/null 2>&1 &
    sleep 1
    "$0" --db "$1" >/dev/null 2>&1 &
    sleep 3
    win=$(xdotool search --sync --onlyvisible --name "^Paperboy$" | head -1)
    xdotool windowsize "$win" 1300 840 windowfocus --sync "$win"
    sleep 1
    # Down to the paper with "$0 \le \alpha, \beta \le 1/8$" in its abstract.
    xdotool key slash; sleep 0.5
    xdotool type --delay 40 "simple binary hypothesis"; sleep 1
    xdotool key Return; sleep 1
    xdotool key slash Escape; sleep 1
    import -window "$win" "$2"
' "$build/app/paperboy" "$work/cache.sqlite" "$out"
echo "Wrote $out"
