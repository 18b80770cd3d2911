#!/usr/bin/env bash
# Sets Paperboy up on a fresh Debian 12 or Ubuntu 24.04 machine, then runs it.
#
#   scripts/setup.sh run [ARGS...]   install what is missing, build, launch the app (ARGS go to paperboy)
#   scripts/setup.sh test            install what is missing, build, run the whole test suite
#   scripts/setup.sh build           install what is missing and build, nothing else
#   scripts/setup.sh sanitize        install what is missing, build with ASan + UBSan in build-asan/
#                                    (PAPERBOY_ASAN_BUILD_DIR), run the whole test suite there
#
# Idempotent: packages already installed are left alone, the build is
# incremental. Uses sudo for apt when not run as root. Stops at the first
# failure with a message saying which step failed.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
mode="${1:-}"
[ $# -gt 0 ] && shift
build="${PAPERBOY_BUILD_DIR:-$here/build}"
build_type="${CMAKE_BUILD_TYPE:-RelWithDebInfo}"
extra_config=()
if [ "$mode" = sanitize ]; then
    # Its own tree: the sanitized objects never mix with the normal build's.
    build="${PAPERBOY_ASAN_BUILD_DIR:-$here/build-asan}"
    # Debug: Qt's inline assertions (an index out of a QList's range, within
    # its capacity, which ASan cannot see) stay on, and -O0 compiles in about
    # half the time of -O2 with the sanitizers; the suite runs as fast.
    build_type=Debug
    # The benchmarks are left out: nothing here runs them, and speed under
    # ASan says nothing about speed. ccache keeps a second run from
    # recompiling what did not change (its cache lives outside the checkout).
    extra_config=(-DPAPERBOY_SANITIZE=ON -DPAPERBOY_BUILD_BENCH=OFF -DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
die() { printf '\033[1;31msetup: %s\033[0m\n' "$*" >&2; exit 1; }
trap 'die "step failed (line $LINENO): see the output above"' ERR

case "$mode" in
run | test | build | sanitize) ;;
*)
    echo "usage: scripts/setup.sh run|test|build|sanitize" >&2
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
    texlive-latex-base # pdflatex and bibtex (with amsfonts, plain.bst): the tests compile the BibTeX exports
    desktop-file-utils appstream python3-yaml # check the desktop entry, the AppStream metadata and the Flatpak manifest
    dpkg-dev # dpkg-shlibdeps: the .deb's Depends (cmake --build build --target package)
    dbus gnome-keyring # a real Secret Service for the keychain tests
    openssl            # a self-signed certificate for the TLS test
)
if [ "$mode" = sanitize ]; then packages+=(ccache); fi

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
cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE="$build_type" "${extra_config[@]}" >/dev/null

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
sanitize)
    say "Running the test suite under AddressSanitizer and UndefinedBehaviorSanitizer"
    export QT_QPA_PLATFORM=offscreen
    # Exported, so they reach every process the tests start (the paperboy
    # binary, the fake arXiv), which are the sanitized builds too. Any finding
    # stops the process with a non-zero exit: its test fails. handle_segv=0:
    # a segfault stays a crash (tst_security kills paperboy with SIGSEGV and
    # checks it died of it; ASan would turn that into a plain exit 1).
    asan="halt_on_error=1:abort_on_error=0:detect_leaks=1:detect_stack_use_after_return=1"
    export ASAN_OPTIONS="$asan:check_initialization_order=1:strict_init_order=1:print_stacktrace=1:handle_segv=0"
    export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
    # Only leaks inside system libraries are suppressed (the file says which and why).
    export LSAN_OPTIONS="suppressions=$here/tests/sanitizers/lsan.supp:print_suppressions=0"
    started=$(date +%s)
    if ctest --test-dir "$build" --output-on-failure --timeout 900 -j "$(nproc)"; then
        echo "sanitize: OK ($(($(date +%s) - started))s of tests in $build)"
    else
        echo "sanitize: FAILED (see the findings above; build in $build)"
        exit 1
    fi
    ;;
esac
