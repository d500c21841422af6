"""Fill the .ts files from translation tables, then compile.

    .venv/bin/python resources/translations/update.py --no-release
    .venv/bin/python resources/translations/fill.py resources/translations/pending/*.json

A table is JSON: {"ru": {"Context": {"Source text": "Перевод", "%n deal(s)":
["%n сделка", "%n сделки", "%n сделок"]}}, "pt_BR": {...}, "en": {...}}.
Plural messages take a list of forms (ru: 3, pt_BR: 2, en: 2). Work done on
a branch brings its strings as a table, so parallel branches never fight over
the generated .ts files; the table is applied (and removed) when merged.
Only messages still marked unfinished are filled; a table never overwrites a
reviewed translation.
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import update  # noqa: E402


def fill(ts: Path, table: dict[str, dict[str, str | list[str]]]) -> int:
    tree = ET.parse(ts)
    filled = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        entries = table.get(name or "", {})
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if source not in entries or translation is None:
                continue
            if translation.get("type") != "unfinished":
                continue
            value = entries[source]
            if message.get("numerus") == "yes":
                forms = value if isinstance(value, list) else [value]
                for child in list(translation):
                    translation.remove(child)
                translation.text = None
                for form in forms:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = value if isinstance(value, str) else value[0]
            del translation.attrib["type"]
            filled += 1
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", "utf-8")
    return filled


def main(paths: list[str]) -> None:
    tables = [json.loads(Path(p).read_text("utf-8")) for p in paths]
    for language in update.LANGUAGES:
        merged: dict[str, dict] = {}
        for table in tables:
            for context, entries in table.get(language, {}).items():
                merged.setdefault(context, {}).update(entries)
        ts = update.ts_path(language)
        print(f"{language}: {fill(ts, merged)} filled")
        update.lrelease(ts, ts.with_suffix(".qm"))


if __name__ == "__main__":
    main(sys.argv[1:])
