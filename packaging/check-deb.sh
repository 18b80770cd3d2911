#!/usr/bin/env bash
# Builds the .deb and proves it on a fresh Debian 12: a new bookworm root made
# with debootstrap, `apt-get install ./paperboy_*.deb` there (so the Depends
# must bring Qt and the rest from the archive), then in that root the command
# line (--version, --help, a command on a new cache) and the window under Xvfb,
# grabbed to a PNG that must not be blank.
#
#   packaging/check-deb.sh
#
#   PAPERBOY_BUILD_DIR          build (or reuse) there; default: a temporary app-only build, removed after
#   PAPERBOY_DEBOOTSTRAP_CACHE  keeps the bootstrap tarball; default ~/.cache/paperboy-debootstrap
#   PAPERBOY_DEBIAN_MIRROR      default http://deb.debian.org/debian
#   PAPERBOY_DEBIAN_SECURITY    default http://deb.debian.org/debian-security
#   PAPERBOY_CHECK_DEB_SHOT     where the window's screenshot goes; default /tmp/paperboy-check-deb-window.png
#
# Needs root (debootstrap, chroot, mounts) and the Debian archive. Prints one
# summary line ("check-deb: OK ..." or "check-deb: FAILED ...") and exits
# non-zero on any failure. Everything it mounts or creates is removed on exit.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
suite=bookworm
mirror=${PAPERBOY_DEBIAN_MIRROR:-http://deb.debian.org/debian}
security=${PAPERBOY_DEBIAN_SECURITY:-http://deb.debian.org/debian-security}
cache=${PAPERBOY_DEBOOTSTRAP_CACHE:-$HOME/.cache/paperboy-debootstrap}
shot=${PAPERBOY_CHECK_DEB_SHOT:-${TMPDIR:-/tmp}/paperboy-check-deb-window.png}
start=$(date +%s)
step="start"
root=""
build=""
temp_build=""
log=$(mktemp -t paperboy-check-deb.XXXXXX.log)
mounted=()

say() { printf '==> %s\n' "$*" >&2; }
elapsed() { echo "$(($(date +%s) - start))s"; }

# Stops what still runs inside the root (processes this script started there),
# unmounts, and removes the root only once nothing is mounted under it.
cleanup() {
    local status=$? pid i
    set +e
    if [ -n "$root" ] && [ -d "$root" ]; then
        for pid in /proc/[0-9]*; do
            [ "$(readlink "$pid/root" 2>/dev/null)" = "$root" ] && kill -9 "${pid#/proc/}" 2>/dev/null
        done
        for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do
            umount "${mounted[i]}" 2>/dev/null || umount -l "${mounted[i]}"
        done
        if grep -qF " $root/" /proc/mounts; then
            echo "check-deb: $root is still mounted; left in place" >&2
        else
            rm -rf --one-file-system "$root"
        fi
    fi
    [ -n "$temp_build" ] && rm -rf "$temp_build"
    if [ "$status" -ne 0 ]; then
        echo "--- the last lines of $log ---" >&2
        tail -n 40 "$log" >&2
        echo "check-deb: FAILED at: $step ($(elapsed); full log: $log)"
    else
        rm -f "$log"
    fi
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# Runs a step with its output in the log; the step's name is what a failure reports.
run() {
    step=$1
    shift
    say "$step"
    "$@" >>"$log" 2>&1
}

if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "check-deb: needs root (debootstrap, chroot, mounts)" >&2; exit 1; }
    exec sudo --preserve-env=PAPERBOY_BUILD_DIR,PAPERBOY_DEBOOTSTRAP_CACHE,PAPERBOY_DEBIAN_MIRROR,PAPERBOY_DEBIAN_SECURITY,PAPERBOY_CHECK_DEB_SHOT "$0" "$@"
fi
if ! command -v debootstrap >/dev/null; then
    run "apt-get install debootstrap" env DEBIAN_FRONTEND=noninteractive \
        apt-get install -y -q --no-install-recommends debootstrap
fi

# --- the package ---
if [ -n "${PAPERBOY_BUILD_DIR:-}" ]; then
    build=$PAPERBOY_BUILD_DIR
else
    temp_build=$(mktemp -d -t paperboy-deb-build.XXXXXX)
    build=$temp_build
fi
if [ ! -f "$build/CMakeCache.txt" ]; then
    generator=()
    command -v ninja >/dev/null && generator=(-G Ninja)
    run "configure $build" cmake -S "$here" -B "$build" "${generator[@]}" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DPAPERBOY_BUILD_TESTS=OFF -DPAPERBOY_BUILD_BENCH=OFF
fi
rm -f "$build"/paperboy_*.deb
run "cmake --build $build --target package" cmake --build "$build" --target package --parallel "$(nproc)"
deb=$(ls "$build"/paperboy_*.deb)
[ "$(echo "$deb" | wc -l)" -eq 1 ] || { step="one .deb in $build"; false; }
version=$(dpkg-deb -f "$deb" Version)
say "$(basename "$deb"): Depends: $(dpkg-deb -f "$deb" Depends)"

# --- a fresh Debian 12 ---
arch=$(dpkg --print-architecture)
tarball="$cache/$suite-$arch-minbase.tgz"
mkdir -p "$cache"
[ -s "$tarball" ] || say "debootstrap --make-tarball $tarball (once; later runs reuse it)"
(
    flock 9
    if [ ! -s "$tarball" ]; then
        scratch=$(mktemp -d -t paperboy-debootstrap.XXXXXX)
        partial="$cache/partial-$$.tgz"
        if debootstrap --variant=minbase --arch="$arch" --make-tarball="$partial" "$suite" "$scratch" "$mirror"; then
            mv "$partial" "$tarball"
        fi
        rm -rf "$scratch" "$partial"
    fi
) 9>"$cache/.lock" >>"$log" 2>&1 || true
step="debootstrap --make-tarball ($tarball)"
[ -s "$tarball" ] || false

root=$(mktemp -d -t paperboy-deb-root.XXXXXX)
chmod 755 "$root" # apt downloads as _apt
run "debootstrap $suite (from $tarball)" \
    debootstrap --variant=minbase --arch="$arch" --unpack-tarball="$tarball" "$suite" "$root" "$mirror"

cat >"$root/etc/apt/sources.list" <<EOF
deb $mirror $suite main
deb $mirror $suite-updates main
deb $security $suite-security main
EOF
cp /etc/resolv.conf "$root/etc/resolv.conf"
printf '#!/bin/sh\nexit 101\n' >"$root/usr/sbin/policy-rc.d" # no services start in the root
chmod 755 "$root/usr/sbin/policy-rc.d"
step="mount proc, sys and dev in $root"
for m in proc sys dev dev/pts dev/shm; do
    mkdir -p "$root/$m"
    case $m in
    proc) mount -t proc proc "$root/proc" ;;
    sys) mount -t sysfs sysfs "$root/sys" ;;
    *) mount --bind "/$m" "$root/$m" ;;
    esac
    mounted+=("$root/$m")
done
install -m 644 "$deb" "$root/srv/"

# --- inside it ---
cat >"$root/srv/check.sh" <<'EOF'
set -euo pipefail
report() { echo "$1=$2" >>/srv/results; }
step() { echo "$*" >/srv/step; echo "=== $*"; }
cd /srv
step "apt-get update (in the root)"
apt-get update -q
step "apt-get install ./$DEB (in the root)"
before=$(dpkg-query -W -f='${binary:Package}\n' | wc -l)
apt-get install -y -q --no-install-recommends "./$DEB"
report pulled $(($(dpkg-query -W -f='${binary:Package}\n' | wc -l) - before - 1))

step "Recommends and Suggests are in the archive"
for p in $(dpkg-deb -f "$DEB" Recommends Suggests | sed -e 's/^[A-Za-z]*://' -e 's/([^)]*)//g' | tr ',|' '\n\n'); do
    apt-cache show --no-all-versions "$p" >/dev/null
done

step "paperboy --version"
out=$(paperboy --version)
echo "$out"
case $out in *"$VERSION"*) ;; *) echo "expected $VERSION"; exit 1 ;; esac
report version "$out"
step "paperboy --help"
paperboy --help >help.txt
grep -q fetch help.txt
step "paperboy --db /tmp/check.sqlite list"
paperboy --db /tmp/check.sqlite list
test -s /tmp/check.sqlite
step "paperboy --db /tmp/check.sqlite criteria prompt"
paperboy --db /tmp/check.sqlite criteria prompt >prompt.txt
grep -q 'System prompt' prompt.txt

step "apt-get install xvfb xauth imagemagick x11-utils (in the root)"
apt-get install -y -q --no-install-recommends xvfb xauth imagemagick x11-utils
step "the window under Xvfb"
cat >window.sh <<'WINDOW'
set -u
paperboy &
app=$!
line=""
for _ in $(seq 1 40); do
    sleep 0.5
    kill -0 "$app" 2>/dev/null || { echo "paperboy exited"; wait "$app"; exit 1; }
    # The top-level titled ...Paperboy that has a WM_CLASS (Qt's 1x1 client
    # leader has the title but none): 0x... "Title": ("instance" "class")  WxH+X+Y
    line=$(xwininfo -root -children | grep -E '^ +0x[0-9a-f]+ "[^"]*Paperboy[^"]*": \("[^"]*" "[^"]+"\)' | head -n 1 || true)
    [ -n "$line" ] && break
done
[ -n "$line" ] || { echo "no Paperboy window in 20 s"; xwininfo -root -tree; kill "$app"; exit 1; }
echo "$line"
sleep 2 # let it paint
import -window root /srv/window.png
kill "$app"
wait "$app" 2>/dev/null
class=$(echo "$line" | sed -E 's/.*\("([^"]*)" "([^"]*)"\).*/\2/')
echo "wmclass=$class" >>/srv/results
WINDOW
PAPERBOY_ARXIV_RSS_URL=http://127.0.0.1:9 PAPERBOY_ARXIV_API_URL=http://127.0.0.1:9 \
    xvfb-run -a -s "-screen 0 1280x900x24" bash window.sh
colours=$(identify -format %k window.png)
report colours "$colours"
[ "$colours" -ge 64 ] || { echo "the screen has $colours colours: blank"; exit 1; }
EOF
step="inside the root"
say "inside the fresh $suite root: apt-get install ./$(basename "$deb"), the command line, the window"
if ! chroot "$root" /usr/bin/env -i HOME=/root PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 \
    DEBIAN_FRONTEND=noninteractive DEB="$(basename "$deb")" VERSION="$version" \
    /bin/bash /srv/check.sh >>"$log" 2>&1; then
    step="$(cat "$root/srv/step" 2>/dev/null || echo "inside the root")"
    false
fi
get() { sed -n "s/^$1=//p" "$root/srv/results"; }
cp "$root/srv/window.png" "$shot"

# The desktop entry's StartupWMClass names the window's class.
wmclass=$(sed -n 's/^StartupWMClass=//p' "$root/usr/share/applications/app.paperboy.Paperboy.desktop")
step="StartupWMClass=$wmclass is the window's WM_CLASS ($(get wmclass))"
[ "$wmclass" = "$(get wmclass)" ]

step="done"
echo "check-deb: OK: $(basename "$deb") installed with apt on a fresh Debian 12 ($(get pulled) packages from the archive);" \
    "'$(get version)', --help, list and criteria ran; the window (WM_CLASS $(get wmclass)) drew $(get colours) colours ($shot); $(elapsed)"
