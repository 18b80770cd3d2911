#!/usr/bin/env python3
"""Refreshes translations/paperboy_en.ts: English plural forms only.

Source strings write plurals as "%n paper(s)" or "%n match(es)"; Qt shows
them as "1 paper" and "3 papers" only through a translation with numerus
forms. This runs lupdate with -pluralonly and fills every form it can
derive ("(s)" and "(es)"; a source without an ending to choose, like
"%n relevant", reads the same for every count). Any other ending in
parentheses ("repl(ies)") is listed for a person to write.

    scripts/update-english-plurals.py [path/to/lupdate]
"""
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

root = Path(__file__).resolve().parent.parent
ts = root / "translations" / "paperboy_en.ts"
lupdate = sys.argv[1] if len(sys.argv) > 1 else "/usr/lib/qt6/bin/lupdate"
subprocess.run([lupdate, "-pluralonly", "-no-obsolete", "-locations", "none", "-source-language", "en",
                "-target-language", "en", str(root / "app"), str(root / "ui"), "-ts", str(ts)], check=True)

tree = ET.parse(ts)
left = []
for message in tree.iter("message"):
    source = message.findtext("source")
    translation = message.find("translation")
    forms = translation.findall("numerusform")
    if translation.get("type") != "unfinished" and all(f.text for f in forms):
        continue
    if not re.search(r"\((e?s)\)", source) and re.search(r"\w\(\W?\w+\)", source):
        left.append(source)
        continue
    forms[0].text = re.sub(r"\(e?s\)", "", source)
    forms[1].text = re.sub(r"\((e?s)\)", r"\1", source)
    translation.attrib.pop("type", None)

with open(ts, "wb") as out:
    out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
    tree.write(out, encoding="utf-8", xml_declaration=False)
    out.write(b"\n")
for source in left:
    print(f"write the plural forms by hand: {source}", file=sys.stderr)
sys.exit(1 if left else 0)
