#!/bin/sh
# Runs a command inside a private D-Bus session with a real, unlocked GNOME
# Keyring (the Secret Service), its files in a temporary folder: the
# keychain tests talk to the same daemon people use, never to theirs.
#
#   with-keyring.sh COMMAND [ARGS...]
set -eu
command -v dbus-run-session >/dev/null || { echo "with-keyring: dbus-run-session is missing (apt install dbus)" >&2; exit 1; }
command -v gnome-keyring-daemon >/dev/null || { echo "with-keyring: gnome-keyring-daemon is missing (apt install gnome-keyring)" >&2; exit 1; }
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
mkdir -p "$home/data" "$home/runtime"
chmod 700 "$home/runtime"
# PAPERBOY_TEST_KEYRING tells a test the keyring is this private one.
export XDG_DATA_HOME="$home/data" XDG_RUNTIME_DIR="$home/runtime" HOME="$home" PAPERBOY_TEST_KEYRING=1
dbus-run-session -- sh -c '
    # --unlock reads the password on stdin and creates the login keyring.
    printf "test-password" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    exec "$@"' sh "$@"
