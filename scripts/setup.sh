#!/usr/bin/env bash
# Sets Paperboy up on a fresh Debian 12 or Ubuntu 24.04 machine, then runs it.
#
#   scripts/setup.sh run [ARGS...]   install what is missing, build, launch the app (ARGS go to paperboy)
#   scripts/setup.sh test            install what is missing, build, run the whole test suite
#   scripts/setup.sh build           install what is missing and build, nothing else
#
# Idempotent: packages already installed are left alone, the build is
# incremental. Uses sudo for apt when not run as root. Stops at the first
# failure with a message saying which step failed.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build="${PAPERBOY_BUILD_DIR:-$here/build}"
mode="${1:-}"
[ $# -gt 0 ] && shift

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
die() { printf '\033[1;31msetup: %s\033[0m\n' "$*" >&2; exit 1; }
trap 'die "step failed (line $LINENO): see the output above"' ERR

case "$mode" in
run | test | build) ;;
*)
    echo "usage: scripts/setup.sh run|test|build" >&2
    exit 2
    ;;
esac

# Everything the build, the app and the tests need, by Debian package name.
packages=(
    build-essential cmake ninja-build pkg-config git
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libqt6sql6-sqlite libqt6network6 libgl-dev
    qtkeychain-qt6-dev
    qt6-translations-l10n # Qt's own strings (Cancel, Save, the file dialog) in German and Chinese
    tzdata ca-certificates
    biber # reads the BibTeX exports back in the tests
    desktop-file-utils appstream python3-yaml # check the desktop entry, the AppStream metadata and the Flatpak manifest
    dpkg-dev # dpkg-shlibdeps: the .deb's Depends (cmake --build build --target package)
    dbus gnome-keyring # a real Secret Service for the keychain tests
)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    say "Installing missing packages: ${missing[*]}"
    sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || die "need root or sudo to install: ${missing[*]}"
        sudo="sudo"
    fi
    $sudo apt-get update -q
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
else
    say "All required packages are installed"
fi

say "Configuring in $build"
cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE="${CMAKE_BUILD_TYPE:-RelWithDebInfo}" >/dev/null

say "Building"
cmake --build "$build" --parallel "$(nproc)"

case "$mode" in
build)
    say "Built $build/app/paperboy"
    ;;
run)
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
        die "no display to open the window on (use the command line: $build/app/paperboy --help, or xvfb-run)"
    fi
    say "Launching Paperboy"
    exec "$build/app/paperboy" "$@"
    ;;
test)
    say "Running the test suite"
    export QT_QPA_PLATFORM=offscreen
    ctest --test-dir "$build" --output-on-failure --timeout 600 -j "$(nproc)"
    ;;
esac
