"""Names folded for comparison at the speed 100,000 of them need."""

from __future__ import annotations

import unicodedata

from funnel.customers.identity import _CYRILLIC


class _Folding(dict):
    """`str.translate` table doing what `identity.name_key` does per
    character — drop accents, spell Cyrillic in Latin, punctuation to a
    space — learnt once per character, so 100,000 names fold at C speed."""

    def __missing__(self, code: int) -> str | None:
        ch = chr(code)
        if unicodedata.combining(ch):
            value: str | None = None
        elif ch in _CYRILLIC:
            value = _CYRILLIC[ch]
        elif ch.isalnum() or ch == "_" or ch.isspace():
            value = ch
        else:
            value = " "
        self[code] = value
        return value


_FOLDING = _Folding()


def fast_name_key(name: str | None) -> str:
    """`identity.name_key`, the same answer, faster."""
    text = unicodedata.normalize("NFKD", (name or "").casefold()).translate(_FOLDING)
    return " ".join(text.split())
