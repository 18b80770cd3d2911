#!/usr/bin/env python3
"""Reads the Flatpak manifest as flatpak-builder would parse it (YAML) and checks
that it still describes this app: the test suite runs it, since nothing here can
build the Flatpak (no flatpak-builder, no Flathub).

    check-manifest.py MANIFEST APP_ID
"""
import pathlib
import sys

import yaml


def main() -> int:
    manifest = pathlib.Path(sys.argv[1])
    app_id = sys.argv[2]
    data = yaml.safe_load(manifest.read_text(encoding="utf-8"))
    problems = []

    def expect(condition, text):
        if not condition:
            problems.append(text)

    expect(data.get("id") == app_id, f"id is {data.get('id')!r}, not {app_id!r}")
    expect(data.get("command") == "paperboy", "command is not paperboy")
    expect(data.get("runtime") == "org.kde.Platform" and data.get("sdk") == "org.kde.Sdk",
           "not the KDE runtime and SDK")
    args = data.get("finish-args", [])
    for needed in ("--share=network", "--socket=wayland", "--socket=fallback-x11",
                   "--talk-name=org.freedesktop.secrets"):
        expect(needed in args, f"finish-args lack {needed}")

    modules = {m.get("name"): m for m in data.get("modules", [])}
    expect(list(modules)[-1:] == ["paperboy"], "paperboy is not the last module")
    keychain = modules.get("qtkeychain", {})
    for source in keychain.get("sources", []):
        expect(source.get("type") == "git" and source.get("tag"), "qtkeychain is not a tagged git source")
    app = modules.get("paperboy", {})
    expect("-DPAPERBOY_BUILD_TESTS=OFF" in app.get("config-opts", []), "paperboy builds its tests")
    for source in app.get("sources", []):
        if source.get("type") == "dir":
            root = (manifest.parent / source["path"]).resolve()
            expect("project(Paperboy" in (root / "CMakeLists.txt").read_text(encoding="utf-8"),
                   f"{root} is not the checkout")

    for text in problems:
        print(f"{manifest}: {text}", file=sys.stderr)
    if not problems:
        print(f"{manifest}: {len(modules)} modules, {len(args)} finish-args: as expected")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
