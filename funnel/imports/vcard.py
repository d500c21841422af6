"""Reading vCard files (.vcf, versions 2.1, 3.0 and 4.0) as phones, Google,
Outlook, Apple and Thunderbird write them, into the table every client import
reads.

Tolerant where the writers differ: folded lines (a line starting with a space
or tab continues the previous one); vCard 2.1's QUOTED-PRINTABLE values with
their soft line breaks (a line ending in `=`) and CHARSET; bare 2.1 types
(`TEL;CELL:`) and 3.0/4.0 `TYPE=` lists; `tel:` URIs; backslash escapes.
PHOTO, LOGO, SOUND and properties Funnel does not know are skipped. What
cannot be read safely stops with the line: a card that never ends, a card
begun inside another.

Each card becomes one row with Google Contacts' column names ("Phone 1 -
Type", "Phone 1 - Value"…), so the same mapping reads both.
"""

from __future__ import annotations

import os
import quopri
import re
from dataclasses import dataclass, field
from pathlib import Path

from funnel.errors import ValidationError
from funnel.i18n import QT_TRANSLATE_NOOP
from funnel.imports.csvfile import CsvTable, decode

SKIPPED = frozenset({"PHOTO", "LOGO", "SOUND", "KEY"})
PHONE_TYPES = {"cell": "mobile", "mobile": "mobile", "iphone": "mobile", "home": "home",
               "work": "work", "fax": "fax", "main": "main", "pager": "pager",
               "other": "other"}  # fmt: skip
EMAIL_TYPES = {"home": "home", "work": "work", "other": "other"}
_PROPERTY = re.compile(r"^(?:[A-Za-z0-9-]+\.)?([A-Za-z0-9-]+)((?:;[^:]*)?):(.*)$", re.S)
_BDAY = re.compile(r"(\d{4}|--)-?(\d{2})-?(\d{2})")


@dataclass
class VCard:
    line: int
    full_name: str = ""
    given: str = ""
    additional: str = ""
    family: str = ""
    org: str = ""
    birthday: str = ""
    notes: list[str] = field(default_factory=list)
    phones: list[tuple[str, str]] = field(default_factory=list)  # (value, type)
    emails: list[tuple[str, str]] = field(default_factory=list)


def _unescape(text: str) -> str:
    out = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == "\\" and i + 1 < len(text):
            nxt = text[i + 1]
            out.append("\n" if nxt in "nN" else nxt)
            i += 2
            continue
        out.append(ch)
        i += 1
    return "".join(out)


def _split(text: str, sep: str) -> list[str]:
    """Split on unescaped separators, then unescape each part."""
    parts, current, i = [], [], 0
    while i < len(text):
        ch = text[i]
        if ch == "\\" and i + 1 < len(text):
            current.append(text[i : i + 2])
            i += 2
            continue
        if ch == sep:
            parts.append(_unescape("".join(current)))
            current = []
        else:
            current.append(ch)
        i += 1
    parts.append(_unescape("".join(current)))
    return parts


def _params(text: str) -> dict[str, list[str]]:
    """`;TYPE=cell,voice;CHARSET=utf-8;PREF` → {"TYPE": ["cell", "voice"], …};
    bare 2.1 words are types (or the encoding)."""
    params: dict[str, list[str]] = {}
    for raw in re.findall(r';((?:[^;"]|"[^"]*")*)', text):
        name, eq, value = raw.partition("=")
        name = name.strip().upper()
        if not eq:
            if name in ("QUOTED-PRINTABLE", "BASE64", "8BIT", "7BIT", "B"):
                params.setdefault("ENCODING", []).append(name)
            elif name:
                params.setdefault("TYPE", []).append(name.lower())
            continue
        values = [v.strip().strip('"') for v in value.split(",")]
        params.setdefault(name, []).extend(v.lower() if name == "TYPE" else v for v in values)
    return params


def _logical_lines(text: str) -> list[tuple[int, str]]:
    """Unfolded lines with the number of the physical line each starts on.
    A QUOTED-PRINTABLE value ending in '=' continues on the next line."""
    physical = text.splitlines()
    result: list[tuple[int, str]] = []
    i = 0
    while i < len(physical):
        number, line = i + 1, physical[i]
        i += 1
        while i < len(physical):
            head = line.split(":", 1)[0].upper()
            if "QUOTED-PRINTABLE" in head and line.endswith("="):
                following = physical[i]
                line = line[:-1] + (following[1:] if following[:1] in (" ", "\t") else following)
            elif physical[i][:1] in (" ", "\t"):
                line += physical[i][1:]
            else:
                break
            i += 1
        result.append((number, line))
    return result


def _decode_value(value: str, params: dict[str, list[str]]) -> str:
    encoding = [e.upper() for e in params.get("ENCODING", [])]
    if "QUOTED-PRINTABLE" in encoding:
        charset = (params.get("CHARSET") or ["utf-8"])[0]
        data = quopri.decodestring(value.encode("latin-1", "replace"))
        try:
            return data.decode(charset)
        except (LookupError, UnicodeDecodeError):
            return data.decode("utf-8", "replace")
    return value


def _type_of(params: dict[str, list[str]], known: dict[str, str]) -> str:
    for t in params.get("TYPE", []):
        if t in known:
            return known[t]
    return ""


def _birthday(value: str) -> str:
    m = _BDAY.match(value.strip())
    if not m:
        return value.strip()
    year, month, day = m.groups()
    return f"--{month}-{day}" if year == "--" else f"{year}-{month}-{day}"


def parse_vcards(text: str, name: str = "the file") -> list[VCard]:
    cards: list[VCard] = []
    card: VCard | None = None
    for number, line in _logical_lines(text):
        if not line.strip():
            continue
        m = _PROPERTY.match(line)
        if m is None:
            continue  # a stray line (2.1 base64 photo data): not ours to judge
        prop, raw_params, value = m.group(1).upper(), m.group(2), m.group(3)
        if prop == "BEGIN" and value.strip().upper() == "VCARD":
            if card is not None:
                raise _no_end(name, card.line)
            card = VCard(number)
            continue
        if prop == "END" and value.strip().upper() == "VCARD":
            if card is None:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Errors", "{name} line {line}: END:VCARD without a BEGIN:VCARD."
                    ),
                    name=name,
                    line=number,
                )
            cards.append(card)
            card = None
            continue
        if card is None or prop in SKIPPED:
            continue
        params = _params(raw_params)
        value = _decode_value(value, params)
        _apply(card, prop, params, value)
    if card is not None:
        raise _no_end(name, card.line)
    return cards


def _no_end(name: str, line: int) -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "{name} line {line}: this card has no END:VCARD; the file is cut or damaged. "
            "Nothing was imported.",
        ),
        name=name,
        line=line,
    )


def _apply(card: VCard, prop: str, params: dict[str, list[str]], value: str) -> None:
    if prop == "FN":
        card.full_name = _unescape(value).strip()
    elif prop == "N":
        parts = [*_split(value, ";"), "", "", ""]
        card.family, card.given, card.additional = (p.strip() for p in parts[:3])
    elif prop == "ORG":
        card.org = ", ".join(p.strip() for p in _split(value, ";") if p.strip())
    elif prop == "BDAY":
        card.birthday = _birthday(_unescape(value))
    elif prop == "NOTE":
        note = _unescape(value).strip()
        if note:
            card.notes.append(note)
    elif prop == "TEL":
        phone = _unescape(value).strip()
        if phone.lower().startswith("tel:"):
            phone = phone[4:]
        if phone:
            card.phones.append((phone, _type_of(params, PHONE_TYPES)))
    elif prop == "EMAIL":
        email = _unescape(value).strip()
        if email.lower().startswith("mailto:"):
            email = email[7:]
        if email:
            card.emails.append((email, _type_of(params, EMAIL_TYPES)))


def cards_table(cards: list[VCard], name: str) -> CsvTable:
    phones = max((len(c.phones) for c in cards), default=0)
    emails = max((len(c.emails) for c in cards), default=0)
    columns = ["Name", "Given Name", "Additional Name", "Family Name", "Organization 1 - Name",
               "Birthday", "Notes"]  # fmt: skip
    for i in range(1, phones + 1):
        columns += [f"Phone {i} - Type", f"Phone {i} - Value"]
    for i in range(1, emails + 1):
        columns += [f"E-mail {i} - Type", f"E-mail {i} - Value"]
    rows = []
    for c in cards:
        row = [c.full_name, c.given, c.additional, c.family, c.org, c.birthday,
               "\n".join(c.notes)]  # fmt: skip
        for i in range(phones):
            row += [c.phones[i][1], c.phones[i][0]] if i < len(c.phones) else ["", ""]
        for i in range(emails):
            row += [c.emails[i][1], c.emails[i][0]] if i < len(c.emails) else ["", ""]
        rows.append(tuple(row))
    return CsvTable(
        name=name,
        encoding="vcard",
        delimiter="",
        columns=tuple(columns),
        rows=tuple(rows),
        lines=tuple(c.line for c in cards),
    )


def read_vcard(path: str | os.PathLike[str], *, max_rows: int | None = None) -> CsvTable:
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Cannot read {path}: {reason}."),
            path=path,
            reason=exc.strerror,
        ) from exc
    text, _encoding = decode(data, path.name)
    cards = parse_vcards(text, path.name)
    if not cards:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{name} holds no contact cards (BEGIN:VCARD)."),
            name=path.name,
        )
    table = cards_table(cards, path.name)
    if max_rows is not None and len(table.rows) > max_rows:
        from dataclasses import replace

        table = replace(
            table, rows=table.rows[:max_rows], lines=table.lines[:max_rows], truncated=True
        )
    return table
