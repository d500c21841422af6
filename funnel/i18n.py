"""Marking domain messages for translation without importing Qt.

`pyside6-lupdate` finds calls named `QT_TRANSLATE_NOOP(context, text)` in any
Python file, so messages raised here are collected into the .ts files; the UI
translates `FunnelError.template` at its edge and fills in the values. The CLI
and logs keep the English text.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text
