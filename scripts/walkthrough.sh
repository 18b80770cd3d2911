#!/usr/bin/env bash
# Shares a day the way the README shows a new user, with no internet: a
# stand-in for arXiv serves Monday 27 April 2026's real cs.LG and cs.AI
# listings and an API capture, stand-ins for a Slack webhook and Zotero's
# connector take what is sent, and the real `paperboy` works on a cache of
# its own. Each step says what it runs and checks what came of it; the first
# step that fails ends the walk with a line saying why, and a non-zero exit.
#
#   scripts/walkthrough.sh [BUILD_DIR]      (default: build/ of this checkout)
#
# Needs the targets paperboy, paperboy-fake-arxiv and paperboy-standin.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=$(cd "${1:-${PAPERBOY_BUILD_DIR:-$here/build}}" && pwd)
fixtures="$here/../shared/fixtures"
paperboy_bin="$build/app/paperboy"
fake_arxiv="$build/tests/paperboy-fake-arxiv"
standin="$build/tests/paperboy-standin"
for program in "$paperboy_bin" "$fake_arxiv" "$standin"; do
    [ -x "$program" ] || { echo "walkthrough: $program is missing: build it first (scripts/setup.sh build)" >&2; exit 2; }
done

work=$(mktemp -d)
servers=()
cleanup() {
    for pid in "${servers[@]}"; do
        kill "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    done
    rm -rf "$work"
}
trap cleanup EXIT
cd "$work"

# Nothing of the person's own: settings, cache, display, keys and chat
# addresses stay out of the walk.
export HOME="$work/home" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"
export XDG_CACHE_HOME="$work/cache" XDG_STATE_HOME="$work/state" LC_ALL=C.UTF-8 QT_QPA_PLATFORM=offscreen
unset DISPLAY WAYLAND_DISPLAY DBUS_SESSION_BUS_ADDRESS OPENAI_API_KEY OPENAI_BASE_URL PAPERBOY_ZOTERO_URL \
    PAPERBOY_SLACK_WEBHOOK_URL PAPERBOY_WEBHOOK_URL PAPERBOY_MATRIX_HOMESERVER PAPERBOY_MATRIX_TOKEN \
    PAPERBOY_MATRIX_ROOM
mkdir -p "$HOME"
db="$work/demo.sqlite"
day=2026-04-27

steps=0
current="starting"
step() {
    steps=$((steps + 1))
    current=$1
    printf '\n== %d. %s\n' "$steps" "$1"
}
fail() {
    echo "walkthrough FAILED at step $steps ($current): $*" >&2
    exit 1
}

# Runs paperboy on the walk's cache (at most 60 s), shows what it printed;
# $out holds it (stdout and stderr) and $rc its exit status.
pb() {
    echo "\$ paperboy --db demo.sqlite $*"
    set +e
    out=$(timeout 60 "$paperboy_bin" --db "$db" "$@" 2>&1)
    rc=$?
    set -e
    [ -z "$out" ] || printf '%s\n' "$out" | sed 's/^/    /'
}
expect_ok() {
    [ "$rc" -eq 0 ] || fail "paperboy exited with status $rc"
}
expect_said() {
    grep -qF -- "$1" <<<"$out" || fail "paperboy did not say \"$1\""
}

# Starts a stand-in on a random free port: "$@" is its command, which gets
# --port; retried on another port when that one is taken. Sets $port and
# $pid, and waits (at most 10 s) for the stand-in to say it listens.
start_server() {
    local log=$1
    shift
    for _ in 1 2 3 4 5 6 7 8; do
        port=$((20000 + RANDOM % 40000))
        "$@" --port "$port" >"$log" 2>&1 &
        pid=$!
        for _ in $(seq 100); do
            grep -q '^Listening on' "$log" && { servers+=("$pid"); return 0; }
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.1
        done
        kill "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    done
    fail "$(basename "$1") did not start on a free port: $(tail -n 1 "$log")"
}
stop_server() {
    kill "$1" 2>/dev/null || true
    wait "$1" 2>/dev/null || true
}
# Lines of a stand-in's log that start with $2, counted.
count_lines() {
    grep -c "^$2" "$1" || true
}

step "a stand-in for arXiv serves the day's cs.LG and cs.AI listings and an API capture"
start_server arxiv.log "$fake_arxiv" \
    --feed "cs.LG=$fixtures/arxiv-rss/rss_new_2026-04-27_cs.LG_trimmed3.xml" \
    --feed "cs.AI=$fixtures/arxiv-rss/rss_new_2026-04-27_cs.AI_trimmed3.xml" \
    --api "$fixtures/arxiv-atom/api2026_search_testing_100entries.xml"
export PAPERBOY_ARXIV_RSS_URL="http://127.0.0.1:$port" PAPERBOY_ARXIV_API_URL="http://127.0.0.1:$port"
echo "arXiv stand-in on port $port"

step "fetch the day"
pb fetch --categories cs.LG,cs.AI
expect_ok
expect_said "Stored 6 papers for Mon 27 Apr 2026"
pb list
expect_ok
mapfile -t day_ids < <(awk 'NR > 1 { print $1 }' <<<"$out")
[ "${#day_ids[@]}" -eq 6 ] || fail "the day lists ${#day_ids[@]} papers, not 6"

step "score the day offline"
pb score --provider offline
expect_ok
expect_said "Scored 6 of 6 papers of $day with offline"

step "export the day as a web page"
pb export --format html --date "$day" -o day.html
expect_ok
[ -s day.html ] || fail "day.html was not written"
for id in "${day_ids[@]}"; do
    grep -qF "https://arxiv.org/abs/$id" day.html || fail "day.html does not link paper $id"
done
echo "day.html: $(wc -c <day.html) bytes, all ${#day_ids[@]} papers"

step "build a static site of the cache, then again"
pb export --format html --site site
expect_ok
for page in index.html feed.xml 2026-04-27.html; do
    [ -s "site/$page" ] || fail "site/$page was not written"
done
for id in "${day_ids[@]}"; do
    grep -qF "https://arxiv.org/abs/$id" site/2026-04-27.html || fail "the site's day page does not link paper $id"
done
pb export --format html --site site
expect_ok
expect_said "0 files updated"

step "push the day to a stand-in for a Slack webhook"
start_server slack.log "$standin" slack --save messages
slack_pid=$pid
export PAPERBOY_SLACK_WEBHOOK_URL="http://127.0.0.1:$port/services/T/B/X"
pb push --to slack
expect_ok
expect_said "Pushed "
sent=$(count_lines slack.log "slack: message")
[ "$sent" -ge 1 ] || fail "the Slack stand-in got no message"
expect_said "in $sent message"
grep -qF '"blocks"' messages/message-1.json || fail "the message saved by the Slack stand-in holds no blocks"
sed -n 's/^slack: /    stand-in: /p' slack.log

step "push again: nothing is sent twice"
pb push --to slack
expect_ok
expect_said "nothing sent"
[ "$(count_lines slack.log "slack: message")" -eq "$sent" ] || fail "the Slack stand-in got a message again"

step "push again with --again"
pb push --to slack --again
expect_ok
[ "$(count_lines slack.log "slack: message")" -gt "$sent" ] || fail "--again sent the Slack stand-in nothing"
stop_server "$slack_pid"

step "star three papers and send them to a stand-in for Zotero"
start_server zotero.log "$standin" zotero
zotero_pid=$pid
export PAPERBOY_ZOTERO_URL="http://127.0.0.1:$port"
starred=(2604.21935 2604.21936 2604.21937)
for id in "${starred[@]}"; do
    printf '%s\n' "${day_ids[@]}" | grep -qxF "$id" || fail "$id is not a paper of the day"
done
pb star "${starred[@]}"
expect_ok
pb zotero --starred
expect_ok
expect_said "Sent 3 papers to Zotero."
[ "$(count_lines zotero.log "zotero: saved")" -eq 3 ] || fail "the Zotero stand-in saved $(count_lines zotero.log "zotero: saved") items, not 3"
for id in "${starred[@]}"; do
    grep -q "^zotero: saved $id " zotero.log || fail "the Zotero stand-in did not save $id"
done
sed -n 's/^zotero: /    stand-in: /p' zotero.log

step "with Zotero closed, say so"
stop_server "$zotero_pid"
pb zotero --starred
[ "$rc" -eq 3 ] || fail "paperboy exited with status $rc, not 3"
expect_said "Zotero is not running"
unset PAPERBOY_ZOTERO_URL

step "append the starred papers to a .bib you keep"
cp "$here/docs/demo/refs.bib" refs.bib
cp refs.bib refs-before.bib
pb export --format bibtex --starred -o refs.bib --append
expect_ok
expect_said "3 papers appended to refs.bib"
cmp -s -n "$(wc -c <refs-before.bib)" refs-before.bib refs.bib || fail "the entries already in refs.bib changed"
for id in "${starred[@]}"; do
    grep -qF "$id" refs.bib || fail "refs.bib does not cite $id"
done
cp refs.bib refs-appended.bib

step "append again: nothing twice"
pb export --format bibtex --starred -o refs.bib --append
expect_ok
expect_said "Nothing to append"
cmp -s refs-appended.bib refs.bib || fail "refs.bib changed though nothing was new"

step "import a library of 20 arXiv papers and see them starred"
cp "$here/docs/demo/library.bib" library.bib
mapfile -t library_ids < <(sed -n 's|^[[:space:]]*url = {http://arxiv.org/abs/\(.*\)},$|\1|p' library.bib)
[ "${#library_ids[@]}" -eq 20 ] || fail "library.bib cites ${#library_ids[@]} arXiv papers, not 20"
pb import library.bib
expect_ok
expect_said "Starred 20 arXiv papers of"
pb list --starred
expect_ok
mapfile -t listed < <(awk 'NR > 1 { print $1 }' <<<"$out")
for id in "${library_ids[@]}"; do
    printf '%s\n' "${listed[@]}" | grep -qxF "$id" || fail "list --starred does not show $id"
done

printf '\nwalkthrough OK: %d steps\n' "$steps"
